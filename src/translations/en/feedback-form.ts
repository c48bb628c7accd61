import type { Messages } from '../../core/localize.js';

/** The English texts of src/translations/feedback-form.ts, loaded only by pages (or elements) that read English. */
export const feedbackFormMessagesEn = {
  'feedback.heading.quick': 'Help us improve this page',
  'feedback.heading.full': 'Tell us what you think',
  'feedback.heading.report': 'Report a problem',
  'feedback.intro.quick': '',
  'feedback.intro.full': 'We read everything you write and use it to improve our service.',
  'feedback.intro.report': 'Tell us what went wrong. We will use it to fix the problem.',
  'feedback.helped': 'Did you find what you were looking for?',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
  'feedback.case-note': 'Your message is sent with case reference {reference}, so we know which case it is about.',
  'feedback.honeypot': 'Leave this field empty',
  'feedback.retry': 'Try again',
  'feedback.questions-failed': 'We could not load the rest of the form. Check your internet connection and try again.',
} satisfies Messages;
