import { css } from 'lit';

/**
 * What a badge shows only when opened, and the card: the service text, "Lever vi op til det?"
 * and the card's layout. They come with the panel's code (principle-badge-panel.ts), on demand.
 */
export const panelStyles = css`
  .klar-service[hidden] {
    display: none;
  }

  .klar-service-title {
    display: block;
    font-weight: 600;
  }

  /* At least 24 px tall (WCAG 2.5.8 without leaning on the spacing exception): it was 21 px,
     a small target for an unsteady hand on a phone. */
  .klar-feedback {
    margin: 0;
    padding: 0;
    min-block-size: max(24px, 1.5rem);
    border: 0;
    background: none;
    color: var(--_k-link);
    font: inherit;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .klar-feedback:hover {
    text-decoration-thickness: 2px;
  }

  /* Card: everything visible, no disclosure. A container query lets the icon move above
     the text when the card is narrow. */
  .klar-card {
    border: 1px solid var(--_pb-border);
    border-radius: var(--_pb-radius);
    container-type: inline-size;
    block-size: 100%;
    padding: var(--_k-space-m) min(var(--_k-space-m), 2.5cqi);
    border-block-start: 4px solid var(--_pb-color);
    background: var(--_k-bg);
  }

  .klar-card-inner {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_k-space-xs) var(--_k-space-s);
    align-items: start;
  }

  .klar-card-inner > :not(.klar-card-icon) {
    grid-column: 2;
    margin: 0;
  }

  .klar-card-icon {
    grid-row: 1 / span 2;
    display: inline-flex;
    padding: var(--_k-space-xs);
    border-radius: 999px;
    background: var(--_pb-bg);
  }

  .klar-card .klar-icon {
    color: var(--_pb-color);
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }

  /* With heading-level the name is a real h1–h6; it looks the same at every level. */
  .klar-card .klar-heading {
    font: inherit;
  }

  .klar-card .klar-prefix {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  .klar-card .klar-name {
    font-size: var(--_k-size-l);
    line-height: 1.3;
  }

  /* The tagline is the promise itself ("Du ved, hvad der sker i din sag, og hvornår"): in the
     card it is the first thing read after the name, in full text colour, not a grey subtitle. */
  .klar-card .klar-tagline {
    color: var(--_k-text);
    font-weight: 600;
  }

  /* Light DOM, an open badge with the author's text (data-klar-text, set only there): that text
     stays a child of the badge, after our render container, with no slot to put it in the panel.
     So the badge is a table whose caption is the trigger and whose one cell holds the panel and
     the author's text after it, in the order of the page; the table's box is the panel's frame and
     goes round both (a cell keeps running text and inline elements together, which a flex or grid
     container would split into items). Offline, with no panel code, the text shows unframed. */
  :host([data-klar-text='shown']:not([variant='card'])) {
    display: inline-table;
    border-collapse: separate;
    /* As the panel's own box (border-box in the light DOM's reset). */
    box-sizing: border-box;
    max-inline-size: min(var(--_pb-panel-width), 100%);
    /* Narrow as the trigger's (principle-badge.styles.ts): at 200 % text on a 320 px phone 1rem
       a side left the promise 105 px and broke "hvornå|r". */
    padding: var(--_k-space-s) min(var(--_k-space-m), 2.5cqi);
    border: 1px solid var(--_pb-border);
    border-inline-start: 4px solid var(--_pb-color);
    border-radius: var(--_pb-radius);
    background: var(--_k-bg);
    font-size: var(--_k-size-s);
  }

  :host([data-klar-text='shown']) .klar-base {
    display: contents;
  }

  /* A caption is as wide as its table: the chip keeps the width of its words. */
  :host([data-klar-text='shown']) .klar-trigger {
    display: table-caption;
    inline-size: fit-content;
    margin-block-end: var(--_k-space-xs);
  }

  :host([data-klar-text='shown']) .klar-panel {
    padding: 0;
    border: 0;
    background: none;
  }

  /* Light DOM, a card with the author's text: that text follows our render, a child of the badge,
     so the badge draws the card's frame round both (principle-badge.styles.ts says why). */
  :host([data-klar-text='shown'][variant='card']) {
    border: 1px solid var(--_pb-border);
    border-block-start: 4px solid var(--_pb-color);
    border-radius: var(--_pb-radius);
    padding: var(--_k-space-m) min(var(--_k-space-m), 2.5cqi);
    background: var(--_k-bg);
  }

  :host([data-klar-text='shown']) .klar-card {
    block-size: auto;
    padding: 0;
    border: 0;
    background: none;
  }

  /* The author's text cannot join the grid's text column (bare text and inline elements would be
     split into grid items): the card is one column, the icon above the name as in a narrow card,
     so that text lines up with "Det betyder her" and the rest, not under the icon (review, stop 55). */
  :host([data-klar-text='shown']) .klar-card-inner {
    grid-template-columns: 1fr;
  }
  :host([data-klar-text='shown']) .klar-card-inner > :not(.klar-card-icon) {
    grid-column: 1;
  }
  :host([data-klar-text='shown']) .klar-card-icon {
    grid-row: auto;
    justify-self: start;
  }

  @container (max-width: 16rem) {
    .klar-card-inner {
      grid-template-columns: 1fr;
    }
    .klar-card-inner > :not(.klar-card-icon) {
      grid-column: 1;
    }
    .klar-card-icon {
      grid-row: auto;
      justify-self: start;
    }
    /* At body size, hyphenated (by lang) where a word is wider than the card. */
    .klar-card .klar-name {
      font-size: var(--_k-size-m);
      hyphens: auto;
    }
  }

  @media (forced-colors: active) {
    :host([data-klar-text='shown']),
    .klar-card {
      border-color: CanvasText;
    }
    .klar-feedback {
      color: LinkText;
    }
  }
`;
