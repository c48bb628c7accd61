// What page translation (Chrome's and Firefox's) does to the text it translates: each text node
// becomes <font><font>…</font></font> with the new words. Self-contained (no imports, no
// closures), so the end-to-end tests can send it into a page with evaluate().

/**
 * Wraps every non-blank text node inside `target` (an element, or every element the selector
 * matches) as page translation does, the words marked "[EN] ", and returns how many it wrapped.
 * @param {Element | string} target
 * @returns {number}
 */
export function translate(target) {
  let n = 0;
  for (const el of typeof target === 'string' ? document.querySelectorAll(target) : [target]) {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    /** @type {Text[]} */ const texts = [];
    while (w.nextNode()) if (w.currentNode.nodeValue?.trim()) texts.push(/** @type {Text} */ (w.currentNode));
    for (const t of texts) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = `[EN] ${t.nodeValue}`;
      outer.append(inner);
      t.replaceWith(outer);
      n++;
    }
  }
  return n;
}
