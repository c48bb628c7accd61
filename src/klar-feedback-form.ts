import { define } from './core/define.js';
import { KlarFeedbackForm } from './feedback-form/feedback-form.js';
import type { FeedbackAnswerEvent, FeedbackErrorEvent, FeedbackSentEvent, FeedbackSubmitEvent } from './feedback-form/feedback-form.types.js';

define('klar-feedback-form', KlarFeedbackForm);

export { KlarFeedbackForm };
export * from './feedback-form/feedback-form.types.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-feedback-form': KlarFeedbackForm;
  }
  interface GlobalEventHandlersEventMap {
    'klar-feedback-submit': FeedbackSubmitEvent;
    'klar-feedback-sent': FeedbackSentEvent;
    'klar-feedback-answer': FeedbackAnswerEvent;
    'klar-feedback-error': FeedbackErrorEvent;
  }
}
