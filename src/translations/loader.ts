import type { Catalog } from '../core/localize.js';

/**
 * What the CDN loader (src/loader.ts) says inside an element whose file could not be loaded (a
 * 404, a wrong integrity hash in the page's import map, a blocked CDN). Both languages live in
 * the loader itself: the language packs would come over the same network that just failed.
 */
export const loaderMessages = {
  da: { 'loader.failed': 'Vi kan ikke vise denne del af siden lige nu. Prøv at genindlæse siden.' },
  en: { 'loader.failed': 'We cannot show this part of the page right now. Please try reloading the page.' },
} satisfies Catalog;
