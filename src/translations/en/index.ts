import type { Messages } from '../../core/localize.js';
import { coreMessagesEn } from './core.js';
import { caseMessagesEn } from './case.js';
import { caseListMessagesEn } from './case-list.js';
import { caseStatusMessagesEn } from './case-status.js';
import { caseFactMessagesEn } from './case-facts.js';
import { timelineMessagesEn } from './expectation-timeline.js';
import { feedbackFormMessagesEn } from './feedback-form.js';
import { principleBadgeMessagesEn } from './principle-badge.js';

/**
 * Every English catalogue in one language pack (the nine principles' texts are a part of their own, ./principles.ts): the base class of every element imports it when
 * it first reads English (`lang="en"`, `en-GB`, …), so a Danish page downloads no English.
 * Keys are unique across catalogues (each starts with its area), so one flat object serves all.
 */
export const en: Messages = {
  ...coreMessagesEn,
  ...caseMessagesEn,
  ...caseListMessagesEn,
  ...caseStatusMessagesEn,
  ...caseFactMessagesEn,
  ...timelineMessagesEn,
  ...feedbackFormMessagesEn,
  ...principleBadgeMessagesEn,
};
