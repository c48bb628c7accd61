import type { Messages } from '../../core/localize.js';

/** The English texts of src/translations/case.ts, loaded only by pages (or elements) that read English. */
export const caseMessagesEn = {
  'case.error.not-found.title': 'We cannot find the case',
  'case.error.not-found': 'The link may be wrong. Contact us if you need help.',
  'case.error.unauthorized.title': 'You have been logged out',
  'case.error.unauthorized': 'Log in again to see your case.',
  'case.error.forbidden.title': 'You do not have access to this case',
  'case.error.forbidden': 'Perhaps you are logged in as someone else, for example for a business. Log in again, or contact us.',
  'case.error.unavailable.title': 'We cannot show your case right now',
  'case.error.unavailable': 'There is a fault in our system. Please try again later.',
  'case.error.timeout.title': 'We cannot show your case right now',
  'case.error.timeout': 'Our system is not answering. Please try again later.',
  'case.error.network.title': 'We cannot show your case right now',
  'case.error.network': 'There is no connection to the municipality’s system. Check your internet connection and try again.',
  'case.error.unreadable.title': 'We cannot show your case right now',
  'case.error.unreadable': 'We cannot read the details of the case. This is our fault, not yours. Please try again later.',
  'case.error.configuration.title': 'We cannot show your case right now',
  'case.error.configuration': 'This page is not set up correctly. This is our fault, not yours.',
  'case.retrying': 'Trying again …',
  'case.slow': 'Getting your case is taking longer than usual. We are still trying.',
  'case.login': 'Log in again',
  'case.contact.phone': 'Call us on',
  'case.contact.url': 'Contact us',
} satisfies Messages;
