import type { PrincipleSlug } from '../../core/principles/builtin.js';

/**
 * The nine principles' explanations in English (names and taglines: ./principles.ts). The English
 * `explanations` pack part: fetched by an English page when a badge shows an explanation.
 */
export const principleExplanationsEn = {
  'principles.oejenhoejde.explanation':
    'We listen to you and take you seriously. You can contact us in the way that suits you. Our pages should work for everyone, also with a screen reader. If we cannot give you what you ask for, we tell you with respect.',
  'principles.klar-tale.explanation':
    'We use short sentences and everyday words. We tell you what you need to know. When something is hard to hear, we say it honestly and kindly. Ask us if anything is unclear.',
  'principles.tydelige-forventninger.explanation':
    'We tell you what you can get and what we need from you. We say when you can expect an answer. If your case is delayed, we tell you and give you a new date. You should never feel forgotten.',
  'principles.ydmyghed.explanation':
    'We use our power with care. We speak to you with respect, also when we say no. We explain why we decided what we did. And we tell you how you can complain.',
  'principles.haand-om-fejl.explanation':
    'We say sorry, and we act quickly. We tell you what happened and what we will do now. We learn from it so it does not happen again. Tell us if you spot a mistake.',
  'principles.professionalisme.explanation':
    'We keep our knowledge up to date. We tell you honestly what we think and why. What we decide must follow the law and fit your life. If something is not good enough, we speak up.',
  'principles.sammenhaeng.explanation':
    'You should always know who to ask and what happens next. If your case has to move to another part of the municipality, we take care of that. We pass on the details that matter, so you do not have to start over. Nobody should just send you somewhere else.',
  'principles.udvikling.explanation':
    'Your ideas and your criticism show us what we can do better. We listen when you have a suggestion. We try new ways, but your case must still be in good hands.',
  'principles.ressourcer-med-omtanke.explanation':
    'The money belongs to all of us. We use it where it does the most good for you and others. If something can be made simpler for you, we do it.',
} satisfies Record<`principles.${PrincipleSlug}.explanation`, string>;
