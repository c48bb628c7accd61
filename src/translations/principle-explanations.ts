import type { PrincipleSlug } from '../core/principles/builtin.js';

/**
 * What each of the nine principles means for the citizen, in Danish (names and taglines are in
 * ./principles.ts, written the same way). A pack part of its own (`explanations`,
 * src/core/language-pack.ts): a page fetches it when a badge shows an explanation (a card, an
 * open disclosure), so a page with closed badges never downloads it. Kept at LIX 40 or below by
 * test/principle-badge/lix.test.ts.
 */
export const principleExplanationsDa = {
  'principles.oejenhoejde.explanation':
    'Vi lytter til dig og tager dig alvorligt. Du kan kontakte os på den måde, der passer dig. Vores sider skal virke for alle, også med skærmlæser. Kan vi ikke give dig det, du beder om, siger vi det med respekt.',
  'principles.klar-tale.explanation':
    'Vi bruger korte sætninger og almindelige ord. Vi fortæller dig det, du har brug for at vide. Er noget svært at høre, siger vi det ærligt og venligt. Spørg os, hvis noget er uklart.',
  'principles.tydelige-forventninger.explanation':
    'Vi siger, hvad du kan få, og hvad vi har brug for fra dig. Vi siger, hvornår du kan regne med svar. Bliver sagen forsinket, siger vi det og giver dig en ny dato. Du skal aldrig føle dig glemt.',
  'principles.ydmyghed.explanation':
    'Vi bruger vores magt med omtanke. Vi taler pænt til dig, også når vi siger nej. Vi forklarer, hvorfor vi har besluttet det, vi har. Og vi siger, hvordan du kan klage.',
  'principles.haand-om-fejl.explanation':
    'Vi siger undskyld, og vi handler hurtigt. Vi fortæller dig, hvad der skete, og hvad vi gør nu. Vi lærer af det, så det ikke sker igen. Sig til, hvis du ser en fejl.',
  'principles.professionalisme.explanation':
    'Vi holder vores viden ved lige. Vi siger ærligt, hvad vi mener, og hvorfor. Det, vi beslutter, skal følge loven og passe til dit liv. Er noget ikke godt nok, siger vi fra.',
  'principles.sammenhaeng.explanation':
    'Du skal altid vide, hvem du kan spørge, og hvad der sker nu. Skal din sag videre til en anden del af kommunen, sørger vi for det. Vi giver de vigtige oplysninger videre. Så skal du ikke starte forfra. Ingen sender dig bare videre.',
  'principles.udvikling.explanation':
    'Dine ideer og din kritik viser os, hvad vi kan gøre bedre. Vi lytter, når du har et forslag. Vi prøver nye veje, men din sag skal stadig være i gode hænder.',
  'principles.ressourcer-med-omtanke.explanation':
    'Pengene ejer vi alle sammen. Vi bruger dem dér, hvor de gør mest gavn for dig og andre. Kan noget gøres lettere for dig, gør vi det.',
} satisfies Record<`principles.${PrincipleSlug}.explanation`, string>;
