import type { Catalog, MessageParams } from '../core/localize.js';

/**
 * Texts of <klar-feedback-form>, in plain language (Klar tale). Every key can be replaced
 * per element through its `texts` property, or for the whole page with registerTranslation().
 * What only the full and report modes show is in ./feedback-form-modes.ts, loaded with them.
 */
export const feedbackFormMessages = {
  da: {
    'feedback.heading.quick': 'Hjælp os med at gøre siden bedre',
    'feedback.heading.full': 'Fortæl os, hvad du synes',
    'feedback.heading.report': 'Rapportér en fejl',
    'feedback.intro.quick': '',
    'feedback.intro.full': 'Vi læser alt, hvad du skriver, og bruger det til at gøre vores service bedre.',
    'feedback.intro.report': 'Fortæl os, hvad der gik galt. Vi bruger det til at rette fejlen.',
    'feedback.no-personal': 'Skriv ikke dit CPR-nummer eller noget om dit helbred.',
    'feedback.helped': 'Fik du hjælp til det, du søgte?',
    'feedback.yes': 'Ja',
    'feedback.no': 'Nej',
    'feedback.you-answered': 'Du svarede: {answer}.',
    'feedback.answer-saved': 'Tak. Dit svar er gemt.',
    'feedback.case-note': 'Din besked sendes med sagsnummer {reference}, så vi ved, hvilken sag den handler om.',
    'feedback.change-answer': 'Skift svar',
    'feedback.comment.yes': 'Hvad hjalp dig? (valgfrit)',
    'feedback.comment.no': 'Hvad manglede du, eller hvad var svært? (valgfrit)',
    'feedback.send': 'Send',
    'feedback.sending': 'Sender …',
    'feedback.honeypot': 'Lad dette felt være tomt',
    'feedback.draft.restored': 'Vi har gemt det, du skrev tidligere, så du kan skrive videre.',
    'feedback.draft.clear': 'Ryd',
    'feedback.draft.cleared': 'Formularen er tømt.',
    'feedback.cpr.warning': 'Skriv ikke dit CPR-nummer her. Vi behøver det ikke for at læse din besked.',
    'feedback.cpr.redact': 'Sender du den, tager vi nummeret ud af teksten.',
    'feedback.cpr.block': 'Du skal fjerne nummeret, før du kan sende.',
    'feedback.cpr.remove': 'Fjern CPR-nummeret',
    'feedback.cpr.removed': 'CPR-nummeret er fjernet.',
    'feedback.cpr.masked': '[CPR-nummer fjernet]',
    'feedback.contact-in-text.quick':
      'Det ligner, at du har skrevet en e-mail eller et telefonnummer. Vi kan ikke svare på beskeder her, så du behøver ikke skrive det.',
    'feedback.error.prefix': 'Fejl:',
    'feedback.error.summary': 'Der er et problem',
    'feedback.error.helped': 'Vælg Ja eller Nej',
    'feedback.error.cpr-block': 'Fjern CPR-nummeret fra teksten',
    'feedback.error.too-long': 'Teksten er for lang. Skriv højst {max} tegn',
    'feedback.offline': 'Du har ingen internetforbindelse lige nu. Vi sender din besked, så snart forbindelsen er tilbage. Du kan blive på siden.',
    'feedback.retrying': (p: MessageParams) =>
      `Vi kunne ikke sende endnu. Vi prøver igen om ${p.seconds} ${Number(p.seconds) === 1 ? 'sekund' : 'sekunder'}.`,
    'feedback.failed.title': 'Din besked er ikke sendt',
    'feedback.failed':
      'Vi kunne ikke sende din besked. Det er ikke din fejl. Alt, hvad du har skrevet, står stadig i formularen. Prøv igen om lidt.',
    'feedback.retry': 'Prøv igen',
    'feedback.thanks': 'Tak for din besked',
    'feedback.thanks.body': 'Vi læser alle beskeder og bruger dem til at gøre vores service bedre.',
    'feedback.receipt': 'Dit kvitteringsnummer er {receipt}.',
    'feedback.again': 'Giv en ny besked',
    'feedback.questions-failed': 'Vi kunne ikke hente spørgsmålene. Tjek din internetforbindelse, og prøv igen.',
    'feedback.invalid-config': 'Formularen er ikke sat rigtigt op, så den kan ikke sende. Det er vores fejl, ikke din.',
  },
} satisfies Catalog;
