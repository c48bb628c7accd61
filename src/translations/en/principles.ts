import type { Messages } from '../../core/localize.js';
import type { PrincipleTexts } from '../../core/principles/types.js';
import type { PrincipleSlug } from '../../core/principles/builtin.js';

/**
 * The nine principles for good public service in English: our translation of the official
 * Danish titles, and the taglines and explanations retold the same way as the Danish ones in
 * src/translations/principles.ts. Part of the English pack, so a Danish page never downloads
 * them; the registry reads them as `principles.<slug>.<field>` once the pack is here.
 */
export const principleTextsEn: Record<PrincipleSlug, Required<PrincipleTexts>> = {
  oejenhoejde: {
    name: 'At eye level',
    tagline: 'We meet you where you are',
    explanation:
      'We listen to you and take you seriously. You can contact us in the way that suits you. Our pages should work for everyone, also with a screen reader. If we cannot give you what you ask for, we tell you with respect.',
  },
  'klar-tale': {
    name: 'Plain language',
    tagline: 'We speak and write so that you understand us',
    explanation:
      'We use short sentences and everyday words. We tell you what you need to know. When something is hard to hear, we say it honestly and kindly. Ask us if anything is unclear.',
  },
  'tydelige-forventninger': {
    name: 'Clear expectations',
    tagline: 'You know what is happening in your case, and when',
    explanation:
      'We tell you what you can get and what we need from you. We say when you can expect an answer. If your case is delayed, we tell you and give you a new date. You should never feel forgotten.',
  },
  ydmyghed: {
    name: 'Humility',
    tagline: 'We know that our decisions can mean a lot to you',
    explanation:
      'We use our power with care. We speak to you with respect, also when we say no. We explain why we decided what we did. And we tell you how you can complain.',
  },
  'haand-om-fejl': {
    name: 'Owning our mistakes',
    tagline: 'If we make a mistake in your case, we say so and put it right',
    explanation:
      'We say sorry, and we act quickly. We tell you what happened and what we will do now. We learn from it so it does not happen again. Tell us if you spot a mistake.',
  },
  professionalisme: {
    name: 'Professionalism',
    tagline: 'You meet people who know their job',
    explanation:
      'We keep our knowledge up to date. We tell you honestly what we think and why. What we decide must follow the law and fit your life. If something is not good enough, we speak up.',
  },
  sammenhaeng: {
    name: 'Joined-up service',
    tagline: 'You do not have to join the dots yourself',
    explanation:
      'You should always know who to ask and what happens next. If your case has to move to another part of the council, we take care of that. We pass on the details that matter, so you do not have to start over. Nobody should just send you somewhere else.',
  },
  udvikling: {
    name: 'Improvement',
    tagline: 'We keep getting better, also with your help',
    explanation:
      'Your ideas and your criticism show us what we can do better. We listen when you have a suggestion. We try new ways, but your case must still be in good hands.',
  },
  'ressourcer-med-omtanke': {
    name: 'Resources with care',
    tagline: 'We look after shared money and do not waste your time',
    explanation:
      'The money belongs to all of us. We use it where it does the most good for you and others. If something can be made simpler for you, we do it.',
  },
};

/** The same texts as pack messages: `principles.<slug>.name`, `.tagline`, `.explanation`. */
export const principleMessagesEn: Messages = Object.fromEntries(
  Object.entries(principleTextsEn).flatMap(([slug, t]) => Object.entries(t).map(([field, text]) => [`principles.${slug}.${field}`, text])),
);
