// The one wait-until helper of the tests, in the browser and in Node:
//
//   await until(() => el.shadowRoot?.querySelector('[role=alert]'), { message: 'the error' });
//   const text = await until(() => deepText(page, 'main'), { ok: (t) => t.includes('Afgjort'), message: 'the decision', timeout: 20_000 });
//
// Calls `read` until it gives a truthy value (or one `ok` accepts) and resolves with that value;
// after `timeout` ms it rejects with "Timed out waiting for <message>" and the last value or
// error. It polls on the real clock, captured when this module loads, so it works while a test
// has installed fake timers (sinon) and its deadline is not stretched by a fake clock.
// Defaults hold on a loaded 2-core machine: in the browser 5 s (inside mocha's 10 s per test),
// in Node 15 s (end-to-end through a real browser and server).
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realNow = globalThis.performance.now.bind(globalThis.performance);
const inBrowser = typeof window !== 'undefined';

/**
 * @template T
 * @param {() => T | Promise<T>} read
 * @param {{ ok?: (value: T) => boolean, timeout?: number, interval?: number, message?: string }} [options]
 * @returns {Promise<T>}
 */
export async function until(read, { ok = (v) => Boolean(v), timeout = inBrowser ? 5_000 : 15_000, interval = inBrowser ? 10 : 100, message = 'a condition' } = {}) {
  const start = realNow();
  let last;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      last = error;
    }
    if (realNow() - start > timeout) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}; last value: ${String(last).slice(0, 2000)}`);
    }
    await new Promise((resolve) => realSetTimeout(resolve, interval));
  }
}
