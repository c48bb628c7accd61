import { root } from '../helpers/root.js';
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import '../../src/klar-expectation-timeline.js';
import { caseContext, type CaseContextValue } from '../../src/core/context.js';
import { $, mkCase, stepById, stepItems, text } from './helpers.js';
import { until } from '../helpers/until.js';

class TestCaseProvider extends LitElement {
  provider = new ContextProvider(this, { context: caseContext, initialValue: { state: 'loading' } as CaseContextValue });
  override createRenderRoot() {
    return this;
  }
}
customElements.define('test-case-provider', TestCaseProvider);

describe('<klar-expectation-timeline> declarative mode (<klar-step>)', () => {
  const markup = html`<klar-expectation-timeline heading="Sådan foregår en byggesag" processing-time="P8W" now="2026-11-24T10:00:00Z">
    <ol>
      <li><klar-step state="done" date="2026-11-02"><strong>Du søger</strong> Du søger digitalt.</klar-step></li>
      <li><klar-step id="check" state="current" expected="2026-12-01/2026-12-15"><strong>Vi tjekker ansøgningen</strong> Mangler der noget, skriver vi.</klar-step></li>
      <li><klar-step duration="P4W" label="Vi vurderer projektet">Vi ser på lokalplanen.</klar-step></li>
    </ol>
  </klar-expectation-timeline>`;

  it('reads the steps from <klar-step> children: state, dates, title and description', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">${markup}</div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    expect(el.dataSource).to.equal('declarative');
    expect(text($(el, '.klar-heading'))).to.equal('Sådan foregår en byggesag');
    const items = stepItems(el);
    expect(items.map((li) => text(li.querySelector('.klar-title')))).to.deep.equal(['Du søger', 'Vi tjekker ansøgningen', 'Vi vurderer projektet']);
    expect(text(items[0].querySelector('.klar-description'))).to.equal('Du søger digitalt.');
    expect(text(items[0].querySelector('.klar-date'))).to.equal('2. november 2026');
    expect(text(stepById(el, 'check')!.querySelector('.klar-date'))).to.contain('Forventet færdig 1.–15. december 2026');
    expect(stepById(el, 'check')!.getAttribute('aria-current')).to.equal('step');
    expect(text(items[2].querySelector('.klar-date'))).to.contain('Forventet færdig 12. januar 2027'); // 4 weeks after 15 December
    expect(text(items[2].querySelector('.klar-description'))).to.equal('Vi ser på lokalplanen.');
    expect(text($(el, '.klar-promise .klar-lead'))).to.equal('Vi behandler normalt sager som din inden for 8 uger fra den dag, vi får dem.');
    await expect(el).to.be.accessible();
  });

  it('says each step once to tools that read a copy of the page: the author\'s steps are hidden by the attribute once drawn', async () => {
    // Reader views read the page's textContent and skip what has `hidden`; CSS alone left the
    // author's list in it, so every step was read twice.
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">${markup}</div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await until(() => stepItems(el).length === 3, { message: 'drawn' });
    const authors = Array.from(el.querySelectorAll<HTMLElement>(':scope > ol klar-step'));
    expect(authors.map((s) => s.hidden)).to.deep.equal([true, true, true]);
    const copy = wrap.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[hidden]').forEach((n) => n.remove());
    expect(copy.textContent!.match(/Mangler der noget, skriver vi\./g)).to.have.length(1);
    // A step the author adds later is read, drawn and hidden too.
    const li = document.createElement('li');
    li.innerHTML = '<klar-step state="upcoming">Du får svar</klar-step>';
    el.querySelector(':scope > ol')!.append(li);
    await until(() => stepItems(el).length === 4, { message: 'the new step drawn' });
    expect(li.querySelector<HTMLElement>('klar-step')!.hidden).to.equal(true);
  });

  it('says how long a step usually takes when there is no date to count from', async () => {
    const el = await fixture(html`<klar-expectation-timeline lang="en"><klar-step duration="P2W"><b>Review</b></klar-step></klar-expectation-timeline>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text((root(el).querySelector('.klar-date')))).to.equal('Usually takes 2 weeks');
  });

  it('keeps the steps as plain page text (an ordered list) in the light DOM', async () => {
    const el = await fixture(markup);
    const li = el.querySelectorAll(':scope > ol > li');
    expect(li).to.have.length(3);
    expect(text(li[1])).to.equal('Vi tjekker ansøgningen Mangler der noget, skriver vi.');
    // A <klar-step> on its own shows its text as it is (no shadow root hides it).
    const step = document.createElement('klar-step');
    step.textContent = 'Synlig tekst';
    document.body.append(step);
    expect(step.shadowRoot).to.equal(null);
    expect(step.innerText).to.equal('Synlig tekst');
    step.remove();
  });

  it('shows each step once: the author\'s list stays where it is, hidden once the steps are drawn', async () => {
    // README's <ol><li><klar-step> showed every step twice: drawn, then the author's list below.
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">${markup}<p>Efter tidslinjen.</p></div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    const list = el.querySelector(':scope > ol')!;
    expect(list, 'not moved').to.exist;
    expect(list.checkVisibility(), 'the author\'s list').to.equal(false);
    // Each step's text is read only where the timeline drew it.
    const drawn = el.querySelector<HTMLElement>(':scope > .klar-root')!.innerText;
    for (const step of ['Vi tjekker ansøgningen', 'Vi ser på lokalplanen.']) expect(wrap.innerText.split(step).length, step).to.equal(drawn.split(step).length);
    expect(wrap.innerText).to.contain('Efter tidslinjen.');
  });

  it('renders the same whether a <klar-step> is changed through its properties or its attributes', async () => {
    const byAttr = fixtureSync<HTMLDivElement>(html`<div lang="da">${markup}</div>`).querySelector('klar-expectation-timeline')!;
    const byProp = fixtureSync<HTMLDivElement>(html`<div lang="da">${markup}</div>`).querySelector('klar-expectation-timeline')!;
    await Promise.all([byAttr.updateComplete, byProp.updateComplete]);
    const a = byAttr.querySelector('klar-step[duration]')!;
    a.setAttribute('expected', '2027-02-01');
    a.setAttribute('label', 'Vi vurderer det hele');
    a.setAttribute('state', 'current');
    const p = byProp.querySelector('klar-step[duration]') as HTMLElement & { expected?: string; label?: string; state: string };
    p.expected = '2027-02-01';
    p.label = 'Vi vurderer det hele';
    p.state = 'current';
    const third = (el: Element) => stepItems(el as never)[2];
    await until(() => text(third(byProp)?.querySelector('.klar-title')) === 'Vi vurderer det hele' && text(third(byAttr)?.querySelector('.klar-title')) === 'Vi vurderer det hele');
    await until(() => text(third(byProp)?.querySelector('.klar-date')).includes('1. februar 2027'));
    expect(text(third(byProp))).to.equal(text(third(byAttr)));
    expect(p.getAttribute('expected')).to.equal('2027-02-01');
  });

  it('follows changes to the children', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">${markup}</div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    el.querySelector('#check')!.setAttribute('state', 'done');
    el.querySelector('#check')!.setAttribute('date', '2026-11-20');
    await until(() => text(stepById(el, 'check')?.querySelector('.klar-tag')) === 'Færdig');
    const li = document.createElement('li');
    li.innerHTML = '<klar-step state="upcoming"><strong>Du får afgørelsen</strong></klar-step>';
    el.querySelector(':scope > ol')!.append(li);
    await until(() => stepItems(el).length === 4);
  });

  it('reads the case from a surrounding <klar-case> context, following its updates', async () => {
    const wrap = await fixture<TestCaseProvider>(
      html`<test-case-provider lang="da"><klar-expectation-timeline now="2026-11-24T10:00:00Z"></klar-expectation-timeline></test-case-provider>`,
    );
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    expect(text($(el, '.klar-loading'))).to.equal('Henter oplysninger om din sag …');
    const c = mkCase({ steps: [{ id: 'x', title: 'Fra konteksten', state: 'current', expected: '2026-12-01' }] });
    wrap.provider.setValue({ state: 'ready', case: c });
    await until(() => stepItems(el).length === 1);
    expect(el.dataSource).to.equal('context');
    expect(text(stepById(el, 'x')!.querySelector('.klar-title'))).to.equal('Fra konteksten');
    wrap.provider.setValue({ state: 'error', error: { reason: 'timeout', message: 't' }, retry: () => {} });
    // The provider says a load error once for every element inside it: the timeline stays silent.
    await until(() => !!$(el, '.klar-base[hidden]'));
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, 'button')).to.equal(null);
  });

  it('keeps showing the last good case when a refresh fails, and says so', async () => {
    const wrap = await fixture<TestCaseProvider>(
      html`<test-case-provider lang="da"><klar-expectation-timeline now="2026-11-24T10:00:00Z"></klar-expectation-timeline></test-case-provider>`,
    );
    const el = wrap.querySelector('klar-expectation-timeline')!;
    const c = mkCase({ steps: [{ id: 'x', title: 'Stadig vist', state: 'current' }] });
    wrap.provider.setValue({ state: 'stale', case: c, updatedAt: Date.parse('2026-11-24T08:05:00Z'), error: { reason: 'network', message: 'x' }, retry: () => {} });
    await until(() => stepItems(el).length === 1);
    // The provider says "Sidst opdateret …" once; the timeline keeps the case and does not repeat it.
    expect(text(stepById(el, 'x')!.querySelector('.klar-title'))).to.equal('Stadig vist');
    // (It looked for a .klar-stale that no element draws, so it could not fail: the words and the warning notice instead.)
    expect(text(el)).not.to.match(/Sidst opdateret|opdatere/);
    expect($(el, '.klar-notice.klar-warning')).to.equal(null);
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('prefers the case property over the context', async () => {
    const wrap = await fixture<TestCaseProvider>(html`<test-case-provider><klar-expectation-timeline></klar-expectation-timeline></test-case-provider>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    wrap.provider.setValue({ state: 'ready', case: mkCase({ steps: [{ id: 'ctx', title: 'Kontekst', state: 'current' }] }) });
    el.case = mkCase({ steps: [{ id: 'prop', title: 'Egenskab', state: 'current' }] });
    await el.updateComplete;
    expect(el.dataSource).to.equal('property');
    expect(stepItems(el).map((li) => li.dataset.stepId)).to.deep.equal(['prop']);
  });
});
