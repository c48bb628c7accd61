import type { Catalog } from '../core/localize.js';

/**
 * Messages of <klar-case-list>. Its load errors reuse <klar-case>'s texts (src/translations/case.ts:
 * what happened and what the citizen can do, never an HTTP status code); only the titles say
 * "dine sager" instead of "din sag". Plain language, LIX-tested.
 */
export const caseListMessages = {
  da: {
    'caseList.group.act': 'Du skal gøre noget',
    'caseList.group.progress': 'Sager i gang',
    'caseList.group.closed': 'Afsluttede sager',
    'caseList.status': 'Status',
    'caseList.action': 'Det skal du gøre:',
    'caseList.action.due': 'Senest {date}.',
    'caseList.next': 'Næste skridt: {step}.',
    'caseList.decision': 'Afgørelse: {outcome}.',
    'caseList.loading': 'Henter dine sager …',
    'caseList.empty': 'Du har ingen sager hos os lige nu.',
    'caseList.error.title': 'Vi kan ikke vise dine sager lige nu',
    'caseList.error.not-found.title': 'Vi kan ikke finde dine sager',
    'caseList.error.unauthorized': 'Log ind igen for at se dine sager.',
    'caseList.changed.one': 'Ny status for {title}: {status}.',
    'caseList.changed.many': '{count} af dine sager har ny status.',
  },
  en: {
    'caseList.group.act': 'You need to do something',
    'caseList.group.progress': 'In progress',
    'caseList.group.closed': 'Closed cases',
    'caseList.status': 'Status',
    'caseList.action': 'What you need to do:',
    'caseList.action.due': 'By {date}.',
    'caseList.next': 'Next step: {step}.',
    'caseList.decision': 'Decision: {outcome}.',
    'caseList.loading': 'Getting your cases …',
    'caseList.empty': 'You have no cases with us right now.',
    'caseList.error.title': 'We cannot show your cases right now',
    'caseList.error.not-found.title': 'We cannot find your cases',
    'caseList.error.unauthorized': 'Log in again to see your cases.',
    'caseList.changed.one': 'New status for {title}: {status}.',
    'caseList.changed.many': '{count} of your cases have a new status.',
  },
} satisfies Catalog;
