// Storybook as design documentation (issue 16): the built Storybook's docs pages, read in the
// machine's Chromium. The intro's Markdown tables render as tables (GFM), the args tables list
// the public API only (nothing private from the manifest, nothing starting with "_"), in Danish
// mode every docs page has Danish content and its elements speak Danish, switched to English on
// the open page it shows the same guidance in English and hides the Danish, every element has a
// Playground whose controls are its public attributes and properties and change the element.
// (That no story prints a raw message key or sample key is checked by the accessibility sweep,
// which visits every story in both languages.) Needs `npm run build-storybook`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { serveStatic } from '../helpers/static-server.js';

const STATIC = 'storybook-static';
// Many pages in one browser on a loaded 2-core machine: generous waits, never fixed races.
const WAIT = 30_000;
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
/** Every element in the manifest, by tag. */
const elements = decls.filter((/** @type {any} */ d) => d.tagName);
const tags = elements.map((/** @type {any} */ d) => d.tagName);
/** The public attributes and properties of one element: what a Playground control may set. */
const settable = (/** @type {string} */ tag) => {
  const d = elements.find((/** @type {any} */ x) => x.tagName === tag);
  return new Set([
    ...(d.attributes ?? []).map((/** @type {any} */ a) => a.name),
    ...(d.members ?? []).filter((/** @type {any} */ m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.readonly).map((/** @type {any} */ m) => m.name),
  ]);
};
/** Members the manifest marks private or protected that no element has as public API. */
const hidden = new Set(
  decls
    .flatMap((/** @type {any} */ d) => (d.members ?? []).filter((/** @type {any} */ x) => x.privacy === 'private' || x.privacy === 'protected'))
    .map((/** @type {any} */ x) => x.name)
    .filter((n) => !publicNames.has(n)),
);

describe('Storybook docs pages', { timeout: 1_200_000 }, () => {
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

  /**
   * Opens a docs page in Storybook's preview frame and waits until it has rendered. The first
   * page loads the preview; the others are switched to over Storybook's own channel, as the
   * manager does (each load boots the whole preview: 18 boots were half this file's processor
   * time). A switch that does not report the page rendered, or leaves another page's content,
   * fails the test.
   */
  async function openDocs(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id) {
    if (!(await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__)).catch(() => false))) {
      await page.goto(`${server.url}/iframe.html?viewMode=docs&id=${id}&globals=lang:da`);
    } else await emitUntilRendered(page, id, 'setCurrentStory', { storyId: id, viewMode: 'docs' });
    // The page shown is this one: its own stories' anchors (a docs page of an element shows its stories).
    await until(() => page.$$eval('.sbdocs-content, #storybook-docs .sbdocs', (e) => e.length), { message: `docs page ${id}`, timeout: 60_000 });
    await page.waitForTimeout(500);
    const prefix = id.replace(/--docs$/, '--');
    const anchors = await page.$$eval('[id^="anchor--"]', (as) => as.map((a) => a.id.replace('anchor--', '')));
    assert.deepEqual(anchors.filter((a) => !a.startsWith(prefix)), [], `docs page ${id}: stories of another page on it`);
  }

  /**
   * Sends one event over Storybook's channel in the preview frame, as the manager does, and waits
   * until the preview reports the docs page `id` rendered: opening a page (setCurrentStory) or
   * switching the toolbar's language on it (updateGlobals). A page not reported rendered fails.
   */
  async function emitUntilRendered(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id, /** @type {string} */ event, /** @type {object} */ payload) {
    const result = await page.evaluate(
      ({ docsId, name, args, wait }) =>
        new Promise((resolve) => {
          const ch = window.__STORYBOOK_ADDONS_CHANNEL__;
          const finish = (/** @type {string} */ r) => {
            clearTimeout(timer);
            ch.off('docsRendered', onRendered);
            resolve(r);
          };
          const onRendered = (/** @type {string} */ rendered) => rendered === docsId && finish('ok');
          const timer = setTimeout(() => finish('timeout'), wait);
          ch.on('docsRendered', onRendered);
          ch.emit(name, args);
        }),
      { docsId: id, name: event, args: payload, wait: WAIT },
    );
    assert.equal(result, 'ok', `docs page ${id}: Storybook did not report it rendered after ${event} ${JSON.stringify(payload)}`);
  }

  /**
   * The guidance of the open docs page in one language: whether its blocks (<div lang> children
   * of the page) are shown, their text, and each h2 section's text and links by heading.
   */
  const proseOf = (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ lang) =>
    page.$$eval(
      `#storybook-docs .sbdocs-content > [lang="${lang}"]`,
      (blocks) => ({
        count: blocks.length,
        shown: blocks.filter((b) => b.checkVisibility()).length,
        length: blocks.map((b) => (b.textContent ?? '').trim().length).reduce((a, b) => a + b, 0),
        tables: blocks.flatMap((b) => [...b.querySelectorAll('table')]).filter((t) => t.checkVisibility()).length,
        sections: Object.fromEntries(
          blocks
            .flatMap((b) => [...b.querySelectorAll('h2')])
            .map((h) => {
              const parts = [];
              for (let n = h.nextElementSibling; n && n.localName !== 'h2'; n = n.nextElementSibling) parts.push(n);
              return [(h.textContent ?? '').trim(), { text: parts.map((n) => /** @type {HTMLElement} */ (n).innerText).join('\n'), links: parts.flatMap((n) => [...n.querySelectorAll('a')].map((a) => a.href)) }];
            }),
        ),
      }),
    );

  /**
   * Opens a story in Storybook's manager and resolves with the preview frame once the story's
   * element is there. The first story loads the manager; the next ones are chosen the way the
   * manager's own links do (its router follows the address: history.pushState and a popstate),
   * so the manager and its preview boot once, not once per element. The frame is looked up
   * again on every poll (the manager may replace its iframe while it starts). When the element
   * does not appear within one wait (the first story of a fresh browser on a loaded machine, or
   * a switch the manager missed), the page is loaded once more; a story that is broken fails
   * both times with what its preview shows (Storybook's error display).
   */
  async function openPlayground(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ id, /** @type {string} */ tag) {
    const withElement = async () => {
      for (const f of page.frames().filter((x) => /iframe\.html/.test(x.url()))) if (await f.$(`${tag}[data-playground]`).catch(() => null)) return f;
      return undefined;
    };
    const shows = () => Promise.all(page.frames().filter((x) => /iframe\.html/.test(x.url())).map((f) => f.evaluate(() => document.body?.innerText.slice(0, 300) ?? '').catch((e) => String(e))));
    for (let attempt = 1; ; attempt += 1) {
      const path = `/story/${id}`;
      if (attempt === 1 && page.url().startsWith(`${server.url}/?path=`)) {
        await page.evaluate((p) => {
          history.pushState(history.state, '', `?path=${p}&globals=lang:da`);
          dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        }, path);
      } else await page.goto(`${server.url}/?path=${path}&globals=lang:da`);
      try {
        return await until(withElement, { message: `${id}: the element in the preview frame`, timeout: WAIT });
      } catch (error) {
        if (attempt === 2) throw new Error(`${/** @type {Error} */ (error).message}; the preview shows: ${JSON.stringify(await shows())}`);
        console.log(`# ${id}: the element did not appear within ${WAIT / 1000} s (preview shows ${JSON.stringify(await shows())}); loading the page once more`);
      }
    }
  }

  /**
   * The controls the manager shows, once they are the story's own: after a switch the panel may
   * still show the last story's for a moment, so it is read until every control it shows is one
   * of the args the preview's current story has a control for (then the test below checks them
   * against the element's public API).
   */
  async function controlsOf(/** @type {import('playwright-core').Page} */ page, /** @type {import('playwright-core').Frame} */ frame, /** @type {string} */ id) {
    const read = () =>
      page.$$eval('[id^="control-"]', (els) =>
        els.map((e) => ({ id: e.id, name: /** @type {HTMLInputElement} */ (e).name?.replace(/^control-/, '') || e.id.replace(/^control-/, ''), kind: e.localName === 'select' ? 'select' : (/** @type {HTMLInputElement} */ (e).type ?? e.localName) })),
      );
    const own = await frame.evaluate(() => {
      const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
      return Object.entries(story?.argTypes ?? {})
        .filter(([, t]) => /** @type {any} */ (t).control && /** @type {any} */ (t).control.disable !== true && /** @type {any} */ (t).table?.disable !== true)
        .map(([k]) => k);
    });
    assert.ok(own.length, `${id}: the preview's current story has args with controls`);
    /** @type {Awaited<ReturnType<typeof read>>} */ let controls = [];
    await until(
      async () => {
        controls = await read();
        return controls.length > 0 && controls.every((c) => own.includes(c.name));
      },
      { message: `${id}: the controls panel shows this story's controls (${own.join(', ')})`, timeout: WAIT },
    );
    return controls;
  }

  test('the introduction renders its Markdown tables as tables', async () => {
    const intro = docs.find((e) => /^introdu/.test(/** @type {any} */ (e).id));
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
      const elementDocs = docs.filter((e) => /** @type {any} */ (e).id.startsWith('elementer-'));
      assert.ok(elementDocs.length >= tags.length, `a docs page per element (${elementDocs.length} for ${tags.length} elements)`);
      // The stories that show English or both languages on purpose are named so (…English, BothLanguages)
      // or tagged `other-languages` (a right-to-left page in Arabic, Danish and English side by side).
      const onPurpose = Object.values(index.entries)
        .filter((e) => (/** @type {any} */ (e).tags ?? []).includes('other-languages'))
        .map((e) => /** @type {any} */ (e).id);
      // Each docs page is loaded once (a load boots Storybook's whole preview) and checked for all of it.
      const storiesOf = (/** @type {string} */ docsId) => Object.values(index.entries).filter((e) => /** @type {any} */ (e).type === 'story' && /** @type {any} */ (e).id.startsWith(docsId.replace(/docs$/, ''))).length;
      const fewest = elementDocs.map((e) => /** @type {any} */ (e).id).sort((a, b) => storiesOf(a) - storiesOf(b))[0];
      const switched = new Set([docs.find((e) => /^introdu/.test(/** @type {any} */ (e).id))?.id, fewest]);
      for (const d of docs) {
        const id = /** @type {any} */ (d).id;
        await openDocs(page, id);
        if (elementDocs.includes(d)) {
          const names = await page.$$eval('.docblock-argstable tbody tr td:first-child', (tds) => tds.map((td) => (td.textContent ?? '').trim().split(/\s/)[0]));
          const leaks = names.filter((n) => n.startsWith('_') || hidden.has(n));
          assert.deepEqual(leaks, [], `${id}: private members in the args table`);
          // Defaults read as values, a time with its unit: the tables said `DEFAULT_HEARTBEAT`,
          // `DEFAULT_MAX_BYTES` and `15_000` (source names), and `15` beside "Seconds before …".
          const defaults = await page.$$eval('.docblock-argstable tbody tr', (trs) =>
            trs.map((tr) => [(tr.querySelector('td:first-child')?.textContent ?? '').trim().split(/\s/)[0], (tr.querySelector('td:nth-child(3)')?.textContent ?? '').trim(), (tr.querySelector('td:nth-child(2)')?.textContent ?? '').trim()]),
          );
          const unreadable = defaults.filter(([, v]) => /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$|\d_\d/.test(v)).map(([n, v]) => `${n} = ${v}`);
          assert.deepEqual(unreadable, [], `${id}: defaults shown as source names, not values`);
          const unitless = defaults.filter(([, v, desc]) => /^\d+$/.test(v) && /\b(milliseconds|seconds)\b/i.test(desc)).map(([n, v]) => `${n} = ${v}`);
          assert.deepEqual(unitless, [], `${id}: times shown without their unit`);
          // Every slot and part of the element has its row, also one named as a property (<klar-case>'s
          // part `retry` beside its `retry` options, its slot and part `contact`) and the default slot:
          // Storybook keyed rows by bare name, and such rows vanished into another.
          const decl = elements.find((/** @type {any} */ x) => `elementer-${x.tagName}--docs` === id);
          if (decl) {
            const rows = names.filter((n) => n).length;
            const want = [...(decl.slots ?? []), ...(decl.cssParts ?? [])].map((/** @type {any} */ x) => x.name || '(default)');
            /** A public attribute, or a public property or method with no attribute, of this name: a row of its own too. */
            const api = (/** @type {string} */ n) =>
              (decl.attributes ?? []).some((/** @type {any} */ a) => a.name === n) ||
              (decl.members ?? []).some((/** @type {any} */ m) => m.name === n && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !(decl.attributes ?? []).some((/** @type {any} */ a) => a.fieldName === n));
            const missing = want.filter((n) => names.filter((x) => x === n).length < want.filter((w) => w === n).length + (api(n) ? 1 : 0));
            assert.deepEqual(missing, [], `${id}: slots and parts without a row of their own (${rows} rows)`);
          }
          // Elements on the page whose language is not Danish, apart from the stories that show both languages on purpose.
          const foreign = await page.$$eval('[id^="anchor--"]', (anchors, skip) =>
            anchors
              .filter((a) => !/english|both-languages/.test(a.id) && !skip.includes(a.id.replace('anchor--', '')))
              .flatMap((a) => [...a.querySelectorAll('*')].filter((el) => el.localName.startsWith('klar-')).map((el) => `${a.id.replace('anchor--', '')}: ${/** @type {HTMLElement | null} */ (el.closest('[lang]'))?.lang ?? ''}`))
              .filter((l) => !l.endsWith(': da')),
            onPurpose,
          );
          assert.deepEqual([...new Set(foreign)], [], `${id}: elements not in Danish`);
        }
        // The page's own prose (guidance, tables) is marked Danish, not only the elements on it.
        const danish = await page.$$eval('#storybook-docs [lang="da"]', (els) => els.map((e) => (e.textContent ?? '').trim().length).reduce((a, b) => a + b, 0));
        assert.ok(danish > 200, `${id}: Danish content (lang="da") on the docs page, found ${danish} characters`);
        if (id.startsWith('elementer-')) {
          const headings = await page.$$eval('#storybook-docs [lang="da"] h2', (hs) => hs.map((h) => (h.textContent ?? '').trim()));
          for (const h of ['Brug', 'Brug ikke', 'Gør og gør ikke']) assert.ok(headings.includes(h), `${id}: a "${h}" section in Danish (has ${headings.join(', ')})`);
          assert.ok(headings.some((h) => h.startsWith('Tekster')), `${id}: content guidance ("Tekster …")`);
          // What an integrator looks for first: code to copy (docs-snippets.e2e.js runs it), the data, the events, what is tested.
          for (const h of ['Kom i gang', 'Data', 'Hændelser', 'Tilgængelighed']) assert.ok(headings.includes(h), `${id}: a "${h}" section (has ${headings.join(', ')})`);
          /** The text and links of each h2 section of the Danish prose, by heading. */
          const sections = await page.$$eval('#storybook-docs [lang="da"] h2', (hs) =>
            Object.fromEntries(
              hs.map((h) => {
                const parts = [];
                for (let n = h.nextElementSibling; n && n.localName !== 'h2'; n = n.nextElementSibling) parts.push(n);
                return [(h.textContent ?? '').trim(), { text: parts.map((n) => /** @type {HTMLElement} */ (n).innerText).join('\n'), links: parts.flatMap((n) => [...n.querySelectorAll('a')].map((a) => a.href)) }];
              }),
            ),
          );
          const decl2 = elements.find((/** @type {any} */ x) => `elementer-${x.tagName}--docs` === id);
          if (decl2) {
            const events = (decl2.events ?? []).map((/** @type {any} */ e) => e.name);
            assert.deepEqual(events.filter((e) => !sections['Hændelser'].text.includes(e)), [], `${id}: events of <${decl2.tagName}> missing under "Hændelser"`);
            assert.match(sections['Hændelser'].text, /addEventListener\('klar-[a-z-]+'/, `${id}: an example listener`);
            const schema = decl2.tagName === 'klar-feedback-form' ? 'feedback.schema.json' : /principle/.test(decl2.tagName) ? undefined : 'case.schema.json';
            if (schema) assert.ok(sections['Data'].links.some((l) => l.endsWith(`/schema/${schema}`)), `${id}: "Data" links ${schema}`);
          }
          const a11y = sections['Tilgængelighed'].text;
          for (const w of ['axe-core', 'Chromium', 'Firefox ESR', 'WebKit', 'tastatur']) assert.ok(a11y.includes(w), `${id}: "Tilgængelighed" says what is tested (${w})`);
          assert.match(a11y, /ikke testet af et menneske med en rigtig skærmlæser/, `${id}: "Tilgængelighed" says it was not tested with a screen reader`);
        }
        // The same guidance in English, in its own block beside the Danish: in Danish mode it is out of
        // sight and out of the accessibility tree (display: none), its text and links still in the page.
        const [da, en] = [await proseOf(page, 'da'), await proseOf(page, 'en')];
        assert.ok(da.count > 0 && da.shown === da.count, `${id}: in Danish mode the Danish guidance is shown (${da.shown} of ${da.count} blocks)`);
        assert.ok(en.count === da.count && en.shown === 0, `${id}: an English block for each Danish one (${en.count} for ${da.count}), none shown in Danish mode (${en.shown})`);
        assert.ok(en.length > 200, `${id}: English guidance, ${en.length} characters`);
        if (id.startsWith('elementer-')) {
          // The same sections as in Danish, in English: what to use it for, code to copy, the data, the events, what is tested.
          const headings = Object.keys(en.sections);
          for (const h of ['Get started', 'Use', 'Do not use', "Do and don't", 'Data', 'Events', 'Accessibility']) assert.ok(headings.includes(h), `${id}: a "${h}" section in English (has ${headings.join(', ')})`);
          assert.ok(headings.some((h) => h.startsWith('Content')), `${id}: content guidance in English ("Content …")`);
          const decl = elements.find((/** @type {any} */ x) => `elementer-${x.tagName}--docs` === id);
          if (decl) {
            const events = (decl.events ?? []).map((/** @type {any} */ e) => e.name);
            assert.deepEqual(events.filter((e) => !en.sections.Events.text.includes(e)), [], `${id}: events of <${decl.tagName}> missing under "Events"`);
            assert.match(en.sections.Events.text, /addEventListener\('klar-[a-z-]+'/, `${id}: an example listener under "Events"`);
            const schema = decl.tagName === 'klar-feedback-form' ? 'feedback.schema.json' : /principle/.test(decl.tagName) ? undefined : 'case.schema.json';
            if (schema) assert.ok(en.sections.Data.links.some((l) => l.endsWith(`/schema/${schema}`)), `${id}: "Data" links ${schema}`);
          }
          const a11y = en.sections.Accessibility.text;
          for (const w of ['axe-core', 'Chromium', 'Firefox ESR', 'WebKit', 'keyboard']) assert.ok(a11y.includes(w), `${id}: "Accessibility" says what is tested (${w})`);
          assert.match(a11y, /not been tested by a person with a real screen reader/, `${id}: "Accessibility" says it was not tested with a screen reader`);
        }
        // The toolbar switches the open page to English and back, without a load: on the introduction
        // and on the element page with the fewest stories. (Storybook draws every story of a page again
        // for each switch, about a processor-second a switch; every page shares the one stylesheet
        // rule and the one switch in preview.ts, and its blocks were found in their place above.)
        if (switched.has(id)) {
          await emitUntilRendered(page, id, 'updateGlobals', { globals: { lang: 'en' } });
          const [daEn, enEn] = [await proseOf(page, 'da'), await proseOf(page, 'en')];
          assert.equal(daEn.shown, 0, `${id}: in English mode the Danish guidance is not shown`);
          assert.equal(enEn.shown, enEn.count, `${id}: in English mode the English guidance is shown`);
          if (/^introdu/.test(id)) assert.ok(enEn.tables > 0, `${id}: the English tables render as tables`);
          await emitUntilRendered(page, id, 'updateGlobals', { globals: { lang: 'da' } });
          const [daAfter, enAfter] = [await proseOf(page, 'da'), await proseOf(page, 'en')];
          assert.ok(daAfter.shown === daAfter.count && enAfter.shown === 0, `${id}: back in Danish mode, Danish shown (${daAfter.shown} of ${daAfter.count}) and English not (${enAfter.shown})`);
        }
      }
    } finally {
      await page.close();
    }
  });

  test('the states stories show the state their heading or name says, with no server behind the static Storybook', async () => {
    const page = await browser.newPage();
    try {
      /** Loads one story in the preview frame, in Danish. */
      const openStory = (/** @type {string} */ id) => page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=lang:da`);
      await openStory('elementer-klar-expectation-timeline--all-states');
      const panels = () =>
        page.$$eval('section[aria-labelledby^="all-states-"]', (ss) =>
          Object.fromEntries(
            ss.map((s) => {
              const h = /** @type {HTMLElement} */ (s.querySelector('h2'));
              return [s.getAttribute('aria-labelledby')?.replace('all-states-', ''), { heading: h.innerText.trim(), text: /** @type {HTMLElement} */ (s).innerText.replace(h.innerText, '').replace(/\s+/g, ' ').trim() }];
            }),
          ),
        );
      const loadingText = 'Henter oplysninger om din sag';
      const unsetText = 'Siden er ikke sat rigtigt op';
      // Its "Henter" panel is a <klar-case> the story defines: it loaded /api/never-answers, which no
      // static Storybook has (a 404: "Vi kan ikke finde sagen" once another story had defined
      // <klar-case>), and showed "Henter" only while nothing had, as an element never upgraded.
      await until(() => page.evaluate(() => Boolean(customElements.get('klar-case'))), { message: 'the "All states" story defines <klar-case>', timeout: WAIT });
      const early = await until(panels, { ok: (p) => Boolean(p.loading?.text.includes(loadingText)), message: 'the loading panel says it is getting the case', timeout: WAIT }).catch(async (e) => {
        throw new Error(`${e.message}; the panels: ${JSON.stringify(await panels())}`);
      });
      assert.match(early.error.text, /Vi kan ikke læse oplysningerne om sagen/, 'the error panel');
      assert.match(early.empty.text, /Der er ingen trin/, 'the empty panel');
      // "Ikke sat op" says "Henter …" for 8 s (a page may be setting `case` from its own fetch): its heading says so.
      if (early.unset.text.includes(loadingText)) assert.match(early.unset.heading, /Henter/, `the "not set up" panel shows "Henter" and its heading does not say so: ${JSON.stringify(early.unset)}`);
      const late = await until(panels, { ok: (p) => p.unset.text.includes(unsetText), message: `the "not set up" panel says "${unsetText}"`, timeout: WAIT });
      assert.match(late.unset.heading, /ikke sat rigtigt op/, 'the "not set up" heading names what it shows');
      // Past the 8 s: the loading panel still loads (the provider says it is slow), and names no error.
      assert.ok(late.loading.text.includes(loadingText), `the loading panel still loads: ${late.loading.text}`);
      assert.doesNotMatch(late.loading.text, /Vi kan ikke|ikke sat rigtigt op/, 'the loading panel shows no error');

      // The other stories of a state: each shows what its name says.
      /** @type {[string, RegExp][]} */
      const named = [
        ['elementer-klar-case-status--loading', /Henter oplysninger om din sag/],
        ['elementer-klar-case-list--loading', /Henter dine sager/],
        ['elementer-klar-case-list--load-error', /Vi kan ikke finde dine sager/],
        ['elementer-klar-case-status--first-load-error', /Vi kan ikke vise din sag lige nu/],
        ['elementer-klar-case--not-found', /Vi kan ikke finde sagen/],
      ];
      for (const [id, want] of named) {
        await openStory(id);
        await until(() => page.innerText('#storybook-root'), { ok: (t) => want.test(t), message: `${id}: ${want}`, timeout: WAIT });
      }
    } finally {
      await page.close();
    }
  });

  test('in English a Danish kommune is a municipality, never a council', async () => {
    const page = await browser.newPage();
    try {
      // A failed load's words (case.error.network) and the explanation of Sammenhæng said "council".
      // The failed load's story is online, so it says "Our system is not answering" (the words that
      // name the kommune are said offline: checked in the catalogue the page loads).
      const { caseMessagesEn } = await import('../../dist/translations/en/case.js');
      assert.match(caseMessagesEn['case.error.network'], /municipality/);
      for (const id of ['elementer-klar-case-status--first-load-error', 'elementer-klar-principles--all-cards-english']) {
        await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=lang:en`);
        const text = await until(() => page.innerText('#storybook-root'), { ok: (t) => /municipality|council|not answering/i.test(t), message: `${id}: the failed load's or the principles' words`, timeout: WAIT });
        assert.doesNotMatch(text, /council/i, `${id} says "council"`);
        if (id.includes('principles')) assert.match(text, /municipality/, id);
      }
    } finally {
      await page.close();
    }
  });

  test('every element has a Playground whose controls are its public API and change the element', async () => {
    const page = await browser.newPage();
    try {
      for (const tag of tags) {
        const id = `elementer-${tag}--playground`;
        assert.ok(index.entries[id], `<${tag}> has a Playground story (${id})`);
        const frame = await openPlayground(page, id, tag);
        // What "Show code" copies is the element's markup: Storybook's event handlers were written
        // into it as attributes (onklarcalendaradd="function(...r){…}"), and private state too
        // (retryinseconds="0"). Global attributes an element sets on itself (<klar-step hidden>) are fine.
        const written = await frame.$eval('[data-playground]', (el) => [...el.attributes].map((a) => [a.name, a.value]));
        const wrong = written.filter(([n, v]) => /^on/.test(n) || /^function|=>/.test(v) || (!['data-playground', 'hidden', 'lang', 'dir', 'class'].includes(n) && !elements.find((/** @type {any} */ d) => d.tagName === tag).attributes?.some((/** @type {any} */ a) => a.name === n)));
        assert.deepEqual(wrong, [], `${id}: attributes that are no public attribute of <${tag}>`);
        const controls = await controlsOf(page, frame, id);
        const names = [...new Set(controls.map((c) => c.name))];
        const api = settable(tag);
        assert.deepEqual(names.filter((n) => !api.has(n)), [], `${id}: controls that are not public attributes or properties of <${tag}>`);
        assert.ok(names.length >= 1, `${id}: at least one control`);

        /** What a person sees of the element: its light DOM text and its shadow markup. */
        const look = () =>
          frame.$eval('[data-playground]', (el) => {
            const host = el.closest('klar-expectation-timeline:not([data-playground])') ?? el;
            const walk = (/** @type {Element | ShadowRoot} */ n) => [...n.querySelectorAll('*')].map((c) => (c.shadowRoot ? c.shadowRoot.innerHTML + walk(c.shadowRoot) : '')).join('');
            return (host.shadowRoot?.innerHTML ?? '') + walk(host.shadowRoot ?? host) + host.textContent;
          });
        const attr = (/** @type {string} */ name) => frame.$eval('[data-playground]', (el, n) => el.getAttribute(n), name);
        let changedLook = 0;
        for (const name of names) {
          if (!api.has(name) || !elements.find((/** @type {any} */ d) => d.tagName === tag).attributes?.some((/** @type {any} */ a) => a.name === name)) continue;
          const ofName = controls.filter((c) => c.name === name);
          const before = changedLook ? '' : await look();
          /** @type {string | null} */ let expected;
          if (ofName[0].kind === 'checkbox') {
            expected = (await attr(name)) === null ? '' : null;
            // Storybook draws its own switch over the input: click the input itself, as a keyboard user's Space would.
            await page.$eval(`#${ofName[0].id}`, (i) => /** @type {HTMLInputElement} */ (i).click());
          } else if (ofName[0].kind === 'radio') {
            const pick = await page.$$eval(`[name="control-${name}"]`, (rs) => rs.findIndex((r) => !(/** @type {HTMLInputElement} */ (r).checked)));
            const radio = ofName[pick] ?? ofName[1];
            const value = await page.$eval(`#${radio.id}`, (r) => /** @type {HTMLInputElement} */ (r).value);
            expected = value === '' ? null : value;
            await page.$eval(`#${radio.id}`, (r) => /** @type {HTMLInputElement} */ (r).click());
          } else if (ofName[0].kind === 'select') {
            const options = await page.$$eval(`#${ofName[0].id} option`, (os) => os.map((o) => ({ value: /** @type {HTMLOptionElement} */ (o).value, text: (o.textContent ?? '').trim(), selected: /** @type {HTMLOptionElement} */ (o).selected })));
            const other = options.filter((o) => !o.selected && o.text && !/choose/i.test(o.text)).at(-1);
            assert.ok(other, `${id}: ${name} has another option`);
            expected = other.text;
            await page.selectOption(`#${ofName[0].id}`, other.value);
          } else if (ofName[0].kind === 'number') {
            const now = Number(await page.$eval(`#${ofName[0].id}`, (i) => /** @type {HTMLInputElement} */ (i).value) || 0);
            expected = String(now + 1);
            await page.fill(`#${ofName[0].id}`, expected);
            await page.press(`#${ofName[0].id}`, 'Tab');
          } else {
            expected = `pg-${name}`;
            await page.fill(`#${ofName[0].id}`, expected);
            await page.press(`#${ofName[0].id}`, 'Tab');
          }
          await until(() => attr(name).then((v) => (v === expected ? true : undefined)), { message: `${id}: control "${name}" sets the attribute to ${JSON.stringify(expected)}`, timeout: WAIT });
          // The test asks that one control changes what the element shows: once one has, the
          // rest are checked for setting their attribute only (a page read less on a loaded CI).
          if (changedLook) continue;
          // Let the element render the change before comparing what it shows.
          await frame.evaluate(() => new Promise((r) => setTimeout(r, 200)));
          if ((await look()) !== before) changedLook += 1;
        }
        assert.ok(changedLook >= 1, `${id}: at least one control changes what the element shows (${changedLook})`);
      }
    } finally {
      await page.close();
    }
  });
});
