// Runs in every browser test page (web-test-runner.config.js testRunnerHtml), before the tests.
// A failed assertion whose actual or expected value is a DOM node (`expect(el.querySelector('p')).to.equal(null)`)
// never reached the runner: web-test-runner sends the error's `actual` and `expected` with the
// file's result, the node cannot be sent, and the file waited for testsFinishTimeout (5 minutes)
// with no message. Here such a value becomes what a reader needs, the node's markup (shortened);
// the assertion's message is unchanged.
// The chai every test gets from @open-wc/testing (importing that whole module here, before the test
// framework, left the page 808 px wide in one layout test).
import chai from '@esm-bundle/chai';

const MAX = 500;

/** @param {unknown} value */
function readable(value) {
  if (typeof Node === 'undefined' || !(value instanceof Node)) return value;
  const text = value instanceof Element ? value.outerHTML : `${value.nodeName}: ${value.textContent ?? ''}`;
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}

chai.use((c) => {
  const assert = c.Assertion.prototype.assert;
  c.Assertion.prototype.assert = function (/** @type {unknown[]} */ ...args) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      const e = /** @type {{ actual?: unknown, expected?: unknown }} */ (error);
      if (e && typeof e === 'object') {
        e.actual = readable(e.actual);
        e.expected = readable(e.expected);
      }
      throw error;
    }
  };
});
