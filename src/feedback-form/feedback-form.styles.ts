import { css } from 'lit';

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

  .heading:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
    outline-offset: 2px;
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

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_k-space-xs);
  }

  .hint {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  textarea,
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select {
    font: inherit;
    color: var(--_k-text);
    background: var(--_k-bg);
    border: 2px solid var(--_k-border);
    border-radius: var(--_k-radius);
    padding: var(--_k-space-s);
    min-block-size: 2.75rem;
    inline-size: 100%;
    max-inline-size: 100%;
  }

  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_k-danger);
    border-inline-start-width: 5px;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_k-space-s);
    padding-block: var(--_k-space-xs);
  }

  .choice label {
    font-weight: 400;
    padding-block-start: 0.1em;
  }

  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_k-accent);
  }

  .choices {
    display: flex;
    flex-direction: column;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s);
    align-items: center;
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--_k-space-s) var(--_k-space-m);
    border-radius: var(--_k-radius);
    border: 2px solid var(--_k-accent);
    background: var(--_k-bg);
    color: var(--_k-accent);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
  }

  button.primary {
    background: var(--_k-accent);
    color: var(--_k-accent-contrast);
    font-weight: 600;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  button.link {
    border: 0;
    background: none;
    color: var(--_k-link);
    text-decoration: underline;
    padding-inline: var(--_k-space-xs);
    min-block-size: 1.5rem;
  }

  .notice {
    display: flex;
    gap: var(--_k-space-s);
    align-items: flex-start;
    padding: var(--_k-space-s) var(--_k-space-m);
    border-inline-start: 5px solid var(--_k-info);
    background: var(--_k-info-surface);
  }

  .notice > div {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-xs);
    align-items: flex-start;
  }

  .notice.warning {
    border-color: var(--_k-warning);
    background: var(--_k-warning-surface);
  }

  .notice.danger {
    border-color: var(--_k-danger);
    background: var(--_k-danger-surface);
  }

  .notice:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
  }

  .summary {
    border: 3px solid var(--_k-danger);
    padding: var(--_k-space-m);
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-s);
  }

  .summary:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
    outline-offset: 2px;
  }

  .summary ul {
    margin: 0;
    padding-inline-start: var(--_k-space-l);
  }

  .summary a {
    color: var(--_k-danger);
    font-weight: 600;
    display: inline-block;
    min-block-size: 1.5rem;
  }

  .error {
    color: var(--_k-danger);
    font-weight: 600;
    display: flex;
    gap: var(--_k-space-xs);
    align-items: flex-start;
  }

  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
  }

  /* Clipped in place rather than moved off-screen: an off-screen offset made right-to-left
     pages 10,000 px wide (found by the 320 px sweep). */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .receipt {
    font-weight: 600;
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
    button,
    button.primary {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .notice,
    .summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
    .summary a {
      color: LinkText;
    }
  }
`;
