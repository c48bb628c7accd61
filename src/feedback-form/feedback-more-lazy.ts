import { addPackLoader, WITH_PRINCIPLES } from '../core/language-pack.js';
import { onDemand } from '../core/on-demand.js';

export type FeedbackMore = typeof import('./feedback-more.js');

/**
 * What the form shows after the citizen's first input, or in a state a fresh quick form never
 * starts in (./feedback-more.ts: the comment step, notices, the error summary, the checks, the
 * send button, the thank-you page, drafts and their styles), imported on the first sign of use
 * (a pointer over the form, focus in it) or when a state needs it, not with the form (issue 15).
 * The form waits for it before it draws such a state; when it cannot be loaded, it draws a plain
 * message with "Prøv igen" and keeps every word. Server rendering gives it at once (src/ssr/index.ts).
 */
export const feedbackMore = onDemand<FeedbackMore>(() => import('./feedback-more.js'));

/** Its texts are the part `feedback-more` of each language's pack, loaded with it; Danish is the fallback. */
addPackLoader('da', 'feedback-more', () => import('../translations/feedback-form-more.js').then((m) => m.feedbackMoreMessages.da));
addPackLoader('en', 'feedback-more', () => import('../translations/en/feedback-form-more.js').then((m) => m.feedbackMoreMessagesEn));

/** The pack parts a form draws with once it shows more than the quick question. */
export const WITH_MORE = [...WITH_PRINCIPLES, 'feedback-more'] as const;
