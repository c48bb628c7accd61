import type { Catalog } from '../core/localize.js';

/**
 * Words <klar-case-status> says only about a case moved to another unit: its handoff notice. The
 * part `handoff` of the language packs, loaded with its code for it (src/core/case-handoff.ts)
 * when a case has moved, so a page showing a case that stayed where it began does not download
 * them. Each key lives in one file; English is in the English pack with the rest (./en/).
 */
export const caseHandoffMessages = {
  da: {
    'caseStatus.handoff': 'Din sag er flyttet fra {from} til {to} den {date}. Flytningen kræver ikke noget af dig.',
    'caseStatus.handoff.since': 'Din sag er flyttet fra {from} til {to}. Flytningen kræver ikke noget af dig.',
    // Under a status tag that names where the case went ("Sendt videre til Natur og Miljø"): where it came from.
    'caseStatus.handoff.tagged': 'Din sag lå hos {from} indtil den {date}. Flytningen kræver ikke noget af dig.',
    'caseStatus.handoff.tagged.since': 'Før lå din sag hos {from}. Flytningen kræver ikke noget af dig.',
  },
} satisfies Catalog;
