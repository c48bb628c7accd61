import { css } from 'lit';

/** <klar-case>'s own layout; the notice and button look comes from core/notice.styles. */
export const styles = css`
  :host {
    display: block;
  }

  .notice {
    flex-wrap: wrap;
    margin-block-end: var(--_k-space-m);
  }

  .notice.stale {
    background: var(--klar-case-notice-background, var(--_k-warning-surface));
  }

  .notice.error {
    background: var(--klar-case-notice-background, var(--_k-danger-surface));
  }

  .notice .text {
    flex: 1 1 16rem;
    margin: 0;
  }

  .notice .login,
  .notice .contact {
    flex: 1 1 100%;
    margin: 0;
  }

  .contact[hidden] {
    display: none;
  }

  strong {
    display: block;
  }
`;
