// The one way tests reach what an element rendered, whichever mode it renders in: its shadow
// root (the feedback form, `render-mode="shadow"`) or its light-DOM container
// (`<div class="klar-root">`, the content elements' default). Browser and Node (e2e `page.evaluate`
// bodies cannot import; they use the same two-line rule inline).

/**
 * Returns the node `el` renders into: its shadow root, or its light-DOM render container, or
 * `el` itself before its first render.
 * @param {Element} el
 * @returns {ParentNode & Node}
 */
export function root(el) {
  return el.shadowRoot ?? el.querySelector(':scope > .klar-root') ?? el;
}

/**
 * The text an element rendered (its render root's textContent, whitespace collapsed).
 * @param {Element} el
 */
export function rootText(el) {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}
