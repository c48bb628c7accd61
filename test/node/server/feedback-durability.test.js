// The feedback store's promises, each tested so that it fails when the promise is broken:
// the 201 comes only after the fsync, a failed write leaves no half line behind, and the
// no-JavaScript form's honeypot stores nothing. Against the real server on a free port; the
// store's file handle is wrapped to watch (and, for a failing disk, refuse) its calls.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useTestServer, quietLog, quickFeedback } from '../../helpers/reference-server.js';

/** @param {string} url @param {unknown} body @param {Record<string, string>} [headers] */
const post = (url, body, headers = {}) =>
  fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * Wraps the store's open file handle; `over` replaces some of its methods. Returns the calls
 * made, in order, and a function that puts the real handle back.
 * @param {import('../../../server/feedback-store.js').FeedbackStore} store
 * @param {(real: import('node:fs/promises').FileHandle, calls: string[]) => Partial<Record<'write' | 'sync', Function>>} over
 */
function watchFile(store, over) {
  const real = /** @type {import('node:fs/promises').FileHandle} */ (store.fh);
  /** @type {string[]} */
  const calls = [];
  const replaced = over(real, calls);
  store.fh = /** @type {any} */ ({
    write: (/** @type {any[]} */ ...a) => (calls.push('write'), replaced.write ? replaced.write(...a) : real.write(...a)),
    sync: () => (calls.push('sync'), replaced.sync ? replaced.sync() : real.sync()),
    truncate: (/** @type {number} */ n) => (calls.push(`truncate ${n}`), real.truncate(n)),
    close: () => real.close(),
  });
  return { calls, restore: () => (store.fh = real) };
}

/** Resolves to 'pending' when `p` has not settled within `ms`. */
const within = (/** @type {Promise<unknown>} */ p, /** @type {number} */ ms) =>
  Promise.race([p.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), ms))]);

describe('feedback store: durable before 201', () => {
  const srv = useTestServer({ log: quietLog() });

  test('the 201 is sent only after the line is written and fsynced', async () => {
    /** @type {() => void} */
    let release = () => {};
    const gate = new Promise((/** @type {(v?: unknown) => void} */ r) => (release = r));
    const { calls, restore } = watchFile(srv.store, (real) => ({ sync: async () => (await gate, real.sync()) }));
    try {
      const answer = post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'fsync først' } }));
      for (let t = 0; !calls.includes('sync') && t < 200; t++) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(calls, ['write', 'sync'], 'written, then fsynced');
      assert.equal(await within(answer, 500), 'pending', 'no answer while the fsync has not finished');
      release();
      const res = await answer;
      assert.equal(res.status, 201);
      const last = JSON.parse(readFileSync(srv.dataFile, 'utf8').trimEnd().split('\n').at(-1) ?? '');
      assert.equal(last.receipt, (await res.json()).receipt);
    } finally {
      release();
      restore();
    }
  });

  test('a write that fails half-way is cut off again: 503, no half line, and the retry is stored cleanly', async () => {
    const before = readFileSync(srv.dataFile, 'utf8');
    const { calls, restore } = watchFile(srv.store, (real) => ({
      // Half the bytes reach the disk, then it fails: a full disk or a pulled cable.
      write: async (/** @type {Buffer} */ data, /** @type {number} */ offset, /** @type {number} */ length, /** @type {number} */ position) => {
        await real.write(data, offset, Math.ceil(length / 2), position);
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      },
    }));
    const key = 'durability-half-write';
    try {
      const res = await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'halvt skrevet' } }), { 'Idempotency-Key': key });
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.ok(calls.includes(`truncate ${Buffer.byteLength(before)}`), `cut back to the last whole line: ${calls.join(', ')}`);
      assert.equal(readFileSync(srv.dataFile, 'utf8'), before, 'no part of the failed record stays in the file');
    } finally {
      restore();
    }
    const retry = await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'halvt skrevet' } }), { 'Idempotency-Key': key });
    assert.equal(retry.status, 201, 'the key was not taken by the failed write');
    const text = readFileSync(srv.dataFile, 'utf8');
    assert.ok(text.startsWith(before) && text.endsWith('\n'));
    const added = text.slice(before.length).trimEnd().split('\n');
    assert.equal(added.length, 1);
    assert.equal(JSON.parse(added[0]).feedback.answers.comment, 'halvt skrevet');
  });

  test('an fsync that fails is a 503 too, and the unsynced line is cut off', async () => {
    const before = readFileSync(srv.dataFile, 'utf8');
    const { restore } = watchFile(srv.store, () => ({
      sync: async () => {
        throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      },
    }));
    try {
      const res = await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'ikke synket' } }));
      assert.equal(res.status, 503);
      assert.equal(readFileSync(srv.dataFile, 'utf8'), before);
      assert.equal(srv.store.records.some((r) => r.feedback.answers.comment === 'ikke synket'), false, 'not counted as stored');
    } finally {
      restore();
    }
  });
});

describe('feedback store: one writer, whole lines', () => {
  const srv = useTestServer({ log: quietLog() });
  const stored = () =>
    readFileSync(srv.dataFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).feedback.answers.comment);

  test('posts that arrive while a write is on its way wait for it, and go to disk together after it', async () => {
    /** @type {() => void} */
    let release = () => {};
    const gate = new Promise((/** @type {(v?: unknown) => void} */ r) => (release = r));
    let first = true;
    const { calls, restore } = watchFile(srv.store, (real) => ({
      sync: async () => {
        if (first) {
          first = false;
          await gate;
        }
        return real.sync();
      },
    }));
    try {
      const a = post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'først' } }));
      for (let t = 0; !calls.includes('sync') && t < 200; t++) await new Promise((r) => setTimeout(r, 50));
      const more = ['to', 'tre', 'fire'].map((comment) => post(srv.url, quickFeedback({ answers: { helped: 'yes', comment } })));
      // Give the three time to reach the store: none may start writing while the first is on its way.
      for (let t = 0; srv.store.pending.length < 3 && t < 200; t++) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(calls, ['write', 'sync'], 'nothing else written meanwhile');
      release();
      assert.deepEqual(
        (await Promise.all([a, ...more])).map((r) => r.status),
        [201, 201, 201, 201],
      );
      assert.deepEqual(calls, ['write', 'sync', 'write', 'sync'], 'the three waiting in one write and one fsync');
      assert.deepEqual(stored().slice(-4).sort(), ['fire', 'først', 'to', 'tre']);
    } finally {
      release();
      restore();
    }
  });

  test('a disk that takes a few bytes at a time gets the rest, in order, until the line is whole', async () => {
    const { calls, restore } = watchFile(srv.store, (real) => ({
      write: (/** @type {Buffer} */ data, /** @type {number} */ offset, /** @type {number} */ length, /** @type {number} */ position) => real.write(data, offset, Math.min(length, 40), position),
    }));
    try {
      const res = await post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'lidt ad gangen – æøå' } }));
      assert.equal(res.status, 201);
      assert.ok(calls.filter((c) => c === 'write').length > 3, calls.join(', '));
    } finally {
      restore();
    }
    assert.equal(stored().at(-1), 'lidt ad gangen – æøå');
    assert.equal((await post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'bagefter' } }))).status, 201);
    assert.deepEqual(stored().slice(-2), ['lidt ad gangen – æøå', 'bagefter']);
  });
});

describe('no-JavaScript form: the honeypot', () => {
  const srv = useTestServer({ log: quietLog() });

  const form = (/** @type {Record<string, string>} */ extra = {}) =>
    new URLSearchParams({ helped: 'yes', comment: 'Køb billige ure', lang: 'da', pageUrl: '/?case=byg-2417', principle: 'klar-tale', ...extra });

  /** Posts the no-JavaScript form; the answer is a 303 to the thank-you page. */
  const send = (/** @type {URLSearchParams} */ body) => fetch(`${srv.url}/api/feedback`, { method: 'POST', body, redirect: 'manual' });

  test('a form with the hidden website field filled in is thanked and not stored', async () => {
    const before = srv.store.records.length;
    const res = await send(form({ website: 'https://spam.example' }));
    assert.equal(res.status, 303);
    const location = new URL(res.headers.get('location') ?? '', srv.url);
    assert.equal(location.pathname, '/api/feedback/thanks', 'the bot is thanked like anyone else');
    assert.equal(location.searchParams.get('receipt'), null, 'no receipt: nothing was stored');
    assert.doesNotMatch(await (await fetch(location)).text(), /KF-\d{6}/);
    assert.equal(srv.store.records.length, before);
    assert.doesNotMatch(readFileSync(srv.dataFile, 'utf8'), /billige ure/);
  });

  test('the same form with the website field empty is stored', async () => {
    const res = await send(form({ website: '  ' }));
    assert.equal(res.status, 303);
    const receipt = new URL(res.headers.get('location') ?? '', srv.url).searchParams.get('receipt');
    assert.match(String(receipt), /^KF-\d{6}$/);
    assert.match(readFileSync(srv.dataFile, 'utf8'), /billige ure/);
  });
});
