/**
 * The one personal-data detector for free text: Danish CPR numbers, e-mail addresses and phone
 * numbers. The feedback form, its draft storage, the reference server's no-JavaScript path and
 * the insights masking all use it (the server through the built `dist/core/pii.js`).
 *
 * A CPR number is DDMMYY-SSSS. Since 2007 some numbers fail the modulus-11 check
 * (https://cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol), so the
 * check here is the date: day and month must form a real date in the century that the 7th
 * digit gives (the CPR office's table, see `cprCentury`).
 *
 * People type the number in many ways, and text pasted from documents and phones carries
 * more, so the text is read the way a person reads it before it is searched:
 * - decimal digits of every script count (Arabic-Indic ٠١٢, Persian ۰۱۲, Devanagari ०१२,
 *   full-width ０１２, …: Unicode `Nd`, which the standard keeps in runs of ten from 0 to 9);
 * - full-width punctuation counts as its ASCII twin (＠, ．, －, …);
 * - invisible format characters are ignored (zero-width space and joiners, soft hyphen,
 *   LRM/RLM and the other bidi marks: Unicode `Cf`);
 * - between the date and the serial number any run of white space (line breaks included)
 *   and the separators `- – — . / _ : , +` may stand; inside the date and the serial, spaces or
 *   one separator; inside a pair of digits, one space; the year may have four digits (1961).
 * Matches are reported at their place in the text as typed.
 */
import { newCache } from './caches.js';

export interface PiiMatch {
  /** Where the match starts in the text (UTF-16 index). */
  index: number;
  /** How many UTF-16 code units it covers. */
  length: number;
}

const ND = /\p{Nd}/u;
/** Characters `normalize` changes: digits other than 0–9, full-width ASCII, format characters. */
const SPECIAL = /(?![0-9])[\p{Nd}\p{Cf}\uFF01-\uFF5E]/u;
const CF = /\p{Cf}/u;
const digitValues = newCache<number, number>();

/** Returns the value 0–9 of a decimal digit of any script (its place in its run of ten). */
function digitValue(cp: number): number {
  const cached = digitValues.get(cp);
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same value is computed again.
  if (cached !== undefined) return cached;
  let start = cp;
  while (ND.test(String.fromCodePoint(start - 1))) start--;
  const v = (cp - start) % 10;
  digitValues.set(cp, v);
  return v;
}

interface Normalized {
  /** The text as read: ASCII digits and punctuation, no format characters. */
  text: string;
  /** For each UTF-16 index of `text`, where that character starts in the original (none: the same index). */
  from?: number[];
  /** For each UTF-16 index of `text`, where that character ends in the original. */
  to?: number[];
}

/** Reads `s` as a person would (see the module comment), remembering where each character came from. */
function normalize(s: string): Normalized {
  // Fast path: text without other scripts' digits, full-width forms or format characters
  // (nearly all text) has nothing to normalise, and every index stays where it is.
  // Stryker disable next-line ConditionalExpression: equivalent; the slow path gives the same text, every index mapped to itself.
  if (!SPECIAL.test(s)) return { text: s };
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const end = i + ch.length;
    let out: string | undefined = ch;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; ASCII has no format characters, its digits read as themselves, and it is outside the full-width range.
    if (cp > 0x7f) {
      if (CF.test(ch)) out = undefined;
      else if (ND.test(ch)) out = String(digitValue(cp));
      else if (cp >= 0xff01 && cp <= 0xff5e) out = String.fromCharCode(cp - 0xfee0); // full-width ASCII
    }
    if (out !== undefined) {
      for (let k = 0; k < out.length; k++) {
        from.push(i);
        to.push(end);
      }
      text += out;
    }
    i = end;
  }
  return { text, from, to };
}

/** Maps a match in normalised text back to the text as typed. */
function original(n: Normalized, index: number, length: number): PiiMatch {
  // Stryker disable next-line LogicalOperator: equivalent; normalize sets `from` and `to` together or neither.
  if (!n.from || !n.to) return { index, length };
  const start = n.from[index];
  return { index: start, length: n.to[index + length - 1] - start };
}

/** Turns decimal digits of any script (Arabic-Indic, Devanagari, full-width, …) into ASCII digits, leaving everything else alone. */
export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => (c >= '0' && c <= '9' ? c : String(digitValue(c.codePointAt(0)!))));
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

/** Tells whether ten digits (DDMMYYSSSS, any script) form a CPR number with a real birth date. Modulus 11 is not checked. */
export function isCprDigits(digits: string): boolean {
  const d = asciiDigits(digits);
  if (!/^\d{10}$/.test(d)) return false;
  const day = Number(d.slice(0, 2));
  const month = Number(d.slice(2, 4));
  const yy = Number(d.slice(4, 6));
  const year = cprCentury(yy, Number(d[6]));
  return isValidDate(year, month, day);
}

/** Separators people type in a CPR number: - – — . / _ : , + and the other Unicode dashes, the middle dot. */
const SEP = '[-\\u2010-\\u2015\\u2212\\uFE58\\uFE63.\\/_:,+\\u00B7\\u060C\\u066B\\u066C]';
/** Inside the date and the serial number: nothing, spaces, or one separator with white space around it. */
const IN_DATE = `(?:[^\\S\\n]{0,8}|\\s*${SEP}\\s*)`;
/** Between the date and the serial number: a run of up to 12 white space characters and separators. */
const BETWEEN = `(?:\\s|${SEP}){0,12}`;
/**
 * After a country code ("+49 30", "+31-20"): a space, a separator or both, bounded. The unbounded
 * white space of IN_DATE in the look-behind made each place in a long run of spaces scan back over
 * the whole run: 15 s in WebKit for 30,000 spaces.
 */
const CC_SEP = '[^\\S\\n]?(?:[-./][^\\S\\n]?)?';
/** Two digits, or two with one space between them ("0 7 0 7 6 1 4 2 8 5"). */
const PAIR = '\\d[^\\S\\n]?\\d';
/**
 * DD MM YY (or YYYY) and the serial as four digits or, after a space or separator, two pairs:
 * "070761-4285", "07 07 61 42 85", "07-07-1961 4285", "07071961-4285" (not "07.07.1961 42" as
 * 07.07.19 61 42). A four-digit year must be the century the 7th digit gives. Digits after a
 * + and a country code are a phone number ("+49 30 12 34 56 78"), not a CPR number.
 */
const CPR_RE = new RegExp(
  `(?<![0-9]|\\+\\d{1,3}${CC_SEP})(${PAIR})${IN_DATE}(${PAIR})${IN_DATE}((?:18|19|20)\\d{2}|${PAIR})(?:${BETWEEN}(\\d{4})|(?:\\s|${SEP}){1,12}(${PAIR}${IN_DATE}${PAIR}))(?![0-9])`,
  'g',
);

/**
 * Finds CPR numbers in normalised text. A run of digits that has the shape but not a real date
 * is searched again from its next character: "2026 010190-1234" first reads as 20.26.01 0190,
 * and a CPR number starts inside it.
 */
function cprIn(n: Normalized): PiiMatch[] {
  const out: PiiMatch[] = [];
  const re = new RegExp(CPR_RE);
  for (let m = re.exec(n.text); m; m = re.exec(n.text)) {
    const [day, month, year, serial] = [m[1], m[2], m[3], m[4] ?? m[5]].map((g) => g.replace(/\D/g, ''));
    const digits = day + month + year.slice(-2) + serial;
    if (isCprDigits(digits) && (year.length === 2 || cprCentury(Number(year.slice(-2)), Number(serial[0])) === Number(year))) out.push({ index: m.index, length: m[0].length });
    else re.lastIndex = m.index + 1;
  }
  return out;
}

/** Finds every CPR-like number in `text`, however it is typed. */
export function findCpr(text: string): PiiMatch[] {
  if (!text) return [];
  const n = normalize(text);
  return cprIn(n).map((m) => original(n, m.index, m.length));
}

function emailsIn(n: Normalized): PiiMatch[] {
  return [...n.text.matchAll(EMAIL_RE)].map((m) => original(n, m.index, m[0].length));
}

function phonesIn(n: Normalized, cpr = cprIn(n)): PiiMatch[] {
  let blanked = n.text;
  const blank = (index: number, length: number) => (blanked = blanked.slice(0, index) + '#'.repeat(length) + blanked.slice(index + length));
  for (const c of cpr) blank(c.index, c.length);
  // A span of time said as one ("telefontid kl. 10.00-12.00"), forward, is no phone number, though
  // its eight digits read as one: published on the insights page it said "kl. [telefon fjernet]".
  for (const m of blanked.matchAll(TIME_SPAN_RE)) if (minutes(m[2]) > minutes(m[1])) blank(m.index, m[0].length);
  return [...blanked.matchAll(PHONE_RE)].map((m) => original(n, m.index, m[0].length));
}

/** A time of day as Danes write it: "10.00", "9:30", "23.59". */
const TIME = '((?:[01]?\\d|2[0-3])[.:][0-5]\\d)';
/**
 * A span of time said as a time: after "kl.", "klokken", "fra" or "mellem" (a weekday between, as
 * "fra mandag 9.00-15.00"). Without one ("tlf: 20.00-21.30", "(+45) 20.00-21.30") it is a phone number.
 */
const TIME_SPAN_RE = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:kl\\.?|klokken|fra|mellem)[^\\S\\n]{1,3}(?:\\p{L}+[^\\S\\n]{1,3})?)${TIME}[^\\S\\n]?[-\\u2010-\\u2015][^\\S\\n]?${TIME}(?!\\d|[.:]\\d)`,
  'giu',
);

/** Minutes since midnight of a time of day ("10.30"). */
const minutes = (t: string): number => {
  const [h, m] = t.split(/[.:]/).map(Number);
  return h * 60 + m;
};

/** Tells whether `text` holds a CPR-like number. */
export function containsCpr(text: string): boolean {
  return findCpr(text).length > 0;
}

function replaceMatches(text: string, matches: PiiMatch[], replacement: string | ((m: PiiMatch) => string)): string {
  let out = '';
  let pos = 0;
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent for today's callers, which all pass matches in text order (find* find them in order, maskPii sorts); kept for the next caller.
  for (const m of [...matches].sort((a, b) => a.index - b.index)) {
    if (m.index < pos) {
      // Overlaps one already replaced: its tail goes under the same label, never in clear.
      pos = Math.max(pos, m.index + m.length);
      continue;
    }
    out += text.slice(pos, m.index) + (typeof replacement === 'string' ? replacement : replacement(m));
    pos = m.index + m.length;
  }
  return out + text.slice(pos);
}

/** Replaces every CPR-like number in `text` with `replacement` (by default "[CPR]"). */
export function redactCpr(text: string, replacement = '[CPR]'): string {
  return replaceMatches(text, findCpr(text), replacement);
}

/**
 * Replaces every CPR-like number with `replacement`, or with the short "[CPR]" when the long label
 * would take the text past `max` characters: a citizen who typed up to the limit keeps every word
 * (a label longer than the number it replaces pushed the end of the text past the limit, where it
 * was cut off or refused). "[CPR]" is shorter than any CPR number, so the text never grows.
 */
export function redactCprToFit(text: string, replacement: string, max: number): string {
  const long = redactCpr(text, replacement);
  return long.length <= max ? long : redactCpr(text);
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

// Bounded as RFC 5321 bounds an address (64 before the @, labels of 63): an unbounded run threw
// "too much recursion" in Firefox on a 5,000-letter comment. A longer local part is still found by its end.
const EMAIL_RE = /[\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){0,8}\.\p{L}{2,63}/gu;

/** Finds e-mail addresses in `text` (full-width @ and invisible characters included). */
export function findEmails(text: string): PiiMatch[] {
  return text ? emailsIn(normalize(text)) : [];
}

/** Replaces every e-mail address in `text` with `replacement`. */
export function redactEmails(text: string, replacement = '[e-mail]'): string {
  return replaceMatches(text, findEmails(text), replacement);
}

// Danish numbers as people write them: 8 digits, 4 4, or 2 2 2 2 (space, dot or dash between,
// or / with nothing around it), 2 3 3, 3 2 3 or 3 3 2 (spaces only: with dots an amount, with
// dashes a journal number), optionally after +45 / 0045 / 45, also straight after a label
// ("tlf.20123456"), and not part of a longer run of digit groups (an IBAN, an account number,
// a date, a decimal); two numbers may stand joined by / or , ("20123456/30123456"). Not
// an amount ("12 345 678 kr."). Other countries: a + and 8–15 digits. Searched with CPR numbers
// blanked out, so the tail of a CPR number is not mistaken for a phone number.
const PSEP = '[^\\S\\n]?[.\\-\\u2010-\\u2015]?[^\\S\\n]?';
const PSEP1 = '(?:[^\\S\\n]|[^\\S\\n]?[.\\-\\u2010-\\u2015][^\\S\\n]?)';
const PPAIR = '(?:[^\\S\\n]|[^\\S\\n]?[.\\-\\u2010-\\u2015][^\\S\\n]?|/)';
const TRIO = '[^\\S\\n]';
const DK = `(?:\\d{8}|\\d{4}${PSEP1}\\d{4}|\\d{2}${PPAIR}\\d{2}${PPAIR}\\d{2}${PPAIR}\\d{2}|\\d{2}${TRIO}\\d{3}${TRIO}\\d{3}|\\d{3}${TRIO}\\d{2}${TRIO}\\d{3}|\\d{3}${TRIO}\\d{3}${TRIO}\\d{2})`;
const PHONE_RE = new RegExp(
  `(?<![\\d+\\-]|\\d\\.|\\d${PSEP1})(?:(?:\\+|00)\\s?45${PSEP}|45${PSEP1}?)?${DK}(?!\\d|${PSEP1}\\d|[/,]\\d{1,2}(?!\\d)|[^\\S\\n]?(?:kr|DKK)\\b)|(?<![\\d])\\+(?!45)\\d{1,3}${PSEP}(?:\\d${PSEP}){6,13}\\d(?!\\d)`,
  'g',
);

/**
 * Takes CPR-like numbers and e-mail addresses out of a web address (read decoded), each as
 * "redacted": real sites put them in paths and query strings. The form's `pageUrl`, and the
 * reference server's stored page and way back from its thank-you page, are cleaned by it.
 */
export function redactAddress(address: string): string {
  return redactEmails(redactCpr(address, 'redacted'), 'redacted');
}

/** Finds phone numbers in `text` (CPR-like numbers are not phone numbers). */
export function findPhones(text: string): PiiMatch[] {
  return text ? phonesIn(normalize(text)) : [];
}

/** Replaces every phone number in `text` with `replacement` (by default "[telefon]"). */
export function redactPhones(text: string, replacement = '[telefon]'): string {
  return replaceMatches(text, findPhones(text), replacement);
}

/** Tells whether `text` holds an e-mail address or a phone number. */
export function containsContactDetails(text: string): boolean {
  return findEmails(text).length > 0 || findPhones(text).length > 0;
}

/**
 * Masks every CPR number, e-mail address and phone number in `text` for showing citizens'
 * words to staff: "[CPR-nummer fjernet]" (the mark the form leaves in what it stores, one wording
 * for one thing), "[e-mail fjernet]", "[telefon fjernet]".
 */
export function maskPii(text: string): string {
  if (!text) return text ?? '';
  const label = new Map<PiiMatch, string>();
  const all: PiiMatch[] = [];
  const add = (ms: PiiMatch[], l: string) => {
    for (const m of ms) {
      label.set(m, l);
      all.push(m);
    }
  };
  // Phones are searched with CPR numbers blanked, so they never overlap; where an e-mail
  // address overlaps another match, the one that starts first (the longer on a tie) names both.
  const n = normalize(text);
  const cpr = cprIn(n);
  add(
    cpr.map((m) => original(n, m.index, m.length)),
    '[CPR-nummer fjernet]',
  );
  add(emailsIn(n), '[e-mail fjernet]');
  add(phonesIn(n, cpr), '[telefon fjernet]');
  all.sort((a, b) => a.index - b.index || b.length - a.length);
  return replaceMatches(text, all, (m) => label.get(m)!);
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
