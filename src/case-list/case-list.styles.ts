import { css } from 'lit';

/** <klar-case-list>'s look: compact rows in groups; notices and the retry button come from core/notice.styles. */
export const styles = css`
  /* Its own surface, as the status and the form have: its group headings are for it (on a dark
     page, near-black text sat on the page's dark background). */
  :host {
    display: block;
    container-type: inline-size;
    background: var(--klar-case-list-background, var(--_k-bg));
    color-scheme: light;
  }

  .klar-base {
    display: grid;
    gap: var(--_k-space-l);
  }

  .klar-base > [role='status']:empty {
    display: none;
  }

  p,
  ul {
    margin: 0;
  }

  .klar-group {
    display: grid;
    gap: var(--_k-space-s);
  }

  .klar-group-heading {
    margin: 0;
    font-size: var(--_k-size-l);
    font-weight: 700;
    line-height: 1.25;
  }

  .klar-rows {
    display: grid;
    gap: var(--_k-space-s);
    padding: 0;
    list-style: none;
  }

  .klar-row {
    display: grid;
    gap: var(--_k-space-xs);
    padding: var(--_k-space-s) var(--_k-space-m);
    background: var(--klar-case-list-row-background, var(--_k-bg));
    border: 1px solid var(--klar-case-list-row-border-color, var(--_k-border));
    border-radius: var(--_k-radius);
  }

  /* The citizen's turn: a thick bar as well as the words "Det skal du gøre" (never colour alone). */
  .klar-row.klar-act {
    border-inline-start: 0.375rem solid var(--klar-case-list-act-color, var(--_k-warning));
  }

  /* The case the page shows: a thicker outline as well as aria-current on its link. */
  .klar-row.klar-current {
    outline: 2px solid var(--_k-accent);
    outline-offset: -1px;
  }

  .klar-title {
    margin: 0;
    font-size: var(--_k-size-m);
    font-weight: 700;
    line-height: 1.35;
  }

  /* The whole title is the link, at least 24 px high (WCAG 2.5.8). */
  .klar-title a {
    display: inline-block;
    min-block-size: 1.5rem;
  }

  .klar-tag {
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

  .klar-tag.klar-waiting,
  .klar-tag.klar-delayed {
    --_tag: var(--_k-warning);
    background: var(--_k-warning-surface);
  }

  .klar-tag.klar-decided,
  .klar-tag.klar-closed {
    --_tag: var(--_k-success);
    background: var(--_k-success-surface);
  }

  /* A refusal or dismissal is not a success: neutral colour, no green. */
  .klar-tag.klar-decided.klar-outcome-refused,
  .klar-tag.klar-decided.klar-outcome-dismissed,
  .klar-tag.klar-decided.klar-outcome-other {
    --_tag: var(--_k-text);
    background: var(--_k-bg);
  }

  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }

  .klar-action {
    display: flex;
    gap: var(--_k-space-xs);
  }

  .klar-lead.klar-warn {
    color: var(--_k-warning);
    font-weight: 700;
  }

  .klar-next,
  .klar-decision {
    color: var(--_k-text);
  }

  .klar-loading,
  .klar-empty {
    color: var(--_k-muted);
  }

  .klar-loading {
    /* Reserves about the height of a short list, so little jumps when the cases arrive. */
    min-block-size: 8rem;
  }

  .klar-notice {
    flex-wrap: wrap;
  }

  /* A phone at 200 % text (or a narrow sidebar): the row's padding and bar, and the status pill,
     took the words' room ("decemb|er", a pill 130 px tall). As the status card does. */
  @container (max-width: 20rem) {
    .klar-row {
      padding: var(--_k-space-s) var(--_k-space-xs);
    }
    .klar-row.klar-act {
      border-inline-start-width: 0.25rem;
    }
    .klar-action {
      flex-direction: column;
    }
    .klar-tag {
      display: block;
      padding-inline: var(--_k-space-xs);
      border-radius: var(--_k-radius);
    }
  }

  .klar-notice .klar-text {
    flex: 1 1 16rem;
  }

  .klar-notice .klar-login,
  .klar-notice .klar-contact {
    flex: 1 1 100%;
  }

  strong {
    font-weight: 700;
  }

  .klar-notice strong {
    display: block;
  }

  @media (forced-colors: active) {
    .klar-tag,
    .klar-row.klar-act {
      border-color: CanvasText;
    }
  }
`;
