/**
 * The CDN loader (`dist/cdn/klar.js`): a page includes this one small script and pays only for
 * the elements it uses. It finds `klar-*` tags that are not defined yet and imports each one's
 * chunk (with Lit and the shared core once), at start and whenever such a tag is added later.
 *
 * A MutationObserver cannot see into shadow roots, so an application that puts klar elements
 * inside its own components' shadow roots calls `observe(shadowRoot)` once per root (the same
 * limit and answer as Shoelace's autoloader: https://shoelace.style/getting-started/installation#autoloader).
 *
 * This file imports nothing at its top level: every chunk is an `import()` relative to this
 * file, so the loader works from any CDN path and stays a few hundred bytes.
 */

const CHUNKS: Record<string, () => Promise<unknown>> = {
  'klar-case': () => import('./klar-case.js'),
  'klar-case-status': () => import('./klar-case-status.js'),
  'klar-expectation-timeline': () => import('./klar-expectation-timeline.js'),
  'klar-step': () => import('./klar-step.js'),
  'klar-principle-badge': () => import('./klar-principle-badge.js'),
  'klar-principles': () => import('./klar-principles.js'),
  'klar-feedback-form': () => import('./klar-feedback-form.js'),
};

const loading = new Map<string, Promise<void>>();

/**
 * Loads the chunk that registers a tag (once), and resolves when the import settles. An unknown
 * tag or a chunk that fails to load warns once in the console; the page keeps working.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  let p = loading.get(name);
  if (!p) {
    const chunk = CHUNKS[name];
    p = chunk
      ? chunk().then(
          () => undefined,
          (e: unknown) => console.warn(`klar-elements: <${name}> could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
        )
      : Promise.resolve();
    loading.set(name, p);
  }
  return p;
}

/** Loads the chunks of every undefined klar element in a root (and the root itself). */
export function discover(root: ParentNode): Promise<void> {
  const els: Element[] = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) els.push(root);
  const tags = new Set(els.map((el) => el.localName).filter((t) => t in CHUNKS && !customElements.get(t)));
  return Promise.all([...tags].map(load)).then(() => undefined);
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

void observe(document);
