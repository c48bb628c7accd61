import { DEFAULT_TIME_ZONE, knownTimeZone, parseDuration, toInstant, zonedParts } from './dates.js';
import { newCache } from './caches.js';
import { dirOf, langDir, textLang, TextController, type TextHost } from './texts.js';

export { addLanguagePack, langOf, languagePending } from './language-pack.js';
export { dirOf, registerTranslation, mergeCatalogs, type Catalog, type Message, type MessageParams, type Messages } from './texts.js';

type LocalizeHost = TextHost & { timeZone?: string };

// Intl objects are costly to make (tens of µs) and to look up by a JSON key; formatting is
// cheap. So: one formatter per (kind, language, zone, options), options keyed once per object.
const formatters = newCache<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same formatter is made again.
  if (!f) {
    f = make();
    formatters.set(key, f as never);
  }
  return f;
}

const optionKeys = new WeakMap<object, string>();
/** A cache key for an options object: stringified once per object, not on every call. */
function optionsKey(o: object | undefined): string {
  // Stryker disable next-line StringLiteral: equivalent; the key of "no options" only has to be the same every time.
  if (!o) return '';
  let k = optionKeys.get(o);
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same key is made again.
  if (k === undefined) {
    k = JSON.stringify(o);
    optionKeys.set(o, k);
  }
  return k;
}

/** The zone the citizen's own clock is in (the browser's), read once. */
let ownZone: string | undefined;

/** The default date format: "3. november 2026" / "3 November 2026". */
export const DATE_LONG: Intl.DateTimeFormatOptions = Object.freeze({ day: 'numeric', month: 'long', year: 'numeric' });

/** The language Intl formats with, per resolved language (supportedLocalesOf costs ~20 µs a call). */
const intlLangs = newCache<string, string>();
function toIntlLang(lang: string): string {
  let out = intlLangs.get(lang);
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same language is looked up again.
  if (out === undefined) {
    const l = lang === 'en' ? 'en-GB' : lang;
    try {
      out = Intl.DateTimeFormat.supportedLocalesOf([l]).length ? l : 'da';
    } catch {
      out = 'da';
    }
    intlLangs.set(lang, out);
  }
  return out;
}

// A date's parts per formatter: a case repeats its dates (windows share ends, steps share days).
const partsCache = newCache<string, Intl.DateTimeFormatPart[]>();
function partsOf(f: Intl.DateTimeFormat, fKey: string, d: Date): Intl.DateTimeFormatPart[] {
  const key = `${fKey}|${d.getTime()}`;
  let p = partsCache.get(key);
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same parts are made again.
  if (!p) {
    p = f.formatToParts(d);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; when the cache is emptied only changes how much is made again.
    if (partsCache.size > 5000) partsCache.clear();
    partsCache.set(key, p);
  }
  return p;
}

/** A range's layout: literals, and which end each field is taken from. */
type RangePiece = { literal: string } | { type: string; end: boolean };
const rangePatterns = newCache<string, RangePiece[] | null>();

function fillRange(pattern: RangePiece[], a: Intl.DateTimeFormatPart[], b: Intl.DateTimeFormatPart[]): string | undefined {
  let out = '';
  for (const piece of pattern) {
    if ('literal' in piece) {
      out += piece.literal;
      continue;
    }
    // Stryker disable next-line ArrowFunction: equivalent; a field not found makes the layout unusable and formatRange itself is used, giving the same text.
    const part = (piece.end ? b : a).find((p) => p.type === piece.type);
    if (!part) return undefined;
    out += part.value;
  }
  return out;
}

/**
 * Formats a range of days as `formatRange` does, at the price of two plain formats. `formatRange`
 * costs about 15× a plain format, and its layout depends only on which fields differ (the
 * day, the month, the year): so the layout is taken once per (formatter, fields that differ)
 * from `formatRangeToParts`, checked against `formatRange` itself, and filled with each end's
 * own parts after that. A layout that does not reproduce `formatRange` exactly is not used.
 */
function formatRangeFast(f: Intl.DateTimeFormat, fKey: string, timeZone: string, a: Date, b: Date): string {
  const pa = partsOf(f, fKey, a);
  const pb = partsOf(f, fKey, b);
  if (pa.length !== pb.length) return f.formatRange(a, b);
  // Stryker disable next-line StringLiteral: equivalent; the same start on every key keeps them apart as before.
  let differ = '';
  for (let i = 0; i < pa.length; i++) {
    if (pa[i].type !== pb[i].type) return f.formatRange(a, b);
    if (pa[i].type !== 'literal' && pa[i].value !== pb[i].value) differ += `${pa[i].type},`;
  }
  // formatRange also looks at fields the format does not show: "1. jan. 2026–5. feb. 2027"
  // for day and month alone, because the years differ.
  const za = zonedParts(a, timeZone);
  const zb = zonedParts(b, timeZone);
  // Stryker disable next-line EqualityOperator: equivalent; a letter for each field that is the same splits ranges into the same kinds as one for each that differs.
  differ += `|${za.year !== zb.year ? 'y' : ''}${za.month !== zb.month ? 'm' : ''}${za.day !== zb.day ? 'd' : ''}${za.hour !== zb.hour ? 'h' : ''}${za.minute !== zb.minute ? 'i' : ''}`;
  const key = `${fKey}|${differ}`;
  let pattern = rangePatterns.get(key);
  if (pattern === undefined) {
    const real = f.formatRange(a, b);
    pattern = f
      .formatRangeToParts(a, b)
      .map((p): RangePiece => (p.type === 'literal' ? { literal: p.value } : { type: p.type, end: p.source === 'endRange' }));
    if (fillRange(pattern, pa, pb) !== real) pattern = null;
    rangePatterns.set(key, pattern);
    return real;
  }
  return (pattern && fillRange(pattern, pa, pb)) ?? f.formatRange(a, b);
}

/**
 * Gives an element its language, direction, messages and date formatting: the messages and the
 * language from `TextController` (src/core/texts.ts), plus direction, dates, durations, lists
 * and numbers in that language and the element's time zone.
 */
/** The unit `relative()` says a number of days in: days under 14, whole weeks under 60, months, years. */
function relUnit(days: number): [number, Intl.RelativeTimeFormatUnit] {
  const abs = Math.abs(days);
  if (abs < 14) return [days, 'day'];
  if (abs < 60) return days % 7 ? [days, 'day'] : [days / 7, 'week'];
  if (abs < 730) return [Math.round(days / 30.44), 'month'];
  return [Math.round(days / 365.25), 'year'];
}

export class LocalizeController extends TextController {
  /**
   * The language the element speaks: the page's (`TextController`) when there are texts in it,
   * else Danish, whose texts are then shown (`textLang`).
   */
  override get lang(): string {
    return this.renderLang ?? textLang(super.lang, this.defaults);
  }

  /**
   * The resolved direction: the closest `dir`, else the direction of the language spoken (`dirOf`).
   * Texts that fell back to Danish on a page in a language without texts (`<html lang="ar" dir="rtl">`)
   * take Danish's direction, not the page's: right to left they read ".Det tager længere tid …".
   */
  get dir(): 'ltr' | 'rtl' {
    const lang = this.lang;
    return this.renderLang === undefined && lang !== super.lang ? langDir(lang) : dirOf(this.host as Element, lang);
  }

  /** The time zone dates are shown in: the host's `timeZone` when the browser knows it, else Europe/Copenhagen (`knownTimeZone`). */
  get timeZone(): string {
    return knownTimeZone((this.host as LocalizeHost).timeZone);
  }

  /**
   * The language Intl formats with: the one the texts are in (`lang`) when the browser knows it, else Danish.
   * Plain `en` formats as British English ("3 November 2026"): the day-month order and
   * 24-hour clock people in Denmark and the rest of Europe read, rather than the US style.
   */
  get intlLang(): string {
    return toIntlLang(this.lang);
  }

  #toDate(value: string | Date): Date {
    return typeof value === 'string' ? toInstant(value, this.timeZone) : value;
  }

  /** The date formatter for `options` in this language and zone, and its cache key. */
  #dateFormat(options: Intl.DateTimeFormatOptions): [Intl.DateTimeFormat, string] {
    const lang = this.intlLang;
    const timeZone = this.timeZone;
    const key = `d|${lang}|${timeZone}|${optionsKey(options)}`;
    return [cached(key, () => new Intl.DateTimeFormat(lang, { ...options, timeZone })), key];
  }

  /** Formats a case date, by default as "3. november 2026" / "3 November 2026". */
  date(value: string | Date, options: Intl.DateTimeFormatOptions = DATE_LONG): string {
    const d = this.#toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    return this.#dateFormat(options)[0].format(d);
  }

  /** Formats a date range compactly ("1.–15. december 2026"). */
  dateRange(from: string | Date, to: string | Date, options: Intl.DateTimeFormatOptions = DATE_LONG): string {
    const a = this.#toDate(from);
    const b = this.#toDate(to);
    // Intl throws on an invalid date; render() must not, so show the end that is valid, or nothing.
    if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return this.date(Number.isNaN(a.getTime()) ? b : a, options);
    const [f, key] = this.#dateFormat(options);
    // With a clock time, ranges may write fields differently from single dates (Finnish "4.15–5.15"
    // for "04.15"): only days, months and years take the fast path.
    if (options.hour || options.minute || options.second || options.timeStyle) return this.#zoned(b.getTime() < a.getTime() ? f.formatRange(b, a) : f.formatRange(a, b), a);
    return b.getTime() < a.getTime() ? formatRangeFast(f, key, this.timeZone, b, a) : formatRangeFast(f, key, this.timeZone, a, b);
  }

  /**
   * Formats a clock time as "14:32" in every language: the form citizens see on municipal
   * sites and in Digital Post (Intl would give "14.32" in Danish and "2:32 PM" in US English).
   */
  time(value: string | Date): string {
    const d = this.#toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    const p = zonedParts(d, this.timeZone);
    return this.#zoned(`${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`, d);
  }

  /**
   * A clock time with the zone it is in ("14:32 (dansk tid)"), when the citizen's own clock
   * shows another time at that moment: a citizen abroad, or a page for another zone, would
   * otherwise read our 14:32 as theirs. Where the clocks agree (Denmark, or Berlin at the
   * same hour) the time stands alone. Danish time is named so; another zone by its name in
   * the language (Intl: "Vesteuropæisk tid", "Western European Time").
   */
  #zoned(text: string, d: Date): string {
    // None on the server (klar-elements/ssr: no document), which cannot know the reader's clock.
    // (Not Lit's isServer: klar-elements/core, which uses this module, carries no Lit.)
    if (typeof document === 'undefined') return text;
    const zone = this.timeZone;
    const a = zonedParts(d, (ownZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone));
    const b = zonedParts(d, zone);
    if (a.hour === b.hour && a.minute === b.minute && a.day === b.day) return text;
    const name =
      zone === DEFAULT_TIME_ZONE
        ? this.t('zone.dk')
        : cached(`z|${this.intlLang}|${zone}`, () => new Intl.DateTimeFormat(this.intlLang, { timeZone: zone, timeZoneName: 'longGeneric' }))
            .formatToParts(d)
            .find((x) => x.type === 'timeZoneName')?.value;
    return name ? `${text} (${name})` : text;
  }

  /** Formats a date-time ("3. november 2026 kl. 14:32", "3 November 2026 at 14:32"). */
  dateTime(value: string | Date): string {
    const d = this.#toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    return this.t('dateTime', { date: this.date(d), time: this.time(d) });
  }

  /**
   * Says how far a date is from `now` in the largest sensible unit ("om 3 uger",
   * "for 2 dage siden", "i dag"). Calendar days are counted in the element's time zone. Weeks
   * only when they are whole: 25 days is "om 25 dage", never a rounded "om 4 uger" (31 days).
   * With `until`, a window ahead as a range ("om 3–10 dage", "in 3–10 days"), or '' when it cannot be one.
   */
  relative(value: string | Date, now: Date = new Date(), until?: string | Date): string {
    const from = this.days(value, now);
    const f = cached(`r|${this.intlLang}`, () => new Intl.RelativeTimeFormat(this.intlLang, { numeric: 'auto' }));
    const [n, unit] = relUnit(from);
    if (until === undefined || Number.isNaN(n)) return Number.isNaN(n) ? '' : f.format(n, unit);
    // A window is a range ("om 3–10 dage"), never its first day alone, which reads as done by then.
    // Days up to 60, else both ends in one unit; ends that need two units say no countdown.
    const to = this.days(until, now);
    const [a, b] = to < 60 ? [[from, 'day'] as const, [to, 'day'] as const] : [relUnit(from), relUnit(to)];
    if (!(from >= 1 && to >= from) || a[1] !== b[1]) return '';
    if (a[0] === b[0]) return f.format(b[0], b[1]);
    const parts = f.formatToParts(b[0], b[1]);
    const i = parts.findIndex((p) => p.type === 'integer');
    return i < 0 ? '' : parts.map((p, j) => (j === i ? `${this.number(a[0])}–${this.number(b[0])}` : p.value)).join('');
  }

  /**
   * A deadline's date as said after "Senest"/"By": "i dag, 5. december 2026" and "i morgen, …"
   * when it is that close, so a date to meet today does not read like any other.
   */
  soon(value: string | Date, text: string, now: Date = new Date()): string {
    const n = this.days(value, now);
    return n === 0 || n === 1 ? `${this.relative(value, now)}, ${text}` : text;
  }

  /** Calendar days from `now` to `value` in the element's time zone (0 today, 1 tomorrow, -1 yesterday); NaN for an invalid date. */
  days(value: string | Date, now: Date): number {
    const d = this.#toDate(value);
    if (Number.isNaN(d.getTime()) || Number.isNaN(now.getTime())) return NaN;
    return Math.round((startOfDay(d, this.timeZone) - startOfDay(now, this.timeZone)) / 86_400_000);
  }

  /** Formats an ISO 8601 duration in words ("8 uger", "1 måned og 15 dage"). */
  duration(iso: string): string {
    const d = parseDuration(iso);
    if (!d) return '';
    const units: [number | undefined, string][] = [
      [d.years, 'year'],
      [d.months, 'month'],
      [d.weeks, 'week'],
      [d.days, 'day'],
      [d.hours, 'hour'],
      [d.minutes, 'minute'],
      [d.seconds, 'second'],
    ];
    const parts = units
      .filter(([n]) => n)
      .map(([n, unit]) =>
        cached(`u|${this.intlLang}|${unit}`, () => new Intl.NumberFormat(this.intlLang, { style: 'unit', unit, unitDisplay: 'long' })).format(n!),
      );
    return this.list(parts);
  }

  /** Joins items as a list in the language ("a, b og c"). */
  list(items: string[]): string {
    // Stryker disable next-line ObjectLiteral: equivalent; 'conjunction' is Intl.ListFormat's default type (said here for the reader).
    return cached(`l|${this.intlLang}`, () => new Intl.ListFormat(this.intlLang, { type: 'conjunction' })).format(items);
  }

  /** Formats a number in the language. */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    const lang = this.intlLang;
    return cached(`n|${lang}|${optionsKey(options)}`, () => new Intl.NumberFormat(lang, options)).format(n);
  }
}

/** The calendar day of `d` in `timeZone`, as a UTC midnight timestamp (for counting days). */
function startOfDay(d: Date, timeZone: string): number {
  // From formatToParts, not a formatted string: WebKit writes en-CA dates as MM/DD/YYYY.
  const p = zonedParts(d, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day);
}
