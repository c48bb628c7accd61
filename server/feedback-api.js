// POST /api/feedback: validates against schema/feedback.schema.json (JSON Schema 2020-12, read
// at runtime and re-read when it changes), deduplicates by Idempotency-Key and stores through
// FeedbackStore. JSON posts come from <klar-feedback-form>; form posts
// (application/x-www-form-urlencoded) are the no-JavaScript fallback: they are answered with
// 303 See Other to GET /api/feedback/thanks (post/redirect/get), so a reload never posts twice.
//
// Personal data is found by the library's one detector (src/core/pii.ts), through server/pii.js.
import { stat, readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { HttpProblem, escapeHtml, mediaType, readBody, readFormBody, sendHtml, sendJson } from './http-util.js';
import { fingerprintOf } from './feedback-store.js';
import { detector as pii, maskPii } from './pii.js';
import { TEXTS as FRAME } from '../demo/texts.js';

/**
 * The working days within which an answer asked for comes, the form's own rule from the build
 * (src/feedback-form/answer-days.ts), as server/pii.js takes the detector (which stops the server
 * without a build first): ANSWER_DAYS, <klar-feedback-form>'s `answer-days` default, and
 * answerDaysOf, which reads the number a form posted without JavaScript promised (its hidden field
 * `answerDays`) as the form reads its attribute: a whole number from 1 to 99, else undefined (the
 * thank-you page then says the default).
 */
export const { ANSWER_DAYS, answerDaysOf } = /** @type {typeof import('../src/feedback-form/answer-days.js')} */ (
  await import(new URL('../dist/feedback-form/answer-days.js', import.meta.url).href)
);

/**
 * A hint without the sentences a problem says already, as <klar-feedback-form> says its contact
 * hint beside the e-mail's error: the form's own rule, from the build (src/feedback-form/hint-beside.ts).
 */
const { hintBeside } = /** @type {typeof import('../src/feedback-form/hint-beside.js')} */ (await import(new URL('../dist/feedback-form/hint-beside.js', import.meta.url).href));

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

/**
 * How long a no-JavaScript post's token stands for one message (ms): the same content under it later
 * is another citizen's, on a page a cache served to both (feedbackHandler).
 */
const TOKEN_REPLAY_MS = 10 * 60_000;

/**
 * For a page that says back what a citizen sent (the no-JavaScript form given back with their text
 * and contact, the thank-you page with their receipt and way back): `no-cache` let a browser's disk
 * or back-forward cache and a proxy keep it.
 */
const NO_STORE = { headers: { 'Cache-Control': 'no-store' } };

/** Media types the endpoint accepts. */
const ACCEPTED = ['application/json', 'application/x-www-form-urlencoded'];

/** Free-text answers, checked for CPR numbers. */
const TEXT_FIELDS = ['comment', 'worked', 'improve', 'whatWentWrong', 'where'];

/**
 * Checks what the schema cannot: contact details that hold a CPR number. A follow-up (`answerTo`)
 * names its answer by the `id` the server returned for it (a random link token, FeedbackStore.byLink),
 * and is rewritten to that answer's receipt, which everything after this links by; one that names
 * no answer this store holds by its token (a receipt, which anyone can guess, included) loses the
 * link and is stored as a message of its own.
 * Returns field errors in the schema's shape.
 * @param {Record<string, any>} payload
 * @param {import('./feedback-store.js').FeedbackStore} store
 * @param {'da' | 'en'} lang
 * @returns {ApiFieldError[]}
 */
function contentErrors(payload, store, lang) {
  /** @type {ApiFieldError[]} */
  const out = [];
  for (const f of /** @type {const} */ (['email', 'phone'])) {
    const v = payload.contact?.[f];
    if (typeof v === 'string' && pii.containsCpr(v)) out.push({ field: f, path: `/contact/${f}`, message: TEXTS[lang].cprInContact[f], keyword: 'cpr' });
  }
  // An answer asked for with no way to give it: "Jeg vil gerne have et svar" ticked without
  // JavaScript and no e-mail or phone was stored as a message no one could answer, and the citizen
  // was never told. Named at the e-mail field, as the form names it (checkContact).
  if (payload.answers?.wantsAnswer === true && !payload.contact) out.push({ field: 'email', path: '/contact', message: TEXTS[lang].problems['contact-missing'], keyword: 'contact-missing' });
  // A follow-up to an answer this store does not hold (purged, restored from a backup, sent to
  // another instance) is kept, unlinked: refusing it left the citizen's comment unsendable for good.
  // Only the token links: a stranger who guessed a receipt (sequential) attached a follow-up to
  // another citizen's message and changed its Ja/Nej and kind in the public counts.
  if (typeof payload.answerTo === 'string') {
    const linked = store.byLink(payload.answerTo);
    if (linked) payload.answerTo = linked.receipt;
    else delete payload.answerTo;
  }
  return out;
}

/**
 * Links a message that carries a one-click answer the form got no receipt for (`answerKey`, the
 * key the answer was sent under) to that answer, when this store holds it after all (stored, its
 * response lost): `answerTo` as a follow-up's, and the same Ja/Nej left out when the message says
 * more, so the answer is stored and counted once. Not held, the message's Ja/Nej is the answer,
 * and the key is returned: stored with the message (`carries`), an answer's own request that comes
 * after it under that key is a replay of the message, not a second Ja/Nej. `answerKey` is not
 * stored in the feedback. Only an answer sent as JSON is linked by its key (the form's own random
 * key, known to no one else): a no-JavaScript post's key is the token in the page's HTML, which a
 * cached page gives to everyone, and a stranger's message named it to be joined to that citizen's
 * answer (its Ja/Nej and kind replaced, its count changed).
 * @param {Record<string, any>} payload
 * @param {unknown} answerKey as sent (the copy in `payload` may have been masked)
 * @param {import('./feedback-store.js').FeedbackStore} store
 * @returns {Promise<string | undefined>} the key of the answer the message carries unlinked
 */
async function linkCarriedAnswer(payload, answerKey, store) {
  delete payload.answerKey;
  if (typeof answerKey !== 'string' || payload.answerTo) return undefined;
  const answer = await store.withKey(answerKey);
  // Another's (a no-JavaScript post's token): nothing to link, and the key is taken, so nothing to carry.
  if (answer && answer.source !== 'json') return undefined;
  if (!answer?.feedback.answers?.helped) return payload.answers.helped ? answerKey : undefined;
  payload.answerTo = answer.receipt;
  const { answers } = payload;
  // Another Ja/Nej is the citizen's change: kept, and counted once with the link.
  if (answers.helped === answer.feedback.answers.helped && Object.keys(answers).length > 1) delete answers.helped;
}

/**
 * The body as text, refusing bytes that are not UTF-8: decoding them silently stored "��" in
 * place of what the citizen wrote.
 * @param {Buffer} body
 * @returns {string}
 */
function utf8(body) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpProblem(400, 'invalid-utf8', 'The body is not valid UTF-8 text.');
  }
}

/**
 * Every string in `value` as text that can be stored and shown: lone surrogates become U+FFFD and
 * control characters other than tab and line breaks go (a NUL byte reached the staff page's HTML).
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function cleanText(value) {
  if (typeof value === 'string') return /** @type {T} */ (value.toWellFormed().replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
  if (Array.isArray(value)) return /** @type {T} */ (value.map(cleanText));
  if (value && typeof value === 'object') return /** @type {T} */ (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanText(v)])));
  return value;
}

/**
 * The most characters the feedback schema takes in an answer's free-text field (`where`: 1000,
 * the others 5000), following its `$ref`.
 * @param {any} schema
 * @param {string} field
 * @returns {number}
 */
export function maxLengthOf(schema, field) {
  const def = schema.$defs.answers.properties[field];
  return def.maxLength ?? schema.$defs[def.$ref.split('/').pop()].maxLength;
}

/**
 * `text` cut to at most `max` characters, as the form and the schema count them (UTF-16 units and
 * code points: a pair is never split), less a broken escape or unreadable character where the
 * body was cut.
 * @param {string} text
 * @param {number} max
 * @param {boolean} [tidy] take off a broken end also when the text is within `max` (a field the reading cut)
 */
function cutTo(text, max, tidy = false) {
  if (text.length <= max && !tidy) return text;
  let out = '';
  for (const c of text) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out.replace(/(?:%[0-9a-f]?|\uFFFD)+$/i, '');
}

/**
 * What is stored never holds a CPR number, whatever the client did: every string of a valid
 * message (its answers, where, the case reference and step, the page address, …) is masked with
 * the library's detector. <klar-feedback-form> masks before it sends; a script, an old form or a
 * client with a bug may not, and the JSON path stored '010190-1234' in `step` and `pageUrl` as sent.
 * `contact` is refused before this when it holds one (contentErrors). The step and the case
 * reference have their e-mail addresses and phone numbers masked too (maskPii; the staff page and
 * CSV showed them as sent, under a page that says they are removed), and the page address is kept
 * as its origin and path, with them taken out (storedPageUrl), on both paths.
 * @template {Record<string, any>} T
 * @param {T} payload
 * @param {'da' | 'en'} lang
 * @returns {T}
 */
function withoutCpr(payload, lang) {
  const out = pii.redactCprDeep(payload, TEXTS[lang].cprMasked);
  for (const k of /** @type {const} */ (['step', 'caseReference'])) {
    if (typeof out[k] === 'string') /** @type {Record<string, any>} */ (out)[k] = maskPii(out[k]).slice(0, 200);
  }
  if (typeof out.pageUrl === 'string') /** @type {Record<string, any>} */ (out).pageUrl = storedPageUrl(out.pageUrl);
  return out;
}

/**
 * The page address as stored: CPR numbers, e-mail addresses and phone numbers taken out as
 * "redacted" (withoutPii), in the path and in the query and fragment a page sends with
 * `keep-query` (the form leaves them out otherwise); as the no-JavaScript form's (pageUrlOf). A
 * path alone (no origin) stays a path.
 * @param {string} url
 */
function storedPageUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return `${u.origin}${withoutPii(`${u.pathname}${u.search}${u.hash}`, false, true)}`.slice(0, 2048);
  try {
    return withoutPii(new URL(url, 'http://x.invalid').pathname, false, true).slice(0, 2048);
  } catch {
    return '/';
  }
}

/**
 * @param {{ store: import('./feedback-store.js').FeedbackStore, validator: ReturnType<typeof schemaValidator>, version: string, log?: Pick<Console, 'error'>, formTexts?: ReturnType<typeof import('./catalogue.js').formTextsFrom>, formQuestions?: ReturnType<typeof import('./catalogue.js').formQuestionsFrom> }} deps
 *   `formTexts`: <klar-feedback-form>'s own words, for what the no-JavaScript form's answer says as the form does;
 *   `formQuestions`: the question it asks for each field, to name a field as the form asked it
 */
export function feedbackHandler({ store, validator, version, log = console, formTexts = async () => undefined, formQuestions = async () => undefined }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {{ wait?: number }} [refused] `wait`: a form post over the rate limit, the seconds until the
   *   next is taken (its texts given back, nothing stored)
   */
  return async function handleFeedback(req, res, { wait } = {}) {
    const type = mediaType(req);
    if (!ACCEPTED.includes(type)) {
      drainQuietly(req);
      throw new HttpProblem(415, 'unsupported-media-type', `Send feedback as application/json (or a form as application/x-www-form-urlencoded), not "${type || 'nothing'}".`, {
        headers: { 'Accept-Post': ACCEPTED.join(', ') },
      });
    }
    const charset = /;\s*charset="?([^";\s]+)/i.exec(String(req.headers['content-type'] ?? ''))?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      drainQuietly(req);
      throw new HttpProblem(415, 'unsupported-charset', `Send feedback in UTF-8, not ${charset}: other text would be stored wrong ("søde" as "s�de").`);
    }
    if (type === 'application/x-www-form-urlencoded') {
      // Read even when it is too long or over the rate limit: the page gives the texts back.
      const { body, over } = await readFormBody(req);
      return handleForm(req, res, over ? new TextDecoder().decode(body) : utf8(body), { over, wait });
    }
    const body = utf8(await readBody(req));

    if (!body.length) throw new HttpProblem(400, 'empty-body', 'The request body is empty; send the feedback as a JSON object.');
    let payload;
    try {
      payload = cleanText(JSON.parse(body));
    } catch (e) {
      // Why, without the excerpt of the body the parser quotes (a citizen's text, a CPR number).
      const why = (e instanceof Error ? e.message : String(e)).replace(/,? ".*"(\.\.\.)? is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
      throw new HttpProblem(400, 'invalid-json', `The body is not valid JSON: ${why}`);
    }
    const key = idempotencyKeyOf(req);
    // A phone as the form sends it (core/phone.ts): a client of its own that sent "33.66.33.66" was refused.
    if (typeof payload?.contact?.phone === 'string') payload.contact.phone = pii.phoneOf(payload.contact.phone);
    const validate = await validator();
    const valid = validate(payload);
    const fields = valid ? contentErrors(payload, store, payload.lang === 'en' ? 'en' : 'da') : fieldErrors(validate.errors ?? []);
    if (fields.length) {
      const lang = payload?.lang === 'en' ? 'en' : 'da';
      const words = await formTexts(lang);
      sendJson(res, 422, {
        error: { code: 'invalid-feedback', message: 'The feedback does not match schema/feedback.schema.json.', fields },
        // The shape <klar-feedback-form> reads to put each message next to its field: the citizen's
        // words in the message's language, as the page without JavaScript says them ("must match
        // pattern …" stood under "Telefon"); the developer's stay in `error.fields`.
        errors: fields.map((f) => ({ field: f.field, message: problemOf(f, { payload: payload ?? {}, lang }, validate.schema, words), path: f.path })),
      });
      return;
    }
    const { answerKey } = payload;
    const stored = withoutCpr(payload, payload.lang === 'en' ? 'en' : 'da');
    // The key stands for what was sent: a retry after the link below is the same content.
    const fingerprint = fingerprintOf(stored);
    const carries = await linkCarriedAnswer(stored, answerKey, store);
    const result = await storeOrRetryLater(store, stored, key, 'json', log, fingerprint, carries);
    if (result.status === 'conflict') {
      throw new HttpProblem(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for different feedback. Use a new key for new content.');
    }
    const { receipt, receivedAt, linkToken } = result.record;
    // `id` is what a follow-up (an optional comment after a one-click answer) sends as `answerTo`: the
    // record's random link token, never the receipt (for people; sequential, so guessable). A record
    // stored before there were tokens has none: its id is its receipt, which links nothing.
    sendJson(res, 201, { receipt, id: linkToken ?? receipt, receivedAt, status: 'stored' }, result.status === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {});
  };

  /**
   * The no-JavaScript fallback: a plain HTML form posts here. CPR numbers in free text are
   * handled as the form's `pii` setting says (sent along as a hidden field): `block` refuses
   * the message with a plain page, anything else masks them as the form does with JavaScript
   * (`warn` too: without JavaScript the citizen was never warned). Stored once per hidden
   * idempotency token, then 303 to the thank-you page, so reloading that page posts nothing.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} body the body as UTF-8 text
   * @param {{ over?: boolean, wait?: number }} refused `over`: the body was too long (its texts are
   *   given back cut to their limits); `wait`: over the rate limit (given back whole). Nothing is stored.
   */
  async function handleForm(req, res, body, { over = false, wait } = {}) {
    // Every value cleaned once (control characters, lone surrogates), for what is stored and what is read here.
    const form = new URLSearchParams([...new URLSearchParams(body)].map(([k, v]) => [k, cleanText(v)]));
    const get = (/** @type {string} */ k) => form.get(k)?.trim() || undefined;
    const lang = get('lang') === 'en' ? 'en' : 'da';
    const t = TEXTS[lang];
    const back = safeBack(get('pageUrl') ?? sameSiteReferer(req));
    const retry = `<p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`;
    if (get('website')) {
      // The honeypot field was filled in: a bot. Thank it and store nothing.
      redirect(res, thanksUrl(lang, back));
      return;
    }
    /** @type {Record<string, any> | undefined} */
    let payload;
    /** @type {Record<string, unknown> | undefined} */
    let words;
    /**
     * A post that is not stored (too long, too many, a full disk) gets every text back in a form to
     * send again, as a refused one does (formAgain): a link back opened the page with an empty field.
     * @param {HttpProblem} e
     * @param {boolean} [cut] a text was cut to its limit
     */
    const giveBack = async (e, cut = false) => {
      if (!payload) throw e;
      const validate = await validator();
      const asked = { form, payload, lang, questions: await formQuestions(lang) };
      const said = e.status === 429 ? t.tooMany(wait ?? 1) : (t.givenBack[e.status] ?? t.cannotTake[400]);
      const title = e.status === 429 ? t.tooManyTitle : t.notSavedTitle;
      sendHtml(res, e.status, page(lang, title, `<p id="nojs-not-saved">${escapeHtml(said)}${cut ? ` ${escapeHtml(t.cut)}` : ''}</p>${formAgain(asked, [], undefined, words, validate.schema)}${retry}`), {
        headers: { ...e.extra?.headers, 'Cache-Control': 'no-store' },
      });
    };
    // A post it cannot take (a bad token, a full disk): a page in the form's language, with the way back.
    try {
      words = await formTexts(lang);
      payload = fromForm(form, { version, lang, pageUrl: pageUrlOf(req, get('pageUrl')), words });
      const validate = await validator();
      let cut = false;
      if (over) {
        // Too long to take: each text cut to its limit, and the page says so; an address or token that
        // long is left out, or "Send igen" would be refused again.
        for (const f of TEXT_FIELDS) {
          const text = payload.answers[f];
          if (typeof text !== 'string') continue;
          // Tidied also under the limit: a field the reading cut (readFormBody) ended "ææ\uFFFD%A".
          const short = cutTo(text, maxLengthOf(validate.schema, f), true);
          cut ||= short !== text;
          payload.answers[f] = short;
        }
        for (const [k, v] of [...form]) if (!TEXT_FIELDS.includes(k) && v.length > 2048) form.delete(k);
      }
      const cprFields = TEXT_FIELDS.filter((f) => typeof payload.answers[f] === 'string' && pii.containsCpr(payload.answers[f]));
      if (cprFields.length && get('pii') === 'block') {
        // Refused, and every text given back in its field to send again (the page said "remove it" with
        // no field to remove it from: what the citizen wrote was lost). Each number is taken out as the
        // form's "Fjern CPR-nummeret" takes it out (a page never holds one), and the page says so in the
        // words the form says it with JavaScript when it took one out of the citizen's text.
        for (const f of cprFields) payload.answers[f] = pii.removeCpr(payload.answers[f]);
        const said = words?.['feedback.draft.cpr-removed'];
        const note = `<p id="nojs-cpr-removed">${escapeHtml(typeof said === 'string' ? said : t.cprBlocked)}</p>`;
        const asked = { form, payload, lang, questions: await formQuestions(lang) };
        sendHtml(res, 422, page(lang, t.errorTitle, `${note}${formAgain(asked, cprFields.map((field) => ({ field })), 'nojs-cpr-removed', words, validate.schema)}${retry}`), NO_STORE);
        return;
      }
      // The label fits the field's limit: a text typed up to it keeps every word (schema maxLength).
      for (const f of cprFields) payload.answers[f] = pii.redactCprToFit(payload.answers[f], t.cprMasked, maxLengthOf(validate.schema, f));
      if (payload.caseReference) payload.caseReference = pii.redactCpr(payload.caseReference, '').trim() || undefined;
      if (!payload.caseReference) delete payload.caseReference;
      if (over) return await giveBack(new HttpProblem(413, 'body-too-large', 'The form is too long.', { headers: { Connection: 'close' } }), cut);
      if (wait) return await giveBack(new HttpProblem(429, 'too-many-requests', 'Too much feedback from this client.', { headers: { 'Retry-After': String(wait) } }));
      const key = idempotencyKeyOf(req, get('idempotencyKey'));
      const fields = validate(payload) ? contentErrors(payload, store, lang) : fieldErrors(validate.errors ?? []);
      if (fields.length) {
        const asked = { form, payload, lang, questions: await formQuestions(lang) };
        // A text given back in its field (formAgain) is described by its item; one item a field
        // (a promise that is no slug is two problems to the validator, one to the citizen).
        const items = fields.filter((f, i) => fields.findIndex((o) => o.field === f.field) === i).map((f) => `<li${TEXT_FIELDS.includes(f.field) || ASKED_AGAIN.includes(f.field) ? ` id="nojs-error-${f.field}"` : ''}>${escapeHtml(problemLine(f, asked, validate.schema, words))}</li>`).join('');
        sendHtml(res, 422, page(lang, t.errorTitle, `<p>${escapeHtml(t.error)}</p><ul>${items}</ul>${formAgain(asked, fields, undefined, words, validate.schema)}${retry}`), NO_STORE);
        return;
      }
      const stored = withoutCpr(payload, lang);
      let result = await storeOrRetryLater(store, stored, key, 'form', log);
      // The token is written into the page when it is rendered (a server-rendered form's
      // idempotencyKey), and a CMS or CDN that caches the page gives every citizen the same one: two
      // citizens who gave the same answers came back as one record, with one receipt. The same
      // content under a token whose record is older than a few minutes is a new message; a second
      // click or a resend soon after is still the same one (and one soon after that, by its bucket).
      if (result.status === 'replayed' && key && Date.now() - Date.parse(result.record.receivedAt) > TOKEN_REPLAY_MS) {
        result = await storeOrRetryLater(store, stored, `${key}@${Math.floor(Date.now() / TOKEN_REPLAY_MS)}`, 'form', log);
      }
      if (result.status === 'conflict' && key) {
        // The citizen went back, changed the text and sent the page's form again: a new message.
        // Its key is derived from the token and the content, so a reload of that post stores nothing either.
        result = await storeOrRetryLater(store, stored, `${key}:${fingerprintOf(stored).slice(0, 16)}`, 'form', log);
      }
      // Still another's under that key too (someone claimed it first): stored without one, never
      // thanked with their receipt. The 303 keeps a reload from posting it again.
      if (result.status === 'conflict') result = await storeOrRetryLater(store, stored, undefined, 'form', log);
      const asked = result.record.feedback.answers?.wantsAnswer === true;
      redirect(res, thanksUrl(lang, back, result.record.receipt, cprFields.length > 0, asked, asked ? answerDaysOf(get('answerDays')) : undefined));
    } catch (e) {
      if (!(e instanceof HttpProblem)) throw e;
      if (e.status === 503 && payload) return await giveBack(e);
      sendHtml(res, e.status, formProblemPage(lang, e.status, back), { headers: { ...e.extra?.headers, 'Cache-Control': 'no-store' } });
    }
  }
}

/**
 * What a no-JavaScript post was: the fields as posted, the payload made of them, its language, and
 * the question the form asks for each field (formQuestions; undefined without the build).
 * @typedef {{ form: URLSearchParams, payload: Record<string, any>, lang: 'da' | 'en', questions: Record<string, string> | undefined }} Asked
 */

/**
 * The form's own words for a problem, where it has them (its catalogue keys), by field and the
 * validator's keyword (`*`: any): what it says beside the field with JavaScript. A text over its
 * limit is said with its count (problemOf); the rest in the page's own words.
 * @type {Record<string, Record<string, string>>}
 */
const FORM_PROBLEM = {
  helped: { '*': 'feedback.error.helped' },
  whatWentWrong: { required: 'feedback.error.what-went-wrong' },
  answers: { anyOf: 'feedback.error.full-empty' },
  email: { cpr: 'feedback.error.email-cpr', 'contact-missing': 'feedback.error.contact-missing', '*': 'feedback.error.email' },
  phone: { cpr: 'feedback.error.phone-cpr', '*': 'feedback.error.phone' },
};

/** Fields the page that refuses a post asks again when they are wrong (formAgain): sent as they were, the same post was refused again. */
const ASKED_AGAIN = ['helped', 'email', 'phone'];

/** Fields the citizen answers by choosing: whatever is wrong there, the page asks for a choice. */
const CHOICE_FIELDS = ['rating', 'principle'];

/**
 * One problem of a no-JavaScript post as a line for the citizen: the question as the form asked it,
 * then what is wrong, as the form's error summary names a field ("Hvor skete det? Teksten er for
 * lang. …"); a problem of no one question (none of the full form's questions answered) is its
 * sentence alone.
 * @param {ApiFieldError} f
 * @param {Asked} asked
 * @param {any} schema
 * @param {Record<string, unknown> | undefined} words the form's texts (formTexts)
 */
function problemLine(f, asked, schema, words) {
  const problem = problemOf(f, asked, schema, words);
  if (f.field === 'answers' && f.keyword === 'anyOf') return problem;
  const question = questionOf(f.field, asked);
  return `${question}${question.endsWith('?') ? '' : ':'} ${problem}`;
}

/**
 * What is wrong with a field of the no-JavaScript form, in the citizen's words: as
 * <klar-feedback-form> says it with JavaScript where it has the words (FORM_PROBLEM; a text over
 * its limit with the count, feedback.error.too-long, so the citizen knows how much to take out),
 * else the page's own. Always a whole sentence.
 * @param {ApiFieldError} f
 * @param {Asked} asked
 * @param {any} schema
 * @param {Record<string, unknown> | undefined} words the form's texts (formTexts)
 */
function problemOf(f, { payload, lang }, schema, words) {
  const t = TEXTS[lang];
  const say = (/** @type {string | undefined} */ key) => (key && typeof words?.[key] === 'string' ? /** @type {string} */ (words[key]) : undefined);
  const text = payload.answers?.[f.field];
  let said;
  if (f.keyword === 'maxLength' && typeof text === 'string' && TEXT_FIELDS.includes(f.field)) {
    // Counted as the form counts (UTF-16 units), and as the schema does when they differ: the larger.
    const count = Math.max(text.length, [...text].length);
    said = say('feedback.error.too-long')?.replace('{count}', numberIn(lang, count)).replace('{max}', numberIn(lang, maxLengthOf(schema, f.field)));
  }
  said ??= say(FORM_PROBLEM[f.field]?.[f.keyword] ?? FORM_PROBLEM[f.field]?.['*']);
  if (f.keyword === 'cpr') said ??= f.message;
  said ??= CHOICE_FIELDS.includes(f.field) ? t.problems.choice : (t.problems[f.keyword] ?? t.problems.other);
  return /[.!?]$/.test(said) ? said : `${said}.`;
}

/**
 * A count as the page's language writes it: 5.000 in Danish, 5,000 in English.
 * @param {'da' | 'en'} lang
 * @param {number} n
 */
const numberIn = (lang, n) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK');

/**
 * The limit of a free-text field, for a form without JavaScript to say before it is sent, in the
 * words the form says it in under the field (feedback.limit: "Skriv højst 5.000 tegn.", "Write at
 * most 5,000 characters."). Undefined without the build's texts.
 * @param {Record<string, unknown> | undefined} words the form's texts (formTexts)
 * @param {'da' | 'en'} lang
 * @param {number} max
 */
export function limitSaid(words, lang, max) {
  const said = words?.['feedback.limit'];
  return typeof said === 'string' ? said.replace('{max}', numberIn(lang, max)) : undefined;
}

/**
 * A field's name in a problem and above the field given back: the question as the form asked it
 * (its catalogues, through formQuestions); the comment of the page's own form without JavaScript
 * as that form asks it (demo/texts.js); else, without the build or for a field the citizen does
 * not fill in, the server's own word for it.
 * @param {string} field
 * @param {Pick<Asked, 'lang' | 'questions'>} asked
 * @param {boolean} [asLabel] as the label above the field given back: with "(valgfrit)", as the form labels it
 */
function questionOf(field, { lang, questions }, asLabel = false) {
  const asked = field === 'comment' ? FRAME[lang]['fallback.comment'] : (questions?.[field] ?? TEXTS[lang].fields[field] ?? field);
  // In a problem, without "(valgfrit)", as the form's error summary names a field: the line says what is wrong, not what may be left out.
  return asLabel ? asked : asked.replace(/\s*\(.*\)$/, '');
}

/**
 * The no-JavaScript form again, on the page that says what is wrong: every free text the citizen
 * wrote is given back in its field (described by its problem), the rest goes along unseen, under
 * the same token, so nothing typed is lost and "Send" posts it again. Free text is given back as it
 * would be stored (a CPR number in it masked); another field that holds one is left out.
 * @param {Asked} asked what was posted, and the form's questions (each field is labelled as the form asked it)
 * @param {(Pick<ApiFieldError, 'field'> & { keyword?: string })[]} fields the problems (a text over its limit: keyword `maxLength`, the validator's)
 * @param {string} [note] the id of what describes those fields instead, when they are no longer wrong (a CPR number taken out)
 * @param {Record<string, unknown>} [words] the form's texts (formTexts), for the answers to the question asked again and the texts' hints
 * @param {any} [schema] the feedback schema, for each text's limit said under its label (limitSaid)
 */
function formAgain(asked, fields, note, words, schema) {
  const { form, payload, lang } = asked;
  const t = TEXTS[lang];
  const wrong = new Set(fields.map((f) => f.field));
  const say = (/** @type {string} */ key, /** @type {string} */ fallback) => escapeHtml(typeof words?.[key] === 'string' ? /** @type {string} */ (words[key]) : fallback);
  // "Did the page help you?" unanswered (a browser that lets a required radio through): asked
  // again here, or "Send again" would post the same nothing and get this page for ever.
  let html = wrong.has('helped')
    ? `<fieldset aria-describedby="nojs-error-helped"><legend>${escapeHtml(questionOf('helped', asked))}</legend><label><input type="radio" name="helped" value="yes" required> ${say('feedback.yes', t.yes)}</label><label><input type="radio" name="helped" value="no"> ${say('feedback.no', t.no)}</label></fieldset>`
    : '';
  // An e-mail or phone that is wrong or missing (an answer asked for with neither) is asked for
  // again, both fields, as the form asks for them: sent along unseen, the same post was refused again.
  const contact = wrong.has('email') || wrong.has('phone');
  const personal = typeof words?.['feedback.no-personal'] === 'string';
  let personalSaid = false;
  for (const [k, v] of form) {
    if (k === 'website' || (k === 'helped' && wrong.has(k)) || (contact && (k === 'email' || k === 'phone' || k === 'wantsAnswer'))) continue;
    if (!TEXT_FIELDS.includes(k)) {
      // A CPR number is never written back into a page (an e-mail field that held one is refused, and typed again).
      if (!pii.containsCpr(v)) html += `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`;
      continue;
    }
    const id = `nojs-${k}`;
    // Each text with the hints the form gives it (demo/fallback-form.html): no personal details
    // (once on the page) and its limit, tied to the field, after what is wrong with it. A text over
    // its limit has it said by its problem ("… Skriv højst 5.000 tegn."), as the form does: once.
    const over = !note && fields.some((f) => f.field === k && f.keyword === 'maxLength');
    const limit = schema && !over ? limitSaid(words, lang, maxLengthOf(schema, k)) : undefined;
    // The quick form's comment says first that no one answers there, as it does with JavaScript and on the page it came from.
    const noReply = k === 'comment' && typeof words?.['feedback.no-reply'] === 'string';
    const ids = [wrong.has(k) && (note ?? `nojs-error-${k}`), noReply && 'nojs-no-reply', personal && 'nojs-no-personal', limit && `${id}-limit`].filter(Boolean).join(' ');
    const described = `${wrong.has(k) && !note ? ' aria-invalid="true"' : ''}${ids ? ` aria-describedby="${ids}"` : ''}`;
    html += `<p><label for="${id}">${escapeHtml(questionOf(k, asked, true))}</label></p>${noReply ? `<p class="hint" id="nojs-no-reply">${say('feedback.no-reply', '')}</p>` : ''}${personal && !personalSaid ? `<p class="hint" id="nojs-no-personal">${say('feedback.no-personal', '')}</p>` : ''}${limit ? `<p class="hint" id="${id}-limit">${escapeHtml(limit)}</p>` : ''}<textarea id="${id}" name="${k}" rows="10"${described}>${escapeHtml(payload.answers?.[k] ?? v)}</textarea>`;
    personalSaid ||= personal;
  }
  if (contact) {
    // The tick that asks for these fields, as a box the citizen can take away (sent along unseen, a
    // citizen who changed their mind could only give a contact or leave, and lose every word).
    // Taken away, the message is stored without a contact (fromForm).
    html += `<p><input type="checkbox" id="nojs-wantsAnswer" name="wantsAnswer" value="on" checked> <label for="nojs-wantsAnswer">${say('feedback.wants-answer', t.wantsAnswer)}</label></p>`;
    // Less what the e-mail's problem says ("Skriv din e-mail eller dit telefonnummer, så vi kan svare
    // dig."): the instruction once, as the form says it with JavaScript (feedback-modes.ts).
    const email = fields.find((f) => f.field === 'email');
    const said = words?.['feedback.contact.hint'];
    const hint = typeof said === 'string' && hintBeside(said, email && problemOf(/** @type {ApiFieldError} */ (email), asked, schema, words));
    if (hint) html += `<p id="nojs-contact-hint">${escapeHtml(hint)}</p>`;
    for (const [k, type] of /** @type {const} */ ([['email', 'email'], ['phone', 'tel']])) {
      const typed = payload.contact?.[k] ?? '';
      const ids = [hint && 'nojs-contact-hint', wrong.has(k) && `nojs-error-${k}`].filter(Boolean).join(' ');
      const described = `${wrong.has(k) ? ' aria-invalid="true"' : ''}${ids ? ` aria-describedby="${ids}"` : ''}`;
      // A CPR number is never written back into a page: that field comes back empty.
      html += `<p><label for="nojs-${k}">${escapeHtml(questionOf(k, asked))}</label></p><input type="${type}" id="nojs-${k}" name="${k}" autocomplete="${type}" value="${escapeHtml(pii.containsCpr(typed) ? '' : typed)}"${described}>`;
    }
  }
  return `<form class="fallback-form" action="/api/feedback" method="post" lang="${lang}">${html}<button type="submit">${escapeHtml(t.send)}</button></form>`;
}

/**
 * GET /api/feedback/thanks?lang=&receipt=&back=&cpr=&answer=&days=: the page a no-JavaScript post lands on.
 * Safe to reload; shows the receipt number, says when an answer asked for comes (`answer=1`: set
 * from the stored record, not looked up by receipt, so a receipt number tells no one what a
 * message asked; within `days` working days, the form's `answer-days`, else the default) and that
 * a CPR number was taken out of the message (`cpr=1`) in the words the form says it with JavaScript
 * (its catalogue in the build, through server/catalogue.js), and links back to the page (same site only).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReturnType<typeof import('./catalogue.js').formTextsFrom>} formTexts
 */
export async function handleThanks(req, res, formTexts) {
  const q = new URL(req.url ?? '/', 'http://x.invalid').searchParams;
  const lang = q.get('lang') === 'en' ? 'en' : 'da';
  const t = TEXTS[lang];
  const receipt = /^KF-\d{1,12}$/.test(q.get('receipt') ?? '') ? q.get('receipt') : '';
  const back = safeBack(q.get('back') ?? undefined);
  const words = q.get('cpr') === '1' || q.get('answer') === '1' ? await formTexts(lang) : undefined;
  const removed = q.get('cpr') === '1' ? words?.['feedback.cpr.removed'] : undefined;
  // An answer asked for: when it comes, as the form says it with JavaScript (feedback.thanks.answer: "1 arbejdsdag", "5 arbejdsdage").
  const answerSaid = words?.['feedback.thanks.answer'];
  const days = answerDaysOf(q.get('days') ?? undefined) ?? ANSWER_DAYS;
  const answer = q.get('answer') === '1' ? (typeof answerSaid === 'function' ? String(answerSaid({ days })) : t.thanksAnswer(days)) : undefined;
  sendHtml(
    res,
    200,
    page(
      lang,
      t.thanksTitle,
      `<p>${escapeHtml(t.thanks)}</p>${answer ? `<p>${escapeHtml(answer)}</p>` : ''}${typeof removed === 'string' ? `<p>${escapeHtml(removed)}</p>` : ''}${receipt ? `<p>${escapeHtml(t.receipt)} <strong class="receipt">${escapeHtml(receipt)}</strong></p>` : ''}<p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`,
    ),
    NO_STORE,
  );
}


/**
 * @param {'da' | 'en'} lang
 * @param {string} back
 * @param {string} [receipt]
 * @param {boolean} [cpr] a CPR number was taken out of the message
 * @param {boolean} [answer] the message asked for an answer (and gave a way to give it)
 * @param {number} [days] the working days the form promised it in (answerDaysOf), when not the default
 */
function thanksUrl(lang, back, receipt, cpr, answer, days) {
  const q = new URLSearchParams({ lang, ...(receipt ? { receipt } : {}), back, ...(cpr ? { cpr: '1' } : {}), ...(answer ? { answer: '1' } : {}), ...(answer && days ? { days: String(days) } : {}) });
  return `/api/feedback/thanks?${q}`;
}

/**
 * Answers 303 See Other: the browser GETs `location`, and a reload repeats that GET, not the POST.
 * @param {import('node:http').ServerResponse} res
 * @param {string} location
 */
function redirect(res, location) {
  res.writeHead(303, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-store' });
  res.end();
}

/**
 * Stores a payload; a disk that refuses the write (full, read-only) becomes 503 with
 * Retry-After, so the form keeps the message and tries again instead of losing it.
 * @param {import('./feedback-store.js').FeedbackStore} store
 * @param {Record<string, any>} payload
 * @param {string | undefined} key
 * @param {'json' | 'form'} source
 * @param {Pick<Console, 'error'>} log
 * @param {string} [fingerprint] the content `key` stands for, when not `payload`'s (see FeedbackStore.append)
 * @param {string} [carries] the key of a one-click answer the message carries unlinked (see FeedbackStore.append)
 */
async function storeOrRetryLater(store, payload, key, source, log, fingerprint, carries) {
  try {
    return await store.append(payload, { idempotencyKey: key, source, fingerprint, carries });
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
 * @param {{ version: string, lang: string, pageUrl: string, words?: Record<string, unknown> }} ctx
 *   `words`: the form's texts (formTexts), for a rating's label as the form sends it
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
    // In the words the form sends with JavaScript: the record and /insights say one scale.
    answers.rating = { value, label: ratingLabel(value, ctx.lang === 'en' ? 'en' : 'da', ctx.words) };
  }
  const mode = get('mode') ?? (answers.helped ? 'quick' : answers.whatWentWrong ? 'report' : 'full');
  /** @type {Record<string, any>} */
  const contact = {};
  // The box "Jeg vil gerne have et svar" decides. Ticked, it asks for an answer (one without an
  // e-mail or phone is refused: contentErrors). Unticked, no contact is kept: the form's e-mail and
  // phone fields are always in it (shown while the box is ticked), so without JavaScript a contact
  // typed before the citizen took the tick away still posts, and was stored as an answer asked for.
  if (get('wantsAnswer')) {
    answers.wantsAnswer = true;
    if (get('email')) contact.email = get('email');
    // As the form writes it with JavaScript (core/phone.ts): "33.66.33.66" and non-breaking spaces were refused here.
    if (get('phone')) contact.phone = pii.phoneOf(get('phone'));
  }
  return {
    mode,
    answers,
    // The form always sends its principle set (a hidden field); it belongs in the record only with a chosen principle.
    ...(get('principle') ? { principle: get('principle'), ...(get('principleSet') ? { principleSet: get('principleSet') } : {}) } : {}),
    pageUrl: ctx.pageUrl,
    lang: ctx.lang,
    ...(get('caseReference') ? { caseReference: get('caseReference') } : {}),
    ...(get('step') ? { step: get('step') } : {}),
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
      // As the form does with JavaScript: no e-mail address or CPR number in the stored address.
      return `${u.origin}${withoutPii(u.pathname, false, true)}`.slice(0, 2048);
    } catch {
      /* try the next */
    }
  }
  return `${host}/`;
}

/**
 * The path of the Referer when it is a page of this site (the no-JavaScript form sends no
 * pageUrl field): where the thank-you page links back to.
 * @param {import('node:http').IncomingMessage} req
 */
function sameSiteReferer(req) {
  const ref = req.headers.referer;
  if (!ref) return undefined;
  try {
    const u = new URL(ref);
    return u.host === req.headers.host ? `${u.pathname}${u.search}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For a no-JavaScript post whose body was never read (too long, too slow): the page it was sent
 * from, when the Referer is one of this site's pages, in that page's language (its `lang`
 * parameter, else the site's first language) and the way back to it. A Danish page in an English
 * browser got "Your message has not been saved" and "To the front page" (Accept-Language alone).
 * @template {string} L
 * @param {import('node:http').IncomingMessage} req
 * @param {readonly L[]} langs the site's page languages, its default first
 * @returns {{ lang: L, back: string } | undefined}
 */
export function refererPage(req, langs) {
  const path = sameSiteReferer(req);
  if (!path) return undefined;
  const asked = /** @type {L} */ (new URL(path, 'http://x.invalid').searchParams.get('lang'));
  return { lang: langs.includes(asked) ? asked : langs[0], back: safeBack(path) };
}

/**
 * The return link of the thank-you page: a path on this site, or "/". Only a path that starts
 * with one "/" followed by something other than "/" or "\" passes, and it must still be a path
 * on this origin after the URL parser has normalised it ("/.//evil.example/x" becomes
 * "//evil.example/x", which a browser reads as another host). Checked as it is sent and again as
 * it is linked, after CPR numbers and e-mail addresses were taken out (withoutPii decodes:
 * "/%2F%2Fevil.example/010190-1234" came out as "///evil.example/redacted", a link off the site).
 * @param {string | undefined} url
 */
export function safeBack(url) {
  const base = 'http://x.invalid';
  /** @param {string | undefined} v */
  const samePath = (v) => {
    if (!v || !/^\/(?![/\\])/.test(v) || /[\u0000-\u001f\u007f\\]/.test(v)) return undefined;
    const u = new URL(v, base);
    const out = `${u.pathname}${u.search}`;
    return u.origin === base && /^\/(?![/\\])/.test(out) && new URL(out, base).origin === base ? out : undefined;
  };
  try {
    const out = samePath(url);
    const linked = out === undefined ? undefined : withoutPii(out);
    return linked !== undefined && samePath(linked) !== undefined ? linked : '/';
  } catch {
    return '/';
  }
}

/**
 * A same-site address (or its path) with CPR numbers and e-mail addresses taken out, read decoded and
 * escaped again: the stored `pageUrl`, and the way back from the thank-you page (which put
 * "?cpr=0101901234" or "/sag/anna@x.dk" into a new URL, its history entry and its logs). An address
 * with neither is returned as sent when `asSent` (the way back); else escaped again too, so a path
 * that does not decode is stored escaped. The one decode-and-mask of the server. `phones`: phone
 * numbers taken out too (a stored address; the way back keeps its path's numbers).
 * @param {string} url
 */
function withoutPii(url, asSent = true, phones = false) {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    /* a broken escape: read it as it is */
  }
  const address = pii.redactAddress(decoded);
  const masked = phones ? pii.redactPhones(address, 'redacted') : address;
  return asSent && masked === decoded ? url : encodeURI(masked);
}

/**
 * A rating's words: the form's own (feedback.rating.N, its catalogue in the build, through
 * formTexts), as it sends them with JavaScript; RATING_LABELS only without the build's texts.
 * The label stored with a no-JavaScript rating (fromForm), and the words of /insights and the
 * staff view (insights.js ratingNames).
 * @param {number | string} value
 * @param {'da' | 'en'} lang
 * @param {Record<string, unknown>} [words] the form's texts in `lang` (formTexts)
 */
export function ratingLabel(value, lang, words) {
  const said = words?.[`feedback.rating.${value}`];
  return typeof said === 'string' ? said : (RATING_LABELS[lang][Number(value)] ?? String(value));
}

/**
 * A rating's words without the build's texts: the form's own (feedback.rating.N,
 * src/translations/), which the server reads from the build otherwise (ratingLabel); a test keeps
 * them equal. They were a scale of their own ("Meget godt" for the form's "Meget tilfreds"), so a
 * record's label said whether JavaScript had run.
 */
export const RATING_LABELS = {
  da: ['', 'Meget utilfreds', 'Utilfreds', 'Hverken tilfreds eller utilfreds', 'Tilfreds', 'Meget tilfreds'],
  en: ['', 'Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
};

/** @type {Record<'da' | 'en', { thanksTitle: string, thanks: string, thanksAnswer: (days: number) => string, receipt: string, back: string, errorTitle: string, error: string, send: string, wantsAnswer: string, cprBlocked: string, cprMasked: string, cprInContact: { email: string, phone: string }, problems: Record<string, string>, fields: Record<string, string>, givenBack: Record<number, string>, cut: string }>} */
const TEXTS = {
  da: {
    thanksTitle: 'Tak for din besked',
    thanks: 'Vi har gemt din besked. Vi læser alle beskeder og bruger dem til at gøre vores service bedre.',
    // Without the build's texts: the form's words are feedback.thanks.answer.
    thanksAnswer: (/** @type {number} */ n) => `Vi svarer dig inden for ${n} ${n === 1 ? 'arbejdsdag' : 'arbejdsdage'}.`,
    receipt: 'Dit kvitteringsnummer er',
    back: 'Tilbage til siden',
    errorTitle: 'Vi kunne ikke gemme din besked',
    error: 'Der mangler noget, eller noget er ikke udfyldt rigtigt. Ret det herunder, og send igen:',
    // Without the build's texts (server/catalogue.js): the form's words are feedback.draft.cpr-removed.
    cprBlocked: 'Vi har taget et CPR-nummer ud af teksten. Læs den igennem, før du sender igen.',
    cprMasked: '[CPR-nummer fjernet]',
    cprInContact: { email: 'Din e-mailadresse ligner et CPR-nummer. Skriv en anden e-mailadresse.', phone: 'Et CPR-nummer er ikke et telefonnummer. Skriv dit telefonnummer.' },
    // The validator's words ("must be <= 5", "is required") are for developers: a citizen reads these.
    problems: { required: 'Skal udfyldes.', 'contact-missing': 'Skriv din e-mail eller dit telefonnummer, så vi kan svare dig.', maxLength: 'Teksten er for lang.', anyOf: 'Svar på mindst ét af spørgsmålene.', choice: 'Vælg et af svarene.', other: 'Er ikke udfyldt rigtigt.' },
    notSavedTitle: 'Din besked er ikke gemt',
    // A post the server cannot take at all (by status), said without a status code.
    cannotTake: {
      400: 'Vi kunne ikke tage imod din besked. Gå tilbage, og send den igen.',
      408: 'Det tog for lang tid at sende din besked. Gå tilbage, og send den igen.',
      413: 'Din besked er for lang til, at vi kan tage imod den. Gå tilbage, gør den kortere, og send den igen.',
      503: 'Vi kan ikke gemme din besked lige nu. Gå tilbage, og send den igen om lidt.',
    },
    home: 'Til forsiden',
    send: 'Send igen',
    // Without the build's texts (server/catalogue.js): the form's words are feedback.wants-answer.
    wantsAnswer: 'Jeg vil gerne have et svar',
    yes: 'Ja',
    no: 'Nej',
    tooManyTitle: 'Prøv igen om lidt',
    tooMany: (/** @type {number} */ n) => `Vi har fået mange beskeder fra din forbindelse på kort tid, så din besked er ikke gemt. Det, du har skrevet, står herunder. Vent ${n} ${n === 1 ? 'sekund' : 'sekunder'}, og send den igen.`,
    // A post given back in a form to send again (its texts below): said without "Gå tilbage".
    givenBack: {
      413: 'Din besked er for lang til, at vi kan tage imod den. Det, du har skrevet, står herunder.',
      503: 'Vi kan ikke gemme din besked lige nu. Det, du har skrevet, står herunder. Vent lidt, og send den igen.',
    },
    cut: 'Vi har kortet teksten af, så den ikke er længere, end der er plads til. Slutningen mangler derfor. Læs teksten igennem, og send den igen.',
    // A field's name without the build (questionOf), and for the fields the citizen does not fill in.
    fields: { helped: 'Fik du hjælp til det, du søgte?', comment: 'Kommentar', rating: 'Vurdering', worked: 'Hvad virkede godt', improve: 'Hvad kan vi gøre bedre', whatWentWrong: 'Hvad gik galt', where: 'Hvor skete det', email: 'E-mail', phone: 'Telefon', principle: 'Løfte', mode: 'Type', answers: 'Svar' },
  },
  en: {
    thanksTitle: 'Thank you for your message',
    thanks: 'We have saved your message. We read every message and use it to improve our service.',
    thanksAnswer: (/** @type {number} */ n) => `We will answer you within ${n} working ${n === 1 ? 'day' : 'days'}.`,
    receipt: 'Your receipt number is',
    back: 'Back to the page',
    errorTitle: 'We could not save your message',
    error: 'Something is missing or not filled in correctly. Correct it below and send it again:',
    cprBlocked: 'We took a CPR number out of the text. Read it through before you send it again.',
    cprMasked: '[CPR number removed]',
    cprInContact: { email: 'Your email address looks like a CPR number. Enter another email address.', phone: 'A CPR number is not a phone number. Enter your phone number.' },
    problems: { required: 'Must be filled in.', 'contact-missing': 'Enter your email or phone number so we can answer you.', maxLength: 'The text is too long.', anyOf: 'Answer at least one of the questions.', choice: 'Choose one of the answers.', other: 'Is not filled in correctly.' },
    notSavedTitle: 'Your message has not been saved',
    cannotTake: {
      400: 'We could not receive your message. Go back and send it again.',
      408: 'Sending your message took too long. Go back and send it again.',
      413: 'Your message is too long for us to receive. Go back, make it shorter and send it again.',
      503: 'We cannot save your message right now. Go back and send it again in a little while.',
    },
    home: 'To the front page',
    send: 'Send again',
    wantsAnswer: 'I would like an answer',
    yes: 'Yes',
    no: 'No',
    tooManyTitle: 'Try again in a moment',
    tooMany: (/** @type {number} */ n) => `We have received many messages from your connection in a short time, so your message has not been saved. What you wrote is below. Wait ${n} ${n === 1 ? 'second' : 'seconds'}, and send it again.`,
    givenBack: {
      413: 'Your message is too long for us to receive. What you wrote is below.',
      503: 'We cannot save your message right now. What you wrote is below. Wait a little, and send it again.',
    },
    cut: 'We have shortened the text so it is no longer than there is room for. The end is therefore missing. Read the text through, and send it again.',
    fields: { helped: 'Did you find what you were looking for?', comment: 'Comment', rating: 'Rating', worked: 'What worked well', improve: 'What can we do better', whatWentWrong: 'What went wrong', where: 'Where it happened', email: 'Email', phone: 'Phone', principle: 'Promise', mode: 'Type', answers: 'Answers' },
  },
};

/**
 * The page a no-JavaScript post gets when the server cannot take it at all (too long, too slow,
 * not UTF-8, a bad token, a full disk): what happened in words, never JSON or a status code,
 * in the form's language, with the way back to the form when it is known.
 * @param {'da' | 'en'} lang
 * @param {number} status
 * @param {string} [back] a same-site path (safeBack) to the page of the form
 */
export function formProblemPage(lang, status, back) {
  const t = TEXTS[lang];
  const link = back ? `<a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a>` : `<a href="/">${escapeHtml(t.home)}</a>`;
  return page(lang, t.notSavedTitle, `<p>${escapeHtml(t.cannotTake[status] ?? t.cannotTake[400])}</p><p>${link}</p>`);
}

/**
 * A minimal page in the demo's look (external stylesheet only, as the CSP demands), with the
 * demo's skip link and menu in the page's language, from the demo's own texts (demo/texts.js,
 * the ones "Min sag" is written in).
 * @param {'da' | 'en'} lang
 * @param {string} title plain text
 * @param {string} bodyHtml already escaped
 * @param {{ current?: 'insights', langSwitch?: boolean }} [opts] the menu item this page is, and
 *   a link to the page in the other language (as on "Min sag")
 */
export function page(lang, title, bodyHtml, { current, langSwitch = false } = {}) {
  const t = FRAME[lang];
  const other = t.switchLang;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(t.site)}</title>
<link rel="stylesheet" href="/demo/demo.css">
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#indhold">${escapeHtml(t.skip)}</a>
<header class="site-header"><div class="wrap header-row"><a class="logo" href="${escapeHtml(t['home.href'])}"><img src="/demo/favicon.svg" alt="" width="32" height="32"> <span lang="da">Klarby Kommune</span></a>
<nav class="site-nav" aria-label="${escapeHtml(t.nav)}"><ul><li><a href="${escapeHtml(t['home.href'])}">${escapeHtml(t['nav.case'])}</a></li><li><a href="${escapeHtml(t['nav.insights.href'])}"${current === 'insights' ? ' aria-current="page"' : ''}>${escapeHtml(t['nav.insights'])}</a></li><li><a href="/cms.html" hreflang="da">${escapeHtml(t['nav.cms'])}</a></li></ul></nav>
${langSwitch ? `<a class="lang-switch" id="lang-switch" lang="${other}" hreflang="${other}" href="?lang=${other}">${escapeHtml(t.switchTo)}</a>` : ''}</div></header>
<main class="wrap" id="indhold">
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`;
}
