// The library's own words for the pages the server writes, read from its catalogues in the build
// (dist/translations/), so a page never says otherwise than an element does and no text is
// written a second time: the nine principles' names (the demo's promises without JavaScript, the
// English results page) and <klar-feedback-form>'s texts and questions (its plain form without
// JavaScript, the page that says what is wrong with what it sent, and the thank-you page it lands
// on). Without the build: undefined, and the caller keeps what it has.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Returns a reader of one text table per language, loaded once from `distDir`.
 * @template T
 * @param {string} distDir the build (dist/)
 * @param {string} what what the texts are, for the warning
 * @param {string[]} files the modules, under dist/ (translations/…)
 * @param {(mods: any[]) => Record<'da' | 'en', T>} pick the table per language from the modules
 * @returns {(lang: 'da' | 'en') => Promise<T | undefined>}
 */
function fromBuild(distDir, what, files, pick) {
  /** @type {Promise<Record<'da' | 'en', T>> | undefined} */
  let loaded;
  const load = (/** @type {string} */ rel) => import(pathToFileURL(path.join(distDir, rel)).href);
  return async (lang) => {
    try {
      loaded ??= Promise.all(files.map(load)).then(pick);
      return (await loaded)[lang];
    } catch (e) {
      loaded = undefined;
      console.warn(`klar-server: could not read ${what} from dist/ (${e instanceof Error ? e.message : String(e)}); run \`npm run build\`.`);
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
  return fromBuild(distDir, "the principles' names", ['translations/principles.js', 'translations/en/principles.js'], ([da, en]) => ({ da: names(da.principleTexts.da), en: names(en.principleTextsEn) }));
}

/**
 * Returns a reader of <klar-case>'s texts by key in a language (its notices: "Vi kan ikke finde sagen", the contact line).
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, string> | undefined>}
 */
export function caseTextsFrom(distDir) {
  return fromBuild(distDir, "<klar-case>'s texts", ['translations/case.js', 'translations/en/case.js'], ([da, en]) => ({ da: da.caseMessages.da, en: { ...da.caseMessages.da, ...en.caseMessagesEn } }));
}

/** <klar-feedback-form>'s catalogues, Danish then English: its quick question's, its comment step's and its full and report modes'. */
const FORM_CATALOGUES = [
  'translations/feedback-form.js',
  'translations/feedback-form-more.js',
  'translations/feedback-form-modes.js',
  'translations/en/feedback-form.js',
  'translations/en/feedback-form-more.js',
  'translations/en/feedback-form-modes.js',
];

/**
 * The form's texts by key, per language, from its catalogues' modules (FORM_CATALOGUES' order).
 * @param {any[]} mods
 * @returns {Record<'da' | 'en', Record<string, unknown>>}
 */
function formTables([da, daMore, daModes, en, enMore, enModes]) {
  return {
    da: { ...da.feedbackFormMessages.da, ...daMore.feedbackMoreMessages.da, ...daModes.feedbackModeMessages.da },
    en: { ...en.feedbackFormMessagesEn, ...enMore.feedbackMoreMessagesEn, ...enModes.feedbackModeMessagesEn },
  };
}

/**
 * Returns a reader of <klar-feedback-form>'s texts by key in a language: every catalogue of it
 * (the quick question's, the comment step's, the full and report modes').
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, unknown> | undefined>}
 */
export function formTextsFrom(distDir) {
  return fromBuild(distDir, "the feedback form's texts", FORM_CATALOGUES, formTables);
}

/**
 * Returns a reader of the question <klar-feedback-form> asks for each field (helped, rating,
 * worked, …), by field in a language: the form's one mapping from field to catalogue key
 * (src/feedback-form/feedback-questions.ts, which its error summary reads too), in the words of
 * its catalogues.
 * @param {string} distDir the build (dist/)
 * @returns {(lang: 'da' | 'en') => Promise<Record<string, string> | undefined>}
 */
export function formQuestionsFrom(distDir) {
  return fromBuild(distDir, "the feedback form's questions", [...FORM_CATALOGUES, 'feedback-form/feedback-questions.js'], (mods) => {
    const /** @type {Record<string, string>} */ keys = mods.at(-1).QUESTION;
    const asked = (/** @type {Record<string, unknown>} */ texts) => Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, String(texts[key])]));
    const { da, en } = formTables(mods);
    return { da: asked(da), en: asked(en) };
  });
}
