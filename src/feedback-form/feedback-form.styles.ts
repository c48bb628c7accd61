import { css } from 'lit';

/**
 * What the quick question needs at first paint (and the plain message when a part could not be
 * loaded); the rest comes with what shows it (./feedback-more.styles.ts). Buttons look as in every
 * element: the one sheet for them (core/notice.styles.ts) comes first.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_ff-gap: var(--klar-feedback-gap, var(--_k-space-m));
    --_ff-bg: var(--klar-feedback-background, var(--_k-bg));
    --_ff-border: var(--klar-feedback-border-color, var(--_k-border));
    --_ff-max: var(--klar-feedback-max-width, 40rem);
  }

  .base {
    max-inline-size: var(--_ff-max);
    background: var(--_ff-bg);
    border: 1px solid var(--_ff-border);
    border-radius: var(--_k-radius);
    padding: var(--_k-space-m);
    scroll-margin-block-start: var(--_k-space-l);
  }

  [hidden] {
    display: none !important;
  }

  form,
  .sent {
    display: flex;
    flex-direction: column;
    gap: var(--_ff-gap);
  }

  .heading {
    margin: 0;
    font-size: var(--_k-size-l);
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-xs);
  }

  label,
  legend,
  .question {
    font-weight: 600;
  }

  .hint {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s);
    align-items: center;
  }

  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
  }

  @container (max-width: 20rem) {
    .base {
      padding: var(--_k-space-s);
    }
    .buttons {
      flex-direction: column;
      align-items: stretch;
    }
  }

  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
