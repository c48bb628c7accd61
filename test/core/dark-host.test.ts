// Elements on a dark page (a CMS theme that follows prefers-color-scheme, or declares
// `color-scheme: light dark`): the elements' own text colours are for their own light surface,
// so every element paints one. The timeline and the case list painted none: their near-black
// text sat on the page's #121212, at a contrast of about 1.1:1 (reach review, stop 58).
import { expect } from '@open-wc/testing';
import '../../src/klar-case-list.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import '../../src/klar-principles.js';
import '../../src/klar-feedback-form.js';
import { fixtureJson } from '../case/helpers.js';
import { until } from '../helpers/until.js';

const NOW = new Date('2026-11-24T10:00:00Z');
type Rgb = [number, number, number];

const parse = (c: string): [Rgb, number] => {
  const [r, g, b, a = 1] = (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
  return [[r, g, b], a];
};
const luminance = ([r, g, b]: Rgb): number => {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: Rgb, b: Rgb): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** The colour behind `el`: the first ancestor's background that is not (nearly) transparent. */
function behind(el: Element): Rgb {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const [rgb, a] = parse(getComputedStyle(e).backgroundColor);
    if (a > 0.5) return rgb;
  }
  return [255, 255, 255];
}

/** Every visible piece of text in `root` whose colour has too little contrast with what is behind it. */
function unreadable(root: Element): string[] {
  const out: string[] = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement!;
    if (!n.textContent!.trim() || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const style = getComputedStyle(el);
    const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(parse(style.color)[0], behind(el));
    if (ratio < (large ? 3 : 4.5)) out.push(`${el.localName}.${el.className}: "${n.textContent!.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1`);
  }
  return out;
}

describe('every element on a dark page', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement('div');
    page.lang = 'da';
    page.style.cssText = 'color-scheme: dark; background: #121212; color: #eeeeee; padding: 1rem';
    document.body.append(page);
  });
  afterEach(() => page.remove());

  it('keeps its text readable: the status, the timeline, the list, the principles and the form', async () => {
    const [inProgress, delayed, waiting] = await Promise.all(['in-progress', 'delayed', 'waiting-citizen'].map((n) => fixtureJson(`klar/${n}`)));
    const status = Object.assign(document.createElement('klar-case-status'), { case: delayed, now: NOW });
    const timeline = Object.assign(document.createElement('klar-expectation-timeline'), { case: inProgress, now: NOW });
    const list = Object.assign(document.createElement('klar-case-list'), { cases: [inProgress, delayed, waiting], now: NOW });
    const principles = document.createElement('klar-principles');
    const form = document.createElement('klar-feedback-form');
    form.setAttribute('action', '/api/feedback');
    page.append(status, timeline, list, principles, form);
    for (const el of [status, timeline, list, principles, form]) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => !!timeline.querySelector('[data-step-id]') && !!list.querySelector('[part~=title]') && !!principles.textContent?.trim(), { message: 'drawn' });
    for (const el of [status, timeline, list, principles, form]) expect(unreadable(el), el.localName).to.deep.equal([]);
  });
});
