import type { Catalog } from '../core/localize.js';

/**
 * Messages of <klar-case>: the notices it shows once for every element inside it. Plain
 * language with short sentences (LIX-tested), never an HTTP status code: the citizen gets
 * what happened and what to do; the code goes to the event and the console.
 */
export const caseMessages = {
  da: {
    'case.error.not-found.title': 'Vi kan ikke finde sagen',
    'case.error.not-found': 'Måske er linket forkert. Kontakt os, hvis du har brug for hjælp.',
    'case.error.unauthorized.title': 'Du er blevet logget ud',
    'case.error.unauthorized': 'Log ind igen for at se din sag.',
    'case.error.unavailable.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.unavailable': 'Der er en fejl i vores system. Prøv igen senere.',
    'case.error.timeout.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.timeout': 'Vores system svarer ikke. Prøv igen senere.',
    'case.error.network.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.network': 'Der er ingen forbindelse til kommunens system. Tjek dit internet, og prøv igen senere.',
    'case.error.unreadable.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.unreadable': 'Vi kan ikke læse oplysningerne om sagen. Det er vores fejl, ikke din. Prøv igen senere.',
    'case.error.configuration.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.configuration': 'Siden er ikke sat rigtigt op. Det er vores fejl, ikke din.',
    'case.login': 'Log ind igen',
    'case.contact.phone': 'Ring til os på',
    'case.contact.url': 'Kontakt os',
  },
  en: {
    'case.error.not-found.title': 'We cannot find the case',
    'case.error.not-found': 'The link may be wrong. Contact us if you need help.',
    'case.error.unauthorized.title': 'You have been logged out',
    'case.error.unauthorized': 'Log in again to see your case.',
    'case.error.unavailable.title': 'We cannot show your case right now',
    'case.error.unavailable': 'There is a fault in our system. Please try again later.',
    'case.error.timeout.title': 'We cannot show your case right now',
    'case.error.timeout': 'Our system is not answering. Please try again later.',
    'case.error.network.title': 'We cannot show your case right now',
    'case.error.network': 'There is no connection to the council’s system. Check your internet connection and try again later.',
    'case.error.unreadable.title': 'We cannot show your case right now',
    'case.error.unreadable': 'We cannot read the details of the case. This is our fault, not yours. Please try again later.',
    'case.error.configuration.title': 'We cannot show your case right now',
    'case.error.configuration': 'This page is not set up correctly. This is our fault, not yours.',
    'case.login': 'Log in again',
    'case.contact.phone': 'Call us on',
    'case.contact.url': 'Contact us',
  },
} satisfies Catalog;
