// LocalizeController's messages and formatting, on a host with no DOM tree around it (as under
// server rendering, where only the host's own lang attribute counts). Runs in the browser and,
// for mutation testing, in Node (.mocharc.json). Language and direction from the page's tree
// are tested on real elements in localize.test.ts.
import { expect } from '@open-wc/testing';
import { isServer } from 'lit';
import { DATE_LONG, LocalizeController, languagePending, mergeCatalogs, registerTranslation } from '../../src/core/localize.js';
import { coreMessages } from '../../src/translations/core.js';
import { catalog, zoneName } from './localize-catalog.js';

type Host = ConstructorParameters<typeof LocalizeController>[0];

/** A controller on a bare host: its attributes and time zone can be changed between calls. */
function make(lang?: string) {
  const attrs: Record<string, string> = lang === undefined ? {} : { lang };
  const host = {
    attrs,
    timeZone: undefined as string | undefined,
    updates: 0,
    controllers: [] as unknown[],
    getAttribute: (name: string) => attrs[name] ?? null,
    addController(c: unknown) {
      host.controllers.push(c);
    },
    requestUpdate() {
      host.updates++;
    },
  };
  const l10n = new LocalizeController(host as unknown as Host, mergeCatalogs(coreMessages, catalog));
  return Object.assign(host, { l10n });
}

// The English texts are a language pack a KlarElement waits for before it draws; a bare host
// has no update cycle to wait in, so the pack is loaded once here, as server rendering does.
before(async () => {
  await languagePending('en');
});

let tags = 0;
const run = Math.random().toString(36).slice(2, 6);
/**
 * `lang` with a private-use subtag never used before ('da-x-k3f90'): formats as `lang` does, but
 * nothing is cached for it yet (languages, directions, formatters and range layouts are cached
 * per language), so a call takes the path a page's first render takes.
 */
const fresh = (lang: string) => `${lang}-x-${run}${(tags++).toString(36)}`;
/** `fresh(lang)` with texts registered for it: a language the element speaks, so it formats in it. */
const spoken = (lang: string) => {
  const tag = fresh(lang);
  registerTranslation(tag, {});
  return tag;
};

describe('core/localize without a DOM tree', () => {
  describe('the host alone', () => {
    it('takes the language from its own lang attribute, trimmed and lower case, else Danish', () => {
      expect(make().l10n.lang).to.equal('da');
      expect(make(' EN-GB ').l10n.lang).to.equal('en-gb');
      expect(make('   ').l10n.lang).to.equal('da');
      expect(make('').l10n.lang).to.equal('da');
    });

    it('gives the direction from its dir attribute, else from the language it speaks', () => {
      // Danish texts on an Arabic page (no Arabic texts): left to right.
      expect(make('ar').l10n.dir).to.equal('ltr');
      for (const lang of ['ar', 'he', 'pa', 'ur']) registerTranslation(lang, {});
      const el = make('ar');
      expect(el.l10n.dir).to.equal('rtl');
      el.attrs.dir = 'ltr';
      expect(el.l10n.dir).to.equal('ltr');
      el.attrs.dir = 'auto';
      expect(el.l10n.dir).to.equal('rtl');
      expect(make('he-IL').l10n.dir).to.equal('rtl');
      expect(make('en').l10n.dir).to.equal('ltr');
      const da = make('da');
      da.attrs.dir = 'rtl';
      expect(da.l10n.dir).to.equal('rtl');
      // Not in the list of right-to-left languages: the script Intl reports decides.
      expect(make('pa-Arab').l10n.dir).to.equal('rtl');
      const pa = make(spoken('pa-Arab'));
      expect([pa.l10n.dir, pa.l10n.dir], 'the first time and from the cache').to.deep.equal(['rtl', 'rtl']);
      expect(make(spoken('ur')).l10n.dir).to.equal('rtl');
      expect(make(spoken('pa')).l10n.dir).to.equal('ltr');
      expect(make('pa').l10n.dir).to.equal('ltr');
      // Not a language tag at all: left to right, no exception.
      expect(make('not a tag!').l10n.dir).to.equal('ltr');
    });

    it('formats in the language of its texts when Intl knows it, British for plain English, else Danish', () => {
      expect(make('en').l10n.intlLang).to.equal('en-GB');
      expect(make('EN').l10n.intlLang).to.equal('en-GB');
      expect(make('en-us').l10n.intlLang).to.equal('en-us');
      expect(make('da-DK').l10n.intlLang).to.equal('da-dk');
      // No German texts: Danish sentences get Danish dates, not "8. Januar 2027".
      expect(make('de').l10n.intlLang).to.equal('da');
      expect(make('sv').l10n.date('2027-01-08')).to.equal('8. januar 2027');
      const de = spoken('de');
      expect([make(de).l10n.intlLang, make(de).l10n.intlLang]).to.deep.equal([de, de]);
      registerTranslation('not a tag!', {});
      expect(make('not a tag!').l10n.intlLang).to.equal('da');
      expect(make().l10n.timeZone).to.equal('Europe/Copenhagen');
    });

    it('registers itself with its host, and re-renders connected hosts when a translation is added', () => {
      const on = make('en');
      const off = make('en');
      expect(on.controllers).to.deep.equal([on.l10n]);
      on.l10n.hostConnected();
      off.l10n.hostConnected();
      off.l10n.hostDisconnected();
      const [a, b] = [on.updates, off.updates];
      registerTranslation('en', { 'registered.here': 'Added' });
      expect(on.updates).to.equal(a + 1);
      expect(off.updates).to.equal(b);
      expect(on.l10n.t('registered.here')).to.equal('Added');
      expect(make('EN-GB').l10n.t('registered.here')).to.equal('Added');
      registerTranslation('EN', { 'registered.here': 'Changed', 'registered.two': 'Two' });
      expect(on.l10n.t('registered.here')).to.equal('Changed');
      expect(on.l10n.t('registered.two')).to.equal('Two');
      on.l10n.hostDisconnected();
    });
  });

  describe('a render', () => {
    it('reads the language once per update: a change during it shows from the next one', () => {
      const el = make('en');
      el.l10n.hostUpdate();
      el.attrs.lang = 'da';
      expect(el.l10n.lang).to.equal('en');
      expect(el.l10n.t('in.both')).to.equal('English text');
      el.l10n.hostUpdated();
      expect(el.l10n.lang).to.equal('da');
      el.l10n.hostUpdate();
      el.attrs.lang = 'en-us';
      el.l10n.hostDisconnected();
      expect(el.l10n.lang, 'nor does a disconnected host keep it').to.equal('en-us');
    });

    it('is Danish and left to right on a host with no attributes at all', () => {
      const host = { addController() {}, requestUpdate() {} };
      const l10n = new LocalizeController(host as unknown as Host, catalog);
      expect([l10n.lang, l10n.dir, l10n.t('hello', { name: 'Ada' })]).to.deep.equal(['da', 'ltr', 'Hej Ada']);
    });
  });

  describe('messages', () => {
    it('keeps the messages registered before when more are registered for the language', () => {
      const lang = fresh('da');
      registerTranslation(lang, { 'first.one': 'Først' });
      registerTranslation(lang.toUpperCase(), { 'second.one': 'Så' });
      const el = make(lang);
      expect([el.l10n.t('first.one'), el.l10n.t('second.one')]).to.deep.equal(['Først', 'Så']);
    });

    it('fills placeholders and calls message functions', () => {
      const el = make('en');
      expect(el.l10n.t('count', { n: 1 })).to.equal('1 case');
      expect(el.l10n.t('count', { n: 3 })).to.equal('3 cases');
      expect(el.l10n.t('hello', { name: '<b>Ada</b>' })).to.equal('Hello <b>Ada</b>');
    });

    it('leaves a placeholder without a parameter as written, also one named like an Object method', () => {
      const el = make();
      expect(el.l10n.t('hello')).to.equal('Hej {name}');
      expect(el.l10n.t('unknown.param', {})).to.equal('Sag {toString} {constructor}');
    });

    it('falls back to Danish, then English, for a missing message', () => {
      const el = make('en');
      expect(el.l10n.t('only.da')).to.equal('Kun på dansk');
      el.attrs.lang = 'de';
      expect(el.l10n.t('only.en')).to.equal('Only in English');
      expect(el.l10n.t('in.both')).to.equal('Dansk tekst');
      el.attrs.lang = 'en-GB';
      expect(el.l10n.t('in.both')).to.equal('English text');
    });

    it('never shows the key: a message missing everywhere is empty and warned about once', () => {
      const el = make('en');
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

  describe('formatting', () => {
    it('formats dates', () => {
      const da = make('da');
      const en = make('en');
      expect(da.l10n.date('2026-12-01')).to.equal('1. december 2026');
      expect(en.l10n.date('2026-12-01')).to.equal('1 December 2026');
      // 00:30 summer time on 30 March in Copenhagen.
      expect(da.l10n.date('2026-03-29T22:30:00.000Z')).to.equal('30. marts 2026');
      expect(da.l10n.date(new Date('2026-03-29T21:30:00.000Z'))).to.equal('29. marts 2026');
      expect(da.l10n.date('not a date')).to.equal('');
    });

    it('formats plain English the European way, and a page that asks for en-US the US way', () => {
      const en = make('en');
      const us = make('en-US');
      expect(en.l10n.intlLang).to.equal('en-GB');
      expect(en.l10n.date('2026-12-01')).to.equal('1 December 2026');
      expect(us.l10n.date('2026-12-01')).to.equal('December 1, 2026');
      // The clock reads the same in every language.
      expect(us.l10n.time('2026-01-01T13:05:00.000Z')).to.equal('14:05');
    });

    it('formats date ranges compactly, in either order', () => {
      const da = make('da');
      const en = make('en');
      expect(da.l10n.dateRange('2026-12-01', '2026-12-15')).to.equal('1.–15. december 2026');
      // ICU versions differ on spaces around the dash (Chromium and Firefox "1 – 15", WebKit "1–15").
      expect(en.l10n.dateRange('2026-12-01', '2026-12-15')).to.match(/^1\s*–\s*15 December 2026$/);
      expect(da.l10n.dateRange('2026-12-15', '2026-12-01')).to.equal('1.–15. december 2026');
      expect(da.l10n.dateRange('2026-11-28', '2026-12-03')).to.equal('28. november–3. december 2026');
      // With clock times too: the earlier end first.
      const withTime: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
      const forward = da.l10n.dateRange('2026-12-01T09:00:00Z', '2026-12-15T10:30:00Z', withTime);
      expect(forward).to.match(/^1\. december.*10\.00.*15\. december.*11\.30$/);
      expect(da.l10n.dateRange('2026-12-15T10:30:00Z', '2026-12-01T09:00:00Z', withTime)).to.equal(forward);
    });

    it("formats every kind of range exactly as the browser's formatRange does", () => {
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
        // A language new to the caches: the first call of each kind learns a layout.
        const el = make(spoken(lang));
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
                  // A clock time in New York, read in a browser whose clock is Denmark's (the test
                  // runner's), names its zone after it; in Node (a server render) there is no citizen's clock.
                  const zone = !isServer && options.hour && timeZone === 'America/New_York' ? ` (${zoneName(el.l10n.intlLang, timeZone, from)})` : '';
                  expect(el.l10n.dateRange(from, to, options), `${lang} ${timeZone} ${JSON.stringify(options)} ${from.toISOString()}–${to.toISOString()}`).to.equal(
                    intl.formatRange(from, to) + zone,
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

    /**
     * Formats each range with one formatter, in this order and then (in a language new to the
     * caches) in the reverse order, since a layout is learnt from whichever range of its kind comes
     * first; expects each to be what formatRange gives. Ranges are [from, to] instants.
     */
    function expectRangesAsIntl(lang: string, options: Intl.DateTimeFormatOptions, ranges: [string, string][]) {
      for (const order of [ranges, [...ranges].reverse()]) {
        const el = make(spoken(lang));
        const intl = new Intl.DateTimeFormat(el.l10n.intlLang, { ...options, timeZone: el.l10n.timeZone });
        const got = order.map(([from, to]) => el.l10n.dateRange(new Date(from), new Date(to), options));
        const want = order.map(([from, to]) => {
          const [a, b] = [new Date(from), new Date(to)].sort((x, y) => x.getTime() - y.getTime());
          return intl.formatRange(a, b);
        });
        expect(got, `${lang} ${JSON.stringify(options)}, ${order === ranges ? 'in order' : 'reversed'}`).to.deep.equal(want);
      }
    }

    it('never gives a range the layout learnt for a range that differs in another field, with the same formatter', () => {
      // Noon in Copenhagen: only the calendar day changes between these.
      const at = (day: string) => `${day}T11:00:00Z`;
      const days: [string, string][] = [
        [at('2026-12-01'), at('2026-12-15')], // the day only
        [at('2026-11-28'), at('2026-12-03')], // the month
        [at('2026-12-28'), at('2027-01-03')], // the year
        [at('2026-01-05'), at('2027-02-08')], // more than a year
        [at('2026-12-01'), at('2026-12-01')], // one day
        [at('2026-12-15'), at('2026-12-01')], // reversed
      ];
      // 'en-GB': what plain 'en' formats as ('en' with a private-use subtag would format the US way).
      for (const lang of ['da', 'en-GB']) {
        expectRangesAsIntl(lang, DATE_LONG, days);
        // The year is not shown, but formatRange adds it when the years differ ("1. jan. 2026–5. feb. 2027").
        expectRangesAsIntl(lang, { day: 'numeric', month: 'short' }, days);
        // The month is not shown, but formatRange adds it when the months differ ("05.01–08.02").
        expectRangesAsIntl(lang, { day: 'numeric' }, [
          [at('2026-01-05'), at('2026-01-08')],
          [at('2026-01-05'), at('2026-02-08')],
          [at('2026-01-05'), at('2026-02-05')],
          [at('2026-01-05'), at('2026-01-05')],
        ]);
        // The day is not shown: "tirsdag" for one Tuesday, "tirsdag-tirsdag" for two a week apart.
        expectRangesAsIntl(lang, { weekday: 'long' }, [
          [at('2026-12-01'), at('2026-12-01')],
          [at('2026-12-01'), at('2026-12-08')],
          [at('2026-12-01'), at('2026-12-02')],
        ]);
        // No clock field is shown, yet formatRange writes two ends when the hour or the minute differs.
        expectRangesAsIntl(lang, { fractionalSecondDigits: 2 }, [
          ['2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z'],
          ['2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z'],
          ['2026-12-01T08:00:00Z', '2026-12-01T08:30:00Z'],
        ]);
        // With clock times, both ways round.
        expectRangesAsIntl(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }, [
          ['2026-12-01T09:00:00Z', '2026-12-01T10:30:00Z'],
          ['2026-12-01T10:30:00Z', '2026-12-01T09:00:00Z'],
          ['2026-12-01T09:00:00Z', '2026-12-15T09:00:00Z'],
          ['2026-12-31T22:30:00Z', '2026-12-31T23:30:00Z'],
        ]);
      }
      // Persian counts in its own calendar: 1 and 15 December 2026 share a month (Azar), 1 and 28
      // December do not, and 1–28 March 2026 crosses its new year, in one Gregorian month each.
      expectRangesAsIntl('fa', DATE_LONG, [
        [at('2026-12-01'), at('2026-12-15')],
        [at('2026-12-01'), at('2026-12-28')],
        [at('2026-03-01'), at('2026-03-08')],
        [at('2026-03-01'), at('2026-03-28')],
      ]);
      // Finnish writes 04.15 alone but 4.15–5.15 in a range: clock times are not filled in a layout.
      // Also with the hour alone: "1. joulukuuta klo 04", but "1. joulukuuta 4–5".
      for (const options of [{ hour: '2-digit', minute: '2-digit' }, { day: 'numeric', month: 'long', hour: '2-digit' }] as const) {
        expectRangesAsIntl('fi', options, [
          ['2026-12-01T09:15:00Z', '2026-12-01T10:15:00Z'],
          ['2026-12-01T03:15:00Z', '2026-12-01T04:15:00Z'],
        ]);
      }
    });

    it('learns a range layout once per kind and fills it after, without calling formatRange again', () => {
      // The point of the layouts: formatRange costs about 15 plain formats, and a timeline has many windows.
      const proto = Intl.DateTimeFormat.prototype;
      const real = proto.formatRange;
      let calls = 0;
      proto.formatRange = function (this: Intl.DateTimeFormat, a: Date | number | bigint, b: Date | number | bigint) {
        calls++;
        return real.call(this, a as Date, b as Date);
      } as typeof real;
      try {
        for (const [lang, want] of [
          ['da', ['1.–15. december 2026', '2.–16. december 2026', '3.–20. december 2026', '3.–20. december 2026']],
          ['en-GB', ['1–15 December 2026', '2–16 December 2026', '3–20 December 2026', '3–20 December 2026']],
        ] as const) {
          const el = make(fresh(lang));
          const counted = ([from, to]: [string, string]) => {
            calls = 0;
            return [el.l10n.dateRange(from, to).replace(/\s*–\s*/, '–'), calls] as const;
          };
          expect(
            [
              ['2026-12-01', '2026-12-15'],
              ['2026-12-02', '2026-12-16'],
              ['2026-12-03', '2026-12-20'],
              ['2026-12-20', '2026-12-03'],
            ].map((r) => counted(r as [string, string])),
            lang,
          ).to.deep.equal(want.map((text, i) => [text, i === 0 ? 1 : 0]));
        }
      } finally {
        proto.formatRange = real;
      }
    });


    it('formats clock times and date-times in Copenhagen time', () => {
      const da = make('da');
      const en = make('en');
      expect(da.l10n.time('2026-07-01T10:05:00.000Z')).to.equal('12:05');
      expect(en.l10n.time('2026-01-01T10:05:00.000Z')).to.equal('11:05');
      expect(da.l10n.dateTime('2026-07-01T10:05:00.000Z')).to.equal('1. juli 2026 kl. 12:05');
      expect(en.l10n.dateTime('2026-07-01T10:05:00.000Z')).to.equal('1 July 2026 at 12:05');
      expect(da.l10n.time('not a date')).to.equal('');
      expect(da.l10n.dateTime('not a date')).to.equal('');
    });

    it("uses the host's time zone when it has one", () => {
      const en = make('en');
      en.timeZone = 'America/New_York';
      expect(en.l10n.timeZone).to.equal('America/New_York');
      // In a browser (its clock in Denmark: the test runner's) a New York time says which it is; a server render cannot know the reader's clock.
      expect(en.l10n.time('2026-01-01T10:05:00.000Z')).to.equal(isServer ? '05:05' : '05:05 (Eastern Time)');
      expect(en.l10n.date('2026-01-01T03:00:00.000Z')).to.equal('31 December 2025');
    });

    it('says how far away a day is', () => {
      const now = new Date('2026-03-01T12:00:00Z');
      for (const [lang, day, said] of [
        ['da', '2026-03-01', 'i dag'],
        ['en', '2026-03-01', 'today'],
        ['da', '2026-03-02', 'i morgen'],
        ['en', '2026-02-28', 'yesterday'],
        ['da', '2026-03-06', 'om 5 dage'],
        ['en', '2026-03-06', 'in 5 days'],
        ['da', '2026-03-22', 'om 3 uger'],
        // Weeks only when whole: 25 days are not 'om 4 uger' (that would be 29 March).
        ['da', '2026-03-26', 'om 25 dage'],
        ['en', '2026-02-06', '23 days ago'],
        ['en', '2026-03-22', 'in 3 weeks'],
        ['da', '2026-02-15', 'for 2 uger siden'],
        ['en', '2026-02-15', '2 weeks ago'],
        ['en', '2026-06-01', 'in 3 months'],
        ['en', '2029-03-01', 'in 3 years'],
        // The unit changes at 14 days (whole weeks), 60 days and 730 days.
        ['en', '2026-03-14', 'in 13 days'],
        ['en', '2026-03-15', 'in 2 weeks'],
        ['en', '2026-04-26', 'in 8 weeks'],
        ['en', '2026-04-29', 'in 59 days'],
        ['en', '2026-04-30', 'in 2 months'],
        ['en', '2028-02-28', 'in 24 months'],
        ['en', '2028-02-29', 'in 2 years'],
        ['en', '2025-03-01', '12 months ago'],
      ]) {
        expect(make(lang).l10n.relative(day, now), `${lang} ${day}`).to.equal(said);
      }
    });

    it('says a window ahead as a range, never as its first day alone', () => {
      const now = new Date('2026-12-04T10:00:00Z');
      const da = make('da');
      const en = make('en');
      // byg-2417: 7–14 December on 4 December read "om 3 dage", as if done by then.
      expect(da.l10n.relative('2026-12-07', now, '2026-12-14')).to.equal('om 3–10 dage');
      expect(en.l10n.relative('2026-12-07', now, '2026-12-14')).to.equal('in 3–10 days');
      // Days up to 60 (not "om 10 dage–om 3 uger"), then one unit for both ends.
      expect(da.l10n.relative('2026-12-14', now, '2027-01-01')).to.equal('om 10–28 dage');
      expect(en.l10n.relative('2027-03-01', now, '2027-05-01')).to.equal('in 3–5 months');
      expect(en.l10n.relative('2027-03-01', now, '2027-03-10')).to.equal('in 3 months');
      // No range it cannot say: a window begun, ends in two units, an unreadable end.
      expect(da.l10n.relative('2026-12-04', now, '2026-12-14')).to.equal('');
      expect(da.l10n.relative('2027-01-20', now, '2027-02-10')).to.equal('');
      expect(da.l10n.relative('2026-12-07', now, 'snart')).to.equal('');
      expect(da.l10n.relative('2026-12-07', now)).to.equal('om 3 dage');
    });

    it('counts calendar days in Copenhagen, also across a daylight-saving change', () => {
      const da = make('da');
      // 00:30 on 29 March in Copenhagen (still winter time).
      expect(da.l10n.relative('2026-03-29', new Date('2026-03-28T23:30:00Z'))).to.equal('i dag');
      // 23:30 on 29 March in Copenhagen (summer time): the 23-hour day is still "today".
      expect(da.l10n.relative('2026-03-29', new Date('2026-03-29T21:30:00Z'))).to.equal('i dag');
      expect(da.l10n.relative('2026-03-30', new Date('2026-03-29T21:30:00Z'))).to.equal('i morgen');
      expect(da.l10n.relative('2026-10-26', new Date('2026-10-25T22:30:00Z'))).to.equal('i morgen');
      // The count itself, which the timeline's "(i dag)" asks too: midnight in Copenhagen, not in UTC.
      expect(da.l10n.days('2026-03-29', new Date('2026-03-28T23:30:00Z'))).to.equal(0);
      expect(da.l10n.days('2026-03-29T23:59:00+02:00', new Date('2026-03-29T21:30:00Z'))).to.equal(0);
      expect(da.l10n.days('2026-03-28', new Date('2026-03-28T23:30:00Z'))).to.equal(-1);
      expect(da.l10n.days('2026-12-07', new Date('2026-12-04T22:59:00Z'))).to.equal(3);
      expect(da.l10n.days('2026-12-07', new Date('2026-12-04T23:00:00Z'))).to.equal(2);
      expect(da.l10n.days('snart', new Date('2026-12-04T23:00:00Z'))).to.be.NaN;
    });

    it('shows nothing rather than throwing for an unreadable date', () => {
      const da = make('da');
      expect(da.l10n.date('i morgen')).to.equal('');
      expect(da.l10n.relative('i morgen', new Date('2026-03-01T12:00:00Z'))).to.equal('');
      expect(da.l10n.relative('2026-03-01', new Date(NaN))).to.equal('');
      expect(da.l10n.dateRange('i morgen', '2026-12-15')).to.equal('15. december 2026');
      expect(da.l10n.dateRange('2026-12-01', 'snart')).to.equal('1. december 2026');
      expect(da.l10n.dateRange('nu', 'snart')).to.equal('');
    });

    it('says durations in words', () => {
      for (const [lang, iso, said] of [
        ['da', 'P8W', '8 uger'],
        ['en', 'P8W', '8 weeks'],
        ['da', 'P1W', '1 uge'],
        ['en', 'P1W', '1 week'],
        ['da', 'P1M15D', '1 måned og 15 dage'],
        ['en', 'P1M15D', '1 month and 15 days'],
        ['en', 'PT36H', '36 hours'],
        ['da', 'P1Y2M3D', '1 år, 2 måneder og 3 dage'],
        ['da', 'otte uger', ''],
      ]) {
        expect(make(lang).l10n.duration(iso), `${lang} ${iso}`).to.equal(said);
      }
    });

    it('formats lists and numbers in the language', () => {
      const da = make('da');
      const en = make('en');
      expect(da.l10n.list(['a', 'b', 'c'])).to.equal('a, b og c');
      expect(en.l10n.list(['a', 'b', 'c'])).to.equal('a, b and c');
      expect(da.l10n.number(1234.5)).to.equal('1.234,5');
      expect(en.l10n.number(1234.5)).to.equal('1,234.5');
    });

    it('formats the same the first time as from its caches, in every kind', () => {
      const day = new Date('2026-12-01T10:05:00.000Z');
      const now = new Date('2026-11-30T12:00:00Z');
      for (const [lang, want] of [
        ['da', ['1. december 2026', '11:05', 'i morgen', '1 time og 30 minutter', '45 sekunder', 'a, b og c', '1.234,5', '1.235']],
        ['en-GB', ['1 December 2026', '11:05', 'tomorrow', '1 hour and 30 minutes', '45 seconds', 'a, b and c', '1,234.5', '1,235']],
      ] as const) {
        const el = make(fresh(lang));
        const all = () => [
          el.l10n.date(day),
          el.l10n.time(day),
          el.l10n.relative(day, now),
          el.l10n.duration('PT1H30M'),
          el.l10n.duration('PT45S'),
          el.l10n.list(['a', 'b', 'c']),
          el.l10n.number(1234.5),
          el.l10n.number(1234.5, { maximumFractionDigits: 0 }),
        ];
        expect(all(), `${lang}, the first time`).to.deep.equal(want);
        expect(all(), `${lang}, from the caches`).to.deep.equal(want);
      }
    });

    it('formats British English the British way', () => {
      const gb = make('en-GB');
      expect(gb.l10n.date('2026-12-01')).to.equal('1 December 2026');
      // ICU versions differ on the spaces around the dash (Chromium '1 – 15', WebKit '1–15').
      expect(gb.l10n.dateRange('2026-12-01', '2026-12-15').replace(/\s*–\s*/, '–')).to.equal('1–15 December 2026');
      expect(gb.l10n.time('2026-01-01T10:05:00.000Z')).to.equal('11:05');
    });

    it('formats in Danish for a language the browser cannot format', () => {
      const el = make('x-klingon');
      expect(el.l10n.intlLang).to.equal('da');
      expect(el.l10n.date('2026-12-01')).to.equal('1. december 2026');
    });
  });
});
