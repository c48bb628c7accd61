import { VERSION } from './version.js';

interface Versioned {
  version?: string;
}

/**
 * Registers a custom element once. When the tag is already taken (a second copy of
 * klar-elements on the same page, e.g. a CMS bundle plus an app bundle), it logs one
 * warning naming both versions instead of throwing, so the page keeps working.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // Node without a DOM shim
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const theirs = existing.version ?? 'an unknown version';
  console.warn(
    `klar-elements: <${tag}> is already defined by klar-elements ${theirs}; this copy (${VERSION}) was not registered. Load klar-elements once per page.`,
  );
}
