// The klar-elements reference server: sample cases (klar JSON, Open311, ZGW) with ETags and
// Server-Sent Events, a simulated clock, the feedback API with durable storage, the insights
// page, a chaos switch and the demo pages. Node's own http module, no framework.
//
//   node server/index.js         PORT=8080 HOST=127.0.0.1 KLAR_DATA_DIR=server/data
//                                KLAR_TICK_SECONDS=45 KLAR_CHAOS=off KLAR_HEARTBEAT_SECONDS=15
//   NODE_ENV=production          no chaos switch, no clock endpoints, no `Access-Control-Allow-Origin: *`
//                                (KLAR_CORS_ORIGINS lists the origins that may call the API)
//   limits                       KLAR_FEEDBACK_PER_MINUTE (30 in production, 600 otherwise; 0 = off),
//                                KLAR_STREAMS_PER_CLIENT=20 KLAR_MAX_STREAMS=1000
//                                KLAR_CONNECTIONS_PER_CLIENT=256 KLAR_MAX_CONNECTIONS=2000
//                                KLAR_HEADERS_TIMEOUT_SECONDS=10 KLAR_REQUEST_TIMEOUT_SECONDS=15
//                                KLAR_TRUST_PROXY=1 (client address from X-Forwarded-For)
//   KLAR_PUBLIC_URL              the origin the server is reached at (https://sag.kommune.example):
//                                the ZGW JSON writes its URLs with it and the ZGW BFF example fetches
//                                from it; unset, the BFF fetches from the address the server listens on
//   KLAR_STAFF_TOKEN             at least 32 characters (a shorter one is refused in production)
import http from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CaseClock } from './cases.js';
import { Chaos } from './chaos.js';
import { FeedbackStore } from './feedback-store.js';
import { feedbackHandler, formProblemPage, handleThanks, page, refererPage, schemaValidator } from './feedback-api.js';
import { toOpen311, toZgw, uuidFor, zgwList, zgwResources } from './formats.js';
import { HttpProblem, PRIVATE_NO_STORE, mediaType, pageCsp, preferredLang, sendCacheableJson, sendError, sendHtml, sendJson, setSecurityHeaders } from './http-util.js';
import { Counter, RateLimiter, clientAddress, plainAddress } from './limits.js';
import { insightsPage, summaryOf } from './insights.js';
import { InsightsIndex } from './insights-index.js';
import { PublishedLog } from './insights-published.js';
import { staffInsights } from './insights-staff.js';
import { formQuestionsFrom, formTextsFrom, principleNamesFrom } from './catalogue.js';
import { staticFiles } from './static.js';
import { ZgwUpstreamError, fetchZaakBundle, zgwJwt } from './zgw-bff.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The languages of the reference server's own pages. */
const PAGE_LANGS = /** @type {const} */ (['da', 'en']);
const ROOT = path.resolve(here, '..');

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 picks a free port
 * @property {string} [host]
 * @property {string} [dataDir] where feedback.jsonl lives
 * @property {number} [tickSeconds] seconds between simulated status changes; 0 stops the clock
 * @property {string} [chaos] a chaos mode to start in
 * @property {number} [heartbeatSeconds] seconds between SSE heartbeat (`ping`) events
 * @property {string} [root] the project root (demo/, dist/, schema/)
 * @property {Pick<Console, 'info' | 'warn' | 'error'>} [log]
 * @property {boolean} [production] no chaos, no clock endpoints, no CORS `*` (NODE_ENV=production)
 * @property {string[]} [corsOrigins] in production, the origins that may call the API from a browser
 * @property {number} [feedbackPerMinute] feedback posts per client address per minute; 0 = no limit
 * @property {number} [streamsPerClient] open event streams per client address
 * @property {number} [maxStreams] open event streams in all
 * @property {number} [connectionsPerClient] open connections per client address
 * @property {number} [maxConnections] open connections in all
 * @property {number} [headersTimeoutSeconds] time to send the request headers
 * @property {number} [requestTimeoutSeconds] time to send the whole request, body included
 * @property {boolean} [trustProxy] take the client address from X-Forwarded-For (behind a proxy)
 * @property {string} [staffToken] the token that opens the staff insights (KLAR_STAFF_TOKEN); unset = off
 * @property {string} [publicUrl] the origin the server is reached at (KLAR_PUBLIC_URL): the ZGW JSON's
 *   URLs and the ZGW BFF's upstream; unset, the JSON names the Host the request came to and the BFF
 *   fetches from the address the server listens on. Never the Host header for the BFF.
 */

/** The shortest KLAR_STAFF_TOKEN taken in production (a development server warns about a shorter one). */
export const MIN_STAFF_TOKEN_LENGTH = 32;

/**
 * What is wrong with a staff token, or '' when nothing is.
 * @param {string | undefined} token
 */
function staffTokenProblem(token) {
  if (!token || token.length >= MIN_STAFF_TOKEN_LENGTH) return '';
  return `KLAR_STAFF_TOKEN is ${token.length} characters long; use at least ${MIN_STAFF_TOKEN_LENGTH} random ones (e.g. \`openssl rand -base64 33\`)`;
}

/**
 * Decodes one %-encoded path segment; a broken escape is the client's mistake (400), not ours.
 * @param {string} segment
 */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpProblem(400, 'bad-path', 'The path is not valid URL encoding.');
  }
}

/**
 * Reads KLAR_PUBLIC_URL: its origin, or undefined when unset.
 * @param {string | undefined} value
 */
function publicOriginOf(value) {
  if (!value) return undefined;
  let u;
  try {
    u = new URL(value);
  } catch {
    throw new Error(`KLAR_PUBLIC_URL "${value}" is not a URL; write it as https://sag.kommune.example`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`KLAR_PUBLIC_URL "${value}" must be an http: or https: URL`);
  return u.origin;
}

/**
 * The page a citizen gets for an address too long for the server to read (a link with a huge
 * query). Node refuses it before any handler runs, so nothing says the page's language: the
 * words are in Danish, then in English.
 */
function addressTooLongPage() {
  return page(
    'da',
    'Adressen er for lang',
    `<p>Adressen på siden (linket) er for lang, så vi kan ikke vise siden. Gå til forsiden, og find siden derfra.</p>
<p><a href="/">Til forsiden</a></p>
<div lang="en">
<h2>The address is too long</h2>
<p>The address of the page (the link) is too long for us to show the page. Go to the front page and find the page from there.</p>
<p><a href="/?lang=en">To the front page</a></p>
</div>`,
  );
}

/** The limits when nothing is set; the feedback limit is per minute. */
export const DEFAULT_LIMITS = {
  feedbackPerMinute: { production: 30, development: 600 },
  streamsPerClient: 20,
  maxStreams: 1000,
  connectionsPerClient: 256,
  maxConnections: 2000,
  headersTimeoutSeconds: 10,
  requestTimeoutSeconds: 15,
};

/**
 * Reads the options from the environment, as `node server/index.js` does.
 * @param {NodeJS.ProcessEnv} env
 * @returns {ServerOptions}
 */
export function optionsFromEnv(env = process.env) {
  // A short token is guessed: production refuses to start with one (startServer warns otherwise).
  const tokenProblem = staffTokenProblem(env.KLAR_STAFF_TOKEN);
  if (tokenProblem && env.NODE_ENV === 'production') throw new Error(`${tokenProblem}.`);
  const num = (/** @type {string | undefined} */ v, /** @type {number} */ d) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : d);
  return {
    port: num(env.PORT, 8080),
    host: env.HOST || '127.0.0.1',
    dataDir: env.KLAR_DATA_DIR || path.join(here, 'data'),
    tickSeconds: num(env.KLAR_TICK_SECONDS, 45),
    chaos: env.KLAR_CHAOS || undefined,
    heartbeatSeconds: num(env.KLAR_HEARTBEAT_SECONDS, 15),
    production: env.NODE_ENV === 'production',
    corsOrigins: (env.KLAR_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    feedbackPerMinute: env.KLAR_FEEDBACK_PER_MINUTE ? num(env.KLAR_FEEDBACK_PER_MINUTE, 0) : undefined,
    streamsPerClient: num(env.KLAR_STREAMS_PER_CLIENT, DEFAULT_LIMITS.streamsPerClient),
    maxStreams: num(env.KLAR_MAX_STREAMS, DEFAULT_LIMITS.maxStreams),
    connectionsPerClient: num(env.KLAR_CONNECTIONS_PER_CLIENT, DEFAULT_LIMITS.connectionsPerClient),
    maxConnections: num(env.KLAR_MAX_CONNECTIONS, DEFAULT_LIMITS.maxConnections),
    headersTimeoutSeconds: num(env.KLAR_HEADERS_TIMEOUT_SECONDS, DEFAULT_LIMITS.headersTimeoutSeconds),
    requestTimeoutSeconds: num(env.KLAR_REQUEST_TIMEOUT_SECONDS, DEFAULT_LIMITS.requestTimeoutSeconds),
    trustProxy: env.KLAR_TRUST_PROXY === '1' || env.KLAR_TRUST_PROXY === 'true',
    staffToken: env.KLAR_STAFF_TOKEN || undefined,
    publicUrl: env.KLAR_PUBLIC_URL || undefined,
  };
}

/**
 * Starts the server. Resolves when it listens.
 * @param {ServerOptions} [opts]
 */
export async function startServer(opts = {}) {
  const root = opts.root ?? ROOT;
  const log = opts.log ?? console;
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version ?? '0.0.0';
  const dataDir = path.resolve(opts.dataDir ?? path.join(here, 'data'));
  const store = await new FeedbackStore({ file: path.join(dataDir, 'feedback.jsonl'), log }).open();
  // The insights read the records the store read from disk once, and then only what is appended.
  const insights = new InsightsIndex(store).update();
  const published = await new PublishedLog({ file: path.join(dataDir, 'published.jsonl'), log }).open();
  /** When a page last asked for a case (the list, one case, a view in another format). */
  let lastRead = 0;
  const tickSeconds = opts.tickSeconds ?? 45;
  // A page is reading while it holds an event stream or asked within the last two ticks (a list
  // polls every minute): the finished demo then waits to start over until nobody sees it.
  const clock = new CaseClock({ tickSeconds, watched: () => streams.size > 0 || Date.now() - lastRead < 2 * tickSeconds * 1000 });
  const production = opts.production ?? false;
  const publicOrigin = publicOriginOf(opts.publicUrl);
  const tokenProblem = staffTokenProblem(opts.staffToken);
  if (tokenProblem) log.warn(`klar-server: warning: ${tokenProblem}; anyone who guesses it reads the citizens' comments.`);
  if (production && opts.chaos) log.warn('klar-server: warning: KLAR_CHAOS is ignored in production');
  const chaos = new Chaos(production ? undefined : opts.chaos);
  const corsOrigins = new Set(opts.corsOrigins ?? []);
  const trustProxy = opts.trustProxy ?? false;
  const feedbackLimiter = new RateLimiter({
    limit: opts.feedbackPerMinute ?? DEFAULT_LIMITS.feedbackPerMinute[production ? 'production' : 'development'],
  });
  const streamsPerClient = opts.streamsPerClient ?? DEFAULT_LIMITS.streamsPerClient;
  const maxStreams = opts.maxStreams ?? DEFAULT_LIMITS.maxStreams;
  const connectionsPerClient = opts.connectionsPerClient ?? DEFAULT_LIMITS.connectionsPerClient;
  const openStreams = new Counter();
  const openConnections = new Counter();
  const heartbeatMs = Math.max(1, opts.heartbeatSeconds ?? 15) * 1000;
  const validator = schemaValidator(path.join(root, 'schema', 'feedback.schema.json'));
  const principleNames = principleNamesFrom(path.join(root, 'dist'));
  const formTexts = formTextsFrom(path.join(root, 'dist'));
  const formQuestions = formQuestionsFrom(path.join(root, 'dist'));
  const handleFeedback = feedbackHandler({ store, validator, version, log, formTexts, formQuestions });
  const serveStatic = staticFiles({
    root,
    // One reader of the names for the demo page and the results page, loaded once; one of the
    // feedback form's texts for the demo's plain form and its thank-you page.
    principleNames,
    formTexts,
    // The schema the feedback is checked against: the demo's form without JavaScript says its limit.
    validator,
    // The demo page renders the chosen case (`?case=`, else the first) for readers without JavaScript.
    // It finds it as the API does (BYG-2417, or its reference, is byg-2417), so the page and its
    // <klar-case> show the same case. A case that is not there is asked for all the same: the page
    // says it cannot find it, rather than showing another citizen's case as if it were the one the link named.
    caseFor: (/** @type {string | null} */ id) => {
      const want = id?.trim() || clock.ids()[0];
      try {
        const found = findCase(want);
        return { id: found.id, doc: found.doc };
      } catch (e) {
        if (!(e instanceof HttpProblem)) throw e;
        return { id: want, doc: undefined };
      }
    },
  });
  const handleStaff = staffInsights({ index: insights, published, token: opts.staffToken, production, trustProxy: opts.trustProxy ?? false, log, formTexts });
  /** @type {Set<import('node:http').ServerResponse>} */
  const streams = new Set();

  /** @param {string} id */
  const findCase = (id) => {
    const want = id.toLowerCase();
    const match = clock.ids().find((c) => {
      const doc = /** @type {Record<string, any>} */ (clock.get(c));
      return c === want || String(doc.reference).toLowerCase() === want || uuidFor(`zaak:${c}`) === want;
    });
    if (!match) throw new HttpProblem(404, 'case-not-found', `There is no case "${id}". GET /api/cases lists them.`);
    return { id: match, doc: /** @type {Record<string, any>} */ (clock.get(match)), meta: /** @type {any} */ (clock.meta(match)) };
  };

  /**
   * The origin the ZGW JSON writes its URLs with: KLAR_PUBLIC_URL when set, else the Host the
   * request came to (the demo is reached as localhost, 127.0.0.1 or a LAN address alike).
   * @param {import('node:http').IncomingMessage} req
   */
  const origin = (req) => publicOrigin ?? `http://${req.headers.host ?? `${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}`}`;
  /**
   * Where the ZGW BFF example fetches from: KLAR_PUBLIC_URL when set, else the address this
   * server listens on (set once it listens). Never the request's Host header: that would let
   * anyone point the BFF, and its JWT, at any server.
   * @type {string}
   */
  let upstreamOrigin = publicOrigin ?? '';

  /**
   * @param {string} format
   * @param {{ id: string, doc: Record<string, any>, meta: any }} c
   * @param {import('node:http').IncomingMessage} req
   */
  const render = (format, c, req) => {
    if (format === 'klar' || format === '') return c.doc;
    if (format === 'open311') return toOpen311(c.doc, c.meta);
    if (format === 'zgw') return toZgw(c.doc, c.meta, `${origin(req)}/api/zgw`);
    throw new HttpProblem(400, 'unknown-format', `Unknown format "${format}"; use klar, open311 or zgw.`);
  };

  /** @param {string} id */
  const caseLinks = (id) => ({
    self: `/api/cases/${id}`,
    open311: `/api/open311/requests/${id}.json`,
    zgw: `/api/zgw/zaken/${id}`,
    events: `/api/cases/${id}/events`,
  });

  /**
   * Streams a case as Server-Sent Events: the current document at once, then on every change.
   * Each document goes out twice with the same id: as `event: case` for listeners by name,
   * and as an unnamed message, which is what <klar-case events-src> reads.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} id
   * @param {string} format
   */
  const streamCase = (req, res, id, format) => {
    const first = findCase(id);
    render(format, first, req); // refuse an unknown format before the stream starts
    const client = clientAddress(req, trustProxy);
    // Connection: close, so a refused stream gives its connection back at once.
    if (openStreams.get(client) >= streamsPerClient) {
      throw new HttpProblem(429, 'too-many-streams', `This client already has ${streamsPerClient} open event streams; close one first.`, {
        headers: { 'Retry-After': '30', Connection: 'close' },
      });
    }
    if (openStreams.total >= maxStreams) {
      throw new HttpProblem(503, 'too-many-streams', 'The server has as many open event streams as it takes; try again later.', {
        headers: { 'Retry-After': '30', Connection: 'close' },
      });
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': `${PRIVATE_NO_STORE}, no-transform`,
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = () => {
      try {
        const c = findCase(first.id);
        const data = JSON.stringify(render(format, c, req));
        const eventId = `${c.id}-${c.meta.version}`;
        res.write(`event: case\nid: ${eventId}\ndata: ${data}\n\nid: ${eventId}\ndata: ${data}\n\n`);
      } catch (e) {
        log.error('klar-server: could not send a case event', e);
        res.end();
      }
    };
    res.write(`retry: 3000\n: klar-elements reference server, case ${first.id}\n\n`);
    send();
    const onChange = (/** @type {string} */ changed) => {
      if (changed === first.id) send();
    };
    clock.on('change', onChange);
    // A `ping` event, not a comment: comments never reach the page, so only an event tells
    // <klar-case events-src> the stream is alive and it need not poll (an idle tab stays quiet).
    const beat = setInterval(() => res.write(`event: ping\ndata: ${new Date().toISOString()}\n\n`), heartbeatMs);
    streams.add(res);
    openStreams.add(client);
    let open = true;
    const stop = () => {
      if (!open) return;
      open = false;
      clearInterval(beat);
      clock.off('change', onChange);
      streams.delete(res);
      openStreams.remove(client);
    };
    req.on('close', stop);
    res.on('error', stop);
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function route(req, res, url) {
    const p = url.pathname;
    const m = req.method ?? 'GET';
    const isGet = m === 'GET' || m === 'HEAD';
    /** @param {string[]} allowed */
    const only = (allowed) => {
      if (!allowed.includes(m) && !(m === 'HEAD' && allowed.includes('GET'))) {
        throw new HttpProblem(405, 'method-not-allowed', `${m} is not allowed here; use ${allowed.join(' or ')}.`, { headers: { Allow: allowed.join(', ') } });
      }
    };

    if (isGet && /^\/api\/(cases|open311|zgw)/.test(p)) lastRead = Date.now();
    if (p.startsWith('/api/')) {
      const from = req.headers.origin;
      // In production only the listed origins may read the API from a browser; the demo lets any.
      const allowOrigin = !production ? '*' : from && corsOrigins.has(from) ? from : undefined;
      if (production) res.setHeader('Vary', 'Origin');
      if (allowOrigin) {
        res.setHeader('Access-Control-Allow-Origin', allowOrigin);
        res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After, Idempotent-Replayed');
      }
      if (m === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key, If-None-Match, Last-Event-ID',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
      const mode = production ? 'off' : chaos.take(p);
      if (mode === 'slow') await new Promise((r) => setTimeout(r, chaos.delayMs));
      if (mode === '500') throw new HttpProblem(500, 'chaos', 'The chaos switch is on (500): this error is on purpose.');
      if (mode === '503') {
        throw new HttpProblem(503, 'chaos', 'The chaos switch is on (503): try again later.', { headers: { 'Retry-After': String(chaos.retryAfter) } });
      }
      if (mode === 'drop') {
        req.socket.destroy();
        return;
      }
      if (mode === 'drop-after') {
        // Do the work, then lose the answer on the way back.
        res.writeHead = /** @type {any} */ (() => res);
        res.write = /** @type {any} */ (() => true);
        res.end = /** @type {any} */ (() => {
          req.socket.destroy();
          return res;
        });
      }
    }

    if (p === '/api' || p === '/api/') {
      only(['GET']);
      sendJson(res, 200, {
        name: 'klar-elements reference server',
        version,
        endpoints: [
          'GET /api/cases (every case in full, for <klar-case-list>)',
          'GET /api/cases/:id[?format=klar|open311|zgw]',
          'GET /api/cases/:id/events[?format=…]',
          'GET /api/open311/requests.json',
          'GET /api/open311/requests/:id.json',
          'GET /api/zgw/zaken/:id',
          'GET /api/zgw/statussen?zaak=…',
          'GET /api/zgw/catalogi/zaaktypen/:uuid',
          'GET /api/zgw/catalogi/statustypen?zaaktype=…',
          'GET /api/zgw-bff/zaken/:id (the BFF example: one document for format="zgw")',
          'POST /api/feedback',
          'GET /api/feedback/summary',
          'GET /api/health',
          ...(production
            ? []
            : [
                'GET|POST /api/chaos?mode=off|slow|500|503|drop|drop-after[&times=n&delay=ms&retryAfter=s&path=/api/…]',
                'GET|POST /api/clock/advance[?case=id]',
                'POST /api/clock/reset',
              ]),
          'GET /insights',
        ],
      });
      return;
    }
    if (p === '/api/health') {
      only(['GET']);
      sendJson(res, 200, {
        ok: true,
        version,
        startedAt: new Date(clock.startedAt).toISOString(),
        feedbackRecords: store.records.length,
        connections: openConnections.total,
        streams: openStreams.total,
      });
      return;
    }
    if (p === '/api/cases') {
      only(['GET']);
      // Every case in full (klar JSON) with its links: <klar-case-list src="/api/cases"> shows them
      // all from this one request, revalidated with the ETag (mostly 304s) on every refresh.
      const cases = clock.ids().map((id) => ({ ...(/** @type {Record<string, any>} */ (clock.get(id))), links: caseLinks(id) }));
      sendCacheableJson(req, res, { cases });
      return;
    }
    let match = /^\/api\/cases\/([^/]+)\/events$/.exec(p);
    if (match) {
      only(['GET']);
      streamCase(req, res, decodeSegment(match[1]), url.searchParams.get('format') ?? 'klar');
      return;
    }
    match = /^\/api\/cases\/([^/]+)$/.exec(p);
    if (match) {
      only(['GET']);
      const c = findCase(decodeSegment(match[1]));
      sendCacheableJson(req, res, render(url.searchParams.get('format') ?? 'klar', c, req));
      return;
    }
    if (p === '/api/open311/requests.json') {
      only(['GET']);
      sendCacheableJson(req, res, clock.ids().flatMap((id) => toOpen311(/** @type {any} */ (clock.get(id)), /** @type {any} */ (clock.meta(id)))));
      return;
    }
    match = /^\/api\/open311\/requests\/([^/]+?)(\.json)?$/.exec(p);
    if (match) {
      only(['GET']);
      sendCacheableJson(req, res, render('open311', findCase(decodeSegment(match[1])), req));
      return;
    }
    // The plain ZGW resources, as an API answers without expand, for the BFF example.
    if (p === '/api/zgw/statussen' || p === '/api/zgw/catalogi/statustypen' || p.startsWith('/api/zgw/catalogi/zaaktypen/')) {
      only(['GET']);
      const base = `${origin(req)}/api/zgw`;
      const all = clock.ids().map((id) => ({ id, ...zgwResources(/** @type {any} */ (clock.get(id)), /** @type {any} */ (clock.meta(id)), base) }));
      if (p === '/api/zgw/statussen') {
        const zaak = url.searchParams.get('zaak') ?? '';
        sendCacheableJson(req, res, zgwList(all.find((r) => r.zaak.url === zaak)?.statussen ?? []));
      } else if (p === '/api/zgw/catalogi/statustypen') {
        const zaaktype = url.searchParams.get('zaaktype') ?? '';
        sendCacheableJson(req, res, zgwList(all.find((r) => r.zaaktype.url === zaaktype)?.statustypen ?? []));
      } else {
        const found = all.find((r) => r.zaaktype.url === `${base}${p.slice('/api/zgw'.length)}`);
        if (!found) throw new HttpProblem(404, 'zaaktype-not-found', `There is no zaaktype at ${p}.`);
        sendCacheableJson(req, res, found.zaaktype);
      }
      return;
    }
    match = /^\/api\/zgw-bff\/zaken\/([^/]+)$/.exec(p);
    if (match) {
      only(['GET']);
      // The BFF example against this server's own ZGW endpoints, over HTTP, with the JWT a real
      // ZGW API wants (this demo API does not check it). See server/zgw-bff.js.
      const c = findCase(decodeSegment(match[1]));
      // The upstream is configured (KLAR_PUBLIC_URL, else where this server listens), never the
      // request's Host; the JWT goes only there, and no URL in an answer leads anywhere else.
      const token = zgwJwt({ clientId: 'klar-demo', secret: 'demo-secret-not-for-production' });
      const fetchJson = async (/** @type {string} */ u) => {
        // fetchZaakBundle gives it only URLs on upstreamOrigin (zgw-bff.js inside()).
        let r;
        try {
          // No redirects: a redirect could lead to another server, with the token.
          r = await fetch(u, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(10_000) });
        } catch {
          throw new HttpProblem(502, 'zgw-upstream', `The ZGW API could not be reached for ${u}.`);
        }
        if (!r.ok) throw new HttpProblem(502, 'zgw-upstream', `The ZGW API answered ${r.status} for ${u}.`);
        try {
          return await r.json();
        } catch {
          throw new HttpProblem(502, 'zgw-upstream', `The ZGW API answered something other than JSON for ${u}.`);
        }
      };
      try {
        sendCacheableJson(req, res, await fetchZaakBundle(`${upstreamOrigin}/api/zgw/zaken/${c.id}`, { fetchJson, lang: 'da', origin: upstreamOrigin }));
      } catch (e) {
        if (e instanceof ZgwUpstreamError) throw new HttpProblem(502, 'zgw-upstream', e.message);
        throw e;
      }
      return;
    }
    match = /^\/api\/zgw\/zaken\/([^/]+)$/.exec(p);
    if (match) {
      only(['GET']);
      sendCacheableJson(req, res, render('zgw', findCase(decodeSegment(match[1])), req), { headers: { 'API-version': '1.5.1' } });
      return;
    }
    if (p === '/api/feedback') {
      only(['POST']);
      const wait = feedbackLimiter.take(clientAddress(req, trustProxy));
      if (wait && mediaType(req) === 'application/x-www-form-urlencoded') {
        // The no-JavaScript form: a page a citizen can read, with every text they wrote in a form to send again.
        await handleFeedback(req, res, { wait });
        return;
      }
      if (wait) {
        req.on('error', () => {});
        req.resume(); // read and drop the body, so the connection can carry the next request
        throw new HttpProblem(429, 'too-many-requests', `Too much feedback from this client; try again in ${wait} s. Nothing was stored.`, {
          headers: { 'Retry-After': String(wait) },
        });
      }
      await handleFeedback(req, res);
      return;
    }
    if (p === '/api/feedback/thanks') {
      only(['GET']);
      await handleThanks(req, res, formTexts);
      return;
    }
    if (p === '/api/feedback/summary') {
      only(['GET']);
      sendJson(res, 200, summaryOf(insights.update().totals));
      return;
    }
    if (production && (p === '/api/chaos' || p === '/api/clock' || p.startsWith('/api/clock/'))) {
      throw new HttpProblem(404, 'not-found', `No API endpoint at ${p}. GET /api lists them.`);
    }
    if (p === '/api/chaos') {
      only(['GET', 'POST']);
      if (url.searchParams.has('mode')) {
        try {
          chaos.set({
            mode: url.searchParams.get('mode'),
            delay: url.searchParams.get('delay'),
            retryAfter: url.searchParams.get('retryAfter'),
            times: url.searchParams.get('times'),
            path: url.searchParams.get('path'),
          });
        } catch (e) {
          throw new HttpProblem(400, 'unknown-chaos-mode', e instanceof Error ? e.message : String(e));
        }
        log.info(`klar-server: chaos mode is now ${chaos.mode}`);
      }
      sendJson(res, 200, chaos.describe());
      return;
    }
    if (p === '/api/clock' || p === '/api/clock/advance' || p === '/api/clock/reset') {
      if (p === '/api/clock') {
        only(['GET']);
      } else {
        only(['GET', 'POST']);
        if (p === '/api/clock/reset') clock.reset();
        else {
          const id = url.searchParams.get('case');
          const times = Math.min(20, Math.max(1, Number(url.searchParams.get('steps') ?? 1) || 1));
          const target = id ? findCase(id).id : undefined;
          /** @type {string[]} */
          const changed = [];
          for (let i = 0; i < times; i++) {
            const c = clock.advance(target);
            if (c) changed.push(c);
          }
          sendJson(res, 200, { changed, cases: changed.map((c) => clock.get(c)) });
          return;
        }
      }
      sendJson(res, 200, {
        tickSeconds: clock.tickSeconds,
        cases: clock.ids().map((id) => ({ id, ...clock.meta(id), place: undefined })),
      });
      return;
    }
    if (p.startsWith('/api/')) throw new HttpProblem(404, 'not-found', `No API endpoint at ${p}. GET /api lists them.`);

    if (p === '/insights' || p === '/indsigt') {
      only(['GET']);
      const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'da';
      // The principles' English names from the library's catalogue; the Danish ones are insights.js's own.
      const names = lang === 'da' ? undefined : await principleNames(lang);
      // The ratings in the form's own words, from its catalogue, as the records carry them.
      sendHtml(res, 200, insightsPage(insights, published, { lang, names, words: await formTexts(lang) }));
      return;
    }
    if (await handleStaff(req, res, url)) return;
    if (await serveStatic(req, res, url)) return;
    if (!isGet) throw new HttpProblem(405, 'method-not-allowed', `${m} is not allowed here.`, { headers: { Allow: 'GET, HEAD' } });
    throw new HttpProblem(404, 'not-found', `Nothing at ${p}.`);
  }

  const requestTimeout = (opts.requestTimeoutSeconds ?? DEFAULT_LIMITS.requestTimeoutSeconds) * 1000;
  const server = http.createServer(
    {
      // Slow clients are cut off in seconds (408), checked every second rather than every 30.
      // Node wants the headers' time within the whole request's.
      headersTimeout: Math.min(requestTimeout, (opts.headersTimeoutSeconds ?? DEFAULT_LIMITS.headersTimeoutSeconds) * 1000),
      requestTimeout,
      connectionsCheckingInterval: 1000,
    },
    async (req, res) => {
      setSecurityHeaders(res);
      /** @type {URL | undefined} */
      let url;
      try {
        try {
          url = new URL(req.url ?? '/', 'http://localhost');
        } catch {
          throw new HttpProblem(400, 'bad-url', 'The request URL could not be read.');
        }
        await route(req, res, url);
      } catch (e) {
        if (/** @type {any} */ (e)?.code === 'ECONNRESET' || /** @type {Error} */ (e)?.message === 'aborted') {
          // The client went away mid-request: no one to answer, and nothing to log (anyone could fill the log so).
          res.destroy();
          return;
        }
        if (e instanceof HttpProblem && req.method === 'POST' && mediaType(req) === 'application/x-www-form-urlencoded' && !url?.pathname.startsWith('/insights/staff')) {
          // (Staff forms answer with staff pages of their own: server/insights-staff.js.)
          // The no-JavaScript form: a page a citizen can read, never JSON or a status code.
          // The body was not read (too long, too slow, not UTF-8): the page it came from tells the
          // language and the way back; without one, the browser's languages tell which.
          const from = refererPage(req, PAGE_LANGS);
          sendHtml(res, e.status, formProblemPage(from?.lang ?? preferredLang(req, PAGE_LANGS), e.status, from?.back), { headers: e.extra?.headers });
        } else if (e instanceof HttpProblem) {
          sendError(res, e.status, e.code, e.message, e.extra);
        } else {
          // The path only: the query may carry what a citizen or a link put there.
          log.error('klar-server: error while handling', req.method, url?.pathname ?? String(req.url ?? '').split('?')[0], e);
          sendError(res, 500, 'internal-error', 'Something went wrong in the server. It has been logged.');
        }
        if (res.headersSent && !res.writableEnded) res.destroy();
      }
    },
  );
  server.maxConnections = opts.maxConnections ?? DEFAULT_LIMITS.maxConnections;
  server.on('connection', (/** @type {import('node:net').Socket} */ socket) => {
    // Behind a proxy every connection comes from the proxy: the per-client cap is the proxy's job.
    if (trustProxy) return;
    const client = plainAddress(socket.remoteAddress ?? 'unknown');
    if (openConnections.get(client) >= connectionsPerClient) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 10\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":{"code":"too-many-connections","message":"This client has too many open connections."}}', () => socket.destroy());
      return;
    }
    openConnections.add(client);
    socket.once('close', () => openConnections.remove(client));
  });
  server.on('clientError', (err, socket) => {
    const code = /** @type {any} */ (err).code;
    if (!socket.writable || code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason, json] =
      code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['408', 'Request Timeout', '{"error":{"code":"request-timeout","message":"The request took too long to arrive."}}']
        : code === 'HPE_HEADER_OVERFLOW'
          ? ['431', 'Request Header Fields Too Large', '{"error":{"code":"headers-too-large","message":"The request headers are too large."}}']
          : ['400', 'Bad Request', '{"error":{"code":"bad-request","message":"Malformed HTTP request."}}'];
    // A link with a huge query reaches a citizen: the browser showed the JSON as the whole page.
    // Only a request the bytes show is for /api/ keeps the JSON; where the request line is not in
    // them (it came in an earlier packet), the page: a program reads the status, a person the words.
    const line = /** @type {any} */ (err).rawPacket?.toString('latin1', 0, 256) ?? '';
    const html = code === 'HPE_HEADER_OVERFLOW' && !/^[A-Z]+ (?:[a-z]+:\/\/[^/\s]*)?\/api(?:[/?#\s]|$)/i.test(line) ? addressTooLongPage() : undefined;
    const body = Buffer.from(html ?? json, 'utf8');
    const head = [
      `HTTP/1.1 ${status} ${reason}`,
      ...(html ? ['Content-Type: text/html; charset=utf-8', `Content-Security-Policy: ${pageCsp()}`] : ['Content-Type: application/json']),
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      `Content-Length: ${body.length}`,
      'Connection: close',
    ];
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]), () => socket.destroy());
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    // A deep accept queue, so a burst of connections is answered (or refused) at once instead
    // of waiting for the client's SYN retries.
    server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', 4096, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  clock.start();
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  // Listening on every address: the BFF reaches this server on the loopback one.
  const loopback = addr.address === '0.0.0.0' ? '127.0.0.1' : addr.address === '::' ? '[::1]' : host;
  upstreamOrigin ||= `http://${loopback}:${addr.port}`;

  return {
    server,
    url,
    port: addr.port,
    store,
    clock,
    chaos,
    dataFile: store.file,
    insights,
    published,
    /** Stops the clock, ends event streams, stops listening and closes the data file. */
    async close() {
      clock.stop();
      feedbackLimiter.stop();
      for (const s of streams) s.end();
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      await store.close();
      await published.close();
    },
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  let opts;
  try {
    opts = optionsFromEnv();
  } catch (e) {
    console.error(`klar-server: could not start: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
  startServer(opts)
    .then((app) => {
      console.info(`klar-elements reference server: ${app.url}/  (feedback in ${path.relative(process.cwd(), app.dataFile) || app.dataFile})`);
      console.info(`  cases: ${app.url}/api/cases   insights: ${app.url}/insights   CMS page: ${app.url}/cms.html`);
      const stop = () => {
        app.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((e) => {
      console.error(`klar-server: could not start: ${e instanceof Error ? e.message : e}`);
      process.exit(1);
    });
}
