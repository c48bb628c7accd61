import { css } from 'lit';

/**
 * The decision's look: its outcome tag (./outcome.ts outcomeTag) and the right to appeal. It
 * comes with the decision's code (./case-decision.ts), which an element adds to its styles when
 * it has arrived (core/case-view.ts), before the first render that shows a decision: a case still
 * in progress does not download it.
 */
export const decisionStyles = css`
  /* A decision's outcome (core/outcome.ts): own words, icon and colour per kind. Only a grant
     is green; a refusal or dismissal is plain text colour, never success, never alarm red. */
  .klar-outcome-tag {
    --_outcome: var(--_k-text);
    display: inline-flex;
    align-items: center;
    gap: var(--_k-space-xs);
    inline-size: fit-content;
    margin: 0;
    padding: var(--_k-space-xs) var(--_k-space-s);
    font-weight: 700;
    color: var(--_outcome);
    background: var(--_k-bg);
    border: 2px solid currentColor;
    border-radius: 999px;
  }
  .klar-outcome-tag.klar-outcome-granted {
    --_outcome: var(--_k-success);
    background: var(--_k-success-surface);
  }
  .klar-outcome-tag.klar-outcome-partly-granted {
    --_outcome: var(--_k-accent);
  }
  .klar-outcome-tag > .klar-icon,
  .klar-outcome-tag > svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  /* The appeal deadline is one the citizen acts on: set apart, as a task's deadline is. The grid
     spaces a block's paragraphs; never a <p>'s own text, which it would split into items (the
     case's body in <span lang> stood on a line of its own, for the eye, read-aloud and braille). */
  .klar-appeal {
    border-inline-start: 4px solid var(--_k-accent);
    padding-inline-start: var(--_k-space-m);
  }
  div.klar-appeal {
    display: grid;
    gap: var(--_k-space-xs);
  }
`;
