import { css } from 'lit';

/**
 * The one look of notices and buttons, shared by every element, so an error, a delay or a
 * "Prøv igen" looks the same wherever it appears. Adopted once per element class (Lit shares
 * one constructed sheet between elements that list it).
 *
 * - `.klar-notice` (+ `.klar-warning`, `.klar-danger`): an icon and text with a coloured
 *   inline-start bar; never colour alone (each notice has an icon and words).
 * - `button`: outlined, at least 44 × 44 px (WCAG 2.5.5 / 2.5.8), `button.klar-primary` filled.
 * Class names are prefixed `klar-` because light-DOM elements share the page's class names (a
 * CMS's `.notice` must not style us); the unprefixed ones serve the elements still in shadow DOM.
 */
export const noticeStyles = css`
  :is(.notice, .klar-notice) {
    display: flex;
    gap: var(--_k-space-s);
    align-items: flex-start;
    padding: var(--_k-space-s) var(--_k-space-m);
    border-inline-start: 0.375rem solid var(--_k-info);
    border-radius: var(--_k-radius);
    background: var(--_k-info-surface);
    color: var(--_k-text);
  }
  :is(.notice, .klar-notice) > div {
    display: grid;
    gap: var(--_k-space-xs);
  }
  :is(.notice, .klar-notice):is(.stale, .klar-warning) {
    border-inline-start-color: var(--_k-warning);
    background: var(--_k-warning-surface);
  }
  :is(.notice, .klar-notice):is(.error, .klar-danger) {
    border-inline-start-color: var(--_k-danger);
    background: var(--_k-danger-surface);
  }
  :is(.notice, .klar-notice) .klar-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }

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
    :is(.notice, .klar-notice) {
      background: none;
    }
  }
`;
