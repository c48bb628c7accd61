/**
 * The words in `scope` that a browser broke across lines although each is at most `maxWidth`
 * px wide, as `piece|piece (width px)`: "gør|e (73 px)" where a column had room for "gøre" on a
 * line of its own. A break at a space, a hyphen, a dash or a slash is no break of a word; a
 * hyphenated break (CSS `hyphens`) is one too, and shows where the engine broke the word.
 */
export function brokenWords(scope: Element, maxWidth: number): string[] {
  const out: string[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // A word not shown (a closed disclosure's content) is broken nowhere.
    if (node.parentElement?.closest('details:not([open]) > :not(summary)')) continue;
    for (const m of node.data.matchAll(/[^\s\-–/]+/g)) {
      let pieces = '';
      let width = 0;
      let top: number | undefined;
      for (let i = m.index!; i < m.index! + m[0].length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (top !== undefined && Math.abs(r.top - top) > r.height / 2) pieces += '|';
        pieces += node.data[i];
        width += r.width;
        top = r.top;
      }
      if (pieces.includes('|') && width <= maxWidth) out.push(`${pieces} (${Math.round(width)} px)`);
    }
  }
  return out;
}
