// NODE_ENV=production: the demo's switches are gone, and one client cannot take the server down
// (rate limit on feedback, caps on event streams and connections, slow requests cut off).
// Against a real server on a free port; raw sockets where a client misbehaves on purpose.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { DEFAULT_LIMITS, optionsFromEnv } from '../../../server/index.js';
import { startTestServer, quickFeedback } from '../../helpers/reference-server.js';

/** @param {string} file */
const storedReceipts = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).receipt);

/**
 * Sends raw bytes and resolves with everything the server sent back, once it closes.
 * @param {number} port
 * @param {(s: net.Socket) => void} talk
 */
const rawExchange = (port, talk) =>
  new Promise((resolve) => {
    const t0 = Date.now();
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d) => (got += d));
    s.on('error', () => {});
    s.on('close', () => resolve({ got, seconds: (Date.now() - t0) / 1000 }));
    talk(s);
  });

describe('production mode', () => {
  test('NODE_ENV=production is read from the environment, with the documented limits', () => {
    const o = optionsFromEnv({ NODE_ENV: 'production', KLAR_CORS_ORIGINS: 'https://a.example, https://b.example' });
    assert.equal(o.production, true);
    assert.deepEqual(o.corsOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(optionsFromEnv({}).production, false);
    assert.equal(optionsFromEnv({ KLAR_FEEDBACK_PER_MINUTE: '5' }).feedbackPerMinute, 5);
    assert.equal(DEFAULT_LIMITS.feedbackPerMinute.production, 30);
    assert.ok(DEFAULT_LIMITS.requestTimeoutSeconds < 30 && DEFAULT_LIMITS.headersTimeoutSeconds <= DEFAULT_LIMITS.requestTimeoutSeconds);
  });

  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let srv;
  before(async () => {
    srv = await startTestServer({ production: true, chaos: '503', corsOrigins: ['https://kommune.example'] });
  });
  after(async () => {
    await srv.stop();
  });

  test('chaos and clock endpoints answer 404, by GET and POST; KLAR_CHAOS is ignored', async () => {
    for (const p of ['/api/chaos', '/api/chaos?mode=500', '/api/clock', '/api/clock/advance?case=byg-2417', '/api/clock/reset']) {
      for (const method of ['GET', 'POST']) {
        const res = await fetch(`${srv.url}${p}`, { method });
        assert.equal(res.status, 404, `${method} ${p}`);
        assert.equal((await res.json()).error.code, 'not-found');
      }
    }
    assert.equal((await fetch(`${srv.url}/api/cases`)).status, 200, 'KLAR_CHAOS=503 did not start misbehaving');
    const listing = await (await fetch(`${srv.url}/api`)).json();
    assert.ok(!listing.endpoints.some((/** @type {string} */ e) => /chaos|clock/.test(e)), listing.endpoints.join('\n'));
    assert.ok(listing.endpoints.includes('GET /api/health'));
  });

  test('no Access-Control-Allow-Origin: * ; only a listed origin is echoed', async () => {
    const plain = await fetch(`${srv.url}/api/cases`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(plain.headers.get('access-control-allow-origin'), null);
    assert.match(plain.headers.get('vary') ?? '', /Origin/);
    const listed = await fetch(`${srv.url}/api/cases`, { headers: { Origin: 'https://kommune.example' } });
    assert.equal(listed.headers.get('access-control-allow-origin'), 'https://kommune.example');
    const preflight = await fetch(`${srv.url}/api/feedback`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  test('the development server still has its switches and CORS *', async () => {
    const dev = await startTestServer();
    try {
      assert.equal((await fetch(`${dev.url}/api/chaos`)).status, 200);
      assert.equal((await fetch(`${dev.url}/api/clock`)).status, 200);
      assert.equal((await fetch(`${dev.url}/api/cases`)).headers.get('access-control-allow-origin'), '*');
    } finally {
      await dev.stop();
    }
  });
});

describe('rate limit on POST /api/feedback', () => {
  test('200 rapid posts from one client: 429 with Retry-After after the limit, every acknowledged post stored once', async () => {
    const srv = await startTestServer({ production: true });
    try {
      const t0 = Date.now();
      /** @type {Response[]} */
      const answers = [];
      for (let batch = 0; batch < 10; batch++) {
        answers.push(...(await Promise.all(Array.from({ length: 20 }, () => fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(quickFeedback()) })))));
      }
      const seconds = (Date.now() - t0) / 1000;
      const created = answers.filter((r) => r.status === 201);
      const limited = answers.filter((r) => r.status === 429);
      assert.equal(created.length + limited.length, 200, `only 201 and 429: ${answers.map((r) => r.status).join(',')}`);
      // 30 at once, then the bucket refills by one every 2 s.
      const limit = DEFAULT_LIMITS.feedbackPerMinute.production;
      assert.ok(created.length >= limit && created.length <= limit + Math.ceil(seconds / 2) + 1, `${created.length} stored in ${seconds} s`);
      for (const r of limited) {
        assert.match(r.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
        assert.equal((await r.json()).error.code, 'too-many-requests');
      }
      const receipts = await Promise.all(created.map(async (r) => (await r.json()).receipt));
      const stored = storedReceipts(srv.dataFile);
      assert.deepEqual([...stored].sort(), [...receipts].sort(), 'exactly the acknowledged posts are in the file');
      console.info(`# rate limit: ${created.length} of 200 posts stored in ${seconds.toFixed(2)} s, ${limited.length} answered 429, Retry-After ${limited[0].headers.get('retry-after')} s`);

      // After Retry-After the client may post again; the no-JavaScript form gets a readable page.
      // The bucket refills one post every 2 s, and reading the answers above takes time on a
      // loaded machine: empty it again right before the form post (a refill between the two
      // is possible but rare; try up to five times).
      let form;
      for (let i = 0; i < 5; i++) {
        const post = () => fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(quickFeedback()) });
        while ((await post()).status !== 429);
        form = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'helped=yes' });
        if (form.status === 429) break;
      }
      assert.equal(form?.status, 429);
      const page = await form.text();
      assert.match(page, /Prøv igen om lidt/);
      const wait = Number(form.headers.get('retry-after'));
      assert.ok(wait >= 1, 'the no-JavaScript answer says when to try again too');
      // In words that agree with the number ("om 1 sekunder" before).
      assert.ok(page.includes(`Vent ${wait} ${wait === 1 ? 'sekund' : 'sekunder'}, og send den igen.`), page);
      await new Promise((r) => setTimeout(r, wait * 1000 + 200));
      const again = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(quickFeedback()) });
      assert.equal(again.status, 201);
    } finally {
      await srv.stop();
    }
  });
});

describe('connection limits', () => {
  test('2,000 event streams attempted by one client are capped, and the health check still answers', { timeout: 60_000 }, async () => {
    const srv = await startTestServer({ production: true });
    /** @type {net.Socket[]} */
    const sockets = [];
    try {
      const t0 = Date.now();
      const outcomes = await Promise.all(
        Array.from(
          { length: 2000 },
          () =>
            new Promise((resolve) => {
              const s = net.connect(srv.port, '127.0.0.1');
              sockets.push(s);
              let head = '';
              s.setEncoding('latin1');
              s.on('connect', () => s.write('GET /api/cases/byg-2417/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n'));
              s.on('data', (d) => {
                head += d;
                const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
                if (m) resolve(m[1]);
              });
              s.on('error', () => resolve('reset'));
              s.on('close', () => resolve('closed'));
            }),
        ),
      );
      const count = (/** @type {string} */ k) => outcomes.filter((o) => o === k).length;
      const health = await fetch(`${srv.url}/api/health`);
      assert.equal(health.status, 200);
      const h = await health.json();
      console.info(
        `# 2,000 stream attempts in ${Date.now() - t0} ms: ${count('200')} streams, ${count('429')} × 429, ${count('503')} × 503, ${count('reset') + count('closed')} cut; health: ${h.connections} connections, ${h.streams} streams`,
      );
      assert.equal(count('200'), DEFAULT_LIMITS.streamsPerClient);
      assert.equal(h.streams, DEFAULT_LIMITS.streamsPerClient);
      assert.ok(count('429') > 0, 'streams over the per-client cap are refused with 429');
      assert.ok(h.connections <= DEFAULT_LIMITS.connectionsPerClient, `${h.connections} connections open`);
      for (const s of sockets) s.destroy();
      for (let i = 0; i < 50; i++) {
        const now = await (await fetch(`${srv.url}/api/health`)).json();
        if (now.streams === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal((await (await fetch(`${srv.url}/api/health`)).json()).streams, 0, 'closed streams are given back');
      const stream = await fetch(`${srv.url}/api/cases/byg-2417/events`);
      assert.equal(stream.status, 200, 'a new stream opens once the others are gone');
      await stream.body?.cancel();
    } finally {
      for (const s of sockets) s.destroy();
      await srv.stop();
    }
  });

  test('a body sent one byte every 5 s, and headers sent a line at a time, are cut off with 408 within 30 s', { timeout: 60_000 }, async () => {
    const srv = await startTestServer({ production: true });
    try {
      /** @type {NodeJS.Timeout[]} */
      const timers = [];
      const [body, headers] = await Promise.all([
        rawExchange(srv.port, (s) => {
          s.write('POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{');
          timers.push(setInterval(() => s.writable && s.write(' '), 5000));
        }),
        rawExchange(srv.port, (s) => {
          s.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
          timers.push(setInterval(() => s.writable && s.write('X-Slow: 1\r\n'), 2000));
        }),
      ]);
      timers.forEach(clearInterval);
      console.info(`# slow body cut off after ${body.seconds} s, slow headers after ${headers.seconds} s`);
      for (const r of [body, headers]) {
        assert.match(r.got, /^HTTP\/1\.1 408 /);
        assert.ok(r.seconds < 30, `${r.seconds} s`);
      }
      assert.ok(headers.seconds <= DEFAULT_LIMITS.headersTimeoutSeconds + 2, `headers: ${headers.seconds} s`);
    } finally {
      await srv.stop();
    }
  });
});
