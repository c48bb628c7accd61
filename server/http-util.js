// Small helpers shared by every handler: security headers, JSON answers and errors,
// ETags, body reading with a size limit, HTML escaping.
import { createHash } from 'node:crypto';

/** The largest request body the server reads (64 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The Content-Security-Policy for the demo pages. Strict: scripts and styles only from this
 * origin, and DOM sinks only through the Trusted Types policy lit-html creates.
 * `extraScript` adds a hash source (the demo's inline import map).
 * @param {string[]} [extraScript]
 */
export function pageCsp(extraScript = []) {
  return [
    "default-src 'none'",
    `script-src 'self'${extraScript.map((s) => ` '${s}'`).join('')}`,
    "style-src 'self'",
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
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
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
 * Answers a GET with a cacheable JSON representation: ETag, 304 on a match, no-cache.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} body
 * @param {{ contentType?: string, headers?: Record<string, string> }} [opts]
 */
export function sendCacheableJson(req, res, body, opts = {}) {
  const text = JSON.stringify(body, null, 2);
  const etag = etagOf(text);
  const headers = {
    ETag: etag,
    'Cache-Control': 'no-cache',
    Vary: 'Accept, Accept-Encoding',
    ...opts.headers,
  };
  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': opts.contentType ?? 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(req.method === 'HEAD' ? undefined : text);
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
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': opts.csp ?? pageCsp(),
    'Cache-Control': 'no-cache',
    ...opts.headers,
  });
  res.end(html);
}
