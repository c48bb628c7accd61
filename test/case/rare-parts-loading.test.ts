// A draw put off for a part its new case needs (core/klar-element.ts shouldUpdate) keeps the
// element in :state(loading), its placeholder size, until that part has come. Its own file: the
// page has fetched no part before.
import { expect } from '@open-wc/testing';
import '../../src/klar-case-status.js';
import { decisionPart, delayPart } from '../../src/core/case-view.js';
import { attach, detachAll, fixtureJson, uid } from './helpers.js';
import { until } from '../helpers/until.js';

describe('"Min sag": a draw that waits for a part, then for another', () => {
  afterEach(() => {
    delayPart.setImport();
    decisionPart.setImport();
    detachAll();
  });

  it('keeps its placeholder size, :state(loading), until the part the new case needs has come', async () => {
    // Every engine the suite runs in has custom states.
    expect(CSS.supports('selector(:state(loading))')).to.equal(true);
    // The first wait ended while the put-off draw still waited for the decision: the first wait's
    // end cleared the state, and the card had no size for the time the decision took.
    let releaseDelay!: () => void;
    let releaseDecision!: () => void;
    delayPart.setImport(() => new Promise((resolve) => (releaseDelay = () => resolve(import('../../src/core/case-delay.js')))));
    decisionPart.setImport(() => new Promise((resolve) => (releaseDecision = () => resolve(import('../../src/core/case-decision.js')))));
    const el = document.createElement('klar-case-status') as HTMLElement & { case: unknown };
    el.case = { ...(await fixtureJson('klar/delayed')), id: uid() };
    attach(el);
    await until(() => releaseDelay !== undefined, { message: 'the delay part asked for' });
    expect(el.matches(':state(loading)'), 'waiting for the delay part').to.equal(true);
    el.case = { ...(await fixtureJson('klar/decided')), id: uid() };
    releaseDelay();
    await until(() => releaseDecision !== undefined, { message: 'the decision part asked for' });
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(el.querySelector('[part="decision"]'), 'not drawn yet').to.equal(null);
    expect(el.matches(':state(loading)'), 'still waiting, for the decision part').to.equal(true);
    releaseDecision();
    await until(() => el.querySelector('[part="decision"]') !== null, { message: 'drawn with the decision', timeout: 10_000 });
    await until(() => !el.matches(':state(loading)'), { message: 'no longer loading once drawn' });
  });
});
