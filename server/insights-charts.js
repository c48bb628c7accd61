// Server-rendered charts for the insights pages: SVG with presentation attributes only (no style
// attribute, no script), shown as an image (<img src="data:image/svg+xml,…">, which the page's
// img-src allows), so they render under the strict page CSP. Every chart is followed by a table
// of the same numbers, which is what every reader reads. The drawing's words (axis numbers, week
// and principle labels) are not in the page's text: read-aloud, reader views and copy-and-paste
// take the page's text nodes, and ARIA does not reach them, so an inline SVG's labels were read
// run together ("024uge 38uge 39…") before the table said the same. The image has one name, its
// alt, which points to the table. Series are told apart by pattern and by a written legend,
// never by colour alone.
import { escapeHtml } from './http-util.js';

const INK = '#1b1f24';
const BAR = '#0b5394';
const GRID = '#c9ced4';
const numberFormats = { da: new Intl.NumberFormat('da-DK'), en: new Intl.NumberFormat('en-GB') };
/** Writes a number as the page's language does ("1.234" in Danish, "1,234" in English). */
export const fmt = (/** @type {number} */ n, /** @type {'da' | 'en'} */ lang = 'da') => numberFormats[lang].format(n);

/** The charts' own words, by language (the page's words are in insights.js). */
const TEXTS = {
  da: { empty: 'Ingen svar endnu.', inTable: 'Tallene står i tabellen under.', caption: 'Tallene bag grafen:', column: 'søjlediagram', bar: 'bjælkediagram' },
  en: { empty: 'No answers yet.', inTable: 'The numbers are in the table below.', caption: 'The numbers behind the chart:', column: 'column chart', bar: 'bar chart' },
};

/**
 * @typedef {object} Series
 * @property {string} name shown in the legend and the table head
 * @property {'solid' | 'hatch'} look
 * @property {number[]} values one per label
 */

/**
 * @typedef {object} Chart
 * @property {string} id unique on the page (ids inside the SVG are made from it)
 * @property {string} title the heading
 * @property {string} labelHead the table head over the labels, e.g. "Uge"
 * @property {string[]} labels short labels drawn on the chart
 * @property {string[]} [longLabels] labels for the table, when the short ones are abbreviated
 * @property {Series[]} series stacked on top of each other in this order
 * @property {'da' | 'en'} [lang] the page's language (default Danish)
 * @property {string} [empty] what the chart says with nothing to draw (default "Ingen svar endnu.")
 */

/**
 * A round number at or above `n`, for the top of the axis. Its half is the middle line, and the
 * axis counts answers, so both are whole numbers: an even top up to 10 ("0 / 3 / 6", never
 * "0 / 2,5 / 5"), then 1, 2 or 5 times a power of ten (no 25, whose half is 12,5).
 */
function niceMax(/** @type {number} */ n) {
  if (n <= 10) return Math.max(2, Math.ceil(n / 2) * 2);
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= n) ?? 10 * p;
}

/** @param {string} id @param {Series} s */
const fillOf = (id, s) => (s.look === 'hatch' ? `url(#${id}-hatch)` : BAR);

/** @param {string} id */
const hatch = (id) =>
  `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${BAR}" stroke-width="3"/></pattern></defs>`;

/**
 * The stacked rectangles of one label: `box(from, to)` gives the x, y, width and height of a
 * piece that runs from value `from` to value `to`.
 * @param {Chart} c
 * @param {number} i the label's index
 * @param {(from: number, to: number) => [number, number, number, number]} box
 */
function stack(c, i, box) {
  let base = 0;
  return c.series
    .map((s) => {
      const v = s.values[i] ?? 0;
      if (!v) return '';
      const [x, y, w, h] = box(base, base + v).map((n) => n.toFixed(1));
      base += v;
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fillOf(c.id, s)}" stroke="${BAR}"/>`;
    })
    .join('');
}

/**
 * The empty state, or nothing when there is something to draw.
 * @param {Chart} c
 */
const nothingYet = (c) => (c.labels.length ? '' : `<section class="insight"><h2>${escapeHtml(c.title)}</h2><p>${escapeHtml(c.empty ?? TEXTS[c.lang ?? 'da'].empty)}</p></section>`);

/** The pages' own type (demo.css): an image does not inherit the page's font. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** An SVG drawing as an image address. */
const svgSrc = (/** @type {Chart} */ c, /** @type {Plot} */ p) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${p.W} ${p.H}" width="${p.W}" height="${p.H}" font-family="${FONT}">${hatch(c.id)}${p.content}</svg>`)}`;

/**
 * @typedef {object} Plot
 * @property {number} W
 * @property {number} H
 * @property {string} content the SVG's inside
 */

/**
 * The drawing: one image named for what it shows, pointing to the table. A phone gets a drawing
 * made for its width (`narrow`, 320 wide, used up to 30em): the wide one, scaled to fit, drew its
 * 12 px words at 6 px.
 * @param {Chart} c
 * @param {string} kind
 * @param {Plot} wide
 * @param {Plot} narrow
 */
const drawing = (c, kind, wide, narrow) =>
  `<picture><source media="(max-width: 30em)" srcset="${svgSrc(c, narrow)}" width="${narrow.W}" height="${narrow.H}"><img class="chart" src="${svgSrc(c, wide)}" width="${wide.W}" height="${wide.H}" alt="${escapeHtml(`${c.title}: ${kind}. ${TEXTS[c.lang ?? 'da'].inTable}`)}"></picture>`;

/** @param {Chart} c */
function legend(c) {
  if (c.series.length < 2) return '';
  const items = c.series
    .map(
      (s) =>
        // The swatch carries its own hatch: the chart's is inside its image, out of the page's reach.
        `<li><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">${s.look === 'hatch' ? hatch(`${c.id}-key`) : ''}<rect x="0.5" y="0.5" width="13" height="13" fill="${fillOf(`${c.id}-key`, s)}" stroke="${BAR}"/></svg> ${escapeHtml(s.name)}</li>`,
    )
    .join('');
  return `<ul class="chart-legend">${items}</ul>`;
}

/** @param {Chart} c */
function dataTable(c) {
  const head = `<tr><th scope="col">${escapeHtml(c.labelHead)}</th>${c.series.map((s) => `<th scope="col" class="num">${escapeHtml(s.name)}</th>`).join('')}</tr>`;
  const rows = c.labels
    .map(
      (l, i) =>
        `<tr><th scope="row">${escapeHtml(c.longLabels?.[i] ?? l)}</th>${c.series.map((s) => `<td class="num">${fmt(s.values[i] ?? 0, c.lang)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table class="chart-data"><caption>${TEXTS[c.lang ?? 'da'].caption} ${escapeHtml(c.title)}</caption>
<thead>${head}</thead>
<tbody>
${rows}
</tbody></table>`;
}

/**
 * @param {Chart} c
 * @param {string} svg
 */
function section(c, svg) {
  return `<section class="insight chart-block" aria-labelledby="${c.id}-h">
<h2 id="${c.id}-h">${escapeHtml(c.title)}</h2>
${svg}
${legend(c)}
${dataTable(c)}
</section>`;
}

/**
 * Columns, one per label (weeks), series stacked.
 * @param {Chart} c
 */
export function columnChart(c) {
  if (!c.labels.length) return nothingYet(c);
  return section(c, drawing(c, TEXTS[c.lang ?? 'da'].column, columns(c, 640, 240, 48), columns(c, 320, 200, 32)));
}

/**
 * @param {Chart} c
 * @param {number} W the width
 * @param {number} H the height
 * @param {number} left room for the axis numbers
 * @returns {Plot}
 */
function columns(c, W, H, left) {
  const bottom = 36;
  const top = 12;
  const plotW = W - left - 8;
  const plotH = H - top - bottom;
  const totals = c.labels.map((_, i) => c.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(...totals));
  const y = (/** @type {number} */ v) => top + plotH - (v / max) * plotH;
  const step = plotW / c.labels.length;
  const barW = Math.max(2, step * 0.7);
  // Every nth label, so that no two touch: a label is at most 0.6 em (7.2) a character, and 8 apart.
  const every = Math.ceil(((Math.max(...c.labels.map((l) => l.length)) * 7.2 + 8) * c.labels.length) / plotW);
  const grid = [0, max / 2, max]
    .map((v) => `<line x1="${left}" x2="${W - 8}" y1="${y(v)}" y2="${y(v)}" stroke="${GRID}"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="${INK}" font-size="12">${fmt(v, c.lang)}</text>`)
    .join('');
  const bars = c.labels
    .map((label, i) => {
      const x = left + i * step + (step - barW) / 2;
      const parts = stack(c, i, (from, to) => [x, y(to), barW, y(from) - y(to)]);
      const showLabel = i % every === 0;
      const text = showLabel ? `<text x="${(x + barW / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle" fill="${INK}" font-size="12">${escapeHtml(label)}</text>` : '';
      return parts + text;
    })
    .join('');
  return { W, H, content: `${grid}${bars}<line x1="${left}" x2="${W - 8}" y1="${y(0)}" y2="${y(0)}" stroke="${INK}"/>` };
}

/**
 * Horizontal bars, one per label (principles), series stacked.
 * @param {Chart} c
 */
export function barChart(c) {
  if (!c.labels.length) return nothingYet(c);
  return section(c, drawing(c, TEXTS[c.lang ?? 'da'].bar, bars(c, 640, 200), bars(c, 320, 0)));
}

/**
 * @param {Chart} c
 * @param {number} W the width
 * @param {number} left room for the labels beside the bars; 0: each label above its bar
 * @returns {Plot}
 */
function bars(c, W, left) {
  const above = left ? 0 : 18;
  const rowH = 28 + above;
  const right = 56;
  const H = c.labels.length * rowH + 8;
  const totals = c.labels.map((_, i) => c.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const x = (/** @type {number} */ v) => left + (v / max) * (W - left - right);
  const rows = c.labels
    .map((label, i) => {
      const yTop = 4 + i * rowH + above;
      const middle = yTop + (rowH - above) / 2 + 4;
      const parts = stack(c, i, (from, to) => [x(from), yTop + 4, x(to) - x(from), rowH - above - 8]);
      const name = left ? `<text x="${left - 8}" y="${middle}" text-anchor="end" fill="${INK}" font-size="13">` : `<text x="2" y="${yTop - 2}" fill="${INK}" font-size="13">`;
      return `${name}${escapeHtml(label)}</text>${parts}<text x="${(x(totals[i]) + 6).toFixed(1)}" y="${middle}" fill="${INK}" font-size="13">${fmt(totals[i], c.lang)}</text>`;
    })
    .join('');
  return { W, H, content: `<line x1="${left}" x2="${left}" y1="0" y2="${H}" stroke="${INK}"/>${rows}` };
}
