// A case that changes while a draw waits for a part (core/case-view.ts casePart) is drawn with the
// parts it needs. Its own file: the page has fetched no part before.
import { expect } from '@open-wc/testing';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import { delayPart } from '../../src/core/case-view.js';
import { attach, detachAll, fixtureJson, uid } from './helpers.js';
import { until } from '../helpers/until.js';

describe('"Min sag": a case set while a draw waits for a part', () => {
  afterEach(() => {
    delayPart.setImport();
    detachAll();
  });

  it('a decision set while the delay part loads is drawn, in the status and the timeline', async () => {
    // The one-way-in end-to-end test saw it once: a page set its case while the status's draw
    // waited for something else; the draw went ahead without the decision, and nothing drew it later.
    let release!: () => void;
    delayPart.setImport(() => new Promise((resolve) => (release = () => resolve(import('../../src/core/case-delay.js')))));
    const els = ['klar-case-status', 'klar-expectation-timeline'].map((tag) => {
      const el = document.createElement(tag) as HTMLElement & { case: unknown; updateComplete: Promise<unknown> };
      return el;
    });
    const delayed = await fixtureJson('klar/delayed');
    const decided = await fixtureJson('klar/decided');
    expect((decided as { delays?: unknown[] }).delays ?? [], 'the decided case needs no delay part').to.have.length(0);
    for (const el of els) {
      el.case = { ...delayed, id: uid() };
      attach(el);
    }
    await until(() => release !== undefined, { message: 'the delay part asked for' });
    for (const el of els) el.case = { ...decided, id: uid() };
    release();
    for (const el of els) {
      await until(() => el.querySelector('[part="decision"]') !== null, { message: `<${el.localName}> drawn with the decision`, timeout: 10_000 });
    }
    expect(els[0].querySelector('[part="decision"]')!.textContent).to.include('Afgørelse');
  });
});
