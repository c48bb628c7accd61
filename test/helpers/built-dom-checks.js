// Checks on elements rendered from the built files (dist/, cdn/klar.js), where the template
// minifier has run: things the source-based browser tests cannot see.
//  - glued words: two inline pieces of text side by side with no space, where the second starts
//    with a letter or digit after a word or sentence end ("ansøgning.senest");
//  - broken icons: an SVG shape (circle, path, rect …) that has element children, which happens
//    when a self-closing "/>" is lost and the next shape nests inside it and is not drawn.
// Runs in the page (page.evaluate(inspectBuiltDom)); returns what it found.
export function inspectBuiltDom() {
  const SHAPES = new Set(['circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect']);
  const glued = [];
  const brokenIcons = [];
  const isInline = (n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && getComputedStyle(n).display.startsWith('inline') && !['svg', 'BR', 'STYLE', 'SCRIPT'].includes(n.tagName));
  const visibleText = (n) => (n.nodeType === Node.ELEMENT_NODE && getComputedStyle(n).display === 'none' ? '' : (n.textContent ?? ''));
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.namespaceURI === 'http://www.w3.org/2000/svg' && SHAPES.has(el.localName) && el.children.length) brokenIcons.push(el.outerHTML.slice(0, 120));
    }
    const parents = [root, ...root.querySelectorAll('*')];
    for (const p of parents) {
      const kids = [...p.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE && (n.nodeType !== Node.TEXT_NODE || n.textContent !== ''));
      for (let i = 1; i < kids.length; i++) {
        const a = kids[i - 1];
        const b = kids[i];
        if (!isInline(a) || !isInline(b)) continue;
        const ta = visibleText(a);
        const tb = visibleText(b);
        if (!ta || !tb) continue;
        if (/[\p{L}\p{N}.,;:!?)]$/u.test(ta) && /^[\p{L}\p{N}]/u.test(tb)) glued.push(`${ta.slice(-25)}|${tb.slice(0, 25)}`);
      }
    }
  };
  walk(document);
  return { glued, brokenIcons };
}
