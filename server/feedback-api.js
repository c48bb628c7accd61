// POST /api/feedback: validates against schema/feedback.schema.json (JSON Schema 2020-12, read
// at runtime and re-read when it changes), deduplicates by Idempotency-Key and stores through
// FeedbackStore. JSON posts come from <klar-feedback-form>; form posts
// (application/x-www-form-urlencoded) are the no-JavaScript fallback and get an HTML page back.
import { stat, readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { HttpProblem, escapeHtml, mediaType, readBody, sendHtml, sendJson } from './http-util.js';

/** @type {(ajv: Ajv2020) => unknown} */
const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

/** @typedef {import('./http-util.js').FieldError & { field: string }} ApiFieldError */

/**
 * Compiles the feedback schema, again whenever the file changes on disk.
 * @param {string} schemaPath
 */
export function schemaValidator(schemaPath) {
  /** @type {{ mtimeMs: number, validate: import('ajv').ValidateFunction } | undefined} */
  let cached;
  return async function validator() {
    let st;
    try {
      st = await stat(schemaPath);
    } catch {
      throw new HttpProblem(503, 'schema-unavailable', 'The feedback schema (schema/feedback.schema.json) is missing, so feedback cannot be checked.');
    }
    if (!cached || cached.mtimeMs !== st.mtimeMs) {
      const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
      const ajv = new Ajv2020({ allErrors: true });
      addFormats(ajv);
      cached = { mtimeMs: st.mtimeMs, validate: ajv.compile(schema) };
    }
    return cached.validate;
  };
}

/**
 * Turns Ajv errors into field errors the form can place next to its fields: `field` is the
 * form's field name (helped, rating, email, …), `path` the JSON pointer in the payload.
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {ApiFieldError[]}
 */
export function fieldErrors(errors) {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  /** @type {ApiFieldError[]} */
  const out = [];
  const seen = new Set();
  for (const e of errors) {
    if (e.keyword === 'if') continue; // "must match then": the real error is reported beside it
    if (anyOfs.some((p) => e.schemaPath.startsWith(`${p}/`))) continue; // one message per anyOf
    const segs = e.instancePath.split('/').slice(1);
    if (e.keyword === 'required') segs.push(/** @type {string} */ (e.params.missingProperty));
    if (e.keyword === 'additionalProperties') segs.push(/** @type {string} */ (e.params.additionalProperty));
    const pointer = segs.length ? `/${segs.join('/')}` : '';
    const field = (segs[0] === 'answers' || segs[0] === 'contact') && segs[1] ? segs[1] : segs[0] ?? '';
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'anyOf' && segs[0] === 'answers') message = 'must have at least one of rating, worked or improve';
    if (e.keyword === 'required') message = 'is required';
    if (e.keyword === 'additionalProperties') message = 'is not a known field';
    const k = `${pointer}|${e.keyword}|${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ field, path: pointer || '/', message, keyword: e.keyword });
  }
  return out;
}

/**
 * Reads the Idempotency-Key header (a structured-field string, quoted or bare).
 * @param {import('node:http').IncomingMessage} req
 * @param {string} [fromForm]
 */
function idempotencyKeyOf(req, fromForm) {
  const raw = req.headers['idempotency-key'] ?? fromForm;
  if (raw === undefined || raw === '') return undefined;
  const v = String(raw).trim().replace(/^"(.*)"$/, '$1');
  if (!/^[\x21-\x7e]{1,255}$/.test(v)) {
    throw new HttpProblem(400, 'invalid-idempotency-key', 'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.', {
      fields: [{ field: 'Idempotency-Key', path: 'header:Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  return v;
}

/** Media types the endpoint accepts. */
const ACCEPTED = ['application/json', 'application/x-www-form-urlencoded'];

/**
 * @param {{ store: import('./feedback-store.js').FeedbackStore, validator: ReturnType<typeof schemaValidator>, version: string, log?: Pick<Console, 'error'> }} deps
 */
export function feedbackHandler({ store, validator, version, log = console }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function handleFeedback(req, res) {
    const type = mediaType(req);
    if (!ACCEPTED.includes(type)) {
      drainQuietly(req);
      throw new HttpProblem(415, 'unsupported-media-type', `Send feedback as application/json (or a form as application/x-www-form-urlencoded), not "${type || 'nothing'}".`, {
        headers: { 'Accept-Post': ACCEPTED.join(', ') },
      });
    }
    const body = await readBody(req);
    if (type === 'application/x-www-form-urlencoded') return handleForm(req, res, body);

    if (!body.length) throw new HttpProblem(400, 'empty-body', 'The request body is empty; send the feedback as a JSON object.');
    let payload;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new HttpProblem(400, 'invalid-json', `The body is not valid JSON: ${e instanceof Error ? e.message : e}`);
    }
    const key = idempotencyKeyOf(req);
    const validate = await validator();
    if (!validate(payload)) {
      const fields = fieldErrors(validate.errors ?? []);
      sendJson(res, 422, {
        error: { code: 'invalid-feedback', message: 'The feedback does not match schema/feedback.schema.json.', fields },
        // The shape <klar-feedback-form> reads to put each message next to its field.
        errors: fields.map(({ field, message, path }) => ({ field, message, path })),
      });
      return;
    }
    const result = await storeOrRetryLater(store, payload, key, 'json', log);
    if (result.status === 'conflict') {
      throw new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for different feedback. Use a new key for new content.');
    }
    const { receipt, receivedAt } = result.record;
    sendJson(res, 201, { receipt, receivedAt, status: 'stored' }, result.status === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {});
  };

  /**
   * The no-JavaScript fallback: a plain HTML form posts here and gets a plain page back.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Buffer} body
   */
  async function handleForm(req, res, body) {
    const form = new URLSearchParams(body.toString('utf8'));
    const get = (/** @type {string} */ k) => form.get(k)?.trim() || undefined;
    const lang = get('lang') === 'en' ? 'en' : 'da';
    const t = TEXTS[lang];
    const back = safeBack(get('pageUrl'));
    if (get('website')) {
      // The honeypot field was filled in: a bot. Thank it and store nothing.
      sendHtml(res, 200, page(lang, t.thanksTitle, `<p>${escapeHtml(t.thanks)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`));
      return;
    }
    const payload = fromForm(form, { version, lang, pageUrl: pageUrlOf(req, get('pageUrl')) });
    const key = idempotencyKeyOf(req, get('idempotencyKey'));
    const validate = await validator();
    if (!validate(payload)) {
      const items = fieldErrors(validate.errors ?? [])
        .map((f) => `<li>${escapeHtml(t.fields[f.field] ?? f.field)}: ${escapeHtml(f.message)}</li>`)
        .join('');
      sendHtml(res, 422, page(lang, t.errorTitle, `<p>${escapeHtml(t.error)}</p><ul>${items}</ul><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`));
      return;
    }
    const result = await storeOrRetryLater(store, payload, key, 'form', log);
    const receipt = result.record.receipt;
    sendHtml(
      res,
      201,
      page(
        lang,
        t.thanksTitle,
        `<p>${escapeHtml(t.thanks)}</p><p>${escapeHtml(t.receipt)} <strong class="receipt">${escapeHtml(receipt)}</strong></p><p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`,
      ),
    );
  }
}

/**
 * Stores a payload; a disk that refuses the write (full, read-only) becomes 503 with
 * Retry-After, so the form keeps the message and tries again instead of losing it.
 * @param {import('./feedback-store.js').FeedbackStore} store
 * @param {Record<string, any>} payload
 * @param {string | undefined} key
 * @param {'json' | 'form'} source
 * @param {Pick<Console, 'error'>} log
 */
async function storeOrRetryLater(store, payload, key, source, log) {
  try {
    return await store.append(payload, { idempotencyKey: key, source });
  } catch (e) {
    log.error('klar-server: could not store feedback:', e);
    throw new HttpProblem(503, 'storage-unavailable', 'The feedback could not be stored right now. Try again later; nothing was saved.', {
      headers: { 'Retry-After': '5' },
    });
  }
}

/** @param {import('node:http').IncomingMessage} req */
function drainQuietly(req) {
  req.on('error', () => {});
  req.resume();
}

/**
 * Builds the JSON payload from the fallback form's fields.
 * @param {URLSearchParams} form
 * @param {{ version: string, lang: string, pageUrl: string }} ctx
 */
export function fromForm(form, ctx) {
  const get = (/** @type {string} */ k) => form.get(k)?.trim() || undefined;
  /** @type {Record<string, any>} */
  const answers = {};
  for (const k of ['helped', 'comment', 'worked', 'improve', 'whatWentWrong', 'where']) {
    const v = get(k);
    if (v !== undefined) answers[k] = v;
  }
  const rating = get('rating');
  if (rating !== undefined) {
    const value = /^\d+$/.test(rating) ? Number(rating) : rating;
    answers.rating = { value, label: RATING_LABELS[ctx.lang === 'en' ? 'en' : 'da'][Number(value)] ?? String(value) };
  }
  const mode = get('mode') ?? (answers.helped ? 'quick' : answers.whatWentWrong ? 'report' : 'full');
  /** @type {Record<string, any>} */
  const contact = {};
  if (get('email')) contact.email = get('email');
  if (get('phone')) contact.phone = get('phone');
  if (Object.keys(contact).length) answers.wantsAnswer = true;
  return {
    mode,
    answers,
    ...(get('principle') ? { principle: get('principle') } : {}),
    pageUrl: ctx.pageUrl,
    lang: ctx.lang,
    ...(get('caseReference') ? { caseReference: get('caseReference') } : {}),
    ...(Object.keys(contact).length ? { contact } : {}),
    version: ctx.version,
    clientTimestamp: new Date().toISOString(),
  };
}

/**
 * The page the fallback form was on: the form's own field when it is a path on this site,
 * else the Referer's path, without query or fragment.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} fromForm
 */
function pageUrlOf(req, fromForm) {
  const host = `http://${req.headers.host ?? 'localhost'}`;
  for (const candidate of [fromForm, req.headers.referer]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate, host);
      return `${u.origin}${u.pathname}`.slice(0, 2048);
    } catch {
      /* try the next */
    }
  }
  return `${host}/`;
}

/** @param {string | undefined} url */
function safeBack(url) {
  if (!url) return '/';
  try {
    const u = new URL(url, 'http://x.invalid');
    return u.origin === 'http://x.invalid' || url.startsWith('http://127.0.0.1') || url.startsWith('http://localhost') ? `${u.pathname}${u.search}` : '/';
  } catch {
    return '/';
  }
}

const RATING_LABELS = {
  da: ['', 'Meget dårligt', 'Dårligt', 'Hverken godt eller dårligt', 'Godt', 'Meget godt'],
  en: ['', 'Very bad', 'Bad', 'Neither good nor bad', 'Good', 'Very good'],
};

/** @type {Record<'da' | 'en', { thanksTitle: string, thanks: string, receipt: string, back: string, errorTitle: string, error: string, fields: Record<string, string> }>} */
const TEXTS = {
  da: {
    thanksTitle: 'Tak for din besked',
    thanks: 'Vi har gemt din besked. Vi læser alle beskeder og bruger dem til at gøre vores service bedre.',
    receipt: 'Dit kvitteringsnummer er',
    back: 'Tilbage til siden',
    errorTitle: 'Vi kunne ikke gemme din besked',
    error: 'Der mangler noget, eller noget er ikke udfyldt rigtigt. Gå tilbage og ret det:',
    fields: { helped: 'Hjalp siden dig?', comment: 'Kommentar', rating: 'Vurdering', worked: 'Hvad virkede godt', improve: 'Hvad kan vi gøre bedre', whatWentWrong: 'Hvad gik galt', where: 'Hvor skete det', email: 'E-mail', phone: 'Telefon', principle: 'Løfte', mode: 'Type', answers: 'Svar' },
  },
  en: {
    thanksTitle: 'Thank you for your message',
    thanks: 'We have saved your message. We read every message and use them to improve our service.',
    receipt: 'Your receipt number is',
    back: 'Back to the page',
    errorTitle: 'We could not save your message',
    error: 'Something is missing or not filled in correctly. Go back and correct it:',
    fields: { helped: 'Did the page help you?', comment: 'Comment', rating: 'Rating', worked: 'What worked well', improve: 'What can we do better', whatWentWrong: 'What went wrong', where: 'Where it happened', email: 'Email', phone: 'Phone', principle: 'Promise', mode: 'Type', answers: 'Answers' },
  },
};

/**
 * A minimal page in the demo's look (external stylesheet only, as the CSP demands).
 * @param {'da' | 'en'} lang
 * @param {string} title plain text
 * @param {string} bodyHtml already escaped
 */
export function page(lang, title, bodyHtml) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Klarby Kommune</title>
<link rel="stylesheet" href="/demo/demo.css">
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site-header"><div class="wrap header-row"><a class="logo" href="/"><img src="/demo/favicon.svg" alt="" width="32" height="32"> Klarby Kommune</a>
<nav class="site-nav" aria-label="${lang === 'en' ? 'Main menu' : 'Hovedmenu'}"><ul><li><a href="/">${lang === 'en' ? 'My case' : 'Min sag'}</a></li><li><a href="/insights">Hvad borgerne fortæller os</a></li></ul></nav></div></header>
<main class="wrap" id="indhold">
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`;
}
