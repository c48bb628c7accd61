/**
 * The CDN loader (`dist/cdn/klar.js`): a page includes this one small script and pays only for
 * the elements it uses. It finds `klar-*` tags that are not defined yet and imports each one's
 * chunk (with Lit and the shared core once), at start and whenever such a tag is added later.
 *
 * A MutationObserver cannot see into shadow roots, so an application that puts klar elements
 * inside its own components' shadow roots calls `observe(shadowRoot)` once per root (the same
 * limit and answer as Shoelace's autoloader: https://shoelace.style/getting-started/installation#autoloader).
 *
 * It imports only the placeholder rules (plain CSS text, adopted into the document, so elements
 * keep their size while they load; pages link the same rules as dist/cdn/klar.css in their head
 * to have them before the first paint). Every chunk is an `import()` relative to this file, so
 * the loader works from any CDN path and stays near a kilobyte (1.2 KB brotli with the sentence
 * it says for an element whose file failed, in Danish and English).
 */
import { placeholderCss } from './core/placeholder.styles.js';
import { loaderMessages } from './translations/loader.js';

const CHUNKS: Record<string, () => Promise<unknown>> = {
  'klar-case': () => import('./klar-case.js'),
  'klar-case-list': () => import('./klar-case-list.js'),
  'klar-case-status': () => import('./klar-case-status.js'),
  'klar-expectation-timeline': () => import('./klar-expectation-timeline.js'),
  'klar-step': () => import('./klar-step.js'),
  'klar-principle-badge': () => import('./klar-principle-badge.js'),
  'klar-principles': () => import('./klar-principles.js'),
  'klar-feedback-form': () => import('./klar-feedback-form.js'),
};

const loading = new Map<string, Promise<void>>();
/** Tags whose chunk failed: their elements say so (`fail`) wherever they are found. */
const failed = new Set<string>();

/**
 * Loads the chunk that registers a tag (once), and resolves when the import settles. A chunk
 * that fails to load (a 404, a wrong integrity hash in an import map) is one console error
 * naming its file, and its elements say so in words (`discover`); the page keeps working.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let p = loading.get(name);
  if (!p) {
    const chunk = CHUNKS[name];
    p = chunk
      ? chunk().then(
          () => undefined,
          (e: unknown) => {
            failed.add(name);
            console.error(`klar-elements: <${name}> could not be loaded from ${new URL(`./${name}.js`, import.meta.url).href} (${e instanceof Error ? e.message : String(e)}): are it and its chunks on the server, and do the import map's integrity hashes match?`);
          },
        )
      : Promise.resolve();
    loading.set(name, p);
  }
  return p;
}

/**
 * An element that will not be defined: a plain sentence inside it (the page's language, Danish
 * unless English), and the `data-klar-failed` mark that releases the space kept for it
 * (core/placeholder.styles.ts). The author's own children stay where they are.
 */
function fail(el: Element): void {
  if (el.hasAttribute('data-klar-failed')) return;
  el.setAttribute('data-klar-failed', '');
  const p = document.createElement('p');
  p.className = 'klar-plain';
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
  p.textContent = loaderMessages[/^en\b/i.test(lang) ? 'en' : 'da']['loader.failed'];
  el.prepend(p);
}

/** Starts fetching a tag's chunk (and what it imports) without running it. */
function preload(tag: string): void {
  if (loading.has(tag)) return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`./${tag}.js`, import.meta.url).href;
  document.head.append(link);
}

/**
 * Loads the chunks of every undefined klar element in a root (and the root itself). All are
 * fetched at once, but `<klar-case>` is registered first: a status or timeline registered
 * before the provider around it would ask for its case before anyone can answer.
 */
export function discover(root: ParentNode): Promise<void> {
  const els: Element[] = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) els.push(root);
  const tags = [...new Set(els.map((el) => el.localName).filter((t) => t in CHUNKS && !customElements.get(t)))];
  for (const t of tags) preload(t);
  const provider = tags.includes('klar-case') ? load('klar-case') : Promise.resolve();
  return provider
    .then(() => Promise.all(tags.map(load)))
    .then(() => {
      for (const el of els) if (failed.has(el.localName) && !customElements.get(el.localName)) fail(el);
    });
}

const observer = new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) void discover(n);
});

/**
 * Watches a root (a shadow root, or the document, which the loader watches by itself) for klar
 * elements added later, and loads the ones already in it.
 */
export function observe(root: Document | ShadowRoot | Element): Promise<void> {
  observer.observe(root instanceof Document ? root.documentElement : root, { childList: true, subtree: true });
  return discover(root);
}

/** Adds the placeholder rules to the document once (a constructed sheet: allowed by a strict CSP). */
function adoptPlaceholders(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(placeholderCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets (Safari before 16.4): pages that link klar.css keep them.
  }
}

adoptPlaceholders();
void observe(document);
