import { css } from 'lit';

/**
 * The theming API. Integrators set the public `--klar-*` tokens once at `:root`; each
 * component reads them through the private `--_k-*` variables defined here, so a token
 * left unset falls back to a default that meets WCAG 2.2 AA contrast on white.
 * Sizes are rem/em so text follows the page's font size; layout uses logical properties
 * so right-to-left works; focus is an outline so it survives forced-colors mode.
 */
export const tokens = css`
  :host {
    --_k-text: var(--klar-color-text, #1b1b1b);
    --_k-muted: var(--klar-color-text-muted, #4b4f54);
    --_k-bg: var(--klar-color-background, #ffffff);
    --_k-border: var(--klar-color-border, #6b7079);
    --_k-accent: var(--klar-color-accent, #0b5cad);
    --_k-link: var(--klar-color-link, #0b5cad);
    --_k-info-surface: var(--klar-color-info-surface, #e8f0fa);
    --_k-font: var(--klar-font-family, inherit);
    --_k-size-s: var(--klar-font-size-s, 0.875rem);
    --_k-size-m: var(--klar-font-size-m, 1rem);
    --_k-size-l: var(--klar-font-size-l, 1.25rem);
    --_k-line: var(--klar-line-height, 1.5);
    --_k-space-xs: var(--klar-space-xs, 0.25rem);
    --_k-space-s: var(--klar-space-s, 0.5rem);
    --_k-space-m: var(--klar-space-m, 1rem);
    --_k-radius: var(--klar-radius, 0.25rem);
    --_k-focus: var(--klar-focus-color, #0b5cad);
    --_k-focus-width: var(--klar-focus-width, 3px);

    font-family: var(--_k-font);
    font-size: var(--_k-size-m);
    line-height: var(--_k-line);
    color: var(--_k-text);
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_k-focus-width) solid var(--_k-focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_k-link);
    text-underline-offset: 0.15em;
  }

  svg {
    flex: none;
    fill: none;
    stroke: currentColor;
  }

  .klar-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_k-focus: Highlight;
    }
    svg {
      forced-color-adjust: auto;
    }
  }

  @media print {
    :host {
      color: #000;
      --_k-text: #000;
      --_k-muted: #000;
      --_k-link: #000;
    }
  }
`;
