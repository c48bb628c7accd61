// "Hvad borgerne fortæller os": the stored feedback read back as counts per answer, mode and
// principle and the latest comments, so the learning loop ("Udvikling", "Hånd om fejl") is
// visible. Every piece of citizen text is escaped; contact details are never shown.
import { escapeHtml } from './http-util.js';
import { page } from './feedback-api.js';

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

const MODE_NAMES = { quick: 'Hurtigt svar (hjalp siden?)', full: 'Uddybende vurdering', report: 'Fejlmelding' };
const HELPED_NAMES = { yes: 'Ja', no: 'Nej' };
const RATING_NAMES = ['', '1 – Meget dårligt', '2 – Dårligt', '3 – Hverken godt eller dårligt', '4 – Godt', '5 – Meget godt'];
const TEXT_FIELDS = /** @type {const} */ ([
  ['comment', 'Kommentar'],
  ['worked', 'Det virkede godt'],
  ['improve', 'Det kan gøres bedre'],
  ['whatWentWrong', 'Det gik galt'],
  ['where', 'Hvor'],
]);

/** Masks CPR-like numbers once more, in case a client did not. */
const maskCpr = (/** @type {string} */ s) => s.replace(/\b\d{6}[- ]?\d{4}\b/g, '[CPR fjernet]');

/**
 * Counts the stored records.
 * @param {import('./feedback-store.js').StoredRecord[]} records
 */
export function summarize(records) {
  /** @type {Record<string, number>} */ const modes = {};
  /** @type {Record<string, number>} */ const helped = {};
  /** @type {Record<string, number>} */ const ratings = {};
  /** @type {Record<string, number>} */ const principles = {};
  for (const r of records) {
    const f = r.feedback ?? {};
    if (f.mode) modes[f.mode] = (modes[f.mode] ?? 0) + 1;
    if (f.answers?.helped) helped[f.answers.helped] = (helped[f.answers.helped] ?? 0) + 1;
    const rv = f.answers?.rating?.value;
    if (rv) ratings[rv] = (ratings[rv] ?? 0) + 1;
    if (f.principle) principles[f.principle] = (principles[f.principle] ?? 0) + 1;
  }
  return { total: records.length, modes, helped, ratings, principles };
}

/**
 * @param {string} caption
 * @param {Array<[string, number]>} rows label and count
 * @param {number} total
 */
function table(caption, rows, total) {
  if (!rows.length) return `<section class="insight"><h2>${escapeHtml(caption)}</h2><p>Ingen svar endnu.</p></section>`;
  const body = rows
    .map(
      ([label, n]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${n}</td><td><meter min="0" max="${Math.max(total, 1)}" value="${n}" aria-hidden="true"></meter></td></tr>`,
    )
    .join('\n');
  return `<section class="insight"><h2>${escapeHtml(caption)}</h2>
<table><thead><tr><th scope="col">Svar</th><th scope="col" class="num">Antal</th><th scope="col"><span class="visually-hidden">Andel</span></th></tr></thead>
<tbody>
${body}
</tbody></table></section>`;
}

const dateFmt = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });

/**
 * Renders the page.
 * @param {import('./feedback-store.js').StoredRecord[]} records
 * @param {{ latest?: number }} [opts]
 */
export function insightsPage(records, opts = {}) {
  const s = summarize(records);
  /** @type {Array<[string, number]>} */
  const helpedRows = Object.entries(HELPED_NAMES)
    .filter(([k]) => s.helped[k])
    .map(([k, label]) => [label, s.helped[k]]);
  /** @type {Array<[string, number]>} */
  const ratingRows = [5, 4, 3, 2, 1].filter((v) => s.ratings[v]).map((v) => [RATING_NAMES[v], s.ratings[v]]);
  /** @type {Array<[string, number]>} */
  const modeRows = Object.entries(s.modes).map(([k, n]) => [MODE_NAMES[/** @type {keyof typeof MODE_NAMES} */ (k)] ?? k, n]);
  /** @type {Array<[string, number]>} */
  const principleRows = Object.entries(s.principles)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [PRINCIPLE_NAMES[/** @type {keyof typeof PRINCIPLE_NAMES} */ (k)] ?? k, n]);

  const latest = records
    .filter((r) => TEXT_FIELDS.some(([k]) => typeof r.feedback?.answers?.[k] === 'string'))
    .slice(-(opts.latest ?? 10))
    .reverse()
    .map((r) => {
      const f = r.feedback;
      const parts = TEXT_FIELDS.filter(([k]) => typeof f.answers?.[k] === 'string')
        .map(([k, label]) => `<p><span class="label">${escapeHtml(label)}:</span> ${escapeHtml(maskCpr(f.answers[k]))}</p>`)
        .join('');
      const when = Number.isNaN(Date.parse(r.receivedAt)) ? '' : dateFmt.format(new Date(r.receivedAt));
      const meta = [
        MODE_NAMES[/** @type {keyof typeof MODE_NAMES} */ (f.mode)] ?? f.mode,
        f.principle ? `Løfte: ${PRINCIPLE_NAMES[/** @type {keyof typeof PRINCIPLE_NAMES} */ (f.principle)] ?? f.principle}` : '',
        f.answers?.helped ? `Hjalp siden: ${HELPED_NAMES[/** @type {'yes' | 'no'} */ (f.answers.helped)] ?? f.answers.helped}` : '',
        f.answers?.rating?.value ? `Vurdering: ${RATING_NAMES[f.answers.rating.value] ?? f.answers.rating.value}` : '',
      ].filter(Boolean);
      return `<li class="comment"><article>
<p class="meta"><time datetime="${escapeHtml(r.receivedAt)}">${escapeHtml(when)}</time> · Kvittering ${escapeHtml(r.receipt)}</p>
${parts}
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
</article></li>`;
    })
    .join('\n');

  const body = `<p class="lead">Her kan du se, hvad borgerne har skrevet til os via feedbackformularen på sagssiderne.
Vi læser alle beskeder og bruger dem til at gøre vores service bedre. Kontaktoplysninger vises aldrig her.</p>
<p class="total">I alt <strong>${s.total}</strong> ${s.total === 1 ? 'besked' : 'beskeder'}.</p>
<div class="insights">
${table('Hjalp siden?', helpedRows, s.total)}
${table('Vurderinger', ratingRows, s.total)}
${table('Type besked', modeRows, s.total)}
${table('Hvilket løfte handler det om?', principleRows, s.total)}
</div>
<section><h2>De nyeste kommentarer</h2>
${latest ? `<ol class="comments">\n${latest}\n</ol>` : '<p>Ingen kommentarer endnu.</p>'}
</section>
<p><a href="/">Tilbage til Min sag</a></p>`;
  return page('da', 'Hvad borgerne fortæller os', body);
}
