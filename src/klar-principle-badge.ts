import { define } from './core/define.js';
import { KlarPrincipleBadge } from './principle-badge/principle-badge.js';

define('klar-principle-badge', KlarPrincipleBadge);

export { KlarPrincipleBadge };
export { BADGE_VARIANTS } from './principle-badge/principle-badge.types.js';
export type { BadgeVariant } from './principle-badge/principle-badge.types.js';
export { registerPrinciples, principleSetNames, principleSlugs, resolvePrinciple, BUILT_IN_SET, PRINCIPLE_FEEDBACK_EVENT } from './core/principles/index.js';
export type {
  PrincipleDefinition,
  PrincipleFeedbackDetail,
  PrincipleFeedbackEvent,
  PrincipleSetInput,
  PrincipleTexts,
  ResolvedPrinciple,
} from './core/principles/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-principle-badge': KlarPrincipleBadge;
  }
}
