import type { Catalog } from '../core/localize.js';

/** Messages of <klar-case>: the notices it shows once for every element inside it. */
export const caseMessages = {
  da: {
    'case.error.unknown': 'Noget gik galt, da vi hentede din sag.',
  },
  en: {
    'case.error.unknown': 'Something went wrong while we were getting your case.',
  },
} satisfies Catalog;
