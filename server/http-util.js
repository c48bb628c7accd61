// Small helpers shared by every handler: security headers, JSON answers and errors,
// ETags, compression, body reading with a size limit, HTML escaping.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib';


/** For what carries a citizen's case or words: never stored by the browser or a shared cache. */
export const PRIVATE_NO_STORE = 'private, no-store';
/** The largest request body the server reads (64 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The Content-Security-Policy for the demo pages. Strict: scripts and styles only from this
 * origin, and DOM sinks only through the Trusted Types policy lit-html creates.
 * `extraScript` adds a hash source (the demo's inline import map).
 * @param {string[]} [extraScript]
 */
export function pageCsp(extraScript = [], extraStyle = []) {
  return [
    "default-src 'none'",
    `script-src 'self'${extraScript.map((s) => ` '${s}'`).join('')}`,
    `style-src 'self'${extraStyle.map((s) => ` ${s}`).join('')}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The CSP for everything that is not a page (JSON, scripts, styles): nothing may run. */
const RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Sets the headers every response carries. Pages override Content-Security-Policy.
 * @param {import('node:http').ServerResponse} res
 */
export function setSecurityHeaders(res) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Content-Security-Policy', RESOURCE_CSP);
}

/**
 * Answers with JSON.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | number>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  send(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }, JSON.stringify(body));
}

/** Bodies smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

/** Media types worth compressing (text of some kind). */
export function isCompressible(/** @type {string | undefined} */ type) {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i.test(String(type ?? ''));
}

/**
 * Chooses the content coding from Accept-Encoding (RFC 9110 §12.5.3): brotli, else gzip,
 * each only when listed (or `*`) with a q-value above 0; undefined means send it as it is.
 * @param {import('node:http').IncomingMessage | undefined} req
 * @returns {'br' | 'gzip' | undefined}
 */
export function preferredEncoding(req) {
  const header = String(req?.headers['accept-encoding'] ?? '');
  if (!header) return undefined;
  /** @type {Record<string, number>} */
  const q = {};
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q[name.trim()] = Number.isFinite(value) ? value : 0;
  }
  const accepts = (/** @type {string} */ c) => (q[c] ?? (c === 'x-gzip' ? undefined : q['*']) ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || (q['x-gzip'] ?? 0) > 0) return 'gzip';
  return undefined;
}

/** @param {Buffer} data @param {boolean} best */
const brotliParams = (data, best) => ({
  params: { [zlib.BROTLI_PARAM_QUALITY]: best ? 11 : 5, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
});

/**
 * Compresses an answer made for this request, with quick settings.
 * @param {Buffer} data
 * @param {'br' | 'gzip'} encoding
 */
export function compress(data, encoding) {
  return encoding === 'gzip' ? gzipSync(data, { level: 6 }) : brotliCompressSync(data, brotliParams(data, false));
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses a file that is compressed once and kept: the smallest output, off the event loop.
 * @param {Buffer} data
 * @param {'br' | 'gzip'} encoding
 * @returns {Promise<Buffer>}
 */
export function compressBest(data, encoding) {
  return encoding === 'gzip' ? gzipAsync(data, { level: 9 }) : brotliAsync(data, brotliParams(data, true));
}

/**
 * The ETag of one encoding of a representation: each encoding is its own representation with
 * its own strong validator (RFC 9110 §8.8.3), so a cache never pairs gzip bytes with a br ETag.
 * @param {string} etag
 * @param {'br' | 'gzip' | undefined} encoding
 */
export function encodedEtag(etag, encoding) {
  return encoding ? etag.replace(/"$/, `-${encoding === 'gzip' ? 'gz' : 'br'}"`) : etag;
}

/**
 * Adds a field name to Vary without repeating one that is there.
 * @param {Record<string, string | number>} headers
 * @param {string} field
 */
export function addVary(headers, field) {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'vary') ?? 'Vary';
  const have = String(headers[key] ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!have.some((v) => v.toLowerCase() === field.toLowerCase())) have.push(field);
  headers[key] = have.join(', ');
}

/**
 * Keeps the Vary fields already set on the response (e.g. Origin) in headers about to be
 * written with writeHead, which would otherwise replace them.
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string | number>} headers
 */
export function keepVary(res, headers) {
  for (const f of String(res.getHeader('vary') ?? '').split(',')) if (f.trim()) addVary(headers, f.trim());
  return headers;
}

/**
 * Answers with a body, compressed when the client accepts it and it is worth it, with
 * `Vary: Accept-Encoding` whenever the encoding depends on the request. HEAD gets the headers
 * only. `headers.ETag`, when given, becomes the encoding's own ETag.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string | number>} headers including Content-Type
 * @param {string | Buffer} body
 */
export function send(res, status, headers, body) {
  const req = /** @type {import('node:http').IncomingMessage | undefined} */ (res.req);
  let data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const out = keepVary(res, { ...headers });
  if (isCompressible(String(out['Content-Type'])) && data.length >= COMPRESS_MIN_BYTES) {
    addVary(out, 'Accept-Encoding');
    const encoding = preferredEncoding(req);
    if (encoding) {
      data = compress(data, encoding);
      out['Content-Encoding'] = encoding;
      if (out.ETag) out.ETag = encodedEtag(String(out.ETag), encoding);
    }
  }
  out['Content-Length'] = data.length;
  res.writeHead(status, out);
  res.end(req?.method === 'HEAD' ? undefined : data);
}

/**
 * Answers with the error shape every endpoint uses: `{ error: { code, message, fields? } }`.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code a stable machine-readable code, e.g. 'invalid-json'
 * @param {string} message a sentence for the developer reading the log
 * @param {{ fields?: FieldError[], headers?: Record<string, string | number> }} [extra]
 */
export function sendError(res, status, code, message, extra = {}) {
  /** @type {{ code: string, message: string, fields?: FieldError[] }} */
  const error = { code, message };
  if (extra.fields) error.fields = extra.fields;
  sendJson(res, status, { error }, extra.headers);
}

/** @typedef {{ field?: string, path: string, message: string, keyword?: string }} FieldError */

/** An error a handler throws to answer with a given status and code. */
export class HttpProblem extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {{ fields?: FieldError[], headers?: Record<string, string | number> }} [extra]
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/**
 * Returns a strong ETag for a representation.
 * @param {string | Buffer} body
 */
export function etagOf(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Tells whether If-None-Match matches the ETag (weak comparison, as RFC 9110 §13.1.2 asks for GET).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (/** @type {string} */ t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/**
 * Answers a GET with a JSON representation a client may ask for again with its ETag (304 on a
 * match), which the browser must not store (`private, no-store`): it carries a citizen's case, and
 * `no-cache` left it in a shared computer's disk cache after the browser closed (privacy review,
 * stop 58). The elements keep the ETag themselves.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} body
 * @param {{ contentType?: string, headers?: Record<string, string> }} [opts]
 */
export function sendCacheableJson(req, res, body, opts = {}) {
  const text = Buffer.from(JSON.stringify(body, null, 2), 'utf8');
  const contentType = opts.contentType ?? 'application/json; charset=utf-8';
  const etag = etagOf(text);
  /** @type {Record<string, string>} */
  const headers = { ETag: etag, 'Cache-Control': PRIVATE_NO_STORE, Vary: 'Accept, Accept-Encoding', ...opts.headers };
  // The 304 must name the validator of the encoding this client would have been sent.
  const encoding = isCompressible(contentType) && text.length >= COMPRESS_MIN_BYTES ? preferredEncoding(req) : undefined;
  if (etagMatches(req.headers['if-none-match'], encodedEtag(etag, encoding))) {
    res.writeHead(304, keepVary(res, { ...headers, ETag: encodedEtag(etag, encoding) }));
    res.end();
    return;
  }
  send(res, 200, { ...headers, 'Content-Type': contentType }, text);
}

/**
 * Reads the request body, refusing more than `limit` bytes with 413. A body announced as
 * too large by Content-Length is refused before a byte is read. Either way the rest of the
 * upload is drained (up to 1 MB) so the client can read our answer instead of a reset.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<Buffer>}
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
  const tooLarge = () =>
    new HttpProblem(413, 'body-too-large', `The request body is larger than ${limit} bytes.`, { headers: { Connection: 'close' } });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    drain(req);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    const onData = (/** @type {Buffer} */ chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.off('data', onData);
        drain(req);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (done) return;
      done = true;
      reject(e);
    });
  });
}

/** The largest form body the server reads whole (256 KB): every free text at its limit fits, in any script, once urlencoded. */
export const MAX_FORM_BYTES = 256 * 1024;

/** Of a form body over MAX_FORM_BYTES, what is kept of each field after it (4 KB): the hidden fields (language, page, token) the form sends after its texts. */
const FORM_TAIL_FIELD_BYTES = 4 * 1024;
/** How many fields after MAX_FORM_BYTES are kept: the form has a few dozen; a body of "&&&…" made one Buffer each (240 MB for 1 MB). */
const FORM_TAIL_FIELDS = 64;
const AMP = Buffer.from('&');

/**
 * Reads a form body (application/x-www-form-urlencoded) for a page that gives a citizen's text
 * back: a body over `limit` is not refused empty-handed (readBody), but read on up to 1 MB, and
 * kept as its first `limit` bytes plus the start of each field after them, so the page can hand
 * the texts back, cut. `over`: the body was longer than `limit`.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit]
 * @returns {Promise<{ body: Buffer, over: boolean }>}
 */
export function readFormBody(req, limit = MAX_FORM_BYTES) {
  const hardLimit = 1024 * 1024;
  if (Number(req.headers['content-length']) > hardLimit) {
    drain(req);
    return Promise.reject(new HttpProblem(413, 'body-too-large', `The request body is larger than ${hardLimit} bytes.`, { headers: { Connection: 'close' } }));
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const head = [];
    /** @type {Buffer[]} */
    const tail = [];
    let size = 0;
    // Past the limit: in the field that crossed it (skipped), or the bytes kept of the current one.
    let skipping = true;
    let fieldKept = 0;
    let fields = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve({ body: Buffer.concat([...head, ...tail]), over: size > limit });
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      if (done) return;
      const start = size;
      size += chunk.length;
      if (start < limit) head.push(chunk.subarray(0, limit - start));
      let rest = start < limit ? chunk.subarray(limit - start) : chunk;
      while (rest.length && fields <= FORM_TAIL_FIELDS) {
        const amp = rest.indexOf(0x26);
        const field = amp < 0 ? rest : rest.subarray(0, amp);
        if (!skipping && fieldKept < FORM_TAIL_FIELD_BYTES) {
          const kept = field.subarray(0, FORM_TAIL_FIELD_BYTES - fieldKept);
          tail.push(kept);
          fieldKept += kept.length;
        }
        if (amp < 0) break;
        // Past the fields a form has, the rest is read and dropped.
        skipping = ++fields > FORM_TAIL_FIELDS;
        if (!skipping) tail.push(AMP);
        fieldKept = 0;
        rest = rest.subarray(amp + 1);
      }
      if (size > hardLimit) {
        req.off('data', onData);
        drain(req);
        finish();
      }
    };
    req.on('data', onData);
    req.on('end', finish);
    req.on('error', (e) => {
      if (done) return;
      done = true;
      reject(e);
    });
  });
}

/** @param {import('node:http').IncomingMessage} req */
function drain(req) {
  let seen = 0;
  req.on('data', (/** @type {Buffer} */ c) => {
    seen += c.length;
    if (seen > 1024 * 1024) req.destroy();
  });
  req.on('error', () => {});
  req.resume();
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param {unknown} value
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Returns the media type of a request without parameters, lower-cased.
 * @param {import('node:http').IncomingMessage} req
 */
export function mediaType(req) {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

/**
 * Answers an HTML page under the strict page CSP.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {{ csp?: string, headers?: Record<string, string> }} [opts]
 */
export function sendHtml(res, status, html, opts = {}) {
  if (res.headersSent || res.destroyed) return;
  // Pages show a case or what a citizen typed: not kept in the browser's cache (see sendCacheableJson).
  send(res, status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': opts.csp ?? pageCsp(), 'Cache-Control': PRIVATE_NO_STORE, ...opts.headers }, html);
}

/**
 * The first of `langs` the browser asks for (its Accept-Language, highest q first), else the
 * first of `langs`: for a page whose language nothing else tells.
 * @template {string} L
 * @param {import('node:http').IncomingMessage} req
 * @param {readonly L[]} langs
 * @returns {L}
 */
export function preferredLang(req, langs) {
  const asked = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(/^\s*q=([\d.]+)\s*$/.exec(params.find((p) => /^\s*q=/.test(p)) ?? '')?.[1] ?? 1);
      return { lang: tag.split('-')[0].toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((a) => a.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return /** @type {L} */ (asked.find((a) => langs.includes(/** @type {L} */ (a.lang)))?.lang ?? langs[0]);
}
