/**
 * Principles, one module: the registry (src/core/principles/registry.ts), the nine built-in
 * principles (builtin.ts, texts in src/translations/principles.ts), their icons (icons.ts),
 * optional sets (sets/), and the event-only hand-off to a feedback form (feedback.ts).
 * `<klar-principle-badge>`, `<klar-principles>` and `<klar-feedback-form>` all read from here.
 */
export {
  registerPrinciples,
  onPrinciplesChange,
  principleSetNames,
  principleSlugs,
  hasPrinciple,
  resolvePrinciple,
  warnUnknownPrinciple,
} from './registry.js';
export { PRINCIPLE_SLUGS, isPrincipleSlug, builtInPrinciples, type PrincipleSlug } from './builtin.js';
export { PRINCIPLE_ICONS } from './icons.js';
export { PROMISE_ICON } from './promise-icon.js';
export {
  BUILT_IN_SET,
  PRINCIPLE_NAME_PATTERN,
  type PrincipleDefinition,
  type PrincipleSetInput,
  type PrincipleTexts,
  type ResolvedPrinciple,
} from './types.js';
export {
  PRINCIPLE_FEEDBACK_EVENT,
  principleFeedbackEvent,
  acceptPrincipleFeedback,
  hasFeedbackReceiver,
  onFeedbackReceiversChange,
  type PrincipleFeedbackDetail,
  type PrincipleFeedbackEvent,
} from './feedback.js';
