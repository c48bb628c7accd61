// Server rendering (dist/ssr/index.js, @lit-labs/ssr): every element renders to HTML that already
// holds what a citizen needs, before any JavaScript runs: the content elements as light DOM (their
// styles are klar-elements.css), the feedback form as declarative shadow DOM.
// Needs the build in dist/ (`npm run build`).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';
import { EXPECT, renderSample, textOf } from '../helpers/ssr-sample.js';
import { requireBuild } from '../helpers/built.js';

requireBuild('dist/ssr/index.js');

describe('renderToString', () => {
  /** @type {Awaited<ReturnType<typeof renderSample>>} */
  let out;
  before(async () => {
    out = await renderSample('/api/feedback');
  });

  /** Asserts `html` is `tag` rendered into the light DOM: the server's render container first, no shadow root, no <style>. */
  function assertLight(/** @type {string} */ html, /** @type {string} */ tag) {
    assert.match(html, new RegExp(`^<${tag}[\\s>][^>]*><div class="klar-root" data-klar-ssr>`), `${tag}: the render container, marked as the server's`);
    assert.doesNotMatch(html, /<template|<style|<!--lit-/, `${tag}: no shadow root, no <style>, no hydration markers`);
    assert.doesNotMatch(html, /<script/i, `${tag}: no script in the output`);
  }

  test('a tag it does not render is an error that names the ones it does, not an empty string', async () => {
    // renderToString('klar-case-list', …) gave '' in silence (integrator audit).
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    for (const tag of ['klar-case-list', 'klar-case', 'klar-status']) {
      await assert.rejects(renderToString(tag, {}), (e) => e instanceof TypeError && e.message === `klar-elements/ssr renders klar-case-status, klar-expectation-timeline, klar-principle-badge, klar-principles, klar-feedback-form; "${tag}" is not one of them: let the browser render it.`, tag);
    }
  });

  test('klar-case-status: the status, the next step and who to contact', () => {
    assertLight(out.status, 'klar-case-status');
    const text = textOf(out.status);
    assert.ok(text.includes(EXPECT.status), text);
    assert.ok(text.includes(EXPECT.nextStep), text);
    for (const c of EXPECT.contact) assert.ok(text.includes(c), `contact ${c}: ${text}`);
  });

  test('klar-expectation-timeline: every step title', () => {
    assertLight(out.timeline, 'klar-expectation-timeline');
    const text = textOf(out.timeline);
    for (const s of EXPECT.steps) assert.ok(text.includes(s), `step "${s}": ${text}`);
  });

  test('klar-principle-badge and klar-principles: the principle names', () => {
    assertLight(out.badge, 'klar-principle-badge');
    assert.ok(textOf(out.badge).includes(EXPECT.principle));
    assertLight(out.principles, 'klar-principles');
    const text = textOf(out.principles);
    for (const p of EXPECT.principles) assert.ok(text.includes(p), `${p}: ${text}`);
    // The nested badges are rendered too, each into its own container.
    assert.equal((out.principles.match(/<klar-principle-badge[\s>]/g) ?? []).length, 2);
  });

  test('klar-feedback-form: a plain form that posts named fields to the action without JavaScript', () => {
    assertLight(out.feedback, 'klar-feedback-form');
    assert.ok(textOf(out.feedback).includes(EXPECT.feedback));
    const form = /<form\b[^>]*>/.exec(out.feedback)?.[0] ?? '';
    assert.match(form, /\smethod="post"/);
    assert.match(form, /\saction="\/api\/feedback"/);
    assert.match(out.feedback, /<input type="hidden" name="mode" value="quick"/);
    assert.match(out.feedback, /<input type="hidden" name="lang" value="da"/);
    // "Ja" and "Nej" are submit buttons carrying helped=yes|no.
    assert.match(out.feedback, /<button type="submit"[^>]*name="helped" value="yes"/);
    assert.match(out.feedback, /<button type="submit"[^>]*name="helped" value="no"/);
    assert.match(out.feedback, /name="website"/, 'the honeypot is there');
  });

  test('full mode: named fields and a submit button', async () => {
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    const html = await renderToString('klar-feedback-form', { lang: 'en', mode: 'full', action: '/api/feedback' });
    for (const name of ['rating', 'worked', 'improve', 'principle', 'mode', 'lang']) assert.match(html, new RegExp(`name="${name}"`), name);
    assert.match(html, /<button type="submit"/);
    assert.match(html, /name="lang" value="en"/);
  });

  test('cspStyleHashes gives one sha256 source per distinct <style>: none in what we render (the form too), one per style of the page', async () => {
    const { cspStyleHashes, renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    const { createHash } = await import('node:crypto');
    const ours = Object.values(out).join('') + (await renderToString('klar-feedback-form', { lang: 'da' }));
    assert.deepEqual(await cspStyleHashes(ours), [], 'every element, the form included, is styled by klar-elements.css');
    const pageCss = 'main{max-width:60rem}';
    const hashes = await cspStyleHashes(`<style>${pageCss}</style>${ours}<style>${pageCss}</style>`);
    assert.deepEqual(hashes, [`'sha256-${createHash('sha256').update(pageCss).digest('base64')}'`], 'one per distinct <style>');
  });

  test('hostile case text is escaped, not markup', async () => {
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    const { SAMPLE_CASE } = await import('../helpers/ssr-sample.js');
    const c = structuredClone(SAMPLE_CASE);
    c.title = '<img src=x onerror=alert(1)>';
    c.steps[0].title = '</template><script>alert(1)</script>';
    const html = await renderToString('klar-expectation-timeline', { case: c, lang: 'da' });
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;\/template&gt;&lt;script&gt;/);
  });
});
