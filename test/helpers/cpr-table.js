// The CPR spellings every privacy test checks, shared by the browser tests (the form in all
// three `pii` modes) and the server tests (the no-JavaScript path and masking), so the form
// and the server are held to one table. Each CPR entry: [how it is typed, what it shows, its
// digits as typed: ten, or twelve with a four-digit year]. The digits let a test look for a leak without asking the detector under test.

/** @type {[string, string, string][]} */
export const CPR_SPELLINGS = [
  ['0707614285', 'ten digits', '0707614285'],
  ['070761-4285', 'hyphen', '0707614285'],
  ['070761 4285', 'space', '0707614285'],
  ['070761    4285', 'four spaces', '0707614285'],
  ['070761\t4285', 'tab', '0707614285'],
  ['070761\n4285', 'line break', '0707614285'],
  ['070761-\n4285', 'hyphen, then a line break', '0707614285'],
  ['070761\r\n4285', 'CRLF line break', '0707614285'],
  ['070761 -\n  4285', 'spaces, hyphen and line break', '0707614285'],
  ['07.07.61-4285', 'dotted date', '0707614285'],
  ['07.07.61.4285', 'dots only', '0707614285'],
  ['07/07/61-4285', 'slashed date', '0707614285'],
  ['07 07 61 4285', 'spaced date', '0707614285'],
  ['070761\u20134285', 'en dash', '0707614285'],
  ['070761\u20144285', 'em dash', '0707614285'],
  ['070761\u20104285', 'Unicode hyphen U+2010', '0707614285'],
  ['070761\u22124285', 'minus sign', '0707614285'],
  ['070761_4285', 'underscore', '0707614285'],
  ['070761:4285', 'colon', '0707614285'],
  ['070761,4285', 'comma', '0707614285'],
  ['070761+4285', 'plus', '0707614285'],
  ['070761 - 4285', 'spaced hyphen', '0707614285'],
  ['070761 / 4285', 'spaced slash', '0707614285'],
  ['070761--4285', 'double hyphen', '0707614285'],
  ['070761\u00a04285', 'no-break space', '0707614285'],
  ['070761\u202f4285', 'narrow no-break space', '0707614285'],
  ['070761\u200b4285', 'zero-width space', '0707614285'],
  ['0707\u200b61-42\u200b85', 'zero-width spaces inside', '0707614285'],
  ['070761\u00ad-4285', 'soft hyphen', '0707614285'],
  ['07\u00ad07\u00ad61\u00ad4285', 'soft hyphens only', '0707614285'],
  ['070761\u200e-4285', 'left-to-right mark', '0707614285'],
  ['\u200f070761-4285\u200f', 'right-to-left marks around', '0707614285'],
  ['070761\u2066-4285\u2069', 'bidi isolate', '0707614285'],
  ['\u202a070761-4285\u202c', 'bidi embedding', '0707614285'],
  ['07\u200d07\u200c61-4285', 'zero-width joiner and non-joiner', '0707614285'],
  ['070761\ufeff4285', 'zero-width no-break space (BOM)', '0707614285'],
  ['\uff10\uff17\uff10\uff17\uff16\uff11\uff0d\uff14\uff12\uff18\uff15', 'full-width with full-width hyphen', '0707614285'],
  ['\uff10\uff17\uff10\uff17\uff16\uff11-\uff14\uff12\uff18\uff15', 'full-width with ASCII hyphen', '0707614285'],
  ['\uff10\uff17\uff10\uff17\uff16\uff11\u3000\uff14\uff12\uff18\uff15', 'full-width with ideographic space', '0707614285'],
  ['\uff10\uff17\uff10\uff17\uff16\uff11\uff3f\uff14\uff12\uff18\uff15', 'full-width with full-width underscore', '0707614285'],
  ['\uff10\uff17\uff0e\uff10\uff17\uff0e\uff16\uff11\uff1a\uff14\uff12\uff18\uff15', 'full-width dots and colon', '0707614285'],
  ['\u0660\u0667\u0660\u0667\u0666\u0661-\u0664\u0662\u0668\u0665', 'Arabic-Indic digits', '0707614285'],
  ['\u0660\u0667\u0660\u0667\u0666\u0661\u0664\u0662\u0668\u0665', 'Arabic-Indic, no separator', '0707614285'],
  ['\u0660\u0667\u0660\u0667\u0666\u0661\u060c\u0664\u0662\u0668\u0665', 'Arabic-Indic with Arabic comma', '0707614285'],
  ['\u200f\u0660\u0667\u0660\u0667\u0666\u0661-\u0664\u0662\u0668\u0665', 'Arabic-Indic after RLM', '0707614285'],
  ['\u06f0\u06f7\u06f0\u06f7\u06f6\u06f1-\u06f4\u06f2\u06f8\u06f5', 'Persian digits', '0707614285'],
  ['\u0966\u096d\u0966\u096d\u096c\u0967-\u096a\u0968\u096e\u096b', 'Devanagari digits', '0707614285'],
  ['\u09e6\u09ed\u09e6\u09ed\u09ec\u09e7-\u09ea\u09e8\u09ee\u09eb', 'Bengali digits', '0707614285'],
  ['\u0e50\u0e57\u0e50\u0e57\u0e56\u0e51-\u0e54\u0e52\u0e58\u0e55', 'Thai digits', '0707614285'],
  ['07\u0660\u066761-\u06f4285', 'mixed scripts', '0707614285'],
  ['\u{1d7ce}\u{1d7d5}\u{1d7ce}\u{1d7d5}\u{1d7d4}\u{1d7cf}-\u{1d7d2}\u{1d7d0}\u{1d7d6}\u{1d7d3}', 'mathematical bold digits (outside the BMP)', '0707614285'],
  ['311211-1118', 'another date, 1911', '3112111118'],
  ['29.02.00-4123', 'leap day 2000 (7th digit 4)', '2902004123'],
  ['010157-5234', 'year 2057 (7th digit 5)', '0101575234'],
  ['150390 9871', '1990, spaced', '1503909871'],
  // Missed until an audit typed them (the serial in pairs, a four-digit year, digits spaced out,
  // long runs of spaces): they reached the event, the draft, the POST, the file and the staff page.
  ['07 07 61 42 85', 'pairs, the serial too', '0707614285'],
  ['070761-42 85', 'the serial in two pairs', '0707614285'],
  ['07-07-1961 4285', 'a four-digit year', '070719614285'],
  ['07071961-4285', 'a four-digit year, no separators in the date', '070719614285'],
  ['07/07/1961-4285', 'a four-digit year, slashes', '070719614285'],
  ['0 7 0 7 6 1 4 2 8 5', 'every digit spaced', '0707614285'],
  ['07      07 61 4285', 'six spaces inside the date', '0707614285'],
];

/** Numbers that are not CPR numbers and must pass untouched. @type {[string, string][]} */
export const NOT_CPR = [
  ['320299-1234', 'day 32'],
  ['311399-1234', 'month 13'],
  ['000199-1234', 'day 0'],
  ['310499-1234', '31 April'],
  ['290201-1234', '29 February 1901'],
  ['290200-0123', '29 February 1900 (7th digit 0)'],
  ['\u0663\u0662\u0660\u0662\u0669\u0669-\u0661\u0662\u0663\u0664', 'day 32 in Arabic-Indic digits'],
  ['\uff13\uff12\uff10\uff12\uff19\uff19\uff0d\uff11\uff12\uff13\uff14', 'day 32 in full-width digits'],
  ['01020312345', 'eleven digits'],
  ['070761-42856', 'five-digit serial'],
  ['Sag 2026-000123', 'a case number'],
  ['Journalnr. 2026-04-000123', 'a journal number'],
  ['Beløb: 1.234.567,89 kr.', 'an amount'],
  ['Kl. 14:32 den 3.11.2026', 'a time and a date'],
  ['2026-12-02T06:07:31Z', 'a timestamp'],
  ['IBAN DK50 0040 0440 1162 43', 'an IBAN'],
  ['Ordrenr. 12345678901234', 'an order number'],
  ['Version 1.2.3-4567', 'a version'],
  ['Tlf. 33 66 33 66', 'a phone number'],
  ['07.07.1961', 'a date alone'],
  ['03.12.2026 10.30', 'a date and a time (the year is not the century the 7th digit gives)'],
  ['07.07.1961 42', 'a date and two digits'],
  ['Tlf. 33 66 33 66 og 44 55 66 77', 'two phone numbers'],
  ['Tlf. +49 30 12 34 56 78', 'a German phone number in pairs (30.12.34 is a date)'],
  ['+44 20 12 34 56 78', 'a British phone number in pairs'],
  ['Ring +31-20-12-34-56-78', 'a Dutch phone number with dashes'],
];

/**
 * The ten-digit runs of `text` as a person reads them (digits of any script as 0–9, everything
 * else dropped), for checking that a CPR number did not get through. Independent of src/core/pii.
 * @param {string} text
 */
export function digitsOf(text) {
  let out = '';
  for (const ch of text) {
    if (!/\p{Nd}/u.test(ch)) continue;
    let start = ch.codePointAt(0);
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    out += String(((ch.codePointAt(0) ?? 0) - start) % 10);
  }
  return out;
}

/**
 * The ten digits of a CPR number (DDMMYYSSSS) from the table's digits as typed: a four-digit
 * year (twelve digits, DDMMYYYYSSSS) loses its century.
 * @param {string} digits
 */
export function tenDigits(digits) {
  return digits.length === 12 ? digits.slice(0, 4) + digits.slice(6) : digits;
}
