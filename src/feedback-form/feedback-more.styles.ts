import { css, type CSSResult } from 'lit';
import { noticeBoxStyles } from '../core/notice.styles.js';
import { stateTokens } from '../core/state-tokens.js';

/**
 * The feedback form's styles for what it shows after the first input (./feedback-more.ts): text
 * fields, choices, the send button, notices, the error summary and errors. They come with that
 * code, after the form's first-paint styles (./feedback-form.styles.ts), not with the form (issue 15).
 * Notices look as in every element: the one notice box (core/notice.styles.ts) comes first.
 */

const more = css`
  .klar-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
  }

  .klar-heading:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
    outline-offset: 2px;
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

  .klar-choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_k-space-s);
    padding-block: var(--_k-space-xs);
  }

  .klar-choice label {
    font-weight: 400;
    padding-block-start: 0.1em;
  }

  .klar-choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_k-accent);
  }

  /* The contact fields show while "Jeg vil gerne have et svar" is ticked, with or without
     JavaScript (feedback-modes.ts renderContact); a browser without :has shows them always. */
  form:not(:has([name='wantsAnswer']:checked)) .klar-contact {
    display: none;
  }

  .klar-choices {
    display: flex;
    flex-direction: column;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  button.klar-link {
    border: 0;
    background: none;
    color: var(--_k-link);
    text-decoration: underline;
    padding-inline: var(--_k-space-xs);
    min-block-size: 1.5rem;
  }

  .klar-notice:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
  }

  .klar-summary {
    border: 3px solid var(--_k-danger);
    padding: var(--_k-space-m);
  }

  .klar-summary > div {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-s);
  }

  .klar-summary:focus {
    outline: var(--_k-focus-width) solid var(--_k-focus);
    outline-offset: 2px;
  }

  .klar-summary ul {
    margin: 0;
    padding-inline-start: var(--_k-space-l);
  }

  .klar-summary a {
    color: var(--_k-danger);
    font-weight: 600;
    display: inline-block;
    min-block-size: 1.5rem;
  }

  .klar-error {
    color: var(--_k-danger);
    font-weight: 600;
    display: flex;
    gap: var(--_k-space-xs);
    align-items: flex-start;
  }

  .klar-receipt {
    font-weight: 600;
  }

  /* A phone at 200 % text: the summary's padding and indent left its links 104 px ("e-maila|dress|e"). */
  @container (max-width: 20rem) {
    .klar-summary {
      padding: var(--_k-space-s);
    }
    .klar-summary ul {
      padding-inline-start: 1rem;
    }
    .klar-error {
      flex-direction: column;
    }
  }

  .klar-receipt-number {
    white-space: nowrap;
  }

  /* Forced colours draw every button with the system's colours already; said here too, with what
     comes after the first input, rather than in the quick question's first paint. */
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button.klar-primary {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .klar-summary,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
    .klar-summary a {
      color: LinkText;
    }
  }
`;

/** The state tokens (danger, warning, the accent's contrast) first: the quick question needs none of them. */
export const moreStyles: CSSResult[] = [stateTokens, noticeBoxStyles, more];
