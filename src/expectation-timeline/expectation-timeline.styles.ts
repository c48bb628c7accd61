import { css } from 'lit';

/**
 * Layout follows the element's own width (container queries), not the viewport: the same
 * markup is compact in a 280 px sidebar and roomier in a main column. Logical properties
 * keep right-to-left correct; states carry an icon and a word, so colour is never alone.
 */
export const timelineStyles = css`
  :host {
    display: block;
    container: klar-timeline / inline-size;
  }

  /* Variables live on .base, not :host, so the container queries below can change them. */
  .base {
    --_t-marker: var(--klar-timeline-marker-size, 1.5rem);
    --_t-line-w: var(--klar-timeline-line-width, 2px);
    --_t-line: var(--klar-timeline-line-color, var(--_k-border));
    --_t-done: var(--klar-timeline-done-color, var(--_k-success));
    --_t-current: var(--klar-timeline-current-color, var(--_k-accent));
    --_t-attn: var(--klar-timeline-attention-color, var(--_k-warning));
    --_t-attn-bg: var(--klar-timeline-attention-surface, var(--_k-warning-surface));
    --_t-action-bg: var(--klar-timeline-action-surface, var(--_k-info-surface));
    --_t-gap: var(--klar-timeline-gap, var(--_k-space-m));
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

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-m);
  }

  .heading {
    font-size: var(--_k-size-xl);
    line-height: 1.25;
  }

  .section-heading {
    display: flex;
    align-items: center;
    gap: var(--_k-space-s);
    font-size: var(--_k-size-l);
    line-height: 1.3;
    margin-block-end: var(--_k-space-s);
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .loading {
    /* Space is reserved so the page does not jump when the case arrives. */
    min-block-size: var(--klar-timeline-loading-size, 12rem);
    color: var(--_k-muted);
  }

  .error {
    border-inline-start: 4px solid var(--_k-danger);
    background: var(--_k-danger-surface);
    padding: var(--_k-space-m);
    display: grid;
    gap: var(--_k-space-s);
  }
  .error-title {
    display: flex;
    gap: var(--_k-space-s);
    align-items: center;
    color: var(--_k-danger);
  }
  .error-title strong {
    color: var(--_k-text);
  }

  button {
    justify-self: start;
    align-self: flex-start;
  }

  .fold .icon {
    transition: transform 0.15s;
  }
  .fold[aria-expanded='true'] .icon {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .fold[aria-expanded='false'] .icon {
    transform: scaleX(-1);
  }

  .progress {
    display: grid;
    gap: var(--_k-space-xs);
    margin-block-end: var(--_k-space-m);
  }
  .progress-text {
    margin: 0;
    font-weight: 600;
  }
  .progress-bar {
    display: flex;
    gap: 0.25rem;
    max-inline-size: 24rem;
    /* Never wider than its column, however many steps (320 px, 400 % zoom). */
    overflow: hidden;
  }
  .progress-bar.many {
    gap: 1px;
  }
  .progress-bar.many .seg {
    border-width: 1px;
    border-radius: 0;
  }
  /* Done: filled; current: half filled; to come: outline only. Shapes, not colours, tell them apart. */
  .seg {
    flex: 1;
    min-inline-size: 0;
    block-size: 0.625rem;
    border: 2px solid var(--_t-current);
    border-radius: 999px;
  }
  .seg-done {
    border-color: var(--_t-done);
    background: var(--_t-done);
  }
  .seg-current {
    background: linear-gradient(to right, var(--_t-current) 50%, transparent 50%);
  }
  :host(:dir(rtl)) .seg-current {
    background: linear-gradient(to left, var(--_t-current) 50%, transparent 50%);
  }
  @media (forced-colors: active) {
    .seg-done,
    .seg-current {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .seg-current {
      background: linear-gradient(to right, CanvasText 50%, Canvas 50%);
    }
    .seg {
      border-color: CanvasText;
    }
  }

  .summary {
    display: grid;
    gap: var(--_k-space-m);
  }
  .summary:empty {
    display: none;
  }

  .waiting,
  .delay,
  .overdue,
  .stopped {
    border-inline-start: 4px solid var(--_t-attn);
    background: var(--_t-attn-bg);
    padding: var(--_k-space-s) var(--_k-space-m);
  }
  .waiting > .icon,
  .delay > .icon,
  .overdue > .icon {
    color: var(--_t-attn);
  }
  .stopped {
    border-color: var(--_k-danger);
    background: var(--_k-danger-surface);
  }
  .stopped > .icon {
    color: var(--_k-danger);
  }
  .paused {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  .actions {
    border: 2px solid var(--_k-accent);
    border-inline-start-width: 6px;
    background: var(--_t-action-bg);
    padding: var(--_k-space-s) var(--_k-space-m);
  }
  .actions ul {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_k-space-s);
  }

  .promise,
  .decision {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    padding: var(--_k-space-m);
    display: grid;
    gap: var(--_k-space-s);
  }
  .promise dl {
    display: grid;
    gap: var(--_k-space-s);
  }
  .promise dt {
    font-weight: 700;
  }
  .decision .outcome {
    font-size: var(--_k-size-l);
  }
  .appeal {
    border-inline-start: 4px solid var(--_k-accent);
    padding-inline-start: var(--_k-space-m);
    display: grid;
    gap: var(--_k-space-xs);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s) var(--_k-space-l);
  }
  .links:empty {
    display: none;
  }
  .links a,
  .calendar {
    display: inline-flex;
    gap: var(--_k-space-xs);
    align-items: center;
  }

  .list {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_t-marker) minmax(0, 1fr);
    gap: var(--_k-space-s);
    padding-block-end: var(--_t-gap);
    /* A long case (hundreds of steps) lays out only what is on screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  /* The line joining the markers; a border, so forced-colors mode keeps it. */
  .step::before {
    content: '';
    position: absolute;
    inset-block: calc(var(--_t-marker) + 2px) 0;
    inset-inline-start: calc(var(--_t-marker) / 2 - var(--_t-line-w) / 2);
    border-inline-start: var(--_t-line-w) solid var(--_t-line);
  }
  .step:last-child::before {
    display: none;
  }
  .step.step-upcoming::before {
    border-inline-start-style: dashed;
  }
  .marker {
    color: var(--_k-muted);
    line-height: 1;
  }
  .marker .icon {
    inline-size: var(--_t-marker);
    block-size: var(--_t-marker);
    vertical-align: top;
  }
  .step-done .marker {
    color: var(--_t-done);
  }
  .step-current .marker {
    color: var(--_t-current);
  }
  .step-blocked .marker {
    color: var(--_k-danger);
  }
  .step-overdue .marker,
  .step-delayed .marker {
    color: var(--_t-attn);
  }

  .body {
    display: grid;
    gap: var(--_k-space-xs);
    min-inline-size: 0;
  }
  .title {
    font-size: var(--_k-size-m);
    line-height: var(--_k-line);
  }
  .step-current .title {
    font-size: var(--_k-size-l);
  }
  .step-skipped .title {
    color: var(--_k-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-xs) var(--_k-space-s);
    align-items: center;
    font-size: var(--_k-size-s);
  }
  .tag {
    display: inline-flex;
    gap: var(--_k-space-xs);
    align-items: center;
    font-weight: 700;
    padding-inline: var(--_k-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_k-radius);
  }
  .tag-attention {
    color: var(--_t-attn);
    background: var(--_t-attn-bg);
  }
  .tag-action {
    color: var(--_k-accent);
    background: var(--_t-action-bg);
  }
  .date {
    color: var(--_k-muted);
  }
  .description,
  .owner {
    color: var(--_k-text);
  }
  .owner {
    font-size: var(--_k-size-s);
  }

  /* Roomy: a main column. The current step stands out as a card. */
  @container klar-timeline (min-width: 36rem) {
    .base {
      --_t-marker: var(--klar-timeline-marker-size, 2rem);
    }
    .step {
      gap: var(--_k-space-m);
    }
    .step-current .body {
      border: 2px solid var(--_t-current);
      border-radius: var(--_k-radius);
      padding: var(--_k-space-m);
    }
    .summary {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
    .waiting,
    .actions,
    .decision {
      grid-column: 1 / -1;
    }
  }

  /* Compact: a sidebar. Smaller markers, tighter gaps, headings at body size. */
  @container klar-timeline (max-width: 22rem) {
    .base {
      --_t-marker: var(--klar-timeline-marker-size, 1.25rem);
      --_t-gap: var(--klar-timeline-gap, var(--_k-space-s));
    }
    .heading {
      font-size: var(--_k-size-l);
    }
    .section-heading,
    .step-current .title {
      font-size: var(--_k-size-m);
    }
    .waiting,
    .delay,
    .overdue,
    .stopped,
    .actions,
    .promise,
    .decision {
      padding: var(--_k-space-s);
    }
    .waiting > .icon,
    .delay > .icon,
    .overdue > .icon,
    .stopped > .icon {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .marker,
    .tag,
    .step-done .marker,
    .step-current .marker {
      color: CanvasText;
    }
    .step-current .body,
    .waiting,
    .delay,
    .overdue,
    .stopped,
    .actions {
      border-color: CanvasText;
    }
    .step::before {
      border-color: GrayText;
    }
  }

  @media print {
    .fold,
    .calendar,
    .retry {
      display: none !important;
    }
    .step {
      content-visibility: visible;
      break-inside: avoid;
    }
    .waiting,
    .delay,
    .overdue,
    .stopped,
    .actions,
    .tag,
    .error {
      background: none !important;
      border-color: #000 !important;
      color: #000 !important;
    }
    .marker,
    .marker .icon {
      color: #000 !important;
    }
    a {
      color: #000;
    }
  }
`;
