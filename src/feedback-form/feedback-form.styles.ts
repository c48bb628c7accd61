import { css } from 'lit';

/**
 * What the quick question needs at first paint (and the plain message when a part could not be
 * loaded); the rest comes with what shows it (./feedback-more.styles.ts). Buttons look as in every
 * element: the one sheet for them (core/button.styles.ts) comes first.
 *
 * The form is light DOM (core/light-element.ts): the element itself is the box, a flex column, and
 * the wrappers between it and the questions (render container, section, form, thank-you page)
 * are `display: contents`. The author's `heading`, `intro` and `thanks` children stay children
 * of the element, after our render, so they are items of the same column: `order` shows them
 * where those slots are. A CMS's `label { float: left }` or `legend { font-size: 3em }` meets
 * the reset below (form controls as the browser draws them, as in shadow DOM) and our rules,
 * which all outrank a page's type selectors.
 */
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--klar-feedback-gap, var(--_k-space-m));
    container-type: inline-size;
    max-inline-size: var(--klar-feedback-max-width, 40rem);
    background: var(--klar-feedback-background, var(--_k-bg));
    border: 1px solid var(--klar-feedback-border-color, var(--_k-border));
    border-radius: var(--_k-radius);
    padding: var(--_k-space-m);
    scroll-margin-block-start: var(--_k-space-l, 1.5rem);
  }

  :host :where(form, fieldset, legend, label, input, textarea, select) {
    all: revert;
    box-sizing: border-box;
  }

  .klar-base,
  form,
  .klar-sent {
    display: contents;
  }

  [hidden],
  .klar-hidden {
    display: none !important;
  }

  .klar-heading,
  ::slotted([slot='heading']) {
    order: -2;
    margin: 0;
    font-size: var(--_k-size-l);
    line-height: 1.3;
  }

  .klar-intro,
  ::slotted([slot='intro']) {
    order: -1;
  }

  .klar-again {
    order: 1;
  }

  :host(:not([data-klar-sent])) ::slotted([slot='thanks']),
  :host([data-klar-sent]) ::slotted(:is([slot='heading'], [slot='intro'])),
  ::slotted(:not(.klar-root, [slot='heading'], [slot='intro'], [slot='thanks'])) {
    display: none;
  }

  p {
    margin: 0;
  }

  .klar-field {
    display: flex;
    flex-direction: column;
    gap: var(--_k-space-xs);
  }

  label,
  legend,
  .klar-question {
    font-weight: 600;
  }

  .klar-hint {
    color: var(--_k-muted);
    font-size: var(--_k-size-s);
  }

  .klar-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s);
    align-items: center;
  }

  @container (max-width: 20rem) {
    .klar-buttons {
      flex-direction: column;
      align-items: stretch;
    }
  }
`;
