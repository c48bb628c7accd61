import { css } from 'lit';

export const principlesStyles = css`
  :host {
    display: block;
  }

  .klar-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Cards: as many columns as fit, each at least 16rem (or the full width when narrower),
     so the grid is responsive without media queries and works at 400% zoom. */
  :host([variant='card']) .klar-list,
  :host(:not([variant])) .klar-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--klar-principles-min-card-width, 16rem)), 1fr));
    gap: var(--klar-principles-gap, var(--_k-space-m));
  }

  :host([variant='card']) klar-principle-badge,
  :host(:not([variant])) klar-principle-badge {
    block-size: 100%;
  }

  :host([variant='tag']) .klar-list {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--klar-principles-gap, var(--_k-space-s));
  }
`;
