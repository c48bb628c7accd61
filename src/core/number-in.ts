import { warnOnce } from './warn.js';

/**
 * The one reading of a number attribute (what `oneOf` in warn.ts is for an enumerated one):
 * `value` (7 or "7") when it is a number from `min` to `max`, a whole one unless `whole` is false
 * (seconds: "1.5"), else `fallback`, with one warning naming the element `el`, the attribute, the
 * value and the range. So "abc", -1, Infinity or 1e9 never reach a count or a timer: setTimeout
 * runs a delay past 2^31-1 ms at once, and `refresh="1e9"` polled every millisecond. Not set
 * (null, undefined) is `fallback`. An empty attribute is `fallback` too, with the warning: Lit
 * reads `retries=""` as 0, which turned retries, the spam guard (`min-time`) or folding off in
 * silence.
 * A module of its own, outside the form's first download: in klar-all.js the form imports it
 * when it sends (rollup.config.js puts it with http.ts); on the CDN it is in the chunk the
 * elements share, as the badge's panel and the case elements use it too.
 */
export function numberIn(el: Element, name: string, value: unknown, min: number, max: number, fallback: number, whole = true): number {
  const n = Number(value);
  if (value == null) return fallback;
  // An empty attribute (a CMS template's empty variable) is no number, though Lit reads it as 0.
  const blank = typeof value === 'string' ? !value.trim() : n === 0 && el.getAttribute(name)?.trim() === '';
  if (!blank && (!whole || Number.isInteger(n)) && n >= min && n <= max) return n;
  // The attribute as typed ("abc", not the NaN it reads as), else the property.
  warnOnce(`<${el.localName}> ${name}="${el.getAttribute(name) ?? value}" is not a ${whole ? 'whole ' : ''}number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}
