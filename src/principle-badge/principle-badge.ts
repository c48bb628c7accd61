import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { WITH_EXPLANATIONS, WITH_PRINCIPLES, baseLang, languagePending } from '../core/language-pack.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KlarLightElement, isContainer } from '../core/light-element.js';
import { CHEVRON } from '../core/chevron.js';
import { onDemand } from '../core/on-demand.js';
import { TextController } from '../core/texts.js';
import { hasFeedbackReceiver, onFeedbackReceiversChange, onPrinciplesChange, resolvePrinciple, warnUnknownPrinciple, type ResolvedPrinciple } from '../core/principles/index.js';
import { principleBadgeMessages } from '../translations/principle-badge.js';
import { principleBadgeStyles } from './principle-badge.styles.js';
import { BADGE_VARIANTS, type BadgeVariant } from './principle-badge.types.js';
import { oneOf } from '../core/warn.js';
import type { PanelContext } from './principle-badge-panel.js';

type Panel = typeof import('./principle-badge-panel.js');

/**
 * What the badge shows only when opened, and the card (principle-badge-panel.ts): imported on
 * the citizen's intent (pointer or focus on the summary), on opening and before a card's first
 * render, not with the badge (issue 15). `provide()` gives it at once, for server rendering.
 */
export const badgePanel = onDemand<Panel>(() => import('./principle-badge-panel.js'));

/** Whether an author's node is content for the panel: an element, or text that is not only white space. */
const isContent = (n: Node): boolean => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim();

/**
 * Shows which service promise a page makes ("Her lover vi: Tydelige forventninger") and,
 * when activated, explains in plain words what the citizen can expect from us under it.
 * With a `<klar-feedback-form>` on the page it offers "Lever vi op til det?": it fires the
 * cancelable `klar-principle-feedback` event, and unless the page cancels it, the form opens
 * with this principle chosen.
 *
 * Serves every principle it shows, and in particular Klar tale (the explanations are
 * plain language), Tydelige forventninger (the citizen learns what to expect) and Udvikling
 * (a direct way to tell us whether we keep the promise).
 *
 * The explanation is a native disclosure (`<details>`: its `<summary>` shows the name, its
 * content is the panel below it), not a hover tooltip: every engine exposes it as an expandable
 * control, it works by touch, keyboard and screen reader, before the code has run too, stays open
 * while read, and flows in the page so it is never clipped inside a scrolling container or at
 * 400% zoom. Reader views keep a summary (they drop every button), so the name reaches them.
 *
 * @tagname klar-principle-badge
 * @summary A principle for good public service, with a plain-language explanation.
 *
 * @slot - What the principle means on this particular service, e.g. "Du får svar inden 10 arbejdsdage." Shown in the panel (and in the card) under a short heading. In the light DOM (the default) your nodes stay where you put them, children of the badge after its own render, and are shown there only while the panel is open (always in a card), framed with it.
 *
 * @csspart base - The wrapper of everything: the `<details>` (`tag`, `icon-only`).
 * @csspart trigger - The `<summary>` that opens and closes the explanation (`tag`, `icon-only`).
 * @csspart icon - The principle's icon.
 * @csspart prefix - "Her lover vi:".
 * @csspart name - The principle's name.
 * @csspart heading - The card's prefix and name: an `h1`–`h6` with `heading-level`, else a plain block.
 * @csspart tagline - The one-line tagline.
 * @csspart panel - The explanation panel.
 * @csspart explanation - The explanation text.
 * @csspart service - The wrapper of the slotted, service-specific text.
 * @csspart feedback - The "Lever vi op til det?" button.
 * @csspart card - The card (`card`).
 *
 * @cssprop [--klar-principle-badge-color=var(--klar-color-accent)] - Icon and accent stripe.
 * @cssprop [--klar-principle-badge-background=var(--klar-color-info-surface)] - Background of the tag and the card's icon.
 * @cssprop [--klar-principle-badge-border-color=var(--klar-color-border)] - Border of tag, panel and card.
 * @cssprop [--klar-principle-badge-radius=var(--klar-radius)] - Corner radius.
 * @cssprop [--klar-principle-badge-panel-width=32em] - Widest the explanation panel gets.
 *
 * @event {PrincipleFeedbackEvent} klar-principle-feedback - The citizen chose "Lever vi op til det?". Detail `{ principle, set, formId }`; bubbles and leaves shadow roots. Cancelable: call `preventDefault()` to handle it yourself; otherwise the `<klar-feedback-form>` with id `formId` (or the one nearest the badge) opens with the principle chosen and takes focus.
 */
export class KlarPrincipleBadge extends KlarLightElement {
  static override styles = [...KlarLightElement.styles, principleBadgeStyles];
  static override languageParts = WITH_PRINCIPLES;
  // `static properties` rather than decorators: a badge page then carries no decorator code.
  static override properties = {
    principle: { reflect: true },
    set: { reflect: true },
    variant: { reflect: true },
    showTagline: { type: Boolean, reflect: true, attribute: 'show-tagline' },
    noPrefix: { type: Boolean, reflect: true, attribute: 'no-prefix' },
    open: { type: Boolean, reflect: true },
    feedbackFor: { attribute: 'feedback-for' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  #l10n = new TextController(this, principleBadgeMessages);

  /** The principle's slug, e.g. `tydelige-forventninger`. */
  principle = '';

  /** The principle set to look the slug up in; empty means the nine built-in principles. */
  set = '';

  /** How the badge looks: `tag`, `card` or `icon-only`. */
  variant: BadgeVariant = 'tag';

  /** Shows the one-line tagline next to the name in the `tag` variant (cards always show it). */
  showTagline = false;

  /** Hides "Her lover vi:" (e.g. in a list that already says "Vores løfter"). */
  noPrefix = false;

  /** Whether the explanation is shown (`tag` and `icon-only`). */
  open = false;

  /** The id of the `<klar-feedback-form>` to hand over to; without it, the one nearest the badge. */
  feedbackFor = '';

  /** Makes the card's name an `h1`–`h6` of this level, so it fits the page's outline (outside 1–6: 2); 0 keeps it plain text. */
  headingLevel = 0;

  /** Whether the author gave text for the panel (the default slot); a plain field, so it is no attribute. */
  #hasServiceText = false;
  /** Notices the author's own text coming and going in the light DOM, where there is no slotchange. */
  #authorWatch?: MutationObserver;

  /** A declarative shadow root was already there when the element upgraded (server-rendered HTML). */
  /** Hydrating a declarative shadow root (render-mode="shadow" on the server). */
  readonly #hydrating = typeof document !== 'undefined' && !!this.shadowRoot;
  #unsubscribe: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // The server's disclosure works before the code: one the citizen opened by then stays open.
    if (this.#serverRendered && (this.shadowRoot ?? this).querySelector('.klar-base[open]')) this.open = true;
    // A set registered, or a feedback form connected, after the badge still shows.
    this.#unsubscribe = [onPrinciplesChange(() => this.requestUpdate()), onFeedbackReceiversChange(() => this.requestUpdate())];
    if (this.isLight) {
      this.#authorWatch ??= new MutationObserver(() => this.#checkAuthorText());
      this.#authorWatch.observe(this, { childList: true, characterData: true, subtree: true });
      this.#checkAuthorText();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
    this.#authorWatch?.disconnect();
  }

  /**
   * The explanations are a pack part of their own, drawn only when shown: a card, an open
   * disclosure, or a server render being hydrated (which has them). A closed badge's page never
   * downloads them; opening one waits for them (fetched already when the pointer or focus reached
   * the summary), so the panel opens whole and nothing in it moves afterwards.
   */
  protected override partsToDraw(): readonly string[] {
    return this.#shown ? WITH_EXPLANATIONS : WITH_PRINCIPLES;
  }

  /** Whether the next render shows the panel's content: a card, an open disclosure, or a server render being hydrated. */
  get #shown(): boolean {
    return this.variant === 'card' || this.open || this.#hydrating;
  }

  /**
   * Waits, like for the texts, for the panel's code when the next render shows it, so it opens
   * whole. Both are fetched at once. A panel that cannot be fetched (offline) draws anyway: with a
   * plain message instead of the explanation (see render), and the next opening tries again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const panel = this.#shown && !badgePanel.now() ? badgePanel.load().catch(() => undefined) : undefined;
    if (panel) void languagePending(this.#l10n.lang, this.partsToDraw());
    const drawn = panel ? panel.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    // A card waiting for its texts keeps the size the placeholder sheet gave it before it was defined.
    return this.hasUpdated ? drawn : this.loadingWhile(drawn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = oneOf('klar-principle-badge', 'variant', this.variant, BADGE_VARIANTS);
  }

  protected override firstUpdated(): void {
    // Hydrated or taken over from the server: the first render trusted `feedback-for` (see renderFeedback); look for the form now.
    if (this.#serverRendered && hasFeedbackReceiver(this.feedbackFor)) this.requestUpdate();
    // Until the form's code has arrived, `feedback-for` is trusted (see renderFeedback); then look.
    if (this.#serverRendered && !customElements.get('klar-feedback-form')) void customElements.whenDefined('klar-feedback-form').then(() => this.requestUpdate());
  }

  /** Rendered on the server: hydrated (shadow) or taken over (light DOM). */
  get #serverRendered(): boolean {
    return this.#hydrating || this.fromServer;
  }

  /** The pointer or focus reached the summary: fetch the explanations and the panel now, so opening does not wait. */
  #handleIntent(): void {
    void languagePending(this.#l10n.lang, WITH_EXPLANATIONS);
    // A failed fetch is tried again on opening, which shows a message if it fails once more.
    badgePanel.load().catch(() => undefined);
  }

  /** Opens or closes through `open`, not natively: the panel then opens whole, once its code and texts are here. */
  #handleTriggerClick(e: Event): void {
    e.preventDefault();
    this.open = !this.open;
  }

  /**
   * Follows the details when something else opened or closed it (find-in-page, a script, the
   * citizen before the code ran); a toggle our own render caused agrees already, and one that
   * comes while a render is on its way is outdated by it.
   */
  #handleToggle(e: Event): void {
    if (!this.isUpdatePending) this.open = (e.target as HTMLDetailsElement).open;
  }

  #handleKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.open || this.variant === 'card') return;
    // Closing here means a surrounding dialog should not also close on the same key.
    e.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('.klar-trigger')?.focus();
  }

  #handleSlotChange(e: Event): void {
    this.#setHasServiceText((e.target as HTMLSlotElement).assignedNodes({ flatten: true }).some(isContent));
  }

  /** Light DOM: the author's own text is every child but a render container (ours, or the server's). */
  #checkAuthorText(): void {
    this.#setHasServiceText([...this.childNodes].some((n) => !isContainer(n) && isContent(n)));
  }

  #setHasServiceText(has: boolean): void {
    if (has !== this.#hasServiceText) {
      this.#hasServiceText = has;
      this.requestUpdate();
    }
  }

  override render(): TemplateResult {
    const p = this.principle ? resolvePrinciple(this.set, this.principle, this.#l10n.lang) : undefined;
    // In the light DOM nothing is projected: the author's text stays a child of the badge, after our
    // render, and the badge's styles show it (framed with the panel or the card) or hide it by this.
    const light = this.isLight && this.#hasServiceText;
    if (light) this.setAttribute('data-klar-text', p && (this.open || this.variant === 'card') ? 'shown' : 'hidden');
    else this.removeAttribute('data-klar-text');
    if (!p) {
      warnUnknownPrinciple('klar-principle-badge', this.set, this.principle);
      // Nothing visible; the slot stays in the tree (hidden) as the house style asks.
      return html`<div hidden><slot @slotchange=${this.#handleSlotChange}></slot></div>`;
    }
    const panel = badgePanel.now();
    if (panel) this.addStyles(panel.panelStyles);
    return this.variant === 'card' ? this.#renderCard(p, panel) : this.#renderDisclosure(p, panel);
  }

  /** What the panel's module needs for one render. */
  #context(p: ResolvedPrinciple): PanelContext {
    return {
      el: this,
      p,
      lang: this.#textLang(p),
      l10n: this.#l10n,
      icon: this.#renderIcon(p),
      service: this.#renderService(),
      serviceLast: this.isLight,
      serverRendered: this.#serverRendered,
    };
  }

  /**
   * The panel or card when its content could not be fetched (offline): the name (a card shows
   * it nowhere else), a plain message and the service text, never an empty panel.
   */
  #renderUnavailable(p: ResolvedPrinciple, card: boolean): TemplateResult {
    return html`${card ? html`<p part="name" class="klar-name" lang=${ifDefined(this.#textLang(p))} dir="auto">${p.name}</p>` : nothing}
      <p class="klar-unavailable" dir="auto">${this.#l10n.t('principle.unavailable')}</p>
      ${this.#renderService()}`;
  }

  /**
   * `lang` for a principle text when it had to fall back to another language than the
   * page's. Every text also gets dir="auto", so Danish or English fallback text on a
   * right-to-left page keeps its punctuation in place while the layout stays right-to-left.
   */
  #textLang(p: ResolvedPrinciple): string | undefined {
    const page = this.#l10n.lang;
    return p.lang === page || p.lang === baseLang(page) ? undefined : p.lang;
  }

  #renderIcon(p: ResolvedPrinciple): TemplateResult {
    return html`<svg part="icon" class="klar-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${p.icon}</svg>`;
  }

  #renderDisclosure(p: ResolvedPrinciple, panel: Panel | undefined): TemplateResult {
    const lang = this.#textLang(p);
    const iconOnly = this.variant === 'icon-only';
    const taglineInTrigger = this.showTagline && !iconOnly && p.tagline;
    // <details>, not a button with aria-expanded: reader views drop every button, and with it the
    // name; they keep a summary. The panel is the details' content, hidden by the engine while closed.
    return html`
      <details part="base" class="klar-base" ?open=${this.open} @keydown=${this.#handleKeydown} @toggle=${this.#handleToggle}>
        <summary part="trigger" class="klar-trigger" @pointerenter=${this.#handleIntent} @focus=${this.#handleIntent} @click=${this.#handleTriggerClick}
          ><span class="klar-head">
            ${this.#renderIcon(p)}
            ${iconOnly
              ? html`<span class="klar-visually-hidden" lang=${ifDefined(lang)} dir="auto">${this.#l10n.t('principle.icon-label', { name: p.name })}</span>`
              : html`<span class="klar-label">
                  <span class="klar-title"
                    >${this.noPrefix ? nothing : html`<span part="prefix" class="klar-prefix" dir="auto">${this.#l10n.t('principle.prefix')}</span> `}<span
                      part="name"
                      class="klar-name"
                      lang=${ifDefined(lang)}
                      dir="auto"
                      >${p.name}</span
                    ></span
                  >
                  ${taglineInTrigger ? html`<span part="tagline" class="klar-tagline" lang=${ifDefined(lang)} dir="auto">${p.tagline}</span>` : nothing}
                </span>`}
            ${iconOnly ? nothing : html`<svg class="klar-chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${CHEVRON}</svg>`}
          </span></summary
        >
        <div part="panel" class="klar-panel">
          ${panel
            ? panel.renderPanel(this.#context(p), iconOnly, !!taglineInTrigger)
            : this.open
              ? this.#renderUnavailable(p, false)
              : this.#renderService()}
        </div>
      </details>
    `;
  }

  #renderCard(p: ResolvedPrinciple, panel: Panel | undefined): TemplateResult {
    return panel ? panel.renderCard(this.#context(p)) : html`<div part="base card" class="klar-card">${this.#renderUnavailable(p, true)}</div>`;
  }

  #renderService(): TemplateResult {
    return html`<div part="service" class="klar-service" ?hidden=${!this.#hasServiceText}>
      <span class="klar-service-title" dir="auto">${this.#l10n.t('principle.on-this-service')}</span>
      <slot @slotchange=${this.#handleSlotChange}></slot>
    </div>`;
  }
}
