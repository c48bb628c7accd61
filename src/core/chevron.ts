import { svg, type SVGTemplateResult } from 'lit';

/**
 * The chevron of src/core/icons.ts (disclosures, "more" links), in a module of its own: the
 * principle badge draws only this icon, and a bundler cannot leave the rest of the icon set out
 * of a page once the set's object is imported (a tagged template counts as a side effect).
 */
export const CHEVRON: SVGTemplateResult = svg`<path d="m9 6 6 6-6 6"/>`;
