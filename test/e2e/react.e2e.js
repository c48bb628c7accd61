// End to end: a tiny React 19 app (test/react-app/app.tsx) that uses the generated wrappers
// from klar-elements/react (dist/react/, built), bundled with esbuild and run in the machine's Chromium. Checks the
// elements render inside React, a case object reaches the element as a property, and the
// elements' events reach React's onKlarXxx props (React writes what it got to the page).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { serveStatic } from '../helpers/static-server.js';

const TIMEOUT = 60_000;

describe('React 19 app with klar-elements/react', { timeout: TIMEOUT }, () => {
  let dir;
  let server;
  let browser;
  let page;
  const errors = [];

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'klar-react-'));
    await build({
      entryPoints: ['test/react-app/app.tsx'],
      outfile: path.join(dir, 'app.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
      // The sources use Lit's legacy decorators, as the library's own build does.
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"></head>' +
        '<body><div id="root"></div><script type="module" src="/app.js"></script></body></html>',
    );
    server = await serveStatic(dir);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => ['klar-feedback-form', 'klar-expectation-timeline', 'klar-principle-badge'].every((t) => customElements.get(t)));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the wrappers render the elements, with a case object passed as a property', async () => {
    await page.waitForFunction(() => document.querySelector('klar-expectation-timeline')?.textContent?.includes('Vi vurderer sagen'));
    assert.match(await deepText(page, 'klar-principle-badge'), /Klar tale/);
    const timeline = await deepText(page, 'klar-expectation-timeline');
    assert.match(timeline, /Vi vurderer sagen/);
    assert.equal(await page.$eval('klar-expectation-timeline', (el) => el.case?.reference), 'BYG-2026-0388');
    // The same case, given to a tag used directly in JSX (React 19 sets it as a property).
    await page.waitForFunction(() => document.querySelector('klar-case-status')?.textContent?.includes('Byggetilladelse'));
    assert.match(await deepText(page, 'klar-feedback-form'), /\S/);
  });

  test('an event from the timeline reaches onKlarTimelineToggle', async () => {
    const toggle = page.locator('klar-expectation-timeline button[aria-expanded]').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('#toggles')?.textContent !== '', undefined, { timeout: 5000 });
    assert.equal(await page.textContent('#toggles'), 'true:1');
  });

  test('a cancelled submit reaches onKlarFeedbackSubmit, and showSent reaches onKlarFeedbackAnswer', async () => {
    const requests = [];
    page.on('request', (r) => r.url().includes('/api/feedback') && requests.push(r.url()));
    // Quick mode sends the answer at one click: that is the submit the React handler cancels.
    await page.locator('klar-feedback-form button[name="helped"][value="yes"]').click();
    await page.waitForFunction(() => document.querySelector('#receipt')?.textContent !== '', undefined, { timeout: 5000 });
    assert.equal(await page.textContent('#submitted'), 'yes');
    assert.equal(await page.textContent('#receipt'), 'R-42');
    assert.deepEqual(requests, [], 'the handler cancelled the submit, so the form sent nothing');
    // The answer is stored: the citizen stays in the comment step, told so.
    const said = await deepText(page, 'klar-feedback-form');
    assert.match(said, /Du svarede: Ja\. Tak\. Dit svar er gemt\./);
    assert.match(said, /Hvad hjalp dig\?/);
  });

  test('no errors in the console', () => {
    assert.deepEqual(errors, []);
  });
});
