import type { PrincipleTexts } from '../core/principles/types.js';
import type { PrincipleSlug } from '../core/principles/builtin.js';

/**
 * The nine principles for good public service (Regeringen, KL and Danske Regioner) in words.
 * Names and taglines are the official titles in Danish and our translation in English. The
 * explanations of what each principle means for a citizen are written for klar-elements in
 * plain words (Klar tale): short sentences, "vi" and "du", everyday words. They are our own
 * texts, not quotes from the 2007 publication. The Danish explanations are kept at LIX 40 or
 * below by test/principle-badge/lix.test.ts. More languages: `registerPrinciples('god-service', …)`.
 */
export const principleTexts: Record<'da' | 'en', Record<PrincipleSlug, Required<PrincipleTexts>>> = {
  da: {
    oejenhoejde: {
      name: 'Øjenhøjde',
      tagline: 'Mød borgeren hvor borgeren er',
      explanation:
        'Vi møder dig, hvor du er. Vi lytter til dig og tager dig alvorligt. Du kan kontakte os på den måde, der passer dig. Vores sider skal virke for alle, også med skærmlæser. Kan vi ikke give dig det, du beder om, siger vi det med respekt.',
    },
    'klar-tale': {
      name: 'Klar tale',
      tagline: 'Åben og klar kommunikation',
      explanation:
        'Vi skriver og taler, så du kan forstå det. Vi bruger korte sætninger og almindelige ord. Vi fortæller dig det, du har brug for at vide. Er noget svært at høre, siger vi det ærligt og venligt. Spørg os, hvis noget er uklart.',
    },
    'tydelige-forventninger': {
      name: 'Tydelige forventninger',
      tagline: 'Borgeren skal vide, hvad borgeren kan forvente',
      explanation:
        'Du skal vide, hvad der sker i din sag. Vi siger, hvad du kan få, og hvad vi har brug for fra dig. Vi siger, hvornår du kan regne med svar. Bliver sagen forsinket, siger vi det. Vi siger også, hvornår der sker noget igen. Du skal aldrig føle dig glemt.',
    },
    ydmyghed: {
      name: 'Ydmyghed',
      tagline: 'Ydmyghed over for din rolle og magt',
      explanation:
        'Vi ved, at det, vi beslutter, kan betyde meget for dit liv. Derfor bruger vi vores magt med omtanke. Vi taler pænt til dig, også når vi siger nej. Vi forklarer, hvorfor vi har besluttet det, vi har. Og vi siger, hvordan du kan klage.',
    },
    'haand-om-fejl': {
      name: 'Hånd om fejl',
      tagline: 'Tag hånd om de fejl, der sker',
      explanation:
        'Vi laver også fejl. Når det sker, siger vi det åbent. Vi retter fejlen, så hurtigt vi kan, og vi siger undskyld. Vi fortæller dig, hvad der skete, og hvad vi gør nu. Vi lærer af det, så det ikke sker igen. Sig til, hvis du ser en fejl.',
    },
    professionalisme: {
      name: 'Professionalisme',
      tagline: 'Faglighed og professionalisme er fundamentet for god service',
      explanation:
        'Du møder folk, der kan deres fag. Vi holder vores viden ved lige. Vi siger ærligt, hvad vi mener, og hvorfor. Det, vi beslutter, skal følge loven og passe til dit liv. Er noget ikke godt nok, siger vi fra.',
    },
    sammenhaeng: {
      name: 'Sammenhæng',
      tagline: 'Borgeren skal opleve sammenhæng i mødet med det offentlige',
      explanation:
        'Du skal ikke selv samle trådene. Du skal altid vide, hvem du kan spørge, og hvad der sker nu. Skal din sag videre til en anden del af kommunen, sørger vi for det. Vi giver de vigtige oplysninger videre. Så skal du ikke starte forfra. Ingen sender dig bare videre.',
    },
    udvikling: {
      name: 'Udvikling',
      tagline: 'Udvikling og fornyelse skal præge den offentlige sektor',
      explanation:
        'Vi vil hele tiden gøre det bedre. Dine ideer og din kritik hjælper os med det. Vi lytter, når du har et forslag. Vi prøver nye veje, men din sag skal stadig være i gode hænder. Fortæl os, hvad vi kan gøre bedre.',
    },
    'ressourcer-med-omtanke': {
      name: 'Ressourcer med omtanke',
      tagline: 'Brug de offentlige ressourcer med omhu og omtanke',
      explanation:
        'Vi bruger penge, som vi alle ejer sammen. Derfor passer vi godt på dem. Vi bruger dem dér, hvor de gør mest gavn for dig og andre. Vi spilder ikke din tid med unødigt bøvl. Kan noget gøres lettere, gør vi det.',
    },
  },
  en: {
    oejenhoejde: {
      name: 'At eye level',
      tagline: 'Meet citizens where they are',
      explanation:
        'We meet you where you are. We listen to you and take you seriously. You can contact us in the way that suits you. Our pages should work for everyone, also with a screen reader. If we cannot give you what you ask for, we tell you with respect.',
    },
    'klar-tale': {
      name: 'Plain language',
      tagline: 'Open and clear communication',
      explanation:
        'We write and speak so that you can understand us. We use short sentences and everyday words. We tell you what you need to know. When something is hard to hear, we say it honestly and kindly. Ask us if anything is unclear.',
    },
    'tydelige-forventninger': {
      name: 'Clear expectations',
      tagline: 'Citizens should know what they can expect',
      explanation:
        'You should know what is happening with your case. We tell you what you can get and what we need from you. We say when you can expect an answer. If your case is delayed, we tell you. We also say when something will happen next. You should never feel forgotten.',
    },
    ydmyghed: {
      name: 'Humility',
      tagline: 'Be humble about your role and your power',
      explanation:
        'We know that what we decide can mean a lot for your life. That is why we use our power with care. We speak to you with respect, also when we say no. We explain why we decided what we did. And we tell you how you can complain.',
    },
    'haand-om-fejl': {
      name: 'Owning our mistakes',
      tagline: 'Deal with the mistakes that happen',
      explanation:
        'We make mistakes too. When it happens, we say so openly. We put it right as fast as we can, and we say sorry. We tell you what happened and what we will do now. We learn from it so it does not happen again. Tell us if you spot a mistake.',
    },
    professionalisme: {
      name: 'Professionalism',
      tagline: 'Expertise and professionalism are the basis of good service',
      explanation:
        'You meet people who know their job. We keep our knowledge up to date. We tell you honestly what we think and why. What we decide must follow the law and fit your life. If something is not good enough, we speak up.',
    },
    sammenhaeng: {
      name: 'Joined-up service',
      tagline: 'Citizens should meet one joined-up public sector',
      explanation:
        'You should not have to join the dots yourself. You should always know who to ask and what happens next. If your case has to move to another part of the council, we take care of that. We pass on the details that matter, so you do not have to start over. Nobody should just send you somewhere else.',
    },
    udvikling: {
      name: 'Improvement',
      tagline: 'Improvement and renewal should mark the public sector',
      explanation:
        'We always want to do better. Your ideas and your criticism help us do that. We listen when you have a suggestion. We try new ways, but your case must still be in good hands. Tell us what we can do better.',
    },
    'ressourcer-med-omtanke': {
      name: 'Resources with care',
      tagline: 'Use public resources carefully and thoughtfully',
      explanation:
        'We spend money that belongs to all of us. That is why we take good care of it. We use it where it does the most good for you and others. We do not waste your time with needless red tape. If something can be made simpler, we do it.',
    },
  },
};
