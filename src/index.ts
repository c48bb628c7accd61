/**
 * klar-elements: importing this module registers every element.
 * For smaller bundles import single elements: `klar-elements/case-status.js` etc.
 */
export { VERSION } from './core/version.js';
export { define } from './core/define.js';
export { KlarElement } from './core/klar-element.js';
export type * from './core/case-model.js';
export { STEP_STATES, WAITING_FOR } from './core/case-model.js';
export { parseCase, CaseDataError, safeUrl } from './core/parse-case.js';
export { isClosedStatus, leadAnswer, scheduleCase } from './core/schedule.js';
export { statusKind, caseGroup, citizenAction } from './core/status-kind.js';
export type { CaseSchedule, DateCheck, Held, LeadAnswer, LeadBasis, StepSchedule, PromiseSchedule, When } from './core/schedule.js';
export { LocalizeController, registerTranslation, mergeCatalogs } from './core/localize.js';
export type { Catalog, Messages, Message, MessageParams } from './core/localize.js';
export { caseContext } from './core/context.js';
export type { CaseContextValue, CaseLoadState, CaseErrorReason } from './core/context.js';
export { PRINCIPLE_SLUGS, isPrincipleSlug, hasPrinciple, principleFeedbackEvent } from './core/principles/index.js';
export type { PrincipleSlug } from './core/principles/index.js';

// <klar-case> first, so its consumers find it at once (a ContextRoot covers other orders).
export * from './klar-case.js';
export * from './klar-case-list.js';
export * from './klar-case-status.js';
export * from './klar-expectation-timeline.js';
export * from './klar-step.js';
export * from './klar-principle-badge.js';
export * from './klar-principles.js';
export * from './klar-feedback-form.js';
// Here, not in klar-elements/feedback-form.js: the form imports them (and the CPR detector) on first input.
export { buildPayload, sanitizePageUrl } from './feedback-form/feedback-payload.js';
