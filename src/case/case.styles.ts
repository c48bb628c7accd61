import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_k-space-s);
    margin-block-end: var(--_k-space-m);
    padding: var(--_k-space-s) var(--_k-space-m);
    border: 1px solid currentColor;
    border-inline-start-width: 0.375rem;
    border-radius: var(--_k-radius);
  }

  .notice.stale {
    color: var(--_k-warning);
    background: var(--klar-case-notice-background, var(--_k-warning-surface));
  }

  .notice.error {
    color: var(--_k-danger);
    background: var(--klar-case-notice-background, var(--_k-danger-surface));
  }

  .notice .text {
    flex: 1 1 16rem;
    color: var(--_k-text);
    margin: 0;
  }

  .notice .login,
  .notice .contact {
    flex: 1 1 100%;
    color: var(--_k-text);
    margin: 0;
  }

  .contact[hidden] {
    display: none;
  }

  .notice .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }

  strong {
    display: block;
  }

  button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    min-block-size: 2.75rem;
    padding: var(--_k-space-xs) var(--_k-space-m);
    color: var(--_k-accent-contrast);
    background: var(--_k-accent);
    border: 2px solid transparent;
    border-radius: var(--_k-radius);
    cursor: pointer;
  }

  button:hover {
    text-decoration: underline;
  }

  @media print {
    button {
      display: none;
    }
    .notice {
      background: none;
    }
  }
`;
