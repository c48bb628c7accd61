// The feedback server tests import describe/test/before/after from here instead of
// 'node:test'. Under `node --test` these are node:test's own. Under mocha (the server
// mutation run, stryker.server.config.mjs, which sets mocha's globals before loading the
// files) they map onto mocha, so Stryker runs the tests in one process: a run per mutant
// costs the covering tests, not a new Node process and a server start.
// Only what those files use: describe, test/it and the hooks, with an optional options object.
import * as nodeTest from 'node:test';

const g = /** @type {Record<string, Function>} */ (/** @type {unknown} */ (globalThis));
const onMocha = typeof g.describe === 'function' && typeof g.it === 'function' && typeof g.before === 'function';
/** @param {unknown} opts @param {Function} [fn] */
const pick = (opts, fn) => /** @type {Function} */ (typeof opts === 'function' ? opts : fn);
// mocha reads a function's parameter count as "takes done": hand it a zero-parameter wrapper.
/** @param {Function} fn */
const wrap = (fn) =>
  /** @this {unknown} */
  function () {
    return fn.call(this);
  };

/** @type {typeof nodeTest.describe} */
export const describe = /** @type {any} */ (onMocha ? (name, opts, fn) => g.describe(name, pick(opts, fn)) : nodeTest.describe);
/** @type {typeof nodeTest.test} */
export const test = /** @type {any} */ (onMocha ? (name, opts, fn) => g.it(name, wrap(pick(opts, fn))) : nodeTest.test);
/** @type {typeof nodeTest.before} */
export const before = /** @type {any} */ (onMocha ? (fn) => g.before(wrap(fn)) : nodeTest.before);
/** @type {typeof nodeTest.after} */
export const after = /** @type {any} */ (onMocha ? (fn) => g.after(wrap(fn)) : nodeTest.after);
