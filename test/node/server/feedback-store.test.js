// The feedback store on its own (server/feedback-store.js), without HTTP: the fingerprint's
// stored form, what append() answers and keeps, close(), and how the file and its folder are
// opened, written and made durable. Where only the file system can tell (an fsync, a failed
// read), node:fs/promises is replaced for one test: the store's imports follow
// (syncBuiltinESMExports). Each test was seen failing with the code it guards broken.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { FeedbackStore, fingerprintOf } from '../../../server/feedback-store.js';
import { quickFeedback, quietLog, tempDataDir } from '../../helpers/reference-server.js';

/**
 * Runs `check` with the path of a data file in a new folder (holding `lines` when given, else
 * no file yet), then removes the folder.
 * @param {string[] | undefined} lines
 * @param {(file: string) => Promise<void>} check
 */
async function withFile(lines, check) {
  const dir = tempDataDir();
  const file = path.join(dir, 'feedback.jsonl');
  try {
    if (lines) writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
    await check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {string} file */
const openStore = (file) => new FeedbackStore({ file, log: quietLog() }).open();

/** The records in a data file, parsed. @param {string} file */
const records = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** A stored record line, as the store writes them. @param {string} receipt */
const stored = (receipt) => JSON.stringify({ receipt, receivedAt: '2026-01-01T00:00:00.000Z', fingerprint: fingerprintOf(quickFeedback()), source: 'json', feedback: quickFeedback() });

/**
 * Replaces one function of node:fs/promises, for the store too, until the returned function
 * puts the real one back.
 * @template {'open' | 'readFile' | 'writeFile'} K
 * @param {K} name
 * @param {(real: (typeof fsp)[K]) => (typeof fsp)[K]} make
 */
function replaceFs(name, make) {
  const real = fsp[name];
  fsp[name] = make(real);
  syncBuiltinESMExports();
  return () => {
    fsp[name] = real;
    syncBuiltinESMExports();
  };
}

describe('the fingerprint', () => {
  test('is the sha256 of the content as JSON with sorted keys, without the time of sending: a key stored today is recognised after an update', () => {
    const payload = { lang: 'da', answers: { helped: 'no', list: [2, { z: true, y: null }], gone: [undefined] }, clientTimestamp: '2026-01-01T10:00:00Z' };
    const canonical = '{"answers":{"gone":[null],"helped":"no","list":[2,{"y":null,"z":true}]},"lang":"da"}';
    assert.equal(fingerprintOf(payload), createHash('sha256').update(canonical).digest('hex'));
  });

  test('a list and an object with the same entries are other content', () => {
    assert.notEqual(fingerprintOf({ answers: { list: ['a', 'b'] } }), fingerprintOf({ answers: { list: { 0: 'a', 1: 'b' } } }));
  });
});

describe('the feedback store on its own', () => {
  test('every record gets its own random link token, found by byLink after a restart too; a receipt, or an old record without a token, links nothing', async () => {
    const old = { receipt: 'KF-000001', receivedAt: '2026-01-05T10:00:00.000Z', fingerprint: 'x', source: 'json', feedback: quickFeedback() };
    await withFile([JSON.stringify(old)], async (file) => {
      const store = await openStore(file);
      const a = (await store.append(quickFeedback())).record;
      const b = (await store.append(quickFeedback({ answers: { helped: 'no' } }))).record;
      for (const r of [a, b]) assert.match(r.linkToken ?? '', /^[A-Za-z0-9_-]{22}$/);
      assert.notEqual(a.linkToken, b.linkToken);
      assert.equal(store.byLink(/** @type {string} */ (a.linkToken)), a);
      assert.equal(store.byLink(a.receipt), undefined, 'a receipt is no token');
      assert.equal(store.byLink('KF-000001'), undefined);
      await store.close();
      const again = await openStore(file);
      try {
        assert.equal(again.byLink(/** @type {string} */ (b.linkToken))?.receipt, b.receipt, 'read back');
        assert.equal(again.get('KF-000001')?.linkToken, undefined, 'the old record is still read, with no token');
        assert.equal(again.byToken.size, 2);
      } finally {
        await again.close();
      }
    });
  });

  test('append answers "created" with the record it stored, and what it keeps in memory is what a restart reads back', async () => {
    await withFile(undefined, async (file) => {
      const store = await openStore(file);
      const first = await store.append(quickFeedback());
      assert.equal(first.status, 'created');
      assert.equal(first.record.source, 'json', 'a post that names no source came as JSON');
      const second = await store.append(quickFeedback({ answers: { comment: 'Tak' }, answerTo: first.record.receipt }), { idempotencyKey: 'k', source: 'form' });
      assert.deepEqual([second.status, second.record.linksTo, second.record.source], ['created', first.record.receipt, 'form']);
      assert.deepEqual([...store.links.keys()], [first.record.receipt], 'only a record that is followed up has follow-ups');
      assert.deepEqual(store.followUps(second.record.receipt), []);
      const kept = structuredClone(store.records);
      await store.close();
      const again = await openStore(file);
      try {
        // deepEqual tells { linksTo: undefined } from no linksTo: memory must hold what the file does.
        assert.deepEqual(again.records, kept);
        assert.deepEqual(again.records, records(file));
      } finally {
        await again.close();
      }
    });
  });

  test('after close, append is refused and nothing is written', async () => {
    await withFile([stored('KF-000001')], async (file) => {
      const store = await openStore(file);
      await store.close();
      await assert.rejects(store.append(quickFeedback()), { message: 'FeedbackStore is not open' });
      assert.deepEqual(
        records(file).map((r) => r.receipt),
        ['KF-000001'],
      );
    });
  });

  test('close waits for the write under way: it is stored, not cut short', async () => {
    await withFile(undefined, async (file) => {
      const store = await openStore(file);
      const pending = store.append(quickFeedback({ answers: { comment: 'lige før lukning' } }));
      await store.close();
      assert.equal((await pending).status, 'created');
      assert.deepEqual(
        records(file).map((r) => r.feedback.answers.comment),
        ['lige før lukning'],
      );
    });
  });

  test('receipts not of the form KF-<digits> do not move the numbering on', async () => {
    await withFile([stored('KF-000003'), stored('old-KF-000090'), stored('KF-000091-b')], async (file) => {
      const store = await openStore(file);
      try {
        assert.equal((await store.append(quickFeedback())).record.receipt, 'KF-000004');
      } finally {
        await store.close();
      }
    });
  });
});

describe('the feedback store on disk', () => {
  /**
   * Replaces methods of the store's open file handle; `restore` puts the real one back.
   * @param {FeedbackStore} store
   * @param {(real: import('node:fs/promises').FileHandle) => Partial<Record<'write' | 'truncate', Function>>} over
   */
  function overHandle(store, over) {
    const real = /** @type {import('node:fs/promises').FileHandle} */ (store.fh);
    const replaced = over(real);
    store.fh = /** @type {any} */ ({
      write: replaced.write ?? real.write.bind(real),
      truncate: replaced.truncate ?? real.truncate.bind(real),
      sync: () => real.sync(),
      close: () => real.close(),
    });
    return { restore: () => (store.fh = real) };
  }

  test('in a file that holds lines, a line the disk takes a few bytes at a time is written after them, in order', async () => {
    await withFile([stored('KF-000001')], async (file) => {
      const store = await openStore(file);
      const { restore } = overHandle(store, (real) => ({
        write: (/** @type {Buffer} */ data, /** @type {number} */ offset, /** @type {number} */ length, /** @type {number} */ position) => real.write(data, offset, Math.min(length, 40), position),
      }));
      try {
        await store.append(quickFeedback({ answers: { comment: 'lidt ad gangen' } }));
      } finally {
        restore();
        await store.close();
      }
      assert.deepEqual(
        records(file).map((r) => r.receipt),
        ['KF-000001', 'KF-000002'],
      );
    });
  });

  // Both files: one the server finds (opened 'r+') and one it creates. A new file opened for
  // appending ('a+') ignored the write position, so the next record landed after the half line,
  // got its 201, and was skipped as "not valid JSON" after a restart (its receipt handed out again).
  for (const [which, lines] of /** @type {const} */ ([
    ['a file that already holds lines', [stored('KF-000001')]],
    ['a file the server creates', undefined],
  ])) {
    test(`a half-written line that could not be cut off is overwritten by the next write, so the file reads back whole (${which})`, async () => {
      await withFile(lines, async (file) => {
        const store = await openStore(file);
        const { restore } = overHandle(store, (real) => ({
          write: async (/** @type {Buffer} */ data, /** @type {number} */ offset, /** @type {number} */ length, /** @type {number} */ position) => {
            await real.write(data, offset, Math.ceil(length / 2), position);
            throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
          },
          truncate: async () => {
            throw Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' });
          },
        }));
        try {
          await assert.rejects(store.append(quickFeedback({ answers: { comment: 'halvt' } })), { code: 'EIO' });
        } finally {
          restore();
        }
        /** @type {any} */ let second;
        try {
          second = await store.append(quickFeedback({ answers: { comment: 'helt' } }));
        } finally {
          await store.close();
        }
        assert.deepEqual(
          records(file).map((r) => r.feedback.answers.comment),
          [...(lines ? [quickFeedback().answers.comment] : []), 'helt'],
        );
        // A restart reads the acknowledged record back, under the receipt the citizen was given.
        const again = await openStore(file);
        try {
          assert.equal(again.records.at(-1)?.receipt, second.record.receipt);
        } finally {
          await again.close();
        }
      });
    });
  }

  test('a data file that cannot be read stops the start: starting empty would hand out its receipt numbers again', async () => {
    await withFile([stored('KF-000001')], async (file) => {
      const restore = replaceFs('readFile', (real) => /** @type {any} */ (async (/** @type {any[]} */ ...a) => {
        if (a[0] === file) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
        return real(...a);
      }));
      try {
        await assert.rejects(openStore(file), { code: 'EIO' });
      } finally {
        restore();
      }
    });
  });

  test("a new data file's folder is fsynced, so the file's name survives a power cut; an existing file's folder is left alone", async () => {
    await withFile(undefined, async (file) => {
      const dir = path.dirname(file);
      /** @type {string[]} */
      const calls = [];
      const restore = replaceFs('open', (real) => /** @type {any} */ (async (/** @type {string} */ p, /** @type {any} */ flags, /** @type {any[]} */ ...rest) => {
        const fh = await real(p, flags, ...rest);
        if (p !== dir) return fh;
        calls.push(`open ${flags}`);
        const { sync, close } = fh;
        fh.sync = () => (calls.push('sync'), sync.call(fh));
        fh.close = () => (calls.push('close'), close.call(fh));
        return fh;
      }));
      try {
        await (await openStore(file)).close();
        assert.deepEqual(calls, ['open r', 'sync', 'close'], 'created: the folder is opened, fsynced and closed');
        calls.length = 0;
        await (await openStore(file)).close();
        assert.deepEqual(calls, [], 'the file was there: its name is already durable');
      } finally {
        restore();
      }
    });
  });

  test('an intact file is not written on start: its modification time stays (backups see no change)', async () => {
    await withFile([stored('KF-000001')], async (file) => {
      const then = new Date('2026-01-01T00:00:00Z');
      utimesSync(file, then, then);
      await (await openStore(file)).close();
      assert.equal(statSync(file).mtime.toISOString(), then.toISOString());
    });
  });

  test('a torn last line is written aside and flushed before the file is cut, so a crash in between loses nothing', async () => {
    await withFile(undefined, async (file) => {
      const whole = `${stored('KF-000001')}\n`;
      writeFileSync(file, `${whole}${stored('KF-000002').slice(0, 40)}`);
      /** @type {unknown[]} */
      const options = [];
      const restore = replaceFs('writeFile', (real) => /** @type {any} */ (async (/** @type {any} */ p, /** @type {any} */ data, /** @type {any} */ opts) => {
        options.push(opts);
        return real(p, data, opts);
      }));
      try {
        const store = await openStore(file);
        await store.close();
      } finally {
        restore();
      }
      assert.deepEqual(options, [{ flush: true, mode: 0o600 }], 'flushed, and readable by its own user only');
      assert.equal(readFileSync(file, 'utf8'), whole);
    });
  });
});
