import { addPackLoader } from '../core/language-pack.js';
import { onDemand } from '../core/on-demand.js';
import { WITH_MORE } from './feedback-more-lazy.js';

export type FeedbackModes = typeof import('./feedback-modes.js');

/**
 * The full and report modes' questions and checks (./feedback-modes.ts), imported when a form
 * shows one of them, not with the form (issue 15). A form that starts in one waits for them
 * before it draws; a quick form a badge switches keeps its question until they are here. Server
 * rendering gives them at once (src/ssr/index.ts).
 */
export const feedbackModes = onDemand<FeedbackModes>(() => import('./feedback-modes.js'));

/**
 * Their texts are a part of each language's pack, `feedback-modes`, loaded with them: a page
 * whose form asks only the quick question downloads them in no language. Danish is the fallback.
 */
addPackLoader('da', 'feedback-modes', () => import('../translations/feedback-form-modes.js').then((m) => m.feedbackModeMessages.da));
addPackLoader('en', 'feedback-modes', () => import('../translations/en/feedback-form-modes.js').then((m) => m.feedbackModeMessagesEn));

/** The pack parts a form in full or report mode draws with. */
export const WITH_MODES = [...WITH_MORE, 'feedback-modes'] as const;
