import { define } from './core/define.js';
import { KlarPrincipleBadge } from './principle-badge/principle-badge.js';
import type { PrincipleFeedbackDetail } from './principle-badge/principle-badge.types.js';

define('klar-principle-badge', KlarPrincipleBadge);

export { KlarPrincipleBadge };
export { registerPrinciples, principleSetNames, principleSlugs, resolvePrinciple } from './principle-badge/principle-sets.js';
export { BADGE_VARIANTS, BUILT_IN_SET } from './principle-badge/principle-badge.types.js';
export type {
  BadgeVariant,
  PrincipleDefinition,
  PrincipleFeedbackDetail,
  PrincipleSetInput,
  PrincipleTexts,
  ResolvedPrinciple,
} from './principle-badge/principle-badge.types.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-principle-badge': KlarPrincipleBadge;
  }
  interface GlobalEventHandlersEventMap {
    'klar-principle-feedback': CustomEvent<PrincipleFeedbackDetail>;
  }
}
