import { svg, type TemplateResult } from 'lit';
import { CHEVRON } from './chevron.js';
import { CLOCK, ERROR, INFO, REFRESH, WARNING, drawIcon } from './notice-icons.js';

/**
 * Inline icons drawn for klar-elements: 24×24, stroked with currentColor, no requests.
 * Icons are decorative (aria-hidden); the state is always said in words next to them.
 */
const paths = {
  done: svg`<circle cx="12" cy="12" r="9"/><path d="m7.5 12.5 3 3 6-6.5"/>`,
  current: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="4" fill="currentColor"/>`,
  upcoming: svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3"/>`,
  skipped: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
  blocked: svg`<circle cx="12" cy="12" r="9"/><path d="m6 18 12-12"/>`,
  pause: svg`<circle cx="12" cy="12" r="9"/><path d="M10 8.5v7M14 8.5v7"/>`,
  warning: WARNING,
  clock: CLOCK,
  info: INFO,
  action: svg`<path d="M5 12.5 10 17l9-10"/><path d="M4 4h9M4 8h5"/>`,
  calendar: svg`<rect x="3.5" y="5" width="17" height="15" rx="1.5"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  link: svg`<path d="M14 4h6v6M20 4l-9 9"/><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
  copy: svg`<rect x="8.5" y="8.5" width="12" height="12" rx="1.5"/><path d="M15.5 5.5V4.5a1 1 0 0 0-1-1h-10a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h1"/>`,
  decision: svg`<path d="M7 3.5h7l4 4v13H7z"/><path d="M14 3.5v4h4M10 13l2 2 3.5-4"/>`,
  handoff: svg`<path d="M4 8h13l-3.5-3.5M20 16H7l3.5 3.5"/>`,
  person: svg`<circle cx="12" cy="8" r="4"/><path d="M4.5 20.5a7.5 7.5 0 0 1 15 0"/>`,
  refresh: REFRESH,
  error: ERROR,
  chevron: CHEVRON,
};

export type IconName = keyof typeof paths;

/** Renders a decorative icon, 1.25em square so it scales with the text beside it. */
export function icon(name: IconName, part = 'icon'): TemplateResult {
  return drawIcon(paths[name], part);
}
