import type { PropertyValues } from 'lit';
import type { KlarLightElement } from './light-element.js';

/**
 * Taking over a server render (klar-elements/ssr): imported by core/light-element.ts when an
 * element finds the server's render container in it, so a page not rendered on the server never
 * downloads it (issue 15). The server's render stays on screen while this arrives.
 */

/** Property changes held back, per element, while the server's render is still the better one to show. */
const held = new WeakMap<KlarLightElement, PropertyValues>();

/**
 * Whether `el` holds its update back: while the server's render (`server`) is on screen and the
 * element has nothing better (no content of its own yet, or elements in the server's render not
 * defined yet). The first real render then replaces it in one task, with no frame in between, so
 * nothing on the page moves; the held changes are handed to that render (into `changed`).
 */
export function holdsBack(el: KlarLightElement, server: Element, changed: PropertyValues): boolean {
  if (server.isConnected && (!el['hasContent']() || awaitsDefinitions(el, server))) {
    held.set(el, new Map([...(held.get(el) ?? []), ...changed]));
    return true;
  }
  for (const [k, v] of held.get(el) ?? []) if (!changed.has(k)) changed.set(k, v);
  held.delete(el);
  return false;
}

/**
 * Whether the server's render holds elements not defined yet (a principle list's badges): ours
 * would show them empty until their code arrives, so the server's stays until then.
 */
function awaitsDefinitions(el: KlarLightElement, root: Element): boolean {
  const pending = new Set([...root.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.includes('-') && !customElements.get(n)));
  for (const tag of pending) void customElements.whenDefined(tag).then(() => el.requestUpdate());
  return pending.size > 0;
}
