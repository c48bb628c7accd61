// Server rendering as light DOM (issue 14): the HTML klar-elements/ssr writes for the demo's five
// cases, parsed with parse5 the way a crawler or a no-JavaScript reader sees it (template
// contents, as declarative shadow DOM would hold them, ignored), holds every fact a citizen needs:
// status, lead answer, next step and its date, the citizen's task, contact phone, each step title.
// No <style> needs a hash, and ids are unique on the page with references resolving inside their
// own element. Needs the build in dist/ (`npm run build`).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseFragment } from 'parse5';
import { ROOT } from '../helpers/reference-server.js';
import { requireBuild } from '../helpers/built.js';
import { CaseClock } from '../../server/cases.js';

requireBuild('dist/ssr/index.js');

/** The moment every case is rendered for, so dates and the next step are fixed. */
const NOW = '2026-12-02T10:00:00.000Z';

/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} El */
/** @typedef {import('parse5').DefaultTreeAdapterMap['childNode']} Child */

/** The text a reader gets: every text node, but not inside <template>, <style> or <script>. */
function text(/** @type {{ childNodes?: Child[] }} */ node) {
  let out = '';
  for (const c of node.childNodes ?? []) {
    if (c.nodeName === '#text') out += /** @type {any} */ (c).value;
    // A line-break chance (<wbr>, or the status's empty span.klar-wbr) is no text: "BYG-<wbr>2026" reads "BYG-2026".
    else if (!['template', 'style', 'script', '#comment', 'wbr'].includes(c.nodeName) && attr(/** @type {El} */ (c), 'class') !== 'klar-wbr') out += ` ${text(/** @type {any} */ (c))} `;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Every element below `node` (template contents not included), in document order. */
function elements(/** @type {{ childNodes?: Child[] }} */ node, /** @type {El[]} */ out = []) {
  for (const c of node.childNodes ?? []) {
    if (!('tagName' in c)) continue;
    out.push(c);
    if (c.tagName !== 'template') elements(c, out);
  }
  return out;
}

const attr = (/** @type {El} */ el, /** @type {string} */ name) => el.attrs.find((a) => a.name === name)?.value;
/** The text of the element whose `part` holds `name`, or ''. */
const partText = (/** @type {El} */ root, /** @type {string} */ name) => {
  const el = elements(root).find((e) => (attr(e, 'part') ?? '').split(/\s+/).includes(name));
  return el ? text(el) : '';
};

/** A Danish date as the elements write it: "11. december 2026" (a range "7.–14. december 2026"). */
const DANISH_DATE = /\d{1,2}\.(?:\s*[–-]\s*\d{1,2}\.)?\s(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?:\s\d{4})?/;

describe('renderToString writes light DOM that holds the facts', () => {
  /** @type {typeof import('../../src/ssr/index.js').renderToString} */ let renderToString;
  /** @type {CaseClock} */ let clock;

  before(async () => {
    ({ renderToString } = await import(path.join(ROOT, 'dist/ssr/index.js')));
    clock = new CaseClock({ now: () => Date.parse(NOW) });
  });

  /** Renders a case's status and timeline as the demo page does: both in one <klar-case>. */
  async function page(/** @type {string} */ id) {
    const doc = /** @type {Record<string, any>} */ (clock.get(id));
    const status = await renderToString('klar-case-status', { case: doc, lang: 'da', now: NOW, withTimeline: true });
    const timeline = await renderToString('klar-expectation-timeline', { case: doc, lang: 'da', now: NOW, withStatus: true });
    return { doc, html: status + timeline, tree: parseFragment(status + timeline) };
  }

  const IDS = ['byg-2417', 'bol-0893', 'par-5521', 'nat-0316', 'afg-1188'];

  for (const id of IDS) {
    test(`${id}: status, lead, next step and date, task, phone and every step, outside any <template>`, async () => {
      const { doc, html, tree } = await page(id);
      assert.doesNotMatch(html, /<template|<style/, 'no declarative shadow root, no <style> element');
      const [status, timeline] = elements(tree).filter((e) => e.tagName.startsWith('klar-') && ['klar-case-status', 'klar-expectation-timeline'].includes(e.tagName));
      assert.ok(status && timeline, 'both elements');
      for (const el of [status, timeline]) {
        const root = el.childNodes.find((c) => 'tagName' in c);
        assert.equal(root && attr(/** @type {El} */ (root), 'class'), 'klar-root', `${el.tagName}: the render container, as the browser makes it`);
        assert.equal(root && attr(/** @type {El} */ (root), 'data-klar-ssr'), '', `${el.tagName}: marked as the server's`);
      }
      const all = text(tree);
      const s = text(status);
      assert.ok(s.includes(doc.title), `title: ${s}`);
      assert.ok(s.includes(doc.status.label), `status "${doc.status.label}": ${s}`);
      const lead = partText(status, 'lead') || partText(status, 'decision');
      assert.ok(lead.length > 10, `a lead answer: ${s}`);
      // The phone, as the element writes it (digits, spaces kept).
      const phone = String(doc.contact.phone).replace(/^\+45\s*/, '');
      assert.ok(partText(status, 'contact').includes(phone), `phone ${phone}: ${partText(status, 'contact')}`);
      for (const step of doc.steps) assert.ok(text(timeline).includes(step.title), `step "${step.title}"`);
      const task = doc.suspensions.find((/** @type {any} */ x) => x.waitingFor === 'citizen')?.citizenAction ?? doc.steps.find((/** @type {any} */ x) => x.state === 'current')?.citizenAction;
      if (task) assert.ok(partText(status, 'action').includes(task.text), `task "${task.text}": ${partText(status, 'action')}`);
      const next = doc.steps.find((/** @type {any} */ x) => x.state === 'current' || x.state === 'upcoming');
      if (next) {
        const n = partText(status, 'next');
        const coming = doc.steps.find((/** @type {any} */ x) => x.state === 'upcoming') ?? next;
        assert.ok(n.includes(coming.title), `next step "${coming.title}": ${n}`);
        // Where the case is, who does the next step and when: in the timeline (withTimeline), as the browser renders it.
        assert.doesNotMatch(n, /Lige nu:|Det gør:|Forventet:/, `the status leaves them to the timeline: ${n}`);
        assert.ok(partText(timeline, 'progress').includes(next.title), `the timeline says where the case is: ${partText(timeline, 'progress')}`);
        const row = elements(timeline).find((e) => attr(e, 'data-step-id') === coming.id);
        // A date, or while the case waits for the citizen, the time it takes once they answered.
        assert.match(row ? text(row) : '', new RegExp(`${DANISH_DATE.source}|\\d+ (?:dage|uger) efter`), `the next step's date on its row: ${row && text(row)}`);
      } else {
        assert.match(partText(status, 'decision') || s, /Afslag|afgørelse/i, 'a decided case says its decision');
      }
      // Each fact once on the page: the timeline leaves the task to the status (withStatus).
      if (task) assert.equal(all.split(task.text).length - 1, 1, `the task once: ${all}`);
      // And when, the wait and the delay (said by the status).
      for (const part of ['lead', 'waiting']) assert.equal(partText(timeline, part), '', `the timeline leaves ${part} to the status`);
      for (const reason of [...doc.suspensions, ...doc.delays].map((/** @type {any} */ x) => x.reason).filter(Boolean)) {
        if (partText(status, 'notice').includes(reason)) assert.equal(all.split(reason).length - 1, 1, `"${reason}" once`);
      }
      // The promise box leaves the lead answer's date (or the wait it is held by) and the move to it
      // to the status (par-5521, bol-0893); the status says its "Siden …" once.
      const promise = partText(timeline, 'promise');
      const when = partText(status, 'lead').match(/senest (\d+\. \p{L}+ \d{4})|inden for (\d+) dage/u);
      if (when) assert.ok(!promise.includes(when[1] ?? `${when[2]} dage efter`), `the box leaves "${when[0]}" to the status: ${promise}`);
      assert.doesNotMatch(promise, /Flyttet fra/, 'the move, said by the status');
      const since = s.match(/Siden (\d+\. \p{L}+ \d{4}(?: kl\. \d\d[:.]\d\d)?)/u)?.[1];
      if (since) assert.equal(s.split(`Siden ${since}`).length - 1, 1, `"Siden ${since}" once: ${s}`);
    });
  }

  test('a calendar link read without JavaScript carries its .ics file, not a link to the page itself', async () => {
    const { tree } = await page('bol-0893');
    const links = elements(tree).filter((e) => attr(e, 'part') === 'calendar-link');
    assert.deepEqual(links.map((a) => text(a)), ['Sæt fristen i din kalender'], 'the task\'s deadline, from the status');
    for (const a of links) {
      const href = attr(a, 'href') ?? '';
      assert.match(href, /^data:text\/calendar;charset=utf-8,/, href);
      const file = decodeURIComponent(href.slice(href.indexOf(',') + 1));
      assert.match(file, /^BEGIN:VCALENDAR\r\n/);
      assert.match(file, /\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
      assert.match(attr(a, 'download') ?? '', /^frist-\d{4}-\d{2}-\d{2}\.ics$/);
    }
  });

  test('read without JavaScript, nothing is a button that needs it: the case number is text to select, its "Kopiér" is drawn hidden until the element comes', async () => {
    // The server's render stays on a page without JavaScript (and until the element has its case):
    // a "Kopiér" button there did nothing when pressed. Drawn hidden, it keeps its place while the
    // page has JavaScript (klar-elements.css), so the element's own moves nothing.
    for (const id of IDS) {
      const { doc, tree } = await page(id);
      const buttons = elements(tree).filter((e) => e.tagName === 'button');
      assert.deepEqual(buttons.filter((b) => attr(b, 'hidden') === undefined).map((b) => text(b) || attr(b, 'aria-label')), [], id);
      assert.deepEqual(buttons.map((b) => attr(b, 'part')), doc.reference ? ['copy'] : [], `${id}: hidden, only the copy button`);
      // Its word is drawn by klar-elements.css: tools that read the page's text do not read it.
      assert.ok(!text(tree).includes('Kopiér'), `${id}: no "Kopiér" in the text`);
      if (doc.reference) assert.ok(text(tree).includes(doc.reference), `${id}: the case number is there to read`);
    }
  });

  test('ids are unique across the five cases on one page, and every reference resolves within its own element', async () => {
    const pages = await Promise.all(IDS.map((id) => page(id)));
    const tops = pages.flatMap((p) => elements(p.tree).filter((e) => ['klar-case-status', 'klar-expectation-timeline'].includes(e.tagName)));
    const ids = tops.flatMap((t) => elements(t).map((e) => attr(e, 'id')).filter(Boolean));
    assert.ok(ids.length > 10, `ids written: ${ids.length}`);
    assert.deepEqual(ids.filter((x, i) => ids.indexOf(x) !== i), [], 'no id twice');
    // Distinct from the ids the browser writes (klar-<name>-<n>), which count from 1 again.
    assert.ok(ids.every((x) => /^klar-s-/.test(/** @type {string} */ (x))), ids.join(' '));
    for (const t of tops) {
      const own = new Set(elements(t).map((e) => attr(e, 'id')));
      for (const e of elements(t)) {
        for (const a of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
          for (const ref of (attr(e, a) ?? '').split(/\s+/).filter(Boolean)) assert.ok(own.has(ref), `${t.tagName} ${e.tagName}[${a}=${ref}] resolves inside`);
        }
      }
    }
  });

  test('a principle list renders its badges as light DOM too, with nothing waiting for hydration', async () => {
    const list = parseFragment(await renderToString('klar-principles', { lang: 'da', principle: 'tydelige-forventninger haand-om-fejl' }));
    const t = text(list);
    for (const p of ['Tydelige forventninger', 'Hånd om fejl']) assert.ok(t.includes(p), `${p}: ${t}`);
    assert.ok(elements(list).every((e) => e.tagName !== 'template' && e.tagName !== 'style'));
    assert.ok(elements(list).every((e) => !e.attrs.some((a) => a.name === 'defer-hydration')), 'nothing waits for hydration');
  });

  test('the feedback form renders as light DOM too: a plain form in the render container, no <style>, nothing to hash; `stylesheet` is ignored', async () => {
    const { cspStyleHashes } = await import(path.join(ROOT, 'dist/ssr/index.js'));
    const html = await renderToString('klar-feedback-form', { lang: 'da', action: '/api/feedback' });
    assert.match(html, /^<klar-feedback-form[^>]*><div class="klar-root" data-klar-ssr>/);
    assert.doesNotMatch(html, /<template|<style|<link|<!--lit-|defer-hydration/);
    assert.deepEqual(await cspStyleHashes(html), []);
    // Its ids are the server's own (klar-s-…), so the browser's never meet them while both are on the page.
    assert.match(html, /id="klar-s-ff-\d+-heading"/);
    const linked = await renderToString('klar-feedback-form', { lang: 'da', action: '/api/feedback', stylesheet: '/klar-feedback-form.css' });
    assert.doesNotMatch(linked, /<link|<style/, 'no shadow root to link a stylesheet into');
    // Content elements: nothing to hash either.
    assert.deepEqual(await cspStyleHashes((await page('byg-2417')).html), []);
  });
});
