import type { Catalog, MessageParams } from '../core/localize.js';

/** "1 arbejdsdag", "5 arbejdsdage": the days an answer is promised in, the word in the right number. */
const workingDays = (p: MessageParams) => `${p.days} ${Number(p.days) === 1 ? 'arbejdsdag' : 'arbejdsdage'}`;

/**
 * Texts of <klar-feedback-form> that only its full and report modes show (their questions,
 * checks and the promised answer time), in plain language (Klar tale): the part `feedback-modes`
 * of the language packs, loaded with those modes' code (src/feedback-form/feedback-modes-lazy.ts),
 * so a page whose form asks only the quick question does not download them. The rest of the
 * form's texts are in ./feedback-form.ts; each key lives in one of the two, and every key can be
 * replaced in the same ways (`texts`, registerTranslation()).
 */
export const feedbackModeMessages = {
  da: {
    'feedback.rating': 'Hvor tilfreds er du alt i alt?',
    'feedback.rating.hint': 'Svar her, eller skriv i et af de to felter herunder.',
    'feedback.rating.1': 'Meget utilfreds',
    'feedback.rating.2': 'Utilfreds',
    'feedback.rating.3': 'Hverken tilfreds eller utilfreds',
    'feedback.rating.4': 'Tilfreds',
    'feedback.rating.5': 'Meget tilfreds',
    'feedback.worked': 'Hvad fungerede godt?',
    'feedback.improve': 'Hvad kan vi gøre bedre?',
    'feedback.optional': '(valgfrit)',
    'feedback.principle': 'Handler det om et af vores løfter til dig? (valgfrit)',
    // One word for one thing: the question asks about "vores løfter", as the badge names them ("Vores løfter til dig").
    'feedback.principle.hint': 'Listen har alle vores ni løfter om god service.',
    'feedback.principle.hint.other': 'Vælg det løfte, din besked handler om.',
    'feedback.principle.none': 'Ingen af dem',
    'feedback.what-went-wrong': 'Hvad gik galt?',
    'feedback.what-went-wrong.hint': 'Skriv, hvad du gjorde, og hvad der skete.',
    'feedback.where': 'Hvor skete det? (valgfrit)',
    'feedback.where.hint': 'For eksempel navnet på siden eller knappen.',
    'feedback.attach-case': 'Send mit sagsnummer {reference} med, så vi kan finde sagen',
    'feedback.wants-answer': 'Jeg vil gerne have et svar',
    'feedback.answer-time': (p: MessageParams) => `Vi svarer inden for ${workingDays(p)}.`,
    'feedback.contact.hint': 'Skriv din e-mail eller dit telefonnummer. Vi bruger det kun til at svare dig.',
    'feedback.email': 'E-mail',
    'feedback.phone': 'Telefonnummer',
    'feedback.contact-in-text':
      'Det ligner, at du har skrevet en e-mail eller et telefonnummer. Vi svarer kun, hvis du sætter kryds i, at du gerne vil have svar.',
    'feedback.error.full-empty': 'Vælg hvor tilfreds du er, eller skriv hvad der fungerede eller kan gøres bedre',
    'feedback.error.what-went-wrong': 'Skriv, hvad der gik galt',
    'feedback.error.contact-missing': 'Skriv din e-mail eller dit telefonnummer, så vi kan svare dig',
    'feedback.error.email': 'Skriv en e-mailadresse som navn@eksempel.dk',
    'feedback.error.email-cpr': 'Det ligner et CPR-nummer. Skriv din e-mailadresse, som navn@eksempel.dk.',
    'feedback.error.phone': 'Skriv et telefonnummer med 8 cifre, for eksempel 12 34 56 78',
    'feedback.error.phone-cpr': 'Det ligner et CPR-nummer. Skriv dit telefonnummer med 8 cifre, for eksempel 12 34 56 78',
    'feedback.thanks.answer': (p: MessageParams) => `Vi svarer dig inden for ${workingDays(p)}.`,
  },
} satisfies Catalog;
