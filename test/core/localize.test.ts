import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LitElement } from 'lit';
import { LocalizeController, mergeCatalogs, registerTranslation, type Catalog } from '../../src/core/localize.js';
import { coreMessages } from '../../src/translations/core.js';

const catalog: Catalog = {
  da: {
    hello: 'Hej {name}',
    'only.da': 'Kun på dansk',
    'in.both': 'Dansk tekst',
    count: (p) => (p.n === 1 ? '1 sag' : `${p.n} sager`),
    'override.me': 'Original dansk',
    'unknown.param': 'Sag {toString} {constructor}',
  },
  en: {
    hello: 'Hello {name}',
    'only.en': 'Only in English',
    'in.both': 'English text',
    count: (p) => (p.n === 1 ? '1 case' : `${p.n} cases`),
    'override.me': 'Original English',
  },
};

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

    it('falls back to Danish for a language it does not know', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="fr"></core-l10n-test>`);
      expect(el.l10n.lang).to.equal('fr');
      expect(text(el)).to.equal('Hej Ada');
    });
  });

  describe('messages', () => {
    it('fills placeholders and calls message functions', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="en"></core-l10n-test>`);
      expect(el.l10n.t('count', { n: 1 })).to.equal('1 case');
      expect(el.l10n.t('count', { n: 3 })).to.equal('3 cases');
      expect(el.l10n.t('hello', { name: '<b>Ada</b>' })).to.equal('Hello <b>Ada</b>');
    });

    it('leaves a placeholder without a parameter as written, also one named like an Object method', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test></core-l10n-test>`);
      expect(el.l10n.t('hello')).to.equal('Hej {name}');
      expect(el.l10n.t('unknown.param', {})).to.equal('Sag {toString} {constructor}');
    });

    it('falls back to Danish, then English, for a missing message', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="en"></core-l10n-test>`);
      expect(el.l10n.t('only.da')).to.equal('Kun på dansk');
      el.setAttribute('lang', 'de');
      expect(el.l10n.t('only.en')).to.equal('Only in English');
      expect(el.l10n.t('in.both')).to.equal('Dansk tekst');
      el.setAttribute('lang', 'en-GB');
      expect(el.l10n.t('in.both')).to.equal('English text');
    });

    it('never shows the key: a message missing everywhere is empty and warned about once', async () => {
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="en"></core-l10n-test>`);
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(el.l10n.t('no.such.key')).to.equal('');
        expect(el.l10n.t('no.such.key')).to.equal('');
        expect(el.l10n.t('toString')).to.equal('');
        expect(el.l10n.t('__proto__')).to.equal('');
      } finally {
        console.warn = original;
      }
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        'klar-elements: no message for "no.such.key" in any language.',
        'klar-elements: no message for "toString" in any language.',
        'klar-elements: no message for "__proto__" in any language.',
      ]);
    });

    it('merges catalogs language by language, later ones winning', () => {
      expect(mergeCatalogs({ da: { a: '1', b: '2' }, en: { a: 'one' } }, { da: { b: 'to' }, uk: { a: 'один' } })).to.deep.equal({
        da: { a: '1', b: 'to' },
        en: { a: 'one' },
        uk: { a: 'один' },
      });
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

    it('follows <html dir>', async () => {
      document.documentElement.setAttribute('dir', 'rtl');
      const el = await fixture<CoreL10nTest>(html`<core-l10n-test lang="da"></core-l10n-test>`);
      expect(el.l10n.dir).to.equal('rtl');
    });
  });

  describe('formatting', () => {
    async function make(lang: string): Promise<CoreL10nTest> {
      return fixture<CoreL10nTest>(html`<core-l10n-test lang=${lang}></core-l10n-test>`);
    }

    it('formats dates', async () => {
      const da = await make('da');
      const en = await make('en');
      expect(da.l10n.date('2026-12-01')).to.equal('1. december 2026');
      expect(en.l10n.date('2026-12-01')).to.equal('1 December 2026');
      // 00:30 summer time on 30 March in Copenhagen.
      expect(da.l10n.date('2026-03-29T22:30:00.000Z')).to.equal('30. marts 2026');
      expect(da.l10n.date(new Date('2026-03-29T21:30:00.000Z'))).to.equal('29. marts 2026');
      expect(da.l10n.date('not a date')).to.equal('');
    });

    it('formats plain English the European way, and a page that asks for en-US the US way', async () => {
      const en = await make('en');
      const us = await make('en-US');
      expect(en.l10n.intlLang).to.equal('en-GB');
      expect(en.l10n.date('2026-12-01')).to.equal('1 December 2026');
      expect(us.l10n.date('2026-12-01')).to.equal('December 1, 2026');
      // The clock reads the same in every language.
      expect(us.l10n.time('2026-01-01T13:05:00.000Z')).to.equal('14:05');
    });

    it('formats date ranges compactly, in either order', async () => {
      const da = await make('da');
      const en = await make('en');
      expect(da.l10n.dateRange('2026-12-01', '2026-12-15')).to.equal('1.–15. december 2026');
      // ICU versions differ on spaces around the dash (Chromium and Firefox "1 – 15", WebKit "1–15").
      expect(en.l10n.dateRange('2026-12-01', '2026-12-15')).to.match(/^1\s*–\s*15 December 2026$/);
      expect(da.l10n.dateRange('2026-12-15', '2026-12-01')).to.equal('1.–15. december 2026');
      expect(da.l10n.dateRange('2026-11-28', '2026-12-03')).to.equal('28. november–3. december 2026');
    });

    it("formats every kind of range exactly as the browser's formatRange does", async () => {
      // dateRange fills a layout learnt once per (language, zone, options, fields that differ):
      // it must give the very string Intl.DateTimeFormat#formatRange gives, in any language,
      // for days and for clock times, across month and year ends and daylight-saving changes.
      const DAY = 86_400_000;
      const starts = [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 10, 28, 9, 15), Date.UTC(2026, 11, 31, 22, 59)];
      const gaps = [0, 3_600_000, DAY / 2, DAY, 6 * DAY, 30 * DAY, 95 * DAY, 400 * DAY];
      const optionSets: Intl.DateTimeFormatOptions[] = [
        { day: 'numeric', month: 'long', year: 'numeric' },
        { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
        { day: 'numeric', month: 'short' },
      ];
      let compared = 0;
      for (const lang of ['da', 'en', 'en-US', 'de', 'fi', 'ar', 'ja', 'ru', 'fr']) {
        const el = await make(lang);
        for (const timeZone of ['Europe/Copenhagen', 'America/New_York']) {
          el.timeZone = timeZone;
          for (const options of optionSets) {
            const intl = new Intl.DateTimeFormat(el.l10n.intlLang, { ...options, timeZone });
            for (const a of starts) {
              for (const gap of gaps) {
                // Twice each: the first call learns the layout, the second uses it.
                for (let i = 0; i < 2; i++) {
                  const from = new Date(a + i * 7 * DAY);
                  const to = new Date(a + i * 7 * DAY + gap);
                  expect(el.l10n.dateRange(from, to, options), `${lang} ${timeZone} ${JSON.stringify(options)} ${from.toISOString()}–${to.toISOString()}`).to.equal(
                    intl.formatRange(from, to),
                  );
                  compared++;
                }
              }
            }
          }
        }
      }
      expect(compared).to.equal(9 * 2 * 3 * 4 * 8 * 2);
    });

    it('formats clock times and date-times in Copenhagen time', async () => {
      const da = await make('da');
      const en = await make('en');
      expect(da.l10n.time('2026-07-01T10:05:00.000Z')).to.equal('12:05');
      expect(en.l10n.time('2026-01-01T10:05:00.000Z')).to.equal('11:05');
      expect(da.l10n.dateTime('2026-07-01T10:05:00.000Z')).to.equal('1. juli 2026 kl. 12:05');
      expect(en.l10n.dateTime('2026-07-01T10:05:00.000Z')).to.equal('1 July 2026 at 12:05');
      expect(da.l10n.time('not a date')).to.equal('');
      expect(da.l10n.dateTime('not a date')).to.equal('');
    });

    it("uses the host's time zone when it has one", async () => {
      const en = await make('en');
      en.timeZone = 'America/New_York';
      expect(en.l10n.timeZone).to.equal('America/New_York');
      expect(en.l10n.time('2026-01-01T10:05:00.000Z')).to.equal('05:05');
      expect(en.l10n.date('2026-01-01T03:00:00.000Z')).to.equal('31 December 2025');
    });

    it('says how far away a day is', async () => {
      const da = await make('da');
      const en = await make('en');
      const now = new Date('2026-03-01T12:00:00Z');
      expect(da.l10n.relative('2026-03-01', now)).to.equal('i dag');
      expect(en.l10n.relative('2026-03-01', now)).to.equal('today');
      expect(da.l10n.relative('2026-03-02', now)).to.equal('i morgen');
      expect(en.l10n.relative('2026-02-28', now)).to.equal('yesterday');
      expect(da.l10n.relative('2026-03-06', now)).to.equal('om 5 dage');
      expect(en.l10n.relative('2026-03-06', now)).to.equal('in 5 days');
      expect(da.l10n.relative('2026-03-22', now)).to.equal('om 3 uger');
      expect(en.l10n.relative('2026-03-22', now)).to.equal('in 3 weeks');
      expect(da.l10n.relative('2026-02-15', now)).to.equal('for 2 uger siden');
      expect(en.l10n.relative('2026-02-15', now)).to.equal('2 weeks ago');
      expect(en.l10n.relative('2026-06-01', now)).to.equal('in 3 months');
      expect(en.l10n.relative('2029-03-01', now)).to.equal('in 3 years');
    });

    it('counts calendar days in Copenhagen, also across a daylight-saving change', async () => {
      const da = await make('da');
      // 00:30 on 29 March in Copenhagen (still winter time).
      expect(da.l10n.relative('2026-03-29', new Date('2026-03-28T23:30:00Z'))).to.equal('i dag');
      // 23:30 on 29 March in Copenhagen (summer time): the 23-hour day is still "today".
      expect(da.l10n.relative('2026-03-29', new Date('2026-03-29T21:30:00Z'))).to.equal('i dag');
      expect(da.l10n.relative('2026-03-30', new Date('2026-03-29T21:30:00Z'))).to.equal('i morgen');
      expect(da.l10n.relative('2026-10-26', new Date('2026-10-25T22:30:00Z'))).to.equal('i morgen');
    });

    it('shows nothing rather than throwing for an unreadable date', async () => {
      const da = await make('da');
      expect(da.l10n.date('i morgen')).to.equal('');
      expect(da.l10n.relative('i morgen', new Date('2026-03-01T12:00:00Z'))).to.equal('');
      expect(da.l10n.relative('2026-03-01', new Date(NaN))).to.equal('');
      expect(da.l10n.dateRange('i morgen', '2026-12-15')).to.equal('15. december 2026');
      expect(da.l10n.dateRange('2026-12-01', 'snart')).to.equal('1. december 2026');
      expect(da.l10n.dateRange('nu', 'snart')).to.equal('');
    });

    it('says durations in words', async () => {
      const da = await make('da');
      const en = await make('en');
      expect(da.l10n.duration('P8W')).to.equal('8 uger');
      expect(en.l10n.duration('P8W')).to.equal('8 weeks');
      expect(da.l10n.duration('P1W')).to.equal('1 uge');
      expect(en.l10n.duration('P1W')).to.equal('1 week');
      expect(da.l10n.duration('P1M15D')).to.equal('1 måned og 15 dage');
      expect(en.l10n.duration('P1M15D')).to.equal('1 month and 15 days');
      expect(en.l10n.duration('PT36H')).to.equal('36 hours');
      expect(da.l10n.duration('P1Y2M3D')).to.equal('1 år, 2 måneder og 3 dage');
      expect(da.l10n.duration('otte uger')).to.equal('');
    });

    it('formats lists and numbers in the language', async () => {
      const da = await make('da');
      const en = await make('en');
      expect(da.l10n.list(['a', 'b', 'c'])).to.equal('a, b og c');
      expect(en.l10n.list(['a', 'b', 'c'])).to.equal('a, b and c');
      expect(da.l10n.number(1234.5)).to.equal('1.234,5');
      expect(en.l10n.number(1234.5)).to.equal('1,234.5');
    });

    it('formats British English the British way', async () => {
      const gb = await make('en-GB');
      expect(gb.l10n.date('2026-12-01')).to.equal('1 December 2026');
      // ICU versions differ on the spaces around the dash (Chromium '1 – 15', WebKit '1–15').
      expect(gb.l10n.dateRange('2026-12-01', '2026-12-15').replace(/\s*–\s*/, '–')).to.equal('1–15 December 2026');
      expect(gb.l10n.time('2026-01-01T10:05:00.000Z')).to.equal('11:05');
    });

    it('formats in Danish for a language the browser cannot format', async () => {
      const el = await make('x-klingon');
      expect(el.l10n.intlLang).to.equal('da');
      expect(el.l10n.date('2026-12-01')).to.equal('1. december 2026');
    });
  });
});
