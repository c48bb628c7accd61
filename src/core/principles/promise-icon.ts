// lit/html.js, not lit: like icons.ts, data for klar-elements/core.
import { svg, type SVGTemplateResult } from 'lit/html.js';

/**
 * The icon of a principle without its own: a shield with a tick, "a promise". A module of its
 * own, imported only by `registerPrinciples()`: bundlers keep every svg`` of a module they
 * include (a tagged template may have side effects), so a page that registers no set (a badge
 * page) would otherwise carry it unused.
 */
export const PROMISE_ICON: SVGTemplateResult = svg`<path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6z"/><path d="m8.5 12 2.5 2.5 4.5-5"/>`;
