// Server-rendered elements (dist/ssr/index.js) in the machine's Chromium: readable with
// JavaScript off (every element, the feedback form too, as light DOM styled by klar-elements.css:
// the CSP needs no style hash), taken over with JavaScript on without layout shifts (the elements
// drawn anew, the server's containers removed, no hydration script), and the feedback form posting as a plain
// form to the real reference server when JavaScript is off. Needs the build (`npm run build`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { ROOT, startTestServer } from '../helpers/reference-server.js';
import { startPageServer } from '../helpers/esm-server.js';
import { EXPECT, SAMPLE_CASE, renderSample } from '../helpers/ssr-sample.js';
import { requireBuild } from '../helpers/built.js';
import { until } from '../helpers/until.js';

const TIMEOUT = 60_000;
const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
requireBuild('dist/ssr/index.js', 'dist/klar-case-status.js');

/** In the page: where the page's paragraph and the status's lines are, and its "Kopiér" (the CLS test). */
function drawnNow() {
  return {
    lines: ['#page-text', ...['title', 'reference', 'status-tag', 'lead', 'next', 'contact', 'updated'].map((p) => `klar-case-status [part~="${p}"]`), '#timeline h2']
      .map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return `${s} ${r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : 'missing'}`; }),
    copy: [...document.querySelectorAll('klar-case-status [part~="copy"]')].map((e) => ({ box: [...Object.values(e.getBoundingClientRect().toJSON())].map(Math.round).join(','), visible: getComputedStyle(e).visibility === 'visible' })),
  };
}

/** In the page, for page.$$eval('[part~="calendar-link"]'): the calendar controls as drawn (the calendar test). */
function calendarOf(/** @type {Element[]} */ els) {
  return els.map((e) => {
    const r = e.getBoundingClientRect();
    const cs = getComputedStyle(e);
    return { tag: e.localName, href: e.getAttribute('href')?.slice(0, 32), text: e.textContent?.trim(), box: [r.x, r.y, r.width, r.height].map((n) => Math.round(n)), look: [cs.color, cs.textDecorationLine, cs.fontSize, cs.backgroundColor, cs.borderTopWidth] };
  });
}

describe('server-rendered elements', { timeout: 5 * TIMEOUT }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>>} */ let pages;
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */ let ref;
  /** @type {string} */ let csp;
  /** @type {any} */ let cards;
  /** @type {string} */ let reportForm;
  /** @type {string} */ let reportForm10;

  before(async () => {
    ref = await startTestServer();
    const out = await renderSample(`${ref.url}/api/feedback`, { principlesVariant: 'tag' });
    cards = await renderSample(`${ref.url}/api/feedback`, { principlesVariant: 'card' });
    const { renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    reportForm = await renderToString('klar-feedback-form', { id: 'report', lang: 'da', mode: 'report', action: `${ref.url}/api/feedback` });
    reportForm10 = await renderToString('klar-feedback-form', { id: 'report', lang: 'da', mode: 'report', action: `${ref.url}/api/feedback`, answerDays: 10 });
    const all = [...Object.values(out), cards.principles].join('\n');
    const { cspStyleHashes } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    assert.deepEqual(await cspStyleHashes(all), [], 'no <style> to allow');
    // The strict policy: no style hash at all.
    csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self' ${ref.url}; require-trusted-types-for 'script'; trusted-types lit-html`;
    const body = (/** @type {string} */ scripts, principles = out.principles) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Min sag</title>
<link rel="stylesheet" href="/dist/klar-elements.css">
${scripts}
</head><body><main>
<h1>Min sag</h1>
<div id="status">${out.status}</div>
<p id="page-text">Sådan behandler vi din ansøgning, trin for trin:</p>
<div id="timeline">${out.timeline}</div>
<div id="badge">${out.badge}</div>
<div id="principles">${principles}</div>
<div id="feedback">${out.feedback}</div>
<script type="application/json" id="case-data">${JSON.stringify(SAMPLE_CASE).replace(/</g, '\\u003c')}</script>
</main></body></html>`;
    /** A page with the server-rendered report form alone. */
    const formPage = (/** @type {string} */ scripts, form = reportForm) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Meld en fejl</title>
<link rel="stylesheet" href="/dist/klar-elements.css">
<script src="/pages/record-violations.js"></script>
${scripts}
</head><body><main><h1>Meld en fejl</h1>${form}</main></body></html>`;
    pages = await startPageServer({
      csp,
      pagesDir: PAGES,
      pages: {
        '/ssr-nojs': body('<script src="/pages/record-violations.js"></script>'),
        '/ssr-js': body('<script src="/pages/record-violations.js"></script>\n<script type="module" src="/pages/ssr-hydrate.js"></script>'),
        '/ssr-js-cards': body('<script src="/pages/record-violations.js"></script>\n<script type="module" src="/pages/ssr-hydrate.js"></script>', cards.principles),
        '/ssr-report': formPage(''),
        '/ssr-report-js': formPage('<script type="module" src="/pages/ssr-form-takeover.js"></script>'),
        '/ssr-report-10': formPage('', reportForm10),
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    for (const loaded of takenOver.values()) await (await loaded.catch(() => undefined))?.context.close();
    await browser?.close();
    await pages?.close();
    await ref?.stop();
  });

  /**
   * A server-rendered page with JavaScript on, once per page and width: loaded, taken over, and
   * read at once, before any test touches it: what the hydration check reads (with every console
   * error from the start), the lines and "Kopiér" the CLS test compares, and the calendar
   * controls. The page stays open for the hydration check's click (all close after the last test).
   * Three tests read /ssr-js at 1280 px and two at 320 px; each loaded it anew, the same page.
   * @type {Map<string, Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, errors: string[], read: any }>>}
   */
  const takenOver = new Map();
  function tookOver(/** @type {string} */ pagePath, width = 1280) {
    const key = `${pagePath} ${width}`;
    let loaded = takenOver.get(key);
    if (!loaded) {
      loaded = (async () => {
        // As tall as the page, so every element and every shift is on screen (one below the fold is not reported).
        const context = await browser.newContext({ viewport: { width, height: 6000 } });
        const page = await context.newPage();
        /** @type {string[]} */
        const errors = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${pages.url}${pagePath}`);
        await page.waitForFunction(() => /** @type {any} */ (window).__hydrated || /** @type {any} */ (window).__violations?.length, null, { timeout: 40_000 });
        const read = {
          ...(await page.evaluate(() => ({ h: /** @type {any} */ (window).__hydrated, shifts: /** @type {any} */ (window).__shifts, violations: /** @type {any} */ (window).__violations }))),
          ...(await page.evaluate(drawnNow)),
          calendar: await page.$$eval('[part~="calendar-link"]', calendarOf),
        };
        return { context, page, errors, read };
      })();
      takenOver.set(key, loaded);
    }
    return loaded;
  }

  test('with JavaScript off, the status, next step, contact and every step can be read', { timeout: TIMEOUT }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pages.url}/ssr-nojs`);
      // Every element in the light DOM, the feedback form too.
      assert.equal(await page.$eval('klar-case-status', (el) => !!el.shadowRoot), false, 'light DOM');
      assert.equal(await page.$eval('klar-feedback-form', (el) => !!el.shadowRoot), false, 'the form in the light DOM');
      assert.equal(await page.evaluate(() => customElements.get('klar-case-status')), undefined, 'no element code ran');
      const status = await deepText(page, '#status');
      assert.ok(status.includes(EXPECT.status), status);
      assert.ok(status.includes(EXPECT.nextStep), status);
      for (const c of EXPECT.contact) assert.ok(status.includes(c), `${c}: ${status}`);
      const timeline = await deepText(page, '#timeline');
      for (const s of EXPECT.steps) assert.ok(timeline.includes(s), `${s}: ${timeline}`);
      assert.ok((await deepText(page, '#badge')).includes(EXPECT.principle));
      const principles = await deepText(page, '#principles');
      for (const p of EXPECT.principles) assert.ok(principles.includes(p), `${p}: ${principles}`);
      assert.ok((await deepText(page, '#feedback')).includes(EXPECT.feedback));
      // "Kopiér" would do nothing without JavaScript: not seen, not heard, no tab stop, and no gap where it goes.
      assert.equal(await page.getByRole('button', { name: /Kopiér/ }).count(), 0, 'no copy button to find');
      assert.equal(await page.$eval('klar-case-status [part~="copy"]', (el) => el.getBoundingClientRect().height), 0, 'and no place kept for it');
      // Styled too, with no hash: klar-elements.css, the form's styles included.
      assert.equal(await page.$eval('klar-case-status [part~="base"]', (el) => getComputedStyle(el).display), 'flex', 'status styled');
      const formStyled = await page.$eval('klar-feedback-form button[type="submit"]', (el) => getComputedStyle(el).cursor);
      assert.equal(formStyled, 'pointer', 'form styled by klar-elements.css');
    } finally {
      await context.close();
    }
  });

  /**
   * Opens a server-rendered page with JavaScript on and checks its hydration.
   * @param {string} pagePath
   * @param {import('node:test').TestContext} t
   */
  async function checkHydration(pagePath, t) {
    const { page, errors, read: result } = await tookOver(pagePath);
    assert.deepEqual(result.violations, [], 'no CSP or Trusted Types violations');
    assert.deepEqual(result.h?.errors ?? [], [], "no hydration mismatch"); assert.deepEqual(errors, [], "no console errors");
    assert.ok(result.h, 'hydration finished');
    assert.equal(result.h.formTakenOver, true, "the form drew its own render in place of the server's");
    assert.ok(result.h.serverContainers >= 5, `server containers rendered: ${result.h.serverContainers}`);
    assert.equal(result.h.serverContainersLeft, 0, "every server container replaced by the element's own render");
    assert.deepEqual(result.h.roots, [1, 1, 1, 1, 1], 'one render container per element');
    assert.deepEqual(result.h.duplicateIds, [], 'no id twice');
    // Only shifts from hydration on count; one before it comes from the first layout of the
    // parsed page (the timeline's content-visibility estimate), which happens without JavaScript too.
    const before = result.shifts.filter((/** @type {any} */ s) => s.at < result.h.start);
    if (before.length) t.diagnostic(`layout shifts before hydration (first layout, not hydration): ${JSON.stringify(before)}`);
    assert.deepEqual(result.shifts.filter((/** @type {any} */ s) => s.at >= result.h.start), [], 'no layout shift during hydration');
    // Hydrated, so interactive: the badge disclosure opens.
    // (Opening may wait for the explanations, fetched when the pointer reaches the summary.)
    await page.click('#badge klar-principle-badge summary[part="trigger"]');
    await until(() => page.getAttribute('#badge klar-principle-badge details[part="base"]', 'open'), { ok: (v) => v === '', message: 'the disclosure open' });
    const status = await deepText(page, '#status');
    assert.ok(status.includes(EXPECT.status) && status.includes(EXPECT.nextStep), status);
  }

  test('with JavaScript on, the elements take over (the form too, no hydration script) and nothing shifts, under the strict CSP with no style hash', { timeout: TIMEOUT }, async (t) => {
    await checkHydration('/ssr-js', t);
  });

  test('principle cards hydrate without a shift next to a feedback form (rendered with feedbackFor)', { timeout: TIMEOUT }, async (t) => {
    await checkHydration('/ssr-js-cards', t);
    // The cards really carry the hand-off control (server-rendered, kept by hydration).
    assert.match(cards.principles, /Lever vi op til det\?/, 'the server rendered the control in each card');
  });

  test('nothing moves when the elements take over, at 320, 375 and 1280 px: CLS 0.00, and every line where the server drew it', { timeout: 2 * TIMEOUT }, async (t) => {
    // The status's "Kopiér" came with the element: at 320 and 375 px it took a line of its own
    // under the case number, 52 px, and pushed everything below it down (at 1280 px it sits
    // beside the title). The CLS API does not see the status's own lines move (they are new
    // nodes), only the page's paragraph under it; where each line is, before and after, shows both.
    /** Where the page's paragraph and the status's lines are, and the layout shifts recorded. */
    const drawn = async (/** @type {number} */ width, /** @type {boolean} */ hydrate) => {
      // Taken over: read as soon as the elements had taken over (tookOver, shared with the other tests).
      if (hydrate) {
        const { read } = await tookOver('/ssr-js', width);
        return { lines: read.lines, copy: read.copy, shifts: read.shifts, start: read.h?.start ?? 0 };
      }
      // As tall as the page, so every shift is on screen (one below the fold is not reported).
      const context = await browser.newContext({ viewport: { width, height: 6000 } });
      try {
        const page = await context.newPage();
        // Not hydrated: the server's HTML on a page with JavaScript on, before the element code comes.
        await page.goto(`${pages.url}/ssr-nojs`);
        return await page.evaluate(() => ({
          lines: ['#page-text', ...['title', 'reference', 'status-tag', 'lead', 'next', 'contact', 'updated'].map((p) => `klar-case-status [part~="${p}"]`), '#timeline h2']
            .map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return `${s} ${r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : 'missing'}`; }),
          copy: [...document.querySelectorAll('klar-case-status [part~="copy"]')].map((e) => ({ box: [...Object.values(e.getBoundingClientRect().toJSON())].map(Math.round).join(','), visible: getComputedStyle(e).visibility === 'visible' })),
          shifts: /** @type {any} */ (window).__shifts,
          start: /** @type {any} */ (window).__hydrated?.start ?? 0,
        }));
      } finally {
        await context.close();
      }
    };
    for (const width of [320, 375, 1280]) {
      const [server, client] = [await drawn(width, false), await drawn(width, true)];
      // Every shift from the moment the elements start to take over: none at all, not just below 0.005.
      // Before it, a busy machine can paint the page half parsed (CI did, at 375 px: the server's
      // "Kopiér" parsed up to its icon fitted beside the case number, then its word came and it
      // went to the next line; the timeline's bar got its next segment). That is the HTML arriving,
      // with or without JavaScript, not the elements taking over; it is logged, not counted.
      const during = client.shifts.filter((/** @type {any} */ s) => s.at >= client.start);
      const parsing = client.shifts.filter((/** @type {any} */ s) => s.at < client.start);
      const cls = during.reduce((/** @type {number} */ s, /** @type {any} */ x) => s + x.value, 0);
      t.diagnostic(`${width} px: CLS ${cls.toFixed(4)}, ${during.length} shifts ${JSON.stringify(during)}${parsing.length ? `; while the page was parsed: ${JSON.stringify(parsing)}` : ''}`);
      assert.ok(client.start > 0, 'the elements took over');
      assert.deepEqual(during, [], `${width} px: no layout shift (CLS ${cls.toFixed(2)})`);
      assert.deepEqual(client.lines, server.lines, `${width} px: every line where the server drew it`);
      assert.equal(client.copy.length, 1, `${width} px: "Kopiér" once the element has drawn`);
      assert.deepEqual(server.copy.map((c) => c.box), client.copy.map((c) => c.box), `${width} px: the server kept its place`);
      assert.deepEqual([server.copy[0].visible, client.copy[0].visible], [false, true], `${width} px: unseen until it works`);
    }
  });

  test('an "add to calendar" control is a link to its file without JavaScript, and a button in the same place, drawn the same, once the element takes over', { timeout: TIMEOUT }, async () => {
    /** The calendar controls of a page, as drawn; without JavaScript, the first one's download too. */
    const controls = async (/** @type {boolean} */ js, width = 1280) => {
      // Taken over: read as soon as the elements had taken over (tookOver, shared with the other tests).
      if (js) return { drawn: /** @type {any[]} */ ((await tookOver('/ssr-js', width)).read.calendar), file: undefined };
      const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 6000 } });
      try {
        const page = await context.newPage();
        await page.goto(`${pages.url}/ssr-nojs`);
        const drawn = await page.$$eval('[part~="calendar-link"]', calendarOf);
        const download = page.waitForEvent('download');
        await page.click('[part~="calendar-link"]');
        const file = (await download).suggestedFilename();
        return { drawn, file };
      } finally {
        await context.close();
      }
    };
    const server = await controls(false);
    const client = await controls(true);
    assert.equal(server.drawn.length, 2, 'the status and the timeline each offer the answer date');
    for (const c of server.drawn) assert.deepEqual([c.tag, c.href], ['a', 'data:text/calendar;charset=utf-8'], 'without JavaScript, a link that carries its file');
    assert.match(server.file ?? '', /^forventet-afgoerelse-\d{4}-\d{2}-\d{2}\.ics$/, 'and it downloads it');
    assert.deepEqual(client.drawn.map((c) => [c.tag, c.href]), server.drawn.map(() => ['button', undefined]), 'with JavaScript, a button: no link to this page');
    assert.deepEqual(client.drawn.map((c) => [c.text, c.box, c.look]), server.drawn.map((c) => [c.text, c.box, c.look]), 'the same words, in the same place, drawn the same');
    // On a phone too, where the timeline's narrow layout lets a link's words run on under its icon.
    const [narrowServer, narrowClient] = [await controls(false, 320), await controls(true, 320)];
    // (Not its height on the page: without JavaScript the status keeps no place for its "Kopiér", above it.)
    const drawn = (/** @type {any} */ c) => [c.text, c.box[0], c.box[2], c.box[3]];
    assert.deepEqual(narrowClient.drawn.map((c) => [c.tag, ...drawn(c)]), narrowServer.drawn.map((c) => ['button', ...drawn(c)]), 'at 320 px: the same size, as far in');
  });

  test('with JavaScript off, the server-rendered feedback form posts to the reference server', { timeout: TIMEOUT }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pages.url}/ssr-nojs`);
      const before = ref.store.records.length;
      await Promise.all([page.waitForURL(new RegExp(`^${ref.url}/api/feedback/thanks`)), page.click('#feedback klar-feedback-form button[name="helped"][value="no"]')]);
      assert.equal(await page.textContent('h1'), 'Tak for din besked');
      const receipt = /KF-\d{6}/.exec((await page.textContent('main')) ?? '')?.[0];
      assert.ok(receipt, 'a receipt on the thank-you page');
      assert.equal(ref.store.records.length, before + 1);
      const rec = /** @type {any} */ (ref.store.records.at(-1));
      assert.equal(rec.receipt, receipt);
      assert.equal(rec.source, 'form');
      assert.equal(rec.feedback.mode, 'quick');
      assert.equal(rec.feedback.lang, 'da');
      assert.equal(rec.feedback.answers.helped, 'no');
    } finally {
      await context.close();
    }
  });

  test('with JavaScript off, "Jeg vil gerne have et svar" shows the e-mail and phone fields, and the message is stored with the contact', { timeout: TIMEOUT }, async () => {
    // The fields came only with JavaScript: the server-rendered form posted the tick with no contact,
    // and the server dropped the tick. The citizen asked for an answer and would never get one.
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pages.url}/ssr-report`);
      const email = page.getByRole('textbox', { name: 'E-mail' });
      assert.equal(await email.isVisible(), false, 'not shown before the box is ticked');
      assert.equal(await page.getByRole('textbox', { name: 'Telefonnummer' }).count(), 0, 'nor found by a screen reader');
      await page.getByLabel('Jeg vil gerne have et svar').check();
      assert.equal(await email.isVisible(), true, 'shown once it is ticked');
      assert.equal(await page.getByRole('textbox', { name: 'Telefonnummer' }).isVisible(), true);
      assert.match((await email.getAttribute('aria-describedby')) ?? '', /contact-hint/, 'described by what it is used for');
      await page.getByLabel('Hvad gik galt?').fill('Knappen virker ikke');
      await email.fill('anna@example.dk');
      const before = ref.store.records.length;
      await Promise.all([page.waitForURL(new RegExp(`^${ref.url}/api/feedback/thanks`)), page.getByRole('button', { name: 'Send' }).click()]);
      assert.equal(ref.store.records.length, before + 1, 'stored');
      const rec = /** @type {any} */ (ref.store.records.at(-1));
      assert.equal(rec.source, 'form');
      assert.equal(rec.feedback.mode, 'report');
      assert.equal(rec.feedback.answers.whatWentWrong, 'Knappen virker ikke');
      assert.equal(rec.feedback.answers.wantsAnswer, true);
      assert.deepEqual(rec.feedback.contact, { email: 'anna@example.dk' });
      // Ticked, typed, then unticked: the hidden fields still post, and the contact was stored as an
      // answer asked for. The citizen took the tick away: nothing of the contact is kept.
      await page.goto(`${pages.url}/ssr-report`);
      await page.getByLabel('Jeg vil gerne have et svar').check();
      await page.getByLabel('Hvad gik galt?').fill('Knappen virker stadig ikke');
      await email.fill('bo@example.dk');
      await page.getByLabel('Jeg vil gerne have et svar').uncheck();
      assert.equal(await email.isVisible(), false, 'hidden again');
      await Promise.all([page.waitForURL(new RegExp(`^${ref.url}/api/feedback/thanks`)), page.getByRole('button', { name: 'Send' }).click()]);
      const unticked = /** @type {any} */ (ref.store.records.at(-1));
      assert.equal(ref.store.records.length, before + 2, 'stored');
      assert.deepEqual(unticked.feedback.answers, { whatWentWrong: 'Knappen virker stadig ikke' });
      assert.doesNotMatch(JSON.stringify(unticked), /bo@example/, 'the contact is kept nowhere');
    } finally {
      await context.close();
    }
  });

  test("with JavaScript off, the thank-you page promises the answer in the form's answer-days, not the default", { timeout: TIMEOUT }, async () => {
    // The plain post did not carry them: a page whose form said "Vi svarer inden for 10 arbejdsdage."
    // thanked with "Vi svarer dig inden for 5 arbejdsdage."
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pages.url}/ssr-report-10`);
      assert.equal((await page.textContent('[id$="f-answer-time"]'))?.trim(), 'Vi svarer inden for 10 arbejdsdage.');
      await page.getByLabel('Jeg vil gerne have et svar').check();
      await page.getByLabel('Hvad gik galt?').fill('Knappen virker ikke');
      await page.getByRole('textbox', { name: 'E-mail' }).fill('anna@example.dk');
      const before = ref.store.records.length;
      await Promise.all([page.waitForURL(new RegExp(`^${ref.url}/api/feedback/thanks`)), page.getByRole('button', { name: 'Send' }).click()]);
      assert.equal(ref.store.records.length, before + 1, 'stored');
      assert.match((await page.textContent('main')) ?? '', /Vi svarer dig inden for 10 arbejdsdage\./);
      assert.doesNotMatch((await page.textContent('main')) ?? '', /5 arbejdsdage/);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript off, "Jeg vil gerne have et svar" ticked with no contact gets a page that says so in the form\'s words, keeps what was typed, and asks for the contact', { timeout: TIMEOUT }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pages.url}/ssr-report`);
      await page.getByLabel('Jeg vil gerne have et svar').check();
      await page.getByLabel('Hvad gik galt?').fill('Knappen virker ikke');
      await page.getByLabel('Hvor skete det? (valgfrit)').fill('Forsiden');
      const before = ref.store.records.length;
      await Promise.all([page.waitForURL(`${ref.url}/api/feedback`), page.getByRole('button', { name: 'Send' }).click()]);
      assert.equal(ref.store.records.length, before, 'nothing stored');
      assert.equal(await page.textContent('h1'), 'Vi kunne ikke gemme din besked');
      assert.equal((await page.textContent('#nojs-error-email'))?.trim(), 'E-mail: Skriv din e-mail eller dit telefonnummer, så vi kan svare dig.');
      assert.equal(await page.getByLabel('Hvad gik galt?').inputValue(), 'Knappen virker ikke', 'every word kept');
      assert.equal(await page.getByLabel('Hvor skete det?').inputValue(), 'Forsiden');
      await page.getByRole('textbox', { name: 'E-mail' }).fill('anna@example.dk');
      await Promise.all([page.waitForURL(new RegExp(`^${ref.url}/api/feedback/thanks`)), page.getByRole('button', { name: 'Send igen' }).click()]);
      const rec = /** @type {any} */ (ref.store.records.at(-1));
      assert.deepEqual([rec.feedback.answers, rec.feedback.contact], [{ whatWentWrong: 'Knappen virker ikke', where: 'Forsiden', wantsAnswer: true }, { email: 'anna@example.dk' }]);
    } finally {
      await context.close();
    }
  });

  test('a report form the citizen ticked and typed into before the JavaScript came is taken over with nothing moved and nothing lost: CLS 0.00', { timeout: TIMEOUT }, async (t) => {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 6000 } });
      try {
        const page = await context.newPage();
        await page.goto(`${pages.url}/ssr-report-js`);
        await page.waitForFunction(() => /** @type {any} */ (window).__takenOver || /** @type {any} */ (window).__violations?.length, null, { timeout: 40_000 });
        const { took, shifts, violations, ssrLeft } = await page.evaluate(() => ({
          took: /** @type {any} */ (window).__takenOver,
          shifts: /** @type {any} */ (window).__shifts,
          violations: /** @type {any} */ (window).__violations,
          ssrLeft: document.querySelectorAll('[data-klar-ssr]').length,
        }));
        assert.deepEqual(violations, [], 'no CSP or Trusted Types violations');
        assert.ok(took, 'taken over');
        assert.equal(ssrLeft, 0, "the server's container replaced");
        const during = shifts.filter((/** @type {any} */ s) => s.at >= took.start);
        t.diagnostic(`${width} px: ${JSON.stringify(during)}`);
        assert.deepEqual(during, [], `${width} px: no layout shift`);
        assert.deepEqual(took.after, took.before, `${width} px: every field where the server drew it, holding what was typed`);
        assert.deepEqual([took.values.whatWentWrong, took.values.wantsAnswer, took.values.email], ['Knappen virker ikke', true, 'anna@example.dk']);
      } finally {
        await context.close();
      }
    }
  });
});
