import { root } from '../helpers/root.js';
import { expect } from '@open-wc/testing';
import { mkCase, mount, stepById, stepItems, text, type Timeline } from './helpers.js';
import type { Case } from '../../src/core/case-model.js';

/** A 1,000-step case: 500 done, one current, the rest coming (ids s0…s999). */
export function bigCase(changeAt = -1, state = 'skipped'): Case {
  return mkCase({
    id: 'BIG',
    receivedAt: '2025-01-01',
    steps: Array.from({ length: 1000 }, (_, i) => ({
      id: `s${i}`,
      title: `Trin ${i + 1}`,
      state: i === changeAt ? state : i < 500 ? 'done' : i === 500 ? 'current' : 'upcoming',
      ...(i < 500 ? { completedAt: '2026-01-01' } : { expected: '2027-06-01' }),
    })),
  });
}

describe('<klar-expectation-timeline> with 1,000 steps', () => {
  let el: Timeline;

  beforeEach(async () => {
    el = await mount(bigCase(), { attrs: { 'fold-after': '0' } });
  });

  it('renders all of them as list items, keyed by step id', async () => {
    expect(stepItems(el)).to.have.length(1000);
    expect(stepById(el, 's500')!.getAttribute('aria-current')).to.equal('step');
  });

  it('re-renders only the step that changed when one step’s state changes', async () => {
    const list = root(el).querySelector('ol')!;
    const before = stepItems(el);
    const touched = new Set<Element>();
    const mo = new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const li = node?.closest('ol > li');
        touched.add(li ?? node ?? list);
      }
    });
    mo.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    el.case = bigCase(700, 'skipped');
    await el.updateComplete;
    const records = mo.takeRecords();
    mo.disconnect();
    for (const r of records) {
      const node = r.target instanceof Element ? r.target : r.target.parentElement;
      touched.add(node?.closest('ol > li') ?? node ?? list);
    }
    expect([...touched].map((n) => (n as HTMLElement).dataset?.stepId ?? n.nodeName)).to.deep.equal(['s700']);
    // The same <li> elements are kept (keyed): none was recreated.
    const after = stepItems(el);
    expect(after.every((li, i) => li === before[i])).to.be.true;
    expect(text(stepById(el, 's700')!.querySelector('.klar-tag'))).to.equal('Sprunget over');
  });

  it('changes nothing in the list when the same data comes again', async () => {
    const list = root(el).querySelector('ol')!;
    let seen = 0;
    const mo = new MutationObserver((records) => (seen += records.length));
    mo.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    el.case = bigCase();
    await el.updateComplete;
    seen += mo.takeRecords().length;
    mo.disconnect();
    expect(seen).to.equal(0);
    // The observer does see a real change (so the zero above means something).
    const mo2 = new MutationObserver((records) => (seen += records.length));
    mo2.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
    el.case = bigCase(3, 'skipped');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    mo2.disconnect();
    expect(seen).to.be.greaterThan(0);
  });
});
