import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-m);
    padding: var(--_k-space-m);
    background: var(--klar-case-status-background, var(--_k-bg));
    border: 1px solid var(--klar-case-status-border-color, var(--_k-border));
    border-radius: var(--_k-radius);
  }

  .base.compact {
    gap: var(--_k-space-s);
    padding: var(--_k-space-s) var(--_k-space-m);
  }

  p,
  dl,
  dd {
    margin: 0;
  }

  .heading {
    font-size: var(--_k-size-xl);
    font-weight: 700;
    line-height: 1.25;
  }

  .compact .heading {
    font-size: var(--_k-size-l);
  }

  .subheading {
    font-size: var(--_k-size-l);
    font-weight: 700;
    margin-block-end: var(--_k-space-xs);
  }

  .head {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-s);
  }

  .reference {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_k-space-s);
    color: var(--_k-muted);
  }

  .ref {
    font-variant-numeric: tabular-nums;
    color: var(--_k-text);
    user-select: all;
  }

  .copy {
    font: inherit;
    font-size: var(--_k-size-s);
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--_k-space-xs) var(--_k-space-s);
    color: var(--_k-link);
    background: var(--_k-bg);
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    cursor: pointer;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_k-space-s);
  }

  .tag {
    --_tag: var(--klar-case-status-tag-color, var(--_k-accent));
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    inline-size: fit-content;
    padding: var(--_k-space-xs) var(--_k-space-s);
    font-weight: 700;
    color: var(--_tag);
    border: 2px solid currentColor;
    border-radius: 999px;
    background: var(--_k-bg);
  }

  .tag.waiting,
  .tag.delayed {
    --_tag: var(--klar-case-status-tag-color, var(--_k-warning));
    background: var(--_k-warning-surface);
  }

  .tag.decided,
  .tag.closed {
    --_tag: var(--klar-case-status-tag-color, var(--_k-success));
    background: var(--_k-success-surface);
  }

  /* A refusal or dismissal is not a success: neutral text colour, no green. */
  .tag.decided.outcome-refused,
  .tag.decided.outcome-dismissed,
  .tag.decided.outcome-other {
    --_tag: var(--klar-case-status-tag-color, var(--_k-text, currentColor));
    background: var(--_k-bg);
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .muted {
    color: var(--_k-muted);
  }

  .warn {
    color: var(--_k-warning);
    font-weight: 700;
  }

  .action {
    display: flex;
    gap: var(--_k-space-s);
    padding: var(--_k-space-m);
    background: var(--klar-case-status-action-background, var(--_k-warning-surface));
    border: 2px solid var(--_k-warning);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_k-radius);
  }

  .action.compact {
    padding: var(--_k-space-xs) var(--_k-space-s);
  }


  .compact .next p {
    display: inline;
  }

  .compact .next p + p::before {
    content: ' · ';
  }

  .next-title,
  .outcome {
    font-weight: 700;
  }

  dl {
    display: grid;
    gap: var(--_k-space-xs);
  }

  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s);
  }

  dt {
    font-weight: 700;
    min-inline-size: 7rem;
  }

  a {
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    min-block-size: 1.5rem;
  }

  .loading {
    /* Reserves about the height of a loaded card, so nothing jumps when the case arrives. */
    min-block-size: 12rem;
    color: var(--_k-muted);
  }

  .compact .loading {
    min-block-size: 5rem;
  }

  @container (min-width: 40rem) {
    .base:not(.compact) .head {
      display: grid;
      grid-template-columns: 1fr auto;
    }
    .base:not(.compact) .head > :not(.heading, .reference) {
      grid-column: 1 / -1;
    }
  }

  :dir(rtl) .icon[part='icon'] {
    /* Arrows point the way the text runs. */
  }

  .base[dir='rtl'] .next .icon,
  .base[dir='rtl'] a .icon {
    transform: scaleX(-1);
  }

  @media print {
    .copy {
      display: none;
    }
    .base {
      border-color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (forced-colors: active) {
    .tag,
    .action,
    .notice {
      border: 2px solid CanvasText;
    }
  }
`;
