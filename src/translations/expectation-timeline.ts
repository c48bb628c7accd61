import type { Catalog, MessageParams } from '../core/localize.js';

const n = (p: MessageParams) => Number(p.count);
const dage = (d: number) => (d === 1 ? '1 dag' : `${d} dage`);

/**
 * Texts of <klar-expectation-timeline>, written for "Tydelige forventninger": say what
 * will happen and when, say plainly when we are late, and say what the citizen must do.
 * Short sentences, "vi" and "du", no case-handling jargon.
 */
export const timelineMessages = {
  da: {
    'timeline.heading': 'Det sker i din sag',
    'timeline.heading.service': 'Sådan foregår sagen',
    'timeline.steps': 'Trin i sagen',
    'timeline.progress': 'Trin {n} af {total}: {title}',
    'timeline.progress.done': 'Alle {total} trin er færdige.',
    'timeline.progress.next': 'Næste trin: {title}',
    'timeline.step.done': '{date}',
    'timeline.step.wasExpected': 'Vi forventede {date}',
    'timeline.step.expectedDone': 'Forventet færdig {date}',
    'timeline.step.expectedBy': 'Forventet færdig senest {date}',
    'timeline.step.duration': 'Tager normalt {duration}',
    'timeline.workingDays': (p) => (n(p) === 1 ? '1 arbejdsdag' : `${p.count} arbejdsdage`),
    'timeline.step.relative': '({relative})',
    'timeline.step.owner': 'Hvem: {owner}',
    'timeline.owner.all': 'Alle trin klares af {owner}.',
    'timeline.tag.delayed': 'Forsinket',
    'timeline.tag.overdue': 'Forsinket',
    'timeline.tag.paused': 'På pause',
    'timeline.tag.action': 'Du skal gøre noget',
    'timeline.delay.reason': 'Årsag: {reason}',
    'timeline.waitsOnYou': 'Vi kan gøre dette trin færdigt, når vi har fået det, vi har bedt dig om.',
    'timeline.overdue': 'Vi er forsinket med dette trin. Vi forventede at være færdige {date}. Vi kontakter dig, når vi ved, hvornår vi er færdige.',
    // With `waited` when the moved date fell on a closed day and went on to the next working day.
    'timeline.paused.moved': (p) => `Datoen er ${dage(n(p))} senere end først planlagt, fordi sagen har ventet${p.waited ? ` i ${dage(Number(p.waited))}, og den nye dato faldt på en fridag` : ''}.`,
    // A heading of its own over the task, not "Du skal" begun before it: a task is written as an
    // order ("Send tegningerne") as often as not, and "Du skal Send tegningerne" is no sentence.
    'timeline.actions.heading': 'Det skal du gøre',
    'timeline.promise.heading': 'Hvornår får du svar?',
    'timeline.promise.lead': 'Vi behandler normalt sager som din inden for {duration} fra den dag, vi får dem.',
    'timeline.promise.processing': 'Normal behandlingstid',
    'timeline.promise.processingDate': 'For din sag betyder det senest {date}.',
    'timeline.promise.processingLonger': 'Normalt ville det for din sag være {date}. Din sag tager længere tid.',
    'timeline.promise.planned': 'Vi regner med at træffe afgørelse',
    'timeline.promise.planned.done': 'Vi regner med at være færdige',
    'timeline.promise.heading.done': 'Hvornår er vi færdige?',
    // Beside a status that says when: the box holds the usual time and the limits.
    'timeline.promise.heading.goal': 'Vores servicemål',
    'timeline.promise.legal': 'Lovens frist for afgørelse',
    'timeline.promise.legalPassed': '{date}. Den er gået.',
    // Waiting for the citizen, the days after they send run past it: no complaint (by design), the fact.
    'timeline.promise.legalHeld': '{date}. Vi kan ikke love at nå den, fordi sagen venter på dig.',
    // The date to expect runs past it, while it is still ahead: the fact, no complaint yet.
    'timeline.promise.legalAfter': '{date}. Vi regner ikke med at nå den.',
    'timeline.promise.moved': 'Flyttet fra {date}.',
    'timeline.promise.missed': 'Den dato nåede vi ikke.',
    'timeline.promise.policy': 'Læs om vores servicemål',
    'timeline.promise.unknown': 'Vi kan ikke vise en dato lige nu.',
    'timeline.fold.show': (p) => (n(p) === 1 ? 'Vis 1 tidligere trin' : `Vis ${p.count} tidligere trin`),
    'timeline.fold.hide': (p) => (n(p) === 1 ? 'Skjul 1 tidligere trin' : `Skjul ${p.count} tidligere trin`),
    'timeline.empty': 'Der er ingen trin at vise for denne sag.',
    'timeline.announce.state': 'Trinnet «{title}» er nu: {state}.',
    'timeline.announce.date': 'Ny forventet dato for «{title}»: {date}.',
    'timeline.announce.decision': 'Der er truffet afgørelse: {outcome}.',
    'timeline.announce.many': (p) => `${p.count} trin er ændret.`,
  },
} satisfies Catalog;
