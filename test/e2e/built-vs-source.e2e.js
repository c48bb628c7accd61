// The built CDN file must show citizens exactly what the sources show. The browser tests and
// Storybook run the TypeScript sources; the published files go through the template minifier,
// which once glued words together ("ansøgning.senest 1. december") and dropped the "/>" of SVG
// shapes so icons lost their strokes. This test renders the same cases, badges and forms from
// an unminified esbuild bundle of src/ and from dist/cdn/klar-all.js (the CDN's all-in-one file:
// the same minifier as the per-tag chunks, and it exports parseCase), in da and en, and compares
// every element's text (whitespace runs collapsed, never removed) and icon structure.
// Needs the build (`npm run build`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../helpers/e2e.js';
import { ROOT } from '../helpers/reference-server.js';
import { serveStatic } from '../helpers/static-server.js';
import { inspectBuiltDom } from '../helpers/built-dom-checks.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 120_000;
const CDN = path.join(ROOT, 'dist/cdn/klar-all.js');
requireBuild('dist/cdn/klar-all.js');
const NOW = '2026-11-24T10:00:00+01:00';
const FIXTURES = path.join(ROOT, 'test/fixtures/klar');

/** The page: loads one build, then renders every fixture and every other element with it. */
const PAGE_JS = `
const build = new URLSearchParams(location.search).get('build');
const lang = new URLSearchParams(location.search).get('lang') || 'da';
document.documentElement.lang = lang;
const { parseCase } = await import(build === 'src' ? './src.js' : './klar.js');
const cases = (await (await fetch('./cases.json')).json()).map(parseCase);
const root = document.getElementById('root');
const add = (tag, attrs = {}, props = {}) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  el.dataset.key = tag + ' ' + JSON.stringify(attrs) + (props.case ? ' ' + props.case.id : '');
  root.append(el);
  return el;
};
for (const c of cases) {
  add('klar-case-status', { now: '${NOW}' }, { case: c });
  add('klar-case-status', { now: '${NOW}', variant: 'compact', href: '#case' }, { case: c });
  add('klar-expectation-timeline', { now: '${NOW}', 'fold-after': '100' }, { case: c });
}
for (const variant of ['tag', 'card', 'icon-only']) add('klar-principles', { variant, 'show-tagline': '' });
add('klar-principle-badge', { principle: 'tydelige-forventninger', open: '', 'show-tagline': '' });
// The build scopes the stylesheets (issue 15): the shadow-root form it gives back must look as the sources' does.
for (const variant of ['tag', 'card', 'icon-only']) add('klar-principle-badge', { principle: 'klar-tale', variant, 'render-mode': 'shadow' });
add('klar-principles', { variant: 'tag', 'render-mode': 'shadow' });
add('klar-feedback-form', { mode: 'quick', action: '/nowhere', 'no-draft': '', 'form-id': 'shadow', 'render-mode': 'shadow' });
for (const mode of ['quick', 'full', 'report']) add('klar-feedback-form', { mode, action: '/nowhere', 'no-draft': '', 'case-reference': 'BYG-1', 'form-id': mode });
await Promise.all([...root.children].map((el) => el.updateComplete));
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
window.__ready = true;
`;

/** Per element: its text with whitespace runs collapsed to one space, and its icons' shapes. */
function snapshot() {
  const text = (n) => {
    let s = '';
    if (n.shadowRoot) s += text(n.shadowRoot);
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) s += c.textContent;
      else if (c.nodeType === Node.ELEMENT_NODE && c.tagName !== 'STYLE' && c.tagName !== 'SCRIPT') s += text(c);
    }
    return s;
  };
  const icons = (n, out = []) => {
    const root = n.shadowRoot ?? n;
    for (const svg of root.querySelectorAll('svg')) out.push([...svg.querySelectorAll('*')].map((e) => `${e.parentElement === svg ? '' : '>'}${e.localName}`).join(' '));
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) icons(e, out);
    return out;
  };
  // How each part looks: what the light-DOM sheet and the shadow-root sheet give it.
  const PROPS = ['display', 'color', 'background-color', 'font-size', 'font-weight', 'border-top-width', 'border-inline-start-color', 'padding-inline-start', 'margin-block-end', 'gap', 'transform'];
  const looks = (el) => {
    const root = el.shadowRoot ?? el;
    return [el, ...root.querySelectorAll('[part], [class^="klar-"]')].map((e) => {
      const cs = getComputedStyle(e);
      return `${e.getAttribute('part') ?? e.localName}:${PROPS.map((p) => cs.getPropertyValue(p)).join(',')}`;
    });
  };
  return [...document.getElementById('root').children].map((el) => ({
    key: el.dataset.key,
    text: text(el).replace(/\s+/g, ' ').trim(),
    icons: icons(el).join(' | '),
    looks: looks(el).join(' | '),
  }));
}

describe('the built CDN file renders what the sources render', { timeout: 4 * TIMEOUT }, () => {
  let dir;
  let server;
  let browser;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'klar-built-'));
    await build({
      entryPoints: [path.join(ROOT, 'src/index.ts')],
      outfile: path.join(dir, 'src.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
      // The sources use Lit's legacy decorators, as the library's own build does.
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    copyFileSync(CDN, path.join(dir, 'klar.js'));
    // The all-in-one file fetches the English texts from chunks/ beside it.
    cpSync(path.join(ROOT, 'dist/cdn/chunks'), path.join(dir, 'chunks'), { recursive: true });
    const cases = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')));
    writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases));
    writeFileSync(path.join(dir, 'page.js'), PAGE_JS);
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Built vs source</title><link rel="icon" href="data:,"></head>' +
        '<body><main id="root"></main><script type="module" src="/page.js"></script></body></html>',
    );
    server = await serveStatic(dir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page with one build and returns the snapshot, the DOM checks and any errors. */
  async function render(buildName, lang) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Copenhagen' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${server.url}/?build=${buildName}&lang=${lang}`);
      await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 30_000 }).catch((e) => {
        throw new Error(`the ${buildName} page did not finish rendering: ${errors.join('; ') || e.message}`);
      });
      return { snap: await page.evaluate(snapshot), dom: await page.evaluate(inspectBuiltDom), errors };
    } finally {
      await page.close();
    }
  }

  for (const lang of ['da', 'en']) {
    test(`${lang}: every element's text, icons and styles (light DOM and shadow root) are the same from the CDN file as from the sources`, { timeout: TIMEOUT }, async () => {
      const src = await render('src', lang);
      const cdn = await render('cdn', lang);
      assert.deepEqual(src.errors, [], 'no errors with the sources');
      assert.deepEqual(cdn.errors, [], 'no errors with the CDN file');
      assert.ok(src.snap.length >= 30, `rendered ${src.snap.length} elements`);
      assert.ok(src.snap.every((s) => s.text.length > 0), 'every element shows text');
      assert.equal(cdn.snap.length, src.snap.length);
      for (let i = 0; i < src.snap.length; i++) {
        assert.equal(cdn.snap[i].text, src.snap[i].text, `text of ${src.snap[i].key}`);
        assert.equal(cdn.snap[i].icons, src.snap[i].icons, `icons of ${src.snap[i].key}`);
        assert.equal(cdn.snap[i].looks, src.snap[i].looks, `styles of ${src.snap[i].key}`);
      }
      assert.deepEqual(cdn.dom.brokenIcons, [], 'no SVG shape has another shape nested inside it');
      assert.deepEqual(src.dom.brokenIcons, [], 'the sources draw their icons right');
      assert.deepEqual(cdn.dom.glued, [], 'no words glued together');
    });
  }
});
