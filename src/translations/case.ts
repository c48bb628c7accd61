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
    // 403: logged in, but not as one who may see the case (another profile, a business login).
    'case.error.forbidden.title': 'Du har ikke adgang til sagen',
    'case.error.forbidden': 'Måske er du logget ind som en anden, for eksempel for en virksomhed. Log ind igen, eller kontakt os.',
    'case.error.unavailable.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.unavailable': 'Der er en fejl i vores system. Prøv igen senere.',
    'case.error.timeout.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.timeout': 'Vores system svarer ikke. Prøv igen senere.',
    'case.error.network.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.network': 'Der er ingen forbindelse til kommunens system. Tjek dit internet, og prøv igen.',
    'case.error.unreadable.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.unreadable': 'Vi kan ikke læse oplysningerne om sagen. Det er vores fejl, ikke din. Prøv igen senere.',
    'case.error.configuration.title': 'Vi kan ikke vise din sag lige nu',
    'case.error.configuration': 'Siden er ikke sat rigtigt op. Det er vores fejl, ikke din.',
    'case.retrying': 'Prøver igen …',
    'case.slow': 'Det tager længere tid end normalt at hente din sag. Vi prøver stadig.',
    'case.login': 'Log ind igen',
    'case.contact.phone': 'Ring til os på',
    'case.contact.url': 'Kontakt os',
  },
} satisfies Catalog;
