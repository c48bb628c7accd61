// The one place the server takes its personal-data detector from: the library's own detector
// (src/core/pii.ts, the one the feedback form uses), never a second regex here. It comes from
// the build's side-effect-free entry, dist/core.js (`npm run build`; `npm start` rebuilds when
// dist/ is older than src/, and `npm test` builds before the server tests run).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'core.js');
if (!existsSync(built)) {
  console.error('klar-server: dist/core.js is missing. Run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

/** The library's detector (findCpr, redactCpr, containsCpr, maskPii, …). */
export const detector = /** @type {typeof import('../src/core.js')} */ (await import(pathToFileURL(built).href));

/** A time of day as Danes write it: "10.00", "9:30", "23.59". */
const TIME = '(?:[01]?\\d|2[0-3])[.:][0-5]\\d';
/**
 * A span of time ("kl. 10.00-12.00", "fra 10:30–12:00"): eight digits in pairs with a dash between,
 * which the detector reads as a phone number. Only a span said as a time, after "kl.", "klokken",
 * "fra" or "mellem" (a weekday or "og" between), and that goes forward: "tlf: 20.00-21.30" and
 * "(+45) 20.00-21.30" are phone numbers, masked.
 */
const TIME_SPAN = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:kl\\.?|klokken|fra|mellem)[^\\S\\n]{1,3}(?:\\p{L}+[^\\S\\n]{1,3})?)(${TIME})[^\\S\\n]?[-\\u2010-\\u2015][^\\S\\n]?(${TIME})(?!\\d|[.:]\\d)`,
  'giu',
);

/** Minutes since midnight of a TIME. @param {string} t */
const minutes = (t) => {
  const [h, m] = t.split(/[.:]/).map(Number);
  return h * 60 + m;
};

/**
 * Masks every CPR number, e-mail address and phone number in a citizen's text, with the
 * library's marks: "[CPR-nummer fjernet]" (as a stored message says it), "[e-mail fjernet]",
 * "[telefon fjernet]". A span of time is kept: "telefontid kl. 10.00-12.00" became
 * "telefontid kl. [telefon fjernet]" on the public page. Each span is held out of the detector's
 * sight under a mark with no digits, and put back after.
 * @param {string} text
 */
export function maskPii(text) {
  if (!text) return detector.maskPii(text);
  /** @type {string[]} */
  const spans = [];
  const held = text.replace(TIME_SPAN, (span, from, to) => {
    if (minutes(to) <= minutes(from) || spans.length >= 0x100) return span;
    spans.push(span);
    return `\uE000${String.fromCharCode(0xe100 + spans.length - 1)}\uE001`;
  });
  const masked = detector.maskPii(held);
  return spans.length ? masked.replace(/\uE000([\uE100-\uE1FF])\uE001/g, (m, i) => spans[i.charCodeAt(0) - 0xe100] ?? m) : masked;
}
