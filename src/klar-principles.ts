import { define } from './core/define.js';
import { KlarPrinciples } from './principles/principles.js';
// <klar-principles> renders <klar-principle-badge>, so it makes sure that one is registered too.
import './klar-principle-badge.js';

define('klar-principles', KlarPrinciples);

export { KlarPrinciples };
export { LIST_VARIANTS } from './principles/principles.types.js';
export type { ListVariant } from './principles/principles.types.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-principles': KlarPrinciples;
  }
}
