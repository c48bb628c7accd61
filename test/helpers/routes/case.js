// Real HTTP endpoints for the <klar-case> and adapter tests. Every behaviour is chosen per
// test through the path and query string, and every test uses its own `:id`, so tests that
// run at the same time never share state.
//
//   GET  /api/case/doc/:id              the document stored for :id (PUT it first), with ETag and 304
//   PUT  /api/case/doc/:id              store a document: body = JSON to serve
//   GET  /api/case/seq/:id?codes=500,503,200&retryAfter=7&fixture=klar/received
//                                       the n-th request answers codes[n] (the last repeats); 200 serves the fixture
//   GET  /api/case/slow/:id?delays=400,0&fixture=…   the n-th request waits delays[n] ms; the title gets " #n"
//   GET  /api/case/hang/:id              never answers (until the client gives up)
//   GET  /api/case/malformed/:id         200 with broken JSON
//   GET  /api/case/html/:id              200 with an HTML error page (?fixture=…: that JSON, labelled text/html)
//   GET  /api/case/bom/:id?fixture=…     200 JSON starting with a byte order mark
//   GET  /api/case/fixture/<path>        a fixture from test/fixtures/<path>.json as it is
//   GET  /api/case/trickle/:id           200 JSON headers at once, then one byte every 100 ms, never ending
//   GET  /api/case/bytes/:id?text=…&every=20  200 JSON {"text": …} sent one UTF-8 byte at a time, every `every` ms
//   GET  /api/case/big/:id?mb=5&length=1&every=20  a JSON document of `mb` megabytes, 64 KB every `every` ms (length=1: with Content-Length)
//   GET  /api/case/redirect/:id?to=URL   302 to URL (only to this test server, on 127.0.0.1 or localhost)
//   *    /api/case/cors/:id              the stored document for :id with open CORS (answers preflights); logged as cors-:id
//   GET  /api/case-log/:id               what the server saw for :id: [{ n, path, method, ifNoneMatch, headers, status, aborted, bytes }]
//   POST /api/case-events/:id/burst?n=5000  push n messages that are not JSON ("tick-1" …) to every open stream for :id
//   GET  /api/case-events/:id?status=500 an SSE stream (or that error status)
//   POST /api/case-events/:id?event=name push `data: <body>` to every open stream for :id
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const docs = new Map();
const logs = new Map();
const streams = new Map();

function fixture(name) {
  const safe = String(name ?? 'klar/received').replace(/[^a-z0-9/_-]/gi, '');
  return readFileSync(path.join(fixturesDir, `${safe}.json`), 'utf8');
}

function log(ctx, id) {
  const list = logs.get(id) ?? [];
  logs.set(id, list);
  const entry = {
    n: list.length,
    path: ctx.path,
    method: ctx.method,
    ifNoneMatch: ctx.get('If-None-Match') || null,
    headers: {
      authorization: ctx.get('Authorization') || null,
      xTest: ctx.get('X-Test') || null,
      accept: ctx.get('Accept') || null,
      cookie: ctx.get('Cookie') || null,
    },
    status: null,
    aborted: false,
    bytes: 0,
  };
  list.push(entry);
  ctx.req.on('close', () => {
    if (!ctx.res.writableEnded) entry.aborted = true;
  });
  return entry;
}

function readBody(ctx) {
  return new Promise((resolve) => {
    let body = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (c) => (body += c));
    ctx.req.on('end', () => resolve(body));
  });
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

function json(ctx, entry, text, status = 200) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = text;
  entry.status = status;
}

function list(q, fallback) {
  return String(q ?? fallback)
    .split(',')
    .map((s) => s.trim());
}

/** Streams `next()` chunks (null ends) every `everyMs`, counting bytes in `entry`, until the client goes away. */
function drip(ctx, entry, next, everyMs) {
  const stream = new PassThrough();
  ctx.req.socket.setTimeout(0);
  let timer;
  const stop = () => {
    clearTimeout(timer);
    stream.end();
  };
  ctx.req.on('close', stop);
  const tick = () => {
    const chunk = next();
    if (chunk === null) return stop();
    entry.bytes += Buffer.byteLength(chunk);
    stream.write(chunk);
    timer = setTimeout(tick, everyMs);
  };
  ctx.body = stream;
  tick();
}

export const routes = [
  {
    path: /^\/api\/case\/trickle\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      entry.status = 200;
      let n = 0;
      // At most 60 s, so a test that forgets the element cannot keep a connection for ever.
      drip(ctx, entry, () => (n++ === 0 ? '{"id":"1","title":"' : n < 600 ? 'a' : null), 100);
    },
  },
  {
    path: /^\/api\/case\/bytes\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const bytes = Buffer.from(JSON.stringify({ text: String(ctx.query.text ?? '') }), 'utf8');
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      entry.status = 200;
      let i = 0;
      drip(ctx, entry, () => (i < bytes.length ? bytes.subarray(i, ++i) : null), Number(ctx.query.every ?? 20));
    },
  },
  {
    path: /^\/api\/case\/big\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const total = Math.round(Number(ctx.query.mb ?? 5) * 1024 * 1024);
      const head = fixture(ctx.query.fixture).trim().replace(/\}$/, ',"padding":"');
      const tail = '"}';
      const chunk = 64 * 1024;
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      if (ctx.query.length === '1') ctx.set('Content-Length', String(total));
      entry.status = 200;
      let sent = 0;
      drip(
        ctx,
        entry,
        () => {
          if (sent >= total) return null;
          let part = sent === 0 ? head : '';
          const left = total - sent;
          if (left <= chunk) part += 'x'.repeat(Math.max(0, left - part.length - tail.length)) + tail;
          else part += 'x'.repeat(chunk - part.length);
          sent += Buffer.byteLength(part);
          return part;
        },
        Number(ctx.query.every ?? 20),
      );
    },
  },
  {
    path: /^\/api\/case\/redirect\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const to = new URL(String(ctx.query.to ?? ''), `http://${ctx.host}`);
      if (!['127.0.0.1', 'localhost'].includes(to.hostname) || to.port !== String(ctx.request.socket.localPort)) {
        ctx.status = 400;
        return;
      }
      ctx.status = 302;
      ctx.set('Location', to.href);
      entry.status = 302;
    },
  },
  {
    path: /^\/api\/case\/cors\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, `cors-${m[1]}`);
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Access-Control-Allow-Headers', '*');
      ctx.set('Access-Control-Allow-Methods', 'GET');
      if (ctx.method === 'OPTIONS') {
        ctx.status = 204;
        entry.status = 204;
        return;
      }
      const body = docs.get(m[1]);
      json(ctx, entry, body ?? '{"error":"not found"}', body === undefined ? 404 : 200);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/case-events\/([\w-]+)\/burst$/,
    handler(ctx, m) {
      const n = Math.min(100_000, Number(ctx.query.n ?? 5000));
      const open = streams.get(m[1]) ?? new Set();
      let text = '';
      for (let i = 1; i <= n; i++) text += `data: tick-${i}\n\n`;
      for (const s of open) s.write(text);
      ctx.set('Content-Type', 'application/json');
      ctx.body = JSON.stringify({ delivered: open.size, messages: n });
    },
  },
  {
    method: 'PUT',
    path: /^\/api\/case\/doc\/([\w-]+)$/,
    async handler(ctx, m) {
      docs.set(m[1], await readBody(ctx));
      ctx.status = 204;
    },
  },
  {
    path: /^\/api\/case\/doc\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const body = docs.get(m[1]);
      if (body === undefined) return json(ctx, entry, '{"error":"not found"}', 404);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      ctx.set('ETag', etag);
      if (ctx.get('If-None-Match') === etag) {
        ctx.status = 304;
        entry.status = 304;
        return;
      }
      json(ctx, entry, body);
    },
  },
  {
    path: /^\/api\/case\/seq\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const codes = list(ctx.query.codes, '200').map(Number);
      const code = codes[Math.min(entry.n, codes.length - 1)];
      if (code === 200) return json(ctx, entry, fixture(ctx.query.fixture));
      if (ctx.query.retryAfter && (code === 503 || code === 429)) ctx.set('Retry-After', String(ctx.query.retryAfter));
      json(ctx, entry, JSON.stringify({ error: `status ${code}` }), code);
    },
  },
  {
    path: /^\/api\/case\/slow\/([\w-]+)$/,
    async handler(ctx, m) {
      const entry = log(ctx, m[1]);
      const delays = list(ctx.query.delays, '300').map(Number);
      await wait(delays[Math.min(entry.n, delays.length - 1)]);
      const doc = JSON.parse(fixture(ctx.query.fixture));
      doc.title = `${doc.title} #${entry.n + 1}`;
      json(ctx, entry, JSON.stringify(doc));
    },
  },
  {
    path: /^\/api\/case\/hang\/([\w-]+)$/,
    async handler(ctx, m) {
      const entry = log(ctx, m[1]);
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 30_000);
      });
      json(ctx, entry, fixture('klar/received'));
    },
  },
  {
    path: /^\/api\/case\/malformed\/([\w-]+)$/,
    handler(ctx, m) {
      json(ctx, log(ctx, m[1]), '{"id": "1", "title": "Byggetilladelse", "status": {"code": ');
    },
  },
  {
    path: /^\/api\/case\/html\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      ctx.status = 200;
      ctx.set('Content-Type', 'text/html; charset=utf-8');
      ctx.body = ctx.query.fixture ? fixture(ctx.query.fixture) : '<!doctype html><html><head><title>Fejl</title></head><body><h1>Siden kan ikke vises</h1></body></html>';
      entry.status = 200;
    },
  },
  {
    path: /^\/api\/case\/bom\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, m[1]);
      ctx.status = 200;
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture(ctx.query.fixture), 'utf8')]);
      entry.status = 200;
    },
  },
  {
    path: /^\/api\/case\/fixture\/([\w/-]+)$/,
    handler(ctx, m) {
      json(ctx, log(ctx, `fixture-${m[1].replace(/\W/g, '-')}`), fixture(m[1]));
    },
  },
  {
    path: /^\/api\/case-log\/([\w-]+)$/,
    handler(ctx, m) {
      ctx.set('Content-Type', 'application/json');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(logs.get(m[1]) ?? []);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/case-events\/([\w-]+)$/,
    async handler(ctx, m) {
      const body = await readBody(ctx);
      const open = streams.get(m[1]) ?? new Set();
      const event = ctx.query.event ? `event: ${ctx.query.event}\n` : '';
      const data = body
        .split('\n')
        .map((l) => `data: ${l}`)
        .join('\n');
      for (const s of open) s.write(`${event}${data}\n\n`);
      if (ctx.query.close) for (const s of open) s.end();
      ctx.set('Content-Type', 'application/json');
      ctx.body = JSON.stringify({ delivered: open.size });
    },
  },
  {
    path: /^\/api\/case-events\/([\w-]+)$/,
    handler(ctx, m) {
      const entry = log(ctx, `events-${m[1]}`);
      if (ctx.query.status) {
        ctx.status = Number(ctx.query.status);
        ctx.body = 'no stream';
        entry.status = ctx.status;
        return;
      }
      const stream = new PassThrough();
      const set = streams.get(m[1]) ?? new Set();
      streams.set(m[1], set);
      set.add(stream);
      ctx.req.socket.setTimeout(0);
      ctx.req.on('close', () => {
        set.delete(stream);
        stream.end();
      });
      ctx.status = 200;
      ctx.set('Content-Type', 'text/event-stream');
      ctx.set('Cache-Control', 'no-cache');
      ctx.set('Connection', 'keep-alive');
      ctx.body = stream;
      entry.status = 200;
      // A comment first, so the browser sees the stream open at once.
      stream.write(': open\nretry: 60000\n\n');
    },
  },
];
