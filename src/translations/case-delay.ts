import type { Catalog } from '../core/localize.js';

/**
 * Words <klar-case-status> and <klar-expectation-timeline> say only about a delayed case, or one
 * whose date was moved earlier: their delay notices. The part `delay` of the language packs, loaded
 * with their code for it (src/core/case-delay.ts) when a case has a delay, so a page showing a case
 * on time does not download them. Each key lives in one file; English is in the English pack with
 * the rest (./en/).
 */
export const caseDelayMessages = {
  da: {
    'caseStatus.delay.title': 'Din sag er forsinket',
    'caseStatus.delay.new': 'Vi forventer nu at være færdige {date}.',
    'caseStatus.delay.step': 'Et trin er forsinket: {step}',
    'caseStatus.delay.earlier': 'Datoen er rykket frem',
    'caseStatus.delay.stepEarlier': 'Et trin er rykket frem: {step}',
    'caseStatus.delay.stepNew': 'Vi forventer nu, at det er færdigt {date}.',
    'caseStatus.delay.passed': 'Den nye dato, {date}, er gået.',
    'caseStatus.delay.previous': 'Før regnede vi med {date}.',
    'timeline.delay.title': 'Dette trin er forsinket.',
    'timeline.delay.earlier': 'Dette trin er rykket frem.',
    'timeline.delay.newDate': 'Ny forventet dato: {date}.',
    'timeline.delay.previous': 'Før var datoen {date}.',
    'delay.announced': 'Vi fortalte om forsinkelsen {date}.',
    'delay.announcedEarlier': 'Vi fortalte om den nye dato {date}.',
    'delay.basis': 'Grundlag: {basis}',
  },
} satisfies Catalog;
