import { define } from './core/define.js';
import { KlarStep } from './expectation-timeline/step.js';

define('klar-step', KlarStep);

export { KlarStep };

declare global {
  interface HTMLElementTagNameMap {
    'klar-step': KlarStep;
  }
}
