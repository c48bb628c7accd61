import type { Messages, MessageParams } from '../../core/localize.js';

/** "1 working day", "5 working days". */
const workingDays = (p: MessageParams) => `${p.days} working ${Number(p.days) === 1 ? 'day' : 'days'}`;

/** The English texts of src/translations/feedback-form-modes.ts: the part `feedback-modes` of the English pack, loaded when an English form shows its full or report mode. */
export const feedbackModeMessagesEn = {
  'feedback.rating': 'Overall, how satisfied are you?',
  'feedback.rating.hint': 'Answer here, or write in one of the two boxes below.',
  'feedback.rating.1': 'Very dissatisfied',
  'feedback.rating.2': 'Dissatisfied',
  'feedback.rating.3': 'Neither satisfied nor dissatisfied',
  'feedback.rating.4': 'Satisfied',
  'feedback.rating.5': 'Very satisfied',
  'feedback.worked': 'What worked well?',
  'feedback.improve': 'What could we do better?',
  'feedback.optional': '(optional)',
  'feedback.principle': 'Is it about one of our promises to you? (optional)',
  'feedback.principle.hint': 'The list has all nine of our promises of good public service.',
  'feedback.principle.hint.other': 'Choose the promise your message is about.',
  'feedback.principle.none': 'None of them',
  'feedback.what-went-wrong': 'What went wrong?',
  'feedback.what-went-wrong.hint': 'Tell us what you did and what happened.',
  'feedback.where': 'Where did it happen? (optional)',
  'feedback.where.hint': 'For example the name of the page or the button.',
  'feedback.attach-case': 'Send my case reference {reference} so you can find the case',
  'feedback.wants-answer': 'I would like an answer',
  'feedback.answer-time': (p: MessageParams) => `We answer within ${workingDays(p)}.`,
  'feedback.contact.hint': 'Enter your email or phone number. We only use it to answer you.',
  'feedback.email': 'Email',
  'feedback.phone': 'Phone number',
  'feedback.contact-in-text':
    'It looks like you wrote an email address or a phone number. We only answer if you tick that you would like an answer.',
  'feedback.error.full-empty': 'Choose how satisfied you are, or write what worked or what we could do better',
  'feedback.error.what-went-wrong': 'Tell us what went wrong',
  'feedback.error.contact-missing': 'Enter your email or phone number so we can answer you',
  'feedback.error.email': 'Enter an email address like name@example.com',
  'feedback.error.email-cpr': 'That looks like a CPR number. Enter your email address, like name@example.com.',
  'feedback.error.phone': 'Enter a phone number with 8 digits, for example 12 34 56 78',
  'feedback.error.phone-cpr': 'That looks like a CPR number. Enter your phone number with 8 digits, for example 12 34 56 78',
  'feedback.thanks.answer': (p: MessageParams) => `We will answer you within ${workingDays(p)}.`,
} satisfies Messages;
