import { css } from 'lit';

/** <klar-case-list>'s look: compact rows in groups; notices and the retry button come from core/notice.styles. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .base {
    display: grid;
    gap: var(--_k-space-l);
  }

  .base > [role='status']:empty {
    display: none;
  }

  p,
  ul {
    margin: 0;
  }

  .group {
    display: grid;
    gap: var(--_k-space-s);
  }

  .group-heading {
    margin: 0;
    font-size: var(--_k-size-l);
    font-weight: 700;
    line-height: 1.25;
  }

  .rows {
    display: grid;
    gap: var(--_k-space-s);
    padding: 0;
    list-style: none;
  }

  .row {
    display: grid;
    gap: var(--_k-space-xs);
    padding: var(--_k-space-s) var(--_k-space-m);
    background: var(--klar-case-list-row-background, var(--_k-bg));
    border: 1px solid var(--klar-case-list-row-border-color, var(--_k-border));
    border-radius: var(--_k-radius);
  }

  /* The citizen's turn: a thick bar as well as the words "Det skal du gøre" (never colour alone). */
  .row.act {
    border-inline-start: 0.375rem solid var(--klar-case-list-act-color, var(--_k-warning));
  }

  /* The case the page shows: a thicker outline as well as aria-current on its link. */
  .row.current {
    outline: 2px solid var(--_k-accent);
    outline-offset: -1px;
  }

  .title {
    margin: 0;
    font-size: var(--_k-size-m);
    font-weight: 700;
    line-height: 1.35;
  }

  /* The whole title is the link, at least 24 px high (WCAG 2.5.8). */
  .title a {
    display: inline-block;
    min-block-size: 1.5rem;
  }

  .tag {
    --_tag: var(--_k-accent);
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    inline-size: fit-content;
    padding: 0 var(--_k-space-s);
    font-size: var(--_k-size-s);
    font-weight: 700;
    color: var(--_tag);
    border: 2px solid currentColor;
    border-radius: 999px;
    background: var(--_k-bg);
  }

  .tag.waiting,
  .tag.delayed {
    --_tag: var(--_k-warning);
    background: var(--_k-warning-surface);
  }

  .tag.decided,
  .tag.closed {
    --_tag: var(--_k-success);
    background: var(--_k-success-surface);
  }

  /* A refusal or dismissal is not a success: neutral colour, no green. */
  .tag.decided.outcome-refused,
  .tag.decided.outcome-dismissed,
  .tag.decided.outcome-other {
    --_tag: var(--_k-text);
    background: var(--_k-bg);
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .action {
    display: flex;
    gap: var(--_k-space-xs);
  }

  .lead.warn {
    color: var(--_k-warning);
    font-weight: 700;
  }

  .next,
  .decision {
    color: var(--_k-text);
  }

  .loading,
  .empty {
    color: var(--_k-muted);
  }

  .loading {
    /* Reserves about the height of a short list, so little jumps when the cases arrive. */
    min-block-size: 8rem;
  }

  .notice {
    flex-wrap: wrap;
  }

  .notice .text {
    flex: 1 1 16rem;
  }

  .notice .login,
  .notice .contact {
    flex: 1 1 100%;
  }

  strong {
    font-weight: 700;
  }

  .notice strong {
    display: block;
  }

  @media (forced-colors: active) {
    .tag,
    .row.act {
      border-color: CanvasText;
    }
  }
`;
