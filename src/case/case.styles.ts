import { css } from 'lit';

/**
 * <klar-case>'s own layout; the notice and button look comes from core/notice.styles. Classes
 * are `klar-case-…`/`klar-…`: in the light DOM the page's own `.notice` or `.text` must not match.
 */
export const styles = css`
  :host {
    display: block;
  }

  .klar-case-notice {
    flex-wrap: wrap;
    margin-block-end: var(--_k-space-m);
  }

  .klar-case-notice.klar-warning {
    background: var(--klar-case-notice-background, var(--_k-warning-surface));
  }

  .klar-case-notice.klar-danger {
    background: var(--klar-case-notice-background, var(--_k-danger-surface));
  }

  .klar-case-notice .klar-text {
    flex: 1 1 16rem;
    margin: 0;
  }

  .klar-case-notice .klar-login,
  .klar-case-notice .klar-contact {
    flex: 1 1 100%;
    margin: 0;
  }

  .klar-contact[hidden] {
    display: none;
  }

  .klar-case-notice strong {
    display: block;
  }

  /* The author's contact element shows only while an error notice needs it (the light DOM has
     no slot to hide it in). */
  :host(:not([data-klar-contact])) ::slotted([slot='contact']) {
    display: none;
  }
`;
