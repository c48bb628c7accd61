import type { SVGTemplateResult } from 'lit/html.js';
import { warnOnce } from '../warn.js';
import { baseLang } from '../language-pack.js';
import { builtInPrinciples, packTexts } from './builtin.js';
import { PRINCIPLE_ICONS } from './icons.js';
import { PROMISE_ICON } from './promise-icon.js';
import {
  BUILT_IN_SET,
  PRINCIPLE_NAME_PATTERN,
  type PrincipleDefinition,
  type PrincipleSetInput,
  type PrincipleTexts,
  type ResolvedPrinciple,
} from './types.js';

/**
 * The principle-set registry, the one place every element asks for principles: the badge,
 * the list and the feedback form's "which promise?" question. The nine principles for good
 * public service are the built-in set; a municipality adds its own service policy with
 * `registerPrinciples()` and shows it with `set="…"`. Elements already on the page re-render
 * when a set changes.
 */
// The built-in set as builtin.ts gives it (a copy: registering adds to it): already valid, so it
// skips the checks of registerPrinciples(), and a page that registers no set (a badge page)
// carries none of them.
const sets = new Map<string, Map<string, StoredPrinciple>>([[BUILT_IN_SET, new Map(builtInPrinciples)]]);
const listeners = new Set<() => void>();

/** A principle as the registry keeps it: its icon already looked up (see iconOf). */
type StoredPrinciple = Required<PrincipleDefinition> & { icon: SVGTemplateResult };

/**
 * A principle's icon: its own, a built-in one named by slug, else the promise icon. Looked up when
 * a set is registered, so a page that registers none (a badge page) carries neither the lookup nor
 * the promise icon.
 */
function iconOf(icon: PrincipleDefinition['icon']): SVGTemplateResult {
  return typeof icon === 'string' ? ((PRINCIPLE_ICONS as Record<string, SVGTemplateResult>)[icon] ?? PROMISE_ICON) : (icon ?? PROMISE_ICON);
}

function mergeInto(name: string, principles: PrincipleSetInput): void {
  const target = sets.get(name) ?? new Map<string, StoredPrinciple>();
  for (const [slug, def] of Object.entries(principles)) {
    if (!PRINCIPLE_NAME_PATTERN.test(slug)) {
      warnOnce(`registerPrinciples("${name}"): "${slug}" is not a valid slug (lower-case letters, digits, - and _, at most 64); it was skipped.`);
      continue;
    }
    if (!def || typeof def !== 'object' || !def.texts || typeof def.texts !== 'object') {
      warnOnce(`registerPrinciples("${name}"): principle "${slug}" has no texts; it was skipped.`);
      continue;
    }
    const old = target.get(slug);
    const texts: Record<string, PrincipleTexts> = { ...(old?.texts ?? {}) };
    for (const [lang, t] of Object.entries(def.texts)) {
      if (!t || typeof t.name !== 'string' || !t.name.trim()) {
        warnOnce(`registerPrinciples("${name}"): principle "${slug}" has no name in "${lang}"; that language was skipped.`);
        continue;
      }
      texts[lang.toLowerCase()] = { ...(texts[lang.toLowerCase()] ?? {}), ...t };
    }
    if (!Object.keys(texts).length) continue;
    target.set(slug, { icon: iconOf(def.icon ?? old?.icon), texts });
  }
  sets.set(name, target);
}

/**
 * Adds a set of principles, or adds principles and languages to an existing set (the
 * built-in one too, e.g. German texts). Set names and slugs are lower-case letters, digits,
 * `-` and `_`. Texts are plain text per language; `icon` is a lit `svg` template for a 24×24
 * grid drawn with currentColor, or the slug of a built-in icon.
 */
export function registerPrinciples(setName: string, principles: PrincipleSetInput): void {
  const name = typeof setName === 'string' ? setName.trim() : '';
  if (!name || !principles || typeof principles !== 'object') {
    warnOnce('registerPrinciples(setName, principles) needs a name and an object of principles by slug.');
    return;
  }
  if (!PRINCIPLE_NAME_PATTERN.test(name)) {
    warnOnce(`registerPrinciples("${name}"): a set name is lower-case letters, digits, - and _ (at most 64); nothing was registered.`);
    return;
  }
  mergeInto(name, principles);
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

/** Tells whether `slug` is a principle of `setName` (empty means the built-in set). */
export function hasPrinciple(setName: string, slug: unknown): slug is string {
  return typeof slug === 'string' && (sets.get(setName || BUILT_IN_SET)?.has(slug) ?? false);
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
  // The built-in set's texts beyond Danish are in the language packs; what a page registered
  // for a language wins over the pack, field by field.
  // The explanations are a part of their own (src/core/language-pack.ts), so a language's texts
  // count as there when they have a name.
  const textsIn = (c: string): PrincipleTexts | undefined => {
    const pack = set === BUILT_IN_SET ? packTexts(slug, c) : undefined;
    const t = pack ? { ...pack, ...def.texts[c] } : def.texts[c];
    return t?.name ? (t as PrincipleTexts) : undefined;
  };
  let t: PrincipleTexts | undefined;
  const used = [l, baseLang(l), 'da', 'en', ...Object.keys(def.texts)].find((c) => (t = textsIn(c)));
  if (!used || !t) return undefined;
  return {
    slug,
    set,
    icon: def.icon,
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
  if (!sets.has(set)) {
    warnOnce(
      `<${tag}> set="${set}" is not a registered principle set. Registered sets: ${principleSetNames().join(', ')}. Register it with registerPrinciples("${set}", {...}) first.`,
    );
    return;
  }
  warnOnce(`<${tag}> principle="${slug}" is not a principle of the set "${set}", so nothing is shown. Valid slugs: ${principleSlugs(set).join(', ')}.`);
}
