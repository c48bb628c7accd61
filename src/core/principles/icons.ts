// lit/html.js, not lit: the icons are data for klar-elements/core, which must not pull in LitElement.
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { PrincipleSlug } from './builtin.js';

/**
 * The nine principle icons, drawn for klar-elements on a 24×24 grid with a 2px round
 * stroke in currentColor, like src/core/icons.ts. They are decorative: the principle's
 * name is always said in words (visibly, or as the accessible name of `icon-only`).
 */
export const PRINCIPLE_ICONS: Record<PrincipleSlug, SVGTemplateResult> = {
  // Two people side by side, heads on the same line: meeting at eye level.
  oejenhoejde: svg`<circle cx="7" cy="8" r="3"/><circle cx="17" cy="8" r="3"/><path d="M2 20a5 5 0 0 1 10 0M12 20a5 5 0 0 1 10 0"/><path d="M10.5 8h3" stroke-dasharray="1 2"/>`,
  // A speech bubble with two short lines of text.
  'klar-tale': svg`<path d="M4 4.5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1v-10a1 1 0 0 1 1-1z"/><path d="M7.5 9h9M7.5 12.5h5.5"/>`,
  // A signpost: you can see where you are going.
  'tydelige-forventninger': svg`<path d="M12 3v18M9 21h6"/><path d="M12 5h6.5l2.5 2.5-2.5 2.5H12M12 12H5.5L3 14.5 5.5 17H12"/>`,
  // A balance: power held with care.
  ydmyghed: svg`<path d="M12 4v16M8 20h8M5 7h14"/><path d="m5 7-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z"/>`,
  // A plaster across a crack: the mistake is taken care of.
  'haand-om-fejl': svg`<path d="M4.6 14.6 14.6 4.6a3.4 3.4 0 0 1 4.8 4.8L9.4 19.4a3.4 3.4 0 0 1-4.8-4.8z"/><path d="M9.2 12 12 9.2l2.8 2.8-2.8 2.8z"/>`,
  // A mortarboard: skill and training.
  professionalisme: svg`<path d="M2.5 9 12 4.5 21.5 9 12 13.5z"/><path d="M6.5 11.2v4.3c0 1.6 2.5 3 5.5 3s5.5-1.4 5.5-3v-4.3M21.5 9v5"/>`,
  // Three points joined up: one connected service.
  sammenhaeng: svg`<circle cx="5" cy="12" r="2.5"/><circle cx="19" cy="5.5" r="2.5"/><circle cx="19" cy="18.5" r="2.5"/><path d="m7.3 10.9 9.4-4.3M7.3 13.1l9.4 4.3M19 8v8"/>`,
  // A sprout: growing and getting better.
  udvikling: svg`<path d="M12 21v-9"/><path d="M12 12c0-4.4 3-7.5 8.5-7.5 0 4.4-3 7.5-8.5 7.5zM12 14.5C12 11 9.6 8.5 4.5 8.5c0 3.5 2.4 6 7.5 6z"/>`,
  // A stack of coins: public money used with care.
  'ressourcer-med-omtanke': svg`<ellipse cx="12" cy="6" rx="7" ry="2.5"/><path d="M5 6v4c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6M5 10v4c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-4M5 14v4c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5v-4"/>`,
};
