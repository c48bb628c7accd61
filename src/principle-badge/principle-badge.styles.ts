import { css } from 'lit';

export const principleBadgeStyles = css`
  :host {
    --_pb-color: var(--klar-principle-badge-color, var(--_k-accent));
    --_pb-bg: var(--klar-principle-badge-background, var(--_k-info-surface));
    --_pb-border: var(--klar-principle-badge-border-color, var(--_k-border));
    --_pb-radius: var(--klar-principle-badge-radius, var(--_k-radius));
    --_pb-panel-width: var(--klar-principle-badge-panel-width, 32em);

    /* Inline so a tag sits in running text; the open panel flows below the trigger
       (no absolute positioning), so it is never clipped by a scrolling container and
       simply wraps at 400% zoom. */
    display: inline-block;
    vertical-align: top;
    max-inline-size: 100%;
  }

  :host([variant='card']) {
    display: block;
  }

  /* What several parts share, said once (each part's own rules follow). */
  .klar-base,
  .klar-label {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
  }

  .klar-trigger,
  .klar-feedback {
    margin: 0;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .klar-trigger,
  .klar-panel,
  .klar-card {
    border: 1px solid var(--_pb-border);
    border-radius: var(--_pb-radius);
  }

  .klar-base {
    gap: var(--_k-space-xs);
    max-inline-size: 100%;
  }

  .klar-trigger {
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    /* 44 CSS px: WCAG 2.5.5 (AAA) and the size Apple and Android ask for, so a worried
       citizen on an old phone hits the chip with a thumb. max() keeps 44 px on sites whose
       root font is smaller than 16 px, and grows with text zoom. */
    min-block-size: max(44px, 2.75rem);
    max-inline-size: 100%;
    padding-block: 0.25rem;
    padding-inline: var(--_k-space-s);
    background: var(--_pb-bg);
    color: var(--_k-text);
    font-size: var(--_k-size-s);
    line-height: 1.3;
  }

  .klar-trigger:hover {
    border-color: var(--_pb-color);
    box-shadow: inset 0 0 0 1px var(--_pb-color);
  }

  .klar-trigger .klar-icon,
  .klar-card .klar-icon {
    color: var(--_pb-color);
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .klar-name {
    font-weight: 600;
  }

  .klar-tagline {
    color: var(--_k-muted);
  }

  .klar-chevron {
    inline-size: 1em;
    block-size: 1em;
    transform: rotate(90deg);
    transition: transform 0.15s ease;
  }

  .klar-trigger[aria-expanded='true'] .klar-chevron {
    transform: rotate(-90deg);
  }

  :host([variant='icon-only']) .klar-trigger {
    padding: 0.125rem;
    min-inline-size: max(44px, 2.75rem);
    justify-content: center;
    border-radius: 999px;
  }

  :host([variant='icon-only']) .klar-trigger .klar-icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  /* No max-content width here: it would become the badge's min-content size and force a
     surrounding grid or flex layout wider than the screen at high zoom. As a flex item
     aligned to the start, the panel is as wide as its text, up to the panel width. */
  .klar-panel {
    max-inline-size: min(var(--_pb-panel-width), 100%);
    padding: var(--_k-space-s) var(--_k-space-m);
    border-inline-start: 4px solid var(--_pb-color);
    background: var(--_k-bg);
    color: var(--_k-text);
    font-size: var(--_k-size-s);
  }

  .klar-panel[hidden],
  .klar-service[hidden] {
    display: none;
  }

  .klar-panel > * {
    margin-block: 0 var(--_k-space-s);
  }

  .klar-panel > :last-child {
    margin-block-end: 0;
  }

  .klar-service-title {
    display: block;
    font-weight: 600;
  }

  .klar-feedback {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_k-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .klar-feedback:hover {
    text-decoration-thickness: 2px;
  }

  /* Card: everything visible, no disclosure. A container query lets the icon move above
     the text when the card is narrow. */
  .klar-card {
    container-type: inline-size;
    block-size: 100%;
    padding: var(--_k-space-m);
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
  }

  @media (forced-colors: active) {
    .klar-trigger,
    .klar-panel,
    .klar-card {
      border-color: CanvasText;
    }
    .klar-trigger:hover {
      border-color: Highlight;
    }
    .klar-feedback {
      color: LinkText;
    }
  }
`;
