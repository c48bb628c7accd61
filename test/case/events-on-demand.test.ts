// The event stream's code (src/case/case-events.ts) comes only with a <klar-case events-src>
// (issue 15): a case that fetches, or polls, never downloads it. Its own file, so this page has
// not fetched that module before these tests.
import { expect } from '@open-wc/testing';
import '../../src/klar-case.js';
import type { KlarCase } from '../../src/klar-case.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, requests, uid } from './helpers.js';
import { until } from '../helpers/until.js';

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
    await until(async () => (await (await fetch(`/api/case-events/${other}`, { method: 'POST', body: ': ping' })).json()).delivered === 1, { message: 'stream open' });
    expect(fetched('case-events')).to.equal(true);
    await fetch(`/api/case-events/${other}`, { method: 'POST', body: JSON.stringify({ ...doc, title: 'Nyt fra serveren' }) });
    await until(() => el.case?.title === 'Nyt fra serveren', { message: 'the pushed case' });
  });
});
