// The feedback API against a real server on a free port, with its own data directory.
import { test, describe, before, after } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fingerprintOf } from '../../../server/feedback-store.js';
import { startTestServer, tempDataDir, quietLog, quickFeedback } from '../../helpers/reference-server.js';

/** @param {string} file */
const lines = (file) => {
  const text = readFileSync(file, 'utf8');
  assert.ok(text === '' || text.endsWith('\n'), 'the file ends with a newline');
  return text.split('\n').filter(Boolean);
};

/**
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
const post = (url, body, headers = {}) =>
  fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/feedback', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let srv;
  before(async () => {
    srv = await startTestServer();
  });
  after(async () => {
    await srv.stop();
  });

  test('stores a valid post durably and answers 201 with a receipt', async () => {
    const before = lines(srv.dataFile).length;
    const res = await post(srv.url, quickFeedback());
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.match(body.receipt, /^KF-\d{6}$/);
    assert.equal(typeof body.receivedAt, 'string');
    const all = lines(srv.dataFile);
    assert.equal(all.length, before + 1);
    const rec = JSON.parse(all.at(-1));
    assert.equal(rec.receipt, body.receipt);
    assert.equal(rec.feedback.answers.helped, 'yes');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  test('422 with field errors for content that breaks the schema', async () => {
    const res = await post(srv.url, quickFeedback({ answers: { comment: 'hej' }, contact: { email: 'ikke en adresse' }, principle: 'nope' }));
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.error.code, 'invalid-feedback');
    const fields = body.error.fields.map((/** @type {any} */ f) => f.field).sort();
    assert.deepEqual(fields, ['email', 'helped', 'principle']);
    const helped = body.error.fields.find((/** @type {any} */ f) => f.field === 'helped');
    assert.equal(helped.path, '/answers/helped');
    assert.equal(helped.message, 'is required');
    // The flat list <klar-feedback-form> reads.
    assert.deepEqual(body.errors.map((/** @type {any} */ e) => e.field).sort(), fields);
  });

  test('422 names missing top-level fields and unknown ones', async () => {
    const { lang: _lang, ...noLang } = quickFeedback();
    const res = await post(srv.url, { ...noLang, extra: 1 });
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.deepEqual(
      body.error.fields.map((/** @type {any} */ f) => [f.field, f.message]).sort(),
      [
        ['extra', 'is not a known field'],
        ['lang', 'is required'],
      ],
    );
  });

  test('422 for a full-mode post with no answer at all gives one message', async () => {
    const res = await post(srv.url, quickFeedback({ mode: 'full', answers: {} }));
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.error.fields.length, 1);
    assert.match(body.error.fields[0].message, /at least one of rating, worked or improve/);
  });

  test('400 for invalid JSON, an empty body and a bad Idempotency-Key', async () => {
    let res = await post(srv.url, '{"mode": "quick",');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'invalid-json');
    res = await post(srv.url, '');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'empty-body');
    res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'x'.repeat(300) });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.error.code, 'invalid-idempotency-key');
    assert.equal(body.error.fields[0].field, 'Idempotency-Key');
  });

  test('415 for a wrong content type, naming what it accepts', async () => {
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hej' });
    assert.equal(res.status, 415);
    assert.equal((await res.json()).error.code, 'unsupported-media-type');
    assert.match(res.headers.get('accept-post') ?? '', /application\/json/);
  });

  test('413 for a body over 64 KB, announced or streamed', async () => {
    const big = JSON.stringify(quickFeedback({ answers: { helped: 'no', comment: 'x'.repeat(70 * 1024) } }));
    const res = await post(srv.url, big);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error.code, 'body-too-large');
    // Without Content-Length (chunked), the limit holds while reading.
    const status = await new Promise((resolve, reject) => {
      const u = new URL(`${srv.url}/api/feedback`);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'Content-Type': 'application/json' } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(10 * 1024));
      req.end();
    });
    assert.equal(status, 413);
    // The server is still fine.
    assert.equal((await post(srv.url, quickFeedback())).status, 201);
  });

  test('405 for GET on the feedback endpoint', async () => {
    const res = await fetch(`${srv.url}/api/feedback`);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });

  test('a retry with the same Idempotency-Key gets the first answer and stores nothing new', async () => {
    const key = randomUUID();
    const first = await post(srv.url, quickFeedback({ clientTimestamp: '2026-01-01T10:00:00Z' }), { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    const a = await first.json();
    const count = lines(srv.dataFile).length;
    // Only the time changed: the form keeps its key for that.
    const again = await post(srv.url, quickFeedback({ clientTimestamp: '2026-01-01T10:00:05Z' }), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), a);
    assert.equal(lines(srv.dataFile).length, count);
  });

  test('the same Idempotency-Key with other content is refused', async () => {
    const key = randomUUID();
    assert.equal((await post(srv.url, quickFeedback(), { 'Idempotency-Key': key })).status, 201);
    const res = await post(srv.url, quickFeedback({ answers: { helped: 'no' } }), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).error.code, 'idempotency-key-reused');
  });

  test('concurrent retries with one key store one record', async () => {
    const key = randomUUID();
    const count = lines(srv.dataFile).length;
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(srv.url, quickFeedback(), { 'Idempotency-Key': key }).then((r) => r.json())));
    assert.equal(new Set(answers.map((a) => a.receipt)).size, 1);
    assert.equal(lines(srv.dataFile).length, count + 1);
  });

  test('100 posts at once are all stored, each on its own intact line', async () => {
    const count = lines(srv.dataFile).length;
    const posts = Array.from({ length: 100 }, (_, i) =>
      post(srv.url, quickFeedback({ answers: { helped: i % 2 ? 'yes' : 'no', comment: `Besked nummer ${i} ${'æøå'.repeat(i)}` } }), {
        'Idempotency-Key': randomUUID(),
      }),
    );
    const responses = await Promise.all(posts);
    assert.deepEqual(
      responses.map((r) => r.status),
      Array(100).fill(201),
    );
    const receipts = await Promise.all(responses.map((r) => r.json().then((b) => b.receipt)));
    assert.equal(new Set(receipts).size, 100);
    const all = lines(srv.dataFile);
    assert.equal(all.length, count + 100);
    const stored = all.slice(count).map((l) => JSON.parse(l)); // throws on a corrupted line
    const comments = new Set(stored.map((r) => r.feedback.answers.comment));
    for (let i = 0; i < 100; i++) assert.ok(comments.has(`Besked nummer ${i} ${'æøå'.repeat(i)}`), `message ${i} stored`);
    assert.deepEqual(new Set(stored.map((r) => r.receipt)), new Set(receipts));
  });

  test('a form post (no JavaScript) is stored and answered with a thank-you page', async () => {
    const form = new URLSearchParams({ helped: 'no', comment: 'Jeg kunne ikke finde <telefonnummeret>', lang: 'da', pageUrl: '/?case=byg-2417', principle: 'klar-tale' });
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: form });
    assert.equal(res.status, 201);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await res.text();
    assert.match(html, /Tak for din besked/);
    const receipt = /KF-\d{6}/.exec(html)?.[0];
    assert.ok(receipt);
    const rec = JSON.parse(lines(srv.dataFile).at(-1));
    assert.equal(rec.receipt, receipt);
    assert.equal(rec.source, 'form');
    assert.equal(rec.feedback.mode, 'quick');
    assert.equal(rec.feedback.answers.comment, 'Jeg kunne ikke finde <telefonnummeret>');
  });

  test('a form post with errors gets an HTML page listing them, escaped', async () => {
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: '<b>', lang: 'en' }) });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /We could not save your message/);
    assert.match(html, /Did the page help you\?/);
    assert.doesNotMatch(html, /<b>/);
  });

  test('the insights page counts the feedback and shows comments as text', async () => {
    await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: '<script>alert(1)</script> 010203-1234' }, principle: 'haand-om-fejl' }));
    const res = await fetch(`${srv.url}/insights`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    const html = await res.text();
    assert.match(html, /Hvad borgerne fortæller os/);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /010203-1234/);
    assert.match(html, /Hånd om fejl/);
    const summary = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
    assert.equal(summary.total, lines(srv.dataFile).length);
    assert.ok(summary.helped.no >= 1);
  });
});

describe('durability', () => {
  test('a torn last line is skipped with a warning, set aside, and the file stays usable', async () => {
    const dataDir = tempDataDir();
    try {
      const file = path.join(dataDir, 'feedback.jsonl');
      const good = (/** @type {number} */ n, /** @type {string} */ key) =>
        JSON.stringify({ receipt: `KF-00000${n}`, receivedAt: new Date().toISOString(), idempotencyKey: key, fingerprint: fingerprintOf(quickFeedback()), source: 'json', feedback: quickFeedback() });
      const torn = good(3, 'k3').slice(0, 57);
      writeFileSync(file, `${good(1, 'k1')}\n${good(2, 'k2')}\n${torn}`);
      const log = quietLog();
      const srv = await startTestServer({ dataDir, log });
      try {
        assert.equal(log.lines.warn.length, 1);
        assert.match(log.lines.warn[0], /last line .* cut off by a crash/);
        assert.equal(srv.store.records.length, 2);
        assert.equal(lines(file).length, 2, 'the torn bytes are cut off');
        const aside = readdirSync(dataDir).find((f) => f.startsWith('feedback.jsonl.torn-'));
        assert.ok(aside, 'the torn bytes are kept beside the file');
        assert.equal(readFileSync(path.join(dataDir, /** @type {string} */ (aside)), 'utf8'), torn);
        // The client's retry of the torn record is stored properly, numbered after the last good one.
        const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'k3' });
        assert.equal(res.status, 201);
        assert.equal((await res.json()).receipt, 'KF-000003');
        const all = lines(file).map((l) => JSON.parse(l));
        assert.deepEqual(
          all.map((r) => r.receipt),
          ['KF-000001', 'KF-000002', 'KF-000003'],
        );
        // Keys stored before the crash are still known.
        const replay = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'k1' });
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a garbled line in the middle is skipped with a warning', async () => {
    const dataDir = tempDataDir();
    try {
      const rec = JSON.stringify({ receipt: 'KF-000001', receivedAt: '2026-01-01T00:00:00Z', fingerprint: 'x', source: 'json', feedback: quickFeedback() });
      writeFileSync(path.join(dataDir, 'feedback.jsonl'), `${rec}\n{"receipt": \n${rec.replace('000001', '000002')}\n`);
      const log = quietLog();
      const srv = await startTestServer({ dataDir, log });
      try {
        assert.equal(srv.store.records.length, 2);
        assert.match(log.lines.warn.join('\n'), /feedback\.jsonl:2: not valid JSON/);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('Idempotency-Keys survive a restart', async () => {
    const dataDir = tempDataDir();
    try {
      const key = randomUUID();
      let srv = await startTestServer({ dataDir });
      const first = await (await post(srv.url, quickFeedback(), { 'Idempotency-Key': key })).json();
      await srv.stop();
      srv = await startTestServer({ dataDir });
      try {
        const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
        assert.equal(res.status, 201);
        assert.deepEqual(await res.json(), first);
        assert.equal(lines(path.join(dataDir, 'feedback.jsonl')).length, 1);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('an answer lost on the way back (chaos drop-after) is not stored twice on retry', async () => {
    const srv = await startTestServer();
    try {
      const key = randomUUID();
      await fetch(`${srv.url}/api/chaos?mode=drop-after&times=1`, { method: 'POST' });
      await assert.rejects(post(srv.url, quickFeedback(), { 'Idempotency-Key': key }));
      assert.equal(lines(srv.dataFile).length, 1, 'stored although the answer was lost');
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('idempotent-replayed'), 'true');
      assert.equal(lines(srv.dataFile).length, 1);
    } finally {
      await srv.stop();
    }
  });

  test('a disk that refuses the write answers 503 with Retry-After, and the key stays free for the retry', async () => {
    const srv = await startTestServer({ log: quietLog() });
    try {
      // Pull the file out from under the store, as a failing disk would.
      await srv.store.fh?.close();
      const key = randomUUID();
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.equal((await res.json()).error.code, 'storage-unavailable');
      assert.equal(srv.store.byKey.has(key), false);
    } finally {
      srv.store.fh = undefined;
      await srv.stop();
    }
  });

  test('a data directory that does not exist yet is created', async () => {
    const parent = tempDataDir();
    const dataDir = path.join(parent, 'a', 'b');
    try {
      const srv = await startTestServer({ dataDir });
      try {
        assert.equal((await post(srv.url, quickFeedback())).status, 201);
        assert.equal(lines(path.join(dataDir, 'feedback.jsonl')).length, 1);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
