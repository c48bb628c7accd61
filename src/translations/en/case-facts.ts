import type { Messages, MessageParams } from '../../core/localize.js';

const n = (p: MessageParams) => Number(p.count);

/** The English texts of src/translations/case-facts.ts, loaded only by pages (or elements) that read English. */
export const caseFactMessagesEn = {
  'held.citizen': (p) => `${n(p) === 1 ? '1 day' : `${p.count} days`} after we get what we need from you`,
  'held.other': (p) => `${n(p) === 1 ? '1 day' : `${p.count} days`} after the case moves on`,
  'outcome.granted': 'Granted',
  'outcome.partly-granted': 'Partly granted',
  'outcome.refused': 'Refused',
  'outcome.dismissed': 'Dismissed',
  'outcome.noAppeal': 'If you have questions about the decision, please contact us.',
  'decision.title': 'Decision',
  'decision.date': 'Decided on {date}.',
  'decision.document': 'Read the decision',
  'appeal.text': 'If you disagree, you can appeal to {body}. The deadline is {date}.',
  'appeal.link': 'How to appeal',
  'appeal.passed': 'The deadline to appeal to {body} was {date}. It has passed. If you have questions, please contact us.',
  'action.still': 'What you still need to do',
  'action.due': 'by {date}',
  'action.dueSentence': 'The deadline is {date}.',
  'action.passed': 'The deadline was {date}. It has passed. If you have not done it yet, please contact us.',
  'calendar.add.action': 'Add the deadline to your calendar',
  'calendar.add.appeal': 'Add the appeal deadline to your calendar',
  'calendar.appeal': 'Appeal deadline: {title}',
  'calendar.action': 'Deadline: {text}',
  'calendar.add.decision': 'Add the date of our answer to your calendar',
  'calendar.add.done': 'Add the date we expect to be done to your calendar',
  'calendar.decision': 'Expected decision: {title}',
  'calendar.done': 'Expected done: {title}',
  'delay.announced': 'We told you about the delay on {date}.',
  'delay.announcedEarlier': 'We told you about the new date on {date}.',
  'delay.basis': 'Basis: {basis}',
  'waiting.paused': 'While the case is waiting, it does not move forward. Our dates move by as many days as it waits, and on to the next working day if they land on a day off.',
  'waiting.until': 'We expect to continue on {date}.',
  'stopped': 'Your case has stopped. We will write to you when it can go on.',
} satisfies Messages;
