// The staff view of the insights: citizens' comments, masked by the shared detector
// (server/pii.js), filtered by period, principle, page and case step; a CSV export; and the
// form that publishes "Du sagde – vi gjorde" entries to the public page.
//
// Access needs the token in KLAR_STAFF_TOKEN: as `Authorization: Bearer <token>` (scripts), or
// typed once into the log-in form, which sets an HttpOnly, SameSite=Strict session cookie
// (8 hours; Secure in production). Forms that change something carry a CSRF token tied to
// the session. Without KLAR_STAFF_TOKEN the view is off and says so.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpProblem, MAX_BODY_BYTES, escapeHtml, mediaType, readFormBody, send, sendHtml } from './http-util.js';
import { TEXT_FIELDS } from './insights-index.js';
import { MAX_PUBLISHED_CHARS } from './insights-published.js';
import {
  HELPED_NAMES,
  MODE_NAMES,
  PRINCIPLE_NAMES,
  countTables,
  formatDateTime,
  formatDay,
  insightsShell,
  localTime,
  principleName,
  publishedList,
  ratingNames,
  today,
  trendCharts,
} from './insights.js';
import { fmt } from './insights-charts.js';
import { ANSWER_DAYS } from './feedback-api.js';
import { RateLimiter, clientAddress } from './limits.js';
import { detector, maskPii } from './pii.js';

const COOKIE = 'klar_staff';
const SESSION_MS = 8 * 60 * 60 * 1000;
/** How many comments the page lists; the CSV has them all. */
const LISTED = 100;
const TEXT_LABELS = Object.fromEntries(TEXT_FIELDS);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A "Du sagde – vi gjorde" text not yet published. @typedef {{ said: string, did: string, principle: string }} Draft */

/** Headers for everything staff see: never cached, never indexed, no referrer. */
const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' };

/**
 * Makes a CSV cell: quoted when needed (RFC 4180), and a cell a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) is prefixed with ' so it stays text
 * (OWASP, "CSV Injection").
 * @param {unknown} value
 */
export function csvCell(value) {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @param {string} s */
const digest = (s) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Reads the filter from the query; values that cannot be right are dropped and named.
 * @param {URLSearchParams} q
 * @returns {{ filter: import('./insights-index.js').Filter, problems: string[] }}
 */
export function filterFrom(q) {
  /** @type {import('./insights-index.js').Filter} */
  const filter = {};
  /** @type {string[]} */
  const problems = [];
  for (const k of /** @type {const} */ (['from', 'to'])) {
    const v = q.get(k)?.trim();
    if (!v) continue;
    // A day that is in the calendar: "2027-02-31" rolled over to 3 March, and matched nothing, unsaid.
    if (DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)) filter[k] = v;
    else problems.push(`Datoen "${v}" kunne ikke læses; brug formen 2026-12-31.`);
  }
  if (filter.from && filter.to && filter.to < filter.from) problems.push(`Til og med-datoen (${formatDay(filter.to)}) ligger før fra og med-datoen (${formatDay(filter.from)}), så ingen svar kan passe. Byt om på datoerne.`);
  const principle = q.get('principle')?.trim();
  if (principle) {
    // Its own names only: "__proto__" and "constructor" are in every object.
    if (Object.hasOwn(PRINCIPLE_NAMES, principle)) filter.principle = principle;
    else problems.push(`Løftet "${principle}" kendes ikke.`);
  }
  const page = q.get('page')?.trim();
  if (page) filter.page = page.slice(0, 2048);
  const step = q.get('step')?.trim();
  if (step) filter.step = step.slice(0, 200);
  if (q.get('wants') === '1') filter.wants = true;
  return { filter, problems };
}

/** @param {import('./insights-index.js').Filter} f */
const queryOf = (f) =>
  new URLSearchParams(/** @type {Record<string, string>} */ (Object.fromEntries(Object.entries(f).filter(([, v]) => v).map(([k, v]) => [k, v === true ? '1' : v])))).toString();

/**
 * What a citizen who asked for an answer gave to be answered at, and the day the answer is due:
 * the day the message came (Danish time) and the form's answer days (ANSWER_DAYS, its default
 * `answer-days`: the record does not say another), counted in working days by the library's
 * calendar (src/core/workdays.ts). Shown unmasked: the citizen gave it to be answered.
 * @param {import('./insights-index.js').InsightsIndex} index
 * @param {import('./insights-index.js').Row} row
 * @returns {{ due: string, email: string, phone: string } | undefined}
 */
export function answerWanted(index, row) {
  if (row.wants < 0) return undefined;
  const rec = index.store.records[row.wants];
  const contact = rec?.feedback?.contact ?? {};
  const day = index.dayOf(String(rec?.receivedAt ?? ''));
  // The first message's contact only (InsightsIndex keeps it): a later follow-up's stays in its own
  // record, and is not one staff answer at.
  return {
    due: day ? detector.addWorkingDays(day, ANSWER_DAYS) : '',
    email: typeof contact.email === 'string' ? contact.email : '',
    phone: typeof contact.phone === 'string' ? contact.phone : '',
  };
}

/**
 * @param {{
 *   index: import('./insights-index.js').InsightsIndex,
 *   published: import('./insights-published.js').PublishedLog,
 *   token?: string,
 *   production?: boolean,
 *   trustProxy?: boolean,
 *   log?: Pick<Console, 'info' | 'error'>,
 *   formTexts?: (lang: 'da' | 'en') => Promise<Record<string, unknown> | undefined>,
 * }} deps `formTexts`: the form's texts (server/catalogue.js), for a rating's words as the form says them
 */
export function staffInsights({ index, published, token, production = false, trustProxy = false, log = console, formTexts = async () => undefined }) {
  /** @type {Map<string, { expires: number, csrf: string }>} */
  const sessions = new Map();
  const loginLimiter = new RateLimiter({ limit: 10 });
  const tokenDigest = token ? digest(token) : undefined;
  const tokenIs = (/** @type {string} */ candidate) => !!tokenDigest && timingSafeEqual(digest(candidate), tokenDigest);

  /**
   * Who is asking: a Bearer token, a live session, or nobody. A Bearer token is a guess at the
   * key like a log-in: a wrong one takes from the same per-client limit as the log-in form, and
   * while that limit is spent no Bearer token is tried at all (429), the right one neither.
   * @param {import('node:http').IncomingMessage} req
   * @returns {{ via: 'bearer' } | { via: 'session', id: string, csrf: string } | undefined}
   */
  function identify(req) {
    const auth = String(req.headers.authorization ?? '');
    const bearer = /^Bearer\s+(.+)$/i.exec(auth);
    if (bearer) {
      const client = clientAddress(req, trustProxy);
      const wait = loginLimiter.wait(client);
      if (wait) {
        req.resume();
        throw new HttpProblem(429, 'too-many-requests', `Too many wrong keys from this client; try again in ${wait} s.`, { headers: { 'Retry-After': String(wait), ...PRIVATE } });
      }
      if (tokenIs(bearer[1].trim())) return { via: 'bearer' };
      loginLimiter.take(client);
    }
    const id = String(req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .find(([k]) => k === COOKIE)?.[1];
    const s = id ? sessions.get(id) : undefined;
    if (!id || !s) return undefined;
    if (s.expires < Date.now()) {
      sessions.delete(id);
      return undefined;
    }
    return { via: 'session', id, csrf: s.csrf };
  }

  /** @param {string} value @param {number} maxAge seconds */
  const cookie = (value, maxAge) => `${COOKIE}=${value}; Path=/insights/staff; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${production ? '; Secure' : ''}`;

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} title
   * @param {string} body
   * @param {Record<string, string>} [headers]
   */
  const answer = (res, status, title, body, headers = {}) => sendHtml(res, status, insightsShell(title, body), { headers: { ...PRIVATE, ...headers } });

  /**
   * The log-in form. A draft of "Du sagde – vi gjorde" sent when the session had ended goes along in
   * it, in its fields, so logging in again loses nothing (it is shown in the publish form after).
   * @param {import('node:http').ServerResponse} res
   * @param {string} [error]
   * @param {{ draft?: Draft, status?: number, headers?: Record<string, string> }} [opts]
   */
  function loginPage(res, error, { draft, status = 401, headers = {} } = {}) {
    const kept = draft && (draft.said || draft.did);
    const fields = kept
      ? `<p>Din tekst er ikke offentliggjort. Den står her og kommer med, når du logger ind.</p>
<p><label for="login-said">Du sagde</label><br><textarea id="login-said" name="said" rows="3" maxlength="${MAX_PUBLISHED_CHARS}">${escapeHtml(draft.said)}</textarea></p>
<p><label for="login-did">Vi gjorde</label><br><textarea id="login-did" name="did" rows="3" maxlength="${MAX_PUBLISHED_CHARS}">${escapeHtml(draft.did)}</textarea></p>
${draft.principle ? `<input type="hidden" name="principle" value="${escapeHtml(draft.principle)}">` : ''}`
      : '';
    const body = `${error ? `<p class="notice" role="alert">${escapeHtml(error)}</p>` : ''}
<p>Kommentarerne er kun for kommunens medarbejdere. Log ind med den nøgle, du har fået af den, der driver serveren.</p>
<form method="post" action="/insights/staff/login" class="staff-form">
<p><label for="staff-token">Nøgle</label>
<input id="staff-token" name="token" type="password" autocomplete="current-password" required></p>
${fields}<button type="submit">Log ind</button>
</form>
<p><a href="/insights">Til de offentlige tal</a></p>`;
    answer(res, status, 'Log ind: borgernes kommentarer', body, { 'WWW-Authenticate': 'Bearer realm="klar-insights"', ...headers });
  }

  /**
   * Reads a urlencoded form post; one over 64 KB is read on (readFormBody) so its texts can be
   * given back, cut (`over`).
   * @param {import('node:http').IncomingMessage} req
   */
  async function formOf(req) {
    if (mediaType(req) !== 'application/x-www-form-urlencoded') {
      req.resume();
      throw new HttpProblem(415, 'unsupported-media-type', 'Send the form as application/x-www-form-urlencoded.');
    }
    const { body, over } = await readFormBody(req, MAX_BODY_BYTES);
    return { form: new URLSearchParams(new TextDecoder().decode(body)), over };
  }

  /**
   * The "Du sagde – vi gjorde" texts of a post, each at most MAX_PUBLISHED_CHARS.
   * @param {URLSearchParams} form
   * @returns {Draft}
   */
  const draftOf = (form) => {
    const text = (/** @type {string} */ k) => [...(form.get(k) ?? '').trim()].slice(0, MAX_PUBLISHED_CHARS).join('');
    return { said: text('said'), did: text('did'), principle: (form.get('principle') ?? '').trim().slice(0, 100) };
  };

  /**
   * Refuses a form post from a session without its CSRF token (a Bearer token is not sent by
   * browsers on their own, so it needs none).
   * @param {NonNullable<ReturnType<typeof identify>>} who
   * @param {URLSearchParams} form
   */
  function csrfFits(who, form) {
    if (who.via === 'bearer') return true;
    // Digests: equal lengths for timingSafeEqual whatever was sent (a non-ASCII token of the
    // right string length has another byte length).
    return timingSafeEqual(digest(form.get('csrf') ?? ''), digest(who.csrf));
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {NonNullable<ReturnType<typeof identify>>} who
   * @param {URLSearchParams} q
   * @param {{ status?: number, publishError?: string, draft?: Partial<Draft>, preview?: boolean, headers?: Record<string, string> }} [extra]
   *   `preview`: the draft is shown as it will stand on the public page, to confirm
   */
  async function staffPage(res, who, q, extra = {}) {
    // The ratings in the form's own words (its catalogue), as the records carry them.
    const words = await formTexts('da');
    const ratings = ratingNames('da', words);
    const { filter, problems } = filterFrom(q);
    index.update();
    const rows = index.filter(filter);
    const c = index.countsOf(rows);
    const csrf = who.via === 'session' ? `<input type="hidden" name="csrf" value="${escapeHtml(who.csrf)}">` : '';
    /** @param {string} name @param {string} all @param {Array<[string, string]>} options */
    const select = (name, all, options) => {
      const current = /** @type {Record<string, string | undefined>} */ (filter)[name] ?? '';
      if (current && !options.some(([v]) => v === current)) options.unshift([current, current]);
      return `<select id="f-${name}" name="${name}"><option value="">${escapeHtml(all)}</option>${options
        .map(([v, label]) => `<option value="${escapeHtml(v)}"${v === current ? ' selected' : ''}>${escapeHtml(label)}</option>`)
        .join('')}</select>`;
    };
    /** @param {Map<string, number>} m */
    const topOf = (m) =>
      /** @type {Array<[string, string]>} */ (
        [...m.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 200)
          .map(([v, n]) => [v, `${v} (${fmt(n)})`])
      );
    // Every comment, and every message that asked for an answer (a rating alone can ask for one),
    // newest first, LISTED a page: `skip` is how many newer ones come before this page (the oldest
    // answers asked for were never on the page, with no way to them).
    let listed = 0;
    for (const r of rows) if (r.text || r.wants >= 0) listed++;
    const skip = Math.min(Math.max(0, Math.floor(Number(q.get('skip')) || 0)), Math.max(0, Math.floor((listed - 1) / LISTED) * LISTED));
    const withText = [];
    for (let i = rows.length - 1, seen = 0; i >= 0 && withText.length < LISTED; i--) {
      if (!(rows[i].text || rows[i].wants >= 0)) continue;
      if (seen++ >= skip) withText.push(rows[i]);
    }
    const now = today();
    let overdue = 0;
    for (const r of rows) if (r.wants >= 0 && (answerWanted(index, r)?.due ?? now) < now) overdue++;
    const comments = withText
      .map((row) => {
        const rec = index.record(row);
        const texts = index
          .texts(row)
          // The citizen's words isolated, in the direction they were written in (Arabic, Hebrew): an RTL
          // comment in the label's LTR paragraph put its end punctuation on the wrong side.
          .map(([k, t]) => `<p><span class="label">${escapeHtml(TEXT_LABELS[k] ?? k)}:</span> <bdi>${escapeHtml(t)}</bdi></p>`)
          .join('');
        const meta = [
          MODE_NAMES[/** @type {keyof typeof MODE_NAMES} */ (row.mode)] ?? row.mode,
          row.principle ? `Løfte: ${principleName(row.principle)}` : '',
          row.page ? `Side: ${row.page}` : '',
          row.step ? `Trin: ${row.step}` : '',
          row.helped ? `Hjalp siden: ${HELPED_NAMES[/** @type {'yes' | 'no'} */ (row.helped)]}` : '',
          row.rating ? `Vurdering: ${ratings[row.rating]}` : '',
        ].filter(Boolean);
        const wanted = answerWanted(index, row);
        // Past the day it was due (Danish time): said as past, so the oldest are seen first for what they are.
        const late = wanted && wanted.due && wanted.due < now;
        const answerLine = wanted
          ? `<p class="answer-wanted${late ? ' overdue' : ''}"><strong>${escapeHtml(late ? `Fristen for svar var ${formatDay(wanted.due)}. Den er overskredet.` : `Ønsker et svar senest ${formatDay(wanted.due) || 'ukendt dato'}`)}</strong>${[wanted.email && `E-mail: ${wanted.email}`, wanted.phone && `Telefon: ${wanted.phone}`]
              .filter(Boolean)
              .map((x) => ` · ${escapeHtml(x)}`)
              .join('')}</p>\n`
          : '';
        return `<li class="comment"><article>
<p class="meta"><time datetime="${escapeHtml(rec.receivedAt)}">${escapeHtml(formatDateTime(rec.receivedAt))}</time> · Kvittering ${escapeHtml(index.receipts(row).join(', '))}</p>
${answerLine}${texts}
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
</article></li>`;
      })
      .join('\n');
    const query = queryOf(filter);
    /** @param {number} n newer ones to skip */
    const pageLink = (n) => `/insights/staff?${escapeHtml(new URLSearchParams([...new URLSearchParams(query), ...(n ? [['skip', String(n)]] : [])]).toString())}#comments-h`;
    const paging =
      listed > LISTED
        ? `<nav class="paging" aria-label="Flere kommentarer"><ul>${skip > 0 ? `<li><a href="${pageLink(Math.max(0, skip - LISTED))}" rel="prev">Nyere kommentarer</a></li>` : ''}${skip + withText.length < listed ? `<li><a href="${pageLink(skip + LISTED)}" rel="next">Ældre kommentarer</a></li>` : ''}</ul></nav>`
        : '';
    const shown = listed > LISTED ? `Viser nr. ${fmt(skip + 1)}–${fmt(skip + withText.length)} af ${fmt(listed)}, nyeste først.` : `Alle ${fmt(listed)}, nyeste først.`;
    const draft = extra.draft ?? {};
    // The entry just published, as the public page shows it (masked): staff see what went out.
    const shownEntry = q.get('published') ? published.entries.find((e) => e.id === q.get('entry')) : undefined;
    const principleOptions = /** @type {Array<[string, string]>} */ (Object.entries(PRINCIPLE_NAMES));
    const withdrawn = q.get('withdrawn');
    // The draft as the public page will show it (masked), and the one button that publishes it:
    // the texts go along unseen, masked again the same way on the way in.
    let preview = '';
    if (extra.preview && draft.said && draft.did) {
      const shown = { id: 'preview', publishedAt: new Date().toISOString(), said: maskPii(draft.said), did: maskPii(draft.did), ...(draft.principle ? { principle: draft.principle } : {}) };
      const changed = shown.said !== draft.said || shown.did !== draft.did;
      const hidden = (/** @type {string} */ name, /** @type {string} */ value) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
      preview = `<div class="preview" id="preview"><p class="notice" role="status">Sådan kommer det til at stå på den offentlige side. Det er ikke offentliggjort endnu.${changed ? ' Vi har fjernet et CPR-nummer, en e-mailadresse eller et telefonnummer. Ret teksten herunder, hvis det ikke skulle fjernes.' : ''}</p>
${publishedList([shown])}
<form method="post" action="/insights/staff/published" class="staff-form">
${csrf}${hidden('said', draft.said)}${hidden('did', draft.did)}${hidden('principle', draft.principle ?? '')}${hidden('key', randomBytes(16).toString('base64url'))}${hidden('confirm', '1')}
<p><button type="submit">Offentliggør</button> Eller ret teksten herunder.</p>
</form></div>`;
    }
    /** The staff list's own: a button that takes an entry off the public page. @param {import('./insights-published.js').PublishedEntry} e */
    const withdrawForm = (e) =>
      `<form method="post" action="/insights/staff/withdraw" class="withdraw">${csrf}<input type="hidden" name="id" value="${escapeHtml(e.id)}"><button type="submit">Træk tilbage</button></form>\n`;
    const body = `${problems.map((p) => `<p class="notice" role="alert">${escapeHtml(p)}</p>`).join('\n')}
<p class="lead">Borgernes kommentarer med CPR-numre, e-mailadresser og telefonnumre fjernet. Har en borger bedt om et svar, står den e-mail eller det telefonnummer, borgeren gav os til det. Siden er kun for medarbejdere; del ikke kommentarerne uden for kommunen.</p>
<form method="get" action="/insights/staff" class="staff-form filters">
<fieldset><legend>Vælg svar</legend>
<p><label for="f-from">Fra og med</label> <input id="f-from" name="from" type="date" value="${escapeHtml(filter.from ?? '')}"></p>
<p><label for="f-to">Til og med</label> <input id="f-to" name="to" type="date" value="${escapeHtml(filter.to ?? '')}"></p>
<p><label for="f-principle">Løfte</label> ${select('principle', 'Alle løfter', principleOptions)}</p>
<p><label for="f-page">Side</label> ${select('page', 'Alle sider', topOf(index.pages))}</p>
<p><label for="f-step">Trin i sagen</label> ${select('step', 'Alle trin', topOf(index.steps))}</p>
<p><input id="f-wants" name="wants" type="checkbox" value="1"${filter.wants ? ' checked' : ''}> <label for="f-wants">Kun dem, der har bedt om et svar</label></p>
<p><button type="submit">Vis</button> <a href="/insights/staff">Vis alle</a></p>
</fieldset>
</form>
<p class="total"><strong>${fmt(c.total)}</strong> svar passer, heraf ${fmt(c.texts)} med kommentarer. <a href="/insights/staff/export.csv${query ? `?${escapeHtml(query)}` : ''}" download>Hent dem som CSV</a></p>
<p class="total">Har bedt om et svar: <strong>${fmt(c.wants)}</strong>${overdue ? `, heraf ${fmt(overdue)} efter fristen` : ''}. <a href="/insights/staff?${escapeHtml(queryOf({ ...filter, wants: true }))}">Vis kun dem</a></p>
<p class="hint">Vi har lovet at svare inden for ${fmt(ANSWER_DAYS)} arbejdsdage. Siden ved ikke, om nogen allerede har svaret.</p>
<section class="insight" aria-labelledby="comments-h"><h2 id="comments-h">Kommentarer</h2>
${withText.length ? `<p>${shown}</p>\n${paging}<ol class="comments">\n${comments}\n</ol>${paging}` : '<p>Ingen kommentarer passer til det valgte.</p>'}
</section>
<div class="charts">
${trendCharts(c, { idPrefix: 'staff', from: filter.from && filter.from > c.first ? filter.from : c.first || undefined, to: filter.to ?? today(), weeks: filter.from ? 52 : 12, filtered: !!query })}
</div>
<div class="insights">
${countTables(c, 'da', words, !!query)}
</div>
<section class="insight" aria-labelledby="published-h"><h2 id="published-h">Du sagde – vi gjorde</h2>
${q.get('published') ? `<p class="notice" role="status">Offentliggjort. Det står nu på den offentlige side.${shownEntry ? ' Sådan står det nu på siden:' : ''}</p>${shownEntry ? `\n${publishedList([shownEntry])}` : ''}` : ''}
${withdrawn ? `<p class="notice" role="status">${withdrawn === '1' ? 'Trukket tilbage. Det står ikke længere på den offentlige side.' : 'Det var allerede trukket tilbage.'}</p>` : ''}
${extra.publishError ? `<p class="notice" role="alert">${escapeHtml(extra.publishError)}</p>` : ''}
${preview}<form method="post" action="/insights/staff/published" class="staff-form" id="publish">
${csrf}
<p><label for="p-said">Du sagde (hvad borgerne fortalte os, med dine ord)</label><br><textarea id="p-said" name="said" rows="3" maxlength="${MAX_PUBLISHED_CHARS}" required>${escapeHtml(draft.said ?? '')}</textarea></p>
<p><label for="p-did">Vi gjorde (hvad vi har ændret)</label><br><textarea id="p-did" name="did" rows="3" maxlength="${MAX_PUBLISHED_CHARS}" required>${escapeHtml(draft.did ?? '')}</textarea></p>
<p><label for="p-principle">Løfte</label> <select id="p-principle" name="principle"><option value="">Intet bestemt løfte</option>${principleOptions
      .map(([v, label]) => `<option value="${v}"${v === draft.principle ? ' selected' : ''}>${escapeHtml(label)}</option>`)
      .join('')}</select></p>
<p class="hint">Først ser du teksten, som den kommer til at stå på den offentlige side. Den kommer på siden, når du derefter trykker Offentliggør. Skriv aldrig navne, adresser eller sagsnumre – kun hvad borgerne generelt fortalte os. Vi fjerner CPR-numre, e-mailadresser og telefonnumre, men ikke andre personlige oplysninger.</p>
<p><button type="submit">Se teksten før den offentliggøres</button></p>
</form>
${publishedList(published.newest(50), 'da', undefined, withdrawForm)}
</section>
${who.via === 'session' ? `<form method="post" action="/insights/staff/logout">${csrf}<button type="submit">Log ud</button></form>` : ''}
<p><a href="/insights">Til de offentlige tal</a></p>`;
    answer(res, extra.status ?? 200, 'Borgernes kommentarer', body, extra.headers);
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {URLSearchParams} q
   */
  function exportCsv(res, q) {
    const { filter } = filterFrom(q);
    index.update();
    const head = ['Kvittering', 'Modtaget', 'Type', 'Løfte', 'Side', 'Trin', 'Hjalp siden', 'Vurdering', 'Ønsker svar', 'Svar senest', 'E-mail', 'Telefon', ...TEXT_FIELDS.map(([, label]) => label)];
    // Semicolons, as Danish spreadsheets read a list (their decimal is a comma): with commas, Excel
    // set up in Danish put each whole row in column A.
    const lines = [head.map(csvCell).join(';')];
    for (const row of index.filter(filter)) {
      const rec = index.record(row);
      /** @type {Record<string, string>} */
      const texts = {};
      for (const [k, t] of index.texts(row)) texts[k] = texts[k] ? `${texts[k]}\n${t}` : t;
      const wanted = answerWanted(index, row);
      lines.push(
        [
          index.receipts(row).join(' '),
          // As the page says it: Danish time, and the kinds by their names.
          localTime(rec.receivedAt),
          MODE_NAMES[/** @type {keyof typeof MODE_NAMES} */ (row.mode)] ?? row.mode,
          row.principle ? principleName(row.principle) : '',
          row.page,
          row.step,
          row.helped ? HELPED_NAMES[/** @type {'yes' | 'no'} */ (row.helped)] : '',
          row.rating || '',
          wanted ? HELPED_NAMES.yes : '',
          wanted?.due ?? '',
          wanted?.email ?? '',
          wanted?.phone ?? '',
          ...TEXT_FIELDS.map(([k]) => texts[k] ?? ''),
        ]
          .map(csvCell)
          .join(';'),
      );
    }
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (æ, ø, å).
    send(
      res,
      200,
      {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="klar-feedback-${new Date().toISOString().slice(0, 10)}.csv"`,
        ...PRIVATE,
      },
      `\uFEFF${lines.join('\r\n')}\r\n`,
    );
  }

  /**
   * Serves /insights/staff and below; resolves false for other paths.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  return async function handleStaff(req, res, url) {
    const p = url.pathname;
    if (p !== '/insights/staff' && !p.startsWith('/insights/staff/')) return false;
    const m = req.method ?? 'GET';
    /** @param {string} allowed */
    const only = (allowed) => {
      if (m !== allowed && !(allowed === 'GET' && m === 'HEAD')) {
        throw new HttpProblem(405, 'method-not-allowed', `${m} is not allowed here; use ${allowed}.`, { headers: { Allow: allowed === 'GET' ? 'GET, HEAD' : allowed } });
      }
    };
    if (!token) {
      answer(res, 403, 'Medarbejdervisningen er slået fra', '<p>Medarbejdervisningen er slået fra på denne server. Den, der driver serveren, kan slå den til ved at sætte en nøgle i KLAR_STAFF_TOKEN.</p><p><a href="/insights">Til de offentlige tal</a></p>');
      return true;
    }
    if (p === '/insights/staff/login') {
      only('POST');
      const wait = loginLimiter.take(clientAddress(req, trustProxy));
      const { form } = await formOf(req);
      const draft = draftOf(form);
      if (wait) {
        // The way on: the form again (with a draft it carried), not a page with nothing to press.
        loginPage(res, `For mange forsøg på at logge ind. Vent ${wait} ${wait === 1 ? 'sekund' : 'sekunder'}, og prøv igen.`, { draft, status: 429, headers: { 'Retry-After': String(wait) } });
        return true;
      }
      if (!tokenIs(form.get('token') ?? '')) {
        loginPage(res, 'Nøglen passer ikke. Prøv igen.', { draft });
        return true;
      }
      const now = Date.now();
      for (const [k, s] of sessions) if (s.expires < now) sessions.delete(k);
      const id = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      sessions.set(id, { expires: now + SESSION_MS, csrf });
      log.info('klar-server: a staff session started');
      if (draft.said || draft.did) {
        // Logged in again with a draft that was sent when the session had ended: it is in the publish form.
        await staffPage(res, { via: 'session', id, csrf }, new URLSearchParams(), { draft, publishError: 'Du er logget ind igen. Din tekst står i formularen herunder. Den er ikke offentliggjort endnu.', headers: { 'Set-Cookie': cookie(id, SESSION_MS / 1000) } });
        return true;
      }
      res.writeHead(303, { Location: '/insights/staff', 'Set-Cookie': cookie(id, SESSION_MS / 1000), ...PRIVATE });
      res.end();
      return true;
    }
    const who = identify(req);
    if (!who) {
      if (m !== 'GET' && m !== 'HEAD') {
        if (mediaType(req) !== 'application/x-www-form-urlencoded') {
          req.resume();
          throw new HttpProblem(401, 'unauthorized', 'Log in first, or send Authorization: Bearer <KLAR_STAFF_TOKEN>.', { headers: { 'WWW-Authenticate': 'Bearer realm="klar-insights"' } });
        }
        // A staff form sent after the session ended (8 hours, a restart): the log-in form, with what
        // they wrote, never the citizens' "Din besked er ikke gemt".
        const { form } = await formOf(req);
        const said =
          p === '/insights/staff/logout'
            ? 'Du er allerede logget ud.'
            : `Du er blevet logget ud, så intet er ${p === '/insights/staff/withdraw' ? 'trukket tilbage' : 'offentliggjort'}. Log ind igen.`;
        // The draft only from a page of this site: a page elsewhere could post one, and the log-in
        // would put its words in the publish form as the staff member's own (browsers say where a
        // post came from in Sec-Fetch-Site; one that does not say is taken as this site's).
        const site = req.headers['sec-fetch-site'];
        const ours = !site || site === 'same-origin' || site === 'none';
        loginPage(res, said, { draft: p === '/insights/staff/published' && ours ? draftOf(form) : undefined });
        return true;
      }
      loginPage(res);
      return true;
    }
    /**
     * A staff form post, read; a stale page (its CSRF token from a session that is gone) or a body
     * too long is answered with the staff page again, the draft in the publish form: resolves
     * undefined then.
     * @param {string} not what did not happen ("offentliggjort", "trukket tilbage")
     */
    const staffForm = async (/** @type {string} */ not) => {
      const { form, over } = await formOf(req);
      const stale = !csrfFits(who, form);
      if (!stale && !over) return form;
      if (stale && who.via === 'bearer') throw new HttpProblem(403, 'csrf', 'The form is out of date (missing or wrong CSRF token). Reload the page and try again.');
      const draft = draftOf(form);
      const why = over
        ? `Teksten var for lang til at blive sendt, så intet er ${not}. Hver tekst må højst være ${fmt(MAX_PUBLISHED_CHARS)} tegn; vi har kortet den af herunder. Læs den igennem, og send den igen.`
        : `Siden var forældet, så intet er ${not}. ${draft.said || draft.did ? 'Din tekst står herunder. Send den igen.' : 'Prøv igen.'}`;
      await staffPage(res, who, new URLSearchParams(), { status: over ? 413 : 403, publishError: why, draft });
      return undefined;
    };
    if (p === '/insights/staff') {
      only('GET');
      await staffPage(res, who, url.searchParams);
      return true;
    }
    if (p === '/insights/staff/export.csv') {
      only('GET');
      exportCsv(res, url.searchParams);
      return true;
    }
    if (p === '/insights/staff/logout') {
      only('POST');
      if (!(await staffForm('logget ud'))) return true;
      if (who.via === 'session') sessions.delete(who.id);
      res.writeHead(303, { Location: '/insights', 'Set-Cookie': cookie('', 0), ...PRIVATE });
      res.end();
      return true;
    }
    if (p === '/insights/staff/published') {
      only('POST');
      const form = await staffForm('offentliggjort');
      if (!form) return true;
      const said = (form.get('said') ?? '').trim();
      const did = (form.get('did') ?? '').trim();
      const principle = (form.get('principle') ?? '').trim();
      const draft = { said, did, principle };
      const problem =
        !said || !did
          ? 'Skriv både hvad borgerne sagde, og hvad I gjorde.'
          : said.length > MAX_PUBLISHED_CHARS || did.length > MAX_PUBLISHED_CHARS
            ? `Hver tekst må højst være ${MAX_PUBLISHED_CHARS} tegn.`
            : principle && !Object.hasOwn(PRINCIPLE_NAMES, principle)
              ? 'Vælg et af de ni løfter, eller intet.'
              : '';
      if (problem) {
        await staffPage(res, who, new URLSearchParams(), { status: 422, publishError: problem, draft });
        return true;
      }
      if (form.get('confirm') !== '1') {
        // Nothing goes public before staff have seen it as it will stand there, masked.
        await staffPage(res, who, new URLSearchParams(), { draft, preview: true });
        return true;
      }
      let entry;
      try {
        // Staff may quote a citizen: what goes public never carries a CPR number or contact details.
        // Published once per preview (its key), or per content when a script sends none: a second
        // click or a retry answers with the entry already public.
        const key = (form.get('key') ?? '').slice(0, 100) || digest(`${said}\n${did}\n${principle}`).toString('base64url');
        entry = await published.append({ said: maskPii(said), did: maskPii(did), ...(principle ? { principle } : {}), key });
      } catch (e) {
        log.error('klar-server: could not store a published entry:', e);
        await staffPage(res, who, new URLSearchParams(), { status: 503, publishError: 'Det kunne ikke gemmes lige nu; prøv igen om lidt. Intet er offentliggjort.', draft });
        return true;
      }
      res.writeHead(303, { Location: `/insights/staff?published=1&entry=${encodeURIComponent(entry.id)}#publish`, ...PRIVATE });
      res.end();
      return true;
    }
    if (p === '/insights/staff/withdraw') {
      only('POST');
      const form = await staffForm('trukket tilbage');
      if (!form) return true;
      let gone;
      try {
        gone = await published.withdraw(form.get('id') ?? '');
      } catch (e) {
        log.error('klar-server: could not withdraw a published entry:', e);
        await staffPage(res, who, new URLSearchParams(), { status: 503, publishError: 'Det kunne ikke trækkes tilbage lige nu; prøv igen om lidt. Det står stadig på den offentlige side.' });
        return true;
      }
      if (gone) log.info('klar-server: a published entry was withdrawn');
      res.writeHead(303, { Location: `/insights/staff?withdrawn=${gone ? 1 : 0}#published-h`, ...PRIVATE });
      res.end();
      return true;
    }
    throw new HttpProblem(404, 'not-found', `Nothing at ${p}.`);
  };
}
