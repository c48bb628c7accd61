// A tiny page server for the strict-CSP and SSR end-to-end tests: the ESM build from /dist/,
// its packages from /node_modules/ with bare specifiers ('lit', '@lit/context') rewritten to
// paths in every served script (so no inline import map is needed under script-src 'self'),
// /cdn/ (the loader klar.js, its chunks, klar-all.js), test pages, a case API and a feedback endpoint, with every request recorded.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './reference-server.js';

/** The policy the tests hold the elements to (a municipal site's strict CSP with Trusted Types). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Picks the browser build from a package.json "exports" value.
 * @param {unknown} v
 * @returns {string | undefined}
 */
function pick(v) {
  if (typeof v === 'string') return v;
  if (!v || typeof v !== 'object') return undefined;
  const o = /** @type {Record<string, unknown>} */ (v);
  for (const k of ['browser', 'import', 'default']) if (k in o) return pick(o[k]);
  return undefined;
}

/** Resolves a bare specifier to a URL path below /node_modules/ (browser, production builds). */
export function resolveBare(/** @type {string} */ spec) {
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const sub = spec.slice(name.length);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  let target;
  if (pkg.exports) {
    const key = `.${sub}`;
    target = pick(pkg.exports[key]);
    if (!target) {
      for (const [k, v] of Object.entries(pkg.exports)) {
        if (k.endsWith('*') && key.startsWith(k.slice(0, -1))) target = pick(v)?.replace('*', key.slice(k.length - 1));
      }
    }
  } else target = sub ? `.${sub}` : `./${pkg.module ?? pkg.main ?? 'index.js'}`;
  if (!target) throw new Error(`cannot resolve ${spec}`);
  return `/node_modules/${name}/${target.replace(/^\.\//, '')}`;
}

/** Rewrites bare import specifiers in a module's source to /node_modules/ paths. */
export function rewriteImports(/** @type {string} */ code) {
  return code.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(["'])(?![./])((?:@[\w.-]+\/)?[\w.-]+(?:\/[^"'\s]*)?)\2/g, (m, pre, q, spec) => {
    try {
      return `${pre}${q}${resolveBare(spec)}${q}`;
    } catch {
      return m;
    }
  });
}

/**
 * @typedef {{ method: string, url: string, cookie?: string, contentType?: string, body?: string }} SeenRequest
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, body: string) => boolean | Promise<boolean>} Route
 */

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {{ pages?: Record<string, string>, pagesDir?: string, csp?: string | null, cases?: Record<string, unknown>, routes?: Route[] }} opts
 *   pages: extra pages by path (HTML strings); pagesDir: served under /pages/; cases: served at /api/cases/:id
 */
export async function startPageServer(opts = {}) {
  const csp = opts.csp === undefined ? STRICT_CSP : opts.csp;
  /** @type {SeenRequest[]} */
  const requests = [];
  /** @type {unknown[]} */
  const feedback = [];
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    requests.push({ method: req.method ?? 'GET', url: `${p}${url.search}`, cookie: req.headers.cookie, contentType: req.headers['content-type'], body });
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string | Buffer} */ data, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...(csp && type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}), ...extra });
      res.end(data);
    };
    try {
      for (const r of opts.routes ?? []) if (await r(req, res, body)) return;
      const caseMatch = /^\/api\/cases\/([^/]+)$/.exec(p);
      if (caseMatch && opts.cases?.[caseMatch[1]]) return send(200, TYPES['.json'], JSON.stringify(opts.cases[caseMatch[1]]));
      if (p === '/api/feedback' && req.method === 'POST') {
        feedback.push(body);
        return send(201, TYPES['.json'], JSON.stringify({ receipt: `KF-${String(feedback.length).padStart(6, '0')}`, status: 'stored' }));
      }
      if (opts.pages?.[p] !== undefined) return send(200, TYPES['.html'], opts.pages[p]);
      /** @type {string | undefined} */
      let file;
      if (p.startsWith('/cdn/')) file = path.join(ROOT, 'dist/cdn', p.slice('/cdn/'.length));
      else if (p.startsWith('/dist/') || p.startsWith('/node_modules/')) file = path.join(ROOT, p);
      else if (p.startsWith('/pages/') && opts.pagesDir) file = path.join(opts.pagesDir, p.slice('/pages/'.length));
      if (!file || !path.resolve(file).startsWith(ROOT + path.sep) || !(await stat(file).catch(() => null))?.isFile()) return send(404, 'text/plain', 'Not found');
      const ext = /** @type {keyof typeof TYPES} */ (path.extname(file));
      let data = await readFile(file);
      if (ext === '.js' && !p.startsWith('/cdn/')) data = Buffer.from(rewriteImports(data.toString('utf8')));
      return send(200, TYPES[ext] ?? 'application/octet-stream', data);
    } catch (e) {
      send(500, 'text/plain', String(e));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    feedback,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r(undefined));
      }),
  };
}
