import type { Catalog } from '../core/localize.js';

/**
 * Words <klar-case-status> and <klar-expectation-timeline> say only about a decided case: the
 * decision, its outcome by kind (core/outcome.ts) and the right to appeal. The part `decision` of
 * the language packs, loaded with their code for it (src/core/case-decision.ts) when a case has a
 * decision, so a page showing a case still in progress does not download them. Each key lives in
 * one file; English is in the English pack with the rest (./en/).
 */
export const caseDecisionMessages = {
  da: {
    'decision.title': 'Afgørelse',
    'decision.date': 'Afgjort den {date}.',
    'decision.document': 'Læs afgørelsen',
    'appeal.text': 'Er du uenig, kan du klage til {body}. Fristen er {date}.',
    'appeal.link': 'Sådan klager du',
    'outcome.granted': 'Du har fået ja',
    'outcome.partly-granted': 'Du har fået delvist ja',
    'outcome.refused': 'Du har fået afslag',
    'outcome.dismissed': 'Vi har afvist sagen',
    'outcome.noAppeal': 'Har du spørgsmål til svaret, så ring eller skriv til os.',
    'appeal.passed': 'Fristen for at klage til {body} var {date}. Den er gået. Har du spørgsmål, så kontakt os.',
    'calendar.add.appeal': 'Sæt klagefristen i din kalender',
    'calendar.appeal': 'Klagefrist: {title}',
  },
} satisfies Catalog;
