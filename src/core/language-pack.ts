import type { Message, Messages } from './localize.js';
import { warnOnce, reason } from './warn.js';

/**
 * The library's own texts in languages other than Danish, one pack per language, imported the
 * first time an element reads that language: a Danish page downloads no English. Danish is the
 * fallback and stays in each element's own catalogue. A language an integrator registers
 * (registerTranslation) and the library does not ship loads nothing.
 *
 * Kept apart from localize.ts (dates, Intl) because every element's base class asks it before
 * drawing, also elements that show no text of their own.
 */
const PACKS: Record<string, Record<string, () => Promise<Messages>>> = {
  en: {
    texts: () => import('../translations/en/index.js').then((m) => m.en),
    // The principles' texts only for the elements that show principles: an English "Min sag" page skips them.
    principles: () => import('../translations/en/principles.js').then((m) => m.principleMessagesEn),
  },
};
/**
 * Adds a part the library loads on demand, for the modules that need it: the principles' module
 * adds their explanations (src/core/principles/builtin.ts), so an element that shows no principle
 * does not carry even their URLs.
 */
export function addPackLoader(lang: string, part: string, load: () => Promise<Messages>): void {
  (PACKS[lang] ??= {})[part] = load;
}

/** The part of a pack every element needs; `principles` is asked for by the elements that show principles. */
export const TEXTS = ['texts'] as const;
/** The parts the elements that show principles draw with (badge, list, feedback form). */
export const WITH_PRINCIPLES = ['texts', 'principles'] as const;
/**
 * The parts an element that shows the principles' explanations draws with (a card, an open
 * badge, a list of cards). `panel` is no text: the badge's code for its panel and card, which the
 * badge registers (src/klar-principle-badge.ts), so a list of cards draws its badges whole too.
 */
export const WITH_EXPLANATIONS = ['texts', 'principles', 'explanations', 'panel'] as const;
/** The packs here, by language: a language shown in its own texts once its pack is here. */
export const packs = new Map<string, Messages>();
/** The parts here, as `lang:part`. */
const loaded = new Set<string>();
const packLoads = new Map<string, Promise<void>>();
const listeners: Array<() => void> = [];

/** The language without its region, lower case: 'en-GB' → 'en'. */
export const baseLang = (lang: string): string => lang.toLowerCase().split('-')[0];

/** Reads an own property only, so keys like `toString` or `__proto__` never reach Object.prototype. */
export function ownValue<T>(o: Record<string, T> | undefined, key: string): T | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function merge(lang: string, part: string, messages: Messages): void {
  packs.set(lang, { ...(packs.get(lang) ?? {}), ...messages });
  loaded.add(`${lang}:${part}`);
}

/** Adds a part of a language pack at once (server rendering has no time to wait for an import). */
export function addLanguagePack(lang: string, messages: Messages, part = 'texts'): void {
  merge(lang.toLowerCase(), part, messages);
}

/** Calls `fn` whenever a language pack has arrived (elements draw again). */
export function onLanguagePack(fn: () => void): void {
  listeners.push(fn);
}

/** A message from a loaded pack, or undefined. */
export function packMessage(lang: string, key: string): Message | undefined {
  return ownValue(packs.get(lang), key);
}

function loadPart(base: string, part: string): Promise<void> {
  const key = `${base}:${part}`;
  let p = packLoads.get(key);
  if (!p) {
    p = PACKS[base][part]().then(
      (m) => {
        merge(base, part, m);
        for (const fn of listeners) fn();
      },
      (e: unknown) => {
        packLoads.delete(key); // asked for again on the next draw (back online)
        warnOnce(`the "${part}" part for "${base}" could not be loaded (${reason(e)}); it is asked for again on the next draw${base === 'da' ? '' : ', Danish until then'}.`);
      },
    );
    packLoads.set(key, p);
  }
  return p;
}

/**
 * Resolves when the library's texts for `lang` are here (the parts named, by default the texts
 * every element needs): undefined when nothing needs loading (Danish texts, loaded parts, a
 * language the library does not ship). A part the language has no pack for comes from the
 * Danish one, when Danish has it (the explanations): Danish is every text's fallback. Never
 * rejects: a pack that fails to load leaves the Danish texts, with one warning, and is asked
 * for again the next time.
 */
export function languagePending(lang: string, parts: readonly string[] = TEXTS): Promise<void> | undefined {
  const base = baseLang(lang);
  const from = (part: string) => [base, 'da'].find((l) => ownValue(ownValue(PACKS, l), part));
  const waits: Promise<void>[] = [];
  for (const part of parts) {
    const l = from(part);
    if (l && !loaded.has(`${l}:${part}`)) waits.push(loadPart(l, part));
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** Finds the closest `attr` from the element outwards, crossing shadow roots. */
export function closestAttr(el: Element, attr: string): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const v = node.getAttribute(attr);
      if (v) return v;
    }
    const parent: Node | null = (node as Element).parentNode;
    node = typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/** The language an element reads: its closest `lang` (across shadow roots), else Danish. */
export function langOf(el: Element): string {
  // On the server (@lit-labs/ssr) there is no tree to walk: the host's own attribute decides.
  const raw = (typeof el.closest === 'function' ? closestAttr(el, 'lang') : el.getAttribute?.('lang')) || 'da';
  return raw.trim().toLowerCase() || 'da';
}
