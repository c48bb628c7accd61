import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/klar-principles.js';
import '../../src/klar-feedback-form.js';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';
import { expectSame } from './helpers.js';
import { until } from '../helpers/until.js';

afterEach(() => sessionStorage.clear());

describe('hand-off to the real <klar-feedback-form>', () => {
  it('a tag in <klar-principles> finds the first form on the page and, by keyboard, opens it with the principle chosen', async () => {
    const wrap = await fixture(html`<div lang="da">
      <klar-principles variant="tag" principles="klar-tale udvikling"></klar-principles>
      <div style="block-size: 150vh"></div>
      <klar-feedback-form no-draft action="/api/does-not-exist"></klar-feedback-form>
    </div>`);
    const list = wrap.querySelector('klar-principles')!;
    const form = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await list.updateComplete;
    const badge = list.shadowRoot!.querySelectorAll('klar-principle-badge')[1];
    await badge.updateComplete;
    expect(form.mode).to.equal('quick');

    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await badge.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(badge.shadowRoot!.activeElement?.getAttribute('part')).to.equal('feedback');
    await sendKeys({ press: 'Enter' });

    await until(() => form.shadowRoot!.activeElement?.id === 'f-principle', { message: 'focus on the principle question' });
    expect(form.mode).to.equal('full');
    expect((form.shadowRoot!.activeElement as HTMLSelectElement).value).to.equal('udvikling');
    expectSame(document.activeElement, form, 'focused element');
    await until(() => form.getBoundingClientRect().top < window.innerHeight, { message: 'form scrolled into view' });
  });
});
