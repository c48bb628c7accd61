import { define } from './core/define.js';
import { addPackLoader } from './core/language-pack.js';
import { KlarPrincipleBadge, badgePanel } from './principle-badge/principle-badge.js';

define('klar-principle-badge', KlarPrincipleBadge);
// The badge's panel and card code is awaited like the explanations (the `panel` part), so an element
// that draws badges showing them (a list of cards) waits for it before its first render and its
// badges draw whole. Danish is every language's fallback: one load for any language. It never
// fails: a badge that could not get it says so itself and tries again when opened.
const noTexts = () => ({});
addPackLoader('da', 'panel', () => badgePanel.load().then(noTexts, noTexts));

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
