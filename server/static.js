// Static files: the demo pages, the ESM build (/dist/), the CDN files (/cdn/: the loader klar.js,
// its chunks, klar-all.js) and the
// few Lit packages the ESM build imports (/vendor/, mapped by the demo's import map).
// The two demo pages are filled in at request time:
//  - index.html: its inline import map is allowed by a sha256 hash in the page's CSP;
//  - cms.html: the integrity of /cdn/klar.js and of every chunk it loads (an import map with an
//    `integrity` section, allowed by its hash) is computed from dist/cdn/ as it is now.
//  - both: the one feedback form without JavaScript (demo/fallback-form.html), in the page's language.
// Text files go out brotli- or gzip-compressed when the client accepts it; each file is
// compressed once per version (size + mtime) and kept in memory, at the best settings.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  COMPRESS_MIN_BYTES,
  HttpProblem,
  addVary,
  compressBest,
  encodedEtag,
  escapeHtml,
  etagMatches,
  isCompressible,
  pageCsp,
  preferredEncoding,
  sendHtml,
} from './http-util.js';
import { caseTextsFrom, formTextsFrom, principleNamesFrom } from './catalogue.js';
import { limitSaid, maxLengthOf, schemaValidator } from './feedback-api.js';
import { detector } from './pii.js';
import { TEXTS as DEMO_TEXTS, pageTitle } from '../demo/texts.js';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The packages the unbundled build imports, served from node_modules under /vendor/. */
const VENDOR = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];

/**
 * Resolves a URL path inside a root directory, or undefined when it would leave it.
 * @param {string} root
 * @param {string} rel URL-encoded path below the root
 */
export function safeJoin(root, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    throw new HttpProblem(400, 'bad-path', 'The path is not valid URL encoding.');
  }
  if (decoded.includes('\0')) throw new HttpProblem(400, 'bad-path', 'The path contains a NUL byte.');
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : undefined;
}

/**
 * The scripts of the CDN build (the loader, its chunks, the all-in-one file), as paths relative
 * to dist/cdn/ with forward slashes.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function cdnFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The CDN files that registering `tags` fetches: each tag's chunk and every chunk it imports,
 * directly or through other chunks (paths relative to dist/cdn/, the tags' own first).
 * @param {string} dir dist/cdn
 * @param {string[]} tags e.g. ['klar-case', 'klar-case-status']
 * @returns {Promise<string[]>}
 */
export async function cdnClosure(dir, tags) {
  const seen = new Set();
  const visit = async (/** @type {string} */ rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = await readFile(path.join(dir, rel), 'utf8');
    // Static imports only (import … from "./x.js", import "./x.js"); import("…") stays lazy.
    for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      await visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1])));
    }
  };
  for (const tag of tags) if (existsSync(path.join(dir, `${tag}.js`))) await visit(`${tag}.js`);
  return [...seen];
}

/**
 * @param {{ root: string, caseFor?: (id: string | null) => { id: string, doc?: Record<string, unknown> }, principleNames?: ReturnType<typeof principleNamesFrom>, formTexts?: ReturnType<typeof formTextsFrom>, validator?: ReturnType<typeof schemaValidator> }} opts
 *   the project root; `caseFor` gives the demo page the case it shows (for the server-rendered copy);
 *   `principleNames`, `formTexts` and `validator` the server's one reader of the principles' names,
 *   of the feedback form's texts and of the feedback schema (else one of its own)
 */
export function staticFiles({ root, caseFor, principleNames: names, formTexts: formTextsOf, validator: validatorOf }) {
  const demoDir = path.join(root, 'demo');
  const distDir = path.join(root, 'dist');
  // Where Node would find the package from here: server/node_modules after a production-only
  // install in server/ (server/package.json), else the project's node_modules.
  const vendorDirs = [path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules'), path.join(root, 'node_modules')];
  const vendorDir = (pkg) => vendorDirs.map((d) => path.join(d, pkg)).find((d) => existsSync(d)) ?? path.join(vendorDirs[1], pkg);
  /** Compressed files by path, for the version (size and mtime) they were made from. */
  /** @type {Map<string, { version: string, br?: Promise<Buffer>, gzip?: Promise<Buffer> }>} */
  const compressed = new Map();

  /**
   * Returns a file's bytes in an encoding, compressing it on first use of this version.
   * @param {string} file
   * @param {string} version
   * @param {Buffer} data
   * @param {'br' | 'gzip'} encoding
   */
  function encoded(file, version, data, encoding) {
    let entry = compressed.get(file);
    if (!entry || entry.version !== version) {
      entry = { version };
      compressed.set(file, entry);
    }
    const made = (entry[encoding] ??= compressBest(data, encoding));
    made.catch(() => compressed.delete(file));
    return made;
  }

  /**
   * Sends a file with ETag/304; resolves false when there is no such file.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string | undefined} file
   * @param {Record<string, string>} [headers]
   */
  async function sendFile(req, res, file, headers = {}) {
    if (!file) return false;
    let st;
    try {
      st = await stat(file);
    } catch {
      return false;
    }
    if (!st.isFile()) return false;
    const version = `${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
    const compressible = isCompressible(type) && st.size >= COMPRESS_MIN_BYTES;
    const encoding = compressible ? preferredEncoding(req) : undefined;
    /** @type {Record<string, string | number>} */
    const common = { ETag: encodedEtag(`"${version}"`, encoding), 'Cache-Control': 'no-cache', ...headers };
    if (compressible) addVary(common, 'Accept-Encoding');
    if (etagMatches(req.headers['if-none-match'], String(common.ETag))) {
      res.writeHead(304, common);
      res.end();
      return true;
    }
    const raw = await readFile(file);
    const data = encoding ? await encoded(file, version, raw, encoding) : raw;
    res.writeHead(200, {
      ...common,
      'Content-Type': type,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': data.length,
    });
    res.end(req.method === 'HEAD' ? undefined : data);
    return true;
  }

  /**
   * The "Min sag" demo page. It loads like a production page: the CDN loader and, so the
   * browser fetches them all at once instead of discovering them import by import, a
   * `modulepreload` for every chunk the page's elements need (computed from dist/cdn/ now).
   */
  /** @type {Promise<typeof import('../src/ssr/index.js')> | undefined} */
  let ssr;

  /**
   * The chosen case's status and timeline, server-rendered as light DOM: the render container of
   * each (`<div class="klar-root" data-klar-ssr>…</div>`), which goes into the page's own element.
   * Styled by the linked klar-elements.css, so the page's CSP needs no style hash. In the browser
   * each element keeps it on screen until the case arrives, then draws its own in its place in
   * one task (no layout shift). Without the SSR build (a production-only install of server/ has
   * no @lit-labs/ssr), undefined: the page then has the plain line in <noscript>.
   * @param {Record<string, any>} doc
   * @param {'da' | 'en'} lang
   * @returns {Promise<{ status: string, timeline: string } | undefined>}
   */
  async function renderCase(doc, lang) {
    try {
      ssr ??= import(pathToFileURL(path.join(distDir, 'ssr', 'index.js')).href);
      const { renderToString } = await ssr;
      // The element's own tag is the page's (its attributes are the author's): keep the container.
      const inner = (/** @type {string} */ html) => /^<klar-[a-z-]+\b[^>]*>([\s\S]*)<\/klar-[a-z-]+>$/.exec(html.trim())?.[1] ?? '';
      return {
        // In the page's <klar-case> the status says the task, the decision and the appeal, the
        // timeline who does the next step and when (each fact once, as the browser will render it).
        status: inner(await renderToString('klar-case-status', { case: doc, lang, withTimeline: true })),
        timeline: inner(await renderToString('klar-expectation-timeline', { case: doc, lang, withStatus: true })),
      };
    } catch (e) {
      ssr = undefined;
      console.warn(`klar-server: could not render the case on the server (${e instanceof Error ? e.message : String(e)}); the page without JavaScript shows its status only.`);
      return undefined;
    }
  }

  /**
   * The page's own frame (html lang, title, skip link, menu, breadcrumbs, headings, the picker)
   * in the language asked for, from demo/texts.js, which app.js switches the page with in the
   * browser: index.html is written in Danish, and without this an English page said "Gå til
   * indhold" in a Danish voice until its script ran (for ever without JavaScript). Every element
   * with data-i18n gets its text, data-i18n-label its aria-label, data-i18n-content its content,
   * data-i18n-href its href.
   * @param {string} html
   * @param {'da' | 'en'} lang
   */
  function frameIn(html, lang) {
    if (lang === 'da') return html;
    const t = /** @type {Record<string, string>} */ (DEMO_TEXTS[lang]);
    const title = pageTitle(lang);
    const text = (/** @type {string} */ key) => (t[key] ? escapeHtml(t[key]) : undefined);
    /** Sets an attribute inside one start tag. */
    const attr = (/** @type {string} */ tag, /** @type {string} */ name, /** @type {string} */ value) => tag.replace(new RegExp(`\\b${name}="[^"]*"`), `${name}="${value}"`);
    return html
      .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace(/(<([a-z][a-z0-9]*)\b[^>]*\bdata-i18n="([^"]+)"[^>]*>)[^<]*(<\/\2>)/g, (all, open, _tag, key, close) => (text(key) ? `${open}${text(key)}${close}` : all))
      .replace(/<[^>]*\bdata-i18n-label="([^"]+)"[^>]*>/g, (tag, key) => (text(key) ? attr(tag, 'aria-label', text(key)) : tag))
      .replace(/<[^>]*\bdata-i18n-content="([^"]+)"[^>]*>/g, (tag, key) => (text(key) ? attr(tag, 'content', text(key)) : tag))
      .replace(/<[^>]*\bdata-i18n-href="([^"]+)"[^>]*>/g, (tag, key) => (text(key) ? attr(tag, 'href', text(key)) : tag))
      // The switch offers the other language, in that language (indexPage writes where it leads).
      .replace(/(<a\b[^>]*\bid="lang-switch"[^>]*>)[^<]*(<\/a>)/, (_all, open, close) => {
        const to = escapeHtml(t.switchLang);
        return `${attr(attr(open, 'lang', to), 'hreflang', to)}${text('switchTo')}${close}`;
      })
      // The picker's plain form (without JavaScript) keeps the language.
      .replace(/(<select id="case-picker"[\s\S]*?<\/select>)/, `$1\n        <input type="hidden" name="lang" value="${lang}">`);
  }

  const formTexts = formTextsOf ?? formTextsFrom(distDir);
  const validator = validatorOf ?? schemaValidator(path.join(root, 'schema', 'feedback.schema.json'));

  /**
   * The feedback form a demo page offers without JavaScript: demo/fallback-form.html's `<noscript>`
   * (an ordinary form), put where the page marks its place (`<!-- fallback-form -->`: "Min sag" and
   * the CMS page get the one form, written once), in the page's language, with the words
   * <klar-feedback-form> itself says: its catalogues from the build (server/catalogue.js), so the
   * two never drift apart and no text is written twice; only the texts are put in, as frameIn does
   * for the page. The comment's label is the one text the element lacks (it asks after the answer,
   * which a form without JavaScript cannot know): the demo's own (demo/texts.js). Without the build
   * the form keeps its Danish. It posts the page it is on (`pageUrl`: the thank-you page links back
   * there; feedback-api.js lets only a path on this site through) and one token per page as served:
   * the browser's back button and a second send of the same page post it again, and the server
   * stores the message once (it stored it twice).
   * @param {string} html
   * @param {'da' | 'en'} lang
   * @param {URL} url the page's address
   */
  async function fallbackFormIn(html, lang, url) {
    if (!html.includes('<!-- fallback-form -->')) return html;
    const file = await readFile(path.join(demoDir, 'fallback-form.html'), 'utf8');
    let form = /^<noscript>[\s\S]*<\/noscript>/m.exec(file)?.[0] ?? '';
    const found = await formTexts(lang);
    if (found) {
      const t = { ...found, 'fallback.comment': DEMO_TEXTS[lang]['fallback.comment'] };
      /** Puts the text of `key` after the opening part `re` matches (its first group); a text the build lacks leaves the file's. */
      const put = (/** @type {string} */ form, /** @type {RegExp} */ re, /** @type {string} */ key, sep = '') =>
        typeof t[key] === 'string' ? form.replace(re, (_all, open) => `${open}${sep}${escapeHtml(/** @type {string} */ (t[key]))}`) : form;
      form = form.replace(/\blang="[^"]*"/, `lang="${lang}"`).replace(/(name="lang" value=")[^"]*"/, `$1${lang}"`);
      form = put(form, /(<h2>)[^<]*/, 'feedback.heading.quick');
      form = put(form, /(<legend>)[^<]*/, 'feedback.helped');
      form = put(form, /(value="yes"[^>]*>)[^<]*/, 'feedback.yes', ' ');
      form = put(form, /(value="no"[^>]*>)[^<]*/, 'feedback.no', ' ');
      form = put(form, /(<label for="nojs-comment">)[^<]*/, 'fallback.comment');
      // The comment's hints (the file ties them to the field): no one answers here, no personal
      // details, and its limit, the schema's (the one the server holds a text to), in the words
      // the form says it in.
      t['feedback.limit'] = limitSaid(found, lang, maxLengthOf((await validator()).schema, 'comment'));
      for (const [id, key] of [['no-reply', 'feedback.no-reply'], ['no-personal', 'feedback.no-personal'], ['comment-limit', 'feedback.limit']]) {
        form = put(form, new RegExp(`(<p class="hint" id="nojs-${id}">)[^<]*`), key);
      }
      form = put(form, /(<input id="nojs-website"[^>]*aria-label=")[^"]*/, 'feedback.honeypot');
      form = put(form, /(<button type="submit">)[^<]*/, 'feedback.send');
    }
    form = form
      .replace(/(<input type="hidden" name="pageUrl" value=")[^"]*/, (_all, open) => `${open}${escapeHtml(`${url.pathname}${url.search}`)}`)
      .replace(/(<input type="hidden" name="pageUrl" value="[^"]*">)/, `$1\n    <input type="hidden" name="idempotencyKey" value="${randomUUID()}">`);
    return html.replace('<!-- fallback-form -->', () => form);
  }

  const principleNames = names ?? principleNamesFrom(distDir);
  const caseTexts = caseTextsFrom(distDir);

  /**
   * A link to a case that is not there, without JavaScript: the words <klar-case> says with it
   * (its catalogue), with the page's contact phone. It said only "Vi kan ikke finde sagen. Måske er
   * linket forkert." where the element adds whom to call (citizen review, stop 54).
   * @param {string} html the page
   * @param {'da' | 'en'} lang
   */
  async function notFound(html, lang) {
    const t = await caseTexts(lang);
    if (!t) return lang === 'en' ? 'We cannot find the case. The link may be wrong.' : 'Vi kan ikke finde sagen. Måske er linket forkert.';
    const phone = /<klar-case id="case"[^>]*\bcontact-phone="([^"]+)"/.exec(html)?.[1];
    // The link the element makes of the same attribute (core/safe-url.ts, from the build).
    const tel = detector.telHref(phone);
    const call = tel ? ` ${escapeHtml(t['case.contact.phone'])} <a href="${escapeHtml(tel)}" translate="no">${escapeHtml(phone?.trim() ?? '')}</a>.` : '';
    return `${escapeHtml(t['case.error.not-found.title'])}. ${escapeHtml(t['case.error.not-found'])}${call}`;
  }

  /**
   * Each principle badge's name, for the page without JavaScript: there a badge is only the
   * author's text inside it ("Du kan altid se, hvornår …"), its name comes from the element. The
   * server writes the name before the badge in <noscript>, in the page's language, from the
   * library's catalogue (what the badge itself says once it runs). Without the build, no names.
   * @param {string} html
   * @param {'da' | 'en'} lang
   */
  async function badgeNamesIn(html, lang) {
    const names = await principleNames(lang);
    if (!names) return html;
    return html.replace(/<klar-principle-badge\b[^>]*\bprinciple="([^"]+)"[^>]*>/g, (tag, slug) =>
      names[slug] ? `<noscript><strong class="promise-name">${escapeHtml(names[slug])}</strong></noscript>${tag}` : tag,
    );
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function indexPage(res, url) {
    const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'da';
    const page = await badgeNamesIn(await fallbackFormIn(frameIn(await readFile(path.join(demoDir, 'index.html'), 'utf8'), lang), lang, url), lang);
    const tags = [...new Set([...page.matchAll(/<(klar-[a-z-]+)/g)].map((m) => m[1]))];
    const preloads = (await cdnClosure(path.join(distDir, 'cdn'), tags).catch(() => []))
      .map((rel) => `<link rel="modulepreload" href="/cdn/${rel}">`)
      .join('\n');
    // The language switch leads to this page in the other language, as app.js writes it: the
    // address with lang= set and every other parameter kept. A bare `?lang=en` showed a page
    // without JavaScript the first case instead of the one on screen.
    const switchTo = new URL(url);
    switchTo.searchParams.set('lang', lang === 'en' ? 'da' : 'en');
    let html = page
      .replace(/<!-- modulepreload -->/, preloads)
      .replace(/(<a\b[^>]*\bid="lang-switch"[^>]*\bhref=")[^"]*/, (_all, open) => `${open}${escapeHtml(`${switchTo.pathname}${switchTo.search}`)}`);
    const hashes = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
      (m) => `sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}`,
    );
    const chosen = caseFor?.(url.searchParams.get('case'));
    if (chosen) {
      const rendered = chosen.doc && (await renderCase(chosen.doc, lang));
      const id = escapeHtml(encodeURIComponent(chosen.id));
      const status = /** @type {{ label?: string }} */ (chosen.doc?.status ?? {});
      html = html
        .replace(/(<klar-case-status\b[^>]*>)(<\/klar-case-status>)/, `$1${rendered?.status ?? ''}$2`)
        .replace(/(<klar-expectation-timeline\b[^>]*>)(<\/klar-expectation-timeline>)/, `$1${rendered?.timeline ?? ''}$2`)
        .replace(
          '<!-- ssr:case -->',
          rendered
            ? ''
            : chosen.doc
              ? `<noscript><h2>${escapeHtml(String(chosen.doc.title ?? ''))}</h2><p>${escapeHtml(String(status.label ?? ''))}</p></noscript>`
              : `<noscript><p>${await notFound(html, lang)}</p></noscript>`,
        )
        // The feedback form names the case on the page from the start, or none when it is not there.
        .replace(/(<klar-feedback-form id="feedback"[^>]*?) case-reference="[^"]*"/, (_all, open) =>
          typeof chosen.doc?.reference === 'string' ? `${open} case-reference="${escapeHtml(chosen.doc.reference)}"` : open,
        )
        // The chosen case from the start: the provider asks for it, and the picker shows it.
        .replace(/(<klar-case id="case" src=")\/api\/cases\/[^"]*(" events-src=")\/api\/cases\/[^"]*\/events"/, `$1/api/cases/${id}$2/api/cases/${id}/events"`)
        .replace(`<option value="${id}" lang="da">`, `<option value="${id}" lang="da" selected>`);
      // A case that is not there chose nothing: the picker says "Vælg en sag" (the label's words, in
      // the page's language), as app.js does, rather than showing the first case as chosen. Empty and
      // disabled, it makes the required select ask for a choice instead of sending the form.
      if (!chosen.doc) {
        const label = /<label for="case-picker"[^>]*>([^<]*)<\/label>/.exec(html)?.[1] ?? '';
        html = html.replace(/(<select id="case-picker"[^>]*>)/, `$1\n          <option value="" disabled selected data-i18n="picker.label">${label}</option>`);
      }
    }
    sendHtml(res, 200, html, { csp: pageCsp(hashes) });
  }

  /**
   * The CMS page: the loader's integrity, and an import map whose `integrity` section pins every
   * chunk the loader may import, are computed from dist/cdn/ as it is now; the CSP allows that
   * inline import map by its hash. Its feedback form without JavaScript is the one "Min sag" has.
   */
  async function cmsPage(/** @type {import('node:http').ServerResponse} */ res, /** @type {URL} */ url) {
    // A Danish page: its feedback form without JavaScript is "Min sag"'s, in Danish.
    const html = await fallbackFormIn(await readFile(path.join(demoDir, 'cms.html'), 'utf8'), 'da', url);
    /** @type {Record<string, string>} */
    const hashes = {};
    try {
      for (const rel of await cdnFiles(path.join(distDir, 'cdn'))) {
        hashes[`/cdn/${rel}`] = `sha384-${createHash('sha384').update(await readFile(path.join(distDir, 'cdn', rel))).digest('base64')}`;
      }
    } catch {
      /* reported below */
    }
    if (!hashes['/cdn/klar.js']) throw new HttpProblem(503, 'not-built', 'dist/cdn/klar.js is missing. Run `npm run build` (npm start does it for you).');
    const map = JSON.stringify({ integrity: hashes });
    const filled = html
      .replace(/(<script\b[^>]*\bsrc="\/cdn\/klar\.js"[^>]*\bintegrity=")[^"]*(")/, `$1${hashes['/cdn/klar.js']}$2`)
      .replace(/<script type="importmap">[\s\S]*?<\/script>/, `<script type="importmap">${map}</script>`);
    sendHtml(res, 200, filled, { csp: pageCsp([`sha256-${createHash('sha256').update(map, 'utf8').digest('base64')}`]) });
  }

  /**
   * Serves the request when it is for a static file; resolves false otherwise.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  return async function serveStatic(req, res, url) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const p = url.pathname;
    if (p === '/' || p === '/index.html') {
      await indexPage(res, url);
      return true;
    }
    if (p === '/cms.html' || p === '/cms') {
      await cmsPage(res, url);
      return true;
    }
    if (p.startsWith('/cdn/')) {
      // Any origin may load the CDN file (a CMS on another host, with crossorigin + integrity).
      return sendFile(req, res, safeJoin(path.join(distDir, 'cdn'), p.slice(5)), { 'Access-Control-Allow-Origin': '*' });
    }
    if (p.startsWith('/dist/')) return sendFile(req, res, safeJoin(distDir, p.slice(6)));
    if (p.startsWith('/demo/')) {
      // The pages are served only through the routes above: the file the path names once decoded
      // and joined (`index%2ehtml` is index.html too), not the raw path, tells what it is.
      const file = safeJoin(demoDir, p.slice(6));
      if (!file || path.extname(file).toLowerCase() === '.html') return false;
      return sendFile(req, res, file);
    }
    if (p.startsWith('/schema/')) return sendFile(req, res, safeJoin(path.join(root, 'schema'), p.slice(8)));
    if (p.startsWith('/vendor/')) {
      const rest = p.slice(8);
      const pkg = VENDOR.find((v) => rest.startsWith(`${v}/`));
      if (!pkg) return false;
      return sendFile(req, res, safeJoin(vendorDir(pkg), rest.slice(pkg.length + 1)));
    }
    if (p === '/insights.css') return sendFile(req, res, path.join(root, 'server', 'insights.css'));
    if (p === '/favicon.ico') return sendFile(req, res, path.join(demoDir, 'favicon.svg'), {});
    return false;
  };
}
