import { css } from 'lit';

/**
 * What a closed badge shows: the trigger and the panel's frame (a panel that could not get its
 * content still shows a message in it). The panel's content and the card are styled by
 * principle-badge-panel.styles.ts, which arrives with them. No rule here may set a property of
 * those parts: a server-rendered page links both (klar-elements.css) before this sheet is
 * adopted, and an adopted sheet comes after a linked one, so such a rule would win until the
 * panel's styles arrive.
 */
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

  .klar-trigger {
    margin: 0;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .klar-trigger,
  .klar-panel {
    border: 1px solid var(--_pb-border);
    border-radius: var(--_pb-radius);
  }

  .klar-base {
    gap: var(--_k-space-xs);
    max-inline-size: 100%;
  }

  /* A chip hugs its words, so it cannot be a size container (no container query): it wraps. When
     the name does not fit on one line beside the icon and chevron, the icon goes above it and the
     chevron below (a 320 px phone at 200 % text broke "forventninger" over 5 lines in 59 px). The
     side padding shrinks with the container, or the viewport when there is none: 0.5rem at 200 %
     text took 32 of 174 px; at 100 % text it is the same from 320 px up. */
  .klar-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_k-space-xs);
  }

  /* A block (no marker: the chevron says open or closed) whose row is centred in its height. */
  .klar-trigger {
    display: block;
    align-content: center;
    /* 44 CSS px: WCAG 2.5.5 (AAA) and the size Apple and Android ask for, so a worried
       citizen on an old phone hits the chip with a thumb. max() keeps 44 px on sites whose
       root font is smaller than 16 px, and grows with text zoom. */
    min-block-size: max(44px, 2.75rem);
    max-inline-size: 100%;
    padding: 0.25rem min(var(--_k-space-s), 2.5cqi);
    background: var(--_pb-bg);
    color: var(--_k-text);
    font-size: var(--_k-size-s);
    line-height: 1.3;
  }

  .klar-trigger:hover {
    border-color: var(--_pb-color);
    box-shadow: inset 0 0 0 1px var(--_pb-color);
  }

  .klar-trigger .klar-icon {
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

  [open] > .klar-trigger .klar-chevron {
    transform: rotate(-90deg);
  }

  :host([variant='icon-only']) .klar-trigger {
    padding: 0.125rem;
    min-inline-size: max(44px, 2.75rem);
    border-radius: 999px;
  }

  :host([variant='icon-only']) .klar-head {
    justify-content: center;
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
    padding: var(--_k-space-s) min(var(--_k-space-m), 2.5cqi);
    border-inline-start: 4px solid var(--_pb-color);
    background: var(--_k-bg);
    color: var(--_k-text);
    font-size: var(--_k-size-s);
  }

  .klar-panel > * {
    margin-block: 0 var(--_k-space-s);
  }

  .klar-panel > :last-child {
    margin-block-end: 0;
  }

  /* Light DOM only (data-klar-text is set there, when the author gave text of their own). The
     author's nodes stay children of the badge, after our render container: there is no slot to
     put them in the panel, so these rules show them where the slot did, or hide them.
     Closed (and an unknown principle): hidden. Text not wrapped in an element cannot be selected,
     so the badge itself hides it (visibility: page tools skip it) and sizes it to nothing; our
     render gets both back. Inline, not inline-block: WebKit does not hit-test a visible button
     inside a hidden inline-block, so the trigger could not be clicked. */
  :host([data-klar-text='hidden']) {
    display: inline;
    visibility: hidden;
    font-size: 0;
    line-height: 0;
  }

  :host([data-klar-text='hidden']) .klar-base {
    vertical-align: top;
    visibility: visible;
    font-size: var(--_k-size-m);
    line-height: var(--_k-line);
  }

  :host([data-klar-text='hidden']) ::slotted(:not(.klar-root)) {
    display: none;
  }

  @media (forced-colors: active) {
    .klar-trigger,
    .klar-panel {
      border-color: CanvasText;
    }
    .klar-trigger:hover {
      border-color: Highlight;
    }
  }
`;
