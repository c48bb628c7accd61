import type { Catalog } from '../core/localize.js';

/**
 * Texts of <klar-feedback-form>, in plain language (Klar tale). Every key can be replaced
 * per element through its `texts` property, or for the whole page with registerTranslation().
 * These are what the quick question shows before the citizen's first input (and the headings);
 * what the form shows after it is in ./feedback-form-more.ts, and what only the full and report
 * modes show in ./feedback-form-modes.ts, both loaded when needed.
 */
export const feedbackFormMessages = {
  da: {
    'feedback.heading.quick': 'Hjælp os med at gøre siden bedre',
    'feedback.heading.full': 'Fortæl os, hvad du synes',
    'feedback.heading.report': 'Rapportér en fejl',
    'feedback.intro.quick': '',
    'feedback.intro.full': 'Vi læser alt, hvad du skriver, og bruger det til at gøre vores service bedre.',
    'feedback.intro.report': 'Fortæl os, hvad der gik galt. Vi bruger det til at rette fejlen.',
    'feedback.helped': 'Fik du hjælp til det, du søgte?',
    'feedback.yes': 'Ja',
    'feedback.no': 'Nej',
    'feedback.case-note': 'Din besked sendes med sagsnummer {reference}, så vi ved, hvilken sag den handler om.',
    'feedback.honeypot': 'Lad dette felt være tomt',
    'feedback.retry': 'Prøv igen',
    'feedback.questions-failed': 'Vi kunne ikke hente resten af formularen. Tjek din internetforbindelse, og prøv igen.',
  },
} satisfies Catalog;
