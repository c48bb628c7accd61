// Runs in every browser test page (web-test-runner.config.js testRunnerHtml), before the tests.
// A failed assertion whose actual or expected value is a DOM node (`expect(el.querySelector('p')).to.equal(null)`)
// never reached the runner: web-test-runner sends the error's `actual` and `expected` with the
// file's result, the node cannot be sent, and the file waited for testsFinishTimeout (5 minutes)
// with no message. Here such a value becomes what a reader needs, the node's markup (shortened);
// the assertion's message is unchanged.
// The chai every test gets from @open-wc/testing (importing that whole module here, before the test
// framework, left the page 808 px wide in one layout test).
import chai from '@esm-bundle/chai';

// "ResizeObserver loop completed with undelivered notifications" is the browser saying it kept some
// size changes for the next frame (https://drafts.csswg.org/resize-observer/#deliver-resize-error):
// a report, not an exception in our code, and nothing a page's visitor sees. WebKit under load sent it
// while the feedback form kept a focused field in view, and the page's error failed a one-click test.
addEventListener(
  'error',
  (e) => {
    if (/^ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);

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
