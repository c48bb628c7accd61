// A decided case given as a property before the element upgraded (a page's script ran before the
// library's chunk came, as the one-way-in end-to-end test's property route does under load) is
// drawn with its decision (core/case-view.ts casePart). Its own file: no part fetched before.
import { expect } from '@open-wc/testing';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import { attach, detachAll, fixtureJson, uid } from './helpers.js';
import { until } from '../helpers/until.js';

describe('"Min sag": a case set before the element upgraded', () => {
  afterEach(() => detachAll());

  it('a decided case set on an element not yet upgraded is drawn with its decision, in the status and the timeline', async () => {
    const decided = await fixtureJson('klar/decided');
    // An element of a document with no window is not upgraded until it is put in this one.
    const elsewhere = document.implementation.createHTMLDocument('');
    const els = ['klar-case-status', 'klar-expectation-timeline'].map((tag) => {
      const el = elsewhere.createElement(tag) as HTMLElement & { case?: unknown };
      el.case = { ...decided, id: uid() };
      expect(customElements.get(tag) && el instanceof customElements.get(tag)!, 'not upgraded yet').to.equal(false);
      return el;
    });
    // What each showed each time it changed: [the case's title shown, its decision shown].
    const seen = els.map(() => [] as [boolean, boolean][]);
    // The case shown: the status by its title, the timeline by its first step.
    const { title, steps } = decided as { title: string; steps: { title: string }[] };
    const marks = [title, steps[0].title];
    els.forEach((el, i) =>
      new MutationObserver(() => seen[i].push([el.textContent!.includes(marks[i]), !!el.querySelector('[part="decision"]')])).observe(el, { childList: true, subtree: true, characterData: true }),
    );
    for (const el of els) attach(document.adoptNode(el));
    for (const el of els) {
      await until(() => el.querySelector('[part="decision"]') !== null, { message: `<${el.localName}> drawn with the decision`, timeout: 10_000 });
    }
    // The first draw that shows the case shows its decision: never a decided case without it first.
    expect(seen.map((s) => s.find(([shown]) => shown))).to.deep.equal([[true, true], [true, true]]);
    expect(els[0].querySelector('[part="decision"]')!.textContent).to.include('Afgørelse');
  });
});
