// A phone 320 px wide with the text at 200 % (a root font of 32 px, the WCAG 1.4.4/1.4.10 case):
// the words keep room to stand whole. The case list's padding, bar and pill, and the feedback
// form's error summary, left the words 104–163 px ("e-maila|dress|e", "decemb|er") (reach review, stop 58).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-case-list.js';
import type { KlarCaseList } from '../../src/klar-case-list.js';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';
import { fixtureJson } from '../case/helpers.js';
import { $, actionFor, click, send, testId, type } from '../feedback-form/helpers.js';
import { until } from '../helpers/until.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const width = (el: Element): number => el.getBoundingClientRect().width;

describe('320 px wide, text at 200 %', () => {
  beforeEach(() => (document.documentElement.style.fontSize = '32px'));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('a case list leaves its words most of the row', async () => {
    const docs = await Promise.all(['waiting-citizen', 'in-progress'].map((n) => fixtureJson(`klar/${n}`)));
    const wrap = await fixture<HTMLElement>(html`<div lang="da" style="inline-size: 288px"><klar-case-list .now=${NOW} .cases=${docs}></klar-case-list></div>`);
    const list = wrap.firstElementChild as KlarCaseList;
    await until(() => !!list.querySelector('.klar-act .klar-action'), { message: 'a row where the citizen must act' });
    const action = list.querySelector('.klar-act .klar-action')!;
    const words = [...action.children].find((c) => !c.matches('svg, .klar-icon'))!;
    expect(width(words), 'the action text').to.be.above(220);
    const tag = list.querySelector('.klar-tag')!;
    expect(tag.getBoundingClientRect().height, 'the status tag, not a tall oval').to.be.below(110);
  });

  it('the feedback form leaves the error summary\'s links room', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="da" style="inline-size: 288px"><klar-feedback-form mode="report" action=${actionFor(testId())} min-time="0"></klar-feedback-form></div>`);
    const el = wrap.firstElementChild as KlarFeedbackForm;
    await el.updateComplete;
    await until(() => !!el.querySelector('[name=whatWentWrong], textarea'), { message: 'the report form' });
    await click(el, '#f-wantsAnswer');
    await type(el, '#f-email', 'navn@');
    await send(el);
    await until(() => !!el.querySelector('.klar-summary a'), { message: 'the error summary' });
    for (const a of el.querySelectorAll('.klar-summary li')) expect(width(a), a.textContent!).to.be.above(150);
    expect($(el, '.klar-summary')).to.exist;
  });
});
