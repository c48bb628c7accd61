import { css } from 'lit';

/**
 * The tokens of states and larger layouts (success, warning, danger, information, the
 * accent's contrast, the largest sizes), for the elements that show case states, notices and
 * forms. A module of its own, so a page of principle badges and lists carries only `tokens`
 * (theme.ts); read through `--_k-*` like those, set with the `--klar-*` tokens at `:root`.
 */
export const stateTokens = css`
  :host {
    --_k-accent-contrast: var(--klar-color-accent-contrast, #ffffff);
    --_k-success: var(--klar-color-success, #1e6b34);
    --_k-success-surface: var(--klar-color-success-surface, #e8f3ec);
    --_k-warning: var(--klar-color-warning, #8a4b00);
    --_k-warning-surface: var(--klar-color-warning-surface, #fdf3e1);
    --_k-danger: var(--klar-color-danger, #b3261e);
    --_k-danger-surface: var(--klar-color-danger-surface, #fbeaea);
    --_k-info: var(--klar-color-info, #0b5cad);
    --_k-size-xl: var(--klar-font-size-xl, 1.5rem);
    --_k-space-l: var(--klar-space-l, 1.5rem);
  }
`;
