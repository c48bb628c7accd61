import { principleTexts } from '../../translations/principles.js';
import { PRINCIPLE_ICONS } from './icons.js';
import type { PrincipleSetInput } from './types.js';

/** The slugs of the nine principles for good public service, in their official order. */
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

/** Tells whether a string is one of the nine slugs. */
export function isPrincipleSlug(v: unknown): v is PrincipleSlug {
  return typeof v === 'string' && (PRINCIPLE_SLUGS as readonly string[]).includes(v);
}

/** The nine principles for good public service, as a principle set (`set="god-service"`, the default). */
export const builtInPrinciples: PrincipleSetInput = Object.fromEntries(
  PRINCIPLE_SLUGS.map((slug) => [slug, { icon: PRINCIPLE_ICONS[slug], texts: { da: principleTexts.da[slug], en: principleTexts.en[slug] } }]),
);
