// dist/klar-elements.css: the light-DOM styles of the content elements in one file, for pages
// that link them (style-src 'self', no hashes). Needs the build (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';
import { requireBuild } from '../helpers/built.js';

requireBuild('dist/klar-elements.css');

test('klar-elements.css holds every light-DOM element, each rule scoped to its element', () => {
  const css = readFileSync(path.join(ROOT, 'dist/klar-elements.css'), 'utf8');
  for (const tag of ['klar-case', 'klar-case-list', 'klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-principles']) {
    assert.match(css, new RegExp(`/\\* <${tag}> \\*/`), `${tag} is in the file`);
    assert.ok(css.includes(`${tag}>.klar-root :where(p,`), `${tag}: the reset for a CMS's element rules`);
  }
  assert.doesNotMatch(css, /:host|::slotted|@import|url\(/, 'nothing shadow-only, nothing fetched');
  // The badge's panel and card come on demand in the browser (principle-badge-panel.styles.ts); a server render shows them at once.
  for (const rule of ['klar-principle-badge>.klar-root .klar-card-inner{', 'klar-principle-badge>.klar-root .klar-feedback:hover{']) assert.ok(css.includes(rule), rule);
  // Every selector (outside @media/@container/@keyframes preludes) starts with one of our tags.
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@keyframes[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '');
  const selectors = [...body.matchAll(/(?:^|[{}])\s*([^@{}][^{}]*)\{/g)].map((m) => m[1].trim()).filter((s) => s && !/^(from|to|\d+%)/.test(s));
  assert.ok(selectors.length > 50, `selectors found: ${selectors.length}`);
  // Split at the commas outside parentheses (':where(a, :has(b))' is one selector).
  const top = (list) => list.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)/g, (m) => m.replace(/,/g, '\u0000')).split(',').map((s) => s.replace(/\u0000/g, ','));
  for (const list of selectors) for (const sel of top(list)) assert.match(sel.trim(), /^klar-[a-z-]+/, sel);
  // The author's steps, also in a list of their own, are hidden only once the element is defined: a page that links this file and runs no script still shows them.
  assert.ok(css.includes('klar-expectation-timeline:defined>:where(klar-step,:has(klar-step)){display:none}'));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./klar-elements.css'], './dist/klar-elements.css');
});

test('the stylesheets are scoped at build time: a page carries marked text and no scoper (issue 15)', async () => {
  const theme = readFileSync(path.join(ROOT, 'dist/core/theme.js'), 'utf8');
  assert.doesNotMatch(theme, /:host/, 'the built tokens are marked, not :host');
  assert.match(theme, /css`\\x02\{--_k-text:/);
  assert.match(readFileSync(path.join(ROOT, 'dist/core/light-css.js'), 'utf8'), /from '\.\/prescoped\.js'/);
  const { build } = await import('esbuild');
  const { PAGE_BUILD, lazyImportsStayOut } = await import('../../scripts/page-sizes.js');
  const page = await build({ ...PAGE_BUILD, plugins: [lazyImportsStayOut], stdin: { contents: "import './dist/klar-principle-badge.js';", resolveDir: ROOT, loader: 'js' } });
  const js = page.outputFiles[0].text;
  assert.ok(js.includes('klar-principle-badge') && js.includes('.klar-root'), 'the badge page');
  assert.doesNotMatch(js, /keyframes/, "the scoper's keyframe rule is not in the page");
});

test("klar-feedback-form.css holds the form's shadow-root styles, also those of what it shows after the first input", () => {
  const css = readFileSync(path.join(ROOT, 'dist/klar-feedback-form.css'), 'utf8');
  assert.match(css, /:host\{/, 'shadow-root styles');
  assert.doesNotMatch(css, /klar-feedback-form>\.klar-root/, 'not the light-DOM ones');
  // feedback-more.styles.ts: the receipt, the notices and the state tokens of the comment step, the thank-you and the errors.
  for (const rule of ['.klar-receipt-number{', '.klar-notice']) assert.ok(css.includes(rule), rule);
});

test('<klar-step>, which draws nothing, carries no stylesheet: its page has none of the theme tokens', async () => {
  const { build } = await import('esbuild');
  const { PAGE_BUILD, lazyImportsStayOut } = await import('../../scripts/page-sizes.js');
  const page = await build({ ...PAGE_BUILD, plugins: [lazyImportsStayOut], stdin: { contents: "import './dist/klar-step.js';", resolveDir: ROOT, loader: 'js' } });
  const js = page.outputFiles[0].text;
  assert.ok(js.includes('klar-step'), 'the step page');
  assert.doesNotMatch(js, /--_k-text/, 'no theme tokens');
});
