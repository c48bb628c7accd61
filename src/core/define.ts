import { VERSION } from './version.js';
import { reason } from './warn.js';

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
    try {
      customElements.define(tag, ctor);
    } catch (e) {
      // The class is already registered under another tag, or the tag is not a valid name:
      // the page must keep working, so say why instead of throwing from a module's top level.
      console.warn(`klar-elements: <${tag}> could not be registered: ${reason(e)}`);
    }
    return;
  }
  if (existing === ctor) return;
  const theirs = existing.version ?? 'an unknown version';
  const ours = (ctor as CustomElementConstructor & Versioned).version ?? VERSION;
  console.warn(
    `klar-elements: <${tag}> is already defined by klar-elements ${theirs}; this copy (${ours}) was not registered. Load klar-elements once per page.`,
  );
}
