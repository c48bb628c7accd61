import { html, nothing, type TemplateResult } from 'lit';

/**
 * The one heading helper. A real `h1`–`h6` (not `role="heading"`), because reader views,
 * read-aloud tools and outline extensions look for the elements, not the role. The level is
 * the page's choice (`heading-level`); one clamp rule for every element: a level outside 1–6
 * or not a number falls back to `fallback`, and sub-headings one deeper stop at 6.
 */
export function headingLevel(level: unknown, fallback = 2): number {
  const n = typeof level === 'number' ? level : Number(level);
  if (!Number.isFinite(n)) return fallback;
  const r = Math.round(n);
  return r < 1 || r > 6 ? fallback : r;
}

/**
 * Options for `heading()`: `part` and `cls` default to each other; `id` for aria-labelledby;
 * `focus` makes it a target for focus from script (`tabindex="-1"`, e.g. a thank-you heading
 * that focus moves to) and `describedby` names what a screen reader says after it.
 */
export interface HeadingOptions {
  part?: string;
  cls?: string;
  id?: string;
  focus?: boolean;
  describedby?: string;
}

/** Renders `content` as `h<level>` (clamped to 1–6). */
export function heading(level: number, content: unknown, opts: HeadingOptions = {}): TemplateResult {
  const l = Math.min(6, Math.max(1, Math.round(level) || 2));
  const part = opts.part ?? opts.cls ?? nothing;
  const cls = opts.cls ?? opts.part ?? nothing;
  const id = opts.id ?? nothing;
  const tab = opts.focus ? -1 : nothing;
  const desc = opts.describedby ?? nothing;
  switch (l) {
    case 1:
      return html`<h1 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${cls} id=${id} tabindex=${tab} aria-describedby=${desc}>${content}</h6>`;
  }
}
