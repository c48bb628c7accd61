import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from './warn.js';
import { newCache } from './caches.js';
import { baseLang, closestAttr, langOf, onLanguagePack, ownValue, packMessage, packs } from './language-pack.js';

export { baseLang };

export type MessageParams = Record<string, string | number>;
/** A message is text with `{name}` placeholders, or a function for plurals and grammar. */
export type Message = string | ((params: MessageParams) => string);
export type Messages = Record<string, Message>;
/** Default messages of one component, per language: `{ da: {...}, en: {...} }`. */
export type Catalog = Record<string, Messages>;

const registered = new Map<string, Messages>();
const hosts = new Set<TextHost>();
onLanguagePack(() => {
  for (const h of hosts) h.requestUpdate();
});
let observer: MutationObserver | undefined;
const OBSERVE: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
/** Shadow roots already watched: a document-wide observer does not see inside them. */
const observedRoots = new WeakSet<Node>();

export type TextHost = ReactiveControllerHost & HTMLElement;

/**
 * Adds a language or overrides single messages, for every klar element on the page.
 * Keys are the ones in src/translations (e.g. `timeline.tag.delayed`). Elements re-render.
 */
export function registerTranslation(lang: string, messages: Messages): void {
  const key = lang.toLowerCase();
  registered.set(key, { ...(registered.get(key) ?? {}), ...messages });
  for (const h of hosts) h.requestUpdate();
}

/** Watches `lang`/`dir` in every shadow root between the element and the document. */
function observeShadowRoots(el: Element): void {
  if (!observer || typeof el.getRootNode !== 'function') return;
  let root = el.getRootNode();
  while (typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, OBSERVE);
    }
    root = root.host.getRootNode();
  }
}

/**
 * The language of the texts an element with `defaults` shows on a page in `lang`: `lang` when it
 * or its base language has texts (a registered translation, a loaded pack, the element's own
 * catalogue), else Danish, the fallback of every text. Dates, numbers and direction follow it,
 * so a German page without German texts reads Danish sentences with Danish dates, not
 * "senest 8. Januar 2027".
 */
export const textLang = (lang: string, defaults: Catalog): string =>
  [lang, baseLang(lang)].some((l) => registered.has(l) || packs.has(l) || ownValue(defaults, l)) ? lang : 'da';

function interpolate(msg: Message, params: MessageParams = {}): string {
  if (typeof msg === 'function') return msg(params);
  return msg.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = ownValue(params, k);
    return v === undefined ? m : String(v);
  });
}

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ku', 'ckb', 'sd', 'ug', 'syr', 'nqo', 'arc', 'mzn', 'ks']);

// Pure for bundlers: a page whose elements ask no direction (a badge page) then carries no cache.
const scriptDirs = /* @__PURE__ */ newCache<string, 'ltr' | 'rtl' | undefined>();
/** The direction of the language's usual script, from the browser (e.g. Syriac, N'Ko, 'az-Arab'). */
function scriptDir(lang: string): 'ltr' | 'rtl' | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent; without the cache the same direction is worked out again.
  if (!scriptDirs.has(lang)) {
    let dir: 'ltr' | 'rtl' | undefined;
    try {
      type TextInfo = { direction?: string };
      const loc = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
      const d = (loc.getTextInfo?.() ?? loc.textInfo)?.direction;
      dir = d === 'rtl' || d === 'ltr' ? d : undefined;
    } catch {
      dir = undefined;
    }
    scriptDirs.set(lang, dir);
  }
  return scriptDirs.get(lang);
}

/**
 * The direction of an element's text: the closest `dir`, else its language's own. A function,
 * not a member of TextController, so the badge (which sets no `dir`) does not carry it, and the
 * feedback form has it without the date formatting of LocalizeController.
 */
export function dirOf(el: Element, lang: string): 'ltr' | 'rtl' {
  const d = typeof el.closest === 'function' ? closestAttr(el, 'dir') : el.getAttribute?.('dir');
  if (d === 'rtl' || d === 'ltr') return d;
  return langDir(lang);
}

/** The direction of a language's usual script. */
export const langDir = (lang: string): 'ltr' | 'rtl' => (RTL_LANGS.has(baseLang(lang)) ? 'rtl' : (scriptDir(lang) ?? 'ltr'));

/**
 * Gives an element its language and messages: what an element that formats no dates needs (the
 * principle badge and list), so their pages do not pay for the date and number formatting of
 * `LocalizeController` (src/core/localize.ts), which builds on this. The language is the
 * element's own `lang`, else the closest ancestor's (also across shadow roots), else
 * `<html lang>`, else Danish; it follows live changes to any of them.
 */
export class TextController implements ReactiveController {
  protected readonly host: TextHost;
  protected readonly defaults: Catalog;
  /**
   * The language, read once per render: `lang` walks the tree (across shadow roots) and a long
   * timeline asks for it hundreds of times. It cannot change during one synchronous update.
   */
  protected renderLang?: string;
  /** The language it last drew in. */
  #drawn?: string;

  constructor(host: TextHost, defaults: Catalog) {
    this.host = host;
    this.defaults = defaults;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => {
        for (const h of hosts) h.requestUpdate();
      });
      observer.observe(document.documentElement, OBSERVE);
    }
    observeShadowRoots(this.host);
    // Put under another `lang` (a CMS moves a block, by insertBefore or moveBefore): the watcher sees
    // attributes change, not elements move, and nothing else would draw it again in its new language.
    if (this.#drawn && this.#drawn !== this.lang) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.renderLang = undefined;
  }

  hostUpdate(): void {
    this.renderLang = undefined;
    this.#drawn = this.renderLang = this.lang;
  }

  hostUpdated(): void {
    this.renderLang = undefined;
  }

  /** The resolved language tag, lower case ('da', 'en', 'en-gb'). */
  get lang(): string {
    if (this.renderLang !== undefined) return this.renderLang;
    // On the server (@lit-labs/ssr) there is no tree to walk: the host's own attribute decides.
    return langOf(this.host as Element);
  }

  /**
   * Returns the message for `key` in the resolved language, falling back to Danish, then English;
   * where no language has it, `otherwise` when given (words that are optional), else '' with a warning.
   */
  t(key: string, params?: MessageParams, otherwise?: string): string {
    const lang = this.lang;
    const chain = [lang, baseLang(lang), 'da', 'en'];
    for (const l of chain) {
      const m = ownValue(registered.get(l), key) ?? ownValue(ownValue(this.defaults, l), key) ?? packMessage(l, key);
      if (typeof m === 'string' || typeof m === 'function') return interpolate(m, params);
    }
    return otherwise ?? (warnOnce(`no message for "${key}" in any language.`), '');
  }
}

/** Merges catalogs language by language; later ones win. */
export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const c of catalogs) for (const [lang, msgs] of Object.entries(c)) out[lang] = { ...(out[lang] ?? {}), ...msgs };
  return out;
}
