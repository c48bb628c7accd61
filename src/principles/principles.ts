import { html, isServer, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { WITH_EXPLANATIONS, WITH_PRINCIPLES } from '../core/language-pack.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { KlarLightElement } from '../core/light-element.js';
import { levelOf } from '../core/heading.js';
import { TextController } from '../core/texts.js';
import { hasPrinciple, onPrinciplesChange, principleSlugs, warnUnknownPrinciple } from '../core/principles/index.js';
import { principleBadgeMessages } from '../translations/principle-badge.js';
import { principlesStyles } from './principles.styles.js';
import { LIST_VARIANTS, type ListVariant } from './principles.types.js';
import { oneOf } from '../core/warn.js';

/**
 * Lists the promises a page or service lives by, as a responsive grid of cards (a page's
 * "Vores løfter" section) or a row of tags (a footer). It is a real list (`<ul role="list">`),
 * so screen readers say how many promises there are, and each item is a
 * `<klar-principle-badge>` with all its behaviour.
 *
 * Serves Tydelige forventninger (all promises in one place) and Klar tale.
 *
 * Needs `<klar-principle-badge>`: `klar-elements/principles.js` registers both.
 *
 * @tagname klar-principles
 * @summary A list of principle badges: cards in a grid, or tags in a row.
 *
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart badge - Each `<klar-principle-badge>` (style its inside through its own custom properties).
 *
 * @cssprop [--klar-principles-gap=var(--klar-space-m)] - Gap between items.
 * @cssprop [--klar-principles-min-card-width=16rem] - Narrowest a card column gets before the grid uses fewer columns.
 *
 * @event klar-principle-feedback - Bubbles up from a badge; see `<klar-principle-badge>`.
 */
export class KlarPrinciples extends KlarLightElement {
  static override styles = [...KlarLightElement.styles, principlesStyles];
  static override languageParts = WITH_PRINCIPLES;
  // `static properties` rather than decorators: a principles page then carries no decorator code.
  static override properties = {
    principles: {},
    set: { reflect: true },
    variant: { reflect: true },
    showTagline: { type: Boolean, reflect: true, attribute: 'show-tagline' },
    showPrefix: { type: Boolean, reflect: true, attribute: 'show-prefix' },
    feedbackFor: { attribute: 'feedback-for' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    label: {},
  };

  #l10n = new TextController(this, principleBadgeMessages);

  /** Slugs to show, separated by spaces, in that order; empty shows every principle of the set. */
  principles = '';

  /** The principle set; empty means the nine built-in principles. */
  set = '';

  /** `card` (a grid of cards) or `tag` (a row of tags). */
  variant: ListVariant = 'card';

  /** Shows each tag's tagline (cards always show it). */
  showTagline = false;

  /** Shows "Her lover vi:" on every badge (off by default: the list already says it). */
  showPrefix = false;

  /** Passed to each badge: the id of the feedback form to hand over to. */
  feedbackFor = '';

  /** Passed to each card: makes the principle names `h1`–`h6` of this level (outside 1–6: 2); 0 keeps them plain text. */
  headingLevel = 0;

  /** The list's accessible name; defaults to "Vores løfter til dig" / "Our promises to you". */
  label = '';

  #unsubscribe?: () => void;
  /** Each shown principle's list item, by slug (see `renderItem`). */
  #items = new Map<string, HTMLLIElement>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onPrinciplesChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  /** Cards show the explanations: the list draws once they are here, so its cards draw whole at once (nothing moves). */
  protected override partsToDraw(): readonly string[] {
    return this.variant === 'tag' ? WITH_PRINCIPLES : WITH_EXPLANATIONS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.variant = oneOf('klar-principles', 'variant', this.variant, LIST_VARIANTS);
  }

  /** Returns the slugs that will be shown: the requested ones that exist in the set, in order, without repeats. */
  visibleSlugs(): string[] {
    const wanted = this.principles.split(/[\s,]+/).filter(Boolean);
    if (!wanted.length) {
      const all = principleSlugs(this.set);
      if (!all.length) warnUnknownPrinciple('klar-principles', this.set, '');
      return all;
    }
    const out: string[] = [];
    for (const slug of wanted) {
      if (!hasPrinciple(this.set, slug)) warnUnknownPrinciple('klar-principles', this.set, slug);
      else if (!out.includes(slug)) out.push(slug);
    }
    return out;
  }

  override render(): TemplateResult | typeof nothing {
    const slugs = this.visibleSlugs();
    const items = new Map<string, HTMLLIElement>();
    const badgeVariant = this.variant === 'tag' ? 'tag' : 'card';
    const level = levelOf(this, 0);
    const list = slugs.map((s) =>
      this.#renderItem(
        s,
        html`<klar-principle-badge
          part="badge"
          principle=${s}
          set=${ifDefined(this.set || undefined)}
          variant=${badgeVariant}
          ?show-tagline=${this.showTagline}
          ?no-prefix=${!this.showPrefix}
          feedback-for=${ifDefined(this.feedbackFor || undefined)}
          heading-level=${ifDefined(level ? String(level) : undefined)}
        ></klar-principle-badge>`,
        items,
      ),
    );
    this.#items = items;
    return slugs.length ? html`<ul part="list" class="klar-list" role="list" aria-label=${this.label || this.#l10n.t('principles.label')}>${list}</ul>` : nothing;
  }

  /**
   * A principle's list item, kept with its slug from one render to the next (in `items`): when the
   * list changes, Lit moves the item with its principle, so its badge keeps what the citizen did to
   * it (an open explanation, focus), as Lit's `repeat` would, for 0.7 KiB less on every page with a
   * list. The server (klar-elements/ssr) has nothing to keep: it writes the item in place.
   */
  #renderItem(slug: string, badge: TemplateResult, items: Map<string, HTMLLIElement>): TemplateResult | HTMLLIElement {
    if (isServer) return html`<li part="item" class="klar-item">${badge}</li>`;
    let li = this.#items.get(slug);
    if (!li) {
      li = document.createElement('li');
      li.setAttribute('part', 'item');
      li.className = 'klar-item';
    }
    render(badge, li);
    items.set(slug, li);
    return li;
  }
}
