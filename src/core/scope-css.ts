/**
 * Turns an element's shadow-DOM stylesheet into the one it uses in the light DOM, where the
 * page's own CSS and ours meet. Each element keeps one source of styles (`:host` and all), so
 * `render-mode="shadow"` and the light DOM look the same.
 *
 * - `::slotted(x)` becomes `tag>x`: the author's children stay where they are, children of the element.
 * - `:host` becomes the tag (`:host([variant=card]) .klar-list` → `klar-principles[variant=card] .klar-list`);
 *   every other selector is prefixed with the tag, so nothing of ours reaches the page.
 * - A reset goes first: inside our render container (`.klar-root`), the elements a CMS's rich-text
 *   stylesheet styles (`p`, `a`, `ul`, `h2`, `button`, …) get `all: revert`, i.e. the browser's
 *   own look, exactly what shadow DOM gave. It has the lowest specificity of our rules, so each
 *   element's own rules win over it, and ties with a page's `p {…}` rule, which it beats because
 *   adopted sheets come after the page's (https://drafts.csswg.org/cssom/#documentorshadowroot-adoptedstylesheets).
 *
 * Not `@scope`: Firefox before 146 (ESR 140 is still supported) drops a whole `@scope` block, so the
 * elements would lose every style there. Prefixed class names (`klar-…`) keep a page's `.notice`
 * or `.tag` from styling us, and ours from styling the page.
 *
 * Pure string work (no DOM), so the build writes `dist/klar-elements.css` with the same function.
 */
const RESET_TAGS = 'p,ul,ol,li,dl,dt,dd,a,button,h1,h2,h3,h4,h5,h6,section,strong,em,small,span,time,div,svg';

/** Splits on commas that are not inside parentheses or brackets. */
function splitTop(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Rewrites one selector for the light DOM of `tag`. Our render container (`tag>.klar-root`)
 * stands where the shadow root stood, so a rule reaches our nodes only, never the author's
 * children beside the container (a `button` rule must not restyle the page's own buttons).
 */
function scopeSelector(sel: string, tag: string): string {
  const root = `${tag}>.klar-root`;
  // `:host(…) ::slotted(x)`: the author's children stay children of the element itself.
  const slotted = /^(:host(?:\(.*\))?)?\s*(?:slot\S*)?::slotted\((.*)\)$/.exec(sel);
  if (slotted) return `${slotted[1] ? scopeSelector(slotted[1], tag) : tag}>${slotted[2]}`;
  if (!sel.startsWith(':host')) return `${root} ${sel}`;
  let rest = sel.slice(5);
  let self = tag;
  if (rest.startsWith('(')) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) break;
    }
    self += rest.slice(1, i);
    rest = rest.slice(i + 1);
  }
  // `:host` alone styles the element itself; `:host(…) .x` and `:host > .x` style what it rendered.
  if (!/^\s*[>\s]/.test(rest) || !rest.trim()) return self + rest;
  rest = rest.trim();
  return `${self}>.klar-root${rest.startsWith('>') ? '' : ' '}${rest}`;
}

/** The light-DOM stylesheet text for `tag`, from its shadow-DOM stylesheet text. */
export function scopeCss(css: string, tag: string): string {
  const parts = css.replace(/\/\*[\s\S]*?\*\//g, '').split(/([{}])/);
  let out = `${tag}>.klar-root :where(${RESET_TAGS}):where(:not(.klar-root)){all:revert;box-sizing:border-box}${tag}>.klar-root{display:contents}`;
  let depth = 0;
  let keyframes = -1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '{') depth++;
    else if (p === '}') {
      depth--;
      if (depth < keyframes) keyframes = -1;
    } else if (parts[i + 1] === '{') {
      const pre = p.trim();
      if (pre.startsWith('@')) {
        if (/^@(-\w+-)?keyframes\b/.test(pre)) keyframes = depth + 1;
        out += pre;
      } else if (keyframes >= 0) out += pre;
      else out += splitTop(pre).map((s) => scopeSelector(s, tag)).join(',');
      continue;
    }
    out += p.trim();
  }
  return out;
}
