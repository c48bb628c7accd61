// "Hvad borgerne fortæller os": the public results page. It shows numbers only (answers per
// week, whether the page helped, per principle, ratings) and what the municipality changed
// ("Du sagde – vi gjorde"); citizens' own words are never on it. Staff read the comments,
// masked, in the staff view (insights-staff.js). Everything is rendered from the in-memory
// index (insights-index.js), so the page costs the same at 100 records as at 100,000.
import { escapeHtml } from './http-util.js';
import { page } from './feedback-api.js';
import { barChart, columnChart, fmt } from './insights-charts.js';
import { mondayOf } from './insights-index.js';

/** The nine principles' official Danish names, by slug (as in src/core/principles.ts). */
export const PRINCIPLE_NAMES = {
  oejenhoejde: 'Øjenhøjde',
  'klar-tale': 'Klar tale',
  'tydelige-forventninger': 'Tydelige forventninger',
  ydmyghed: 'Ydmyghed',
  'haand-om-fejl': 'Hånd om fejl',
  professionalisme: 'Professionalisme',
  sammenhaeng: 'Sammenhæng',
  udvikling: 'Udvikling',
  'ressourcer-med-omtanke': 'Ressourcer med omtanke',
};

export const MODE_NAMES = { quick: 'Hurtigt svar (hjalp siden?)', full: 'Uddybende vurdering', report: 'Fejlmelding' };
export const HELPED_NAMES = { yes: 'Ja', no: 'Nej' };
export const RATING_NAMES = ['', '1 – Meget dårligt', '2 – Dårligt', '3 – Hverken godt eller dårligt', '4 – Godt', '5 – Meget godt'];

/** @param {string} slug */
export const principleName = (slug) => PRINCIPLE_NAMES[/** @type {keyof typeof PRINCIPLE_NAMES} */ (slug)] ?? slug;

/**
 * The counts as the summary API gives them.
 * @param {import('./insights-index.js').Counts} c
 */
export function summaryOf(c) {
  return { total: c.total, modes: c.modes, helped: c.helped, ratings: c.ratings, principles: c.principles };
}

const longDay = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });

/** @param {string} iso */
export const formatDateTime = (iso) => (Number.isNaN(Date.parse(iso)) ? '' : dateTime.format(new Date(iso)));

/**
 * The ISO 8601 week number of the week starting on a Monday.
 * @param {string} monday YYYY-MM-DD
 */
export function isoWeek(monday) {
  const thursday = new Date(`${monday}T00:00:00Z`).getTime() + 3 * 86_400_000;
  const jan1 = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - jan1) / 86_400_000 / 7) + 1;
}

/**
 * The Mondays of the weeks to chart: the `count` weeks up to the last one (or to `to`), empty
 * weeks included, never before `from`.
 * @param {Map<string, unknown>} weeks
 * @param {{ count?: number, from?: string, to?: string }} [range]
 */
export function weekRange(weeks, range = {}) {
  const known = [...weeks.keys()].filter(Boolean).sort();
  const last = range.to ? mondayOf(range.to) : known.at(-1);
  if (!last) return [];
  const first = range.from ? mondayOf(range.from) : undefined;
  /** @type {string[]} */
  const out = [];
  for (let t = Date.parse(`${last}T00:00:00Z`); out.length < (range.count ?? 12); t -= 7 * 86_400_000) {
    const monday = new Date(t).toISOString().slice(0, 10);
    if (first && monday < first) break;
    out.unshift(monday);
  }
  return out;
}

/**
 * The three trend charts: answers per week, helped yes/no per week, answers per principle.
 * @param {import('./insights-index.js').Counts} c
 * @param {{ idPrefix?: string, from?: string, to?: string, weeks?: number }} [opts]
 */
export function trendCharts(c, opts = {}) {
  const prefix = opts.idPrefix ?? 'chart';
  const mondays = weekRange(c.weeks, { count: opts.weeks ?? 12, from: opts.from, to: opts.to });
  const labels = mondays.map((m) => `uge ${isoWeek(m)}`);
  const longLabels = mondays.map((m) => `Uge ${isoWeek(m)} (fra ${longDay.format(new Date(`${m}T00:00:00Z`))})`);
  const week = (/** @type {string} */ m) => c.weeks.get(m) ?? { total: 0, yes: 0, no: 0 };
  const principles = Object.entries(c.principles).sort((a, b) => b[1] - a[1]);
  return [
    columnChart({
      id: `${prefix}-weeks`,
      title: 'Svar pr. uge',
      labelHead: 'Uge',
      labels,
      longLabels,
      series: [{ name: 'Svar', look: 'solid', values: mondays.map((m) => week(m).total) }],
    }),
    columnChart({
      id: `${prefix}-helped`,
      title: 'Hjalp siden? Ja og nej pr. uge',
      labelHead: 'Uge',
      labels,
      longLabels,
      series: [
        { name: 'Ja', look: 'solid', values: mondays.map((m) => week(m).yes) },
        { name: 'Nej', look: 'hatch', values: mondays.map((m) => week(m).no) },
      ],
    }),
    barChart({
      id: `${prefix}-principles`,
      title: 'Svar pr. løfte',
      labelHead: 'Løfte',
      labels: principles.map(([k]) => principleName(k)),
      series: [{ name: 'Svar', look: 'solid', values: principles.map(([, n]) => n) }],
    }),
  ].join('\n');
}

/**
 * A table of counts with each row's share of the answers to that question, in words ("67 %") and
 * as a meter beside it (hidden from screen readers, which read the words).
 * @param {string} caption
 * @param {Array<[string, number]>} rows label and count
 */
export function countTable(caption, rows) {
  if (!rows.length) return `<section class="insight"><h2>${escapeHtml(caption)}</h2><p>Ingen svar endnu.</p></section>`;
  // The share of those who answered this question (Ja and Nej), not of every message.
  const base = Math.max(rows.reduce((sum, [, n]) => sum + n, 0), 1);
  const body = rows
    .map(
      ([label, n]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${fmt(n)}</td><td class="num">${fmt(Math.round((n / base) * 100))} %</td><td><meter min="0" max="${base}" value="${n}" aria-hidden="true"></meter></td></tr>`,
    )
    .join('\n');
  return `<section class="insight"><h2>${escapeHtml(caption)}</h2>
<table><thead><tr><th scope="col">Svar</th><th scope="col" class="num">Antal</th><th scope="col" class="num">Andel</th><td></td></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

/**
 * The tables of answers: helped, ratings, kind of message.
 * @param {import('./insights-index.js').Counts} c
 */
export function countTables(c) {
  /** @type {Array<[string, number]>} */
  const helpedRows = Object.entries(HELPED_NAMES)
    .filter(([k]) => c.helped[k])
    .map(([k, label]) => [label, c.helped[k]]);
  /** @type {Array<[string, number]>} */
  const ratingRows = [5, 4, 3, 2, 1].filter((v) => c.ratings[v]).map((v) => [RATING_NAMES[v], c.ratings[v]]);
  /** @type {Array<[string, number]>} */
  const modeRows = Object.entries(c.modes).map(([k, n]) => [MODE_NAMES[/** @type {keyof typeof MODE_NAMES} */ (k)] ?? k, n]);
  return [countTable('Hjalp siden?', helpedRows), countTable('Vurderinger', ratingRows), countTable('Type besked', modeRows)].join('\n');
}

/**
 * The "Du sagde – vi gjorde" entries.
 * @param {import('./insights-published.js').PublishedEntry[]} entries newest first
 */
export function publishedList(entries) {
  if (!entries.length) return '<p>Vi har ikke skrevet noget her endnu.</p>';
  const items = entries
    .map(
      (e) => `<li><article class="published">
<p><strong>Du sagde:</strong> ${escapeHtml(e.said)}</p>
<p><strong>Vi gjorde:</strong> ${escapeHtml(e.did)}</p>
<p class="meta"><time datetime="${escapeHtml(e.publishedAt)}">${escapeHtml(formatDateTime(e.publishedAt))}</time>${e.principle ? ` · Løfte: ${escapeHtml(principleName(e.principle))}` : ''}</p>
</article></li>`,
    )
    .join('\n');
  return `<ol class="published-list">\n${items}\n</ol>`;
}

/**
 * A page of the insights, with their stylesheet.
 * @param {string} title plain text
 * @param {string} body already escaped
 */
export function insightsShell(title, body) {
  return page('da', title, body).replace('</head>', '<link rel="stylesheet" href="/insights.css">\n</head>');
}

/**
 * Renders the public page: aggregates and published changes, no citizen's text.
 * @param {import('./insights-index.js').InsightsIndex} index
 * @param {import('./insights-published.js').PublishedLog} published
 */
export function insightsPage(index, published) {
  const c = index.update().totals;
  const body = `<p class="lead">Her kan du se, hvad borgerne svarer, når vi spørger til vores sagssider, og hvad vi har ændret på grund af det.
Vi viser kun tal her – aldrig det, nogen har skrevet. Vores medarbejdere læser kommentarerne, med CPR-numre, e-mailadresser og telefonnumre fjernet.</p>
<p class="total">I alt <strong>${fmt(c.total)}</strong> svar.</p>
<section class="insight" aria-labelledby="published-h"><h2 id="published-h">Du sagde – vi gjorde</h2>
${publishedList(published.newest(20))}
</section>
<div class="charts">
${trendCharts(c)}
</div>
<div class="insights">
${countTables(c)}
</div>
<p><a href="/insights/staff">For medarbejdere: læs kommentarerne</a></p>
<p><a href="/">Tilbage til Min sag</a></p>`;
  return insightsShell('Hvad borgerne fortæller os', body);
}
