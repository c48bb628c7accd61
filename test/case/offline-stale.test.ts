// Offline, the case on screen is said to be stale ("Sidst opdateret kl. …"), as after a failed
// refresh. A citizen-eye review found the page silent for minutes after the network went: polling
// paused while offline, so no refresh ever failed and the last case stood as if current, under a
// page that says it updates itself. Offline is pretended as the other tests do (navigator.onLine
// and the `offline`/`online` events); the server stays reachable, so a request made "offline"
// would show in its log.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case.js';
import '../../src/klar-case-list.js';
import '../../src/klar-case-status.js';
import type { KlarCase } from '../../src/klar-case.js';
import type { KlarCaseList } from '../../src/klar-case-list.js';
import { root } from '../helpers/root.js';
import { until } from '../helpers/until.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, recordEvents, requests, restoreVisibility, serverLog, setVisibility, shadowText, uid } from './helpers.js';

const FAKE = { toFake: ['setTimeout', 'clearTimeout', 'Date'] as ('setTimeout' | 'clearTimeout' | 'Date')[], now: new Date('2026-11-24T13:32:00Z') };
const STALE = 'Sidst opdateret kl. 14:32 — vi kan ikke hente nye oplysninger lige nu.';

function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}
function goOnline(): void {
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

/** Back online with the case changed meanwhile: it is fetched at once (the second request), and the fresh case is drawn. */
async function backOnline(el: KlarCase, id: string, doc: object): Promise<void> {
  const title = 'Byggetilladelse til carport og skur';
  await putDoc(id, { ...doc, title });
  goOnline();
  await requests(id, 2);
  await until(() => el.state === 'ready' && el.case?.title === title, { message: 'the fresh case' });
  await el.updateComplete;
}

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element's own notice region (noticeRegion in case-notice.ts), not one of the elements inside it. */
function region(el: Element): Element {
  const r = [...root(el).querySelectorAll('[role=status][aria-live=polite]')].find((n) => !n.closest('klar-case-status'));
  expect(r, 'the notice region').to.exist;
  return r!;
}

/** Counts every change to a live region: each one may be said again by a screen reader. */
function watch(node: Element): { count(): number } {
  let n = 0;
  const mo = new MutationObserver((records) => (n += records.length));
  mo.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
  return { count: () => n + mo.takeRecords().length };
}

describe('offline: the last case is said to be stale', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => setVisibility('visible', false));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    delete (navigator as { onLine?: boolean }).onLine;
    detachAll();
  });
  after(() => restoreVisibility());

  it('<klar-case refresh>: says nothing for a 1 s blip; 5 s into an outage says "Sidst opdateret kl. …" once, keeps the case, requests nothing; back online fetches at once and the notice goes', async () => {
    const id = uid('offline');
    const doc = await fixtureJson('klar/received');
    await putDoc(id, doc);
    clock = sinon.useFakeTimers(FAKE);
    const el = document.createElement('klar-case');
    const events = recordEvents(el);
    el.refresh = 30;
    const status = document.createElement('klar-case-status');
    el.append(status);
    el.src = `/api/case/doc/${id}`;
    attach(el);
    await requests(id, 1);
    await until(() => el.state === 'ready', { message: 'the case' });
    await el.updateComplete;
    const live = region(el);
    const changes = watch(live);

    // A blip (a Wi-Fi handover): no notice, nothing said, no request.
    goOffline();
    await clock.tickAsync(1000);
    goOnline();
    await clock.tickAsync(10_000);
    await el.updateComplete;
    expect(el.state, 'after a 1 s blip').to.equal('ready');
    expect(changes.count(), 'the live region after a blip').to.equal(0);

    // The network goes for good: 5 s of grace, then the stale notice.
    goOffline();
    await clock.tickAsync(4900);
    await el.updateComplete;
    expect(el.state, 'at 4.9 s').to.equal('ready');
    expect(text(live)).to.equal('');
    await clock.tickAsync(100);
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(text(live)).to.contain(STALE);
    expect(el.querySelector('[part=notice]')!.closest('[aria-live=polite]'), 'in the live region').to.equal(live);
    expect(events.map((e) => e.type)).to.deep.equal(['klar-case-load', 'klar-case-error']);
    expect(events[1].detail).to.include({ reason: 'network', stale: true });
    await status.updateComplete;
    expect(shadowText(status), 'the case kept').to.contain('Byggetilladelse til carport');

    // Minutes offline, refreshes falling due, the tab hidden and shown: said once, nothing requested.
    const said = changes.count();
    await clock.tickAsync(60_000);
    setVisibility('hidden');
    await clock.tickAsync(30_000);
    setVisibility('visible');
    window.dispatchEvent(new Event('offline'));
    await clock.tickAsync(60_000);
    await el.updateComplete;
    await realSleep(100);
    expect(changes.count(), 'the live region unchanged while offline').to.equal(said);
    expect(shadowText(el).match(/vi kan ikke hente nye oplysninger/g), 'one notice').to.have.length(1);
    expect(events.map((e) => e.type)).to.deep.equal(['klar-case-load', 'klar-case-error']);
    expect(await serverLog(id), 'no request while offline').to.have.length(1);

    // Back online: the case is fetched at once and the notice goes.
    await backOnline(el, id, doc);
    expect(text(live)).to.equal('');
    expect(el.querySelector('[part=notice]')).to.equal(null);
    expect(await serverLog(id)).to.have.length(2);
  });

  it('<klar-case events-src> (no refresh): the event stream ends offline, the stale notice comes, nothing is requested; back online the case is fetched at once', async () => {
    const id = uid('offline-sse');
    const doc = await fixtureJson('klar/received');
    await putDoc(id, doc);
    clock = sinon.useFakeTimers(FAKE);
    const el = document.createElement('klar-case');
    el.eventsSrc = `/api/case-events/${id}`;
    el.src = `/api/case/doc/${id}`;
    attach(el);
    await requests(id, 1);
    await until(() => el.state === 'ready', { message: 'the case' });
    await until(async () => (await (await fetch(`/api/case-events/${id}?event=ping`, { method: 'POST', body: '' })).json()).delivered === 1, { message: 'stream open' });
    await el.updateComplete;
    const live = region(el);

    // The network goes, and with it the stream (the server's `retry: 60000` keeps the browser from reconnecting in this test).
    goOffline();
    await fetch(`/api/case-events/${id}?event=ping&close=1`, { method: 'POST', body: '' });
    await realSleep(300);
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(el.state, 'not at once').to.equal('ready');
    await until(
      async () => {
        await clock!.tickAsync(500);
        return el.state === 'stale';
      },
      { message: 'the stale notice' },
    );
    await el.updateComplete;
    expect(text(live)).to.contain(STALE);
    await clock.tickAsync(120_000);
    await realSleep(100);
    expect(shadowText(el).match(/vi kan ikke hente nye oplysninger/g), 'one notice').to.have.length(1);
    expect(await serverLog(id), 'no request while offline').to.have.length(1);

    await backOnline(el, id, doc);
    expect(text(live)).to.equal('');
  });

  it('<klar-case-list refresh>: 5 s into an outage says "Sidst opdateret kl. …" once above the kept cases, requests nothing; back online fetches at once and the notice goes', async () => {
    const id = uid('offline-list');
    const list = await fixtureJson<{ cases: Record<string, unknown>[] }>('lists/three');
    await putDoc(id, list);
    clock = sinon.useFakeTimers(FAKE);
    const el = document.createElement('klar-case-list') as KlarCaseList;
    el.now = new Date('2026-11-24T10:00:00Z');
    el.refresh = 30;
    el.src = `/api/case/doc/${id}`;
    attach(el);
    const titles = () => [...root(el).querySelectorAll('[part~=title]')].map(text);
    await requests(id, 1);
    await until(() => titles().length === 3, { message: 'the cases' });
    const live = region(el);
    const changes = watch(live);

    goOffline();
    await clock.tickAsync(4900);
    await el.updateComplete;
    expect(text(live), 'at 4.9 s').to.equal('');
    await clock.tickAsync(100);
    await el.updateComplete;
    expect(text(live)).to.contain(STALE);
    expect(titles(), 'the cases kept').to.have.length(3);
    const said = changes.count();
    await clock.tickAsync(120_000);
    await el.updateComplete;
    await realSleep(100);
    expect(changes.count(), 'the live region unchanged while offline').to.equal(said);
    expect(text(root(el).querySelector('[part=base]')).match(/vi kan ikke hente nye oplysninger/g), 'one notice').to.have.length(1);
    expect(await serverLog(id), 'no request while offline').to.have.length(1);

    await putDoc(id, { cases: list.cases.map((c, i) => (i ? c : { ...c, title: 'Byggetilladelse til carport og skur' })) });
    goOnline();
    await requests(id, 2);
    await until(() => titles().includes('Byggetilladelse til carport og skur'), { message: 'the fresh list' });
    await el.updateComplete;
    expect(text(live)).to.equal('');
    expect(titles()).to.have.length(3);
  });

  it('says it in English on an English page, and back online fetches at once, before the next refresh is due', async () => {
    const id = uid('offline-en');
    await putDoc(id, await fixtureJson('klar/received'));
    clock = sinon.useFakeTimers(FAKE);
    const el = document.createElement('klar-case') as KlarCase;
    el.refresh = 30;
    el.src = `/api/case/doc/${id}`;
    attach(el, 'en');
    await requests(id, 1);
    await until(() => el.state === 'ready', { message: 'the case' });
    goOffline();
    await clock.tickAsync(5000);
    await el.updateComplete;
    expect(text(region(el))).to.contain('Last updated at 14:32 — we cannot get new information right now.');
    // 5 s after the last request, 25 s before the next refresh: the notice is not left up that long.
    goOnline();
    await requests(id, 2);
    await until(() => el.state === 'ready', { message: 'the case again' });
    await el.updateComplete;
    expect(text(region(el))).to.equal('');
  });
});

describe('offline at the first load: the connection is named, not a slow system', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
    detachAll();
  });

  // A page opened offline (from the cache, or a tab restored on a train) said "Henter …", then
  // after 8 s "Det tager længere tid end normalt … Vi prøver stadig.": the citizen waited for a
  // system that was never asked. The browser knows it is offline: that is said at once, and the
  // case comes by itself when the network is back.
  for (const list of [false, true]) {
    const tag = list ? 'klar-case-list' : 'klar-case';
    it(`<${tag}>: says "Tjek dit internet" at once, requests nothing; back online the ${list ? 'cases come' : 'case comes'} and the notice goes`, async () => {
      const id = uid('offline-first');
      await putDoc(id, await fixtureJson(list ? 'lists/three' : 'klar/received'));
      goOffline();
      const el = document.createElement(tag) as KlarCase;
      const events = recordEvents(el);
      if (!list) el.append(document.createElement('klar-case-status'));
      else (el as unknown as KlarCaseList).now = new Date('2026-11-24T10:00:00Z');
      el.src = `/api/case/doc/${id}`;
      attach(el);
      await until(() => text(region(el)).includes('Tjek dit internet'), { message: 'the offline notice', timeout: 3000 });
      expect(text(region(el))).not.to.contain('længere tid');
      // Beside "Prøv igen", and with the case coming by itself: not "prøv igen senere".
      expect(text(region(el))).to.contain('Tjek dit internet, og prøv igen.');
      expect(events.map((e) => [e.type, e.detail.reason, e.detail.stale])).to.deep.equal([['klar-case-error', 'network', false]]);
      await realSleep(300);
      expect(await serverLog(id), 'nothing requested offline').to.have.length(0);

      goOnline();
      await requests(id, 1);
      await until(() => (list ? root(el).querySelectorAll('[part~=title]').length === 3 : el.state === 'ready'), { message: 'loaded when back online' });
      await el.updateComplete;
      expect(text(region(el))).to.equal('');
      expect(el.querySelector('[part=notice]')).to.equal(null);
      expect(await serverLog(id)).to.have.length(1);
    });
  }
});
