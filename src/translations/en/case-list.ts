import type { Messages } from '../../core/localize.js';

/** The English texts of src/translations/case-list.ts, loaded only by pages (or elements) that read English. */
export const caseListMessagesEn = {
  'caseList.group.act': 'Cases where you need to do something',
  'caseList.group.progress': 'In progress',
  'caseList.group.closed': 'Closed cases',
  'caseList.status': 'Status',
  'caseList.action': 'What you need to do:',
  'caseList.action.due': 'By {date}.',
  'caseList.action.passed': 'The deadline was {date}. It has passed.',
  'caseList.next': 'Next step: {step}.',
  'caseList.decision': 'Decision: {outcome}.',
  'caseList.decisionMore': 'Decision: {outcome} ({words}).',
  'caseList.loading': 'Getting your cases …',
  'caseList.slow': 'Getting your cases is taking longer than usual. We are still trying.',
  'caseList.empty': 'You have no cases with us right now.',
  'caseList.leftOut': 'We cannot show {count} of your cases right now. It is our fault, not yours.',
  'caseList.error.title': 'We cannot show your cases right now',
  'caseList.error.not-found.title': 'We cannot find your cases',
  'caseList.error.forbidden.title': 'You do not have access to these cases',
  'caseList.error.unauthorized': 'Log in again to see your cases.',
  'caseList.error.unreadable': 'We cannot read the details of your cases. This is our fault, not yours. Please try again later.',
  'caseList.changed.one': 'New status for {title}: {status}.',
  'caseList.changed.many': '{count} of your cases have a new status.',
} satisfies Messages;
