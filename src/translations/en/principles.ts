import type { Messages } from '../../core/localize.js';
import type { PrincipleTexts } from '../../core/principles/types.js';
import type { PrincipleSlug } from '../../core/principles/builtin.js';

/**
 * The nine principles for good public service in English: our translation of the official
 * Danish titles, and the taglines retold the same way as the Danish ones in
 * src/translations/principles.ts (the explanations: ./principle-explanations.ts, a part of their own). Part of the English pack, so a Danish page never downloads
 * them; the registry reads them as `principles.<slug>.<field>` once the pack is here.
 */
export const principleTextsEn: Record<PrincipleSlug, Required<Pick<PrincipleTexts, 'name' | 'tagline'>>> = {
  oejenhoejde: {
    name: 'At eye level',
    tagline: 'We meet you where you are',
  },
  'klar-tale': {
    name: 'Plain language',
    tagline: 'We speak and write so that you understand us',
  },
  'tydelige-forventninger': {
    name: 'Clear expectations',
    tagline: 'You know what is happening in your case, and when',
  },
  ydmyghed: {
    name: 'Humility',
    tagline: 'We know that our decisions can mean a lot to you',
  },
  'haand-om-fejl': {
    name: 'Owning our mistakes',
    tagline: 'If we make a mistake in your case, we say so and put it right',
  },
  professionalisme: {
    name: 'Professionalism',
    tagline: 'You meet people who know their job',
  },
  sammenhaeng: {
    name: 'Joined-up service',
    tagline: 'You do not have to join the dots yourself',
  },
  udvikling: {
    name: 'Improvement',
    tagline: 'We keep getting better, also with your help',
  },
  'ressourcer-med-omtanke': {
    name: 'Resources with care',
    tagline: 'We look after shared money and do not waste your time',
  },
};

/** The same texts as pack messages: `principles.<slug>.name`, `.tagline`. */
export const principleMessagesEn: Messages = Object.fromEntries(
  Object.entries(principleTextsEn).flatMap(([slug, t]) => Object.entries(t).map(([field, text]) => [`principles.${slug}.${field}`, text])),
);
