/**
 * klar-elements/core: the case model, the formats and the registries, without any element.
 *
 * Importing this module registers no custom element and has no side effects, so a bundler
 * keeps only what an app uses: a server, a worker or a page that only reads case data pays
 * for `parseCase`, not for seven elements.
 *
 *   import { parseCase, fromOpen311 } from 'klar-elements/core';
 */
export { VERSION } from './core/version.js';
export type * from './core/case-model.js';
export { STEP_STATES, WAITING_FOR } from './core/case-model.js';
export { parseCase, toCase, isParsedCase, CaseDataError } from './core/parse-case.js';
export { isClosedStatus, leadAnswer, scheduleCase } from './core/schedule.js';
export type { ScheduleOptions } from './core/schedule.js';
export { CHRISTMAS_AND_NEW_YEARS_EVE, addWorkingDays, danishHolidays, easterSunday, isClosedDay, nextWorkingDay, workingDaysBetween } from './core/workdays.js';
export type { WorkdayOptions } from './core/workdays.js';
export { STATUS_KINDS, CASE_GROUPS, statusKind, caseGroup, citizenAction } from './core/status-kind.js';
export type { StatusKind, CaseGroup } from './core/status-kind.js';
export { safeUrl, safeHttpUrl, isEmail, isPhone, mailtoHref, telHref, EMAIL_PATTERN, PHONE_PATTERN } from './core/safe-url.js';
export { fromOpen311 } from './adapters/open311.js';
export { fromZgw } from './adapters/zgw.js';
export type { ZgwRelated } from './adapters/zgw.js';
export { registerTranslation } from './core/localize.js';
export type { Messages, Message, MessageParams } from './core/localize.js';
export {
  registerPrinciples,
  principleSetNames,
  principleSlugs,
  hasPrinciple,
  resolvePrinciple,
  BUILT_IN_SET,
  PRINCIPLE_SLUGS,
  isPrincipleSlug,
  principleFeedbackEvent,
  PRINCIPLE_FEEDBACK_EVENT,
} from './core/principles/index.js';
export type {
  PrincipleDefinition,
  PrincipleSetInput,
  PrincipleTexts,
  ResolvedPrinciple,
  PrincipleSlug,
  PrincipleFeedbackDetail,
  PrincipleFeedbackEvent,
} from './core/principles/index.js';
export {
  containsContactDetails,
  containsCpr,
  findCpr,
  findEmails,
  findPhones,
  maskCpr,
  maskPii,
  redactAddress,
  redactCpr,
  redactCprDeep,
  redactCprToFit,
  redactEmails,
  redactPhones,
  removeCpr,
} from './core/pii.js';
export type { PiiMatch } from './core/pii.js';
export { phoneOf } from './core/phone.js';
export { clearDrafts } from './core/draft-storage.js';
