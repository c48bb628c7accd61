import type { Catalog } from '../core/localize.js';

/**
 * Messages shared by several elements: step states, loading and error texts. Written in
 * plain language (Klar tale): short sentences, everyday words, "vi" and "du".
 * Each component keeps its own messages in src/translations/<component>.ts so a page that
 * imports one element does not download the texts of the others.
 */
export const coreMessages = {
  da: {
    'status.code.open': 'Åben',
    'status.code.closed': 'Lukket',
    'status.code.received': 'Modtaget',
    'lead.date': 'Du kan forvente svar senest {date}.',
    'lead.missed': 'Vi lovede svar senest {date}. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.',
    'lead.expectedMissed': 'Vi regnede med at svare senest {date}. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.',
    'lead.promised': 'Vi har lovet svar senest {date}. Vi er forsinket, så vi ved ikke endnu, om vi når det.',
    'lead.doneDate': 'Vi regner med at være færdige senest {date}.',
    'lead.dateIfYou': 'Du kan forvente svar senest {date}, hvis vi inden fristen får det, vi har bedt dig om.',
    'lead.doneDateIfYou': 'Vi regner med at være færdige senest {date}, hvis vi inden fristen får det, vi har bedt dig om.',
    'lead.doneMissed': 'Vi regnede med at være færdige senest {date}. Det nåede vi ikke, og det beklager vi. Vi gør det færdigt, så snart vi kan.',
    'lead.donePromised': 'Vi har lovet at være færdige senest {date}. Vi er forsinket, så vi ved ikke endnu, om vi når det.',
    'lead.promisedYou': 'Vi har lovet svar senest {date}. Vi venter på det, vi har bedt dig om, så vi ved ikke endnu, om vi når det.',
    'lead.donePromisedYou': 'Vi har lovet at være færdige senest {date}. Vi venter på det, vi har bedt dig om, så vi ved ikke endnu, om vi når det.',
    'lead.planned': 'Vi har planlagt at svare senest {date}. Vi er forsinket, så vi ved ikke endnu, om vi når det.',
    'lead.donePlanned': 'Vi har planlagt at være færdige senest {date}. Vi er forsinket, så vi ved ikke endnu, om vi når det.',
    'lead.plannedYou': 'Vi har planlagt at svare senest {date}. Vi venter på det, vi har bedt dig om, så vi ved ikke endnu, om vi når det.',
    'lead.donePlannedYou': 'Vi har planlagt at være færdige senest {date}. Vi venter på det, vi har bedt dig om, så vi ved ikke endnu, om vi når det.',
    'lead.missedYou': 'Vi lovede svar senest {date}. Vi mangler stadig det, vi har bedt dig om, så vi kan ikke svare endnu.',
    'lead.expectedMissedYou': 'Vi regnede med at svare senest {date}. Vi mangler stadig det, vi har bedt dig om, så vi kan ikke svare endnu.',
    'lead.doneMissedYou': 'Vi regnede med at være færdige senest {date}. Vi mangler stadig det, vi har bedt dig om, så vi kan ikke blive færdige endnu.',
    'lead.heldCitizen': 'Når vi har fået det, vi mangler fra dig, regner vi med at svare inden for {count} dage.',
    'lead.held': 'Sagen holder pause. Når den går videre, regner vi med at svare inden for {count} dage.',
    'lead.heldCitizenToday': 'Du kan forvente svar senest {date}, hvis vi i dag får det, vi mangler fra dig.',
    'lead.heldToday': 'Sagen holder pause. Du kan forvente svar senest {date}, hvis den går videre i dag.',
    'lead.complaint': 'Vi har ikke svaret inden for den frist, loven giver. Du kan klage over, at din sag tager for lang tid.',
    'state.done': 'Færdig',
    'state.current': 'I gang',
    'state.upcoming': 'Kommer senere',
    'state.skipped': 'Sprunget over',
    'state.blocked': 'Stoppet',
    'loading': 'Henter oplysninger om din sag …',
    'error.title': 'Vi kan ikke vise din sag lige nu',
    'error.invalid-data': 'Vi kan ikke læse oplysningerne om sagen. Det er vores fejl, ikke din.',
    'error.configuration': 'Siden er ikke sat rigtigt op. Det er vores fejl, ikke din.',
    'retry': 'Prøv igen',
    'stale': 'Sidst opdateret kl. {time} — vi kan ikke hente nye oplysninger lige nu.',
    'stale.day': 'Sidst opdateret {time} — vi kan ikke hente nye oplysninger lige nu.',
    'updated': 'Sagen blev sidst ændret {date} kl. {time}',
    'updatedDay': 'Sagen blev sidst ændret {date}',
    'dateTime': '{date} kl. {time}',
    'zone.dk': 'dansk tid',
  },
} satisfies Catalog;
