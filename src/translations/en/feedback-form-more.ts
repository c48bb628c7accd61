import type { Messages, MessageParams } from '../../core/localize.js';

/** The English texts of src/translations/feedback-form-more.ts: the part `feedback-more` of the English pack, loaded when an English form needs them. */
export const feedbackMoreMessagesEn = {
  'feedback.no-personal': 'Do not write personal details such as your CPR number or health information.',
  'feedback.you-answered': 'You answered: {answer}.',
  'feedback.answer-saved': 'Thank you. Your answer has been saved.',
  'feedback.change-answer': 'Change answer',
  'feedback.comment.yes': 'What helped you? (optional)',
  'feedback.comment.no': 'What was missing or hard to do? (optional)',
  'feedback.send': 'Send',
  'feedback.sending': 'Sending …',
  'feedback.draft.restored': 'We kept what you wrote earlier, so you can carry on.',
  'feedback.draft.clear': 'Clear',
  'feedback.draft.cleared': 'The form is empty.',
  'feedback.cpr.warning': 'Do not write your CPR number here. We do not need it to read your message.',
  'feedback.cpr.redact': 'If you send, we take the number out of the message.',
  'feedback.cpr.block': 'You need to remove the number before you can send.',
  'feedback.cpr.remove': 'Remove the CPR number',
  'feedback.cpr.removed': 'The CPR number has been removed.',
  'feedback.cpr.masked': '[CPR number removed]',
  'feedback.contact-in-text.quick':
    'It looks like you wrote an e-mail address or a phone number. We cannot answer messages sent here, so you do not need to write it.',
  'feedback.error.prefix': 'Error:',
  'feedback.error.summary': 'There is a problem',
  'feedback.error.helped': 'Choose Yes or No',
  'feedback.error.cpr-block': 'Remove the CPR number from the text',
  'feedback.error.too-long': 'The text is too long. Write at most {max} characters',
  'feedback.offline': 'You are not connected to the internet right now. We will send your message as soon as the connection is back. You can stay on this page.',
  'feedback.retrying': (p: MessageParams) =>
    `We could not send it yet. We will try again in ${p.seconds} ${Number(p.seconds) === 1 ? 'second' : 'seconds'}.`,
  'feedback.failed.title': 'Your message has not been sent',
  'feedback.failed': 'We could not send your message. It is not your fault. Everything you wrote is still in the form. Please try again in a moment.',
  'feedback.thanks': 'Thank you for your message',
  'feedback.thanks.body': 'We read every message and use it to improve our service.',
  'feedback.receipt': 'Your receipt number is {receipt}.',
  'feedback.again': 'Send another message',
  'feedback.invalid-config': 'This form is not set up correctly, so it cannot send. This is our fault, not yours.',
} satisfies Messages;
