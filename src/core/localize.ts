import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIME_ZONE, parseDuration, toInstant, zonedParts } from './dates.js';
import { warnOnce } from './warn.js';

export type MessageParams = Record<string, string | number>;
/** A message is text with `{name}` placeholders, or a function for plurals and grammar. */
export type Message = string | ((params: MessageParams) => string);
export type Messages = Record<string, Message>;
/** Default messages of one component, per language: `{ da: {...}, en: {...} }`. */
export type Catalog = Record<string, Messages>;

const registered = new Map<string, Messages>();
const hosts = new Set<LocalizeHost>();
let observer: MutationObserver | undefined;
const OBSERVE: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
/** Shadow roots already watched: a document-wide observer does not see inside them. */
const observedRoots = new WeakSet<Node>();

type LocalizeHost = ReactiveControllerHost & HTMLElement & { timeZone?: string };

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'ckb', 'sd', 'ug', 'syr', 'nqo', 'arc', 'mzn', 'ks']);

/**
 * Adds a language or overrides single messages, for every klar element on the page.
 * Keys are the ones in src/translations (e.g. `timeline.delayed`). Elements re-render.
 */
export function registerTranslation(lang: string, messages: Messages): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...(registered.get(key) ?? {}), ...messages });
  for (const h of hosts) h.requestUpdate();
}

function baseLang(lang: string): string {
  return lang.split('-')[0];
}

/** Reads an own property only, so keys like `toString` or `__proto__` never reach Object.prototype. */
function ownValue<T>(o: Record<string, T> | undefined, key: string): T | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

const scriptDirs = new Map<string, 'ltr' | 'rtl' | undefined>();
/** The direction of the language's usual script, from the browser (e.g. Syriac, N'Ko, 'az-Arab'). */
function scriptDir(lang: string): 'ltr' | 'rtl' | undefined {
  if (!scriptDirs.has(lang)) {
    let dir: 'ltr' | 'rtl' | undefined;
    try {
      type TextInfo = { direction?: string };
      const loc = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
      const d = (loc.getTextInfo?.() ?? loc.textInfo)?.direction;
      dir = d === 'rtl' || d === 'ltr' ? d : undefined;
    } catch {
      dir = undefined;
    }
    scriptDirs.set(lang, dir);
  }
  return scriptDirs.get(lang);
}

/** Watches `lang`/`dir` in every shadow root between the element and the document. */
function observeShadowRoots(el: Element): void {
  if (!observer || typeof el.getRootNode !== 'function') return;
  let root = el.getRootNode();
  while (typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, OBSERVE);
    }
    root = root.host.getRootNode();
  }
}

/** Finds the closest `attr` from the element outwards, crossing shadow roots. */
function closestAttr(el: Element, attr: string): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const v = node.getAttribute(attr);
      if (v) return v;
    }
    const parent: Node | null = (node as Element).parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

function interpolate(msg: Message, params: MessageParams = {}): string {
  if (typeof msg === 'function') return msg(params);
  return msg.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = ownValue(params, k);
    return v === undefined ? m : String(v);
  });
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f as never);
  }
  return f;
}

/**
 * Gives an element its language, direction, messages and date formatting. The language is
 * the element's own `lang`, else the closest ancestor's (also across shadow roots), else
 * `<html lang>`, else Danish; it follows live changes to any of them.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;
  private readonly defaults: Catalog;

  constructor(host: LocalizeHost, defaults: Catalog) {
    this.host = host;
    this.defaults = defaults;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => {
        for (const h of hosts) h.requestUpdate();
      });
      observer.observe(document.documentElement, OBSERVE);
    }
    observeShadowRoots(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The resolved language tag, lower case ('da', 'en', 'en-gb'). */
  get lang(): string {
    const el = this.host as Element;
    // On the server (@lit-labs/ssr) there is no tree to walk: the host's own attribute decides.
    const raw = (typeof el.closest === 'function' ? closestAttr(el, 'lang') : el.getAttribute?.('lang')) || 'da';
    return raw.trim().toLowerCase() || 'da';
  }

  /** The resolved direction: the closest `dir`, else the language's own. */
  get dir(): 'ltr' | 'rtl' {
    const el = this.host as Element;
    const d = typeof el.closest === 'function' ? closestAttr(el, 'dir') : el.getAttribute?.('dir');
    if (d === 'rtl' || d === 'ltr') return d;
    const lang = this.lang;
    return RTL_LANGS.has(baseLang(lang)) ? 'rtl' : (scriptDir(lang) ?? 'ltr');
  }

  /** The time zone dates are shown in: the host's `timeZone`, else Europe/Copenhagen. */
  get timeZone(): string {
    return this.host.timeZone || DEFAULT_TIME_ZONE;
  }

  /**
   * The language Intl formats with: the resolved one when the browser knows it, else Danish.
   * Plain `en` formats as British English ("3 November 2026"): the day-month order and
   * 24-hour clock people in Denmark and the rest of Europe read, rather than the US style.
   */
  get intlLang(): string {
    const l = this.lang.toLowerCase() === 'en' ? 'en-GB' : this.lang;
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([l]).length ? l : 'da';
    } catch {
      return 'da';
    }
  }

  /** Returns the message for `key` in the resolved language, falling back to Danish, then English. */
  t(key: string, params?: MessageParams): string {
    const lang = this.lang;
    const chain = [lang, baseLang(lang), 'da', 'en'];
    for (const l of chain) {
      const m = ownValue(registered.get(l), key) ?? ownValue(ownValue(this.defaults, l), key);
      if (typeof m === 'string' || typeof m === 'function') return interpolate(m, params);
    }
    warnOnce(`no message for "${key}" in any language.`);
    return '';
  }

  private toDate(value: string | Date): Date {
    return typeof value === 'string' ? toInstant(value, this.timeZone) : value;
  }

  /** Formats a case date, by default as "3. november 2026" / "3 November 2026". */
  date(value: string | Date, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    const d = this.toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    const opts = { ...options, timeZone: this.timeZone };
    return cached(`d|${this.intlLang}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(this.intlLang, opts)).format(d);
  }

  /** Formats a date range compactly ("1.–15. december 2026"). */
  dateRange(from: string | Date, to: string | Date, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
    const a = this.toDate(from);
    const b = this.toDate(to);
    // Intl throws on an invalid date; render() must not, so show the end that is valid, or nothing.
    if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return this.date(Number.isNaN(a.getTime()) ? b : a, options);
    const opts = { ...options, timeZone: this.timeZone };
    const f = cached(`d|${this.intlLang}|${JSON.stringify(opts)}`, () => new Intl.DateTimeFormat(this.intlLang, opts));
    return b.getTime() < a.getTime() ? f.formatRange(b, a) : f.formatRange(a, b);
  }

  /**
   * Formats a clock time as "14:32" in every language: the form citizens see on municipal
   * sites and in Digital Post (Intl would give "14.32" in Danish and "2:32 PM" in US English).
   */
  time(value: string | Date): string {
    const d = this.toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    const p = zonedParts(d, this.timeZone);
    return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  }

  /** Formats a date-time ("3. november 2026 kl. 14:32", "3 November 2026 at 14:32"). */
  dateTime(value: string | Date): string {
    const d = this.toDate(value);
    if (Number.isNaN(d.getTime())) return '';
    return this.t('dateTime', { date: this.date(d), time: this.time(d) });
  }

  /**
   * Says how far a date is from `now` in the largest sensible unit ("om 3 uger",
   * "for 2 dage siden", "i dag"). Calendar days are counted in the element's time zone.
   */
  relative(value: string | Date, now: Date = new Date()): string {
    const d = this.toDate(value);
    if (Number.isNaN(d.getTime()) || Number.isNaN(now.getTime())) return '';
    const days = Math.round((startOfDay(d, this.timeZone) - startOfDay(now, this.timeZone)) / 86_400_000);
    const f = cached(`r|${this.intlLang}`, () => new Intl.RelativeTimeFormat(this.intlLang, { numeric: 'auto' }));
    const abs = Math.abs(days);
    if (abs < 14) return f.format(days, 'day');
    if (abs < 60) return f.format(Math.round(days / 7), 'week');
    if (abs < 730) return f.format(Math.round(days / 30.44), 'month');
    return f.format(Math.round(days / 365.25), 'year');
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
    return cached(`l|${this.intlLang}`, () => new Intl.ListFormat(this.intlLang, { type: 'conjunction' })).format(items);
  }

  /** Formats a number in the language. */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    return cached(`n|${this.intlLang}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(this.intlLang, options)).format(n);
  }
}

/** The calendar day of `d` in `timeZone`, as a UTC midnight timestamp (for counting days). */
function startOfDay(d: Date, timeZone: string): number {
  // From formatToParts, not a formatted string: WebKit writes en-CA dates as MM/DD/YYYY.
  const p = zonedParts(d, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day);
}

/** Merges catalogs language by language; later ones win. */
export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const c of catalogs) for (const [lang, msgs] of Object.entries(c)) out[lang] = { ...(out[lang] ?? {}), ...msgs };
  return out;
}
