// Storybook as design documentation (issue 16): the built Storybook's docs pages, read in the
// machine's Chromium. The intro's Markdown tables render as tables (GFM), the args tables list
// the public API only (nothing private from the manifest, nothing starting with "_"), and in
// Danish mode the elements on every docs page speak Danish. Needs `npm run build-storybook`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { serveStatic } from '../helpers/static-server.js';

const STATIC = 'storybook-static';
if (!existsSync(`${STATIC}/index.json`)) throw new Error('storybook-docs.e2e.js needs the built Storybook: run `npm run build-storybook` first');

const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
const docs = Object.values(index.entries).filter((e) => /** @type {any} */ (e).type === 'docs');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const decls = manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []);
/** Names of public API (members, attributes, parts, slots, events, custom properties) of any element. */
const publicNames = new Set(
  decls.flatMap((/** @type {any} */ d) => [
    ...(d.members ?? []).filter((/** @type {any} */ x) => x.privacy !== 'private' && x.privacy !== 'protected').map((/** @type {any} */ x) => x.name),
    ...['attributes', 'cssParts', 'slots', 'events', 'cssProperties'].flatMap((k) => (d[k] ?? []).map((/** @type {any} */ x) => x.name ?? x.fieldName)),
  ]),
);
/** Members the manifest marks private or protected that no element has as public API. */
const hidden = new Set(
  decls
    .flatMap((/** @type {any} */ d) => (d.members ?? []).filter((/** @type {any} */ x) => x.privacy === 'private' || x.privacy === 'protected'))
    .map((/** @type {any} */ x) => x.name)
    .filter((n) => !publicNames.has(n)),
);

describe('Storybook docs pages', { timeout: 600_000 }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof serveStatic>>} */ let server;

  before(async () => {
    server = await serveStatic(STATIC);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a docs page in Storybook's preview frame and waits until it has rendered. */
  async function openDocs(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
    await page.goto(`${server.url}/iframe.html?viewMode=docs&id=${id}&globals=lang:da`);
    await until(() => page.$$eval('.sbdocs-content, #storybook-docs .sbdocs', (e) => e.length), { message: `docs page ${id}`, timeout: 60_000 });
    await page.waitForTimeout(500);
  }

  test('the introduction renders its Markdown tables as tables', async () => {
    const intro = docs.find((e) => /** @type {any} */ (e).id.startsWith('introduction'));
    assert.ok(intro, 'an introduction docs page');
    const page = await browser.newPage();
    try {
      await openDocs(page, /** @type {any} */ (intro).id);
      assert.ok((await page.$$('#storybook-docs table')).length > 0, 'a <table>');
      assert.ok(!(await page.textContent('#storybook-docs'))?.includes('| --- |'), 'no raw pipes');
    } finally {
      await page.close();
    }
  });

  test('args tables list the public API only, and every element speaks Danish in Danish mode', async () => {
    const page = await browser.newPage();
    try {
      for (const d of docs.filter((e) => /** @type {any} */ (e).id.startsWith('components-'))) {
        const id = /** @type {any} */ (d).id;
        await openDocs(page, id);
        const names = await page.$$eval('.docblock-argstable tbody tr td:first-child', (tds) => tds.map((td) => (td.textContent ?? '').trim().split(/\s/)[0]));
        const leaks = names.filter((n) => n.startsWith('_') || hidden.has(n));
        assert.deepEqual(leaks, [], `${id}: private members in the args table`);
        // Elements on the page whose language is not Danish, apart from the stories that show both languages on purpose.
        // The stories that show English or both languages on purpose are named so (…English, BothLanguages).
        const foreign = await page.$$eval('[id^="anchor--"]', (anchors) =>
          anchors
            .filter((a) => !/english|both-languages/.test(a.id))
            .flatMap((a) => [...a.querySelectorAll('*')].filter((el) => el.localName.startsWith('klar-')).map((el) => `${a.id.replace('anchor--', '')}: ${/** @type {HTMLElement | null} */ (el.closest('[lang]'))?.lang ?? ''}`))
            .filter((l) => !l.endsWith(': da')),
        );
        assert.deepEqual([...new Set(foreign)], [], `${id}: elements not in Danish`);
      }
    } finally {
      await page.close();
    }
  });
});
