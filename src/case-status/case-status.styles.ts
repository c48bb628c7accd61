import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .klar-base {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-m);
    padding: var(--_k-space-m);
    background: var(--klar-case-status-background, var(--_k-bg));
    border: 1px solid var(--klar-case-status-border-color, var(--_k-border));
    border-radius: var(--_k-radius);
  }

  .klar-base.klar-compact {
    gap: var(--_k-space-s);
    padding: var(--_k-space-s) var(--_k-space-m);
  }

  p,
  dl,
  dd {
    margin: 0;
  }

  .klar-heading {
    font-size: var(--_k-size-xl);
    font-weight: 700;
    line-height: 1.25;
  }

  .klar-compact .klar-heading {
    font-size: var(--_k-size-l);
  }

  .klar-subheading {
    font-size: var(--_k-size-l);
    font-weight: 700;
    margin-block-end: var(--_k-space-xs);
  }

  .klar-head {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-s);
  }

  .klar-reference,
  .klar-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_k-space-s);
  }

  .klar-reference {
    color: var(--_k-muted);
  }

  /* A break chance that is no text: "" after the slash is what assistive technology gets. */
  .klar-wbr::before {
    content: '\\200b' / '';
  }

  .klar-ref {
    font-variant-numeric: tabular-nums;
    color: var(--_k-text);
    user-select: all;
  }

  /* A quieter button than a notice's (core/notice.styles gives the rest: size, layout, print). */
  .klar-copy {
    font-size: var(--_k-size-s);
    padding: var(--_k-space-xs) var(--_k-space-s);
    color: var(--_k-link);
    border: 1px solid var(--_k-border);
  }

  .klar-tag {
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

  .klar-tag.klar-waiting,
  .klar-tag.klar-delayed {
    --_tag: var(--klar-case-status-tag-color, var(--_k-warning));
    background: var(--_k-warning-surface);
  }

  .klar-tag.klar-decided,
  .klar-tag.klar-closed {
    --_tag: var(--klar-case-status-tag-color, var(--_k-success));
    background: var(--_k-success-surface);
  }

  /* A refusal or dismissal is not a success: neutral text colour, no green. */
  .klar-tag.klar-decided.klar-outcome-refused,
  .klar-tag.klar-decided.klar-outcome-dismissed,
  .klar-tag.klar-decided.klar-outcome-other {
    --_tag: var(--klar-case-status-tag-color, var(--_k-text, currentColor));
    background: var(--_k-bg);
  }

  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .klar-muted {
    color: var(--_k-muted);
  }

  .klar-warn {
    color: var(--_k-warning);
    font-weight: 700;
  }

  .klar-action {
    display: flex;
    gap: var(--_k-space-s);
    padding: var(--_k-space-m);
    background: var(--klar-case-status-action-background, var(--_k-warning-surface));
    border: 2px solid var(--_k-warning);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_k-radius);
  }

  /* The heading starts the box, level with the icon: no browser margin above it. */
  .klar-action > div > :first-child {
    margin-block-start: 0;
  }

  .klar-action.klar-compact {
    padding: var(--_k-space-xs) var(--_k-space-s);
  }


  .klar-compact .klar-next p {
    display: inline;
  }

  .klar-compact .klar-next p + p::before {
    content: ' · ';
  }

  .klar-next-title,
  .klar-outcome {
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
    min-inline-size: min(7rem, 100%);
  }

  a {
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    min-block-size: 1.5rem;
  }

  .klar-loading {
    /* Reserves about the height of a loaded card, so nothing jumps when the case arrives. */
    min-block-size: 12rem;
    color: var(--_k-muted);
  }

  .klar-compact .klar-loading {
    min-block-size: 5rem;
  }

  /* A narrow card in its own text size (a phone at 200 % text: 160 px of 320 went to borders,
     padding and the icon, and words broke mid-word in a 56 px column): less padding, and a box's
     icon above its text instead of beside it. In rem, so it follows the text size, not the pixels.
     The case's title at the size of a compact card's, hyphenated (lang) where a word is wider
     than the card ("Byggetilladelse" at 200 % text). The status tag's words run on under its
     icon, not in a column beside it ("Under behandl|ing"); its corners round less, so two lines
     stay clear of them. */
  @container (max-width: 20rem) {
    .klar-base {
      padding: var(--_k-space-s) var(--_k-space-xs);
    }
    .klar-heading {
      font-size: var(--_k-size-l);
      hyphens: auto;
    }
    .klar-action,
    .klar-notice {
      flex-direction: column;
      padding: var(--_k-space-s) var(--_k-space-xs);
    }
    .klar-tag {
      display: block;
      padding-inline: var(--_k-space-xs);
      border-radius: var(--_k-radius);
    }
  }

  @container (min-width: 40rem) {
    .klar-base:not(.klar-compact) .klar-head {
      display: grid;
      grid-template-columns: 1fr auto;
    }
    .klar-base:not(.klar-compact) .klar-head > :not(.klar-heading, .klar-reference) {
      grid-column: 1 / -1;
    }
  }

  /* Arrows point the way the text runs. */
  .klar-base[dir='rtl'] .klar-next .klar-icon,
  .klar-base[dir='rtl'] a .klar-icon {
    transform: scaleX(-1);
  }

  @media print {
    .klar-base {
      border-color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (forced-colors: active) {
    .klar-tag,
    .klar-action,
    .klar-notice {
      border: 2px solid CanvasText;
    }
  }
`;
