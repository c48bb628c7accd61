/**
 * The nine principles for good public service (Regeringen, KL and Danske Regioner), by slug.
 * Names and one-line taglines are the official titles; the longer explanations the badge
 * shows live with the badge (src/principle-badge) in the project's own words.
 * The feedback form uses this list for "which promise does this concern?".
 */
export const PRINCIPLE_SLUGS = [
  'oejenhoejde',
  'klar-tale',
  'tydelige-forventninger',
  'ydmyghed',
  'haand-om-fejl',
  'professionalisme',
  'sammenhaeng',
  'udvikling',
  'ressourcer-med-omtanke',
] as const;

export type PrincipleSlug = (typeof PRINCIPLE_SLUGS)[number];

export interface PrincipleTitle {
  name: string;
  tagline: string;
}

/** Names and taglines in Danish (official) and English (our translation). */
export const PRINCIPLE_TITLES: Record<'da' | 'en', Record<PrincipleSlug, PrincipleTitle>> = {
  da: {
    oejenhoejde: { name: 'Øjenhøjde', tagline: 'Mød borgeren hvor borgeren er' },
    'klar-tale': { name: 'Klar tale', tagline: 'Åben og klar kommunikation' },
    'tydelige-forventninger': { name: 'Tydelige forventninger', tagline: 'Borgeren skal vide, hvad borgeren kan forvente' },
    ydmyghed: { name: 'Ydmyghed', tagline: 'Ydmyghed over for din rolle og magt' },
    'haand-om-fejl': { name: 'Hånd om fejl', tagline: 'Tag hånd om de fejl, der sker' },
    professionalisme: { name: 'Professionalisme', tagline: 'Faglighed og professionalisme er fundamentet for god service' },
    sammenhaeng: { name: 'Sammenhæng', tagline: 'Borgeren skal opleve sammenhæng i mødet med det offentlige' },
    udvikling: { name: 'Udvikling', tagline: 'Udvikling og fornyelse skal præge den offentlige sektor' },
    'ressourcer-med-omtanke': { name: 'Ressourcer med omtanke', tagline: 'Brug de offentlige ressourcer med omhu og omtanke' },
  },
  en: {
    oejenhoejde: { name: 'At eye level', tagline: 'Meet citizens where they are' },
    'klar-tale': { name: 'Plain language', tagline: 'Open and clear communication' },
    'tydelige-forventninger': { name: 'Clear expectations', tagline: 'Citizens should know what they can expect' },
    ydmyghed: { name: 'Humility', tagline: 'Be humble about your role and your power' },
    'haand-om-fejl': { name: 'Owning our mistakes', tagline: 'Deal with the mistakes that happen' },
    professionalisme: { name: 'Professionalism', tagline: 'Expertise and professionalism are the basis of good service' },
    sammenhaeng: { name: 'Joined-up service', tagline: 'Citizens should meet one joined-up public sector' },
    udvikling: { name: 'Improvement', tagline: 'Improvement and renewal should mark the public sector' },
    'ressourcer-med-omtanke': { name: 'Resources with care', tagline: 'Use public resources carefully and thoughtfully' },
  },
};

/** Tells whether a string is one of the nine slugs. */
export function isPrincipleSlug(v: unknown): v is PrincipleSlug {
  return typeof v === 'string' && (PRINCIPLE_SLUGS as readonly string[]).includes(v);
}
