import { lightCss } from './light-css.js';

/**
 * Turns an element's shadow-DOM stylesheet into the one it uses in the light DOM, where the
 * page's own CSS and ours meet. Each element keeps one source of styles (`:host` and all), so
 * `render-mode="shadow"` and the light DOM look the same.
 *
 * - `::slotted(x)` becomes `tag>x`: the author's children stay where they are, children of the element.
 * - `:host` becomes the tag (`:host([variant=card]) .klar-list` → `klar-principles[variant=card] .klar-list`);
 *   every other selector is prefixed with the tag, so nothing of ours reaches the page.
 * - A reset goes first (light-css.ts): inside our render container (`.klar-root`), the elements a
 *   CMS's rich-text stylesheet styles (`p`, `a`, `ul`, `h2`, `button`, …) get `all: revert`, i.e.
 *   the browser's own look, exactly what shadow DOM gave. It has the lowest specificity of our
 *   rules, so each element's own rules win over it, and ties with a page's `p {…}` rule, which it
 *   beats because adopted sheets come after the page's (https://drafts.csswg.org/cssom/#documentorshadowroot-adoptedstylesheets).
 *
 * Not `@scope`: Firefox before 146 (ESR 140 is still supported) drops a whole `@scope` block, so the
 * elements would lose every style there. Prefixed class names (`klar-…`) keep a page's `.notice`
 * or `.tag` from styling us, and ours from styling the page.
 *
 * The work is done once, at build time (issue 15): `encodeCss` writes each stylesheet with marks
 * where the two forms differ (see light-css.ts), and the browser only fills them in, for the
 * light DOM with the element's tag, for a shadow root with what the source said. The build
 * (rollup.config.js, prescopedStyles) writes every css`` so, and the browser carries none of
 * this file; the sources, as tests and Storybook run them, encode when an element is defined.
 * Pure string work (no DOM), so the build writes `dist/klar-elements.css` with it too.
 */

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
 * Marks one selector (the marks are light-css.ts's): our render container (`tag>.klar-root`)
 * stands where the shadow root stood, so a rule reaches our nodes only, never the author's
 * children beside the container (a `button` rule must not restyle the page's own buttons).
 */
function encodeSelector(sel: string): string {
  // `:host(…) ::slotted(x)`: the author's children stay children of the element itself.
  const slotted = /^(:host(?:\(.*\))?\s+)?::slotted\((.*)\)$/.exec(sel);
  if (slotted) return slotted[1] ? `${encodeSelector(slotted[1].trim())}\x07${slotted[2]}\x04` : `\x06${slotted[2]}\x04`;
  if (!sel.startsWith(':host')) return `\x01${sel}`;
  let rest = sel.slice(5);
  let self = '\x02';
  if (rest.startsWith('(')) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) break;
    }
    self += `\x03${rest.slice(1, i)}\x04`;
    rest = rest.slice(i + 1);
  }
  // `:host` alone styles the element itself; `:host(…) .x` and `:host > .x` style what it rendered.
  return /^\s*[>\s]/.test(rest) && rest.trim() ? `${self}\x05${rest.startsWith(' ') && rest.trim().startsWith('>') ? rest.trim() : rest}` : self + rest;
}

/**
 * A shadow-DOM stylesheet with the marks of light-css.ts at each selector: what the build writes
 * for every css``. Comments go; keyframe selectors and at-rule preludes stay as they are.
 */
export function encodeCss(css: string): string {
  const parts = css.replace(/\/\*[\s\S]*?\*\//g, '').split(/([{}])/);
  let out = '';
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
      else out += splitTop(pre).map(encodeSelector).join(',');
      continue;
    }
    out += p.trim();
  }
  return out;
}

/** The light-DOM stylesheet text for `tag`, from its shadow-DOM stylesheet text. */
export const scopeCss = (css: string, tag: string): string => lightCss(encodeCss(css), tag);
