import type { PrincipleTexts } from '../core/principles/types.js';

/**
 * The texts of Copenhagen's five principles for trust (Tillidsreformen, Socialforvaltningen),
 * retold for citizens in klar-elements' own plain words: what each one means for you when you
 * are in touch with us. Names and taglines are ours too, since the originals are long
 * sentences written for staff. Used only by src/core/principles/sets/copenhagen-trust.ts, so
 * pages that do not use the set do not download them.
 */
export const copenhagenTrustTexts: Record<string, Record<'da' | 'en', Required<PrincipleTexts>>> = {
  'maal-frem-for-metode': {
    da: {
      name: 'Mål frem for metode',
      tagline: 'Vi styrer efter det, du skal have ud af vores hjælp',
      explanation:
        'Vi holder ikke fast i en plan, hvis den ikke passer til dig. De folk, der kender dig, finder den gode vej sammen med dig.',
    },
    en: {
      name: 'Goals before procedure',
      tagline: 'We steer by what our help should do for you',
      explanation:
        'We do not stick to a plan if it does not fit you. The people who know you find the right way together with you.',
    },
  },
  'frihed-til-at-handle': {
    da: {
      name: 'Frihed til at handle',
      tagline: 'De folk, du møder, må tage stilling',
      explanation:
        'Din sag skal ikke sendes op og ned i systemet for at få et svar. Lederne bakker medarbejderne op og hjælper, når det er svært.',
    },
    en: {
      name: 'Room to act',
      tagline: 'The people you meet can make decisions',
      explanation:
        'Your case should not go up and down the system to get an answer. Managers back their staff up and help when things are hard.',
    },
  },
  'regler-med-mening': {
    da: {
      name: 'Regler med mening',
      tagline: 'Vi beder kun om papirer, når det gør en forskel for dig',
      explanation:
        'Kontrol skal gøre noget tryggere eller lære os noget. Ellers lader vi den være. Vi tør prøve noget nyt. Så bruger vi mere tid på dig og mindre tid på skemaer.',
    },
    en: {
      name: 'Rules that make sense',
      tagline: 'We only ask for papers when it makes a difference to you',
      explanation:
        'A check must make things safer or teach us something. If not, we leave it out. We dare to try new things. That way we spend more time on you and less on forms.',
    },
  },
  'dialog-og-laering': {
    da: {
      name: 'Dialog og læring',
      tagline: 'Vi lytter til dig og lærer af vores fejl',
      explanation:
        'Vi vil gerne høre, hvad du mener, også når du er utilfreds. Vi taler med dig og ikke kun til dig. Dit svar hjælper os til at blive bedre.',
    },
    en: {
      name: 'Dialogue and learning',
      tagline: 'We listen to you and learn from our mistakes',
      explanation:
        'We want to hear what you think, also when you are unhappy. We talk with you and not just at you. Your answer helps us get better.',
    },
  },
  'taet-paa-dig': {
    da: {
      name: 'Tæt på dig',
      tagline: 'Vi beslutter tæt på dig og gerne sammen med dig',
      explanation:
        'Du kender dit eget liv bedst. Derfor spørger vi dig, før vi beslutter noget om det. Vi lærer også gerne af andre, der gør det godt.',
    },
    en: {
      name: 'Close to you',
      tagline: 'We decide close to you, and with you where we can',
      explanation:
        'You know your own life best. That is why we ask you before we decide something about it. We are also happy to learn from others who do it well.',
    },
  },
};
