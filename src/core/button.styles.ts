import { css } from 'lit';

/** Buttons: outlined, at least 44 × 44 px, `.klar-primary` filled; not printed. */
export const buttonStyles = css`
  button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: var(--_k-space-xs);
    padding-inline: var(--_k-space-m);
    border: 2px solid var(--_k-accent);
    border-radius: var(--_k-radius);
    background: var(--_k-bg);
    color: var(--_k-accent);
    cursor: pointer;
    text-align: start;
  }
  button:hover {
    background: var(--_k-info-surface);
  }
  button:is(.primary, .klar-primary) {
    background: var(--_k-accent);
    color: var(--_k-accent-contrast);
    font-weight: 600;
  }
  button:is(.primary, .klar-primary):hover {
    text-decoration: underline;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
