import type { Messages } from '../../core/localize.js';

/** The English texts of src/translations/principle-badge.ts, loaded only by pages (or elements) that read English. */
export const principleBadgeMessagesEn = {
  'principle.prefix': 'Our promise:',
  'principle.icon-label': 'Our promise: {name}',
  'principle.on-this-service': 'What it means here',
  'principle.feedback': 'Do we live up to it?',
  'principle.feedback-context': 'Tell us about {name}',
  'principle.unavailable': 'The explanation cannot be fetched right now. Please try again later.',
  'principles.label': 'Our promises to you',
} satisfies Messages;
