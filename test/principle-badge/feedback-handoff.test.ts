import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { expectNone, expectSame } from './helpers.js';
import '../../src/klar-principle-badge.js';
import '../../src/klar-principles.js';
import type { KlarPrincipleBadge } from '../../src/klar-principle-badge.js';
import type { PrincipleFeedbackDetail } from '../../src/principle-badge/principle-badge.types.js';

/**
 * A stand-in for <klar-feedback-form> that implements only the hand-off contract:
 * requestFeedback(principle) chooses the principle, shows the fields, scrolls into view
 * and moves focus into the form. The real form is tested in feedback-handoff-real.test.ts.
 */
class StandInForm extends HTMLElement {
  calls: string[] = [];
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<fieldset hidden><legend>Feedback</legend><label>Princip <select><option value="">–</option><option>klar-tale</option><option>udvikling</option><option>tydelige-forventninger</option></select></label></fieldset>`;
  }
  requestFeedback(principle: string): void {
    this.calls.push(principle);
    const select = this.shadowRoot!.querySelector('select')!;
    select.value = principle;
    this.shadowRoot!.querySelector('fieldset')!.hidden = false;
    this.scrollIntoView({ block: 'start' });
    select.focus();
  }
}
customElements.define('klar-feedback-form', StandInForm);
customElements.define('test-other-form', class extends StandInForm {});

const sr = (el: Element) => el.shadowRoot!;
const feedbackButton = (el: Element) => sr(el).querySelector<HTMLButtonElement>('[part="feedback"]');

afterEach(() => sinon.restore());

describe('<klar-principle-badge> feedback hand-off', () => {
  it('shows no "Lever vi op til det?" without a form', async () => {
    const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling" open></klar-principle-badge>`);
    expectNone(feedbackButton(el));
    const card = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling" variant="card"></klar-principle-badge>`);
    expectNone(feedbackButton(card));
  });

  it('finds a form added after the badge when the explanation is opened', async () => {
    const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling"></klar-principle-badge>`);
    const form = document.createElement('klar-feedback-form') as unknown as StandInForm;
    el.after(form);
    sr(el).querySelector<HTMLButtonElement>('[part="trigger"]')!.click();
    await el.updateComplete;
    feedbackButton(el)!.click();
    expect(form.calls).to.deep.equal(['udvikling']);
    form.remove();
  });

  it('shows no control when feedback-for names an id that is not there', async () => {
    const wrap = await fixture(html`<div>
      <klar-principle-badge principle="udvikling" open feedback-for="nowhere"></klar-principle-badge>
      <klar-feedback-form></klar-feedback-form>
    </div>`);
    expectNone(feedbackButton(wrap.querySelector('klar-principle-badge')!));
  });

  it('fires klar-principle-feedback and hands over to the first form on the page: principle chosen, focus in the form', async () => {
    const wrap = await fixture(html`<div>
      <klar-principle-badge principle="klar-tale" open></klar-principle-badge>
      <div style="block-size: 150vh"></div>
      <klar-feedback-form id="f1"></klar-feedback-form>
      <klar-feedback-form id="f2"></klar-feedback-form>
    </div>`);
    const badge = wrap.querySelector('klar-principle-badge')!;
    await badge.updateComplete;
    const [f1, f2] = wrap.querySelectorAll<StandInForm>('klar-feedback-form');
    const button = feedbackButton(badge)!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lever vi op til det? Giv os besked om Klar tale');

    setTimeout(() => button.click());
    const event = (await oneEvent(document, 'klar-principle-feedback')) as CustomEvent<PrincipleFeedbackDetail>;
    expect(event.detail).to.deep.equal({ principle: 'klar-tale', set: 'god-service' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await new Promise((r) => setTimeout(r));
    expect(f1.calls).to.deep.equal(['klar-tale']);
    expect(f2.calls).to.deep.equal([]);
    expectSame(document.activeElement, f1);
    expect(f1.shadowRoot!.activeElement!.tagName).to.equal('SELECT');
    expect((f1.shadowRoot!.activeElement as HTMLSelectElement).value).to.equal('klar-tale');
    const r = f1.getBoundingClientRect();
    expect(r.top).to.be.lessThan(window.innerHeight); // scrolled into view
  });

  it('uses the form named by feedback-for, and works by keyboard', async () => {
    const wrap = await fixture(html`<div>
      <klar-feedback-form id="first"></klar-feedback-form>
      <klar-principle-badge principle="udvikling" feedback-for="mine"></klar-principle-badge>
      <test-other-form id="mine"></test-other-form>
    </div>`);
    const badge = wrap.querySelector('klar-principle-badge')!;
    await badge.updateComplete;
    const first = wrap.querySelector<StandInForm>('#first')!;
    const mine = wrap.querySelector<StandInForm>('#mine')!;
    sr(badge).querySelector<HTMLButtonElement>('[part="trigger"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await badge.updateComplete;
    await sendKeys({ press: 'Tab' });
    expectSame(sr(badge).activeElement, feedbackButton(badge));
    await sendKeys({ press: 'Enter' });
    expect(mine.calls).to.deep.equal(['udvikling']);
    expect(first.calls).to.deep.equal([]);
    expectSame(document.activeElement, mine);
  });

  it('finds feedback-for inside the same shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<klar-principle-badge principle="klar-tale" feedback-for="inner" variant="card"></klar-principle-badge><test-other-form id="inner"></test-other-form>`;
    const badge = root.querySelector<KlarPrincipleBadge>('klar-principle-badge')!;
    await badge.updateComplete;
    feedbackButton(badge)!.click();
    expect(root.querySelector<StandInForm>('#inner')!.calls).to.deep.equal(['klar-tale']);
  });

  it('does not call the form when the event is cancelled', async () => {
    const wrap = await fixture(html`<div>
      <klar-principle-badge principle="klar-tale" variant="card"></klar-principle-badge>
      <klar-feedback-form></klar-feedback-form>
    </div>`);
    const badge = wrap.querySelector('klar-principle-badge')!;
    await badge.updateComplete;
    const form = wrap.querySelector<StandInForm>('klar-feedback-form')!;
    wrap.addEventListener('klar-principle-feedback', (e) => e.preventDefault(), { once: true });
    feedbackButton(badge)!.click();
    expect(form.calls).to.deep.equal([]);
  });

  it('reports the set and crosses the shadow root of <klar-principles>', async () => {
    const wrap = await fixture(html`<div>
      <klar-principles principles="tydelige-forventninger"></klar-principles>
      <klar-feedback-form></klar-feedback-form>
    </div>`);
    const list = wrap.querySelector('klar-principles')!;
    await list.updateComplete;
    const badge = sr(list).querySelector('klar-principle-badge')!;
    await badge.updateComplete;
    const spy = sinon.spy();
    document.addEventListener('klar-principle-feedback', spy, { once: true });
    feedbackButton(badge)!.click();
    expect(spy.calledOnce).to.equal(true);
    expect(spy.firstCall.args[0].detail).to.deep.equal({ principle: 'tydelige-forventninger', set: 'god-service' });
    expect(wrap.querySelector<StandInForm>('klar-feedback-form')!.calls).to.deep.equal(['tydelige-forventninger']);
  });

  it('still fires the event, and does not throw, when the form has no requestFeedback yet', async () => {
    const wrap = await fixture(html`<div>
      <klar-principle-badge principle="klar-tale" variant="card" feedback-for="plain"></klar-principle-badge>
      <section id="plain"></section>
    </div>`);
    const badge = wrap.querySelector('klar-principle-badge')!;
    await badge.updateComplete;
    const spy = sinon.spy();
    wrap.addEventListener('klar-principle-feedback', spy);
    expect(() => feedbackButton(badge)!.click()).not.to.throw();
    expect(spy.calledOnce).to.equal(true);
  });

  it('is accessible with the control shown', async () => {
    const wrap = await fixture(html`<div>
      <klar-principle-badge principle="klar-tale" open></klar-principle-badge>
      <klar-principle-badge principle="klar-tale" variant="card"></klar-principle-badge>
      <klar-principle-badge principle="klar-tale" variant="icon-only" open></klar-principle-badge>
      <klar-feedback-form></klar-feedback-form>
    </div>`);
    for (const b of wrap.querySelectorAll('klar-principle-badge')) {
      await b.updateComplete;
      expect(feedbackButton(b)).to.exist;
    }
    await expect(wrap).to.be.accessible();
  });
});
