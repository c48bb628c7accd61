// The comment box stays where it is on screen while the citizen types in it and the case above
// changes height (a live update, a notice appearing or going). CSS scroll anchoring is meant to keep
// it (https://drafts.csswg.org/css-scroll-anchoring/: the focused field is a priority candidate), but
// WebKit has none (the box moved by the whole change), and Chromium and Firefox anchor on what is
// first on screen: with the case reaching into the screen that is the changing case itself, and the
// box moved 108 px (Firefox moved it by the change with the case wholly above the screen too).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-case-status.js';
import type { KlarCaseStatus } from '../../src/klar-case-status.js';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import '../../src/klar-feedback-form.js';
import { $, actionFor, click, realWait, root, testId } from './helpers.js';
import { until } from '../helpers/until.js';

const NOW = '2026-11-24T10:00:00Z';
const doc = async (name: string) => (await fetch(`/api/case/fixture/klar/${name}`)).json();

/** Two animation frames: what the browser does about a change has been painted. */
const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

describe('klar-feedback-form: the field typed in stays put while the case above changes height', function () {
  this.timeout(60_000);
  for (const where of ['above the screen', 'reaching into the screen'] as const) {
    it(`a live update of the case ${where} moves the comment box by no more than a pixel on screen`, async () => {
      const [small, big] = await Promise.all([doc('received'), doc('delayed')]);
      const t = testId();
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
        <klar-case-status now=${NOW} .case=${small}></klar-case-status>
        <klar-feedback-form id=${`form-${t}`} mode="quick" action=${actionFor(t)} min-time="0"></klar-feedback-form>
        <div style="height: 3000px"></div>
      </div>`);
      const status = wrap.querySelector('klar-case-status') as KlarCaseStatus;
      const form = wrap.querySelector('klar-feedback-form') as KlarFeedbackForm;
      await form.updateComplete;
      await click(form, '#f-helped-no');
      await until(() => !!root(form).querySelector('textarea'), { message: 'the comment box' });
      const box = $(form, '#f-comment') as HTMLTextAreaElement;
      box.focus();
      // Above the screen: the citizen scrolled down to the form. Reaching into it: the status's end is on screen above the form.
      scrollTo(0, status.getBoundingClientRect().bottom + scrollY - (where === 'above the screen' ? 0 : 200));
      await frames();
      const before = box.getBoundingClientRect().top;
      let h = status.getBoundingClientRect().height;
      for (const c of [big, small, big]) {
        status.case = c;
        await status.updateComplete;
        await frames();
        const grown = status.getBoundingClientRect().height - h;
        h += grown;
        const moved = box.getBoundingClientRect().top - before;
        console.log(`${where}: overflow-anchor ${CSS.supports('overflow-anchor', 'auto')}; the case grew ${grown} px; the box moved ${moved} px`);
        expect(Math.abs(moved), `the case ${where} grew by ${grown} px`).to.be.at.most(1);
      }
      expect(document.activeElement).to.equal(box);
      await realWait(0);
    });
  }
});
