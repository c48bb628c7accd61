import type { Catalog, MessageParams } from '../core/localize.js';

const n = (p: MessageParams) => Number(p.count);

/**
 * Words both <klar-case-status> and <klar-expectation-timeline> say about a case: a decision's
 * outcome by kind (core/outcome.ts), a passed appeal deadline, and a date held while the case
 * waits. Kept out of the core catalog so pages without those elements do not download them.
 */
export const caseFactMessages = {
  da: {
    'held.citizen': (p) => `${n(p) === 1 ? '1 dag' : `${p.count} dage`} efter, at vi har fået det, vi mangler fra dig`,
    'held.other': (p) => `${n(p) === 1 ? '1 dag' : `${p.count} dage`} efter, at sagen går videre`,
    'outcome.granted': 'Du har fået ja',
    'outcome.partly-granted': 'Du har fået delvist ja',
    'outcome.refused': 'Du har fået afslag',
    'outcome.dismissed': 'Vi har afvist sagen',
    'outcome.noAppeal': 'Har du spørgsmål til svaret, så ring eller skriv til os.',
    'appeal.passed': 'Fristen for at klage til {body} var {date}. Den er gået. Har du spørgsmål, så kontakt os.',
  },
  en: {
    'held.citizen': (p) => `${n(p) === 1 ? '1 day' : `${p.count} days`} after we get what we need from you`,
    'held.other': (p) => `${n(p) === 1 ? '1 day' : `${p.count} days`} after the case moves on`,
    'outcome.granted': 'Granted',
    'outcome.partly-granted': 'Partly granted',
    'outcome.refused': 'Refused',
    'outcome.dismissed': 'Dismissed',
    'outcome.noAppeal': 'If you have questions about the decision, please contact us.',
    'appeal.passed': 'The deadline to appeal to {body} was {date}. It has passed. If you have questions, please contact us.',
  },
} satisfies Catalog;
