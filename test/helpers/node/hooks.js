// mocha root hooks for the Node runs: the same test-server routes the browser tests use
// (test/helpers/routes/*.js), served for real on a loopback port, and fetch resolving
// relative URLs ('/api/echo') against it, as a page on the test server would; and the core
// modules' caches emptied before each test.
import http from 'node:http';
import Koa from 'koa';
import { testServerMiddleware } from '../test-server.js';
import { clearCaches } from '../../../src/core/caches.js';

let server;

/** Behaviour only a browser has: such a test is skipped in the Node runs, with the reason. */
const BROWSER_ONLY = [[/redirect manual/, "Node's fetch has no opaque redirects (redirect: 'manual')"]];
const realFetch = globalThis.fetch;

export const mochaHooks = {
  async beforeAll() {
    if (server) return;
    const app = new Koa();
    app.use(await testServerMiddleware());
    server = http.createServer(app.callback());
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}/`;
    globalThis.fetch = (input, init) => realFetch(typeof input === 'string' ? new URL(input, base) : input, init);
  },
  beforeEach() {
    // Every test starts with cold caches (formatters, a date's parts…), as a page's first render
    // does: under Stryker all tests share one process, and a value cached earlier (by another
    // test, or while another mutant was active) would hide a defect from this one.
    clearCaches();
    const hit = BROWSER_ONLY.find(([re]) => re.test(this.currentTest?.title ?? ''));
    if (hit) {
      console.log(`      skipped in Node: ${hit[1]}`);
      this.skip();
    }
  },
  async afterAll() {
    globalThis.fetch = realFetch;
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  },
};
