// What the end-to-end tests share: reading text through shadow roots and starting the
// machine's Chromium (never a downloaded one). Waiting for a condition: ./until.js.
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './chrome.js';

/** Starts the machine's Chromium, headless, with the project's quiet flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
}

/**
 * The visible text of an element (the page body by default) including open shadow roots,
 * recursively, without style, script and template contents; whitespace collapsed. Works with
 * JavaScript off too (it runs in Playwright's own world).
 * @param {import('playwright-core').Page} page
 * @param {string} [selector]
 */
export function deepText(page, selector = 'body') {
  return page.$eval(selector, (root) => {
    /** @param {Node} n @returns {string} */
    const walk = (n) => {
      let s = '';
      const el = /** @type {Element} */ (n);
      if (el.shadowRoot) s += walk(el.shadowRoot);
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) s += c.textContent;
        else if (c.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(/** @type {Element} */ (c).tagName)) s += ` ${walk(c)}`;
      }
      return s;
    };
    return walk(root).replace(/\s+/g, ' ').trim();
  });
}
