// The library's own words for the pages the server writes, read from its catalogues in the build
// (dist/translations/), so a page never says otherwise than an element does and no text is
// written a second time: the nine principles' names (the demo's promises without JavaScript, the
// English results page) and <klar-feedback-form>'s texts (its plain form without JavaScript and
// the thank-you page that form lands on). Without the build: undefined, and the caller keeps what
// it has.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Returns a reader of one text table per language, loaded once from `distDir`.
 * @template T
 * @param {string} distDir the build (dist/)
 * @param {string} what what the texts are, for the warning
 * @param {string[]} files the catalogues, under dist/translations/
 * @param {(mods: any[]) => Record<'da' | 'en', T>} pick the table per language from the modules
 * @returns {(lang: 'da' | 'en') => Promise<T | undefined>}
 */
function fromBuild(distDir, what, files, pick) {
  /** @type {Promise<Record<'da' | 'en', T>> | undefined} */
  let loaded;
  const load = (/** @type {string} */ rel) => import(pathToFileURL(path.join(distDir, 'translations', rel)).href);
  return async (lang) => {
    try {
      loaded ??= Promise.all(files.map(load)).then(pick);
      return (await loaded)[lang];
    } catch (e) {
      loaded = undefined;
      console.warn(`klar-server: could not read ${what} from dist/translations/ (${e instanceof Error ? e.message : String(e)}); run \`npm run build\`.`);
      return undefined;
    }
  };
}

/**
 * Returns a reader of the principles' names by slug in a language.
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, string> | undefined>}
 */
export function principleNamesFrom(distDir) {
  const names = (/** @type {Record<string, { name: string }>} */ texts) => Object.fromEntries(Object.entries(texts).map(([slug, t]) => [slug, t.name]));
  return fromBuild(distDir, "the principles' names", ['principles.js', 'en/principles.js'], ([da, en]) => ({ da: names(da.principleTexts.da), en: names(en.principleTextsEn) }));
}

/**
 * Returns a reader of <klar-feedback-form>'s texts by key in a language: its quick question's
 * and its comment step's catalogues.
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, unknown> | undefined>}
 */
export function formTextsFrom(distDir) {
  return fromBuild(
    distDir,
    "the feedback form's texts",
    ['feedback-form.js', 'feedback-form-more.js', 'en/feedback-form.js', 'en/feedback-form-more.js'],
    ([da, daMore, en, enMore]) => ({
      da: { ...da.feedbackFormMessages.da, ...daMore.feedbackMoreMessages.da },
      en: { ...en.feedbackFormMessagesEn, ...enMore.feedbackMoreMessagesEn },
    }),
  );
}
