import type { Catalog, MessageParams } from '../core/localize.js';

const n = (p: MessageParams) => Number(p.count);

/**
 * Words both <klar-case-status> and <klar-expectation-timeline> say about a case: a decision's
 * outcome by kind (core/outcome.ts), a passed appeal deadline, a date held while the case
 * waits, and the "add to calendar" links for the task's and the appeal's deadline (whichever says the date offers it). Kept out of the core catalog so pages without those elements do not download them.
 */
export const caseFactMessages = {
  da: {
    'held.citizen': (p) => `${n(p) === 1 ? '1 dag' : `${p.count} dage`} efter, at vi har fået det, vi mangler fra dig`,
    'held.other': (p) => `${n(p) === 1 ? '1 dag' : `${p.count} dage`} efter, at sagen går videre`,
    // The date itself, were the wait to end today: a count alone changed with the reader's day.
    'held.citizenToday': '{date}, hvis vi i dag får det, vi mangler fra dig',
    'held.otherToday': '{date}, hvis sagen går videre i dag',
    // A task still open when every step is done ("Alle 3 trin er færdige"), or the case decided (a fee to pay after the decision).
    'action.still': 'Det skal du stadig gøre',
    'action.passed': 'Fristen var {date}. Den er gået. Har du ikke nået det, så kontakt os.',
    'calendar.add.action': 'Sæt fristen i din kalender',
    'calendar.action': 'Frist: {text}',
    'calendar.add.decision': 'Sæt datoen for svar i din kalender',
    'calendar.add.done': 'Sæt vores forventede slutdato i din kalender',
    'calendar.decision': 'Forventet afgørelse: {title}',
    'calendar.done': 'Forventet færdig: {title}',
    // After the task's words, in one sentence ("Send tegningerne senest …"); after whole sentences, one of its own.
    'action.due': 'senest {date}',
    'action.dueSentence': 'Fristen er {date}.',
    'stopped': 'Sagen er stoppet. Vi skriver til dig, når den kan gå videre.',
  },
} satisfies Catalog;
