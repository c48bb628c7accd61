import { encodeCss } from './scope-css.js';

/**
 * An element's stylesheet as the build writes it (scope-css.ts, `encodeCss`): the shadow-DOM
 * text with a mark (a control character, never in CSS) where its light-DOM form differs. Both
 * forms are one replace away, so no page runs a CSS scoper (issue 15):
 *
 * | mark | light DOM (tag `t`)  | shadow root    | stands for                          |
 * |------|----------------------|----------------|-------------------------------------|
 * | \x01 | `t>.klar-root `      | (nothing)      | a selector of what the element drew |
 * | \x02 | `t`                  | `:host`        | the element itself                  |
 * | \x03 | (nothing)            | `(`            | `:host(` … `)` around a condition   |
 * | \x04 | (nothing)            | `)`            | … and the end of `::slotted(…)`     |
 * | \x05 | `>.klar-root`        | (nothing)      | `:host(…) .x`: what the element drew |
 * | \x06 | `t>`                 | `::slotted(`   | the author's children               |
 * | \x07 | `>`                  | ` ::slotted(`  | … of an element in a state          |
 *
 * In a build this module's `encodeCss` does nothing (rollup.config.js, prescopedStyles: the
 * text is encoded already); run from the sources (tests, Storybook), it encodes here.
 */
export const encoded = (css: string): string => encodeCss(css);

const fill = (css: string, by: string[]): string => css.replace(/[\x01-\x07]/g, (m) => by[m.charCodeAt(0) - 1]);

/** A shadow root's stylesheet, from an encoded one. */
export const shadowCss = (css: string): string => fill(css, ['', ':host', '(', ')', '', '::slotted(', ' ::slotted(']);

/**
 * The light-DOM stylesheet of `tag`, from an encoded one. A reset goes first: inside our render
 * container, the elements a CMS's rich-text stylesheet styles get the browser's own look (scope-css.ts).
 */
export function lightCss(css: string, tag: string): string {
  const root = `${tag}>.klar-root`;
  return `${root} :where(p,ul,ol,li,dl,dt,dd,a,details,summary,button,h1,h2,h3,h4,h5,h6,section,strong,em,small,span,time,div,svg):where(:not(.klar-root)){all:revert;box-sizing:border-box}${root}{display:contents}${fill(css, [`${root} `, tag, '', '', '>.klar-root', `${tag}>`, '>'])}`;
}
