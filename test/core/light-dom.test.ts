// The light DOM (issue 14): what the content elements write is part of the page, where
// read-aloud, translation and select-and-read tools look; a CMS's stylesheet neither restyles
// us nor gets restyled by us; page translation cannot freeze a later update; and
// render-mode="shadow" still gives the old shadow DOM.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-case.js';
import '../../src/klar-principles.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import '../../src/klar-principle-badge.js';
import '../../src/klar-case-list.js';
import '../../src/klar-feedback-form.js';
import type { KlarCaseList } from '../../src/klar-case-list.js';
import type { KlarCase } from '../../src/klar-case.js';
import type { KlarPrinciples } from '../../src/klar-principles.js';
import { encodeCss, scopeCss } from '../../src/core/scope-css.js';
import { shadowCss } from '../../src/core/light-css.js';
import { root } from '../helpers/root.js';
import { translate } from '../helpers/translate.js';
import { until } from '../helpers/until.js';
import { putDoc } from '../case/helpers.js';
import { KlarLightElement } from '../../src/core/light-element.js';

const uid = () => Math.random().toString(36).slice(2, 10);

/** A failing <klar-case> (404, no retries): its notice is the text under test. */
async function failingCase(attrs = ''): Promise<KlarCase> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
  const el = document.createElement('klar-case');
  if (attrs) el.setAttribute('render-mode', attrs);
  el.retry = { retries: 0 };
  el.contactPhone = '33 66 33 66';
  el.src = `/api/case/seq/light-${uid()}?codes=404`;
  wrap.append(el);
  await until(() => el.state === 'error', { message: 'the error state', timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const NOW = '2026-11-24T10:00:00+01:00';

/** A <klar-case> with a status and a timeline inside, loaded from a test fixture. */
async function caseWithElements(fixtureName: string, wrap?: HTMLElement): Promise<KlarCase> {
  const host = wrap ?? (await fixture<HTMLDivElement>(html`<div lang="da"></div>`));
  const el = document.createElement('klar-case');
  el.src = `/fixtures/klar/${fixtureName}.json`;
  const status = document.createElement('klar-case-status');
  const timeline = document.createElement('klar-expectation-timeline');
  for (const e of [status, timeline]) e.setAttribute('now', NOW);
  timeline.setAttribute('fold-after', '1');
  el.append(status, timeline);
  host.append(el);
  await until(() => el.state === 'ready' && !!timeline.querySelector('ol li') && !!status.querySelector('[part~="status-tag"]'), { message: `the ${fixtureName} case`, timeout: 10_000 });
  await Promise.all([el, status, timeline].map((e) => (e as KlarCase).updateComplete));
  return el;
}

/** The list's cases: the citizen's task, in progress, delayed, moved and decided (one of each group). */
const LIST_CASES = ['waiting-citizen', 'in-progress', 'delayed', 'moved', 'decided'];

/** A <klar-case-list> of LIST_CASES set as a property, with links; `attrs` as given. */
async function caseList(wrap?: HTMLElement, attrs: Record<string, string> = {}): Promise<KlarCaseList> {
  const host = wrap ?? (await fixture<HTMLDivElement>(html`<div lang="da"></div>`));
  const el = document.createElement('klar-case-list');
  el.setAttribute('now', NOW);
  el.setAttribute('case-href', '/sag/{id}');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.cases = await Promise.all(LIST_CASES.map(async (n) => (await fetch(`/fixtures/klar/${n}.json`)).json()));
  host.append(el);
  await el.updateComplete;
  return el;
}

async function principles(): Promise<KlarPrinciples> {
  const el = await fixture<KlarPrinciples>(html`<klar-principles lang="da" principles="klar-tale sammenhaeng"></klar-principles>`);
  await el.updateComplete;
  await Promise.all([...el.querySelectorAll('klar-principle-badge')].map((b) => (b as unknown as KlarPrinciples).updateComplete));
  return el;
}

/** Every text node a light-DOM TreeWalker (read-aloud and translation scripts) finds in `node`. */
function walkText(node: Node): string {
  const w = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let s = '';
  while (w.nextNode()) s += `${w.currentNode.nodeValue} `;
  return s.replace(/\s+/g, ' ');
}

/** Checks that every reader (TreeWalker, innerText, cloneNode, select-all) of the page finds the visible text of each of `parts`. */
function expectReadByAll(parts: HTMLElement[]): void {
  const squash = (t: string) => t.replace(/\s+/g, '');
  const readers = { treeWalker: walkText(document.body), innerText: document.body.innerText, cloneNode: (document.body.cloneNode(true) as HTMLElement).textContent ?? '', selectAll: selectedText(document.body) };
  for (const [reader, text] of Object.entries(readers)) {
    const missing = parts.map((p) => p.innerText.replace(/\s+/g, ' ').trim()).filter((t) => t && !squash(text).includes(squash(t)));
    expect(missing, reader).to.deep.equal([]);
  }
}

/** Select-all inside `el`, then what the selection says. */
function selectedText(el: Element): string {
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  const s = sel.toString().replace(/\s+/g, ' ');
  sel.removeAllRanges();
  return s;
}

describe('scopeCss (light-DOM stylesheets)', () => {
  it('puts :host on the element, everything else under its render container, and leaves keyframes alone', () => {
    const out = scopeCss(
      ":host{display:block}:host([variant='card']) .klar-list,:host(:not([variant])) .klar-list{gap:1px}:host(:not([x])) ::slotted([slot=contact]){display:none}@media (forced-colors:active){button{color:red}}@keyframes spin{from{opacity:0}50%{opacity:1}}.a:is(.b, .c) p{margin:0}",
      'klar-x',
    );
    expect(out).to.contain('klar-x{display:block}');
    expect(out).to.contain("klar-x[variant='card']>.klar-root .klar-list,klar-x:not([variant])>.klar-root .klar-list{gap:1px}");
    expect(out).to.contain('klar-x:not([x])>[slot=contact]{display:none}');
    expect(out).to.contain('@media (forced-colors:active){klar-x>.klar-root button{color:red}}');
    expect(out).to.contain('@keyframes spin{from{opacity:0}50%{opacity:1}}');
    expect(out).to.contain('klar-x>.klar-root .a:is(.b, .c) p{margin:0}');
    // The reset comes first, so every rule of the element wins over it.
    expect(out.indexOf('all:revert')).to.be.below(out.indexOf('klar-x{display:block}'));
  });

  it('the marked text the build writes (issue 15: no scoper in the browser) gives a shadow root every stylesheet back as written', () => {
    const src =
      ":host{display:block}:host([variant='card']) .klar-list,:host(:not([variant])) .klar-list{gap:1px}:host(:not([x])) ::slotted([slot=contact]){display:none}::slotted(:not(.klar-root, [slot=a])){margin:0}:host>.a,:host(:dir(rtl)) .b{order:1}@media (forced-colors:active){button{color:red}}@keyframes spin{from{opacity:0}50%{opacity:1}}.a:is(.b, .c) p{margin:0}";
    expect(shadowCss(encodeCss(src))).to.equal(src);
    expect(scopeCss(src, 'klar-x')).to.contain('klar-x>:not(.klar-root, [slot=a]){margin:0}klar-x>.klar-root>.a,klar-x:dir(rtl)>.klar-root .b{order:1}');
  });
});

describe('light DOM: the words are part of the page', () => {
  it("<klar-case>'s notice is found by a TreeWalker, innerText, cloneNode and select-all", async () => {
    const el = await failingCase();
    expect(el.shadowRoot).to.equal(null);
    const title = 'Vi kan ikke finde sagen';
    expect(walkText(document.body)).to.contain(title);
    expect(document.body.innerText).to.contain(title);
    expect((document.body.cloneNode(true) as HTMLElement).textContent).to.contain(title);
    expect(selectedText(el)).to.contain(title);
    // (Not the button's label: Firefox leaves form controls out of a selection's text.)
    expect(selectedText(el)).to.contain('Ring til os på 33 66 33 66');
    await expect(el).to.be.accessible();
  });

  for (const name of ['delayed', 'waiting-citizen', 'moved', 'decided', 'in-progress']) {
    it(`the status and the timeline of a ${name} case: every part's text is found by every reader`, async () => {
      const el = await caseWithElements(name);
      const parts = [...el.querySelectorAll<HTMLElement>('[part~="title"], [part~="status-tag"], [part~="lead"], [part~="next"], [part~="action"], [part~="contact"], [part~="date"], [part~="decision"], [part~="handoff"]')].filter((p) => p.checkVisibility());
      expect(parts.length).to.be.above(4);
      expectReadByAll(parts);
    });
  }

  it("<klar-case-list>'s rows: every group heading, title, status, task, next step and date is found by every reader", async () => {
    // Min side's list of cases was in a shadow root: read-aloud and page translation skipped it.
    const el = await caseList();
    expect(el.shadowRoot).to.equal(null);
    const parts = [...root(el).querySelectorAll<HTMLElement>('[part~="group-heading"], [part~="title"], [part~="status-tag"], [part~="action"], [part~="next"], [part~="lead"]')].filter((p) => p.checkVisibility());
    expect(parts.length, 'parts of five rows').to.be.above(15);
    expectReadByAll(parts);
    expect(document.body.innerText).to.contain('Sager, hvor du skal gøre noget');
    expect(document.body.innerText).to.contain('Send os en lægeerklæring fra din egen læge.');
    await expect(el).to.be.accessible();
  });

  it('<klar-principles> lists its promises in the page, badges included', async () => {
    const el = await principles();
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector(':scope > .klar-root > ul[role=list]')).to.not.equal(null);
    expect(el.querySelectorAll('klar-principle-badge')).to.have.length(2);
  });

  it('render-mode="shadow" keeps the shadow DOM (serializable) and renders nothing into the light DOM', async () => {
    const el = await failingCase('shadow');
    expect(el.shadowRoot).to.not.equal(null);
    expect(el.querySelector('.klar-root')).to.equal(null);
    expect(root(el).textContent).to.contain('Vi kan ikke finde sagen');
    expect(el.getHTML({ serializableShadowRoots: true })).to.contain('Vi kan ikke finde sagen');
  });

  it('render-mode="shadow" looks as the light DOM does: the same styles reach the same parts', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const [light, shadow] = ['light', 'shadow'].map((mode) => {
      const el = document.createElement('klar-principle-badge');
      el.setAttribute('principle', 'klar-tale');
      el.setAttribute('variant', 'icon-only');
      el.setAttribute('render-mode', mode);
      wrap.append(el);
      return el;
    });
    await Promise.all([light.updateComplete, shadow.updateComplete]);
    const look = (el: HTMLElement) => {
      const trigger = root(el).querySelector('[part~="trigger"]')!;
      const s = getComputedStyle(trigger);
      // :host([variant=icon-only]) .klar-trigger (round), the tokens on :host (font size), svg (stroke) and the chevron left out.
      return [getComputedStyle(el).display, s.borderTopLeftRadius, s.minInlineSize, s.fontSize, getComputedStyle(root(el).querySelector('svg')!).fill, root(el).querySelector('.klar-chevron')];
    };
    expect(shadow.shadowRoot).to.not.equal(null);
    expect(look(shadow)).to.deep.equal(look(light));
    expect(look(shadow).slice(0, 2)).to.deep.equal(['inline-block', '999px']);
  });

  it('<klar-case-list render-mode="shadow"> keeps its shadow root, where ::part(row-current) reaches', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div id="list-shadow" lang="da"></div>`);
    const el = await caseList(wrap, { 'render-mode': 'shadow', current: 'c-2026-0311' });
    expect(el.shadowRoot).to.not.equal(null);
    expect(el.querySelector('.klar-root')).to.equal(null);
    const sheet = document.createElement('style');
    sheet.textContent = '#list-shadow klar-case-list::part(row-current) { outline-color: rgb(1, 2, 3); }';
    document.head.append(sheet);
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="row-current"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      sheet.remove();
    }
  });

  it("the author's children stay where the author put them, the same nodes", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const el = document.createElement('klar-case');
    const contact = Object.assign(document.createElement('p'), { slot: 'contact', textContent: 'Ring til Borgerservice på 70 20 30 40.' });
    const child = document.createElement('section');
    el.append(contact, child);
    el.retry = { retries: 0 };
    el.src = `/api/case/seq/light-${uid()}?codes=404`;
    wrap.append(el);
    await until(() => el.state === 'error', { message: 'the error state', timeout: 10_000 });
    await el.updateComplete;
    expect([...el.children].slice(1)).to.deep.equal([contact, child]);
    expect(el.children[0].className).to.equal('klar-root');
    // The contact child shows only while the error notice needs it, and reads right after it.
    expect(contact.checkVisibility()).to.equal(true);
    expect(selectedText(el)).to.match(/Vi kan ikke finde sagen.*Ring til Borgerservice/);
  });
});

describe('light DOM: styles', () => {
  // A CMS rich-text stylesheet: bare element rules, rules under the content area, and the
  // class names a CMS uses for its own boxes.
  const HOSTILE = `
    p { margin: 3em 0; color: #c00; font-size: 22px; text-indent: 2em; letter-spacing: 3px; }
    a { color: #0a0; text-decoration: none; border-bottom: 4px dotted; font-weight: 900; }
    ul { list-style: square; padding-left: 5em; margin: 2em; }
    dl { margin: 4em; } dt { float: left; } dd { margin-left: 9em; }
    button { background: #fc0; border-radius: 20px; text-transform: uppercase; padding: 2em; font-size: 30px; }
    section { border: 5px solid #00f; padding: 3em; }
    h2, h3 { font-family: Georgia, serif; text-transform: uppercase; margin: 3em 0; color: purple; }
    .rich-text p { line-height: 3; word-spacing: 1em; }
    .rich-text li { margin: 2em; }
    .rich-text a { color: #f0f; background: #0ff; text-decoration: none; }
    .notice, .summary, .tag, .base, .hint, .btn, .icon, .text, .list, .item, .contact, .login,
    .lead, .row, .rows, .current, .title, .group, .action, .next, .decision, .empty, .primary, .warn {
      background: #ff0 !important; border: 6px solid #f0f; padding: 3em; display: inline; float: right;
    }
  `;
  const PROPS = [
    'display',
    'position',
    'float',
    'margin-top',
    'margin-left',
    'padding-top',
    'padding-left',
    'border-top-width',
    'border-bottom-width',
    'color',
    'background-color',
    'font-size',
    'font-family',
    'font-weight',
    'line-height',
    'text-indent',
    'letter-spacing',
    'word-spacing',
    'text-transform',
    'text-decoration-line',
    'list-style-type',
    'border-radius',
  ];

  /** The computed styles of every node an element rendered (its render container's descendants). */
  function snapshot(els: Element[]): string[] {
    const out: string[] = [];
    for (const el of els) {
      const nodes = [...el.querySelectorAll(':scope > .klar-root *')];
      for (const n of nodes) {
        const cs = getComputedStyle(n);
        out.push(`${el.localName} ${n.localName}.${n.getAttribute('class') ?? ''} ${PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`);
      }
    }
    return out;
  }

  /** Checks that HOSTILE, added to the page, changes no computed style of what `els` rendered. */
  function expectUnchanged(els: Element[]): void {
    const clean = snapshot(els);
    const sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    try {
      const hostile = snapshot(els);
      for (let i = 0; i < clean.length; i++) expect(hostile[i], `node ${i}`).to.equal(clean[i]);
    } finally {
      sheet.remove();
    }
  }

  it("a CMS's rich-text stylesheet does not change how the elements look", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div class="rich-text" lang="da"></div>`);
    const el = document.createElement('klar-case');
    el.retry = { retries: 0 };
    el.contactPhone = '33 66 33 66';
    el.src = `/api/case/seq/light-${uid()}?codes=404`;
    const list = document.createElement('klar-principles');
    list.setAttribute('principles', 'klar-tale sammenhaeng');
    wrap.append(el, list);
    await until(() => el.state === 'error', { message: 'the error state', timeout: 10_000 });
    await Promise.all([el, list, ...list.querySelectorAll('klar-principle-badge')].map((e) => (e as KlarCase).updateComplete));
    const withCase = await caseWithElements('delayed', wrap);
    const decided = await caseWithElements('decided', wrap);
    const els = [el, list, withCase, ...withCase.children, ...decided.children].filter((e) => e.localName.startsWith('klar-'));
    expect(snapshot(els).length).to.be.above(10);
    expectUnchanged(els);
  });

  it("a CMS's rich-text stylesheet does not change how <klar-case-list> looks: rows, links, tags, the current row and its notice", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div class="rich-text" lang="da"></div>`);
    const list = await caseList(wrap, { current: 'c-2026-0311' });
    const failing = document.createElement('klar-case-list');
    failing.retry = { retries: 0 };
    failing.contactPhone = '33 66 33 66';
    failing.src = `/api/case/seq/light-${uid()}?codes=500`;
    const empty = document.createElement('klar-case-list');
    empty.cases = [];
    wrap.append(failing, empty);
    await until(() => failing.querySelector('[part~="retry"]'), { message: 'the error notice', timeout: 10_000 });
    await Promise.all([list, failing, empty].map((e) => e.updateComplete));
    expect(list.querySelector('[part~="row-current"] a[aria-current="page"]'), 'the current row').to.not.equal(null);
    const els = [list, failing, empty];
    expect(snapshot(els).length).to.be.above(60);
    expectUnchanged(els);
    // And ours do not reach the page: a .tag, .row or .notice of the page's own stays unstyled.
    const own = Object.assign(document.createElement('p'), { className: 'tag row notice current', textContent: 'Sidens egen' });
    wrap.append(own);
    expect(getComputedStyle(own).borderInlineStartWidth).to.equal('0px');
    expect(getComputedStyle(own).display).to.equal('block');
  });

  it('a theme restyles a part with a [part~=…] selector under a page id, and custom properties still reach inside', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div id="theme-test" lang="da"></div>`);
    const el = await caseWithElements('delayed', wrap);
    const status = el.querySelector('klar-case-status')!;
    const title = status.querySelector<HTMLElement>('[part~="title"]')!;
    const sheet = document.createElement('style');
    sheet.textContent = '#theme-test klar-case-status [part~="title"] { color: rgb(1, 2, 3); } #theme-test { --klar-color-text: rgb(4, 5, 6); }';
    document.head.append(sheet);
    try {
      expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(status.querySelector('[part~="next"]')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      sheet.remove();
    }
  });

  it("on a dark page, the README's dark theme makes every word of the case, its timeline and the list legible (4.5:1 or more)", async () => {
    // Without it, the timeline's and the list's words (#1b1b1b) on a #121212 page were 1.08:1
    // (integrator audit): the README says to set the theme with the page, and gives this one.
    const readme = await (await fetch('/README.md')).text();
    const theme = /:root \{ (--klar-color-text: #eeeeee;[^}]*)\}/.exec(readme.replace(/\s+/g, ' '))?.[1];
    expect(theme, "the README's dark theme").to.be.a('string');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da" style="background:#121212;color:#eee;padding:1rem"></div>`);
    wrap.style.cssText += theme!;
    const el = await caseWithElements('delayed', wrap);
    const list = await caseList(wrap);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    /** The background a node's text is drawn on: its nearest ancestor's that is not transparent. */
    const backdrop = (n: Element): string => {
      for (let e: Element | null = n; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if ((rgb(bg)[3] ?? 1) > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const poor: string[] = [];
    let words = 0;
    for (const host of [el, list]) {
      const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const p = t.parentElement!;
        if (!t.textContent!.trim() || !p.checkVisibility() || p.closest('.klar-visually-hidden')) continue;
        words++;
        const [a, b] = [lum(getComputedStyle(p).color), lum(backdrop(p))].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        if (ratio < 4.5) poor.push(`${ratio.toFixed(2)}: ${t.textContent!.trim().slice(0, 40)}`);
      }
    }
    expect(words, 'texts checked').to.be.above(40);
    expect(poor, 'words below 4.5:1').to.deep.equal([]);
  });

  it("our class names never style the page's own .notice, .list or .icon", async () => {
    const el = await failingCase();
    const page = document.createElement('div');
    const inside = document.createElement('div');
    for (const d of [page, inside]) {
      d.className = 'notice list icon klar-quiet';
      d.textContent = 'Sidens egen boks';
    }
    el.append(inside);
    el.parentElement!.append(page);
    for (const d of [page, inside]) {
      const cs = getComputedStyle(d);
      expect(cs.borderInlineStartWidth, 'border').to.equal('0px');
      expect(cs.backgroundColor, 'background').to.equal('rgba(0, 0, 0, 0)');
      expect(cs.display).to.equal('block');
    }
    // Our own notice is styled (the sheet is there).
    const notice = el.querySelector('[part~="notice"]')!;
    expect(getComputedStyle(notice).display).to.equal('flex');
  });

  it('styles an element inside another component\'s shadow root (the sheet is adopted there, once)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const a = document.createElement('klar-principles');
    const b = document.createElement('klar-principles');
    a.setAttribute('principles', 'klar-tale');
    b.setAttribute('principles', 'udvikling');
    shadow.append(a, b);
    await (a as KlarPrinciples).updateComplete;
    await (b as unknown as KlarPrinciples).updateComplete;
    expect(getComputedStyle(a.querySelector('.klar-list')!).display).to.equal('grid');
    const ours = shadow.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.startsWith('klar-principles')));
    expect(ours).to.have.length(1);
    // Moved, after its first render, into another shadow root: styled there too.
    const other = document.createElement('div');
    host.after(other);
    other.attachShadow({ mode: 'open' }).append(a);
    await (a as KlarPrinciples).updateComplete;
    expect(getComputedStyle(a.querySelector('.klar-list')!).display).to.equal('grid');
    other.remove();
  });
});

describe('light DOM: ids', () => {
  it('two timelines, two statuses, two badges and a page h2#heading: no duplicate id, every reference resolves within its instance', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><h2 id="heading">Sidens egen overskrift</h2><h2 id="steps">Trin</h2></div>`);
    await caseWithElements('delayed', wrap);
    await caseWithElements('in-progress', wrap);
    for (const slug of ['klar-tale', 'sammenhaeng']) {
      const b = document.createElement('klar-principle-badge');
      b.setAttribute('principle', slug);
      wrap.append(b);
      await (b as unknown as KlarCase).updateComplete;
    }
    // Every id in the document, and in each shadow root, once.
    const scopes: (Document | ShadowRoot)[] = [document, ...[...wrap.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    for (const scope of scopes) {
      const ids = [...scope.querySelectorAll('[id]')].map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').to.deep.equal([]);
    }
    expect(wrap.querySelectorAll('#heading')).to.have.length(1);
    const timelines = [...wrap.querySelectorAll('klar-expectation-timeline')];
    expect(timelines.some((t) => !!t.querySelector('[part~="fold-button"][aria-controls]')), 'a timeline with a fold button').to.equal(true);
    // Each reference points into the same instance (light DOM) or the same shadow root.
    let refs = 0;
    for (const el of wrap.querySelectorAll('klar-case-status, klar-expectation-timeline, klar-principle-badge')) {
      const r = el.shadowRoot ?? el;
      for (const n of r.querySelectorAll('[aria-controls], [aria-labelledby], [aria-describedby], label[for]')) {
        for (const attr of ['aria-controls', 'aria-labelledby', 'aria-describedby', 'for']) {
          for (const id of (n.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
            refs++;
            const target = el.shadowRoot ? el.shadowRoot.getElementById(id) : document.getElementById(id);
            expect(target, `${el.localName} ${attr}="${id}"`).to.not.equal(null);
            expect(el.shadowRoot ? true : el.contains(target), `${attr}="${id}" inside its own ${el.localName}`).to.equal(true);
          }
        }
      }
    }
    // The timeline's fold button; a badge's disclosure is native (<details>) and needs no id.
    expect(refs).to.be.at.least(1);
  });
});

describe('light DOM: ids (the case list)', () => {
  it("two lists and the page's own h2#heading: no duplicate id, each group's aria-labelledby names its own heading", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><h2 id="heading">Mine sager</h2></div>`);
    const lists = [await caseList(wrap), await caseList(wrap, { 'heading-level': '3' })];
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').to.deep.equal([]);
    let refs = 0;
    for (const el of lists) {
      for (const section of el.querySelectorAll('[part~="group"]')) {
        const id = section.getAttribute('aria-labelledby')!;
        const target = document.getElementById(id);
        refs++;
        expect(target, `aria-labelledby="${id}"`).to.not.equal(null);
        expect(section.contains(target) && target!.matches('[part~="group-heading"]'), `${id}: the group's own heading`).to.equal(true);
      }
    }
    expect(refs).to.equal(6);
  });
});

describe('light DOM: the mutation guard', () => {
  it("after page translation rewrote the list's words, the next refresh shows the new status, not the translated old one", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const id = `light-list-${uid()}`;
    const docs = await Promise.all(['in-progress', 'received'].map(async (n) => (await fetch(`/fixtures/klar/${n}.json`)).json()));
    const put = (cases: unknown[]) => putDoc(id, { cases });
    await put(docs);
    const el = document.createElement('klar-case-list');
    el.setAttribute('now', NOW);
    el.src = `/api/case/doc/${id}`;
    wrap.append(el);
    await until(() => el.querySelectorAll('[part~="row"]').length === 2, { message: 'two rows', timeout: 10_000 });
    const before = el.querySelector(':scope > .klar-root');
    expect(translate(el)).to.be.above(10);
    expect(el.innerText).to.contain('[EN] Under behandling');
    await put([{ ...docs[0], status: { ...docs[0].status, code: 'decided', label: 'Afgjort' } }, docs[1]]);
    el.reload();
    await until(() => el.querySelector(`[part~="row"]`)?.textContent?.includes('Afgjort'), { message: 'the new status', timeout: 10_000 });
    expect(el.querySelector(':scope > .klar-root')).to.not.equal(before);
    expect(el.querySelectorAll(':scope > .klar-root')).to.have.length(1);
    expect(el.innerText).to.not.contain('[EN]');
    expect(el.querySelectorAll('[part~="row"]')).to.have.length(2);
    // The announcement still reaches its live region (the fresh container's).
    await until(() => el.querySelector('[part~="announcer"]')?.textContent, { ok: (t) => !!t?.includes('Afgjort'), message: 'the announcement' });
  });


  it('after page translation rewrote the text, the next update still reaches the screen', async () => {
    const el = await failingCase();
    const before = el.querySelector(':scope > .klar-root');
    translate(el);
    expect(el.innerText).to.contain('[EN] Vi kan ikke finde sagen');
    el.parentElement!.lang = 'en';
    await until(() => el.innerText.includes('We cannot find the case'), { message: 'the English notice' });
    expect(el.querySelector(':scope > .klar-root')).to.not.equal(before);
    expect(el.querySelectorAll(':scope > .klar-root')).to.have.length(1);
    expect(el.innerText).to.not.contain('[EN]');
    expect(el.querySelectorAll('[part~="retry"]')).to.have.length(1);
  });

  it('a normal update keeps the same nodes (no extra render)', async () => {
    const el = await principles();
    const container = el.querySelector(':scope > .klar-root');
    const list = el.querySelector('ul');
    el.label = 'Vores løfter';
    await el.updateComplete;
    expect(el.querySelector(':scope > .klar-root')).to.equal(container);
    expect(el.querySelector('ul')).to.equal(list);
    expect(list!.getAttribute('aria-label')).to.equal('Vores løfter');
  });

  it('a framework that empties the element gets a fresh render on the next update', async () => {
    const el = await principles();
    el.replaceChildren();
    el.setAttribute('principles', 'udvikling');
    await el.updateComplete;
    expect(el.querySelectorAll(':scope > .klar-root')).to.have.length(1);
    expect(el.querySelectorAll('klar-principle-badge')).to.have.length(1);
  });
});

describe('light DOM: taking over a server render (klar-elements/ssr)', () => {
  /** A status as the server writes it into a page: the server's container with its text. */
  function serverStatus(): HTMLElement {
    const el = document.createElement('klar-case-status');
    el.setAttribute('now', NOW);
    const server = document.createElement('div');
    server.className = 'klar-root';
    server.setAttribute('data-klar-ssr', '');
    server.append(Object.assign(document.createElement('p'), { textContent: 'Under behandling (fra serveren)' }));
    el.append(server);
    return el;
  }

  it("keeps the server's render on screen while <klar-case> loads, then replaces it with its own in one update", async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const provider = document.createElement('klar-case');
    // Slow enough to look at the loading state (the test server delays the answer).
    provider.src = `/api/case/slow/ssr-${uid()}?delays=1500&fixture=klar/in-progress`;
    const status = serverStatus();
    provider.append(status);
    host.append(provider);
    await until(() => provider.state === 'loading', { message: 'loading' });
    await (status as unknown as KlarCase).updateComplete;
    expect(status.innerText).to.include('fra serveren');
    expect(status.querySelector('.klar-loading'), 'no loading text over the case').to.equal(null);
    await until(() => !status.querySelector('[data-klar-ssr]'), { message: 'taken over', timeout: 10_000 });
    expect(status.querySelectorAll(':scope > .klar-root')).to.have.length(1);
    expect(status.querySelector('[part~="status-tag"]'), 'its own render').to.not.equal(null);
    expect(status.innerText).to.not.include('fra serveren');
  });

  it("says the server's render as last updated when the first load fails, and drops it when the case is not found or the citizen is logged out", async () => {
    // The demo with its API failing said "Vi kan ikke vise din sag lige nu" (or "Du er blevet
    // logget ud") above the whole server-rendered case, which stayed on screen.
    const text = (n: Element) => (n as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    for (const [code, gone] of [
      [503, false],
      [404, true],
      [401, true],
    ] as const) {
      const host = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
      const provider = document.createElement('klar-case') as KlarCase & { retry: unknown };
      provider.retry = { retries: 0 };
      provider.setAttribute('contact-phone', '33 66 33 66');
      provider.src = `/api/case/seq/ssr-${uid()}?codes=${code}`;
      const status = serverStatus();
      provider.append(status);
      host.append(provider);
      await until(() => provider.state === 'error', { message: `the ${code}` });
      await provider.updateComplete;
      await (status as unknown as KlarCase).updateComplete;
      const notice = provider.querySelector('[part=notice]')!;
      if (gone) {
        expect(status.querySelector('[data-klar-ssr]'), `${code}: the server's case is dropped`).to.equal(null);
        expect(text(status)).to.not.include('fra serveren');
        expect(text(notice)).to.not.match(/Sidst opdateret/);
      } else {
        expect(text(status), `${code}: the server's case stays`).to.include('fra serveren');
        expect(text(notice)).to.match(/^Sidst opdateret kl\. \d\d[:.]\d\d — vi kan ikke hente nye oplysninger lige nu\. Prøv igen$/);
      }
      if (code === 404) expect(text(notice)).to.include('Ring til os på 33 66 33 66');
      host.remove();
    }
  });

  it('with its case as a property, renders its own at once, and the changes made while it waited all reach the screen', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="da"></div>`);
    const status = serverStatus() as HTMLElement & { case?: unknown; variant: string; updateComplete: Promise<boolean> };
    host.append(status);
    await status.updateComplete;
    expect(status.querySelector('[data-klar-ssr]'), 'held: nothing better to show').to.not.equal(null);
    status.variant = 'compact';
    await status.updateComplete;
    status.case = await (await fetch('/fixtures/klar/in-progress.json')).json();
    await status.updateComplete;
    expect(status.querySelector('[data-klar-ssr]')).to.equal(null);
    expect(status.querySelectorAll(':scope > .klar-root')).to.have.length(1);
    expect(status.querySelector('[part~="base"]')!.classList.contains('klar-compact'), 'the change made while held').to.equal(true);
  });
});

/** A status or timeline with the in-progress case as its property, `now` pinned; `fold` folds all but the first step. */
async function inProgress(tag: string, fold?: string): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { case: unknown };
  el.setAttribute('now', NOW);
  if (fold) el.setAttribute(fold, '1');
  el.case = await (await fetch('/fixtures/klar/in-progress.json')).json();
  return el;
}

/** The element and its control to focus: each kind, with a control a keyboard user can be on. */
const kinds: Record<string, () => Promise<[HTMLElement, string]>> = {
  'klar-case-status': async () => [await inProgress('klar-case-status'), '[part~="calendar-link"]'],
  'klar-expectation-timeline': async () => [await inProgress('klar-expectation-timeline', 'fold-after'), '[part~="fold-button"]'],
  async 'klar-case-list'() {
    const el = document.createElement('klar-case-list');
    el.setAttribute('now', NOW);
    el.setAttribute('case-href', '/sag/{id}');
    el.cases = await Promise.all(LIST_CASES.map(async (n) => (await fetch(`/fixtures/klar/${n}.json`)).json()));
    return [el, '[part~="title"] a'];
  },
  async 'klar-case'() {
    const el = document.createElement('klar-case');
    el.retry = { retries: 0 };
    el.src = `/api/case/seq/move-${uid()}?codes=500`;
    return [el, '[part~="retry"]'];
  },
  async 'klar-principle-badge'() {
    const el = document.createElement('klar-principle-badge');
    el.setAttribute('principle', 'klar-tale');
    return [el, '[part~="trigger"]'];
  },
  // The form's own test (test/feedback-form) checks the caret in a comment too.
  async 'klar-feedback-form'() {
    const el = document.createElement('klar-feedback-form');
    el.setAttribute('action', '/api/feedback/move');
    el.setAttribute('no-draft', '');
    return [el, 'button[name="helped"][value="no"]'];
  },
};

describe('light DOM: focus stays when the page moves an element', () => {
  for (const [tag, make] of Object.entries(kinds)) {
    it(`<${tag}>: on a control inside it, focus is on the same control after insertBefore, append (at once or after a pause) and moveBefore`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><div id="a"></div><div id="b"></div></div>`);
      const [el, selector] = await make();
      wrap.querySelector('#a')!.append(el);
      const control = await until(() => el.querySelector<HTMLElement>(selector), { message: `${tag}'s ${selector}`, timeout: 10_000 });
      control!.focus();
      /** Where focus is, in words: the control, or the tag that has it. */
      const at = () => (document.activeElement === control ? 'the control' : document.activeElement?.localName);
      expect(at(), 'focused').to.equal('the control');
      const [a, b] = [wrap.querySelector('#a')!, wrap.querySelector('#b')!];
      b.insertBefore(el, null); // removed and inserted in one task, as a CMS re-parents a block
      expect(at(), 'after insertBefore').to.equal('the control');
      a.append(el);
      expect(at(), 'after append').to.equal('the control');
      el.remove();
      await new Promise((r) => setTimeout(r, 100)); // out of the page for a while
      b.append(el);
      expect(at(), 'back after a pause').to.equal('the control');
      // moveBefore keeps focus itself (Chromium 133+): the element must not take it anywhere else.
      const move = (a as Element & { moveBefore?: (n: Node, c: Node | null) => void }).moveBefore;
      if (move) {
        move.call(a, el, null);
        expect(at(), 'after moveBefore').to.equal('the control');
      }
      // Focus the citizen took elsewhere stays there.
      const outside = wrap.appendChild(document.createElement('button'));
      outside.focus();
      el.remove();
      b.append(el);
      expect(document.activeElement, 'focus outside stays outside').to.equal(outside);
      await (el as unknown as KlarCase).updateComplete;
    });
  }
});

describe('light DOM: a move keeps focus where the citizen left it', () => {
  // <klar-case> takes a moveBefore() in connectedMoveCallback, as a connect: a return of focus kept
  // from an earlier move (insertBefore) sent focus back into it from <body>, long after the citizen left it.
  // Only where the engine has moveBefore (a skipped test tests nothing, and CI fails it).
  const moveBefore = (Element.prototype as Element & { moveBefore?: (n: Node, c: Node | null) => void }).moveBefore;
  if (moveBefore) {
    it('<klar-case>: moved by moveBefore after the citizen left it, it takes focus nowhere', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><div id="a"></div><div id="b"></div></div>`);
      const [el, selector] = await kinds['klar-case']();
      const [a, b] = [wrap.querySelector('#a')!, wrap.querySelector('#b')!];
      a.append(el);
      const control = (await until(() => el.querySelector<HTMLElement>(selector), { message: 'the retry button', timeout: 10_000 }))!;
      control.focus();
      b.insertBefore(el, null);
      expect(document.activeElement, 'focus given back after insertBefore').to.equal(control);
      control.blur();
      await new Promise((r) => setTimeout(r)); // the focusout's microtask
      expect(document.activeElement, 'the citizen left it').to.equal(document.body);
      moveBefore!.call(a, el, null);
      expect(document.activeElement, 'after moveBefore').to.equal(document.body);
    });
  }
});

describe('light DOM: a move under another language draws the element in it', () => {
  // A CMS moved a block under <div lang="en">: the element kept its Danish until something else drew
  // it again (the page's language watcher sees attributes change, not elements move).
  for (const [tag, make] of Object.entries(kinds)) {
    it(`<${tag}>: moved under lang="en" by insertBefore and by moveBefore, it reads as one put there at first; back under Danish, Danish`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><div id="da" lang="da"></div><div id="en" lang="en"></div></div>`);
      const [da, en] = [wrap.querySelector('#da')!, wrap.querySelector('#en')!];
      /** The element's words once its control is drawn, whitespace collapsed. */
      const words = async (el: HTMLElement, selector: string) => {
        await until(() => el.querySelector(selector), { message: `${tag}'s ${selector}`, timeout: 10_000 });
        await (el as unknown as KlarCase).updateComplete;
        return el.textContent!.replace(/\s+/g, ' ').trim();
      };
      const [el, selector] = await make();
      da.append(el);
      const danish = await words(el, selector);
      const [twin] = await make();
      en.append(twin);
      const english = await words(twin, selector);
      expect(english, 'the English twin').to.not.equal(danish);
      twin.remove();
      en.insertBefore(el, null);
      await until(async () => (await words(el, selector)) === english, { message: `${tag} in English after insertBefore`, timeout: 10_000 });
      da.append(el);
      await until(async () => (await words(el, selector)) === danish, { message: `${tag} in Danish again`, timeout: 10_000 });
      // Only where the engine has it (a skipped test tests nothing); <klar-case> takes it in connectedMoveCallback.
      const move = (en as Element & { moveBefore?: (n: Node, c: Node | null) => void }).moveBefore;
      if (move) {
        move.call(en, el, null);
        await until(async () => (await words(el, selector)) === english, { message: `${tag} in English after moveBefore`, timeout: 10_000 });
      }
    });
  }
});

describe('the light-DOM base: :state(loading) while a draw is on its way', () => {
  /** The smallest light-DOM element: it draws one line, and holds a draw of the page's choosing. */
  class HeldDraw extends KlarLightElement {
    override render() {
      return html`<p>drawn</p>`;
    }
    hold(drawn: Promise<unknown>) {
      return this.loadingWhile(drawn);
    }
  }
  if (!customElements.get('klar-test-held-draw')) customElements.define('klar-test-held-draw', HeldDraw);

  it('ends when the element draws, though a wait that was on its way has not ended', async () => {
    // Every engine the suite runs in has custom states.
    expect(CSS.supports('selector(:state(loading))')).to.equal(true);
    // In WebKit under load, the feedback form stayed in :state(loading) (9rem tall, its placeholder
    // size) for 15 s and more after it had drawn: a wait that had put a draw off ended that late.
    const el = await fixture<HeldDraw>(html`<klar-test-held-draw lang="da"></klar-test-held-draw>`);
    el.hold(new Promise(() => {}));
    expect(el.matches(':state(loading)'), 'held while the draw is on its way').to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.textContent).to.contain('drawn');
    expect(el.matches(':state(loading)'), 'drawn: nothing is on its way').to.equal(false);
    // A wait that ends after the draw leaves the state as the draw left it.
    let end!: () => void;
    el.hold(new Promise<void>((r) => (end = r)));
    el.requestUpdate();
    await el.updateComplete;
    end();
    await new Promise((r) => setTimeout(r));
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('ends though the engine collected garbage while it waited (WebKit handed out a new, empty state set and the old state stayed on)', async () => {
    const el = await fixture<HeldDraw>(html`<klar-test-held-draw lang="da"></klar-test-held-draw>`);
    let end!: () => void;
    void el.hold(new Promise<void>((r) => (end = r)));
    expect(el.matches(':state(loading)'), 'held while the draw is on its way').to.equal(true);
    // Enough garbage, over enough tasks, that every engine here collects it (WebKit's collector
    // took the state set's script object every time in this loop before the fix).
    let junk: unknown[] = [];
    for (let round = 0; round < 20; round++) {
      junk = Array.from({ length: 200_000 }, (_, k) => ({ k, s: `x${k}` }));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(junk.length).to.equal(200_000);
    end();
    await until(() => !el.matches(':state(loading)'), { message: 'out of :state(loading) once the wait ended' });
  });
});
