import type { FieldName } from './feedback-form.types.js';

/**
 * The question <klar-feedback-form> asks for each field, as the key of its words in the form's
 * catalogues: the one place that says which words name a field. The error summary names a field
 * by it (feedback-more.ts), and so does the reference server's page for a no-JavaScript form it
 * could not take (server/feedback-api.js reads it from the build, dist/): a problem is named in
 * the words the form asked it in, in every language the catalogues have. Loaded with
 * feedback-more.ts, not with the form's first download. The quick comment is not here: its
 * question depends on the answer (feedback.comment.yes or .no).
 */
export const QUESTION = {
  helped: 'feedback.helped',
  rating: 'feedback.rating',
  worked: 'feedback.worked',
  improve: 'feedback.improve',
  principle: 'feedback.principle',
  email: 'feedback.email',
  phone: 'feedback.phone',
  whatWentWrong: 'feedback.what-went-wrong',
  where: 'feedback.where',
} as const satisfies Partial<Record<FieldName, string>>;
