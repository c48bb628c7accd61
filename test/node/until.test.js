// test/helpers/until.js, the one wait-until helper of the browser and Node tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { until } from '../helpers/until.js';

test('resolves with the first accepted value', async () => {
  let n = 0;
  assert.equal(await until(() => ++n >= 3 && n, { interval: 1 }), 3);
  assert.equal(await until(() => `text ${++n}`, { ok: (t) => t.endsWith('6'), interval: 1 }), 'text 6');
});

test('fails after the timeout, naming what it waited for and the last value or error', async () => {
  await assert.rejects(until(() => 'not yet', { ok: () => false, timeout: 50, interval: 5, message: 'the receipt' }), /^Error: Timed out after 50 ms waiting for the receipt; last value: not yet$/);
  await assert.rejects(
    until(() => {
      throw new Error('no page');
    }, { timeout: 30, interval: 5 }),
    /waiting for a condition; last value: Error: no page/,
  );
});

test('keeps polling on the real clock while a test has installed fake timers', { timeout: 10_000 }, async () => {
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  try {
    const start = process.hrtime.bigint();
    let n = 0;
    assert.equal(await until(() => ++n === 5, { interval: 5 }), true);
    await assert.rejects(until(() => false, { timeout: 40, interval: 5 }), /Timed out after 40 ms/);
    assert.ok(process.hrtime.bigint() - start >= 40_000_000n, 'the timeout was measured in real time');
  } finally {
    clock.restore();
  }
});
