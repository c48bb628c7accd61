// The nine principles' names as the library says them, for the pages the server writes (the
// demo's promises without JavaScript, the English results page): read from the library's own
// catalogues in the build (dist/translations/), so a page never names a principle otherwise than
// a badge does, and no name is written a second time. Without the build: undefined, and the
// caller keeps what it has.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Returns a reader of the names by slug in a language, loaded once from `distDir`.
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, string> | undefined>}
 */
export function principleNamesFrom(distDir) {
  /** @type {Promise<Record<'da' | 'en', Record<string, string>>> | undefined} */
  let loaded;
  const load = (/** @type {string} */ rel) => import(pathToFileURL(path.join(distDir, 'translations', rel)).href);
  const names = (/** @type {Record<string, { name: string }>} */ texts) => Object.fromEntries(Object.entries(texts).map(([slug, t]) => [slug, t.name]));
  return async (lang) => {
    try {
      loaded ??= Promise.all([load('principles.js'), load('en/principles.js')]).then(([da, en]) => ({ da: names(da.principleTexts.da), en: names(en.principleTextsEn) }));
      return (await loaded)[lang];
    } catch (e) {
      loaded = undefined;
      console.warn(`klar-server: could not read the principles' names from dist/translations/ (${e instanceof Error ? e.message : String(e)}); run \`npm run build\`.`);
      return undefined;
    }
  };
}
