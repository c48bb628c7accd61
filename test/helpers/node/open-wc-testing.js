// What the Node-run core tests take from '@open-wc/testing': chai's expect. The DOM helpers
// need a browser; a test that calls one is in the wrong list (.mocharc.json) and says so.
export { expect, assert } from 'chai';

function browserOnly(name) {
  return () => {
    throw new Error(`@open-wc/testing ${name}() needs a browser: run this file with web-test-runner, not in Node`);
  };
}
export const fixture = browserOnly('fixture');
export const fixtureSync = browserOnly('fixtureSync');
export const html = browserOnly('html');
export const oneEvent = browserOnly('oneEvent');
export const aTimeout = (ms = 0) => new Promise((r) => setTimeout(r, ms));
