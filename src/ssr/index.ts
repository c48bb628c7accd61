/**
 * klar-elements/ssr — renders elements to HTML on Node with @lit-labs/ssr (declarative
 * shadow DOM), for portals that render case pages on the server. The HTML is complete and
 * readable with JavaScript off; in the browser the elements hydrate it when
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` is loaded before them.
 *
 *   import { renderToString } from 'klar-elements/ssr';
 *   const html = await renderToString('klar-case-status', { case: myCase, lang: 'da' });
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Case } from '../core/case-model.js';
// The single-element registrations, not '../index.js': SSR renders these five whatever the
// library entry registers, and does not pull in <klar-case> (it fetches; nothing to render).
import '../klar-case-status.js';
import '../klar-expectation-timeline.js';
import '../klar-principle-badge.js';
import '../klar-principles.js';
import '../klar-feedback-form.js';
import { addLanguagePack } from '../core/language-pack.js';
import { en } from '../translations/en/index.js';
import { principleMessagesEn } from '../translations/en/principles.js';

// The server renders in one pass and cannot wait for a language pack to load: English is here
// from the start (the browser build imports it only when a page reads English).
addLanguagePack('en', en);
addLanguagePack('en', principleMessagesEn, 'principles');

export interface RenderOptions {
  /**
   * The case to show: raw case JSON or a case from parseCase. The elements take it through
   * `toCase`, exactly as in the browser; data that cannot be shown renders a plain message.
   */
  case?: Case | Record<string, unknown>;
  /** The language: 'da' (default) or 'en'. */
  lang?: string;
  /** The time the page is rendered for (ISO string); defaults to now. */
  now?: string;
  /** Variant for elements that have one (case-status: 'full' | 'compact'; badge: 'tag' | 'card' | 'icon-only'; principles: 'card' | 'tag'). */
  variant?: string;
  /** The principle slug for klar-principle-badge, or a space-separated list for klar-principles. */
  principle?: string;
  /** Feedback form: mode and action. */
  mode?: string;
  action?: string;
  /** The element's id (give the feedback form one to point badges at it). */
  id?: string;
  /**
   * Badges and principle lists: the id of the feedback form on the page. The server cannot see
   * the page, so this is how it knows to render "Lever vi op til det?" — and the hydrated page
   * then does not shift when the browser finds the form.
   */
  feedbackFor?: string;
}

export type RenderableTag =
  | 'klar-case-status'
  | 'klar-expectation-timeline'
  | 'klar-principle-badge'
  | 'klar-principles'
  | 'klar-feedback-form';

/** One template per element: the tag names stay in the static template strings. */
function template(tag: RenderableTag, o: RenderOptions): TemplateResult {
  const lang = o.lang ?? 'da';
  const c = o.case;
  const now = o.now ?? new Date().toISOString();
  switch (tag) {
    case 'klar-case-status':
      return html`<klar-case-status lang=${lang} variant=${o.variant ?? 'full'} now=${now} .case=${c}></klar-case-status>`;
    case 'klar-expectation-timeline':
      return html`<klar-expectation-timeline lang=${lang} now=${now} .case=${c}></klar-expectation-timeline>`;
    case 'klar-principle-badge':
      return html`<klar-principle-badge lang=${lang} variant=${o.variant ?? 'tag'} principle=${o.principle ?? ''} feedback-for=${ifDefined(o.feedbackFor)}></klar-principle-badge>`;
    case 'klar-principles':
      return html`<klar-principles lang=${lang} variant=${o.variant ?? 'card'} principles=${o.principle ?? ''} feedback-for=${ifDefined(o.feedbackFor)}></klar-principles>`;
    case 'klar-feedback-form':
      return html`<klar-feedback-form id=${ifDefined(o.id)} lang=${lang} mode=${o.mode ?? 'quick'} action=${o.action ?? ''}></klar-feedback-form>`;
  }
}

/** Renders one element with its data to an HTML string with declarative shadow DOM. */
export async function renderToString(tag: RenderableTag, options: RenderOptions = {}): Promise<string> {
  return collectResult(render(template(tag, options)));
}

/**
 * Resolves the CSP hash sources (`'sha256-…'`) of every distinct `<style>` element in `html`.
 * Declarative shadow DOM carries each element's styles as `<style>` elements, which a strict
 * `style-src` blocks: add these to it (they change only when klar-elements changes).
 *
 *   const csp = `style-src 'self' ${(await cspStyleHashes(page)).join(' ')}`;
 */
export async function cspStyleHashes(html: string): Promise<string[]> {
  const styles = new Set<string>();
  for (const m of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(m[1]);
  const out: string[] = [];
  for (const css of styles) {
    // Web Crypto (global in Node 20+), so the module needs no Node typings.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    out.push(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
  }
  return out;
}
