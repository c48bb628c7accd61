import type { Catalog } from '../core/localize.js';

/**
 * Messages of <klar-case-list>. Its load errors reuse <klar-case>'s texts (src/translations/case.ts:
 * what happened and what the citizen can do, never an HTTP status code); only the titles say
 * "dine sager" instead of "din sag". Plain language, LIX-tested.
 */
export const caseListMessages = {
  da: {
    'caseList.group.act': 'Sager, hvor du skal gøre noget',
    'caseList.group.progress': 'Sager i gang',
    'caseList.group.closed': 'Afsluttede sager',
    'caseList.status': 'Status',
    'caseList.action': 'Det skal du gøre:',
    'caseList.action.due': 'Senest {date}.',
    'caseList.action.passed': 'Fristen var {date}. Den er gået.',
    'caseList.next': 'Næste skridt: {step}.',
    'caseList.decision': 'Afgørelse: {outcome}.',
    // For a reader of another language than the case's: the kind in their words, then the case's own.
    'caseList.decisionMore': 'Afgørelse: {outcome} ({words}).',
    'caseList.loading': 'Henter dine sager …',
    'caseList.slow': 'Det tager længere tid end normalt at hente dine sager. Vi prøver stadig.',
    'caseList.empty': 'Du har ingen sager hos os lige nu.',
    'caseList.leftOut': 'Vi kan ikke vise {count} af dine sager lige nu. Det er vores fejl, ikke din.',
    'caseList.error.title': 'Vi kan ikke vise dine sager lige nu',
    'caseList.error.not-found.title': 'Vi kan ikke finde dine sager',
    'caseList.error.forbidden.title': 'Du har ikke adgang til sagerne',
    'caseList.error.unauthorized': 'Log ind igen for at se dine sager.',
    'caseList.error.unreadable': 'Vi kan ikke læse oplysningerne om dine sager. Det er vores fejl, ikke din. Prøv igen senere.',
    'caseList.changed.one': 'Ny status for {title}: {status}.',
    'caseList.changed.many': '{count} af dine sager har ny status.',
  },
} satisfies Catalog;
