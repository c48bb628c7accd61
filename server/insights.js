// "Hvad borgerne fortæller os": the public results page. It shows numbers only (answers per
// week, whether the page helped, per principle, ratings) and what the municipality changed
// ("Du sagde – vi gjorde"); citizens' own words are never on it. Staff read the comments,
// masked, in the staff view (insights-staff.js). Everything is rendered from the in-memory
// index (insights-index.js), so the page costs the same at 100 records as at 100,000.
import { escapeHtml } from './http-util.js';
import { page, ratingLabel } from './feedback-api.js';
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

/**
 * The public page's words, by language (the staff view is in Danish). The principles' English
 * names come from the library's catalogue (server/catalogue.js); a rating's words are the
 * form's own, as the feedback API stores them with it (ratingLabel).
 */
export const TEXTS = {
  da: {
    title: 'Hvad borgerne fortæller os',
    lead: 'Her kan du se, hvad borgerne svarer, når vi spørger til vores sagssider, og hvad vi har ændret på grund af det.\nVi viser kun tal her – aldrig det, nogen har skrevet. Vores medarbejdere læser kommentarerne, med CPR-numre, e-mailadresser og telefonnumre fjernet.',
    total: 'I alt {n} svar.',
    totalPeriod: 'I alt {n} svar fra {first} til {today}.',
    // Every answer came today: the day once, not "fra 7. december til 7. december".
    totalDay: 'I alt {n} svar i dag, {today}.',
    base: 'Bygger på {n} af {total} svar.',
    tooFew: 'For få svar til at vise en andel. Vi viser andele, når mindst {min} har svaret.',
    otherPromise: 'Andet løfte',
    published: 'Du sagde – vi gjorde',
    said: 'Du sagde:',
    did: 'Vi gjorde:',
    promise: 'Løfte:',
    promiseHead: 'Løfte',
    nothingPublished: 'Vi har ikke skrevet noget her endnu.',
    staff: 'For medarbejdere: læs kommentarerne',
    back: 'Tilbage til Min sag',
    answers: 'Svar',
    count: 'Antal',
    share: 'Andel',
    percent: '{n} %',
    noAnswers: 'Ingen svar endnu.',
    // Where there are answers but none to this question, or none a filter takes: why the box is empty.
    noRatings: 'Ingen har givet en vurdering endnu.',
    noPromise: 'Ingen har valgt et løfte endnu.',
    noHelped: 'Ingen har svaret Ja eller Nej endnu.',
    noMatch: 'Ingen svar passer til det valgte.',
    noneYet: 'Ingen har svaret endnu. Tallene kommer her, når de første svar er kommet.',
    helped: 'Hjalp siden?',
    ratings: 'Vurderinger',
    modes: 'Type besked',
    perWeek: 'Svar pr. uge',
    helpedPerWeek: 'Hjalp siden? Ja og nej pr. uge',
    perPromise: 'Svar pr. løfte',
    week: 'Uge',
    weekShort: 'uge {n}',
    weekLong: 'Uge {n} (fra {date})',
    yes: 'Ja',
    no: 'Nej',
    // "quick" is the one-click question alone (with or without a comment): a quick answer the citizen
    // followed with a full message is counted as that, so this is not the count of "Hjalp siden?".
    modeNames: { quick: 'Kun Ja/Nej-spørgsmålet', full: 'Uddybende vurdering', report: 'Fejlmelding' },
  },
  en: {
    title: 'What citizens tell us',
    lead: 'Here you can see what citizens answer when we ask about our case pages, and what we have changed because of it.\nWe show only numbers here – never what anyone has written. Our staff read the comments, with CPR numbers, e-mail addresses and phone numbers removed.',
    total: '{n} {answers} in all.',
    totalPeriod: '{n} {answers} from {first} to {today}.',
    totalDay: '{n} {answers} today, {today}.',
    base: 'Based on {n} of {total} answers.',
    tooFew: 'Too few answers to show a share. We show shares once at least {min} have answered.',
    otherPromise: 'Another promise',
    published: 'You said – we did',
    // Staff write these in Danish (each is marked lang="da"): a reader of the English page is told so.
    publishedIn: 'Our staff write these in Danish.',
    said: 'You said:',
    did: 'We did:',
    promise: 'Promise:',
    promiseHead: 'Promise',
    nothingPublished: 'We have not written anything here yet.',
    staff: 'For staff: read the comments (in Danish)',
    back: 'Back to My case',
    answers: 'Answers',
    count: 'Number',
    share: 'Share',
    percent: '{n}%',
    noAnswers: 'No answers yet.',
    noRatings: 'Nobody has given a rating yet.',
    noPromise: 'Nobody has chosen a promise yet.',
    noHelped: 'Nobody has answered Yes or No yet.',
    noMatch: 'No answers match what you chose.',
    noneYet: 'Nobody has answered yet. The numbers will be here once the first answers have come in.',
    helped: 'Did the page help?',
    ratings: 'Ratings',
    modes: 'Kind of message',
    perWeek: 'Answers per week',
    helpedPerWeek: 'Did the page help? Yes and no per week',
    perPromise: 'Answers per promise',
    week: 'Week',
    weekShort: 'wk {n}',
    weekLong: 'Week {n} (from {date})',
    yes: 'Yes',
    no: 'No',
    modeNames: { quick: 'Only the yes/no question', full: 'Detailed review', report: 'Error report' },
  },
};

/** Puts values into a text's {placeholders}. @param {string} text @param {Record<string, string | number>} values */
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, k) => (k in values ? String(values[k]) : all));

export const MODE_NAMES = TEXTS.da.modeNames;
export const HELPED_NAMES = { yes: TEXTS.da.yes, no: TEXTS.da.no };
/**
 * The ratings with their numbers, by value, e.g. "4 – Tilfreds": the form's words (ratingLabel).
 * @param {'da' | 'en'} lang
 * @param {Record<string, unknown>} [words] the form's texts in `lang` (formTexts); without them, the server's copy
 */
export const ratingNames = (lang, words) => ['', 1, 2, 3, 4, 5].map((v) => (v ? `${v} – ${ratingLabel(v, lang, words)}` : ''));

/**
 * The key every principle the server does not know is counted under (a slug of another set, or
 * anything a client sent): what a client sends as a principle is never shown as it was sent.
 */
export const OTHER_PRINCIPLE = 'other';

/**
 * A principle's name: one of the nine principles by its name, anything else as "Andet løfte"
 * (never the value as sent: it can be a name or a phone number).
 * @param {string} slug
 * @param {Record<string, string>} [names] the names in the page's language (default the Danish)
 * @param {'da' | 'en'} [lang] the page's language
 */
export const principleName = (slug, names = PRINCIPLE_NAMES, lang = 'da') =>
  Object.hasOwn(PRINCIPLE_NAMES, slug) ? (names[slug] ?? PRINCIPLE_NAMES[slug]) : TEXTS[lang].otherPromise;

/**
 * The answers per principle, the nine principles by slug (most answers first) and every other
 * value summed under OTHER_PRINCIPLE, last.
 * @param {Record<string, number>} principles by the index's key (insights-index.js principleOf)
 * @returns {Record<string, number>}
 */
export function knownPrinciples(principles) {
  let other = 0;
  /** @type {Array<[string, number]>} */
  const known = [];
  for (const [k, n] of Object.entries(principles)) {
    if (Object.hasOwn(PRINCIPLE_NAMES, k)) known.push([k, n]);
    else other += n;
  }
  known.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(other ? [...known, [OTHER_PRINCIPLE, other]] : known);
}

/**
 * The counts as the summary API gives them.
 * @param {import('./insights-index.js').Counts} c
 */
export function summaryOf(c) {
  return { total: c.total, modes: c.modes, helped: c.helped, ratings: c.ratings, principles: knownPrinciples(c.principles) };
}

const LOCALES = { da: 'da-DK', en: 'en-GB' };
const longDay = { da: new Intl.DateTimeFormat(LOCALES.da, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }), en: new Intl.DateTimeFormat(LOCALES.en, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }) };
const dateTime = { da: new Intl.DateTimeFormat(LOCALES.da, { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }), en: new Intl.DateTimeFormat(LOCALES.en, { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }) };

/** @param {string} iso @param {'da' | 'en'} [lang] */
export const formatDateTime = (iso, lang = 'da') => (Number.isNaN(Date.parse(iso)) ? '' : dateTime[lang].format(new Date(iso)));

/** A calendar day in words, "7. december 2026" ("7 December 2026"). @param {string} day YYYY-MM-DD @param {'da' | 'en'} [lang] */
export const formatDay = (day, lang = 'da') => (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? '' : longDay[lang].format(new Date(`${day}T00:00:00Z`)));

const localFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** A time in Danish time for a spreadsheet, "2026-12-07 18:49". @param {string} iso */
export const localTime = (iso) => (Number.isNaN(Date.parse(iso)) ? '' : localFormat.format(new Date(iso)));

/** Today in Danish time (YYYY-MM-DD). */
export const today = () => localFormat.format(new Date()).slice(0, 10);

/** The fewest answers a share is shown of: a share of 2 or 3 answers reads as a fact it is not. */
export const MIN_SHARE_BASE = 20;

/**
 * Whole percentages of counts that add up to 100 (largest remainder: each share rounded down, and
 * the points left over go to the largest remainders), so three single answers are 34 + 33 + 33.
 * @param {number[]} counts
 */
export function sharesOf(counts) {
  const base = counts.reduce((sum, n) => sum + n, 0);
  if (!base) return counts.map(() => 0);
  const exact = counts.map((n) => (n * 100) / base);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((sum, n) => sum + n, 0);
  for (const i of exact.map((x, i) => i).sort((a, b) => exact[b] - out[b] - (exact[a] - out[a]) || a - b)) {
    if (left-- <= 0) break;
    out[i]++;
  }
  return out;
}

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
 * @param {{ idPrefix?: string, from?: string, to?: string, weeks?: number, lang?: 'da' | 'en', names?: Record<string, string>, filtered?: boolean }} [opts]
 *   `lang` the page's language (default Danish), `names` the principles' names in it, `filtered` as for countTables
 */
export function trendCharts(c, opts = {}) {
  const prefix = opts.idPrefix ?? 'chart';
  const lang = opts.lang ?? 'da';
  const t = TEXTS[lang];
  const empty = emptyText(c, lang, !!opts.filtered);
  const mondays = weekRange(c.weeks, { count: opts.weeks ?? 12, from: opts.from, to: opts.to });
  const labels = mondays.map((m) => fill(t.weekShort, { n: isoWeek(m) }));
  const longLabels = mondays.map((m) => fill(t.weekLong, { n: isoWeek(m), date: longDay[lang].format(new Date(`${m}T00:00:00Z`)) }));
  const week = (/** @type {string} */ m) => c.weeks.get(m) ?? { total: 0, yes: 0, no: 0 };
  const principles = Object.entries(knownPrinciples(c.principles));
  return [
    columnChart({
      id: `${prefix}-weeks`,
      title: t.perWeek,
      labelHead: t.week,
      labels,
      longLabels,
      series: [{ name: t.answers, look: 'solid', values: mondays.map((m) => week(m).total) }],
      lang,
    }),
    columnChart({
      id: `${prefix}-helped`,
      title: t.helpedPerWeek,
      labelHead: t.week,
      labels,
      longLabels,
      series: [
        { name: t.yes, look: 'solid', values: mondays.map((m) => week(m).yes) },
        { name: t.no, look: 'hatch', values: mondays.map((m) => week(m).no) },
      ],
      lang,
    }),
    barChart({
      id: `${prefix}-principles`,
      title: t.perPromise,
      labelHead: t.promiseHead,
      labels: principles.map(([k]) => principleName(k, opts.names, lang)),
      series: [{ name: t.answers, look: 'solid', values: principles.map(([, n]) => n) }],
      lang,
      empty: empty('noPromise'),
    }),
  ].join('\n');
}

/**
 * A table of counts with the answers it is based on ("Bygger på 12 af 40 svar.") and, from
 * MIN_SHARE_BASE answers, each row's share of them in words ("67 %", adding up to 100: sharesOf)
 * and as a meter beside it (hidden from screen readers, which read the words). Below that, the
 * table says there are too few answers for a share, and shows none.
 * @param {string} caption
 * @param {Array<[string, number]>} rows label and count
 * @param {'da' | 'en'} [lang] the page's language
 * @param {number} [total] every answer counted on the page (default the rows' sum)
 * @param {string} [empty] what an empty table says (default "Ingen svar endnu.")
 */
export function countTable(caption, rows, lang = 'da', total = undefined, empty = TEXTS[lang].noAnswers) {
  if (!rows.length) return `<section class="insight"><h2>${escapeHtml(caption)}</h2><p>${escapeHtml(empty)}</p></section>`;
  const t = TEXTS[lang];
  // The share of those who answered this question (Ja and Nej), not of every message.
  const base = rows.reduce((sum, [, n]) => sum + n, 0);
  const shown = base >= MIN_SHARE_BASE;
  const shares = sharesOf(rows.map(([, n]) => n));
  const body = rows
    .map(
      ([label, n], i) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${fmt(n, lang)}</td>${shown ? `<td class="num">${fill(t.percent, { n: fmt(shares[i], lang) })}</td><td><meter min="0" max="${base}" value="${n}" aria-hidden="true"></meter></td>` : ''}</tr>`,
    )
    .join('\n');
  const said = `${fill(t.base, { n: fmt(base, lang), total: fmt(Math.max(total ?? base, base), lang) })}${shown ? '' : ` ${fill(t.tooFew, { min: fmt(MIN_SHARE_BASE, lang) })}`}`;
  return `<section class="insight"><h2>${escapeHtml(caption)}</h2>
<p class="base">${escapeHtml(said)}</p>
<table><thead><tr><th scope="col">${escapeHtml(t.answers)}</th><th scope="col" class="num">${escapeHtml(t.count)}</th>${shown ? `<th scope="col" class="num">${escapeHtml(t.share)}</th><td></td>` : ''}</tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

/**
 * The tables of answers: helped, ratings, kind of message.
 * @param {import('./insights-index.js').Counts} c
 * @param {'da' | 'en'} [lang] the page's language
 * @param {Record<string, unknown>} [words] the form's texts in it (formTexts), for the ratings' words
 * @param {boolean} [filtered] the counts are of a filter's answers (staff): none is "none match", not "none yet"
 */
export function countTables(c, lang = 'da', words = undefined, filtered = false) {
  const t = TEXTS[lang];
  const empty = emptyText(c, lang, filtered);
  const ratings = ratingNames(lang, words);
  /** @type {Array<[string, number]>} */
  const helpedRows = /** @type {const} */ (['yes', 'no'])
    .filter((k) => c.helped[k])
    .map((k) => [t[k], c.helped[k]]);
  /** @type {Array<[string, number]>} */
  const ratingRows = [5, 4, 3, 2, 1].filter((v) => c.ratings[v]).map((v) => [ratings[v], c.ratings[v]]);
  /** @type {Array<[string, number]>} */
  const modeRows = Object.entries(c.modes).map(([k, n]) => [t.modeNames[/** @type {keyof typeof MODE_NAMES} */ (k)] ?? k, n]);
  return [
    countTable(t.helped, helpedRows, lang, c.total, empty('noHelped')),
    countTable(t.ratings, ratingRows, lang, c.total, empty('noRatings')),
    countTable(t.modes, modeRows, lang, c.total, empty('noAnswers')),
  ].join('\n');
}

/**
 * What an empty box says: with answers, that none answered this (`key`); with none, "Ingen svar
 * endnu.", or for a filter "Ingen svar passer til det valgte.".
 * @param {{ total: number }} c
 * @param {'da' | 'en'} lang
 * @param {boolean} filtered
 */
function emptyText(c, lang, filtered) {
  const t = TEXTS[lang];
  return (/** @type {'noHelped' | 'noRatings' | 'noPromise' | 'noAnswers'} */ key) => (c.total ? t[key] : filtered ? t.noMatch : t.noAnswers);
}

/**
 * The "Du sagde – vi gjorde" entries.
 * @param {import('./insights-published.js').PublishedEntry[]} entries newest first
 * @param {'da' | 'en'} [lang] the page's language
 * @param {Record<string, string>} [names] the principles' names in it
 * @param {(e: import('./insights-published.js').PublishedEntry) => string} [actions] what follows each entry (the staff view's "Træk tilbage"), as HTML
 */
export function publishedList(entries, lang = 'da', names = undefined, actions = undefined) {
  const t = TEXTS[lang];
  if (!entries.length) return `<p>${escapeHtml(t.nothingPublished)}</p>`;
  // Staff write the entries in Danish: on a page in another language they say so.
  const said = (/** @type {string} */ text) => (lang === 'da' ? escapeHtml(text) : `<span lang="da">${escapeHtml(text)}</span>`);
  const items = entries
    .map(
      (e) => `<li><article class="published">
<p><strong>${escapeHtml(t.said)}</strong> ${said(e.said)}</p>
<p><strong>${escapeHtml(t.did)}</strong> ${said(e.did)}</p>
<p class="meta"><time datetime="${escapeHtml(e.publishedAt)}">${escapeHtml(formatDateTime(e.publishedAt, lang))}</time>${e.principle ? ` · ${escapeHtml(t.promise)} ${escapeHtml(principleName(e.principle, names, lang))}` : ''}</p>
${actions ? actions(e) : ''}</article></li>`,
    )
    .join('\n');
  return `<ol class="published-list">\n${items}\n</ol>`;
}

/**
 * A page of the insights, with their stylesheet.
 * @param {string} title plain text
 * @param {string} body already escaped
 * @param {{ lang?: 'da' | 'en', current?: 'insights', langSwitch?: boolean }} [opts] passed to the page frame
 */
export function insightsShell(title, body, opts = {}) {
  return page(opts.lang ?? 'da', title, body, opts).replace('</head>', '<link rel="stylesheet" href="/insights.css">\n</head>');
}

/**
 * Renders the public page: aggregates and published changes, no citizen's text.
 * @param {import('./insights-index.js').InsightsIndex} index
 * @param {import('./insights-published.js').PublishedLog} published
 * @param {{ lang?: 'da' | 'en', names?: Record<string, string>, words?: Record<string, unknown> }} [opts] the page's language
 *   (default Danish), the principles' names in it and the form's texts in it (formTexts: the ratings' words)
 */
export function insightsPage(index, published, { lang = 'da', names = undefined, words = undefined } = {}) {
  const c = index.update().totals;
  const t = TEXTS[lang];
  // No answer yet (a new service): one sentence, not "I alt 0 svar." over seven "Ingen svar endnu." boxes.
  const none = c.total === 0;
  // The period the numbers cover: from the first day with an answer to today (Danish time); the
  // weekly charts end at this week, not at the last week with an answer, and start no earlier than the first.
  const to = today();
  const from = c.first || to;
  const counted = { n: `<strong>${fmt(c.total, lang)}</strong>`, answers: c.total === 1 ? 'answer' : 'answers', first: escapeHtml(formatDay(from, lang)), today: escapeHtml(formatDay(to, lang)) };
  const total = fill(escapeHtml(!c.first ? t.total : from === to ? t.totalDay : t.totalPeriod), counted);
  const body = `<p class="lead">${escapeHtml(t.lead)}</p>
<p class="total">${none ? escapeHtml(t.noneYet) : total}</p>
<section class="insight" aria-labelledby="published-h"><h2 id="published-h">${escapeHtml(t.published)}</h2>
${t.publishedIn && published.newest(1).length ? `<p class="meta">${escapeHtml(t.publishedIn)}</p>\n` : ''}${publishedList(published.newest(20), lang, names)}
</section>
${none ? '' : `<div class="charts">
${trendCharts(c, { lang, names, from, to: to < from ? from : to })}
</div>
<div class="insights">
${countTables(c, lang, words)}
</div>
`}<p><a href="/insights/staff"${lang === 'da' ? '' : ' hreflang="da"'}>${escapeHtml(t.staff)}</a></p>
<p><a href="${lang === 'da' ? '/' : `/?lang=${lang}`}">${escapeHtml(t.back)}</a></p>`;
  return insightsShell(t.title, body, { lang, current: 'insights', langSwitch: true });
}
