import type { Catalog } from '../core/localize.js';

/**
 * Words <klar-case-status> and <klar-expectation-timeline> say only about a case that waits (an
 * open suspension): their waiting notices. The part `waiting` of the language packs, loaded with
 * their code for it (src/core/case-waiting.ts) when a case waits, so a page showing a case that
 * does not wait does not download them. Each key lives in one file; English is in the English
 * pack with the rest (./en/).
 */
export const caseWaitingMessages = {
  da: {
    'caseStatus.waiting.citizen': 'Vi venter på dig',
    'caseStatus.waiting.other': 'Sagen venter',
    'caseStatus.waiting.otherText': 'Vi venter på oplysninger fra andre. Du behøver ikke gøre noget.',
    'caseStatus.waiting.since': 'Siden {date}.',
    'timeline.waiting.citizen': 'Sagen venter på dig siden {date}.',
    'timeline.waiting.other': 'Sagen venter siden {date}.',
    'timeline.waiting.reason': 'Årsag: {reason}',
    'waiting.paused': 'Mens sagen venter, står den stille. Vores datoer rykker lige så mange dage, som den venter, og videre til næste hverdag, hvis de lander på en fridag.',
    'waiting.until': 'Vi regner med at gå videre {date}.',
  },
} satisfies Catalog;
