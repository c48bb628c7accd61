import type { SVGTemplateResult } from 'lit';
import { builtInPrinciples } from './builtin-set.js';
import { PRINCIPLE_ICONS, PROMISE_ICON } from './principle-icons.js';
import {
  BUILT_IN_SET,
  type PrincipleDefinition,
  type PrincipleSetInput,
  type PrincipleTexts,
  type ResolvedPrinciple,
} from './principle-badge.types.js';

/**
 * The principle-set registry. The nine principles for good public service are the
 * built-in set; a municipality adds its own service policy with `registerPrinciples()`
 * and shows it with `set="…"`. Badges already on the page re-render when a set changes.
 */
const sets = new Map<string, Map<string, PrincipleDefinition>>();
const listeners = new Set<() => void>();
const warned = new Set<string>();

function mergeInto(name: string, principles: PrincipleSetInput): void {
  const target = sets.get(name) ?? new Map<string, PrincipleDefinition>();
  for (const [slug, def] of Object.entries(principles)) {
    if (!def || typeof def !== 'object' || !def.texts || typeof def.texts !== 'object') {
      console.warn(`klar-elements: registerPrinciples("${name}"): principle "${slug}" has no texts; it was skipped.`);
      continue;
    }
    const old = target.get(slug);
    const texts: Record<string, PrincipleTexts> = { ...(old?.texts ?? {}) };
    for (const [lang, t] of Object.entries(def.texts)) {
      if (!t || typeof t.name !== 'string' || !t.name.trim()) {
        console.warn(`klar-elements: registerPrinciples("${name}"): principle "${slug}" has no name in "${lang}"; that language was skipped.`);
        continue;
      }
      texts[lang.toLowerCase()] = { ...(texts[lang.toLowerCase()] ?? {}), ...t };
    }
    if (!Object.keys(texts).length) continue;
    target.set(slug, { icon: def.icon ?? old?.icon, texts });
  }
  sets.set(name, target);
}

mergeInto(BUILT_IN_SET, builtInPrinciples);

/**
 * Adds a set of principles, or adds principles and languages to an existing set (the
 * built-in one too, e.g. German texts). Texts are plain text per language; `icon` is a
 * lit `svg` template for a 24×24 grid drawn with currentColor, or the slug of a built-in icon.
 */
export function registerPrinciples(setName: string, principles: PrincipleSetInput): void {
  if (typeof setName !== 'string' || !setName.trim() || !principles || typeof principles !== 'object') {
    console.warn('klar-elements: registerPrinciples(setName, principles) needs a name and an object of principles by slug.');
    return;
  }
  mergeInto(setName.trim(), principles);
  for (const l of listeners) l();
}

/** Calls `listener` whenever a set is registered or changed; returns a function that stops it. */
export function onPrinciplesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns the names of the registered sets, the built-in one first. */
export function principleSetNames(): string[] {
  return [...sets.keys()];
}

/** Returns the slugs of a set in their order, or an empty list when the set is unknown. */
export function principleSlugs(setName: string = BUILT_IN_SET): string[] {
  return [...(sets.get(setName || BUILT_IN_SET)?.keys() ?? [])];
}

/** Tells whether `slug` is a principle of `setName`. */
export function hasPrinciple(setName: string, slug: string): boolean {
  return sets.get(setName || BUILT_IN_SET)?.has(slug) ?? false;
}

function iconOf(def: PrincipleDefinition): SVGTemplateResult {
  const i = def.icon;
  if (typeof i === 'string') return (PRINCIPLE_ICONS as Record<string, SVGTemplateResult>)[i] ?? PROMISE_ICON;
  return i ?? PROMISE_ICON;
}

/**
 * Returns the texts and icon of a principle in `lang`, falling back to the base language,
 * then Danish, then English, then any language the set has; undefined when unknown.
 */
export function resolvePrinciple(setName: string, slug: string, lang: string): ResolvedPrinciple | undefined {
  const set = setName || BUILT_IN_SET;
  const def = sets.get(set)?.get(slug);
  if (!def) return undefined;
  const l = (lang || 'da').toLowerCase();
  const chain = [l, l.split('-')[0], 'da', 'en', ...Object.keys(def.texts)];
  const used = chain.find((c) => def.texts[c]);
  if (!used) return undefined;
  const t = def.texts[used];
  return {
    slug,
    set,
    icon: iconOf(def),
    name: t.name,
    tagline: t.tagline ?? '',
    explanation: t.explanation ?? '',
    lang: used,
  };
}

/**
 * Says once per page, in developer terms, that a set or principle is unknown, naming the
 * valid ones, so a typo in an attribute is easy to fix.
 */
export function warnUnknownPrinciple(tag: string, setName: string, slug: string): void {
  const set = setName || BUILT_IN_SET;
  const key = `${tag}|${set}|${slug}`;
  if (warned.has(key)) return;
  warned.add(key);
  if (!sets.has(set)) {
    console.warn(
      `klar-elements: <${tag}> set="${set}" is not a registered principle set. Registered sets: ${principleSetNames().join(', ')}. Register it with registerPrinciples("${set}", {...}) first.`,
    );
    return;
  }
  console.warn(
    `klar-elements: <${tag}> principle="${slug}" is not a principle of the set "${set}", so nothing is shown. Valid slugs: ${principleSlugs(set).join(', ')}.`,
  );
}
