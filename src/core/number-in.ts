import { warnOnce } from './warn.js';

/**
 * The one reading of a number attribute (what `oneOf` in warn.ts is for an enumerated one):
 * `value` (7 or "7") when it is a number from `min` to `max`, a whole one unless `whole` is false
 * (seconds: "1.5"), else `fallback`, with one warning naming the element `el`, the attribute, the
 * value and the range. So "abc", -1, Infinity or 1e9 never reach a count or a timer: setTimeout
 * runs a delay past 2^31-1 ms at once, and `refresh="1e9"` polled every millisecond. Not set
 * (null, undefined) is `fallback`; an empty attribute reads as 0 (Lit's Number).
 * A module of its own, beside neither the case's code nor the form's first download: the form
 * imports it only when it sends (rollup.config.js puts it with http.ts).
 */
export function numberIn(el: Element, name: string, value: unknown, min: number, max: number, fallback: number, whole = true): number {
  const n = Number(value);
  if (value == null) return fallback;
  if ((!whole || Number.isInteger(n)) && n >= min && n <= max) return n;
  // The attribute as typed ("abc", not the NaN it reads as), else the property.
  warnOnce(`<${el.localName}> ${name}="${el.getAttribute(name) ?? value}" is not a ${whole ? 'whole ' : ''}number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}
