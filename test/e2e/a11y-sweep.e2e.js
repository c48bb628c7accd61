// The accessibility sweep: every Storybook story of every element, in Danish and English,
// checked with axe-core (WCAG 2.0/2.1/2.2 A and AA plus best practices), then again at 320 CSS
// px (failing on horizontal overflow and clipped text); in Danish a keyboard walk (Tab,
// Shift+Tab, Enter, Space, Escape) that checks the focus order and that focus is always
// visible, in English axe once more with forced colours emulated (colours do not change with the
// language; each language gets one of the two extra passes, so the two sweeps side by side end
// together); and no story prints a raw message key or a sample key.
// Needs `npm run build-storybook` first.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../helpers/chrome.js';
import { serveStatic } from '../helpers/static-server.js';
import { deepText } from '../helpers/e2e.js';
import { catalogKeys, rawKeysIn } from '../helpers/catalog-keys.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const STATIC = 'storybook-static';

/** One browser per language: the two languages are swept side by side (see below). */
const browsers = [];
let server;
let stories = [];

before(async () => {
  assert.ok(existsSync(`${STATIC}/index.json`), 'storybook-static is missing: run npm run build-storybook first');
  const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
  stories = Object.values(index.entries).filter((e) => e.type === 'story' && !(e.tags ?? []).includes('no-sweep'));
  server = await serveStatic(STATIC);
});

after(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  await server?.close();
});

/** Stories whose form stays "sending" or "retrying" (the state is the story): nothing to wait for. */
const BUSY_ON_PURPOSE = 'busy-on-purpose';

async function settle(page, busyOnPurpose = false) {
  await page.evaluate(async (busyOnPurpose) => {
    await new Promise((r) => setTimeout(r, 150));
    // A form still sending (a story that clicked "Nej" sends to an endpoint Storybook does not
    // have) changes under the checks when it gives up: its "Prøv igen" came mid-way through a
    // keyboard walk on a busy machine. Wait for it to end (at most 20 s), unless the story holds
    // its form in that state (tagged busy-on-purpose: the two stories waited 3 × 20 s for nothing
    // in each language, over half the sweep's time).
    for (let i = 0; !busyOnPurpose && i < 200 && [...document.querySelectorAll('klar-feedback-form')].some((f) => f.status === 'sending' || f.status === 'retrying'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // Likewise a one-click answer on its way (the "Nej" of "Quick: after Nej"), which the status does
    // not show: when it gave up mid-walk on a loaded CI, its "Prøv igen" came above "Skift svar".
    const answers = [...document.querySelectorAll('klar-feedback-form')].map((f) => f.answerSending).filter(Boolean);
    await Promise.race([Promise.allSettled(answers), new Promise((r) => setTimeout(r, 20_000))]);
    const all = [];
    const walk = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    walk(document);
    // An element that keeps updating must not hang the sweep: wait at most 2 s.
    await Promise.race([Promise.all(all.map((el) => el.updateComplete).filter(Boolean)), new Promise((r) => setTimeout(r, 2000))]);
  }, busyOnPurpose);
}

async function openStory(page, id, lang, busyOnPurpose = false) {
  // Switch stories through Storybook's own channel instead of reloading the (large) preview
  // for every story: the sweep then spends its time on checks, not on page loads.
  if (!(await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__)))) {
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=lang:${lang}`);
    await page.waitForFunction(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__), null, { timeout: 30000 });
  }
  const result = await page.evaluate(
    ({ id, lang }) =>
      new Promise((resolve) => {
        const ch = window.__STORYBOOK_ADDONS_CHANNEL__;
        const finish = (r) => {
          clearTimeout(timer);
          ch.off('storyRendered', onRendered);
          ch.off('storyErrored', onError);
          ch.off('storyThrewException', onError);
          resolve(r);
        };
        const onRendered = () => finish('ok');
        const onError = (e) => finish(`error: ${e?.message ?? e?.title ?? JSON.stringify(e)}`);
        const timer = setTimeout(() => finish('timeout'), 15000);
        ch.on('storyRendered', onRendered);
        ch.on('storyErrored', onError);
        ch.on('storyThrewException', onError);
        // The addon's own axe run after every render is switched off (a11y.manual): the sweep runs axe itself.
        if (document.documentElement.lang !== lang || !window.__klarManualA11y) ch.emit('updateGlobals', { globals: { lang, a11y: { manual: true } } });
        window.__klarManualA11y = true;
        ch.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    { id, lang },
  );
  // The first story of a fresh page may have rendered before we listened.
  if (result === 'timeout' && (await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount > 0))) {
    await settle(page, busyOnPurpose);
    return;
  }
  assert.equal(result, 'ok', `story ${id} [${lang}] did not render`);
  await settle(page, busyOnPurpose);
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    // Storybook's a11y addon runs axe itself after each render, in the same window: when it is
    // still running, wait for it instead of failing the story ("Axe is already running").
    let r;
    for (let attempt = 0; ; attempt++) {
      try {
        r = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        break;
      } catch (e) {
        if (attempt >= 50 || !/already running/i.test(String(e))) throw e;
        await new Promise((ok) => setTimeout(ok, 200));
      }
    }
    return r.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
  }, TAGS);
}

function layoutProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`horizontal overflow: page is ${doc.scrollWidth}px wide in ${doc.clientWidth}px`);
    const walk = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) walk(el.shadowRoot);
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden' || el.clientWidth < 3) return;
        const clips = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (clips && hasText && el.scrollWidth > el.clientWidth + 1)
          out.push(`clipped text in <${el.localName}>: "${el.textContent.trim().slice(0, 40)}"`);
      });
    walk(document);
    return out;
  });
}

async function focusInfo(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow && cs.boxShadow !== 'none');
    const path = [];
    for (let n = el; n; n = n.parentNode ?? n.host) if (n.localName) path.unshift(n.localName + (n.id ? '#' + n.id : ''));
    // Position among the controls in a deep (shadow-including) walk: stable across scrolling,
    // unlike coordinates, and when text arrives in a closed panel while focus walks (a badge
    // fetches its explanation when its button gets focus), unlike a count of every element.
    // Only what Tab can reach counts: a notice that takes tabindex="-1" or a hidden input that
    // comes while the walk runs (a form whose send failed, on a loaded CI) moved every index after
    // it, and the same order read as two ("[11]" forward, "[13]" back).
    const CONTROL = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const tabbable = (e) => e.matches(CONTROL) && e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0;
    let index = 0;
    let found = -1;
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        if (e === el || tabbable(e)) index++;
        if (e === el) found = index;
        if (e.shadowRoot) walk(e.shadowRoot);
      }
    };
    walk(document);
    const name = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20);
    return { key: `${path.join('>')}[${found}]:${name}`, visible, tag: el.localName };
  });
}

async function keyboardWalk(page, id) {
  const forward = [];
  // Start from the top of the page: focus a stand-in before everything (not in the Tab order).
  // Blurring the focused element was not enough: a story that moves focus itself (the form
  // after "Nej" focuses its comment) left the browser's starting point there, so the walk began
  // mid-page and Shift+Tab ran off its top.
  await page.evaluate(() => {
    const start = document.createElement('div');
    start.tabIndex = -1;
    start.id = 'klar-sweep-start';
    document.body.prepend(start);
    start.focus();
    start.remove();
    window.scrollTo(0, 0);
  });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f || forward.some((x) => x.key === f.key)) break;
    if (!f.visible) throw new Error(`focus is not visible on ${f.key}`);
    forward.push(f);
  }
  if (forward.length > 1) {
    // Focus has now left the last element (to the page or back to the first): Shift+Tab N times
    // must visit the same elements in reverse.
    const now = await focusInfo(page);
    const onLast = now && now.key === forward[forward.length - 1].key; // stopped by the 40-step cap
    const backward = onLast ? [now] : [];
    for (let i = backward.length; i < forward.length; i++) {
      await page.keyboard.press('Shift+Tab');
      let f = await focusInfo(page);
      if (!f && backward.length === 0) {
        // The first Shift+Tab may stop on the document itself before wrapping to the end.
        await page.keyboard.press('Shift+Tab');
        f = await focusInfo(page);
      }
      if (!f) throw new Error(`Shift+Tab lost focus after ${backward.map((x) => x.key).join(' , ')}; Tab gave ${forward.map((x) => x.key).join(' , ')}`);
      if (!f.visible) throw new Error(`focus is not visible on ${f.key} (Shift+Tab)`);
      backward.push(f);
    }
    const b = backward.map((f) => f.key).reverse();
    const fw = forward.map((f) => f.key);
    if (JSON.stringify(b) !== JSON.stringify(fw)) throw new Error(`Shift+Tab does not retrace Tab's focus order:\n  tab:       ${fw.join(' , ')}\n  shift+tab: ${b.join(' , ')}`);
  }
  // Activate the focused control with Enter, Space and Escape: focus must stay visible on the page.
  for (const key of ['Enter', 'Space', 'Escape']) {
    const f = await focusInfo(page);
    if (!f || f.tag === 'a') continue; // following a link would leave the story
    await page.keyboard.press(key);
    await page.waitForTimeout(50);
    const after = await focusInfo(page);
    if (after && !after.visible) throw new Error(`focus not visible after ${key} on ${after.key}`);
  }
  return forward.length;
}

/**
 * Sweeps every story in one language, in a browser of its own (a second page in one headless
 * Chromium is a background tab without animation frames). The two languages run side by side:
 * one after the other the sweep was the last end-to-end lane to end, alone for over a minute.
 */
async function sweep(t, lang) {
  assert.ok(stories.length > 0, 'no stories found');
  assert.ok(catalogKeys.size > 20, `read the catalogues' keys (${catalogKeys.size})`);
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  browsers.push(browser);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const failures = [];
  for (const s of stories) {
    // KLAR_SWEEP_STORY=<part of a story id> checks only the matching stories (a quick loop while fixing one).
    if (process.env.KLAR_SWEEP_STORY && !s.id.includes(process.env.KLAR_SWEEP_STORY)) continue;
    const label = `${s.id} [${lang}]`;
    const busy = (s.tags ?? []).includes(BUSY_ON_PURPOSE);
    if (process.env.KLAR_SWEEP_VERBOSE) console.error(label);
    try {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.emulateMedia({ forcedColors: 'none' });
      await openStory(page, s.id, lang, busy);
      // No raw message key or sample key printed ("caseList.empty", "waitingForCitizen").
      const raw = rawKeysIn(await deepText(page, '#storybook-root'));
      if (raw.length) failures.push(`${label}: raw keys in the story: ${raw.join(', ')}`);
      let t0 = Date.now();
      const v = await axe(page);
      if (process.env.KLAR_SWEEP_VERBOSE) console.error('  axe', Date.now() - t0);
      if (v.length) failures.push(`${label}: ${v.join('\n    ')}`);

      // The same story with forced colours (in English: the colours are the same in Danish), then
      // at 320 CSS px (media queries apply live).
      if (lang === 'en') {
        await page.emulateMedia({ forcedColors: 'active' });
        await settle(page, busy);
        const vf = await axe(page);
        if (vf.length) failures.push(`${label} forced colours: ${vf.join('\n    ')}`);
        await page.emulateMedia({ forcedColors: 'none' });
      }

      await page.setViewportSize({ width: 320, height: 640 });
      await settle(page, busy);
      const vn = await axe(page);
      if (vn.length) failures.push(`${label} 320px: ${vn.join('\n    ')}`);
      const lp = await layoutProblems(page);
      if (lp.length) failures.push(`${label} 320px: ${lp.join('; ')}`);
      // The tag skips a wait: it must not hide a form that was only on its way.
      if (busy && !(await page.evaluate(() => [...document.querySelectorAll('klar-feedback-form')].some((f) => f.status === 'sending' || f.status === 'retrying'))))
        failures.push(`${label}: tagged ${BUSY_ON_PURPOSE}, but no form in it is sending or retrying`);

      if (lang === 'da') {
        await page.setViewportSize({ width: 1024, height: 768 });
        t0 = Date.now();
        await keyboardWalk(page, label);
        if (process.env.KLAR_SWEEP_VERBOSE) console.error('  keys', Date.now() - t0);
      }
    } catch (e) {
      failures.push(`${label}: ${e.message.split('\n').slice(0, 3).join('\n    ')}`);
      if (process.env.KLAR_SWEEP_VERBOSE) console.error('  FAILED', e.message.slice(0, 3000));
      // Start from a fresh preview after a failure.
      await page.goto('about:blank');
    }
  }
  t.diagnostic(`${stories.length} stories × (axe, 320 px, ${lang === 'da' ? 'keyboard walk' : 'forced colours'}) checked in ${lang}`);
  assert.deepEqual(errors, [], 'page errors while rendering stories');
  assert.deepEqual(failures, [], `accessibility problems:\n${failures.join('\n')}`);
}

describe('every story passes axe and 320 px in da and en, a keyboard walk in da, forced colours in en', { concurrency: 2 }, () => {
  for (const lang of ['da', 'en']) test(`in ${lang === 'da' ? 'Danish' : 'English'} (${lang})`, { timeout: 20 * 60_000 }, (t) => sweep(t, lang));
});
