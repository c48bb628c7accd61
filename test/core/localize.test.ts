import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LitElement } from 'lit';
import { LocalizeController, mergeCatalogs, registerTranslation } from '../../src/core/localize.js';
// Messages and formatting, which need no DOM tree, are in localize-format.test.ts (also run in Node).
import { coreMessages } from '../../src/translations/core.js';
import { catalog, zoneName } from './localize-catalog.js';


class CoreL10nTest extends LitElement {
  // The shared messages every element carries (dateTime's "kl."/"at" among them), then this test's own.
  l10n = new LocalizeController(this, mergeCatalogs(coreMessages, catalog));
  timeZone?: string;
  override render() {
    return html`<p>${this.l10n.t('hello', { name: 'Ada' })}</p>`;
  }
}
customElements.define('core-l10n-test', CoreL10nTest);

/** Puts its children in a shadow root, inside a `<div lang=…>` when `inner-lang` is set. */
class CoreL10nShadowWrap extends LitElement {
  override render() {
    const inner = this.getAttribute('inner-lang');
    return inner ? html`<div lang=${inner}><core-l10n-test></core-l10n-test></div>` : html`<core-l10n-test></core-l10n-test>`;
  }
}
customElements.define('core-l10n-shadow-wrap', CoreL10nShadowWrap);

/**
 * Renders a plain wrapper and waits for the test element inside it. (`fixture` waits for an
 * animation frame when the root is not a Lit element, and a background tab gets none.)
 */
async function mount(t: TemplateResult): Promise<{ wrap: HTMLElement; el: CoreL10nTest }> {
  const wrap = fixtureSync<HTMLElement>(t);
  const el = wrap.querySelector<CoreL10nTest>('core-l10n-test')!;
  await el.updateComplete;
  return { wrap, el };
}

const text = (el: CoreL10nTest) => el.shadowRoot!.querySelector('p')!.textContent;
/** Lets the MutationObserver deliver, then waits for the element to render. */
async function settle(el: LitElement): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('core/localize', () => {
  let htmlLang: string | null;
  let htmlDir: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    htmlDir = document.documentElement.getAttribute('dir');
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    if (htmlDir === null) document.documentElement.removeAttribute('dir');
    else document.documentElement.setAttribute('dir', htmlDir);
  });

  describe('language', () => {
    it('is Danish when nothing says otherwise', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test></core-l10n-test>`);
      expect(el.l10n.lang).to.equal('da');
      expect(text(el)).to.equal('Hej Ada');
    });

    it("comes from the element's own lang", async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="en"></core-l10n-test>`);
      expect(el.l10n.lang).to.equal('en');
      expect(text(el)).to.equal('Hello Ada');
    });

    it('comes from an ancestor', async () => {
      const { el } = await mount(html`<section lang="EN-gb"><div><core-l10n-test></core-l10n-test></div></section>`);
      expect(el.l10n.lang).to.equal('en-gb');
      expect(text(el)).to.equal('Hello Ada');
    });

    it('prefers the closest lang', async () => {
      const { el } = await mount(html`<div lang="en"><div lang="da"><core-l10n-test></core-l10n-test></div></div>`);
      expect(text(el)).to.equal('Hej Ada');
    });

    it('comes from <html lang>', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test></core-l10n-test>`);
      expect(text(el)).to.equal('Hello Ada');
    });

    it('crosses a shadow root boundary from the host', async () => {
      const wrap = await fixture<CoreL10nShadowWrap>(html`<core-l10n-shadow-wrap lang="en"></core-l10n-shadow-wrap>`);
      const el = wrap.shadowRoot!.querySelector<CoreL10nTest>('core-l10n-test')!;
      await el.updateComplete;
      expect(el.l10n.lang).to.equal('en');
      expect(text(el)).to.equal('Hello Ada');
    });

    it('uses a lang inside the shadow root before the one outside it', async () => {
      const wrap = await fixture<CoreL10nShadowWrap>(html`<core-l10n-shadow-wrap lang="da" inner-lang="en"></core-l10n-shadow-wrap>`);
      const el = wrap.shadowRoot!.querySelector<CoreL10nTest>('core-l10n-test')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Hello Ada');
    });

    it('switches live when <html lang> changes', async () => {
      document.documentElement.setAttribute('lang', 'da');
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test></core-l10n-test>`);
      expect(text(el)).to.equal('Hej Ada');
      document.documentElement.setAttribute('lang', 'en');
      await settle(el);
      expect(text(el)).to.equal('Hello Ada');
      document.documentElement.setAttribute('lang', 'da');
      await settle(el);
      expect(text(el)).to.equal('Hej Ada');
    });

    it("switches live when an ancestor's or its own lang changes", async () => {
      const { wrap, el } = await mount(html`<div lang="da"><core-l10n-test></core-l10n-test></div>`);
      wrap.setAttribute('lang', 'en');
      await settle(el);
      expect(text(el)).to.equal('Hello Ada');
      el.setAttribute('lang', 'da');
      await settle(el);
      expect(text(el)).to.equal('Hej Ada');
    });

    it('switches live when a lang inside a shadow root changes', async () => {
      const wrap = await fixture<CoreL10nShadowWrap>(html`<core-l10n-shadow-wrap inner-lang="da"></core-l10n-shadow-wrap>`);
      const el = wrap.shadowRoot!.querySelector<CoreL10nTest>('core-l10n-test')!;
      await el.updateComplete;
      expect(text(el)).to.equal('Hej Ada');
      wrap.shadowRoot!.querySelector('div')!.setAttribute('lang', 'en');
      await settle(el);
      expect(text(el)).to.equal('Hello Ada');
    });

    it('speaks Danish for a language it has no texts in: its texts, dates, direction and lang', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="fr"></core-l10n-test>`);
      expect(el.l10n.lang).to.equal('da');
      expect(text(el)).to.equal('Hej Ada');
      expect(el.l10n.date('2027-01-08')).to.equal('8. januar 2027');
      const he = await fixture<CoreL10nTest>(html`<core-l10n-test lang="he"></core-l10n-test>`);
      expect([he.l10n.lang, he.l10n.dir, he.l10n.duration('P12W')]).to.deep.equal(['da', 'ltr', '12 uger']);
    });
  });

  describe('registerTranslation', () => {
    it('adds a language, falling back to Danish then English for what it lacks', async () => {
      registerTranslation('uk', { hello: 'Привіт, {name}', 'in.both': 'Український текст' });
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="uk"></core-l10n-test>`);
      expect(text(el)).to.equal('Привіт, Ada');
      expect(el.l10n.t('in.both')).to.equal('Український текст');
      expect(el.l10n.t('only.da')).to.equal('Kun på dansk');
      expect(el.l10n.t('only.en')).to.equal('Only in English');
      expect(el.l10n.dir).to.equal('ltr');
    });

    it('adds a right-to-left language', async () => {
      registerTranslation('AR', { hello: 'مرحبا {name}' });
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="ar"></core-l10n-test>`);
      expect(text(el)).to.equal('مرحبا Ada');
      expect(el.l10n.dir).to.equal('rtl');
    });

    it('overrides one message and re-renders elements on the page', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="en"></core-l10n-test>`);
      expect(el.l10n.t('override.me')).to.equal('Original English');
      registerTranslation('en', { 'override.me': 'Overridden' });
      registerTranslation('en', { hello: 'Hi {name}' });
      await el.updateComplete;
      expect(text(el)).to.equal('Hi Ada');
      expect(el.l10n.t('override.me')).to.equal('Overridden');
      expect(el.l10n.t('in.both')).to.equal('English text');
      el.setAttribute('lang', 'da');
      expect(el.l10n.t('override.me')).to.equal('Original dansk');
      // Put the greeting back for the tests after this one.
      registerTranslation('en', { hello: 'Hello {name}' });
    });
  });

  describe('direction', () => {
    // The direction of a language the element has texts in (Danish texts are left to right anywhere).
    before(() => {
      for (const lang of ['he', 'fa', 'ur', 'syr']) registerTranslation(lang, { hello: '…' });
    });
    for (const [lang, dir] of [
      ['da', 'ltr'],
      ['en', 'ltr'],
      ['ar', 'rtl'],
      ['ar-EG', 'rtl'],
      ['he', 'rtl'],
      ['fa', 'rtl'],
      ['ur', 'rtl'],
      ['syr', 'rtl'],
    ] as const) {
      it(`is ${dir} for ${lang}`, async () => {
        const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang=${lang}></core-l10n-test>`);
        expect(el.l10n.dir).to.equal(dir);
      });
    }

    it('follows the closest dir before the language', async () => {
      expect((await mount(html`<div dir="rtl"><core-l10n-test lang="en"></core-l10n-test></div>`)).el.l10n.dir).to.equal('rtl');
      expect((await mount(html`<div dir="ltr"><core-l10n-test lang="ar"></core-l10n-test></div>`)).el.l10n.dir).to.equal('ltr');
      expect((await mount(html`<div dir="auto"><core-l10n-test lang="ar"></core-l10n-test></div>`)).el.l10n.dir).to.equal('rtl');
    });

    it('is the direction of the texts shown when they fell back to Danish, not the page\'s', async () => {
      // <html lang="ar" dir="rtl"> without Arabic texts read ".Det tager længere tid …" right to left.
      const { el } = await mount(html`<div dir="rtl" lang="ps"><core-l10n-test></core-l10n-test></div>`);
      expect(el.l10n.lang).to.equal('da');
      expect(el.l10n.dir).to.equal('ltr');
    });

    it('follows <html dir>', async () => {
      document.documentElement.setAttribute('dir', 'rtl');
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="da"></core-l10n-test>`);
      expect(el.l10n.dir).to.equal('rtl');
    });
  });

  describe("a clock time says its zone when the citizen's clock shows another time", () => {
    // The browser's clock is Denmark's (the test runner sets it: test/helpers/engines.js); a citizen
    // abroad is test/e2e/test-demo.e2e.js (a page emulating Bangkok's and Berlin's clocks).
    const at = '2026-12-06T13:32:00.000Z'; // 14:32 in Copenhagen and Berlin, 13:32 in the Faroe Islands
    it('is the browser clock this suite assumes', () => {
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Copenhagen');
    });

    it('a Danish time stands alone for a citizen in Denmark', async () => {
      const { el } = await mount(html`<div lang="da"><core-l10n-test></core-l10n-test></div>`);
      expect(el.l10n.time(at)).to.equal('14:32');
      expect(el.l10n.dateTime(at)).to.equal('6. december 2026 kl. 14:32');
    });

    it('a page for the Faroe Islands names its zone, in the language of the text; a zone with the same clock does not', async () => {
      for (const lang of ['da', 'en']) {
        const { el } = await mount(html`<div lang=${lang}><core-l10n-test></core-l10n-test></div>`);
        el.timeZone = 'Atlantic/Faroe';
        const name = zoneName(el.l10n.intlLang, 'Atlantic/Faroe', new Date(at))!;
        expect(name, 'the browser names the zone').to.match(/\S/);
        expect(el.l10n.time(at)).to.equal(`13:32 (${name})`);
        expect(el.l10n.dateTime(at)).to.equal(el.l10n.t('dateTime', { date: el.l10n.date(at), time: `13:32 (${name})` }));
        el.timeZone = 'Europe/Berlin';
        expect(el.l10n.time(at), 'Berlin shows the same hour as Copenhagen').to.equal('14:32');
      }
    });
  });
});
