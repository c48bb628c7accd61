// End to end: the real reference server (a child process, killed like a crash when the test
// wants it) and the demo pages in the machine's Chromium, driven by playwright-core.
// Needs the build in dist/ (`npm run build`; `npm test` builds first).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deepText, pickCase, useDemoServer } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { ROOT, spawnServer } from '../helpers/reference-server.js';
import { requireBuild } from '../helpers/built.js';

const TIMEOUT = 60_000;
requireBuild('dist/klar-case.js', 'dist/cdn/klar.js');

/** @param {string} file */
function records(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('demo against the reference server', { timeout: 5 * TIMEOUT }, () => {
  const demo = useDemoServer();
  /** @type {string} */ let dataFile;
  before(() => {
    dataFile = path.join(demo.dataDir, 'feedback.jsonl');
  });

  /** A fresh page that records console errors (CSP and Trusted Types violations land there). */
  async function open(/** @type {string} */ url) {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${demo.server.url}${url}`);
    return { page, errors, context };
  }

  test('the demo shows a case’s status and timeline, under the strict CSP', { timeout: TIMEOUT }, async () => {
    const { page, errors, context } = await open('/?case=par-5521');
    try {
      const status = await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Forsinket'), message: 'the status of the delayed case' });
      assert.match(status, /Beboerparkering, zone B/);
      const timeline = await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Vi behandler din ansøgning'), message: 'the timeline' });
      // The delay and its reason: said once, by the status; the timeline's step keeps its tag.
      assert.match(status, /Vi har fået mange flere ansøgninger end ventet/, 'the delay and its reason');
      assert.doesNotMatch(timeline, /Vi har fået mange flere ansøgninger end ventet/, 'the delay said once');
      assert.match(timeline, /Forsinket/, 'the delayed step’s tag');
      // The list: every sample case in one <klar-case-list>, the finished one under "Afsluttede sager".
      const list = await until(() => deepText(page, '#case-list klar-case-list'), { ok: (t) => t.includes('Afsluttede sager'), message: 'the list of cases' });
      assert.match(list, /Afsluttede sager.*Dispensation fra lokalplan: carport, Bakkevej 3.*Afgjort/s, 'the finished case in the list');
      assert.equal(await page.locator('#case-list klar-case-list').evaluate((el) => (el.shadowRoot ?? el).querySelectorAll('[part~="row"]').length), 5);
      // The picker switches the case in place.
      await pickCase(page, 'nat-0316');
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Natur og Miljø'), message: 'the handed-over case' });
      assert.match(page.url(), /case=nat-0316/);
      // "Siden" has one meaning on the page, "since" (with a date); "the page" is said otherwise.
      const all = await deepText(page, 'body');
      assert.ok(/\bSiden \d/.test(all), 'a "Siden <date>" on the page');
      assert.doesNotMatch(all, /\bSiden\b(?! \d)/, '"Siden" only before a date');
      // One focus style: a page link and a link inside an element get the same outline.
      await page.keyboard.press('Tab');
      const outline = (/** @type {string} */ sel) =>
        page.evaluate((s) => {
          /** @param {ParentNode} root @returns {Element | null} */
          const find = (root) => root.querySelector(s) ?? [...root.querySelectorAll('*')].reduce((/** @type {Element | null} */ hit, el) => hit ?? (el.shadowRoot ? find(el.shadowRoot) : null), null);
          const el = /** @type {HTMLElement} */ (find(document));
          el.focus();
          const cs = getComputedStyle(el);
          return `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
        }, sel);
      const pageLink = await outline('.breadcrumb a');
      const elementLink = await outline('[part~="title"] a');
      assert.match(pageLink, /^solid 3px /, pageLink);
      assert.equal(elementLink, pageLink, 'the same focus outline on the page and in the elements');
      assert.deepEqual(errors, [], 'no console errors (CSP, Trusted Types, scripts)');
    } finally {
      await context.close();
    }
  });

  test('the case picker switches the case only when the citizen asks, with "Vis sagen" (WCAG 3.2.2); Back returns', { timeout: TIMEOUT }, async () => {
    const { page, errors, context } = await open('/?case=byg-2417');
    try {
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Skovvej 12'), message: 'the first case' });
      // A keyboard user walks the options with the arrow keys: nothing moves.
      await page.focus('#case-picker');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.$eval('#case-picker', (el) => /** @type {HTMLSelectElement} */ (el).value), 'bol-0893', 'the arrow chose the next option');
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'case-picker', 'focus stays on the picker');
      assert.match(page.url(), /case=byg-2417/, 'the URL keeps the case shown');
      assert.match(await deepText(page, '#case klar-case-status'), /Skovvej 12/, 'the case shown stays');
      // The button asks for it: the case, the URL and focus on its heading.
      const button = page.locator('.picker button[type="submit"]');
      assert.equal(await button.isVisible(), true, 'the "Vis sagen" button is on screen with JavaScript');
      assert.equal((await button.textContent())?.trim(), 'Vis sagen');
      await button.click();
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Ansøgning om boligstøtte'), message: 'the chosen case' });
      assert.match(page.url(), /case=bol-0893/);
      await until(() => page.evaluate(() => document.activeElement?.closest('[part~="title"]')?.textContent ?? ''), { ok: (t) => t.includes('Ansøgning om boligstøtte'), message: 'focus on the chosen case’s heading' });
      // Back: the case before, in the picker too.
      await page.goBack();
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Skovvej 12'), message: 'the case before, after Back' });
      assert.equal(await page.$eval('#case-picker', (el) => /** @type {HTMLSelectElement} */ (el).value), 'byg-2417');
      // Focus goes to that case's heading too, not to <body>.
      await until(() => page.evaluate(() => document.activeElement?.closest('[part~="title"]')?.textContent ?? ''), { ok: (t) => t.includes('Skovvej 12'), message: 'focus on the heading after Back' });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('one link says it is the current page: the shown case’s in the list; the menu marks "Min sag" as the current section', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=par-5521');
    try {
      /** Every link that says it is current, through shadow roots too, as [where, href, value]. */
      const current = () =>
        page.evaluate(() => {
          /** @param {ParentNode} root @returns {Element[]} */
          const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
          return all(document)
            .filter((el) => el.localName === 'a' && el.hasAttribute('aria-current'))
            .map((el) => [el.closest('klar-case-list') ? 'list' : el.closest('.site-nav') ? 'menu' : 'other', el.getAttribute('href'), el.getAttribute('aria-current')]);
        });
      const both = (/** @type {string} */ id) => [
        ['menu', '/', 'true'],
        ['list', `/?case=${id}`, 'page'],
      ];
      await until(current, { ok: (c) => c.length === 2, message: 'the list’s current case beside the menu' });
      assert.deepEqual(await current(), both('par-5521'));
      // The list's link to another case: still one current page, the new one.
      await page.click('#case-list a[href="/?case=nat-0316"]');
      await until(current, { ok: (c) => c.some(([, href]) => href === '/?case=nat-0316'), message: 'the new case current in the list' });
      assert.deepEqual(await current(), both('nat-0316'));
    } finally {
      await context.close();
    }
  });

  test('the breadcrumb’s "›" separators are drawn, never read aloud', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/');
    try {
      // What a screen reader gets: Chromium's own accessibility tree under the breadcrumb.
      const cdp = await context.newCDPSession(page);
      const { nodes } = /** @type {{ nodes: Array<{ nodeId: string, role?: { value: string }, name?: { value: string }, childIds?: string[] }> }} */ (await cdp.send('Accessibility.getFullAXTree'));
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const nav = nodes.find((n) => n.role?.value === 'navigation' && n.name?.value === 'Brødkrumme');
      assert.ok(nav, 'the breadcrumb in the accessibility tree');
      /** @type {string[]} */
      const read = [];
      const walk = (/** @type {typeof nodes[number] | undefined} */ n) => {
        if (!n) return;
        if (n.role?.value === 'StaticText') read.push(n.name?.value ?? '');
        for (const c of n.childIds ?? []) walk(byId.get(c));
      };
      walk(nav);
      assert.deepEqual(read, ['Forside', 'Selvbetjening', 'Min sag'], 'the crumbs, and nothing between them');
      // On screen, the separator is still there.
      assert.match(await page.$eval('.breadcrumb li + li', (li) => getComputedStyle(li, '::before').content), /›/);
    } finally {
      await context.close();
    }
  });

  test('status and timeline in one <klar-case> say the citizen’s task once and the decision once', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=byg-2417');
    /** @param {string} text @param {string} part */
    const count = (text, part) => text.split(part).length - 1;
    try {
      const task = 'Send en tegning af facaden mod vejen.';
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Vi gennemgår din ansøgning'), message: 'the timeline of the case with a task' });
      const area = await until(() => deepText(page, '#case'), { ok: (t) => t.includes(task), message: 'the task in the status' });
      assert.equal(count(area, task), 1, 'the task once in the case area');
      // The timeline still marks the step the task belongs to.
      assert.match(await deepText(page, '#case klar-expectation-timeline'), /Du skal gøre noget/);
      // "When the case changed" is not "when we last fetched" (the provider's stale notice).
      assert.match(area, /Sagen blev sidst ændret/);
      assert.doesNotMatch(area, /Sidst opdateret/);

      await pickCase(page, 'afg-1188');
      const decision = 'Du kan ikke få lov at bygge carporten';
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes(decision), message: 'the decided case' });
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Alle 3 trin er færdige'), message: 'the decided case’s timeline' });
      const decided = await deepText(page, '#case');
      assert.equal(count(decided, decision), 1, 'the decision once in the case area');
      assert.equal(count(decided, 'Du har fået afslag'), 1, 'the outcome once, as a tag');
      assert.equal(count(decided, 'Planklagenævnet'), 1, 'the appeal once');
      // A refusal is a tag of its own, never in the success colour.
      const colours = await page.$eval('#case klar-case-status', (el) => {
        // The render root: the light-DOM container (default) or a shadow root (render-mode="shadow").
        const root = el.shadowRoot ?? /** @type {HTMLElement} */ (el.querySelector(':scope > .klar-root'));
        const tag = /** @type {HTMLElement} */ (root.querySelector('[part~="outcome"]'));
        const probe = document.createElement('span');
        probe.style.color = 'var(--klar-color-success, #1e6b34)';
        root.append(probe);
        const success = getComputedStyle(probe).color;
        probe.remove();
        return { tag: getComputedStyle(tag).color, success };
      });
      assert.notEqual(colours.tag, colours.success);

      // When, the wait and the delay: each once in the case area, said by the status.
      await pickCase(page, 'bol-0893');
      const reason = 'Vi mangler din lejekontrakt, før vi kan regne din boligstøtte ud.';
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes(reason), message: 'the waiting case' });
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Vi regner din boligstøtte ud'), message: 'the waiting case’s timeline' });
      const waits = await deepText(page, '#case');
      assert.equal(count(waits, reason), 1, 'the reason for the wait once');
      assert.equal(count(waits, 'hvis vi i dag får det, vi mangler fra dig.'), 1, 'when, once');
      assert.equal(count(waits, 'Mens sagen venter, står den stille'), 1, 'the paused clock once');
      await pickCase(page, 'par-5521');
      const late = 'Vi har fået mange flere ansøgninger end ventet';
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes(late), message: 'the delayed case' });
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Vi behandler din ansøgning'), message: 'the delayed case’s timeline' });
      const delayed = await deepText(page, '#case');
      assert.equal(count(delayed, late), 1, 'the reason for the delay once');
      assert.equal(count(delayed, 'Du kan forvente svar senest'), 1, 'when, once');
      // "Forsinket" began when we told about the delay: the status's "Siden …" says that moment, once.
      const since = /Siden (\d+\. \w+ \d{4} kl\. \d\d[.:]\d\d)/.exec(delayed)?.[1];
      assert.ok(since, delayed);
      assert.equal(count(delayed, since), 1, 'when we told about the delay, once');
      assert.equal(count(delayed, 'Vi fortalte om forsinkelsen'), 0, 'not again in the notice');
    } finally {
      await context.close();
    }
  });

  test('the promise box and the waiting notice say each date once: par-5521 and bol-0893, in Danish and English', { timeout: 2 * TIMEOUT }, async () => {
    /** @param {string} text @param {string} part */
    const count = (text, part) => text.split(part).length - 1;
    const W = {
      da: { late: 'Vi har fået mange flere ansøgninger end ventet', lead: /Du kan forvente svar senest (\d+\. \p{L}+ \d{4})/u, before: 'Før regnede vi med', moved: 'Flyttet fra', missed: 'Den dato nåede vi ikke', processing: 'Vi behandler normalt sager som din inden for 10 dage', calendar: 'Sæt datoen for svar i din kalender', reason: 'Vi mangler din lejekontrakt', held: /Du kan forvente svar senest (\d+\. \p{L}+ \d{4}), hvis vi i dag får det, vi mangler fra dig\./u, heldRow: (/** @type {string} */ d) => `${d}, hvis vi i dag får det, vi mangler fra dig`, since: /Siden (\d+\. \p{L}+ \d{4} kl\. \d\d:\d\d)/u, sinceText: (/** @type {string} */ d) => `Siden ${d}`, legal: 'Lovens frist for afgørelse', step: 'Vi behandler din ansøgning' },
      en: { late: 'Vi har fået mange flere ansøgninger end ventet', lead: /You can expect an answer by (\d+ \p{L}+ \d{4})/u, before: 'Before, we expected', moved: 'Moved from', missed: 'We did not make that date', processing: 'We usually handle cases like yours within 10 days', calendar: 'Add the date of our answer to your calendar', reason: 'Vi mangler din lejekontrakt', held: /You can expect an answer by (\d+ \p{L}+ \d{4}) if we get what we need from you today\./u, heldRow: (/** @type {string} */ d) => `${d}, if we get what we need from you today`, since: /Since (\d+ \p{L}+ \d{4} at \d\d:\d\d)/u, sinceText: (/** @type {string} */ d) => `Since ${d}`, legal: 'Legal deadline for a decision', step: 'Vi behandler din ansøgning' },
    };
    for (const lang of /** @type {const} */ (['da', 'en'])) {
      const w = W[lang];
      const { page, context } = await open(`/?case=par-5521&lang=${lang}`);
      try {
        // What the status and the timeline say above the steps: a step's row keeps its own date (the steps are a schedule).
        const said = async () => `${await deepText(page, '#case klar-case-status')} ${await deepText(page, '#case klar-expectation-timeline [part~="summary"]')}`;
        await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes(w.late), message: `${lang}: the delayed case` });
        await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes(w.processing), message: `${lang}: the delayed case’s promise box` });
        const late = await said();
        const date = late.match(w.lead)?.[1];
        assert.ok(date, `${lang}: the status says when: ${late}`);
        assert.equal(count(late, date), 1, `${lang}: the moved date once above the steps, in the status’s lead answer`);
        assert.equal(count(late, w.before), 1, `${lang}: the move once, in the status’s delay notice`);
        assert.equal(count(late, w.moved), 0, `${lang}: the promise box leaves the move to the status`);
        // The usual 10 days ended on the day the step was planned for, which the notice says ("Før
        // regnede vi med 3. december"): the box says the usual time, not that day again as missed.
        assert.equal(count(late, w.missed), 0, `${lang}: the day the notice says is not said again as a missed date`);
        assert.equal(count(late, w.processing), 1, `${lang}: the processing time, once`);
        assert.equal(count(late, w.calendar), 1, `${lang}: the calendar link says which date it adds`);
        assert.equal(count(await deepText(page, '#case'), date), 2, `${lang}: and the current step’s own date`);

        await pickCase(page, 'bol-0893');
        await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes(w.reason), message: `${lang}: the waiting case` });
        await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes(w.legal), message: `${lang}: the waiting case’s promise box` });
        const waits = await said();
        const held = waits.match(w.held)?.[1];
        assert.ok(held, `${lang}: the status says when, were the wait to end today: ${waits}`);
        // (The Danish lead ends with the held row's words: counted outside it.)
        assert.equal(count(waits, w.heldRow(held)) - (lang === 'da' ? count(waits, `senest ${w.heldRow(held)}.`) : 0), 0, `${lang}: the box leaves the held date to the status`);
        assert.doesNotMatch(waits, /by \d+ days? after/, `${lang}: no "by 23 days after"`);
        const since = waits.match(w.since)?.[1];
        assert.ok(since, `${lang}: the status says since when`);
        assert.equal(count(waits, w.sinceText(since)), 1, `${lang}: since when, once`);
        assert.equal(count(waits, w.legal), 1, `${lang}: the legal deadline stays in the box`);
      } finally {
        await context.close();
      }
    }
  });

  test('a simulated status change arrives by Server-Sent Events and is announced once; the list beside it says it at once, without a request', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=byg-2417');
    try {
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Under behandling'), message: 'the first status' });
      /** The list's row for byg-2417 (wide layout), as a person sees it. */
      const row = () => page.evaluate(() => /** @type {HTMLElement | undefined} */ ([...document.querySelectorAll('#case-list klar-case-list [part~="row"]')].find((r) => r.textContent?.includes('Skovvej 12')))?.innerText ?? '');
      await until(row, { ok: (t) => t.includes('Under behandling'), message: "the list's row" });
      /** @type {string[]} */ const listRequests = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/cases') listRequests.push(r.url());
      });
      const res = await fetch(`${demo.server.url}/api/clock/advance?case=byg-2417`, { method: 'POST' });
      assert.equal(res.status, 200);
      // The main case polls only every 60 s, so a change within seconds came over the stream.
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Naboerne får besked'), message: 'the new status', timeout: 8000 });
      const announced = await until(
        () => page.locator('#case klar-case-status [part="announcer"]').textContent(),
        { ok: (t) => /Naboerne får besked/.test(t ?? ''), message: 'the announcement in the live region', timeout: 8000 },
      );
      assert.match(String(announced), /Status på din sag er ændret til/);
      assert.equal(await page.locator('#case klar-case-status [part="announcer"]').getAttribute('aria-live'), 'polite');
      // The list polls once a minute; its row follows the case's news at once, with no request,
      // and leaves the announcement to the status (before: the old status for up to a minute, then said again).
      await until(row, { ok: (t) => t.includes('Naboerne får besked'), message: "the list's row with the new status", timeout: 8000 });
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#case-list klar-case-list [part="announcer"]').textContent(), '', 'the list says nothing');
      assert.deepEqual(listRequests, [], 'no request for the list');
    } finally {
      await context.close();
      await fetch(`${demo.server.url}/api/clock/reset`, { method: 'POST' });
    }
  });

  test('a live status change above the screen moves nothing the citizen reads: the timeline stays within a pixel', { timeout: TIMEOUT }, async () => {
    // An engines review (7 Dec 2026): the status card went from 818 to 599 px above the screen, and
    // the timeline being read moved 121 px in Chromium and Firefox (their scroll anchoring gave up)
    // and 219 px in WebKit (none). core/scroll-anchor.ts keeps it, in every engine.
    const { page, context } = await open('/?case=byg-2417&lang=en');
    try {
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Under behandling'), message: 'the first status' });
      const place = () =>
        page.evaluate(() => ({
          top: Math.round(/** @type {Element} */ (document.querySelector('#case klar-expectation-timeline')).getBoundingClientRect().top),
          status: Math.round(/** @type {Element} */ (document.querySelector('#case klar-case-status')).getBoundingClientRect().height),
        }));
      await page.evaluate(() => document.querySelector('#case klar-expectation-timeline')?.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(500);
      const before = await place();
      assert.equal((await fetch(`${demo.server.url}/api/clock/advance?case=byg-2417`, { method: 'POST' })).status, 200);
      const after = await until(place, { ok: (p) => Math.abs(p.status - before.status) > 50, message: 'the status drawn anew', timeout: 8000 });
      await page.waitForTimeout(500);
      const settled = await place();
      assert.ok(Math.abs(settled.top - before.top) <= 1, `the status went from ${before.status} to ${after.status} px; the timeline moved ${settled.top - before.top} px`);
    } finally {
      await context.close();
      await fetch(`${demo.server.url}/api/clock/reset`, { method: 'POST' });
    }
  });

  test('a link to a case that is not there says so, and never shows another case in its place', { timeout: TIMEOUT }, async () => {
    // /?case=nope showed byg-2417 as if the link had named it, from the server's copy and from app.js.
    const { page, context } = await open('/?case=nope');
    try {
      await until(() => deepText(page, '#case'), { ok: (t) => t.includes('Vi kan ikke finde sagen'), message: 'the not-found notice' });
      const text = await deepText(page, '#case');
      assert.doesNotMatch(text, /Byggetilladelse|Beboerparkering|BYG-2026/);
      assert.doesNotMatch(text, /404/);
      // The phone link the element makes, which the page without JavaScript makes the same (below).
      assert.equal(await page.$eval('#case a[href^="tel:"]', (a) => a.getAttribute('href')), 'tel:99102000');
      // Without JavaScript: no other case in the HTML as sent, and a plain sentence.
      const html = await (await fetch(`${demo.server.url}/?case=nope&lang=en`)).text();
      assert.match(html, /We cannot find the case\. The link may be wrong\./);
      // And whom to call, as the element says it with JavaScript (citizen review, stop 54).
      assert.match(html, /<noscript><p>We cannot find the case\. The link may be wrong\. Contact us if you need help\. Call us on <a href="tel:99102000" translate="no">99 10 20 00<\/a>\.<\/p><\/noscript>/);
      const da = await (await fetch(`${demo.server.url}/?case=nope`)).text();
      assert.match(da, /<noscript><p>Vi kan ikke finde sagen\. Måske er linket forkert\. Kontakt os, hvis du har brug for hjælp\. Ring til os på <a href="tel:99102000" translate="no">99 10 20 00<\/a>\.<\/p><\/noscript>/);
      assert.match(html, /<klar-case id="case" src="\/api\/cases\/nope"/);
    } finally {
      await context.close();
    }
  });

  test('a citizen abroad reads every clock time with the zone it is in; in a zone with the same clock, the times stand alone', { timeout: 2 * TIMEOUT }, async () => {
    // The browser's clock is Denmark's (test/helpers/engines.js); here a page emulates others'.
    for (const [timezoneId, query, zone] of [
      ['Asia/Bangkok', '', 'dansk tid'],
      ['Asia/Bangkok', '&lang=en', 'Danish time'],
      ['Europe/Berlin', '', undefined],
    ]) {
      const context = await demo.browser.newContext({ timezoneId, viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        assert.equal(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone), timezoneId);
        await page.goto(`${demo.server.url}/?case=afg-1188${query}`);
        // The decided case says when it was decided, to the minute, in the status and on the steps.
        // Read once the browser has drawn the case: the server's render, on screen until then,
        // cannot know the reader's clock and writes the times alone.
        await until(() => page.evaluate(() => document.querySelector('#case klar-case-status') && !document.querySelector('#case [data-klar-ssr]')), { message: `${timezoneId}${query}: the browser's own render` });
        const text = await until(() => deepText(page, '#case'), { ok: (t) => /Decided on|Afgjort den/.test(t) && /\b\d\d:\d\d\b/.test(t), message: `${timezoneId}${query}: a clock time in the case` });
        const times = [...text.matchAll(/\b\d\d:\d\d\b(?: \(([^)]*)\))?/g)];
        assert.ok(times.length >= 3, `clock times on the page: ${times.length}`);
        for (const t of times) assert.equal(t[1], zone, `${timezoneId}${query}: "${t[0]}" in ${text}`);
      } finally {
        await context.close();
      }
    }
  });

  test('the English switch sets lang on <html> and the elements follow', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=bol-0893');
    try {
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('Det sker i din sag'), message: 'the Danish timeline' });
      await page.click('#lang-switch');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'My case');
      // The results page has English too: the English link goes there.
      assert.equal(await page.textContent('a[href="/insights?lang=en"]'), 'What citizens tell us');
      await until(() => deepText(page, '#case klar-expectation-timeline'), { ok: (t) => t.includes('What happens in your case'), message: 'the English timeline' });
      // The cases' own titles in the picker, and the council's name, are Danish words on an English
      // page: marked so, read-aloud says them in Danish.
      assert.deepEqual(await page.$$eval('#case-picker option', (os) => [...new Set(os.map((o) => o.lang))]), ['da']);
      assert.deepEqual(await page.$$eval('.logo [lang], .site-footer [lang]', (els) => els.map((e) => [e.textContent, e.lang])), [['Klarby Kommune', 'da'], ['Klarby Kommune', 'da']]);
      // The footer's focus ring is white on its dark ground (the site's blue was 2.5:1 there, under 3:1).
      await page.focus('.site-footer a[href^="tel:"]');
      assert.equal(await page.$eval('.site-footer a[href^="tel:"]', (a) => getComputedStyle(a).outlineColor), 'rgb(255, 255, 255)');
      // A link to the Danish page, named in Danish; no toggle state that says the opposite of the page.
      assert.equal(await page.textContent('#lang-switch'), 'Dansk');
      assert.equal(await page.getAttribute('#lang-switch', 'aria-pressed'), null);
      assert.match((await page.getAttribute('#lang-switch', 'href')) ?? '', /[?&]case=bol-0893/);
      assert.match((await page.getAttribute('#lang-switch', 'href')) ?? '', /[?&]lang=da/);
      // Every link of the site stays English: the logo, "My case", the breadcrumb and each case in
      // "Your cases" (a link opened in a new tab, or copied, led to the Danish page).
      const siteLinks = () => page.evaluate(() => [...document.querySelectorAll('a[href^="/"]:not([hreflang])')].map((a) => a.getAttribute('href')));
      await until(() => page.evaluate(() => document.querySelectorAll('#case-list klar-case-list a[href]').length), { ok: (n) => n >= 5, message: 'the list of cases' });
      await until(siteLinks, { ok: (l) => l.every((h) => /[?&]lang=en\b/.test(h ?? '') || /^\/(insights|cms)/.test(h ?? '')), message: 'English site links' });
      assert.ok((await siteLinks()).filter((h) => /[?&]case=/.test(h ?? '')).length >= 5, 'the cases in the list link to their English pages');
      // A ?lang= in the address follows the switch, so a reload keeps the language chosen.
      await page.goto(`${demo.server.url}/?case=bol-0893&lang=en`);
      await page.click('#lang-switch');
      assert.equal(await page.getAttribute('html', 'lang'), 'da');
      assert.match(page.url(), /lang=da/);
      await page.reload();
      assert.equal(await page.textContent('h1'), 'Min sag');
      await until(() => page.evaluate(() => [...document.querySelectorAll('#case-list klar-case-list a[href]')].map((a) => a.getAttribute('href'))), { ok: (l) => l.length >= 5 && l.every((h) => !/lang=/.test(h ?? '')), message: 'Danish case links' });
    } finally {
      await context.close();
    }
  });

  test('feedback from the form is stored exactly once', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=bol-0893');
    try {
      // One click records the answer at once; the comment after it is a second record linked to it.
      const before = records(dataFile).length;
      await page.click('#feedback button[name="helped"][value="yes"]');
      await until(() => records(dataFile).length, { ok: (n) => n === before + 1, message: 'the answer stored at one click' });
      await page.fill('#feedback textarea[name="comment"]', 'Godt at kunne se, hvad I mangler fra mig.');
      await page.click('#feedback [part="submit"]');
      const text = await until(() => deepText(page, '#feedback'), { ok: (t) => /KF-\d{6}/.test(t) && records(dataFile).length === before + 2, message: 'the thank-you with a receipt' });
      const receipt = /KF-\d{6}/.exec(text)?.[0];
      const all = records(dataFile).slice(before);
      assert.equal(all.length, 2);
      assert.deepEqual(all[0].feedback.answers, { helped: 'yes' });
      assert.equal(all[1].feedback.answers.comment, 'Godt at kunne se, hvad I mangler fra mig.');
      assert.equal(all[1].linksTo, all[0].receipt, 'the comment is linked to the answer');
      assert.ok([all[0].receipt, all[1].receipt].includes(/** @type {string} */ (receipt)), 'the receipt shown is a stored one');
    } finally {
      await context.close();
    }
  });

  test('a comment written in one tab and sent from both it and a tab opened from it is stored once', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=nat-0316');
    try {
      const before = records(dataFile).length;
      await page.click('#feedback button[name="helped"][value="no"]');
      await until(() => records(dataFile).length, { ok: (n) => n === before + 1, message: 'the answer stored at one click' });
      const comment = 'Jeg vidste ikke, at sagen var flyttet.';
      await page.fill('#feedback textarea[name="comment"]', comment);
      await until(() => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('klar-draft:')).map((k) => sessionStorage.getItem(k)).join('')), {
        ok: (d) => d.includes('vidste ikke'),
        message: 'the draft saved',
      });
      // window.open gives the new tab a copy of this tab's sessionStorage, the draft with it.
      const [second] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open(location.href))]);
      await until(() => second.inputValue('#feedback textarea[name="comment"]').catch(() => ''), { ok: (v) => v === comment, message: 'the second tab restored the draft' });
      const receipts = [];
      for (const p of [page, second]) {
        await p.bringToFront();
        await p.click('#feedback [part="submit"]');
        const text = await until(() => deepText(p, '#feedback'), { ok: (t) => /KF-\d{6}/.test(t), message: 'the thank-you with a receipt' });
        receipts.push(/KF-\d{6}/.exec(text)?.[0]);
      }
      const all = records(dataFile).slice(before);
      assert.equal(all.length, 2, 'the answer and one comment');
      assert.equal(all[1].feedback.answers.comment, comment);
      assert.deepEqual(receipts, [all[1].receipt, all[1].receipt], 'both tabs show the receipt of the one stored comment');
    } finally {
      await context.close();
    }
  });

  test('a server killed and restarted while a submission is retrying still ends with exactly one record', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=par-5521');
    try {
      const before = records(dataFile).length;
      // Slower backoff so the kill and restart happen while the form waits to try again.
      await page.$eval('#feedback', (el) => {
        /** @type {any} */ (el).retryDelay = 1500;
        /** @type {any} */ (el).minTime = 0;
      });
      // The first attempt is stored, but its answer is lost on the way back. Chromium itself
      // silently resends a POST whose keep-alive connection closed without an answer, so the
      // next answers are lost too: the form then shows that it is retrying.
      // The one-click answer first (stored at once), then the comment meets the lost answers.
      await page.click('#feedback button[name="helped"][value="no"]');
      await until(() => records(dataFile).length, { ok: (n) => n === before + 1, message: 'the answer stored at one click' });
      await fetch(`${demo.server.url}/api/chaos?mode=drop-after&times=3&path=/api/feedback`, { method: 'POST' });
      await page.fill('#feedback textarea[name="comment"]', 'Jeg forstod ikke, hvorfor min sag er forsinket.');
      await page.click('#feedback [part="submit"]');
      await until(() => records(dataFile).length, { ok: (n) => n === before + 2, message: 'the first attempt on disk' });
      // Its answer was lost: the form now has to try again. Kill the server at once, so the
      // retries meet a dead server and then a restarted one.
      await demo.server.kill();
      await new Promise((r) => setTimeout(r, 1000));
      demo.server = await spawnServer({ port: demo.port, dataDir: demo.dataDir });
      const text = await until(() => deepText(page, '#feedback'), { ok: (t) => /KF-\d{6}/.test(t), message: 'the thank-you after the restart', timeout: 40_000 });
      const all = records(dataFile);
      assert.equal(all.length, before + 2, 'exactly one record for the answer and one for the comment');
      assert.equal(all.at(-1).receipt, /KF-\d{6}/.exec(text)?.[0], 'the receipt shown is the stored one');
      assert.equal(all.at(-1).feedback.answers.comment, 'Jeg forstod ikke, hvorfor min sag er forsinket.');
    } finally {
      await context.close();
    }
  });

  test('with the chaos switch on, the case stays on screen with a plain "last updated" notice, and recovers', { timeout: TIMEOUT }, async () => {
    const { page, context } = await open('/?case=afg-1188');
    try {
      await until(() => deepText(page, '#case klar-case-status'), { ok: (t) => t.includes('Planklagenævnet'), message: 'the finished case' });
      // The server's render says the case before the script has defined <klar-case> (a loaded machine): wait for the element.
      await page.waitForFunction(() => typeof (/** @type {any} */ (document.querySelector('#case'))?.reload) === 'function', undefined, { timeout: 30_000 });
      await fetch(`${demo.server.url}/api/chaos?mode=503&retryAfter=1&path=/api/cases/afg-1188`, { method: 'POST' });
      await page.$eval('#case', (el) => {
        /** @type {any} */ (el).retry = { retries: 1 };
        /** @type {any} */ (el).reload();
      });
      const notice = await until(() => deepText(page, '#case'), { ok: (t) => t.includes('vi kan ikke hente nye oplysninger'), message: 'the stale notice' });
      assert.match(notice, /Planklagenævnet/, 'the last good case is still shown');
      await fetch(`${demo.server.url}/api/chaos?mode=off`, { method: 'POST' });
      await page.click('#case [part="retry"]');
      await until(() => deepText(page, '#case'), { ok: (t) => !t.includes('vi kan ikke hente nye oplysninger'), message: 'the notice gone after a good fetch' });
    } finally {
      await fetch(`${demo.server.url}/api/chaos?mode=off`, { method: 'POST' });
      await context.close();
    }
  });

  test('without JavaScript the fallback form still delivers feedback', { timeout: TIMEOUT }, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${demo.server.url}/`);
      const before = records(dataFile).length;
      await page.check('.fallback-form input[name="helped"][value="no"]');
      await page.fill('#nojs-comment', 'Siden virker ikke uden JavaScript? Jo, den gør!');
      await page.click('.fallback-form button[type="submit"]');
      assert.equal(await page.textContent('h1'), 'Tak for din besked');
      const receipt = /KF-\d{6}/.exec((await page.textContent('main')) ?? '')?.[0];
      // On a small phone the number stays on one line (it broke at its hyphen at 320 px).
      await page.setViewportSize({ width: 320, height: 640 });
      assert.equal(await page.$eval('.receipt', (el) => el.getClientRects().length), 1, 'the receipt number on one line at 320 px');
      const all = records(dataFile);
      assert.equal(all.length, before + 1);
      assert.equal(all.at(-1).receipt, receipt);
      assert.equal(all.at(-1).source, 'form');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the form element, which never arrives, draws no empty box above the fallback form', { timeout: TIMEOUT }, async () => {
    // klar-elements.css gave the never-defined <klar-feedback-form> its card: a 34 px empty bordered box
    // that looked like a text field, right above "Hjælp os med at gøre siden bedre" (Firefox ESR, WebKit, Chromium).
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${demo.server.url}/`);
      const box = await page.$eval('klar-feedback-form', (el) => {
        const cs = getComputedStyle(el);
        return { border: cs.borderTopWidth, height: el.getBoundingClientRect().height };
      });
      assert.deepEqual(box, { border: '0px', height: 0 }, 'nothing drawn where the script would draw the form');
      assert.ok(await page.isVisible('.fallback-form'), 'the form without JavaScript is there');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript, feedback sent from the English page of a case leads back to that page, in English, and says the CPR number was taken out', { timeout: TIMEOUT }, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const from = `${demo.server.url}/?case=bol-0893&lang=en`;
      await page.goto(from);
      await page.check('.fallback-form input[name="helped"][value="no"]');
      await page.fill('#nojs-comment', 'The date is wrong. My CPR is 070761-4285');
      await Promise.all([page.waitForURL(/\/api\/feedback\/thanks\?/), page.click('.fallback-form button[type="submit"]')]);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'Thank you for your message');
      const more = await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'));
      // The words the form says it in with JavaScript, from its catalogue.
      assert.match((await page.textContent('main')) ?? '', new RegExp(more.feedbackMoreMessagesEn['feedback.cpr.removed'].replace('.', '\\.')), 'the thank-you page says the CPR number was removed');
      assert.equal(records(dataFile).at(-1).feedback.answers.comment.replace(/\p{Cf}/gu, ''), 'The date is wrong. My CPR is [CPR number removed]');
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/api/')), page.click('main a:text-is("Back to the page")')]);
      assert.equal(page.url(), from, 'back on the page the feedback was sent from');
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'in English');
      assert.equal(await page.$eval('#case-picker', (el) => /** @type {HTMLSelectElement} */ (el).value), 'bol-0893', 'on the same case');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript "Min sag" shows the chosen case, server-rendered as light DOM styled by klar-elements.css, with no style hash in the CSP', { timeout: TIMEOUT }, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    /** @type {string[]} */
    const errors = [];
    try {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const res = await page.goto(`${demo.server.url}/?case=par-5521`);
      // In the HTML as sent, not built by a script.
      const sent = (await res?.text()) ?? '';
      for (const s of ['Beboerparkering, zone B', 'Forsinket', 'Vi har modtaget din ansøgning', 'Vi behandler din ansøgning', 'Din digitale tilladelse bliver aktiv']) {
        assert.ok(sent.includes(s), `the page as sent holds "${s}"`);
      }
      const shown = await deepText(page, '.case-main');
      assert.match(shown, /Beboerparkering, zone B.*Forsinket/s, 'title and status on screen');
      assert.match(shown, /Vi har modtaget din ansøgning.*Vi behandler din ansøgning.*Din digitale tilladelse bliver aktiv/s, 'every step on screen');
      // In the page's own elements, as light DOM: every reading tool finds it.
      const light = await page.evaluate(() => ({
        text: document.body.innerText,
        containers: ['klar-case-status', 'klar-expectation-timeline'].map((t) => document.querySelectorAll(`klar-case > ${t} > .klar-root[data-klar-ssr]`).length),
        shadow: [...document.querySelectorAll('klar-case-status, klar-expectation-timeline')].some((el) => el.shadowRoot),
        // No <style> anywhere (none in a template either) that the CSP would have to allow by hash.
        styles: document.querySelectorAll('style').length + [...document.querySelectorAll('template')].reduce((n, t) => n + t.content.querySelectorAll('style').length, 0),
        sheets: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
      }));
      assert.deepEqual(light.containers, [1, 1], "the server's render container in the status and in the timeline");
      assert.equal(light.shadow, false, 'no shadow root');
      assert.match(light.text, /Forsinket[\s\S]*Vi har modtaget din ansøgning[\s\S]*Din digitale tilladelse bliver aktiv/, 'in document.body.innerText');
      assert.equal(light.styles, 0, 'no <style> element');
      assert.ok(light.sheets.includes('/dist/klar-elements.css'), light.sheets.join(' '));
      const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec((await res?.headerValue('content-security-policy')) ?? '')?.[1];
      assert.equal(styleSrc, "'self'", 'style-src allows the page\'s own files and nothing else: no hash');
      // Styled under the page's strict CSP, by the linked file.
      const display = await page.$eval('.case-main klar-case-status [part~="base"]', (el) => getComputedStyle(el).display).catch(() => '');
      assert.equal(display, 'flex', 'the status card is styled');
      // The picker works without JavaScript too: a plain GET form.
      await pickCase(page, 'nat-0316');
      const next = await until(() => deepText(page, '.case-main'), { ok: (t) => t.includes('Terrænregulering og dræn, Engvej 4'), message: 'the chosen case after the form' });
      assert.match(next, /Natur og Miljø vurderer, om mosen tager skade/);
      assert.equal(await page.$eval('#case-picker', (el) => /** @type {HTMLSelectElement} */ (el).value), 'nat-0316', 'the picker shows the chosen case');
      assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/i.test(e)), [], 'no CSP violations');
    } finally {
      await context.close();
    }
  });

  test('/cms.html with JavaScript off says why it shows no case and whom to call, under each heading', { timeout: TIMEOUT }, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${demo.server.url}/cms.html`);
      const text = await page.evaluate(() => document.body.innerText);
      assert.match(text, /Sådan går det med din ansøgning[\s\S]*JavaScript er slået fra[\s\S]*99 10 20 50[\s\S]*Din sag fra kommunens sagssystem[\s\S]*JavaScript er slået fra[\s\S]*99 10 20 60/);
      // The promise card says what it is, as a heading of the page's outline, before its sentence (it was the sentence alone).
      assert.match(text, /Her lover vi: Tydelige forventninger\s+Vi svarer normalt inden for 10 dage/);
      const headings = await page.$$eval('article h2', (hs) => hs.filter((h) => /** @type {HTMLElement} */ (h).offsetParent).map((h) => h.textContent));
      assert.equal(headings[0], 'Her lover vi: Tydelige forventninger');
    } finally {
      await context.close();
    }
  });

  test('/cms.html with JavaScript off has the feedback form "Min sag" has, which delivers the message and leads back to the page', { timeout: TIMEOUT }, async () => {
    // It had only "skriv til borgerservice@klarby.example", a mailto: link that is often dead on a locked-down office PC.
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${demo.server.url}/cms.html`);
      assert.ok(await page.isVisible('article .fallback-form'), 'the form without JavaScript is on the page');
      assert.equal(await page.textContent('.fallback-form h2'), 'Hjælp os med at gøre siden bedre');
      const before = records(dataFile).length;
      await page.check('.fallback-form input[name="helped"][value="yes"]');
      await page.fill('#nojs-comment', 'Fint at kunne se sagen uden JavaScript.');
      await Promise.all([page.waitForURL(/\/api\/feedback\/thanks\?/), page.click('.fallback-form button[type="submit"]')]);
      assert.equal(await page.textContent('h1'), 'Tak for din besked');
      const all = records(dataFile);
      assert.equal(all.length, before + 1);
      assert.equal(all.at(-1).source, 'form');
      assert.equal(all.at(-1).feedback.answers.comment, 'Fint at kunne se sagen uden JavaScript.');
      assert.equal(new URL(all.at(-1).feedback.pageUrl).pathname, '/cms.html', 'stored with the page it was sent from');
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/api/')), page.click('main a:text-is("Tilbage til siden")')]);
      assert.equal(new URL(page.url()).pathname, '/cms.html', 'back on the CMS page');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript no element holds empty space for a draw that never comes: /cms.html and "Min sag", at 375 and 1,280 px', { timeout: TIMEOUT }, async () => {
    // klar.css held the size each element would have once drawn: without JavaScript /cms.html showed
    // 1,080 px of nothing where its case's status and timeline would be on a phone, the card 392 px
    // for one sentence, the feedback form 144 px.
    for (const width of [375, 1280]) {
      const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const url of ['/cms.html', '/?case=byg-2417']) {
          await page.goto(`${demo.server.url}${url}`);
          // No space held: every element is as tall as what it shows (its min-block-size is the reservation's).
          const over = await page.$$eval('body *', (els) =>
            els.filter((el) => el.localName.startsWith('klar-')).map((el) => `${el.localName} ${getComputedStyle(el).minBlockSize}`).filter((x) => !/ (auto|0px)$/.test(x)),
          );
          assert.deepEqual(over, [], `${url} at ${width} px: space held for a draw that never comes`);
        }
        // With JavaScript the same stylesheet still holds the space while the elements load (layout-shift.e2e.js).
      } finally {
        await context.close();
      }
    }
  });

  test('when the elements\' loader does not arrive, the demo tells the citizen what to do in plain words; the build hint goes to the console', { timeout: TIMEOUT }, async () => {
    // "Komponenterne er ikke bygget endnu. Kør npm start …" stood at the top of the page for a citizen,
    // also when the file only failed to arrive (a CDN hiccup, a deploy window; citizen review, stop 54).
    const context = await demo.browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      await context.route('**/cdn/klar.js', (r) => r.abort());
      const page = await context.newPage();
      /** @type {string[]} */ const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.goto(`${demo.server.url}/?case=byg-2417`);
      const notice = await until(() => page.$eval('.demo-notice[role=alert]', (el) => /** @type {HTMLElement} */ (el).innerText).catch(() => ''), { ok: Boolean, message: 'the notice' });
      assert.equal(notice, 'Vi kan ikke vise alt på siden lige nu. Prøv at genindlæse siden. Du kan også ringe til os på 99 10 20 00.');
      assert.ok(warnings.some((w) => /npm start/.test(w)), `the developer's hint in the console: ${warnings.join(' | ')}`);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript "Min sag" claims no live updates and names each promise; with it, the page says it updates itself', { timeout: TIMEOUT }, async () => {
    const promises = {
      da: ['Tydelige forventninger', 'Du ser datoen for hvert trin', 'Sammenhæng', 'Flytter din sag', 'Klar tale', 'Alle breve i din sag', 'Hånd om fejl', 'Ser du en fejl'],
      en: ['Clear expectations', 'You see the date of each step', 'Joined-up service', 'If your case moves', 'Plain language', 'A colleague reads every letter', 'Owning our mistakes', 'If you see a mistake'],
    };
    const live = { da: /opdaterer sig selv/, en: /update themselves/ };
    const reload = { da: /Genindlæs siden for at se, om der er sket noget nyt\./, en: /Reload the page to see if anything new has happened\./ };
    for (const js of [false, true]) {
      const context = await demo.browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        for (const lang of /** @type {const} */ (['da', 'en'])) {
          await page.goto(`${demo.server.url}/?case=byg-2417&lang=${lang}`);
          const lead = await page.$eval('.lead', (el) => /** @type {HTMLElement} */ (el).innerText);
          if (js) {
            assert.match(lead, live[lang], `${lang}, with JavaScript: the page updates itself and says so`);
            assert.doesNotMatch(lead, reload[lang], `${lang}, with JavaScript: no need to reload`);
            continue;
          }
          assert.doesNotMatch(lead, live[lang], `${lang}, without JavaScript: no claim of live updates: ${lead}`);
          assert.match(lead, reload[lang], `${lang}, without JavaScript: how to see news`);
          // Each promise's name, then its words: readable as the page is sent.
          const shown = await page.$eval('.promises', (el) => /** @type {HTMLElement} */ (el).innerText.replace(/\s+/g, ' '));
          let at = 0;
          for (const words of promises[lang]) {
            const next = shown.indexOf(words, at);
            assert.ok(next >= at, `${lang}: "${words}" in its place in "${shown}"`);
            at = next + words.length;
          }
        }
      } finally {
        await context.close();
      }
    }
  });

  test('/?lang=en is English from the first byte: the page frame in the HTML as sent, with JavaScript off', { timeout: TIMEOUT }, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const res = await page.goto(`${demo.server.url}/?case=par-5521&lang=en`);
      const sent = (await res?.text()) ?? '';
      assert.ok(sent.includes('<html lang="en">'), `the page says its language as sent: ${sent.slice(0, 40)}`);
      assert.equal(await page.title(), 'My case – Klarby Municipality');
      const frame = await page.evaluate(() => {
        const text = (/** @type {string} */ sel) => document.querySelector(sel)?.textContent?.trim();
        const label = (/** @type {string} */ sel) => document.querySelector(sel)?.getAttribute('aria-label');
        return {
          skip: text('.skip-link'),
          h1: text('h1'),
          crumbs: [...document.querySelectorAll('.breadcrumb li')].map((li) => li.textContent?.trim()),
          nav: label('.site-nav'),
          breadcrumb: label('.breadcrumb'),
          picker: text('label[for="case-picker"]'),
          show: text('.picker button'),
          lead: /** @type {HTMLElement} */ (document.querySelector('.lead')).innerText.trim(),
          switch: [text('#lang-switch'), document.getElementById('lang-switch')?.getAttribute('lang'), document.getElementById('lang-switch')?.getAttribute('href')],
        };
      });
      assert.deepEqual(frame, {
        skip: 'Skip to content',
        h1: 'My case',
        crumbs: ['Home', 'Self-service', 'My case'],
        nav: 'Main menu',
        breadcrumb: 'Breadcrumb',
        picker: 'Choose a case',
        show: 'Show the case',
        // Without JavaScript the page does not update itself, and says so.
        lead: 'See how far your case has come, what happens now and who to contact. Reload the page to see if anything new has happened.',
        // A link that works without JavaScript: to the Danish page of the same case.
        switch: ['Dansk', 'da', '/?case=par-5521&lang=da'],
      });
      // The server-rendered case speaks English around the case's own Danish texts, marked as such.
      const status = await deepText(page, '#case klar-case-status');
      assert.match(status, /Status of your case/);
      assert.equal(await page.$eval('#case klar-case-status [part~="title"]', (el) => (el.querySelector('[lang]') ?? el.closest('[lang]'))?.getAttribute('lang')), 'da', 'the case title is marked Danish');
      assert.deepEqual(await page.$$eval('#case-picker option', (os) => [...new Set(os.map((o) => o.lang))]), ['da'], 'the Danish case titles marked Danish, as sent');
      // The picker's plain form keeps the language.
      await pickCase(page, 'nat-0316');
      await until(() => deepText(page, '.case-main'), { ok: (t) => t.includes('Terrænregulering og dræn, Engvej 4'), message: 'the chosen case after the form' });
      assert.match(page.url(), /lang=en/);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'My case');
      // Danish stays Danish.
      await page.goto(`${demo.server.url}/?case=par-5521`);
      assert.equal(await page.getAttribute('html', 'lang'), 'da');
      assert.equal(await page.title(), 'Min sag – Klarby Kommune');
      assert.equal((await page.textContent('.skip-link'))?.trim(), 'Gå til indhold');
    } finally {
      await context.close();
    }
  });

  test('"Hvad borgerne fortæller os" shows the stored feedback as numbers, never a citizen\'s words', { timeout: TIMEOUT }, async () => {
    const { page, errors, context } = await open('/insights');
    try {
      const all = records(dataFile);
      assert.ok(all.length > 0, 'the earlier tests stored feedback');
      assert.equal(await page.textContent('h1'), 'Hvad borgerne fortæller os');
      const text = (await page.textContent('main')) ?? '';
      // A comment that follows a one-click answer is counted with that answer, once.
      const messages = all.filter((r) => !r.linksTo).length;
      assert.match(text, new RegExp(`\\b${messages}\\b`), `the count of ${messages} messages`);
      for (const r of all) {
        if (r.feedback.answers.comment) assert.ok(!text.includes(r.feedback.answers.comment), `comment text on the public page: ${r.feedback.answers.comment}`);
        assert.ok(!text.includes(r.receipt), 'receipts stay private');
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the CMS page loads the elements through the /cdn/klar.js loader, every file with a matching integrity', { timeout: TIMEOUT }, async () => {
    const { page, errors, context } = await open('/cms.html');
    try {
      const integrity = await page.getAttribute('script[src="/cdn/klar.js"]', 'integrity');
      assert.match(String(integrity), /^sha384-[A-Za-z0-9+/]+=*$/);
      await page.waitForLoadState('load');
      const registered = await page.evaluate(
        () =>
          new Promise((resolve) => {
            Promise.all(['klar-case', 'klar-case-status', 'klar-expectation-timeline', 'klar-principle-badge', 'klar-feedback-form'].map((t) => customElements.whenDefined(t))).then(() => resolve(true));
            setTimeout(() => resolve(false), 10_000);
          }),
      );
      assert.equal(registered, true, 'the loader registers every element on the page within 10 s');
      assert.deepEqual(errors, [], 'no integrity, CSP or script errors');
      await until(() => deepText(page, 'main'), { ok: (s) => s.includes('Forsinket'), message: 'the case from the CDN build' });
      // The parking case is said once, in one wording: it once came twice, as Open311 ("Vi regner med at
      // være færdige senest …", "Sæt vores forventede slutdato i din kalender") and as
      // klar JSON ("Du kan forvente svar senest …", "Sæt datoen for svar i din kalender"), the same date.
      const main = await until(() => deepText(page, 'main'), { ok: (s) => s.includes('Sæt datoen for svar i din kalender'), message: 'the answer\u2019s calendar link' });
      // Each calendar button pressed: the file it downloads names its date.
      const buttons = page.locator('main button[part~="calendar-link"]');
      const links = [];
      for (let i = 0; i < (await buttons.count()); i++) {
        const download = page.waitForEvent('download');
        await buttons.nth(i).click();
        links.push(`${(await buttons.nth(i).textContent())?.trim()} ${(await download).suggestedFilename()}`);
      }
      const days = links.map((l) => /(\d{4}-\d\d-\d\d)\.ics$/.exec(l)?.[1]);
      assert.equal(new Set(days).size, days.length, `one calendar link per date: ${links.join(' | ')}`);
      assert.equal(main.split(/(?:svar|færdige) senest \d+\. \p{L}+ \d{4}/u).length - 1, 2, `one answer date for each of the two cases: ${main}`);
      assert.doesNotMatch(main, /være færdige senest/, 'the permit is an answer, not work done');
      // The page uses no <klar-principles>: its chunk is never fetched.
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/cdn/')));
      assert.ok(scripts.includes('/cdn/klar-case.js'), scripts.join(', '));
      assert.ok(!scripts.includes('/cdn/klar-principles.js') && !scripts.includes('/cdn/klar-all.js'), scripts.join(', '));
    } finally {
      await context.close();
    }
  });

});
