import type { PrincipleTexts } from '../core/principles/types.js';
import type { PrincipleSlug } from '../core/principles/builtin.js';

/**
 * The nine principles for good public service (Regeringen, KL and Danske Regioner) in words.
 * The names are the official titles in Danish (our English translation is in
 * src/translations/en/principles.ts, part of the English pack a Danish page never fetches). The taglines
 * are not the official subtitles: those were written for staff ("Borgeren skal vide, hvad
 * borgeren kan forvente"), so a citizen reading them on a case page met a third-person rule,
 * or read "din rolle og magt" as their own power. Each tagline here is the promise said to
 * the citizen in the second person ("Du ved, hvad der sker i din sag, og hvornår"), and the
 * explanation (src/translations/principle-explanations.ts, fetched when a badge shows it) says what it means without repeating it. Both are written for klar-elements in
 * plain words (Klar tale): short sentences, "vi" and "du", everyday words; they are our own
 * texts, not quotes from the 2007 publication. test/principle-badge/lix.test.ts keeps the
 * Danish texts at LIX 40 or below, in the second person, and each fact said once. More languages: `registerPrinciples('god-service', …)`.
 */
export const principleTexts: Record<'da', Record<PrincipleSlug, Required<Pick<PrincipleTexts, 'name' | 'tagline'>>>> = {
  da: {
    oejenhoejde: {
      name: 'Øjenhøjde',
      tagline: 'Vi møder dig, hvor du er',
    },
    'klar-tale': {
      name: 'Klar tale',
      tagline: 'Vi taler og skriver, så du forstår os',
    },
    'tydelige-forventninger': {
      name: 'Tydelige forventninger',
      tagline: 'Du ved, hvad der sker i din sag, og hvornår',
    },
    ydmyghed: {
      name: 'Ydmyghed',
      tagline: 'Vi ved, at vores afgørelser kan betyde meget for dig',
    },
    'haand-om-fejl': {
      name: 'Hånd om fejl',
      tagline: 'Laver vi en fejl i din sag, siger vi det og retter den',
    },
    professionalisme: {
      name: 'Professionalisme',
      tagline: 'Du møder folk, der kan deres fag',
    },
    sammenhaeng: {
      name: 'Sammenhæng',
      tagline: 'Du skal ikke selv samle trådene',
    },
    udvikling: {
      name: 'Udvikling',
      tagline: 'Vi bliver hele tiden bedre, også med din hjælp',
    },
    'ressourcer-med-omtanke': {
      name: 'Ressourcer med omtanke',
      tagline: 'Vi passer på fælles penge og spilder ikke din tid',
    },
  },
};
