import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading, levelOf } from '../core/heading.js';
import { hasFeedbackReceiver, principleFeedbackEvent } from '../core/principles/feedback.js';
import { BUILT_IN_SET, type ResolvedPrinciple } from '../core/principles/types.js';
import type { TextController } from '../core/texts.js';

export { panelStyles } from './principle-badge-panel.styles.js';

/**
 * What `<klar-principle-badge>` shows only when a citizen opens it, and its card: the
 * explanation, the service text's place and "Lever vi op til det?" (issue 15: "principle
 * explanations when shown"). The badge imports this module on demand (principle-badge.ts): when
 * the pointer or focus reaches its summary, when it opens, and before a card's first render, so
 * a page of closed badges never downloads it.
 */

/** What the badge gives the panel for one render. */
export interface PanelContext {
  /** The badge itself: its public settings, and the target of the hand-off event. */
  readonly el: HTMLElement & { readonly principle: string; readonly set: string; readonly feedbackFor: string; readonly headingLevel: number; readonly noPrefix: boolean; readonly hasUpdated: boolean };
  readonly p: ResolvedPrinciple;
  /** `lang` for the principle's texts when they fell back to another language. */
  readonly lang: string | undefined;
  /** The badge's messages. */
  readonly l10n: Pick<TextController, 't'>;
  readonly icon: TemplateResult;
  /** The service text's wrapper with its slot (the badge renders it always). */
  readonly service: TemplateResult;
  /**
   * Whether the service text goes last (light DOM): the author's text follows our render there, so
   * its heading comes right before it, after "Lever vi op til det?", and reading order is what is seen.
   */
  readonly serviceLast: boolean;
  /** Whether the server rendered the badge (hydrated, or taken over in the light DOM). */
  readonly serverRendered: boolean;
}

/** The open panel's content: the name (icon-only), the tagline unless the trigger shows it, the explanation, the service text and the hand-off. */
export function renderPanel(c: PanelContext, iconOnly: boolean, taglineInTrigger: boolean): TemplateResult {
  const { p, lang } = c;
  return html`${iconOnly ? html`<p class="klar-name" lang=${ifDefined(lang)} dir="auto">${p.name}</p>` : nothing}
    ${p.tagline && !taglineInTrigger ? html`<p part="tagline" class="klar-tagline" lang=${ifDefined(lang)} dir="auto">${p.tagline}</p>` : nothing}
    ${renderBody(c)}`;
}

/** The card: everything visible, no disclosure. */
export function renderCard(c: PanelContext): TemplateResult {
  const { p, lang, el } = c;
  // 0 (the default) keeps the name plain text; any other level follows the shared clamp rule.
  const level = levelOf(el, 0);
  const title = html`${el.noPrefix ? nothing : html`<span part="prefix" class="klar-prefix" dir="auto">${c.l10n.t('principle.prefix')} </span>`}<span
      part="name"
      class="klar-name"
      lang=${ifDefined(lang)}
      dir="auto"
      >${p.name}</span
    >`;
  return html`
    <div part="base card" class="klar-card">
      <div class="klar-card-inner">
        <span class="klar-card-icon">${c.icon}</span>
        ${level ? heading(level, title, { cls: 'klar-heading', part: 'heading' }) : html`<div part="heading" class="klar-heading">${title}</div>`}
        ${p.tagline ? html`<p part="tagline" class="klar-tagline" lang=${ifDefined(lang)} dir="auto">${p.tagline}</p>` : nothing}
        ${renderBody(c)}
      </div>
    </div>
  `;
}

/** The explanation, the service text's heading (and slot) and "Lever vi op til det?", in reading order. */
function renderBody(c: PanelContext): TemplateResult {
  return c.serviceLast ? html`${renderExplanation(c)} ${renderFeedback(c)} ${c.service}` : html`${renderExplanation(c)} ${c.service} ${renderFeedback(c)}`;
}

function renderExplanation({ p, lang }: PanelContext): TemplateResult | typeof nothing {
  return p.explanation ? html`<p part="explanation" class="klar-explanation" lang=${ifDefined(lang)} dir="auto">${p.explanation}</p>` : nothing;
}

/** Whether the form `feedback-for` names is on the page but has not registered as a receiver yet. */
function namedFormWaiting(el: PanelContext['el']): boolean {
  if (!el.feedbackFor || hasFeedbackReceiver(el.feedbackFor)) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(el.feedbackFor)?.localName === 'klar-feedback-form';
}

function renderFeedback(c: PanelContext): TemplateResult | typeof nothing {
  const { el } = c;
  // On the server, and in the browser's first render after it (hydrating, or taking over the
  // server's light DOM), there is no page to look for the form in yet: render the control only
  // when `feedback-for` promises a form, so both renders match and nothing moves the page.
  // Later renders look for the form, once its code has arrived and it has registered: a form
  // still waiting to hydrate (`defer-hydration`) is defined but not yet registered, and the
  // badge keeps trusting `feedback-for` until it is (the form's registration updates us).
  const blind = typeof document === 'undefined' || (c.serverRendered && (!el.hasUpdated || !customElements.get('klar-feedback-form') || namedFormWaiting(el)));
  if (blind ? !el.feedbackFor : !hasFeedbackReceiver(el.feedbackFor)) return nothing;
  // A button, not a link: the form chooses the principle, opens its fields and moves
  // focus, rather than the page only jumping to an anchor. Only an event: the form (or the
  // page, if it cancels the event) takes it from here.
  const send = () => el.dispatchEvent(principleFeedbackEvent({ principle: el.principle, set: el.set || BUILT_IN_SET, formId: el.feedbackFor }));
  return html`<p class="klar-feedback-row">
    <button part="feedback" class="klar-feedback" type="button" @click=${send}>
      ${c.l10n.t('principle.feedback')}
      <span class="klar-visually-hidden">${c.l10n.t('principle.feedback-context', { name: c.p.name })}</span>
    </button>
  </p>`;
}
