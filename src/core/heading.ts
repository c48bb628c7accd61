import { html, nothing, type TemplateResult } from 'lit';
import { numberIn } from './number-in.js';

/**
 * The one heading helper. A real `h1`–`h6` (not `role="heading"`), because reader views,
 * read-aloud tools and outline extensions look for the elements, not the role. The level is
 * the page's choice (`heading-level`); one rule for every element: only the whole numbers 1–6
 * are levels, anything else (7, -1, 3.5, "x") falls back to `fallback`, and sub-headings one
 * deeper stop at 6.
 */
export function headingLevel(level: unknown, fallback = 2): number {
  const n = Number(level);
  return Number.isInteger(n) && n > 0 && n < 7 ? n : fallback;
}

/**
 * An element's `heading-level` by that rule, with one console warning for a value it does not take
 * (numberIn). `min` 0 where 0 is the element's "no heading" (the principles' and badge's cards).
 * The feedback form draws with `headingLevel` and warns with this from its on-demand part
 * (feedback-more.ts), so its first download does not carry the warning.
 */
export const levelOf = (el: Element & { readonly headingLevel: number }, min = 1): number => numberIn(el, 'heading-level', el.headingLevel, min, 6, 2);

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

/** Renders `content` as `h<level>`: a level from `headingLevel`, or one below it (7 is `h6`). */
export function heading(level: number, content: unknown, opts: HeadingOptions = {}): TemplateResult {
  const part = opts.part ?? opts.cls ?? nothing;
  const cls = opts.cls ?? opts.part ?? nothing;
  const id = opts.id ?? nothing;
  const tab = opts.focus ? -1 : nothing;
  const desc = opts.describedby ?? nothing;
  switch (level) {
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
