import { css } from 'lit';

/**
 * Layout follows the element's own width (container queries), not the viewport: the same
 * markup is compact in a 280 px sidebar and roomier in a main column. Logical properties
 * keep right-to-left correct; states carry an icon and a word, so colour is never alone.
 */
export const timelineStyles = css`
  /* Its own surface, as the status and the form have: its text colours are for it (on a dark
     page, near-black text sat on the page's dark background). */
  :host {
    display: block;
    container: klar-timeline / inline-size;
    background: var(--klar-timeline-background, var(--_k-bg));
    color-scheme: light;
  }

  /* The author's <klar-step> children, also in a list of their own (<ol><li><klar-step>, readable
     without JavaScript), are read into the list; in the light DOM they stay in place (a framework
     owns them) and are hidden once the element is defined (so a page that links klar-elements.css
     and runs no script still shows them). :where() forgives a browser without :has(). */
  :host(:defined) ::slotted(:where(klar-step, :has(klar-step))) {
    display: none;
  }

  /* Variables live on .klar-base, not :host, so the container queries below can change them. */
  .klar-base {
    --_t-marker: var(--klar-timeline-marker-size, 1.5rem);
    --_t-line-w: var(--klar-timeline-line-width, 2px);
    --_t-line: var(--klar-timeline-line-color, var(--_k-border));
    --_t-done: var(--klar-timeline-done-color, var(--_k-success));
    --_t-current: var(--klar-timeline-current-color, var(--_k-accent));
    --_t-attn: var(--klar-timeline-attention-color, var(--_k-warning));
    --_t-attn-bg: var(--klar-timeline-attention-surface, var(--_k-warning-surface));
    --_t-action-bg: var(--klar-timeline-action-surface, var(--_k-info-surface));
    --_t-gap: var(--klar-timeline-gap, var(--_k-space-m));
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-m);
  }

  p,
  ul,
  ol,
  dl,
  dd,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  .klar-heading {
    font-size: var(--_k-size-xl);
    line-height: 1.25;
  }

  .klar-section-heading {
    display: flex;
    align-items: center;
    gap: var(--_k-space-s);
    font-size: var(--_k-size-l);
    line-height: 1.3;
    margin-block-end: var(--_k-space-s);
  }

  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .klar-loading {
    /* Space is reserved so the page does not jump when the case arrives. */
    min-block-size: var(--klar-timeline-loading-size, 12rem);
    color: var(--_k-muted);
  }

  /* The fold button keeps its own width in the column. */
  button {
    align-self: flex-start;
  }

  .klar-fold .klar-icon {
    transition: transform 0.15s;
  }
  .klar-fold[aria-expanded='true'] .klar-icon {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .klar-fold[aria-expanded='false'] .klar-icon {
    transform: scaleX(-1);
  }

  .klar-progress {
    display: grid;
    gap: var(--_k-space-xs);
    margin-block-end: var(--_k-space-m);
  }
  .klar-progress-text {
    margin: 0;
    font-weight: 600;
  }
  .klar-progress-bar {
    display: flex;
    gap: 0.25rem;
    max-inline-size: 24rem;
    /* Never wider than its column, however many steps (320 px, 400 % zoom). */
    overflow: hidden;
  }
  .klar-progress-bar.klar-many {
    gap: 1px;
  }
  .klar-progress-bar.klar-many .klar-seg {
    border-width: 1px;
    border-radius: 0;
  }
  /* Done: filled; current: half filled; to come: outline only. Shapes, not colours, tell them apart. */
  .klar-seg {
    flex: 1;
    min-inline-size: 0;
    block-size: 0.625rem;
    border: 2px solid var(--_t-current);
    border-radius: 999px;
  }
  .klar-seg-done {
    border-color: var(--_t-done);
    background: var(--_t-done);
  }
  .klar-seg-current {
    background: linear-gradient(to right, var(--_t-current) 50%, transparent 50%);
  }
  :host(:dir(rtl)) .klar-seg-current {
    background: linear-gradient(to left, var(--_t-current) 50%, transparent 50%);
  }
  @media (forced-colors: active) {
    .klar-seg-done,
    .klar-seg-current {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .klar-seg-current {
      background: linear-gradient(to right, CanvasText 50%, Canvas 50%);
    }
    .klar-seg {
      border-color: CanvasText;
    }
  }

  .klar-summary {
    display: grid;
    gap: var(--_k-space-m);
  }
  /* Lit's markers and the spaces between parts keep :empty from matching: no element inside is empty. */
  .klar-summary:not(:has(*)) {
    display: none;
  }

  .klar-waiting,
  .klar-delay,
  .klar-overdue,
  .klar-stopped {
    /* Padding as every notice (core/notice.styles.ts); a narrower bar in the attention colour. */
    border-inline-start: 4px solid var(--_t-attn);
    background: var(--_t-attn-bg);
  }
  .klar-waiting > .klar-icon,
  .klar-delay > .klar-icon,
  .klar-overdue > .klar-icon {
    color: var(--_t-attn);
  }
  .klar-stopped {
    border-color: var(--_k-danger);
    background: var(--_k-danger-surface);
  }
  .klar-stopped > .klar-icon {
    color: var(--_k-danger);
  }
  .klar-paused {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  .klar-actions {
    border: 2px solid var(--_k-accent);
    border-inline-start-width: 6px;
    background: var(--_t-action-bg);
    padding: var(--_k-space-s) var(--_k-space-m);
  }
  .klar-actions ul {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_k-space-s);
  }

  .klar-promise,
  .klar-decision {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    padding: var(--_k-space-m);
    display: grid;
    gap: var(--_k-space-s);
  }
  .klar-promise dl {
    display: grid;
    gap: var(--_k-space-s);
  }
  .klar-promise dt {
    font-weight: 700;
  }
  .klar-decision .klar-outcome {
    font-size: var(--_k-size-l);
  }

  .klar-list {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .klar-step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_t-marker) minmax(0, 1fr);
    gap: var(--_k-space-s);
    padding-block-end: var(--_t-gap);
  }
  /* The line joining the markers; a border, so forced-colors mode keeps it. */
  .klar-step::before {
    content: '';
    position: absolute;
    inset-block: calc(var(--_t-marker) + 2px) 0;
    inset-inline-start: calc(var(--_t-marker) / 2 - var(--_t-line-w) / 2);
    border-inline-start: var(--_t-line-w) solid var(--_t-line);
  }
  .klar-step:last-child::before {
    display: none;
  }
  .klar-step.klar-step-upcoming::before {
    border-inline-start-style: dashed;
  }
  .klar-marker {
    color: var(--_k-muted);
    line-height: 1;
  }
  .klar-marker .klar-icon {
    inline-size: var(--_t-marker);
    block-size: var(--_t-marker);
    vertical-align: top;
  }
  .klar-step-done .klar-marker {
    color: var(--_t-done);
  }
  .klar-step-current .klar-marker {
    color: var(--_t-current);
  }
  .klar-step-blocked .klar-marker {
    color: var(--_k-danger);
  }
  .klar-step-overdue .klar-marker,
  .klar-step-delayed .klar-marker {
    color: var(--_t-attn);
  }

  .klar-body {
    display: grid;
    gap: var(--_k-space-xs);
    min-inline-size: 0;
  }
  .klar-title {
    font-size: var(--_k-size-m);
    line-height: var(--_k-line);
  }
  .klar-step-current .klar-title {
    font-size: var(--_k-size-l);
  }
  .klar-step-skipped .klar-title {
    color: var(--_k-muted);
  }
  .klar-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-xs) var(--_k-space-s);
    align-items: center;
    font-size: var(--_k-size-s);
  }
  .klar-tag {
    display: inline-flex;
    gap: var(--_k-space-xs);
    align-items: center;
    font-weight: 700;
    padding-inline: var(--_k-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_k-radius);
  }
  .klar-tag-attention {
    color: var(--_t-attn);
    background: var(--_t-attn-bg);
  }
  .klar-tag-action {
    color: var(--_k-accent);
    background: var(--_t-action-bg);
  }
  .klar-date {
    color: var(--_k-muted);
  }
  .klar-description,
  .klar-owner {
    color: var(--_k-text);
  }
  .klar-owner {
    font-size: var(--_k-size-s);
  }

  /* Roomy: a main column. The current step stands out as a card. */
  @container klar-timeline (min-width: 36rem) {
    .klar-base {
      --_t-marker: var(--klar-timeline-marker-size, 2rem);
    }
    .klar-step {
      gap: var(--_k-space-m);
    }
    .klar-step-current .klar-body {
      border: 2px solid var(--_t-current);
      border-radius: var(--_k-radius);
      padding: var(--_k-space-m);
    }
    .klar-summary {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
    .klar-waiting,
    .klar-actions,
    .klar-decision {
      grid-column: 1 / -1;
    }
  }

  /* Compact: a sidebar, or a phone at 200 % text. Smaller markers, tighter gaps, headings at body
     size, and as in the status card, less padding and a notice's icon above its words: at 320 px
     with 200 % text a step's notice had a 68 px column and broke "gør|e", "fær|digt". In rem, so
     it follows the text size. A bold label wider than the whole column ("behandlingstid") is
     hyphenated by the element's lang where the engine can (Firefox). */
  @container klar-timeline (max-width: 22rem) {
    .klar-base {
      --_t-marker: var(--klar-timeline-marker-size, 1rem);
      --_t-gap: var(--klar-timeline-gap, var(--_k-space-s));
    }
    .klar-step {
      gap: var(--_k-space-xs);
    }
    .klar-heading {
      font-size: var(--_k-size-l);
    }
    .klar-section-heading,
    .klar-step-current .klar-title {
      font-size: var(--_k-size-m);
    }
    .klar-notice,
    .klar-actions,
    .klar-promise,
    .klar-decision {
      padding: var(--_k-space-s);
    }
    .klar-notice {
      flex-direction: column;
    }
    .klar-actions ul {
      padding-inline-start: 1rem;
    }
    /* Inline, so the lines after the icon have the whole width. Not the calendar control: a
       button cannot be inline, and the server's link to the file stays drawn as the button that
       replaces it (core/calendar.ts), so nothing moves when the element takes over. */
    .klar-links a:not(.klar-calendar) {
      display: inline;
    }
    .klar-links .klar-icon {
      margin-inline-end: var(--_k-space-xs);
    }
    dt {
      hyphens: auto;
    }
  }

  @media (forced-colors: active) {
    .klar-marker,
    .klar-tag,
    .klar-step-done .klar-marker,
    .klar-step-current .klar-marker {
      color: CanvasText;
    }
    .klar-step-current .klar-body,
    .klar-waiting,
    .klar-delay,
    .klar-overdue,
    .klar-stopped,
    .klar-actions {
      border-color: CanvasText;
    }
    .klar-step::before {
      border-color: GrayText;
    }
  }

  @media print {
    .klar-fold {
      display: none !important;
    }
    .klar-step {
      break-inside: avoid;
    }
    .klar-waiting,
    .klar-delay,
    .klar-overdue,
    .klar-stopped,
    .klar-actions,
    .klar-tag {
      background: none !important;
      border-color: #000 !important;
      color: #000 !important;
    }
    .klar-marker,
    .klar-marker .klar-icon {
      color: #000 !important;
    }
    a {
      color: #000;
    }
  }
`;
