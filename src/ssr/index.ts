/**
 * klar-elements/ssr — renders elements to HTML on Node with @lit-labs/ssr, for portals that
 * render case pages on the server. The HTML is complete and readable with JavaScript off, and by
 * every tool that reads the page (read-aloud, translation, reader views, crawlers).
 *
 * Every element (status, timeline, badges, principle lists and the feedback form) comes out as
 * light DOM, as it renders in the browser: `<klar-case-status …><div class="klar-root" data-klar-ssr>…</div>`.
 * Their styles are the one shipped file `klar-elements.css` (link it once per page), so a strict
 * `style-src 'self'` needs no hash. In the browser an element keeps the server's container on
 * screen until it has its case (property or `<klar-case>`), then renders its own and removes the
 * server's in the same task: nothing moves. Lit cannot hydrate light DOM, and needs no
 * hydration support script for these.
 *
 * `<klar-feedback-form>` too: its server render is a plain form that posts without JavaScript
 * (method, action, named fields). It needs no hydration support script: in the browser the form
 * keeps the server's render on screen until its on-demand part (feedback-more.ts) is here, then
 * takes it over in one task, keeping what the citizen typed or chose there and the field that had
 * focus (a quick form with nothing focused has nothing to take over: it draws at once and fetches
 * that part on the first sign of use, as a form the browser drew alone). (Lit cannot hydrate light DOM; re-rendering with the values carried over does the same
 * for a form, and its text is then on the page for read-aloud and translation tools.)
 *
 *   import { renderToString } from 'klar-elements/ssr';
 *   const html = await renderToString('klar-case-status', { case: myCase, lang: 'da' });
 */
import { render, LitElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue, type RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Case } from '../core/case-model.js';
import { toCase } from '../core/parse-case.js';
import { FULL_STATUS_FACTS, type CaseContextValue, type CaseFact } from '../core/context.js';
import { KlarLightElement, SSR_ATTR } from '../core/light-element.js';
// The single-element registrations, not '../index.js': SSR renders these five whatever the
// library entry registers, and does not pull in <klar-case> (it fetches; nothing to render).
import '../klar-case-status.js';
import '../klar-expectation-timeline.js';
import '../klar-principle-badge.js';
import '../klar-principles.js';
import '../klar-feedback-form.js';
import { addLanguagePack } from '../core/language-pack.js';
import * as pii from '../core/pii.js';
import { providePii } from '../core/pii-lazy.js';
import * as registry from '../core/principles/registry.js';
import { principleRegistry } from '../feedback-form/feedback-principles.js';
import * as feedbackModeCode from '../feedback-form/feedback-modes.js';
import { feedbackModes } from '../feedback-form/feedback-modes-lazy.js';
import * as feedbackMoreCode from '../feedback-form/feedback-more.js';
import { feedbackMore } from '../feedback-form/feedback-more-lazy.js';
import { badgePanel } from '../principle-badge/principle-badge.js';
import * as badgePanelModule from '../principle-badge/principle-badge-panel.js';
import { ics } from '../core/calendar.js';
import * as icsWriter from '../core/ics.js';
import { decisionPart, delayPart, handoffPart, waitingPart } from '../core/case-view.js';
import * as decisionCode from '../core/case-decision.js';
import * as delayCode from '../core/case-delay.js';
import * as handoffCode from '../core/case-handoff.js';
import * as waitingCode from '../core/case-waiting.js';
import { en } from '../translations/en/index.js';
import { feedbackModeMessages } from '../translations/feedback-form-modes.js';
import { feedbackModeMessagesEn } from '../translations/en/feedback-form-modes.js';
import { feedbackMoreMessages } from '../translations/feedback-form-more.js';
import { feedbackMoreMessagesEn } from '../translations/en/feedback-form-more.js';
import { principleMessagesEn } from '../translations/en/principles.js';
import { principleExplanationsDa } from '../translations/principle-explanations.js';
import { principleExplanationsEn } from '../translations/en/principle-explanations.js';

// The server renders in one pass and cannot wait for a language pack to load: English is here
// from the start (the browser build imports it only when a page reads English).
addLanguagePack('en', en);
addLanguagePack('en', principleMessagesEn, 'principles');
// The principles' explanations too (the browser fetches them when a badge shows one): the server renders every badge whole.
addLanguagePack('da', principleExplanationsDa, 'explanations');
addLanguagePack('en', principleExplanationsEn, 'explanations');
// Likewise what the feedback form imports when it first needs it in the browser: the CPR detector
// (it takes CPR-like numbers out of the case reference it renders), the principle registry
// (the "which promise?" question of the no-JavaScript form lists the principles), the full
// and report modes' questions and texts (every mode renders whole, in one pass), what the form
// shows after the first input (its send button, notices and their styles), and the
// badge's panel and card (the browser imports them when a badge shows them). And the .ics writer:
// a calendar link on a page read without JavaScript carries its file (a link to '#' with
// `download` would save the page itself as 'frist-….ics').
providePii(pii);
principleRegistry.provide(registry);
feedbackModes.provide(feedbackModeCode);
feedbackMore.provide(feedbackMoreCode);
addLanguagePack('da', feedbackMoreMessages.da, 'feedback-more');
addLanguagePack('en', feedbackMoreMessagesEn, 'feedback-more');
addLanguagePack('da', feedbackModeMessages.da, 'feedback-modes');
addLanguagePack('en', feedbackModeMessagesEn, 'feedback-modes');
badgePanel.provide(badgePanelModule);
ics.provide(icsWriter);
// And the branches of a case few cases have, with their Danish texts (core/case-view.ts casePart):
// a decided case renders its decision in the first HTML.
decisionPart.provide(decisionCode);
delayPart.provide(delayCode);
waitingPart.provide(waitingCode);
handoffPart.provide(handoffCode);

export interface RenderOptions {
  /**
   * The case to show: raw case JSON or a case from parseCase. The elements take it through
   * `toCase`, exactly as in the browser; data that cannot be shown renders a plain message.
   */
  case?: Case | Record<string, unknown>;
  /** The language: 'da' (default) or 'en'. */
  lang?: string;
  /**
   * The moment the page is rendered for (ISO string); defaults to the clock. Given, it is written
   * as the element's `now` attribute and the element keeps it in the browser too (tests, archived
   * pages); left out, the browser's render uses the browser's clock.
   */
  now?: string;
  /** Variant for elements that have one (case-status: 'full' | 'compact'; badge: 'tag' | 'card' | 'icon-only'; principles: 'card' | 'tag'). */
  variant?: string;
  /** The principle slug for klar-principle-badge, or a space-separated list for klar-principles. */
  principle?: string;
  /** Feedback form: mode and action. */
  mode?: string;
  action?: string;
  /** Feedback form: the working days within which an answer asked for comes (`answer-days`; the element's default when left out). */
  answerDays?: number;
  /** The element's id (give the feedback form one to point badges at it). */
  id?: string;
  /**
   * Badges and principle lists: the id of the feedback form on the page. The server cannot see
   * the page, so this is how it knows to render "Lever vi op til det?" — and the browser's render
   * then does not shift when the browser finds the form.
   */
  feedbackFor?: string;
  /**
   * Timeline: the page shows a `<klar-case-status>` for the same case in the same `<klar-case>`.
   * The status then says the citizen's task, the decision and the appeal, and the timeline leaves
   * them out, as it will in the browser (each fact once; the client render then matches).
   */
  withStatus?: boolean;
  /**
   * Status: the page shows a `<klar-expectation-timeline>` for the same case in the same
   * `<klar-case>`. The status then names the next step and leaves who does it and when to the
   * timeline's row, as it will in the browser (the client render then matches).
   */
  withTimeline?: boolean;
  /**
   * @deprecated Ignored: the feedback form renders into the light DOM like every element, styled
   * by `klar-elements.css`, so there is no shadow root to link a stylesheet into.
   */
  stylesheet?: string;
}

/** The tags it renders, once: the type below and the error for any other tag come from it. */
const RENDERABLE = ['klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles', 'klar-feedback-form'] as const;
export type RenderableTag = (typeof RENDERABLE)[number];

/** One template per element: the tag names stay in the static template strings. */
function template(tag: RenderableTag, o: RenderOptions): TemplateResult {
  const lang = o.lang ?? 'da';
  const c = o.case;
  const now = ifDefined(o.now);
  switch (tag) {
    case 'klar-case-status': {
      const inCase = o.withTimeline ? beside(c, ['next']) : undefined;
      return inCase
        ? html`<klar-case-status lang=${lang} variant=${o.variant ?? 'full'} now=${now} .contextValue=${inCase}></klar-case-status>`
        : html`<klar-case-status lang=${lang} variant=${o.variant ?? 'full'} now=${now} .case=${c}></klar-case-status>`;
    }
    case 'klar-expectation-timeline': {
      const inCase = o.withStatus ? beside(c, FULL_STATUS_FACTS) : undefined;
      // `contextValue` is what a <klar-case> hands the timeline in the browser.
      return inCase
        ? html`<klar-expectation-timeline lang=${lang} now=${now} .contextValue=${inCase}></klar-expectation-timeline>`
        : html`<klar-expectation-timeline lang=${lang} now=${now} .case=${c}></klar-expectation-timeline>`;
    }
    case 'klar-principle-badge':
      return html`<klar-principle-badge lang=${lang} variant=${o.variant ?? 'tag'} principle=${o.principle ?? ''} feedback-for=${ifDefined(o.feedbackFor)}></klar-principle-badge>`;
    case 'klar-principles':
      return html`<klar-principles lang=${lang} variant=${o.variant ?? 'card'} principles=${o.principle ?? ''} feedback-for=${ifDefined(o.feedbackFor)}></klar-principles>`;
    case 'klar-feedback-form':
      return html`<klar-feedback-form id=${ifDefined(o.id)} lang=${lang} mode=${o.mode ?? 'quick'} action=${o.action ?? ''} answer-days=${ifDefined(o.answerDays)}></klar-feedback-form>`;
    default:
      // A tag it does not render gave '' in silence (the README's samples are plain JavaScript, where no type says so).
      throw new TypeError(`klar-elements/ssr renders ${RENDERABLE.join(', ')}; "${String(tag)}" is not one of them: let the browser render it.`);
  }
}

/**
 * The value a `<klar-case>` gives an element that shares it with another which says `facts`: a
 * timeline beside a (full) status leaves it the task, the decision, the appeal, a handoff, when
 * (also the promise box's dates it says), the wait and the delay; a status beside a timeline leaves
 * it who does the next step and when. Undefined when the data is no case (the element then says
 * so, as with the property).
 */
function beside(c: RenderOptions['case'], facts: readonly CaseFact[]): CaseContextValue | undefined {
  try {
    const other = {};
    return { case: toCase(c), state: 'ready', provided: true, sayers: Object.fromEntries(facts.map((f) => [f, other])) };
  } catch {
    return undefined;
  }
}

/** The shadow root "mode" the light renderer asks for: marks its output for `toLightDom`. */
const LIGHT = 'klar-light';

/**
 * Renders a content element into the light DOM: its template inside `<div class="klar-root"
 * data-klar-ssr>`, the container the browser renders into, without `<style>` (the page links
 * klar-elements.css). @lit-labs/ssr writes a shadow root's content where the container belongs;
 * its marker "mode" lets `toLightDom` turn that into the container.
 */
class LightRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement, _tag?: string, attributes?: Map<string, string>): boolean {
    return ctor.prototype instanceof KlarLightElement && attributes?.get('render-mode') !== 'shadow';
  }

  override get shadowRootOptions(): ShadowRootInit {
    return { mode: LIGHT as ShadowRootMode };
  }

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    return [() => renderValue((this.element as unknown as { render(): unknown }).render(), renderInfo)];
  }
}

/**
 * Turns the light renderer's marked shadow roots into render containers, and drops what only
 * hydration reads (Lit's part markers, `defer-hydration`): light DOM is rendered anew in the
 * browser, never hydrated. Case text is escaped (`<` is `&lt;`), so every `<template`, `<!--`
 * and `<klar-` here is markup.
 */
function toLightDom(out: string): string {
  const open: boolean[] = [];
  const marked = `<template shadowroot="${LIGHT}" shadowrootmode="${LIGHT}">`;
  return out
    .replace(/<template\b[^>]*>|<\/template>/g, (tag) => {
      if (tag.startsWith('</')) return open.pop() ? '</div>' : tag;
      open.push(tag === marked);
      return tag === marked ? `<div class="klar-root" ${SSR_ATTR}>` : tag;
    })
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->/g, '')
    .replace(/(<klar-[a-z-]+\b[^>]*?) defer-hydration(?=[\s>])/g, '$1');
}

/** Renders one element with its data to an HTML string, in the light DOM (as the browser renders it). */
export async function renderToString(tag: RenderableTag, options: RenderOptions = {}): Promise<string> {
  const info: Partial<RenderInfo> = { elementRenderers: [LightRenderer] };
  return toLightDom(await collectResult(render(template(tag, options), info)));
}

/**
 * Resolves the CSP hash sources (`'sha256-…'`) of every distinct `<style>` element in `html`.
 * What `renderToString` writes has none (every element's styles are klar-elements.css, the
 * feedback form's too since it renders into the light DOM), so for it this gives `[]`; it stays for
 * pages that put their own `<style>` elements beside ours.
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
