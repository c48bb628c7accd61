import { root } from '../helpers/root.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/klar-principle-badge.js';
import '../../src/klar-feedback-form.js';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';
import { actionFor, testId, focusedId, maybe } from './helpers.js';
import { until } from '../helpers/until.js';

afterEach(() => sessionStorage.clear());

describe('klar-feedback-form ← klar-principle-badge hand-off (real elements)', () => {
  it('the badge selects its principle in the quick form: full mode, principle chosen, focus on the question, in view', async () => {
    const t = testId();
    const wrap = fixtureSync(html`<div>
      <klar-principle-badge principle="haand-om-fejl" open feedback-for="fb"></klar-principle-badge>
      <div style="block-size: 150vh"></div>
      <klar-feedback-form id="fb" action=${actionFor(t)}></klar-feedback-form>
    </div>`);
    const badge = wrap.querySelector('klar-principle-badge')!;
    const form = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await badge.updateComplete;
    await until(() => !!root(badge).querySelector('[part="feedback"]'), { timeout: 2000, message: 'badge feedback button' });
    root(badge).querySelector<HTMLButtonElement>('[part="feedback"]')!.click();
    await until(() => focusedId(form) === 'f-rating-1', { timeout: 2000, message: 'focus on the first question' });
    expect(form.mode).to.equal('full');
    expect((maybe(form, '#f-principle') as HTMLSelectElement).value).to.equal('haand-om-fejl');
    expect(form.contains(document.activeElement), 'focus in the form').to.equal(true);
    await until(() => form.getBoundingClientRect().top < window.innerHeight, { timeout: 2000, message: 'scrolled into view' });
    await expect(form).to.be.accessible();
  });
});
