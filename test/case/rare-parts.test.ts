// "Min sag" pays only for what a typical case shows (issue 15): the branches few cases have (a
// decision and its appeal, …) are modules of their own (core/case-view.ts casePart), fetched when
// the case shown has one, and drawn in the first render that shows the case. Its own file, so this
// page has fetched none of them before these tests.
import { expect } from '@open-wc/testing';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import { attach, detachAll, fixtureJson, putDoc, uid } from './helpers.js';
import { until } from '../helpers/until.js';

/** Whether the page has fetched a module (its .ts in the test server, a chunk in a build). */
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new RegExp(`/${name}(-[\\w-]+)?\\.(ts|js)(\\?|$)`).test(e.name));

const PARTS = ['case-decision', 'case-delay', 'case-waiting', 'case-handoff'];

/**
 * A "Min sag" for `doc`, fetched from the test server, and what its status showed each time it
 * changed: `[the case's title shown, selector found]` per change, as it was then.
 */
async function minSag(doc: unknown, selector: string) {
  const id = uid();
  await putDoc(id, doc);
  const provider = document.createElement('klar-case');
  provider.src = `/api/case/doc/${id}`;
  provider.innerHTML = '<klar-case-status></klar-case-status><klar-expectation-timeline></klar-expectation-timeline>';
  const [status, timeline] = [...provider.children] as HTMLElement[];
  const seen: [boolean, boolean][] = [];
  const title = (doc as { title: string }).title;
  new MutationObserver(() => seen.push([status.textContent!.includes(title), !!status.querySelector(selector)])).observe(status, { childList: true, subtree: true, characterData: true });
  attach(provider);
  await until(() => provider.state === 'ready' && !status.querySelector('.klar-loading'), { message: 'the case drawn' });
  await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await (timeline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { status, timeline, seen };
}

describe('"Min sag": the branches few cases have, fetched when a case has one', () => {
  afterEach(() => detachAll());

  it('a case in progress fetches none of them', async () => {
    const { status } = await minSag(await fixtureJson('klar/in-progress'), '.klar-decision');
    expect(status.textContent).to.include('Næste skridt');
    expect(PARTS.filter(fetched), 'no part for a case in progress').to.deep.equal([]);
  });

  it('a delayed case fetches the delay notice and draws it in the first render that shows the case', async () => {
    const doc = await fixtureJson('klar/delayed');
    const { status, seen } = await minSag(doc, '[part="notice"]');
    await until(() => status.querySelector('[part="notice"]'), { message: 'the delay drawn' });
    expect(seen.find(([shown]) => shown)).to.deep.equal([true, true]);
    expect(fetched('case-delay')).to.equal(true);
    expect(fetched('case-decision'), 'only the part the case needs').to.equal(false);
    expect(status.querySelector('[part="notice"]')!.textContent).to.include('Din sag er forsinket');
  });

  it('a case that waits fetches the waiting notices and draws them in the first render that shows the case', async () => {
    const doc = await fixtureJson('klar/waiting-citizen');
    const { status, timeline, seen } = await minSag(doc, '.klar-notice.klar-warning');
    expect(seen.find(([shown]) => shown)).to.deep.equal([true, true]);
    expect(fetched('case-waiting')).to.equal(true);
    expect(fetched('case-handoff'), 'only the part the case needs').to.equal(false);
    expect(status.querySelector('.klar-notice.klar-warning')!.textContent).to.include('Mens sagen venter, står den stille.');
    expect(status.textContent).to.include('Vi mangler en lægeerklæring.');
    expect(timeline.querySelector('[part="waiting"]'), 'the status beside it says the wait').to.equal(null);
  });

  it('a case moved to another unit fetches the handoff notice and draws it in the first render that shows the case', async () => {
    const doc = await fixtureJson('klar/moved');
    const { status, seen } = await minSag(doc, '[part="handoff"]');
    expect(seen.find(([shown]) => shown)).to.deep.equal([true, true]);
    expect(fetched('case-handoff')).to.equal(true);
    expect(status.querySelector('[part="handoff"]')!.textContent).to.include('Din sag er flyttet fra Byggesag til Natur og Miljø');
  });

  it('a decided case fetches the decision and draws it in the first render that shows the case', async () => {
    const doc = await fixtureJson('klar/decided');
    const { status, seen } = await minSag(doc, '[part="decision"]');
    await until(() => status.querySelector('[part="decision"]'), { message: 'the decision drawn' });
    // The first change that showed the case already had the decision: it never came in a second render.
    expect(seen.find(([shown]) => shown)).to.deep.equal([true, true]);
    expect(fetched('case-decision')).to.equal(true);
    expect(status.querySelector('[part="decision"]')!.textContent).to.include('Afgjort den');
    expect(status.querySelector('.klar-outcome-tag')).to.exist;
    // Its look came with it (core/case-decision.styles.ts): the outcome tag is a bordered pill, the appeal a marked block.
    expect(getComputedStyle(status.querySelector('.klar-outcome-tag')!).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(status.querySelector('.klar-appeal')!).borderInlineStartWidth).to.equal('4px');
  });

});
