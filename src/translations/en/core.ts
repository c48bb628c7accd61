import type { Messages } from '../../core/localize.js';

/** The English texts of src/translations/core.ts, loaded only by pages (or elements) that read English. */
export const coreMessagesEn = {
  'lead.date': 'You can expect an answer by {date}.',
  'lead.missed': 'We promised an answer by {date}. We did not make it, and we are sorry. We will answer as soon as we can.',
  'lead.doneDate': 'We expect to be done by {date}.',
  'lead.doneMissed': 'We expected to be done by {date}. We did not make it, and we are sorry. We will finish as soon as we can.',
  'lead.heldCitizen': 'When we have what we need from you, we expect to answer within {count} days.',
  'lead.held': 'Your case is on hold. When it moves on, we expect to answer within {count} days.',
  'lead.complaint': 'We have not answered within the time the law allows. You can complain that your case is taking too long.',
  'state.done': 'Done',
  'state.current': 'In progress',
  'state.upcoming': 'Coming up',
  'state.skipped': 'Skipped',
  'state.blocked': 'Stopped',
  'loading': 'Getting the details of your case …',
  'error.title': 'We cannot show your case right now',
  'error.network': 'There is no connection to the council’s system. Check your internet connection and try again.',
  'error.timeout': 'The council’s system is not answering. Please try again in a moment.',
  'error.http': 'The council’s system answered with an error. Please try again in a moment.',
  'error.invalid-data': 'We could not read the details of the case. This is our fault, not yours.',
  'error.configuration': 'This page is not set up correctly. This is our fault, not yours.',
  'retry': 'Try again',
  'stale': 'Last updated at {time} — we cannot get new information right now.',
  'updated': 'The case last changed on {date} at {time}',
  'updatedDay': 'The case last changed on {date}',
  'dateTime': '{date} at {time}',
} satisfies Messages;
