import { svg } from 'lit';
import { registerPrinciples } from '../principle-sets.js';
import type { PrincipleSetInput } from '../principle-badge.types.js';

/** The name of the opt-in Copenhagen set: `<klar-principle-badge set="koebenhavn-tillid" …>`. */
export const COPENHAGEN_TRUST_SET = 'koebenhavn-tillid';

/**
 * The five principles for trust of Copenhagen's Social Services Administration
 * (Tillidsreformen, Socialforvaltningen), retold for citizens in klar-elements' own plain
 * words: what each one means for you when you are in touch with us. Names and taglines
 * are ours too, since the originals are long sentences written for staff.
 *
 * It is a separate module so pages that do not use it do not download it. Nothing is
 * registered on import (bundlers may drop side-effect-only imports); call
 * `registerCopenhagenTrustPrinciples()` or `registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples)`.
 */
export const copenhagenTrustPrinciples: PrincipleSetInput = {
  'maal-frem-for-metode': {
    // A target: we steer by the result for you.
    icon: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="5"/><circle cx="12" cy="12" r="1.2" fill="currentColor"/>`,
    texts: {
      da: {
        name: 'Mål frem for metode',
        tagline: 'Vi styrer efter det, du skal have ud af vores hjælp',
        explanation:
          'Vi ser på, hvad vores hjælp skal gøre for dig. Vi holder ikke fast i en plan, hvis den ikke passer til dig. De folk, der kender dig, finder den gode vej sammen med dig.',
      },
      en: {
        name: 'Goals before procedure',
        tagline: 'We steer by what our help should do for you',
        explanation:
          'We look at what our help should do for you. We do not stick to a plan if it does not fit you. The people who know you find the right way together with you.',
      },
    },
  },
  'frihed-til-at-handle': {
    // An open door: room to act where you are.
    icon: svg`<path d="M4 20.5h16M6 20.5V4h9v16.5"/><path d="M15 4l3 1.5v15"/><path d="M12 12.5v.5"/>`,
    texts: {
      da: {
        name: 'Frihed til at handle',
        tagline: 'Dem, du møder, må tage stilling',
        explanation:
          'De medarbejdere, du møder, har lov til at tage stilling. Din sag skal ikke sendes op og ned i systemet for at få et svar. Lederne bakker dem op og hjælper, når det er svært.',
      },
      en: {
        name: 'Room to act',
        tagline: 'The people you meet can make decisions',
        explanation:
          'The staff you meet are allowed to make decisions. Your case should not go up and down the system to get an answer. Their managers back them up and help when things are hard.',
      },
    },
  },
  'regler-med-mening': {
    // A form with one tick: only the paperwork that matters.
    icon: svg`<path d="M6 3.5h12v17H6z"/><path d="m9 12 2 2 4-4.5M9 17h6"/>`,
    texts: {
      da: {
        name: 'Regler med mening',
        tagline: 'Kontrol og papirer kun, når det gør en forskel',
        explanation:
          'Vi beder kun om papirer og kontrol, når det gør noget tryggere, eller når vi lærer af det. Vi tør prøve noget nyt. Så bruger vi mere tid på dig og mindre tid på skemaer.',
      },
      en: {
        name: 'Rules that make sense',
        tagline: 'Checks and paperwork only where they make a difference',
        explanation:
          'We only ask for papers and checks when they make things safer or teach us something. We dare to try new things. That way we spend more time on you and less on forms.',
      },
    },
  },
  'dialog-og-laering': {
    // Two speech bubbles: talking with you, not at you.
    icon: svg`<path d="M3.5 4.5h11v7.5h-6l-3.5 3v-3H3.5z"/><path d="M17.5 8.5h3v8h-1.5v3l-3.5-3h-5V15"/>`,
    texts: {
      da: {
        name: 'Dialog og læring',
        tagline: 'Vi lytter til dig og lærer af vores fejl',
        explanation:
          'Vi vil gerne høre, hvad du mener, også når du er utilfreds. Vi taler med dig og ikke kun til dig. Når vi laver en fejl, lærer vi af den. Dit svar hjælper os til at blive bedre.',
      },
      en: {
        name: 'Dialogue and learning',
        tagline: 'We listen to you and learn from our mistakes',
        explanation:
          'We want to hear what you think, also when you are unhappy. We talk with you and not just at you. When we make a mistake, we learn from it. Your answer helps us get better.',
      },
    },
  },
  'taet-paa-dig': {
    // A pin on a map: decisions made close to where you are.
    icon: svg`<path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.5"/>`,
    texts: {
      da: {
        name: 'Tæt på dig',
        tagline: 'Vi beslutter tæt på dig og gerne sammen med dig',
        explanation:
          'Du kender dit eget liv bedst. Derfor beslutter vi så tæt på dig, som vi kan. Når det giver mening, gør vi det sammen med dig. Vi lærer også gerne af andre, der gør det godt.',
      },
      en: {
        name: 'Close to you',
        tagline: 'We decide close to you, and with you where we can',
        explanation:
          'You know your own life best. That is why we make decisions as close to you as we can. When it makes sense, we make them together with you. We are also happy to learn from others who do it well.',
      },
    },
  },
};

/** Registers the Copenhagen trust set under `COPENHAGEN_TRUST_SET`. */
export function registerCopenhagenTrustPrinciples(): void {
  registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples);
}
