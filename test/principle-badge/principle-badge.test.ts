import { root } from '../helpers/root.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { expectNone, expectSame } from './helpers.js';
import { svg } from 'lit';
import '../../src/klar-principle-badge.js';
// The real form, so "Lever vi op til det?" is offered in the tests that need it.
import '../../src/klar-feedback-form.js';
import { KlarPrincipleBadge, registerPrinciples } from '../../src/klar-principle-badge.js';
import { badgePanel } from '../../src/principle-badge/principle-badge.js';
import { until } from '../helpers/until.js';
import { axExpanded, axNamed } from '../helpers/ax-name-page.js';
import { brokenWords } from '../helpers/broken-words.js';
import { BUILT_IN_SET, PRINCIPLE_SLUGS, resolvePrinciple } from '../../src/core/principles/index.js';
import { COPENHAGEN_TRUST_SET, registerCopenhagenTrustPrinciples } from '../../src/core/principles/sets/copenhagen-trust.js';
import { principleTexts } from '../../src/translations/principles.js';
import { principleTextsEn } from '../../src/translations/en/principles.js';
import { principleExplanationsEn } from '../../src/translations/en/principle-explanations.js';
import { WITH_EXPLANATIONS, languagePending } from '../../src/core/language-pack.js';

const TEXTS = { da: principleTexts.da, en: principleTextsEn };

const sr = (el: Element) => root(el);
const trigger = (el: KlarPrincipleBadge) => sr(el).querySelector<HTMLElement>('[part~="trigger"]')!;
const panel = (el: KlarPrincipleBadge) => sr(el).querySelector<HTMLElement>('[part~="panel"]')!;
/** Whether the disclosure is open: the `<details>` the summary opens (its state is the summary's expanded state in every engine). */
const expanded = (el: KlarPrincipleBadge) => trigger(el).closest('details')!.open;
/** Whether the panel is on screen: a closed details' content is not rendered. */
const panelShown = (el: KlarPrincipleBadge) => panel(el).checkVisibility();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/**
 * Text a person sees: what the badge rendered minus hidden elements, with its author's text
 * (slotted in shadow DOM; in the light DOM its own children, shown or hidden by CSS).
 */
function visibleText(el: KlarPrincipleBadge): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof HTMLElement && (n.hidden || n.classList.contains('klar-visually-hidden') || n.classList.contains('visually-hidden'))) return;
    // A closed disclosure shows its summary alone.
    if (n instanceof HTMLDetailsElement && !n.open) return walk(n.querySelector('summary')!);
    if (n instanceof HTMLSlotElement) return n.assignedNodes({ flatten: true }).forEach(walk);
    if (n instanceof Element && getComputedStyle(n).display === 'none') return;
    if (n.nodeType === Node.TEXT_NODE && n.parentElement && getComputedStyle(n.parentElement).visibility === 'visible') parts.push(n.textContent ?? '');
    n.childNodes.forEach(walk);
  };
  (el.shadowRoot ?? el).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
async function click(el: Element) {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

afterEach(async () => {
  sinon.restore();
  await resetMouse();
});

describe('<klar-principle-badge>', () => {
  it('is defined and upgrades', async () => {
    const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale"></klar-principle-badge>`);
    expect(el).to.be.instanceOf(KlarPrincipleBadge);
    expect(el.variant).to.equal('tag');
    expect(el.open).to.equal(false);
  });

  // These two run first: they need a page where no badge has shown an explanation yet (the
  // Danish test module above imports no explanation; the English one is another file).
  describe('explanations when shown', () => {
    /** Whether the page fetched the Danish explanations (one module, src/translations/principle-explanations.ts). */
    const fetched = () => performance.getEntriesByType('resource').some((e) => /\/translations\/principle-explanations\./.test(e.name));

    /** Whether the page fetched the panel's code (src/principle-badge/principle-badge-panel.ts). */
    const panelFetched = () => performance.getEntriesByType('resource').some((e) => /\/principle-badge-panel\./.test(e.name));

    it('a closed badge fetches no explanation and not the panel; opening it fetches them and the panel opens whole', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelige-forventninger"></klar-principle-badge>`);
      expect(text(sr(el).querySelector('[part="name"]'))).to.equal('Tydelige forventninger');
      expect(fetched(), 'nothing fetched for a closed badge').to.equal(false);
      expect(panelFetched(), 'no panel code for a closed badge').to.equal(false);
      expect(sr(el).querySelector('[part="explanation"]'), 'no explanation in the closed panel').to.equal(null);
      el.open = true;
      await el.updateComplete;
      expect(fetched(), 'fetched once shown').to.equal(true);
      expect(panelFetched(), 'the panel code fetched once shown').to.equal(true);
      expect(expanded(el)).to.equal(true);
      expect(panelShown(el)).to.equal(true);
      expect(visibleText(el)).to.contain('Du skal aldrig føle dig glemt.');
    });

    it('a card waits for its explanation with the custom state loading (the placeholder sheet keeps its size), then draws whole', async function () {
      if (!CSS.supports('selector(:state(loading))')) this.skip();
      // English: its explanations are not here yet (the Danish ones are, from the test above).
      const el = document.createElement('klar-principle-badge');
      Object.assign(el, { principle: 'udvikling', variant: 'card' });
      el.lang = 'en';
      document.body.append(el);
      try {
        // Looked at between microtasks, in the task that appended it: Lit schedules the first update in a
        // microtask, and the texts arrive at the earliest a task later (polling on timers missed the state
        // when the texts came from the HTTP cache within 10 ms).
        let waiting = false;
        for (let i = 0; i < 50 && !waiting; i++) {
          await Promise.resolve();
          waiting = el.matches(':state(loading)');
        }
        expect(waiting, 'the card waits in :state(loading)').to.equal(true);
        expect(sr(el).querySelector('[part="name"]'), 'nothing drawn while waiting').to.equal(null);
        await el.updateComplete;
        expect(el.matches(':state(loading)')).to.equal(false);
        expect(text(sr(el).querySelector('[part="explanation"]'))).to.equal(principleExplanationsEn['principles.udvikling.explanation']);
      } finally {
        el.remove();
      }
    });
  });

  describe('the panel on demand', () => {
    afterEach(() => badgePanel.setImport());

    /** Counts the panel's imports from now on (the one already loaded is forgotten). */
    function countImports(): { readonly n: number } {
      const count = { n: 0 };
      badgePanel.setImport(() => {
        count.n++;
        return import('../../src/principle-badge/principle-badge-panel.js');
      });
      return count;
    }

    it('fetches the panel when the pointer or focus reaches the button (once), and the closed badge keeps its size when it arrives', async () => {
      const imports = countImports();
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale"></klar-principle-badge>`);
      const before = el.getBoundingClientRect();
      expect(imports.n, 'nothing fetched before the citizen reaches for it').to.equal(0);
      trigger(el).dispatchEvent(new PointerEvent('pointerenter'));
      expect(imports.n, 'pointer on the button').to.equal(1);
      trigger(el).focus();
      expect(imports.n, 'focus after the pointer: fetched once').to.equal(1);
      await until(() => badgePanel.now());
      await el.updateComplete;
      const after = el.getBoundingClientRect();
      expect([after.width, after.height], 'the closed badge did not move').to.deep.equal([before.width, before.height]);
      // Here already: opening draws at once, whole.
      el.open = true;
      await el.updateComplete;
      expect(imports.n).to.equal(1);
      expect(text(sr(el).querySelector('[part="explanation"]'))).to.contain('Vi bruger korte sætninger');
    });

    it('fetches the panel on focus by keyboard alone', async () => {
      const imports = countImports();
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale"></klar-principle-badge>`);
      trigger(el).focus();
      expect(imports.n).to.equal(1);
    });

    it('says so in plain words when the panel cannot be fetched (offline), never an empty panel, and tries again on the next opening', async () => {
      badgePanel.setImport(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale">Vi svarer på dansk og engelsk.</klar-principle-badge>`);
      el.open = true;
      await el.updateComplete;
      expect(expanded(el)).to.equal(true);
      expect(panelShown(el)).to.equal(true);
      const shown = visibleText(el);
      expect(shown).to.contain('Forklaringen kan ikke hentes lige nu. Prøv igen senere.');
      // The page's own text for the panel is still there.
      expect(shown).to.contain('Vi svarer på dansk og engelsk.');
      expect(panel(el).getBoundingClientRect().height, 'the panel has content').to.be.greaterThan(20);
      // Back online: closing and opening again fetches it and shows the explanation.
      badgePanel.setImport();
      el.open = false;
      await el.updateComplete;
      el.open = true;
      await el.updateComplete;
      expect(visibleText(el)).to.not.contain('Forklaringen kan ikke hentes');
      expect(text(sr(el).querySelector('[part="explanation"]'))).to.contain('Vi bruger korte sætninger');
    });

    it('a card that cannot get its panel shows its name and the message (English too)', async () => {
      badgePanel.setImport(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" variant="card"></klar-principle-badge>`);
      expect(visibleText(el)).to.equal('Klar tale Forklaringen kan ikke hentes lige nu. Prøv igen senere.');
      const en = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" variant="card" lang="en"></klar-principle-badge>`);
      expect(visibleText(en)).to.equal('Plain language The explanation cannot be fetched right now. Please try again later.');
    });

    it('styles the panel and the card once their code arrives, in the light DOM and in a shadow root made before it', async () => {
      await badgePanel.load();
      for (const mode of ['light', 'shadow']) {
        // A class of its own, defined now: its sheets (light) and shadow roots were made without the panel's styles.
        const tag = `klar-test-late-panel-${mode}`;
        customElements.define(tag, class extends KlarPrincipleBadge {});
        const el = document.createElement(tag) as KlarPrincipleBadge;
        Object.assign(el, { principle: 'klar-tale', variant: 'card' });
        el.setAttribute('render-mode', mode);
        document.body.append(el);
        await el.updateComplete;
        const inner = sr(el).querySelector('.klar-card-inner')!;
        expect(getComputedStyle(inner).display, `${mode}: the card's grid`).to.equal('grid');
        expect(getComputedStyle(sr(el).querySelector('.klar-card')!).containerType, mode).to.equal('inline-size');
        el.remove();
      }
    });
  });

  describe('every principle in both languages', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const slug of PRINCIPLE_SLUGS) {
        it(`${slug} (${lang}): name, tagline and own explanation`, async () => {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
            <klar-principle-badge principle=${slug} show-tagline></klar-principle-badge>
            <klar-principle-badge principle=${slug} variant="card"></klar-principle-badge>
          </div>`);
          const [tag, card] = wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge');
          await Promise.all([tag.updateComplete, card.updateComplete]);
          const { name, tagline } = TEXTS[lang][slug];
          const explanation = resolvePrinciple(BUILT_IN_SET, slug, lang)!.explanation;
          expect(explanation, 'an explanation is written').to.have.length.greaterThan(80);
          expect(text(sr(tag).querySelector('[part="name"]'))).to.equal(name);
          expect(text(sr(tag).querySelector('[part="tagline"]'))).to.equal(tagline);
          expect(text(sr(tag).querySelector('[part="prefix"]'))).to.equal(lang === 'da' ? 'Her lover vi:' : 'Our promise:');
          expect(trigger(tag).querySelector('svg[aria-hidden="true"] *'), 'an inline icon').to.exist;
          // The card shows the explanation; the tag shows it when opened.
          expect(panelShown(tag)).to.equal(false);
          expect(visibleText(card)).to.contain(name).and.to.contain(tagline).and.to.contain(explanation);
          tag.open = true;
          await tag.updateComplete;
          expect(text(sr(tag).querySelector('[part="explanation"]'))).to.equal(explanation);
        });
      }
    }

    it('English and Danish explanations differ for every slug (both are written)', async () => {
      await Promise.all([languagePending('en', WITH_EXPLANATIONS), languagePending('da', WITH_EXPLANATIONS)]);
      for (const slug of PRINCIPLE_SLUGS) {
        expect(resolvePrinciple(BUILT_IN_SET, slug, 'da')!.explanation).not.to.equal(resolvePrinciple(BUILT_IN_SET, slug, 'en')!.explanation);
      }
    });

    it('follows a live change of <html lang>', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'da';
      try {
        const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling"></klar-principle-badge>`);
        expect(text(sr(el).querySelector('[part="name"]'))).to.equal('Udvikling');
        document.documentElement.lang = 'en';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(text(sr(el).querySelector('[part="name"]'))).to.equal('Improvement');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('falls back to Danish for a language it does not know, and marks the text lang="da"', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge lang="fr" principle="ydmyghed"></klar-principle-badge>`);
      const name = sr(el).querySelector('[part="name"]')!;
      expect(text(name)).to.equal('Ydmyghed');
      expect(name.getAttribute('lang')).to.equal('da');
    });
  });

  describe('disclosure', () => {
    it('opens and closes by mouse, a native disclosure: a summary whose details hold the panel', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelige-forventninger"></klar-principle-badge>`);
      const t = trigger(el);
      expect(t.localName).to.equal('summary');
      const details = t.parentElement as HTMLDetailsElement;
      expect(details.localName).to.equal('details');
      expectSame(panel(el).parentElement, details, 'the panel is the details\' content');
      expect(details.open).to.equal(false);
      expect(panelShown(el)).to.equal(false);

      await click(t);
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(details.open).to.equal(true);
      expect(panelShown(el)).to.equal(true);
      expect(panel(el).getBoundingClientRect().height).to.be.greaterThan(0);
      expect(visibleText(el)).to.contain('Du skal aldrig føle dig glemt.');

      await click(t); // second activation closes
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(details.open).to.equal(false);
      expect(panelShown(el)).to.equal(false);
    });

    it('follows its details both ways: `open` opens it, and a details opened or closed by anything else (find-in-page, a script) sets `open`', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale"></klar-principle-badge>`);
      const details = trigger(el).parentElement as HTMLDetailsElement;
      const toggled = () => new Promise((r) => details.addEventListener('toggle', r, { once: true }));
      let toggle = toggled();
      details.open = true;
      await toggle;
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(text(sr(el).querySelector('[part="explanation"]')), 'the explanation drawn').to.contain('Vi bruger korte sætninger');
      toggle = toggled();
      details.open = false;
      await toggle;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(details.open).to.equal(true);
      el.open = false;
      await el.updateComplete;
      expect(details.open).to.equal(false);
      // The toggle events our own renders caused change nothing afterwards.
      await new Promise((r) => setTimeout(r, 50));
      expect(el.open).to.equal(false);
    });

    // What a screen reader, braille and voice control get: the engine's accessibility tree, not the DOM.
    it('names its summary by the promise and says whether it is open, in the engine\'s accessibility tree', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <klar-principle-badge id="ax-tag" principle="klar-tale"></klar-principle-badge>
        <klar-principle-badge id="ax-icon" principle="sammenhaeng" variant="icon-only"></klar-principle-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      for (const [el, name] of [
        [badges[0], 'Her lover vi: Klar tale'],
        [badges[1], 'Her lover vi: Sammenhæng'],
      ] as const) {
        const sel = `#${el.id} [part~="trigger"]`;
        expect(await axNamed(sel, name), `${el.id}: named "${name}"`).to.equal(true);
        // Chromium tells the state (Firefox's and WebKit's drivers do not: null).
        expect(await axExpanded(sel), `${el.id}: collapsed`).to.be.oneOf([false, null]);
        el.open = true;
        await el.updateComplete;
        await until(() => axExpanded(sel), { ok: (v) => v === true || v === null, message: `${el.id}: expanded` });
        expect(await axNamed(sel, name), `${el.id}: named when open`).to.equal(true);
      }
    });

    it('opens with Enter and Space, closes with a second activation and with Escape, and focus returns to the trigger', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<div>
        <button id="before">før</button>
        <klar-principle-badge principle="haand-om-fejl"></klar-principle-badge>
      </div>`).then((w) => w.querySelector('klar-principle-badge')!);
      const t = trigger(el);
      (document.getElementById('before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expectSame((el.shadowRoot ?? document).activeElement, t);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.equal(true);
      expectSame((el.shadowRoot ?? document).activeElement, t, 'focus stays on the trigger');

      await sendKeys({ press: ' ' }) // the Space key; Firefox's WebDriver BiDi knows it only as ' '; // second activation
      await el.updateComplete;
      expect(expanded(el)).to.equal(false);

      await sendKeys({ press: ' ' }) // the Space key; Firefox's WebDriver BiDi knows it only as ' ';
      await el.updateComplete;
      expect(expanded(el)).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(expanded(el)).to.equal(false);
      expect(el.open).to.equal(false);
      expect(panelShown(el)).to.equal(false);
      expectSame((el.shadowRoot ?? document).activeElement, t);
    });

    it('returns focus to the trigger when Escape is pressed inside the panel', async () => {
      const form = document.createElement('klar-feedback-form');
      document.body.append(form);
      try {
        const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling" open></klar-principle-badge>`);
        const feedback = sr(el).querySelector<HTMLButtonElement>('[part="feedback"]')!;
        feedback.focus();
        expectSame((el.shadowRoot ?? document).activeElement, feedback);
        const outer = sinon.spy();
        document.addEventListener('keydown', outer);
        await sendKeys({ press: 'Escape' });
        document.removeEventListener('keydown', outer);
        await el.updateComplete;
        expect(el.open).to.equal(false);
        expectSame((el.shadowRoot ?? document).activeElement, trigger(el));
        expect(outer.called, 'Escape that closed the panel does not reach a surrounding dialog').to.equal(false);
      } finally {
        form.remove();
      }
    });

    it('lets Escape through when it is already closed', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling"></klar-principle-badge>`);
      trigger(el).focus();
      const outer = sinon.spy();
      document.addEventListener('keydown', outer);
      await sendKeys({ press: 'Escape' });
      document.removeEventListener('keydown', outer);
      expect(outer.calledOnce).to.equal(true);
    });

    it('server-rendered, stays open when the citizen opened it before the code came, and closed when not', async () => {
      // What klar-elements/ssr writes (a native disclosure that opens without JavaScript), cut short.
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <klar-principle-badge principle="klar-tale"><div class="klar-root" data-klar-ssr><details part="base" class="klar-base" open><summary part="trigger" class="klar-trigger">Klar tale</summary><div part="panel" class="klar-panel">Vi bruger korte sætninger.</div></details></div></klar-principle-badge>
        <klar-principle-badge principle="sammenhaeng"><div class="klar-root" data-klar-ssr><details part="base" class="klar-base"><summary part="trigger" class="klar-trigger">Sammenhæng</summary><div part="panel" class="klar-panel">Du skal ikke selv samle trådene.</div></details></div></klar-principle-badge>
      </div>`);
      const [opened, closed] = wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge');
      await Promise.all([opened.updateComplete, closed.updateComplete]);
      expect(opened.querySelectorAll('details'), 'ours replaced the server\'s').to.have.length(1);
      expect([opened.open, expanded(opened)]).to.deep.equal([true, true]);
      expect(text(sr(opened).querySelector('[part="explanation"]'))).to.contain('Vi bruger korte sætninger');
      expect([closed.open, expanded(closed)]).to.deep.equal([false, false]);
    });

    it('fires no event when opened or closed programmatically', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling"></klar-principle-badge>`);
      const spy = sinon.spy();
      el.addEventListener('klar-principle-feedback', spy);
      el.open = true;
      await el.updateComplete;
      expect(expanded(el)).to.equal(true);
      el.open = false;
      await el.updateComplete;
      expect(spy.called).to.equal(false);
    });

    it('shows the slotted service text under a heading only when there is some', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelige-forventninger" open
        >Du får svar inden 10 arbejdsdage.</klar-principle-badge
      >`);
      await el.updateComplete;
      const service = sr(el).querySelector<HTMLElement>('[part="service"]')!;
      expect(service.hidden).to.equal(false);
      expect(visibleText(el)).to.contain('Det betyder her').and.to.contain('Du får svar inden 10 arbejdsdage.');

      const empty = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelige-forventninger" open></klar-principle-badge>`);
      expect(sr(empty).querySelector<HTMLElement>('[part="service"]')!.hidden).to.equal(true);
      expect(sr(empty).querySelector('slot'), 'the slot is rendered, only hidden').to.exist;
    });

    it('stays inside a narrow scrolling container: the panel wraps and is not clipped', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 12rem; block-size: 6rem; overflow: auto">
        <p>Tekst før.</p>
        <klar-principle-badge principle="sammenhaeng" open></klar-principle-badge>
      </div>`);
      const el = box.querySelector('klar-principle-badge')!;
      await el.updateComplete;
      const p = panel(el).getBoundingClientRect();
      const b = box.getBoundingClientRect();
      expect(p.left).to.be.at.least(b.left - 0.5);
      expect(p.right).to.be.at.most(b.right + 0.5);
      expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth + 1);
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight); // it scrolls, and the panel is in the flow
      panel(el).scrollIntoView();
      expect(panel(el).getBoundingClientRect().top).to.be.at.least(b.top - 1);
    });
  });

  // Read-aloud ("Lyt"), page translation, reader views and select-and-read tools walk the page's
  // DOM and never enter a shadow root. A badge with text of its own kept its shadow DOM, so on the
  // demo's "Vores løfter til dig" none of them found which promise a text belonged to.
  describe('text of its own, in the light DOM', () => {
    /** The text a light-DOM TreeWalker (read-aloud, translation scripts) gets from `root`. */
    function walked(root: Node): string {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let out = '';
      while (w.nextNode()) out += ` ${w.currentNode.nodeValue}`;
      return out.replace(/\s+/g, ' ');
    }
    const squash = (t: string) => t.replace(/\s+/g, ' ');

    it('puts the principle name and its own text in the page: innerText of its parent, a TreeWalker and select-all find them', async () => {
      const li = await fixture<HTMLLIElement>(html`<li>
        <klar-principle-badge principle="tydelige-forventninger" no-prefix><span>Du kan altid se, hvornår der sker noget i din sag.</span></klar-principle-badge>
      </li>`);
      const el = li.querySelector('klar-principle-badge')!;
      await el.updateComplete;
      expectNone(el.shadowRoot, 'shadow root');
      expect(squash(li.innerText), 'closed: the name').to.contain('Tydelige forventninger');
      expect(walked(li)).to.contain('Tydelige forventninger').and.to.contain('Du kan altid se, hvornår der sker noget i din sag.');
      // Select-and-read: select all, read the selection (Firefox leaves a button's text out unless told).
      const sel = getSelection()!;
      sel.selectAllChildren(li);
      const selected = sel.toString();
      sel.removeAllRanges();
      expect(squash(selected), 'the selection').to.contain('Tydelige forventninger');
      el.open = true;
      await el.updateComplete;
      expect(squash(li.innerText)).to.contain('Tydelige forventninger').and.to.contain('Det betyder her').and.to.contain('Du kan altid se, hvornår der sker noget i din sag.');
      expect(walked(li)).to.contain('Du skal aldrig føle dig glemt.');
      // render-mode="shadow" keeps the old shadow DOM (and its slot), for pages whose CSS reaches too far.
      const shadow = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" render-mode="shadow" open><span>Vi skriver kort.</span></klar-principle-badge>`);
      expect(shadow.shadowRoot, 'render-mode="shadow"').to.exist;
      expect(shadow.hasAttribute('data-klar-text')).to.equal(false);
      expect(visibleText(shadow)).to.contain('Vi skriver kort.');
    });

    it('shows its text (an element or plain text) only while open, inside the panel\'s frame under the trigger, and hides it again', async () => {
      // Each badge with text beside the same badge without: closed, the text takes no room.
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 40rem">
        <p>Vores løfte: <klar-principle-badge principle="klar-tale"><span class="own">Vi skriver kort og i almindelige ord.</span></klar-principle-badge> og mere.</p>
        <p>Vores løfte: <klar-principle-badge principle="sammenhaeng">Du får svar inden 10 arbejdsdage.</klar-principle-badge> og mere.</p>
        <p>Vores løfte: <klar-principle-badge principle="klar-tale"></klar-principle-badge> og mere.</p>
        <p>Vores løfte: <klar-principle-badge principle="sammenhaeng"></klar-principle-badge> og mere.</p>
      </div>`);
      const [withSpan, plain, ...twins] = wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge');
      await Promise.all([withSpan, plain, ...twins].map((b) => b.updateComplete));
      const span = withSpan.querySelector<HTMLElement>('.own')!;
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      };
      for (const [i, el] of [withSpan, plain].entries()) {
        const own = el === withSpan ? 'Vi skriver kort og i almindelige ord.' : 'Du får svar inden 10 arbejdsdage.';
        const closedLayout = () => {
          expect(box(el.parentElement!), `${el.principle}: the paragraph as with no text`).to.deep.equal(box(twins[i].parentElement!));
          expect(box(trigger(el)), `${el.principle}: the trigger`).to.deep.equal(box(trigger(twins[i])));
          expect(trigger(el).getBoundingClientRect().left).to.be.closeTo(trigger(twins[i]).getBoundingClientRect().left, 0.5);
        };
        expect(squash(wrap.innerText), `${el.principle} closed`).to.not.contain(own);
        expect(visibleText(el)).to.not.contain(own);
        closedLayout();

        const tr = trigger(el).getBoundingClientRect();
        const hit = document.elementFromPoint(tr.x + tr.width / 2, tr.y + tr.height / 2);
        await click(trigger(el));
        await el.updateComplete;
        expect(el.open, `${el.principle} opened; hit ${hit?.localName}.${hit?.className}`).to.equal(true);
        expect(squash(wrap.innerText), `${el.principle} open`).to.contain(own);
        expect(visibleText(el)).to.contain(`Det betyder her ${own}`);
        // Inside the frame, below the trigger and after the panel's own text.
        const frame = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el === withSpan ? span : [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
        const r = range.getBoundingClientRect();
        expect(r.height, 'laid out').to.be.greaterThan(0);
        expect(r.top, 'below the trigger').to.be.greaterThan(trigger(el).getBoundingClientRect().bottom);
        expect(r.top, 'after the panel heading').to.be.at.least(sr(el).querySelector('.klar-service-title')!.getBoundingClientRect().bottom - 0.5);
        expect(r.left).to.be.greaterThan(frame.left + 4);
        expect(r.right).to.be.lessThan(frame.right);
        expect(r.bottom).to.be.lessThan(frame.bottom);
        expect(getComputedStyle(el).borderInlineStartWidth, 'the panel\'s frame').to.equal('4px');

        await click(trigger(el));
        await el.updateComplete;
        expect(squash(wrap.innerText), `${el.principle} closed again`).to.not.contain(own);
        closedLayout();
      }
      expect(span.checkVisibility()).to.equal(false);
    });

    it('open with its text, stays inside a narrow container and no wider than the panel width', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div class="narrow" style="inline-size: 12rem"><klar-principle-badge principle="ressourcer-med-omtanke" open><span>Vi bruger ikke flere penge, end vi skal, og vi spørger kun om det, vi har brug for.</span></klar-principle-badge></div>
        <div class="wide" style="inline-size: 60rem"><klar-principle-badge principle="klar-tale" open>Vi svarer på dansk og engelsk, og vi skriver kort og i almindelige ord, så du forstår os første gang du læser det.</klar-principle-badge></div>
      </div>`);
      const [narrow, wide] = wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge');
      await Promise.all([narrow.updateComplete, wide.updateComplete]);
      const box = wrap.querySelector<HTMLElement>('.narrow')!;
      expect(narrow.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
      expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth + 1);
      // The panel width (32em of the panel's text) holds as it did for the panel alone.
      const em = parseFloat(getComputedStyle(panel(wide)).fontSize);
      expect(wide.getBoundingClientRect().width).to.be.at.most(32 * em + 1);
      expect(wide.getBoundingClientRect().width).to.be.greaterThan(20 * em);
    });

    it('keeps whole words in its name and its open panel on a 320 px phone at 200 % text, and the card\'s name column wide', async () => {
      // The demo's "Vores løfter til dig": 320 px less the page's gutters and a framed section's
      // padding leave each badge 174 px. The name had 59 px beside the icon and chevron and broke
      // "Tyd|elig|e", "for|ven|tni|nge|r"; the open panel had 105 px ("hvornå|r"). A word wider
      // than the whole column ("forventninger" at 28 px) may still break.
      const page = document.documentElement;
      let viewport = true;
      try {
        await setViewport({ width: 320, height: 640 });
      } catch {
        viewport = false; // WebKit's WebDriver cannot resize: the boxes are containers instead.
      }
      page.style.fontSize = '200%';
      const wrap = document.createElement('div');
      wrap.lang = 'da';
      wrap.style.cssText = 'font-family: system-ui, sans-serif';
      const tags = document.createElement('div');
      const card = document.createElement('div');
      tags.style.cssText = 'inline-size: 174px; display: grid; gap: 8px';
      card.style.cssText = 'inline-size: 256px';
      if (!viewport) tags.style.containerType = card.style.containerType = 'inline-size';
      const own: Record<string, string> = {
        'tydelige-forventninger': 'Du kan altid se, hvornår der sker noget i din sag. Bliver vi forsinket, siger vi det, før fristen er gået, og giver dig en ny dato.',
        sammenhaeng: 'Flytter din sag til en anden afdeling, fortæller vi dig det, og du får at vide, hvem du nu skal kontakte.',
        'klar-tale': 'Vi skriver kort og i almindelige ord. Forstår du ikke noget, så ring til os.',
        'haand-om-fejl': 'Laver vi en fejl, retter vi den og fortæller dig, hvad vi gør for at undgå den næste gang.',
      };
      for (const [principle, words] of Object.entries(own)) {
        const el = document.createElement('klar-principle-badge');
        el.principle = principle;
        el.noPrefix = true;
        el.append(Object.assign(document.createElement('span'), { textContent: words }));
        tags.append(el);
      }
      const cardEl = Object.assign(document.createElement('klar-principle-badge'), { principle: 'tydelige-forventninger', variant: 'card' });
      cardEl.setAttribute('heading-level', '2');
      cardEl.append('Du får svar inden for 10 dage. Kan vi ikke nå det, skriver vi til dig og giver dig en ny dato.');
      card.append(cardEl);
      wrap.append(tags, card);
      document.body.append(wrap);
      try {
        const badges = [...tags.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge')];
        await Promise.all([...badges, cardEl].map((b) => b.updateComplete));
        for (const b of badges) {
          // A name on one line ("Klar tale") is as wide as its words.
          const label = sr(b).querySelector('.klar-label')!.getBoundingClientRect().width;
          const lines = sr(b).querySelector('.klar-name')!.getClientRects().length;
          expect(lines === 1 || label >= 150, `${b.principle}: the name's column, ${Math.round(label)} px`).to.equal(true);
        }
        expect(brokenWords(tags, 150), 'closed').to.deep.equal([]);
        for (const b of badges) b.open = true;
        await until(() => badgePanel.now());
        await until(() => !!sr(cardEl).querySelector('.klar-card'));
        await Promise.all([...badges, cardEl].map((b) => b.updateComplete));
        for (const b of badges) {
          expect(panel(b).getBoundingClientRect().width, `${b.principle}: the open panel's column`).to.be.at.least(150);
        }
        expect(brokenWords(tags, 150), 'open').to.deep.equal([]);
        const name = sr(cardEl).querySelector('.klar-card .klar-name')!.getBoundingClientRect().width;
        expect(name, "the card's name column").to.be.at.least(220);
        expect(brokenWords(card, 200), 'card').to.deep.equal([]);
        expect(tags.scrollWidth, 'no sideways scrolling').to.be.at.most(174);
        expect(card.scrollWidth, 'no sideways scrolling').to.be.at.most(256);
      } finally {
        wrap.remove();
        page.style.fontSize = '';
        if (viewport) await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the author\'s nodes: the very same nodes, children of the badge after its render, after render, open and close', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="haand-om-fejl"><span>Laver vi en fejl, retter vi den.</span> Og vi siger det.</klar-principle-badge>`);
      const [span, tail] = [...el.childNodes].filter((n) => (n as Node) !== (sr(el) as Node));
      expect(span).to.be.instanceOf(HTMLSpanElement);
      const check = (when: string) => {
        expectSame(el.childNodes[0], sr(el), `${when}: our render first`);
        expectSame(span.parentNode, el, `${when}: the span stays a child of the badge`);
        expectSame(tail.parentNode, el, `${when}: the text stays a child of the badge`);
        expectSame(el.childNodes[el.childNodes.length - 2], span, `${when}: the span`);
        expectSame(el.lastChild, tail, `${when}: the text`);
        expect(tail.textContent).to.equal(' Og vi siger det.');
      };
      check('rendered');
      for (const open of [true, false, true]) {
        el.open = open;
        await el.updateComplete;
        check(open ? 'open' : 'closed');
      }
      el.variant = 'card';
      await el.updateComplete;
      check('card');
    });

    it('a card shows its text in the card, after the panel heading', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="sammenhaeng" variant="card"><p class="own">Flytter din sag, fortæller vi dig det.</p></klar-principle-badge>`);
      await el.updateComplete;
      const own = el.querySelector<HTMLElement>('.own')!;
      expect(own.checkVisibility()).to.equal(true);
      expect(visibleText(el)).to.contain('Det betyder her Flytter din sag, fortæller vi dig det.');
      const [card, r] = [el.getBoundingClientRect(), own.getBoundingClientRect()];
      expect(r.top).to.be.at.least(sr(el).querySelector('.klar-service-title')!.getBoundingClientRect().bottom - 0.5);
      expect(r.left).to.be.greaterThan(card.left);
      expect(r.right).to.be.lessThan(card.right);
      expect(r.bottom).to.be.lessThan(card.bottom);
      expect(getComputedStyle(el).borderBlockStartWidth, 'the card\'s frame').to.equal('4px');
      expect(squash((el.parentElement as HTMLElement).innerText)).to.contain('Sammenhæng').and.to.contain('Flytter din sag, fortæller vi dig det.');
      // In the column of its heading and of the card's other text: it began under the icon, left of
      // "Det betyder her" (review, stop 55), at every width, as bare text too.
      for (const width of ['40rem', '18rem']) {
        for (const para of [true, false]) {
          const text = 'Flytter din sag, fortæller vi dig det.';
          const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}">
            <klar-principle-badge principle="sammenhaeng" variant="card">${para ? html`<p class="own">${text}</p>` : text}</klar-principle-badge>
          </div>`);
          const b = wrap.querySelector<KlarPrincipleBadge>('klar-principle-badge')!;
          await until(() => b.getAttribute('data-klar-text') === 'shown' && !!sr(b).querySelector('.klar-service-title'), { message: 'the card with its text' });
          await b.updateComplete;
          const range = document.createRange();
          range.selectNodeContents(para ? b.querySelector('.own')! : [...b.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
          const left = Math.min(...[...range.getClientRects()].map((r) => r.left));
          for (const sel of ['.klar-service-title', '.klar-explanation']) {
            expect(Math.abs(left - sr(b).querySelector(sel)!.getBoundingClientRect().left), `${para ? 'a paragraph' : 'bare text'} at ${width}: its left edge and ${sel}'s`).to.be.below(1);
          }
        }
      }
    });

    it('notices text given later (a framework rendering into it) and text taken away', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="udvikling" open></klar-principle-badge>`);
      expect(sr(el).querySelector<HTMLElement>('[part="service"]')!.hidden).to.equal(true);
      const span = document.createElement('span');
      span.textContent = 'Vi spørger dig, når sagen er afsluttet.';
      el.append(span);
      await until(() => el.getAttribute('data-klar-text') === 'shown');
      await el.updateComplete;
      expect(sr(el).querySelector<HTMLElement>('[part="service"]')!.hidden).to.equal(false);
      expect(visibleText(el)).to.contain('Det betyder her Vi spørger dig, når sagen er afsluttet.');
      span.remove();
      await until(() => !el.hasAttribute('data-klar-text'));
      await el.updateComplete;
      expect(sr(el).querySelector<HTMLElement>('[part="service"]')!.hidden).to.equal(true);
    });

    it('a page\'s rich-text CSS (p, .rich-text span, button, details, summary) changes none of its computed styles', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div class="rich-text">
        <klar-principle-badge principle="tydelige-forventninger" open show-tagline><span>Du får svar inden 8 uger.</span></klar-principle-badge>
        <klar-principle-badge principle="klar-tale" variant="card"><span>Vi skriver kort.</span></klar-principle-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      const PROPS = ['color', 'background-color', 'font-size', 'font-weight', 'display', 'margin-top', 'padding-left', 'border-top-width', 'text-transform', 'line-height'];
      const styles = () =>
        badges.flatMap((b) =>
          [b, ...sr(b).querySelectorAll('*')].map((n) => {
            const cs = getComputedStyle(n);
            return `${b.principle} ${n.localName}.${n.getAttribute('class') ?? ''}: ${PROPS.map((p) => cs.getPropertyValue(p)).join(' ')}`;
          }),
        );
      const before = styles();
      const sheet = document.createElement('style');
      sheet.textContent = `p { color: red; margin: 3em; font-size: 30px }
        .rich-text span { color: red; display: block; font-weight: 100; text-transform: uppercase; line-height: 3 }
        button { background-color: red; padding: 2em; border: 5px solid red; font-size: 25px }
        details, summary { background-color: red; padding: 2em; border: 5px solid red; font-size: 25px; display: list-item; margin-top: 1em }
        .rich-text div { padding: 3em; display: inline }`;
      document.head.append(sheet);
      try {
        const after = styles();
        const changed = after.filter((s, i) => s !== before[i]);
        expect(changed, 'changed by the page').to.deep.equal([]);
      } finally {
        sheet.remove();
      }
    });

    it('is accessible open and closed, and the panel, last in its details, comes right before its text', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <klar-principle-badge principle="tydelige-forventninger"><span>Du får svar inden 8 uger.</span></klar-principle-badge>
        <klar-principle-badge principle="klar-tale" variant="icon-only"><span>Vi skriver kort.</span></klar-principle-badge>
        <klar-principle-badge principle="sammenhaeng" variant="card" heading-level="3"><span>Vi giver din sag videre.</span></klar-principle-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      await expect(wrap).to.be.accessible();
      for (const b of badges.slice(0, 2)) {
        b.open = true;
        await b.updateComplete;
        const controlled = panel(b);
        // The panel is the last thing of ours, and the author's text comes right after it.
        expectSame(controlled.nextElementSibling, null, 'nothing after the panel in our render');
        expectSame(controlled.parentElement!.nextElementSibling, null, 'nothing after its details in our render');
        expect(controlled.querySelector('.klar-service-title')!.compareDocumentPosition(b.querySelector('span:not(.klar-root *)')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      }
      await expect(wrap).to.be.accessible();
    });
  });

  describe('400% zoom (a 320 CSS px wide page)', () => {
    it('keeps an open panel inside a narrow grid or flex layout instead of widening it', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
        <div class="grid" style="display: grid"><p>Vores løfte: <klar-principle-badge principle="oejenhoejde" open show-tagline></klar-principle-badge></p></div>
        <div class="flex" style="display: flex"><klar-principle-badge principle="klar-tale" variant="icon-only" open></klar-principle-badge></div>
        <klar-principle-badge principle="ressourcer-med-omtanke" variant="card"></klar-principle-badge>
      </div>`);
      const all = [...wrap.querySelectorAll('klar-principle-badge')];
      await Promise.all(all.map((b) => b.updateComplete));
      const right = wrap.getBoundingClientRect().right;
      for (const b of all) {
        expect(b.getBoundingClientRect().right, b.principle).to.be.at.most(right + 0.5);
        const p = root(b).querySelector('[part~="panel"], [part~="card"]')!;
        expect(p.getBoundingClientRect().right, `${b.principle} panel`).to.be.at.most(right + 0.5);
      }
      for (const c of wrap.querySelectorAll<HTMLElement>('.grid, .flex')) expect(c.scrollWidth).to.be.at.most(c.clientWidth + 1);
    });
  });

  describe('variants', () => {
    it('card shows icon, name, tagline and explanation without a disclosure, with an optional heading level', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="sammenhaeng" variant="card" heading-level="3"></klar-principle-badge>`);
      expectNone(trigger(el));
      expectNone(sr(el).querySelector('details, [aria-expanded]'));
      // A real h3 (not role="heading"), so reader views and outline tools find it.
      const heading = sr(el).querySelector('h3')!;
      expect(heading, 'an h3').to.exist;
      expect(heading.getAttribute('part')).to.equal('heading');
      expect(text(heading)).to.equal('Her lover vi: Sammenhæng');
      expectNone(sr(el).querySelector('[role="heading"]'));
      expect(sr(el).querySelector('[part="icon"]')).to.exist;
      expect(visibleText(el)).to.contain('Du skal ikke selv samle trådene').and.to.contain('Ingen sender dig bare videre.');
      const plain = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="sammenhaeng" variant="card"></klar-principle-badge>`);
      expectNone(sr(plain).querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'));
      expect(text(sr(plain).querySelector('[part="heading"]'))).to.equal('Her lover vi: Sammenhæng');
      // The shared clamp rule (src/core/heading.ts): a level outside 1–6, or not a number, is 2.
      for (const level of ['7', '-1', 'x']) {
        const odd = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="sammenhaeng" variant="card" heading-level=${level}></klar-principle-badge>`);
        expect(text(sr(odd).querySelector('h2')), `heading-level="${level}"`).to.equal('Her lover vi: Sammenhæng');
      }
    });

    it('icon-only has the principle as the accessible name and shows the name when opened', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" variant="icon-only"></klar-principle-badge>`);
      const t = trigger(el);
      expect(text(t)).to.equal('Her lover vi: Klar tale');
      expect(visibleText(el)).to.equal('');
      t.click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Klar tale').and.to.contain('Vi taler og skriver, så du forstår os');
    });

    // WCAG 2.5.5 (AAA) and the platforms' own guidance: 44 × 44 CSS px, so the chip is hit
    // with a thumb on an old phone. Measured as laid out, in every engine the suite runs.
    it('gives the disclosure trigger a target of at least 44 × 44 px in tag and icon-only, also with a small root font', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <p>Vores løfte: <klar-principle-badge principle="klar-tale"></klar-principle-badge></p>
        <p><klar-principle-badge principle="klar-tale" no-prefix></klar-principle-badge></p>
        <p><klar-principle-badge principle="oejenhoejde" show-tagline></klar-principle-badge></p>
        <p><klar-principle-badge principle="udvikling" variant="icon-only"></klar-principle-badge></p>
      </div>`);
      const badges = [...wrap.querySelectorAll<KlarPrincipleBadge>('klar-principle-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      const measure = (what: string) => {
        for (const b of badges) {
          const r = trigger(b).getBoundingClientRect();
          expect(r.height, `${what}: ${b.principle} ${b.variant} height`).to.be.at.least(44 - 0.01);
          expect(r.width, `${what}: ${b.principle} ${b.variant} width`).to.be.at.least(44 - 0.01);
        }
      };
      measure('16 px root');
      // Sites that set html { font-size: 62.5% } must not shrink the target below 44 px.
      document.documentElement.style.fontSize = '10px';
      try {
        measure('10 px root');
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('card shows the promise (the tagline) right under the name, in full text colour, with nothing to open', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelige-forventninger" variant="card"></klar-principle-badge>`);
      expectNone(sr(el).querySelector('button'));
      const tagline = sr(el).querySelector<HTMLElement>('[part="tagline"]')!;
      const explanation = sr(el).querySelector<HTMLElement>('[part="explanation"]')!;
      expect(text(tagline)).to.equal('Du ved, hvad der sker i din sag, og hvornår');
      for (const [what, node] of [['tagline', tagline], ['explanation', explanation]] as const) {
        const r = node.getBoundingClientRect();
        expect(r.height, `${what} is laid out`).to.be.greaterThan(0);
        expect(getComputedStyle(node).visibility, what).to.equal('visible');
      }
      // Read in this order: name, promise, what it means.
      const heading = sr(el).querySelector('[part="heading"]')!;
      expect(heading.compareDocumentPosition(tagline) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(tagline.compareDocumentPosition(explanation) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // The promise is not a grey subtitle: it has the card's text colour and weight.
      expect(getComputedStyle(tagline).color).to.equal(getComputedStyle(sr(el).querySelector('.klar-card')!).color);
      expect(Number(getComputedStyle(tagline).fontWeight)).to.be.at.least(600);
    });

    it('no-prefix hides "Her lover vi:"', async () => {
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" no-prefix></klar-principle-badge>`);
      expectNone(sr(el).querySelector('[part="prefix"]'));
      expect(text(trigger(el))).to.equal('Klar tale');
    });

    it('warns and falls back to tag for an unknown variant', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="klar-tale" variant="huge"></klar-principle-badge>`);
      expect(el.variant).to.equal('tag');
      expect(trigger(el)).to.exist;
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.equal('klar-elements: <klar-principle-badge> variant="huge" is unknown; using "tag". Valid: tag, card, icon-only.');
    });

    it('right-to-left: the panel starts at the inline start (right)', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="inline-size: 30rem">
        <klar-principle-badge principle="klar-tale" open></klar-principle-badge>
      </div>`);
      const el = wrap.querySelector('klar-principle-badge')!;
      await el.updateComplete;
      const w = wrap.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      expect(Math.abs(w.right - b.right)).to.be.lessThan(1);
      expect(getComputedStyle(panel(el)).direction).to.equal('rtl');
    });

    it('shows hostile text from a custom set as text', async () => {
      registerPrinciples('hostile', {
        x: { texts: { da: { name: '<img src=x onerror=alert(1)>', tagline: '"><script>alert(1)</script>', explanation: '</p><b>fed</b>' } } },
      });
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge set="hostile" principle="x" open show-tagline></klar-principle-badge>`);
      expectNone(sr(el).querySelector('img, script, b'));
      expect(text(sr(el).querySelector('[part="name"]'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('unknown principle', () => {
    it('renders nothing visible, warns exactly once naming the valid slugs, and does not throw', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge principle="tydelig-forventning" show-tagline>Slot-tekst</klar-principle-badge>`);
      el.requestUpdate();
      await el.updateComplete;
      el.variant = 'card';
      await el.updateComplete;
      expect(el.getBoundingClientRect().width * el.getBoundingClientRect().height).to.equal(0);
      expect(visibleText(el)).to.equal('');
      expectNone(sr(el).querySelector('button'));
      const calls = warn.getCalls().filter((c) => String(c.args[0]).includes('tydelig-forventning'));
      expect(calls).to.have.length(1);
      const message = String(calls[0].args[0]);
      for (const slug of PRINCIPLE_SLUGS) expect(message).to.contain(slug);
      expect(message).to.contain('klar-principle-badge');
    });

    it('treats a missing principle and an unknown set the same way', async () => {
      const warn = sinon.stub(console, 'warn');
      const a = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge></klar-principle-badge>`);
      const b = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge set="no-such-set" principle="klar-tale"></klar-principle-badge>`);
      expect(visibleText(a)).to.equal('');
      expect(visibleText(b)).to.equal('');
      const setWarning = warn.getCalls().find((c) => String(c.args[0]).includes('no-such-set'));
      expect(String(setWarning!.args[0])).to.contain('god-service');
    });
  });

  describe('principle sets', () => {
    it('shows a registered custom set, with language fallback, a custom icon and a built-in icon by slug', async () => {
      registerPrinciples('aarhus-service', {
        svar: {
          icon: svg`<circle cx="12" cy="12" r="8" class="custom-icon"/>`,
          texts: {
            da: { name: 'Svar til tiden', tagline: 'Du får svar, når vi har lovet det', explanation: 'Vi svarer inden fem dage.' },
            en: { name: 'Answers on time', tagline: 'You get an answer when we promised', explanation: 'We answer within five days.' },
          },
        },
        venlig: { icon: 'klar-tale', texts: { da: { name: 'Venlig tone' } } },
      });
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
        <klar-principle-badge set="aarhus-service" principle="svar" open></klar-principle-badge>
        <klar-principle-badge set="aarhus-service" principle="venlig"></klar-principle-badge>
      </div>`);
      const [a, b] = wrap.querySelectorAll('klar-principle-badge');
      await a.updateComplete;
      expect(text(sr(a).querySelector('[part="name"]'))).to.equal('Answers on time');
      expect(visibleText(a)).to.contain('We answer within five days.');
      expect(sr(a).querySelector('.custom-icon')).to.exist;
      expect(text(sr(b).querySelector('[part="name"]'))).to.equal('Venlig tone');
      expect(sr(b).querySelector('[part="name"]')!.getAttribute('lang')).to.equal('da');
      expect(sr(b).querySelector('[part="icon"]')!.innerHTML).to.contain('M4 4.5h16'); // the klar-tale bubble
    });

    it('re-renders badges already on the page when their set is registered or extended', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge set="late-set" principle="a"></klar-principle-badge>`);
      expect(visibleText(el)).to.equal('');
      registerPrinciples('late-set', { a: { texts: { da: { name: 'Sent men godt' } } } });
      await el.updateComplete;
      expect(text(trigger(el))).to.contain('Sent men godt');
      expect(sr(el).querySelector('[part="icon"]')!.innerHTML, 'no icon of its own: the promise shield').to.contain('M12 3 4.5 6v5.5');
      // Adding a language to the built-in set
      registerPrinciples(BUILT_IN_SET, { udvikling: { texts: { de: { name: 'Entwicklung' } } } });
      const de = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge lang="de" principle="udvikling"></klar-principle-badge>`);
      expect(text(sr(de).querySelector('[part="name"]'))).to.equal('Entwicklung');
      expect(sr(de).querySelector('[part="icon"]')!.innerHTML, 'a language added keeps the icon (the sprout)').to.contain('M12 21v-9');
      expect(warn.called).to.equal(true); // for the set that did not exist yet
    });

    it('takes the English texts of the built-in set from the English pack; a page’s own English wins field by field', async () => {
      await languagePending('en', WITH_EXPLANATIONS);
      expect(resolvePrinciple(BUILT_IN_SET, 'ydmyghed', 'en')).to.include({ name: 'Humility', tagline: principleTextsEn.ydmyghed.tagline, lang: 'en' });
      registerPrinciples(BUILT_IN_SET, { ydmyghed: { texts: { en: { name: 'Modesty' } } } });
      const p = resolvePrinciple(BUILT_IN_SET, 'ydmyghed', 'en-GB')!;
      expect([p.name, p.tagline, p.explanation, p.lang]).to.deep.equal(['Modesty', principleTextsEn.ydmyghed.tagline, principleExplanationsEn['principles.ydmyghed.explanation'], 'en']);
      // Another set gets nothing from the pack: its texts are its own.
      registerPrinciples('own-set', { ydmyghed: { texts: { da: { name: 'Ydmyg' } } } });
      expect(resolvePrinciple('own-set', 'ydmyghed', 'en')).to.include({ name: 'Ydmyg', lang: 'da' });
    });

    it('warns about and skips malformed definitions without throwing', () => {
      const warn = sinon.stub(console, 'warn');
      expect(() => registerPrinciples('', {})).not.to.throw();
      expect(() => registerPrinciples('bad', { a: {} as never, b: { texts: { da: { name: '' } } } })).not.to.throw();
      expect(resolvePrinciple('bad', 'a', 'da')).to.equal(undefined);
      expect(resolvePrinciple('bad', 'b', 'da')).to.equal(undefined);
      expect(warn.callCount).to.equal(3);
    });

    it('ships the Copenhagen trust set as an opt-in set', async () => {
      registerCopenhagenTrustPrinciples();
      const el = await fixture<KlarPrincipleBadge>(html`<klar-principle-badge set=${COPENHAGEN_TRUST_SET} principle="dialog-og-laering" variant="card"></klar-principle-badge>`);
      expect(text(sr(el).querySelector('[part="name"]'))).to.equal('Dialog og læring');
      expect(visibleText(el)).to.contain('Dit svar hjælper os til at blive bedre.');
    });
  });
});
