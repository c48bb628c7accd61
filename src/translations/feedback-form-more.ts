import type { Catalog, MessageParams } from '../core/localize.js';

/**
 * Texts of <klar-feedback-form> that it shows only after the citizen's first input, or in a state
 * a fresh quick form never starts in (the comment step, notices, errors, sending, thanks): the
 * part `feedback-more` of the language packs, loaded with the form's code for them
 * (src/feedback-form/feedback-more-lazy.ts), so a page whose form is never used does not
 * download them. The quick question's texts are in ./feedback-form.ts; each key lives in one
 * file, and every key can be replaced in the same ways (`texts`, registerTranslation()).
 */
export const feedbackMoreMessages = {
  da: {
    'feedback.no-personal': 'Skriv ikke dit CPR-nummer eller noget om dit helbred.',
    'feedback.you-answered': 'Du svarede: {answer}.',
    'feedback.answer-saved': 'Tak. Dit svar er gemt.',
    'feedback.answer-offline': 'Du har ingen internetforbindelse lige nu. Vi sender dit svar, så snart forbindelsen er tilbage.',
    'feedback.answer-along': 'Vi sender dit svar med din besked.',
    'feedback.change-answer': 'Skift svar',
    'feedback.comment-kept': 'Din besked er ikke sendt endnu. Den kommer frem igen, når du har svaret.',
    'feedback.principle.chosen': 'Din besked handler om vores løfte: {principle}.',
    'feedback.principle.remove': 'Fjern løftet',
    'feedback.principle.removed': 'Løftet er fjernet fra din besked.',
    'feedback.comment.yes': 'Hvad hjalp dig? (valgfrit)',
    'feedback.comment.no': 'Hvad manglede du, eller hvad var svært? (valgfrit)',
    'feedback.send': 'Send',
    'feedback.sending': 'Sender …',
    'feedback.draft.restored': 'Vi har husket det, du skrev og valgte, så du kan fortsætte.',
    'feedback.draft.not-sent': 'Din besked er ikke sendt endnu. Tryk Send, når du er klar.',
    'feedback.draft.cpr-removed': 'Vi gemmer ikke CPR-numre, så vi har taget et CPR-nummer ud af teksten. Læs den igennem, før du sender.',
    'feedback.draft.clear': 'Slet og start forfra',
    'feedback.draft.cleared': 'Formularen er tømt.',
    // What the detector found, said once: the field's hint (feedback.no-personal), which describes every free-text field with it, says not to write one.
    'feedback.cpr.warning': 'Det ligner et CPR-nummer. Vi behøver det ikke for at læse din besked.',
    'feedback.cpr.redact': 'Sender du den, tager vi nummeret ud af teksten.',
    'feedback.cpr.block': 'Du skal fjerne nummeret, før du kan sende.',
    'feedback.cpr.remove': 'Fjern CPR-nummeret',
    'feedback.cpr.removed': 'CPR-nummeret er fjernet.',
    'feedback.cpr.masked': '[CPR-nummer fjernet]',
    // No contact known (no <klar-case>, or one without a way to reach it): no "kontakt os" with nothing behind it.
    'feedback.no-reply': 'Vi kan ikke svare dig her. Feltet er ikke til spørgsmål om din sag.',
    'feedback.no-reply.to': 'Vi kan ikke svare dig her. Har du spørgsmål til din sag, så kontakt {who} på',
    'feedback.no-reply.us': 'Vi kan ikke svare dig her. Har du spørgsmål til din sag, så kontakt os på',
    // The comment's hint above says why (feedback.no-reply): said once.
    'feedback.contact-in-text.quick': 'Det ligner, at du har skrevet en e-mail eller et telefonnummer. Det behøver du ikke skrive.',
    'feedback.error.prefix': 'Fejl:',
    'feedback.error.summary': 'Der er et problem',
    'feedback.error.helped': 'Vælg Ja eller Nej',
    'feedback.error.cpr-block': 'Fjern CPR-nummeret fra teksten',
    'feedback.error.too-long': 'Teksten er for lang. Du har skrevet {count} tegn. Skriv højst {max} tegn.',
    // A free-text field's limit, said under its label before it is sent (and by the server's form without JavaScript).
    'feedback.limit': 'Skriv højst {max} tegn.',
    'feedback.offline': 'Du har ingen internetforbindelse lige nu. Vi sender din besked, så snart forbindelsen er tilbage. Du kan blive på siden.',
    // Counted down each second; 0 while the next try is on its way (a try may take its whole timeout).
    'feedback.retrying': (p: MessageParams) =>
      `Vi kunne ikke sende endnu. ${Number(p.seconds) ? `Vi prøver igen om ${p.seconds} ${Number(p.seconds) === 1 ? 'sekund' : 'sekunder'}.` : 'Vi prøver igen nu …'}`,
    'feedback.failed.title': 'Din besked er ikke sendt',
    'feedback.failed':
      'Vi kunne ikke sende din besked. Det er ikke din fejl. Alt, hvad du har skrevet, står stadig i formularen. Prøv igen om lidt.',
    // Failures a retry will not mend: the login has ended (401, 403), or the form's address is gone (other 4xx).
    'feedback.failed.login':
      'Vi kunne ikke sende din besked, fordi du ikke er logget ind længere. Alt, hvad du har skrevet, står stadig i formularen. Log ind igen, og tryk så på "Prøv igen".',
    'feedback.failed.gone':
      'Vi kunne ikke sende din besked. Det er vores fejl, ikke din: formularen virker ikke lige nu. Alt, hvad du har skrevet, står stadig i formularen. Du kan kopiere det og sende det til os på en anden måde.',
    'feedback.answer-failed.title': 'Dit svar er ikke sendt',
    'feedback.answer-failed': 'Vi kunne ikke sende dit svar. Det er ikke din fejl. Prøv igen om lidt.',
    'feedback.thanks': 'Tak for din besked',
    'feedback.thanks.body': 'Vi læser alle beskeder og bruger dem til at gøre vores service bedre.',
    'feedback.thanks.quick': 'Tak for dit svar',
    'feedback.thanks.quick.body': 'Vi bruger alle svar til at gøre vores service bedre.',
    'feedback.receipt': 'Dit kvitteringsnummer er {receipt}.',
    'feedback.again': 'Skriv en ny besked',
    'feedback.invalid-config': 'Formularen er ikke sat rigtigt op, så den kan ikke sende. Det er vores fejl, ikke din.',
  },
} satisfies Catalog;
