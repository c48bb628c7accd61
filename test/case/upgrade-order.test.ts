// A <klar-case> and the elements inside it find each other whatever order they upgrade in: the
// CDN loader imports each element's chunk when its tag appears, an npm page imports the elements
// in its own order, and a CMS adds markup after the scripts ran. A timeline that upgraded before
// anything had attached the context root asked for its case once, got no answer, and showed
// "Der er ingen trin at vise endnu" for good.
//
// This file imports the element classes without registering them, and registers a fresh subclass
// under its own tag per test, so each test chooses the order. The first test must stay first: it
// is the only one that runs before any klar element has been constructed on the page.
import { root } from '../helpers/root.js';
import { expect } from '@open-wc/testing';
import { KlarCase } from '../../src/case/case.js';
import { KlarCaseStatus } from '../../src/case-status/case-status.js';
import { KlarExpectationTimeline } from '../../src/expectation-timeline/expectation-timeline.js';
import { putDoc, uid } from './helpers.js';
import { until } from '../helpers/until.js';

const NOW = '2026-11-24T10:00:00Z';
const doc = {
  id: 'u-1',
  title: 'Byggetilladelse til carport',
  status: { code: 'in-progress', label: 'Under behandling', since: '2026-11-01' },
  steps: [
    { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-09-01' },
    { id: 'assess', title: 'Vi vurderer ansøgningen', state: 'current', expected: '2026-12-20' },
  ],
};

let n = 0;
type Kind = 'case' | 'status' | 'timeline';
const classes: Record<Kind, CustomElementConstructor> = { case: KlarCase, status: KlarCaseStatus, timeline: KlarExpectationTimeline };

/** Fresh tag names for one test (a class and a tag can each be registered once per page). */
function tags(): Record<Kind, string> {
  n++;
  return { case: `race-case-${n}`, status: `race-status-${n}`, timeline: `race-timeline-${n}` };
}

function define(t: Record<Kind, string>, kind: Kind): void {
  customElements.define(t[kind], class extends (classes[kind] as typeof HTMLElement) {});
}

/** The markup of one case page under the given tags. */
async function markup(t: Record<Kind, string>): Promise<HTMLElement> {
  const id = uid('order');
  await putDoc(id, doc);
  const wrap = document.createElement('div');
  wrap.lang = 'da';
  wrap.innerHTML = `<${t.case} src="/api/case/doc/${id}"><${t.status} now="${NOW}"></${t.status}><${t.timeline} now="${NOW}"></${t.timeline}></${t.case}>`;
  return wrap;
}

/** Waits until the status and the timeline of `wrap` both show the fetched case. */
async function bothShowTheCase(wrap: HTMLElement, t: Record<Kind, string>): Promise<void> {
  const status = wrap.querySelector(t.status)!;
  const timeline = wrap.querySelector(t.timeline)!;
  await until(() => root(timeline).textContent!.includes('Vi vurderer ansøgningen') && root(status).textContent!.includes('Under behandling'), {
    message: `status and timeline show the case (timeline says "${root(timeline).textContent!.replace(/\s+/g, ' ').trim().slice(0, 80)}")`,
    timeout: 15_000,
  });
  expect(root(timeline).textContent).not.to.include('ingen trin');
}

describe('<klar-case> and its elements upgrade in any order', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('body > div[lang="da"]')) el.remove();
  });

  // First on purpose: no klar element has been constructed on this page yet.
  it('a timeline registered before anything else, markup already on the page', async () => {
    const t = tags();
    const wrap = await markup(t);
    document.body.append(wrap);
    define(t, 'timeline');
    define(t, 'status');
    define(t, 'case');
    await bothShowTheCase(wrap, t);
  });

  for (const order of [
    ['timeline', 'status', 'case'],
    ['status', 'timeline', 'case'],
    ['case', 'status', 'timeline'],
    ['case', 'timeline', 'status'],
  ] as Kind[][]) {
    it(`markup on the page, then registered ${order.join(', ')}`, async () => {
      const t = tags();
      const wrap = await markup(t);
      document.body.append(wrap);
      for (const k of order) define(t, k);
      await bothShowTheCase(wrap, t);
    });

    it(`registered ${order.join(', ')} with the provider only on the page, the rest added later`, async () => {
      const t = tags();
      const wrap = await markup(t);
      const kids = [...wrap.firstElementChild!.children];
      for (const k of kids) k.remove();
      document.body.append(wrap);
      for (const k of order) define(t, k);
      await new Promise((r) => requestAnimationFrame(r));
      wrap.firstElementChild!.append(...kids);
      await bothShowTheCase(wrap, t);
    });
  }

  it('elements added after everything is registered', async () => {
    const t = tags();
    for (const k of ['timeline', 'status', 'case'] as Kind[]) define(t, k);
    const wrap = await markup(t);
    document.body.append(wrap);
    await bothShowTheCase(wrap, t);
  });
});
