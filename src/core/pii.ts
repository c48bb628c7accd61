/**
 * Personal-data guard for free text: Danish CPR numbers, e-mail addresses and phone numbers.
 *
 * A CPR number is DDMMYY-SSSS. Since 2007 some numbers fail the modulus-11 check
 * (https://cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol), so the
 * check here is the date: day and month must form a real date in the century that the 7th
 * digit gives (the CPR office's table, see `cprCentury`). People type the number in many
 * ways, so the separator may be nothing, a space, a dot, a slash or any Unicode hyphen or
 * dash, and the digits may be full-width (as an East Asian keyboard types them).
 */

/** ASCII and full-width digits. */
const D = '[0-9\\uFF10-\\uFF19]';
/** Separators people type inside a date or between date and serial number. */
const SEP = '[\\s.\\/\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\uFF0E\\uFF0F\\u00B7]';
const CPR_SOURCE = `(?<![0-9\\uFF10-\\uFF19])(${D}{2})${SEP}?(${D}{2})${SEP}?(${D}{2})${SEP}{0,3}(${D}{4})(?![0-9\\uFF10-\\uFF19])`;

export interface PiiMatch {
  /** Where the match starts in the text (UTF-16 index). */
  index: number;
  /** How many UTF-16 code units it covers. */
  length: number;
}

/** Turns full-width digits into ASCII digits, leaving everything else alone. */
function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

/**
 * Returns the full year of a CPR number from its two-digit year and the 7th digit (the first
 * digit of the serial number), following the CPR office's table:
 * 0–3 → 1900s; 4 and 9 → 2000s for 00–36, else 1900s; 5–8 → 2000s for 00–57, else 1800s.
 */
export function cprCentury(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Tells whether ten digits (DDMMYYSSSS) form a CPR number with a real birth date. Modulus 11 is not checked. */
export function isCprDigits(digits: string): boolean {
  const d = asciiDigits(digits);
  if (!/^\d{10}$/.test(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const yy = Number(d.slice(4, 6));
  const year = cprCentury(yy, Number(d[6]));
  return isValidDate(year, month, day);
}

/** Finds every CPR-like number in `text`. */
export function findCpr(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (!text) return out;
  const re = new RegExp(CPR_SOURCE, 'gu');
  for (const m of text.matchAll(re)) {
    if (isCprDigits(m[1] + m[2] + m[3] + m[4])) out.push({ index: m.index ?? 0, length: m[0].length });
  }
  return out;
}

/** Tells whether `text` holds a CPR-like number. */
export function containsCpr(text: string): boolean {
  return findCpr(text).length > 0;
}

function replaceMatches(text: string, matches: PiiMatch[], replacement: string): string {
  let out = '';
  let pos = 0;
  for (const m of matches) {
    out += text.slice(pos, m.index) + replacement;
    pos = m.index + m.length;
  }
  return out + text.slice(pos);
}

/** Replaces every CPR-like number in `text` with `replacement` (by default "[CPR]"). */
export function redactCpr(text: string, replacement = '[CPR]'): string {
  return replaceMatches(text, findCpr(text), replacement);
}

/** Removes CPR-like numbers for a one-click "remove": the number and one space around it go. */
export function removeCpr(text: string): string {
  return redactCpr(text, '\u0000').replace(/ ?\u0000 ?/g, (m) => (m.length === 3 ? ' ' : '')).trim();
}

/**
 * Masks a CPR-like number as bullets that keep its shape ("••••••-••••"), for showing a
 * citizen what was found without repeating it.
 */
export function maskCpr(text: string): string {
  return findCpr(text)
    .map(() => '••••••-••••')
    .join(', ');
}

const EMAIL_RE = /[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}/gu;

/** Finds e-mail addresses in `text`. */
export function findEmails(text: string): PiiMatch[] {
  return [...(text ?? '').matchAll(EMAIL_RE)].map((m) => ({ index: m.index ?? 0, length: m[0].length }));
}

/** Replaces every e-mail address in `text` with `replacement`. */
export function redactEmails(text: string, replacement = '[e-mail]'): string {
  return replaceMatches(text, findEmails(text), replacement);
}

// Danish numbers: 8 digits, grouped 2-2-2-2, 4-4 or not, optionally after +45 / 0045;
// other countries: a + and 8–15 digits. Checked after CPR numbers are taken out, so the
// tail of a CPR number is not mistaken for a phone number.
const PHONE_RE = /(?<![\d\uFF10-\uFF19])(?:(?:\+|00)\s?45[\s.-]?)?(?:\d{2}[\s.-]?){3}\d{2}(?![\d\uFF10-\uFF19])|\+(?!45)\d{1,3}[\s.-]?(?:\d[\s.-]?){6,13}\d(?!\d)/gu;

/** Finds phone numbers in `text` (after ignoring CPR-like numbers). */
export function findPhones(text: string): PiiMatch[] {
  const t = asciiDigits(redactCpr(text ?? '', ''));
  return [...t.matchAll(PHONE_RE)].map((m) => ({ index: m.index ?? 0, length: m[0].length }));
}

/** Tells whether `text` holds an e-mail address or a phone number. */
export function containsContactDetails(text: string): boolean {
  return findEmails(text).length > 0 || findPhones(text).length > 0;
}

/** Returns a copy of `value` (strings, arrays, plain objects) with every CPR-like number replaced. */
export function redactCprDeep<T>(value: T, replacement = '[CPR]'): T {
  if (typeof value === 'string') return redactCpr(value, replacement) as T;
  if (Array.isArray(value)) return value.map((v) => redactCprDeep(v, replacement)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactCprDeep(v, replacement);
    return out as T;
  }
  return value;
}
