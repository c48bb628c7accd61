import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * How every icon of src/core/icons.ts is drawn, and the icons of notices, in a module of their
 * own: the feedback form draws only these, and a bundler cannot leave the rest of the icon set
 * out of a page once the set's object is imported (a tagged template counts as a side effect;
 * see also ./chevron.ts).
 */
export const INFO: SVGTemplateResult = svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.3"/>`;
export const WARNING: SVGTemplateResult = svg`<path d="M12 3 2.5 20h19z"/><path d="M12 10v4.5M12 17.2v.3"/>`;
export const ERROR: SVGTemplateResult = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.2v.3"/>`;
export const CLOCK: SVGTemplateResult = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`;
export const REFRESH: SVGTemplateResult = svg`<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4v4.5H15"/>`;

/** Renders the decorative icon `shape`, 1.25em square so it scales with the text beside it. */
export function drawIcon(shape: SVGTemplateResult, part = 'icon'): TemplateResult {
  return html`<svg part=${part} class="klar-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;
}
