import { principleTexts } from '../../translations/principles.js';
import { packMessage } from '../language-pack.js';
import { PRINCIPLE_ICONS } from './icons.js';
import type { PrincipleSetInput, PrincipleTexts } from './types.js';

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

/**
 * The nine principles for good public service, as a principle set (`set="god-service"`, the
 * default), with their Danish texts. Other languages come from the library's language packs
 * (`packTexts`), so a Danish page downloads no English.
 */
export const builtInPrinciples: PrincipleSetInput = Object.fromEntries(
  PRINCIPLE_SLUGS.map((slug) => [slug, { icon: PRINCIPLE_ICONS[slug], texts: { da: principleTexts.da[slug] } }]),
);

/**
 * The texts of a built-in principle in `lang` from a loaded language pack
 * (`principles.<slug>.name`, `.tagline`, `.explanation`), or undefined when no pack has them.
 */
export function packTexts(slug: string, lang: string): PrincipleTexts | undefined {
  const field = (f: string) => {
    const m = packMessage(lang, `principles.${slug}.${f}`);
    return typeof m === 'string' ? m : undefined;
  };
  const name = field('name');
  return name ? { name, tagline: field('tagline'), explanation: field('explanation') } : undefined;
}
