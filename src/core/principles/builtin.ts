import { principleTexts } from '../../translations/principles.js';
import { addPackLoader, packMessage } from '../language-pack.js';
import { PRINCIPLE_ICONS } from './icons.js';
import type { SVGTemplateResult } from 'lit/html.js';
import type { PrincipleDefinition, PrincipleTexts } from './types.js';

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
 * The nine principles for good public service, as the registry keeps a set (`set="god-service"`,
 * the default; by slug, in order), with their Danish names and taglines. Other languages, and the explanations, come
 * from the library's language packs (`packTexts`), so a Danish page downloads no English and a
 * page of closed badges no explanations.
 */
export const builtInPrinciples: ReadonlyMap<string, Required<PrincipleDefinition> & { icon: SVGTemplateResult }> = new Map(
  PRINCIPLE_SLUGS.map((slug) => [slug, { icon: PRINCIPLE_ICONS[slug], texts: { da: principleTexts.da[slug] } }]),
);

// The explanations only when a badge shows one (a card, an open disclosure): a page of closed
// badges never downloads them. In Danish too, the fallback of every language without a pack.
addPackLoader('da', 'explanations', () => import('../../translations/principle-explanations.js').then((m) => m.principleExplanationsDa));
addPackLoader('en', 'explanations', () => import('../../translations/en/principle-explanations.js').then((m) => m.principleExplanationsEn));

/**
 * The texts of a built-in principle in `lang` that loaded language packs have
 * (`principles.<slug>.name`, `.tagline`, `.explanation`; the explanations are a part of their own,
 * Danish too), or undefined when no pack has any.
 */
export function packTexts(slug: string, lang: string): Partial<PrincipleTexts> | undefined {
  const out: Partial<PrincipleTexts> = {};
  for (const f of ['name', 'tagline', 'explanation'] as const) {
    const m = packMessage(lang, `principles.${slug}.${f}`);
    if (typeof m === 'string') out[f] = m;
  }
  return Object.keys(out).length ? out : undefined;
}
