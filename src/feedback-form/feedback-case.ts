/**
 * The case of a surrounding `<klar-case>`, for <klar-feedback-form>: imported only by a form that
 * sits inside one, so a form on a page of its own carries no context code (see the form's
 * connectedCallback). The form's own members are reached as `form['name']`, as in feedback-send.ts.
 */
import { ContextConsumer } from '@lit/context';
import { caseContext, type CaseContextValue } from '../core/context.js';
import type { KlarFeedbackForm } from './feedback-form.js';

/** Subscribes `form` to the case its `<klar-case>` provides (the reference and current step its messages carry). */
export function consumeCase(form: KlarFeedbackForm): void {
  new ContextConsumer(form, {
    context: caseContext,
    subscribe: true,
    callback: (value: CaseContextValue) => {
      form['caseValue'] = value;
    },
  });
}
