// Writes dist/klar-elements.css: the light-DOM styles of every element (the feedback form's
// too), for pages that render the elements on the server (klar-elements/ssr) or want the styles
// before the script runs. A <link rel="stylesheet"> needs only `style-src 'self'`: no hash per version.
// And dist/klar-feedback-form.css: the feedback form's shadow-root styles as they are, for a
// form kept in shadow DOM (`render-mode="shadow"`) whose page wants them as a file.
// The same rewrite the build writes into every stylesheet for the browser (src/core/scope-css.ts,
// rollup.config.js prescopedStyles), from the same sources, so the two never differ. Needs the rollup output in dist/.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist', p);

const { scopeCss } = await import(dist('core/scope-css.js'));
// What a style module exports is its build form (src/core/light-css.ts); an element's elementStyles are shadow-root text already.
const { shadowCss } = await import(dist('core/light-css.js'));
const text = (styles) => styles.map((s) => shadowCss(s.cssText));
const { KlarLightElement } = await import(dist('core/light-element.js'));
await import(dist('index.js'));

/** Styles an element adds when an on-demand module arrives (the badge's panel and card, a case's decision): a server render shows them at once. */
const later = {
  'klar-principle-badge': [(await import(dist('principle-badge/principle-badge-panel.js'))).panelStyles],
  // The decision's look (core/case-decision.ts), which the status and the timeline add when a case has one.
  'klar-case-status': [(await import(dist('core/case-decision.styles.js'))).decisionStyles],
  'klar-expectation-timeline': [(await import(dist('core/case-decision.styles.js'))).decisionStyles],
  // What the form shows after the first input (feedback-more.ts): the server renders every state.
  'klar-feedback-form': (await import(dist('feedback-form/feedback-more.styles.js'))).moreStyles,
};

/**
 * Rules for a page without JavaScript. An empty <klar-feedback-form> never arrives there: its card
 * (border, padding) drew an empty box that looked like a text field above the page's own
 * no-JavaScript form. A server-rendered form (its .klar-root) keeps the card; so does one that will upgrade.
 */
const noScript = { 'klar-feedback-form': '@media (scripting:none){klar-feedback-form:not(:defined):not(:has(>.klar-root)){border:0;padding:0}}' };

/** The light-DOM stylesheet of every registered element that renders into the light DOM. */
export function lightCss() {
  const tags = ['klar-case', 'klar-case-list', 'klar-case-status', 'klar-expectation-timeline', 'klar-step', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form'];
  let out = '';
  for (const tag of tags) {
    const ctor = customElements.get(tag);
    if (!ctor || !(ctor.prototype instanceof KlarLightElement)) continue;
    ctor.finalize();
    out += `/* <${tag}> */\n${scopeCss(text([...ctor.elementStyles, ...(later[tag] ?? [])]).join(''), tag)}${noScript[tag] ?? ''}\n`;
  }
  return out;
}

const css = `/* klar-elements: the light-DOM styles of the elements. Link it once per page. */\n${lightCss()}`;
writeFileSync(dist('klar-elements.css'), css);

const form = customElements.get('klar-feedback-form');
form.finalize();
// With the styles of what the form shows after the first input (feedback-more.ts), which it adds when that arrives: a server render shows every state.
const formStyles = [...form.elementStyles, ...(await import(dist('feedback-form/feedback-more.styles.js'))).moreStyles];
writeFileSync(dist('klar-feedback-form.css'), `/* klar-elements: <klar-feedback-form>'s shadow-root styles (render-mode="shadow"). */\n${text(formStyles).join('\n')}\n`);
