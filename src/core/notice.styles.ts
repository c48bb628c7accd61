import { css, type CSSResult } from 'lit';
import { buttonStyles } from './button.styles.js';

/**
 * The one look of notices and buttons, shared by every element, so an error, a delay or a
 * "Prøv igen" looks the same wherever it appears. Adopted once per element class (Lit shares
 * one constructed sheet between elements that list it).
 *
 * - `.klar-notice` (+ `.klar-warning`, `.klar-danger`): an icon and text with a coloured
 *   inline-start bar; never colour alone (each notice has an icon and words).
 * - `button`: outlined, at least 44 × 44 px (WCAG 2.5.5 / 2.5.8), `button.klar-primary` filled.
 * Two parts, for the feedback form, whose first paint has buttons and no notice (its notices come
 * with its on-demand part): `buttonStyles` (./button.styles.ts, a module of its own so the form's
 * first paint does not carry the notices) and `noticeBoxStyles`. Every other element takes both.
 * Class names are prefixed `klar-` because light-DOM elements share the page's class names (a
 * CMS's `.notice` must not style us); the unprefixed ones serve the elements still in shadow DOM.
 */

/** The notice box: `.notice`/`.klar-notice`, its warning and danger kinds, its icon. */
export const noticeBoxStyles = css`
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
    justify-items: start;
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
  @media print {
    :is(.notice, .klar-notice) {
      background: none;
    }
  }
`;

/** Notices and buttons, for every element but the feedback form. */
export const noticeStyles: CSSResult[] = [noticeBoxStyles, buttonStyles];
