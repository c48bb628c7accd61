import type { Catalog } from '../core/localize.js';

/**
 * Messages shared by several elements: step states, loading and error texts. Written in
 * plain language (Klar tale): short sentences, everyday words, "vi" and "du".
 * Each component keeps its own messages in src/translations/<component>.ts so a page that
 * imports one element does not download the texts of the others.
 */
export const coreMessages = {
  da: {
    'lead.date': 'Du kan forvente svar senest {date}.',
    'lead.missed': 'Vi lovede svar senest {date}. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.',
    'lead.doneDate': 'Vi regner med at være færdige senest {date}.',
    'lead.doneMissed': 'Vi regnede med at være færdige senest {date}. Det nåede vi ikke, og det beklager vi. Vi gør det færdigt, så snart vi kan.',
    'lead.heldCitizen': 'Når vi har fået det, vi mangler fra dig, regner vi med at svare inden for {count} dage.',
    'lead.held': 'Sagen holder pause. Når den går videre, regner vi med at svare inden for {count} dage.',
    'lead.complaint': 'Vi har ikke svaret inden for den frist, loven giver. Du kan klage over, at din sag tager for lang tid.',
    'state.done': 'Færdig',
    'state.current': 'I gang',
    'state.upcoming': 'Kommer senere',
    'state.skipped': 'Sprunget over',
    'state.blocked': 'Stoppet',
    'loading': 'Henter oplysninger om din sag …',
    'error.title': 'Vi kan ikke vise din sag lige nu',
    'error.network': 'Der er ingen forbindelse til kommunens system. Tjek din internetforbindelse, og prøv igen.',
    'error.timeout': 'Kommunens system svarer ikke. Prøv igen om lidt.',
    'error.http': 'Kommunens system svarede med en fejl. Prøv igen om lidt.',
    'error.invalid-data': 'Oplysningerne om sagen kunne ikke læses. Det er vores fejl, ikke din.',
    'error.configuration': 'Siden er ikke sat rigtigt op. Det er vores fejl, ikke din.',
    'retry': 'Prøv igen',
    'stale': 'Sidst opdateret kl. {time} — vi kan ikke hente nye oplysninger lige nu.',
    'updated': 'Sagen blev sidst ændret {date} kl. {time}',
    'updatedDay': 'Sagen blev sidst ændret {date}',
    'dateTime': '{date} kl. {time}',
    'empty': 'Der er ingen oplysninger at vise endnu.',
  },
  en: {
    'lead.date': 'You can expect an answer by {date}.',
    'lead.missed': 'We promised an answer by {date}. We did not make it, and we are sorry. We will answer as soon as we can.',
    'lead.doneDate': 'We expect to be done by {date}.',
    'lead.doneMissed': 'We expected to be done by {date}. We did not make it, and we are sorry. We will finish as soon as we can.',
    'lead.heldCitizen': 'When we have what we need from you, we expect to answer within {count} days.',
    'lead.held': 'Your case is on hold. When it moves on, we expect to answer within {count} days.',
    'lead.complaint': 'We have not answered within the time the law allows. You can complain that your case is taking too long.',
    'state.done': 'Done',
    'state.current': 'In progress',
    'state.upcoming': 'Coming up',
    'state.skipped': 'Skipped',
    'state.blocked': 'Stopped',
    'loading': 'Getting the details of your case …',
    'error.title': 'We cannot show your case right now',
    'error.network': 'There is no connection to the council’s system. Check your internet connection and try again.',
    'error.timeout': 'The council’s system is not answering. Please try again in a moment.',
    'error.http': 'The council’s system answered with an error. Please try again in a moment.',
    'error.invalid-data': 'We could not read the details of the case. This is our fault, not yours.',
    'error.configuration': 'This page is not set up correctly. This is our fault, not yours.',
    'retry': 'Try again',
    'stale': 'Last updated at {time} — we cannot get new information right now.',
    'updated': 'The case last changed on {date} at {time}',
    'updatedDay': 'The case last changed on {date}',
    'dateTime': '{date} at {time}',
    'empty': 'There is nothing to show yet.',
  },
} satisfies Catalog;
