import type { Catalog } from '../core/localize.js';

/**
 * Texts of `<klar-principle-badge>` and `<klar-principles>` around the principles
 * themselves. The principles' names, taglines and explanations live in the principle sets
 * (src/core/principles/; the nine in src/translations/principles.ts), so a municipality can register its own.
 */
export const principleBadgeMessages = {
  da: {
    'principle.prefix': 'Her lover vi:',
    'principle.icon-label': 'Her lover vi: {name}',
    'principle.on-this-service': 'Det betyder her',
    'principle.feedback': 'Lever vi op til det?',
    'principle.feedback-context': 'Giv os besked om {name}',
    'principle.unavailable': 'Forklaringen kan ikke hentes lige nu. Prøv igen senere.',
    'principles.label': 'Vores løfter til dig',
  },
} satisfies Catalog;
