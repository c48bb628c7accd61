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
 * explanation says what it means without repeating it. Both are written for klar-elements in
 * plain words (Klar tale): short sentences, "vi" and "du", everyday words; they are our own
 * texts, not quotes from the 2007 publication. test/principle-badge/lix.test.ts keeps the
 * Danish texts at LIX 40 or below, in the second person, and each fact said once. More languages: `registerPrinciples('god-service', …)`.
 */
export const principleTexts: Record<'da', Record<PrincipleSlug, Required<PrincipleTexts>>> = {
  da: {
    oejenhoejde: {
      name: 'Øjenhøjde',
      tagline: 'Vi møder dig, hvor du er',
      explanation:
        'Vi lytter til dig og tager dig alvorligt. Du kan kontakte os på den måde, der passer dig. Vores sider skal virke for alle, også med skærmlæser. Kan vi ikke give dig det, du beder om, siger vi det med respekt.',
    },
    'klar-tale': {
      name: 'Klar tale',
      tagline: 'Vi taler og skriver, så du forstår os',
      explanation:
        'Vi bruger korte sætninger og almindelige ord. Vi fortæller dig det, du har brug for at vide. Er noget svært at høre, siger vi det ærligt og venligt. Spørg os, hvis noget er uklart.',
    },
    'tydelige-forventninger': {
      name: 'Tydelige forventninger',
      tagline: 'Du ved, hvad der sker i din sag, og hvornår',
      explanation:
        'Vi siger, hvad du kan få, og hvad vi har brug for fra dig. Vi siger, hvornår du kan regne med svar. Bliver sagen forsinket, siger vi det og giver dig en ny dato. Du skal aldrig føle dig glemt.',
    },
    ydmyghed: {
      name: 'Ydmyghed',
      tagline: 'Vi ved, at vores afgørelser kan betyde meget for dig',
      explanation:
        'Vi bruger vores magt med omtanke. Vi taler pænt til dig, også når vi siger nej. Vi forklarer, hvorfor vi har besluttet det, vi har. Og vi siger, hvordan du kan klage.',
    },
    'haand-om-fejl': {
      name: 'Hånd om fejl',
      tagline: 'Laver vi en fejl i din sag, siger vi det og retter den',
      explanation:
        'Vi siger undskyld, og vi handler hurtigt. Vi fortæller dig, hvad der skete, og hvad vi gør nu. Vi lærer af det, så det ikke sker igen. Sig til, hvis du ser en fejl.',
    },
    professionalisme: {
      name: 'Professionalisme',
      tagline: 'Du møder folk, der kan deres fag',
      explanation:
        'Vi holder vores viden ved lige. Vi siger ærligt, hvad vi mener, og hvorfor. Det, vi beslutter, skal følge loven og passe til dit liv. Er noget ikke godt nok, siger vi fra.',
    },
    sammenhaeng: {
      name: 'Sammenhæng',
      tagline: 'Du skal ikke selv samle trådene',
      explanation:
        'Du skal altid vide, hvem du kan spørge, og hvad der sker nu. Skal din sag videre til en anden del af kommunen, sørger vi for det. Vi giver de vigtige oplysninger videre. Så skal du ikke starte forfra. Ingen sender dig bare videre.',
    },
    udvikling: {
      name: 'Udvikling',
      tagline: 'Vi bliver hele tiden bedre, også med din hjælp',
      explanation:
        'Dine ideer og din kritik viser os, hvad vi kan gøre bedre. Vi lytter, når du har et forslag. Vi prøver nye veje, men din sag skal stadig være i gode hænder.',
    },
    'ressourcer-med-omtanke': {
      name: 'Ressourcer med omtanke',
      tagline: 'Vi passer på fælles penge og spilder ikke din tid',
      explanation:
        'Pengene ejer vi alle sammen. Vi bruger dem dér, hvor de gør mest gavn for dig og andre. Kan noget gøres lettere for dig, gør vi det.',
    },
  },
};
