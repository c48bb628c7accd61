// Every Danish string the library ships is easy to read (LIX ≤ 40): each catalogue as a whole
// text, and each message long enough to be a text of its own. LIX counts long words per word,
// so a one-word label ("Sagsnummer") scores 100 on its own: labels are measured inside their
// catalogue, sentences (8 words or more) also alone. Dates are filled in as the page shows them.
import { expect } from '@open-wc/testing';
import { lix } from '../helpers/lix.js';
import type { Message, MessageParams } from '../../src/core/localize.js';
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
import { copenhagenTrustTexts } from '../../src/translations/principles-copenhagen-trust.js';
import { principleTexts } from '../../src/translations/principles.js';

/** Every file in src/translations/, by name: a new catalogue must be added here to ship. */
const CATALOGUES: Record<string, Record<string, unknown>> = {
  'case-facts': caseFactMessages.da,
  'case-decision': caseDecisionMessages.da,
  'case-delay': caseDelayMessages.da,
  'case-handoff': caseHandoffMessages.da,
  'case-waiting': caseWaitingMessages.da,
  'case-list': caseListMessages.da,
  'case-status': caseStatusMessages.da,
  case: caseMessages.da,
  core: coreMessages.da,
  'expectation-timeline': timelineMessages.da,
  'feedback-form': feedbackFormMessages.da,
  'feedback-form-modes': feedbackModeMessages.da,
  'feedback-form-more': feedbackMoreMessages.da,
  'principle-badge': principleBadgeMessages.da,
  'principles-copenhagen-trust': Object.fromEntries(Object.entries(copenhagenTrustTexts).map(([slug, t]) => [slug, t.da])),
  principles: principleTexts.da,
};

// What the page puts in: a long date (its month is a long word, as on screen), a clock time,
// counts, and a short word for case text (the case's own words are not ours to score).
const SAMPLE: MessageParams = { date: '3. december 2026', time: '14:32', n: 2, total: 4 };
const fill = (m: Message, count: number): string => {
  const params = new Proxy({ ...SAMPLE, count }, { get: (t, k: string) => (k in t ? t[k as keyof typeof t] : 'sagen') });
  const text = typeof m === 'function' ? m(params) : m;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String((params as MessageParams)[k]));
};

/** Each Danish string of a catalogue, by key (nested principle texts as slug.field; functions with 1 and 3). */
function strings(catalogue: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string' || typeof value === 'function') {
      out.push([key, fill(value as Message, 1)]);
      if (typeof value === 'function') out.push([`${key} (3)`, fill(value as Message, 3)]);
    } else if (value && typeof value === 'object') {
      for (const [field, text] of Object.entries(value)) if (typeof text === 'string') out.push([`${key}.${field}`, text]);
    }
  }
  return out;
}

const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;

describe('every Danish string is easy to read (LIX ≤ 40)', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    it(`src/translations/${name}.ts`, () => {
      const all = strings(catalogue);
      expect(all.length, 'Danish strings found').to.be.greaterThan(0);
      for (const [key, text] of all) {
        if (words(text) < 8) continue;
        const score = lix(text);
        expect(score, `${key}: LIX ${score.toFixed(1)}: ${text}`).to.be.at.most(40);
      }
      // The catalogue read as one text, each string a sentence: labels count here.
      const whole = all.map(([, t]) => (/[.!?:]\s*$/.test(t) ? t : `${t}.`)).join(' ');
      const score = lix(whole);
      expect(score, `the whole catalogue: LIX ${score.toFixed(1)}`).to.be.at.most(40);
    });
  }

  it('counts a long sentence that is hard to read as hard (the check can fail)', () => {
    const hard = 'Kommunalbestyrelsen træffer afgørelse vedrørende ansøgningen efter forvaltningslovens bestemmelser om partshøring.';
    expect(lix(hard)).to.be.greaterThan(40);
  });
});
