// One phrase, one translation: a Danish text said the same way in two places (the status's task
// box and the timeline's step tag both say "Du skal gøre noget") is said the same way in English
// too, so a citizen reading English does not meet two names for one thing on one page.
import { expect } from '@open-wc/testing';
import type { Message } from '../../src/core/localize.js';
import { caseDecisionMessages } from '../../src/translations/case-decision.js';
import { caseDelayMessages } from '../../src/translations/case-delay.js';
import { caseFactMessages } from '../../src/translations/case-facts.js';
import { caseHandoffMessages } from '../../src/translations/case-handoff.js';
import { caseWaitingMessages } from '../../src/translations/case-waiting.js';
import { caseListMessages } from '../../src/translations/case-list.js';
import { caseStatusMessages } from '../../src/translations/case-status.js';
import { caseMessages } from '../../src/translations/case.js';
import { coreMessages } from '../../src/translations/core.js';
import { timelineMessages } from '../../src/translations/expectation-timeline.js';
import { feedbackFormMessages } from '../../src/translations/feedback-form.js';
import { feedbackModeMessages } from '../../src/translations/feedback-form-modes.js';
import { feedbackMoreMessages } from '../../src/translations/feedback-form-more.js';
import { principleBadgeMessages } from '../../src/translations/principle-badge.js';
import { en } from '../../src/translations/en/index.js';
import { feedbackModeMessagesEn } from '../../src/translations/en/feedback-form-modes.js';
import { feedbackMoreMessagesEn } from '../../src/translations/en/feedback-form-more.js';

const DANISH: Record<string, Message>[] = [
  caseDecisionMessages.da,
  caseDelayMessages.da,
  caseFactMessages.da,
  caseHandoffMessages.da,
  caseWaitingMessages.da,
  caseListMessages.da,
  caseStatusMessages.da,
  caseMessages.da,
  coreMessages.da,
  timelineMessages.da,
  feedbackFormMessages.da,
  feedbackModeMessages.da,
  feedbackMoreMessages.da,
  principleBadgeMessages.da,
];
const ENGLISH: Record<string, Message> = { ...en, ...feedbackModeMessagesEn, ...feedbackMoreMessagesEn };

describe('message catalogues', () => {
  it('translate one Danish phrase one way', () => {
    const byDanish = new Map<string, string[]>();
    for (const catalogue of DANISH) {
      for (const [key, text] of Object.entries(catalogue)) {
        if (typeof text !== 'string') continue;
        byDanish.set(text, [...(byDanish.get(text) ?? []), key]);
      }
    }
    const differing = [...byDanish]
      .filter(([, keys]) => keys.length > 1)
      .map(([da, keys]) => ({ da, en: [...new Set(keys.map((k) => ENGLISH[k]))] }))
      .filter((x) => x.en.length > 1);
    expect(differing, JSON.stringify(differing, null, 1)).to.deep.equal([]);
  });

  it('spell "email" one way in English, as GOV.UK does: no "e-mail" beside the label "Email"', () => {
    const spelt = Object.entries(ENGLISH).filter(([, text]) => typeof text === 'string' && /e-mail/i.test(text));
    expect(spelt, JSON.stringify(spelt, null, 1)).to.deep.equal([]);
  });
});
