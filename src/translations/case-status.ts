import type { Catalog } from '../core/localize.js';

/** Messages of <klar-case-status>. Plain language: short sentences, "vi" and "du". */
export const caseStatusMessages = {
  da: {
    'caseStatus.label': 'Status på din sag',
    'caseStatus.reference': 'Sagsnummer',
    'caseStatus.copy': 'Kopiér',
    'caseStatus.copy.label': 'Kopiér sagsnummeret',
    'caseStatus.copied': 'Sagsnummeret er kopieret.',
    'caseStatus.copyFailed': 'Vi kunne ikke kopiere sagsnummeret. Markér det, og kopiér det selv.',
    'caseStatus.since': 'Siden {date}',
    'caseStatus.next.title': 'Næste skridt',
    'caseStatus.next.now': 'Lige nu: {step}',
    'caseStatus.next.who': 'Det gør: {who}',
    'caseStatus.next.when': 'Forventet færdig: {date}',
    'caseStatus.next.overdue': 'Det skulle have været færdigt {date}. Vi er bagud, og vi beklager.',
    'caseStatus.next.none': 'Vi giver dig besked, når der sker noget nyt i din sag.',
    'caseStatus.action.title': 'Du skal gøre noget',
    'caseStatus.action.due': 'Senest {date}',
    'caseStatus.action.link': 'Gå til opgaven',
    'caseStatus.reason': 'Årsag: {reason}',
    'caseStatus.contact.title': 'Kontakt',
    'caseStatus.contact.phone': 'Telefon',
    'caseStatus.contact.email': 'E-mail',
    'caseStatus.contact.web': 'Web',
    'caseStatus.contact.webLink': 'Kontaktside',
    'caseStatus.contact.hours': 'Åbent',
    'caseStatus.open': 'Se hele sagen',
    'caseStatus.open.label': 'Se hele sagen: {title}',
    'caseStatus.changed': 'Status på din sag er ændret til: {status}.',
  },
} satisfies Catalog;
