import { root } from '../helpers/root.js';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { expectNone } from '../principle-badge/helpers.js';
import '../../src/klar-principles.js';
import { KlarPrinciples } from '../../src/klar-principles.js';
import { registerPrinciples } from '../../src/klar-principle-badge.js';
import { badgePanel } from '../../src/principle-badge/principle-badge.js';
import { PRINCIPLE_SLUGS } from '../../src/core/principles/index.js';
import { COPENHAGEN_TRUST_SET, registerCopenhagenTrustPrinciples } from '../../src/core/principles/sets/copenhagen-trust.js';
import { principleTexts } from '../../src/translations/principles.js';
import { principleTextsEn } from '../../src/translations/en/principles.js';
import { readerViewText } from '../helpers/reader-view.js';

const sr = (el: Element) => root(el);
const badges = (el: KlarPrinciples) => [...sr(el).querySelectorAll('klar-principle-badge')];
async function settle(el: KlarPrinciples) {
  await el.updateComplete;
  await Promise.all(badges(el).map((b) => b.updateComplete));
}
const names = (el: KlarPrinciples) => badges(el).map((b) => (root(b).querySelector('[part="name"]')?.textContent ?? '').trim());

afterEach(() => sinon.restore());

describe('<klar-principles>', () => {
  // First in this file: nothing has fetched the badge's panel yet.
  it('a list of cards waits for the badges\u2019 panel before it draws, so its cards draw whole (no card waits after the list has drawn)', async () => {
    expect(badgePanel.now(), 'not here before the list').to.equal(undefined);
    const el = await fixture<KlarPrinciples>(html`<klar-principles principles="klar-tale" variant="card"></klar-principles>`);
    expect(badgePanel.now(), 'here when the list has drawn').to.not.equal(undefined);
    await settle(el);
    expect(sr(badges(el)[0]).querySelector('.klar-card-inner'), 'the card drawn whole').to.exist;
  });

  it('lists the chosen principles in order as a real list', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles principles="klar-tale sammenhaeng udvikling"></klar-principles>`);
    await settle(el);
    expect(el).to.be.instanceOf(KlarPrinciples);
    const ul = sr(el).querySelector('ul')!;
    expect(ul.getAttribute('role')).to.equal('list');
    expect(ul.getAttribute('aria-label')).to.equal('Vores løfter til dig');
    expect(ul.querySelectorAll(':scope > li')).to.have.length(3);
    expect(names(el)).to.deep.equal(['Klar tale', 'Sammenhæng', 'Udvikling']);
    await expect(el).to.be.accessible();
  });

  it('shows all nine of the built-in set when no principles are named, in English too', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles lang="en"></klar-principles>`);
    await settle(el);
    expect(names(el)).to.deep.equal(PRINCIPLE_SLUGS.map((s) => principleTextsEn[s].name));
    expect(sr(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Our promises to you');
  });

  // Reader views (Firefox's Reader View, Safari's Reader, the reading modes of Edge and Chrome)
  // drop every <button>: with the name inside the disclosure's button, a case page's "Vores løfter
  // til dig" read as the municipality's sentences with no promise named.
  it('keeps every principle\'s name in a reader view (Mozilla Readability): a row of tags, a badge with its own text, an icon-only badge', async () => {
    const page = await fixture<HTMLElement>(html`<article>
      <h1>Byggetilladelse, Skovvej 12</h1>
      <p>Vi behandler din ansøgning om byggetilladelse. Vi har modtaget alle de papirer, vi skal bruge, og vi går i gang med at læse dem igennem i denne uge. Du hører fra os, når naboerne har fået besked, og igen når vi har truffet en afgørelse i din sag.</p>
      <p>Har du spørgsmål til din sag, kan du altid ringe til os på hverdage mellem klokken 9 og 15. Husk at have dit sagsnummer klar, så vi hurtigt kan finde din sag og svare dig med det samme.</p>
      <h2>Vores løfter til dig</h2>
      <p>Klarby Kommune følger de ni principper for god offentlig service. Sådan gør vi det i din sag:</p>
      <klar-principles variant="tag" principles="tydelige-forventninger sammenhaeng"></klar-principles>
      <ul>
        <li><klar-principle-badge principle="haand-om-fejl" no-prefix><span>Laver vi en fejl, retter vi den og fortæller dig, hvad vi gør for at undgå den næste gang.</span></klar-principle-badge></li>
        <li><klar-principle-badge principle="klar-tale" variant="icon-only"><span>Vi skriver kort og i almindelige ord. Forstår du ikke noget, så ring til os.</span></klar-principle-badge></li>
      </ul>
    </article>`);
    const list = page.querySelector<KlarPrinciples>('klar-principles')!;
    await settle(list);
    await Promise.all([...page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('klar-principle-badge')].map((b) => b.updateComplete));
    const read = await readerViewText();
    expect(read, 'the article').to.contain('Vi behandler din ansøgning om byggetilladelse.');
    expect(read, 'the municipality\'s own text').to.contain('Laver vi en fejl, retter vi den');
    for (const name of ['Tydelige forventninger', 'Sammenhæng', 'Hånd om fejl', 'Her lover vi: Klar tale']) expect(read, name).to.contain(name);
  });

  it('lays cards out as a responsive grid: several columns when wide, one when narrow', async () => {
    const wide = await fixture<HTMLDivElement>(html`<div style="inline-size: 60rem"><klar-principles></klar-principles></div>`);
    const el = wide.querySelector('klar-principles')!;
    await settle(el);
    const tops = badges(el).map((b) => Math.round(b.getBoundingClientRect().top));
    expect(tops[0]).to.equal(tops[1]); // side by side
    expect(new Set(tops).size).to.be.lessThan(9);
    const narrow = await fixture<HTMLDivElement>(html`<div style="inline-size: 15rem"><klar-principles principles="klar-tale udvikling"></klar-principles></div>`);
    const n = narrow.querySelector('klar-principles')!;
    await settle(n);
    const [a, b] = badges(n).map((x) => x.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.bottom - 1); // stacked
    expect(a.right).to.be.at.most(narrow.getBoundingClientRect().right + 0.5);
  });

  it('renders tags in a row, with taglines when asked, and passes feedback-for and heading-level on', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles variant="tag" show-tagline principles="klar-tale udvikling" feedback-for="x"></klar-principles>`);
    await settle(el);
    for (const b of badges(el)) {
      expect(b.variant).to.equal('tag');
      expect(b.showTagline).to.equal(true);
      expect(b.feedbackFor).to.equal('x');
      expect(b.noPrefix).to.equal(true);
    }
    const [a, b] = badges(el).map((x) => x.getBoundingClientRect());
    expect(Math.round(a.top)).to.equal(Math.round(b.top));
    const cards = await fixture<KlarPrinciples>(html`<klar-principles heading-level="3" show-prefix principles="klar-tale"></klar-principles>`);
    await settle(cards);
    const heading = root(badges(cards)[0]).querySelector('h3')!;
    expect(heading, 'a real h3').to.exist;
    expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Her lover vi: Klar tale');
  });

  it('a "Vores løfter" grid of cards shows every promise to the citizen without anything to open', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles></klar-principles>`);
    await settle(el);
    expectNone(sr(el).querySelector('button'));
    for (const [i, b] of badges(el).entries()) {
      expectNone(root(b).querySelector('button, details, [aria-expanded]'));
      const tagline = root(b).querySelector<HTMLElement>('[part="tagline"]')!;
      expect(tagline.textContent!.trim()).to.equal(principleTexts.da[PRINCIPLE_SLUGS[i]].tagline);
      expect(tagline.getBoundingClientRect().height, `${b.principle}: the promise is laid out`).to.be.greaterThan(0);
    }
  });

  it('a row of tags gives each disclosure trigger at least 44 × 44 px, so a thumb can open it', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles variant="tag"></klar-principles>`);
    await settle(el);
    for (const b of badges(el)) {
      const r = root(b).querySelector('[part~="trigger"]')!.getBoundingClientRect();
      expect(r.height, `${b.principle} height`).to.be.at.least(44 - 0.01);
      expect(r.width, `${b.principle} width`).to.be.at.least(44 - 0.01);
    }
  });

  it('skips unknown slugs and repeats, warning once naming the valid slugs', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<KlarPrinciples>(html`<klar-principles principles="klar-tale klartale klar-tale udvikling"></klar-principles>`);
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(names(el)).to.deep.equal(['Klar tale', 'Udvikling']);
    const calls = warn.getCalls().filter((c) => String(c.args[0]).includes('"klartale"'));
    expect(calls).to.have.length(1);
    for (const s of PRINCIPLE_SLUGS) expect(String(calls[0].args[0])).to.contain(s);
  });

  it('a misspelt variant shows cards and is said once for the page, however many lists carry it, in the words every element uses', async () => {
    const warn = sinon.stub(console, 'warn');
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <klar-principles principles="klar-tale" variant="kort"></klar-principles>
      <klar-principles principles="udvikling" variant="kort"></klar-principles>
    </div>`);
    const lists = [...wrap.querySelectorAll('klar-principles')] as KlarPrinciples[];
    for (const el of lists) await settle(el);
    expect(lists.map((el) => el.variant)).to.deep.equal(['card', 'card']);
    expect(lists.map((el) => sr(badges(el)[0]).querySelector('.klar-card-inner') !== null), 'each badge drawn as a card').to.deep.equal([true, true]);
    const said = warn.getCalls().map((c) => String(c.args[0])).filter((m) => m.includes('kort'));
    expect(said).to.deep.equal(['klar-elements: <klar-principles> variant="kort" is unknown; using "card". Valid: card, tag.']);
  });

  it('renders nothing for an unknown set, and warns', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<KlarPrinciples>(html`<klar-principles set="ingen-saadan"></klar-principles>`);
    expectNone(sr(el).querySelector('ul'), 'list');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(warn.getCalls().some((c) => String(c.args[0]).includes('ingen-saadan'))).to.equal(true);
  });

  it('shows a registered custom set and the Copenhagen set, and updates when a set is registered later', async () => {
    registerCopenhagenTrustPrinciples();
    const cph = await fixture<KlarPrinciples>(html`<klar-principles set=${COPENHAGEN_TRUST_SET}></klar-principles>`);
    await settle(cph);
    expect(names(cph)).to.deep.equal(['Mål frem for metode', 'Frihed til at handle', 'Regler med mening', 'Dialog og læring', 'Tæt på dig']);

    sinon.stub(console, 'warn');
    const later = await fixture<KlarPrinciples>(html`<klar-principles set="senere"></klar-principles>`);
    registerPrinciples('senere', { a: { texts: { da: { name: 'A' } } }, b: { texts: { da: { name: 'B' } } } });
    await settle(later);
    expect(names(later)).to.deep.equal(['A', 'B']);
  });

  it('uses a custom accessible name for the list', async () => {
    const el = await fixture<KlarPrinciples>(html`<klar-principles label="Det lover vi i Byggesag" principles="klar-tale"></klar-principles>`);
    expect(sr(el).querySelector('ul')!.getAttribute('aria-label')).to.equal('Det lover vi i Byggesag');
  });

  it('a badge keeps its state with its principle when the list changes: the open one stays open, with focus on it, and no other opens', async () => {
    // Drawn by position, "Sammenhæng"'s open explanation and the citizen's focus went to "Udvikling"
    // when the page dropped "Klar tale" from before it.
    const el = await fixture<KlarPrinciples>(html`<klar-principles variant="tag" principles="klar-tale sammenhaeng udvikling"></klar-principles>`);
    await settle(el);
    const trigger = (b: Element) => root(b).querySelector<HTMLElement>('[part~="trigger"]')!;
    const open = badges(el)[1] as HTMLElement & { open: boolean; updateComplete: Promise<boolean> };
    trigger(open).focus();
    trigger(open).click();
    await open.updateComplete;
    expect(open.open, 'opened').to.equal(true);
    el.setAttribute('principles', 'sammenhaeng udvikling');
    await settle(el);
    expect(names(el)).to.deep.equal(['Sammenhæng', 'Udvikling']);
    expect(badges(el).map((b) => (b as HTMLElement & { open: boolean }).open)).to.deep.equal([true, false]);
    expect(badges(el)[0], 'the same badge').to.equal(open);
    expect(document.activeElement === trigger(open) || open.contains(document.activeElement), 'focus stays on "Sammenhæng"').to.equal(true);
    el.setAttribute('principles', 'udvikling sammenhaeng klar-tale');
    await settle(el);
    expect(names(el)).to.deep.equal(['Udvikling', 'Sammenhæng', 'Klar tale']);
    expect(badges(el).map((b) => (b as HTMLElement & { open: boolean }).open)).to.deep.equal([false, true, false]);
    expect(el.querySelectorAll('ul > li')).to.have.length(3);
  });
});
