// The event stream's code (src/case/case-events.ts) comes only with a <klar-case events-src>
// (issue 15): a case that fetches, or polls, never downloads it. Its own file, so this page has
// not fetched that module before these tests.
import { expect } from '@open-wc/testing';
import '../../src/klar-case.js';
import type { KlarCase } from '../../src/klar-case.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, requests, uid } from './helpers.js';
import { until } from '../helpers/until.js';
import sinon from 'sinon';
import { caseEvents } from '../../src/case/case-fetch.js';

/** Whether the page has fetched a module (its .ts in the test server, a chunk in a build). */
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new RegExp(`/${name}(-[\\w-]+)?\\.(ts|js)(\\?|$)`).test(e.name));

function mount(src: string, props: Partial<KlarCase> = {}): KlarCase {
  const el = document.createElement('klar-case');
  Object.assign(el, props);
  el.src = src;
  return attach(el);
}

describe('<klar-case> event stream on demand', () => {
  afterEach(() => detachAll());

  it('a case without events-src loads, and polls, without the event stream code; one with it fetches that code and takes pushed documents', async () => {
    const id = uid();
    const doc = await fixtureJson('klar/received');
    await putDoc(id, doc);
    const polled = mount(`/api/case/doc/${id}`, { refresh: 1 });
    await requests(id, 2);
    await realSleep(200);
    expect(polled.state).to.equal('ready');
    expect(fetched('case-events'), 'no events-src, no stream code').to.equal(false);

    const other = uid();
    await putDoc(other, doc);
    const el = mount(`/api/case/doc/${other}`, { eventsSrc: `/api/case-events/${other}` });
    await until(() => el.state === 'ready', { message: 'loaded' });
    await until(async () => (await (await fetch(`/api/case-events/${other}?event=ping`, { method: 'POST', body: '' })).json()).delivered === 1, { message: 'stream open' });
    expect(fetched('case-events')).to.equal(true);
    await fetch(`/api/case-events/${other}`, { method: 'POST', body: JSON.stringify({ ...doc, title: 'Nyt fra serveren' }) });
    await until(() => el.case?.title === 'Nyt fra serveren', { message: 'the pushed case' });
  });

  it('when the stream code cannot be fetched (offline), polls, and opens the stream once the server answers again or the browser is back online', async () => {
    const doc = await fixtureJson('klar/received');
    const delivered = async (id: string) => (await (await fetch(`/api/case-events/${id}?event=ping`, { method: 'POST', body: '' })).json()).delivered as number;
    const warn = sinon.spy(console, 'warn');
    caseEvents.setImport(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    try {
      // A polling case: the next answer of the server tries the stream again.
      const polled = uid();
      await putDoc(polled, doc);
      const a = mount(`/api/case/doc/${polled}`, { eventsSrc: `/api/case-events/${polled}`, refresh: 1 });
      // And one that waits for the stream: coming back online tries again.
      const waiting = uid();
      await putDoc(waiting, doc);
      const b = mount(`/api/case/doc/${waiting}`, { eventsSrc: `/api/case-events/${waiting}` });
      await until(() => a.state === 'ready' && b.state === 'ready', { message: 'both loaded by fetching' });
      await until(() => warn.getCalls().some((c) => String(c.args[0]).includes('could not open the event stream')), { message: 'the warning' });
      await requests(polled, 2);
      expect(await delivered(polled), 'no stream while its code cannot be fetched').to.equal(0);
      expect(await delivered(waiting)).to.equal(0);

      caseEvents.setImport();
      await until(async () => (await delivered(polled)) === 1, { message: 'the polling case opens its stream when the server answers', timeout: 10_000 });
      expect(await delivered(waiting), 'no answer, no online event: not yet').to.equal(0);
      window.dispatchEvent(new Event('online'));
      await until(async () => (await delivered(waiting)) === 1, { message: 'the other opens its stream when the browser is back online' });
      await fetch(`/api/case-events/${waiting}`, { method: 'POST', body: JSON.stringify({ ...doc, title: 'Nyt efter pausen' }) });
      await until(() => b.case?.title === 'Nyt efter pausen', { message: 'the pushed case' });
    } finally {
      caseEvents.setImport();
      warn.restore();
    }
  });
});
