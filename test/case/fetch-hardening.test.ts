// <klar-case> against hostile or broken servers, each case on a real endpoint of the test
// server (test/helpers/routes/case.js): bodies that never end or are too large, redirects,
// event streams that flood or fall silent, Retry-After, cookies and out-of-order answers.
import { root } from '../helpers/root.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case.js';
import type { KlarCase } from '../../src/klar-case.js';
import { isParsedCase } from '../../src/core/parse-case.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, recordEvents, requests, restoreVisibility, serverLog, setVisibility, uid } from './helpers.js';
import { until } from '../helpers/until.js';

function mount(src: string, props: Partial<KlarCase> = {}): { el: KlarCase; events: { type: string; detail: any }[] } {
  const el = document.createElement('klar-case');
  const events = recordEvents(el);
  Object.assign(el, props);
  el.src = src;
  attach(el);
  return { el, events };
}

const settled = (el: KlarCase, ms = 8000) => until(() => el.state === 'ready' || el.state === 'error' || el.state === 'stale', { message: 'a settled state', timeout: ms });

/** The same test server under its other name: 127.0.0.1 ↔ localhost is another origin. */
function otherOrigin(): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}`;
}

describe('<klar-case> fetch hardening', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    setVisibility('visible', false);
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    detachAll();
  });
  after(() => restoreVisibility());

  describe('one deadline for headers and body', () => {
    it('ends a body that trickles for ever in a timeout error, and closes the connection', async () => {
      const id = uid();
      const { el, events } = mount(`/api/case/trickle/${id}`, { timeout: 1, retry: { retries: 0 } });
      // The headers and the first bytes arrive at once; the body never ends.
      await until(async () => ((await serverLog(id))[0]?.bytes ?? 0) > 0, { message: 'the first body bytes' });
      await until(() => el.state === 'error', { message: 'the timeout error', timeout: 6000 });
      expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'timeout']]);
      await until(async () => (await serverLog(id))[0].aborted, { message: 'the server to see the connection close' });
    });

    it('aborts the body read when removed mid-body: the server sees the connection close', async () => {
      const id = uid();
      const { el, events } = mount(`/api/case/trickle/${id}`, { timeout: 60 });
      await until(async () => ((await serverLog(id))[0]?.bytes ?? 0) >= 3, { message: 'a body under way' });
      await realSleep(150);
      el.remove();
      await until(async () => (await serverLog(id))[0].aborted, { message: 'the server to see the connection close', timeout: 3000 });
      const [entry] = await serverLog(id);
      expect(entry.bytes).to.be.below(600);
      expect(events).to.deep.equal([]);
    });
  });

  describe('max-bytes', () => {
    for (const length of [false, true]) {
      it(`refuses a 5 MB document with reason too-large and stops downloading it${length ? ' (Content-Length given)' : ' (streamed)'}`, async () => {
        const id = uid();
        const { el, events } = mount(`/api/case/big/${id}?mb=5${length ? '&length=1' : ''}`, { retry: { retries: 0 } });
        await settled(el);
        expect(el.state).to.equal('error');
        expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'too-large']]);
        expect(events[0].detail.message).to.match(/1048576 bytes/);
        await until(async () => (await serverLog(id))[0].aborted, { message: 'the server to see the connection close' });
        const [entry] = await serverLog(id);
        expect(entry.bytes).to.be.below(4 * 1024 * 1024);
        expect(warn.calledWithMatch(/larger than 1048576 bytes/)).to.equal(true);
        await el.updateComplete;
        expect(root(el).textContent).to.contain('Vi kan ikke læse oplysningerne om sagen.');
      });
    }

    it('reads a larger document when max-bytes allows it', async () => {
      const id = uid();
      const { el } = mount(`/api/case/big/${id}?mb=2`, { maxBytes: 3 * 1024 * 1024 });
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.case!.reference).to.equal('BYG-2026-0412');
    });

    it('takes max-bytes from the attribute', async () => {
      const el = document.createElement('klar-case');
      el.setAttribute('max-bytes', '2048');
      expect(el.maxBytes).to.equal(2048);
    });
  });

  describe('custom headers and redirects', () => {
    it('refuses a redirect to another origin when headers are set: the other origin never sees the request', async () => {
      const id = uid();
      await putDoc(id, await fixtureJson('klar/received'));
      const target = `${otherOrigin()}/api/case/cors/${id}`;
      const { el, events } = mount(`/api/case/redirect/${id}?to=${encodeURIComponent(target)}`, { headers: { 'X-Test': 'hemmelig' } });
      await settled(el);
      expect(el.state).to.equal('error');
      expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'configuration']]);
      expect(events[0].detail.message).to.match(/redirect/);
      expect(events[0].detail).to.not.have.property('status');
      expect(warn.calledWithMatch(/redirect/)).to.equal(true);
      await realSleep(200);
      expect(await serverLog(`cors-${id}`)).to.deep.equal([]);
      await el.updateComplete;
      expect(root(el).textContent).to.contain('Siden er ikke sat rigtigt op.');
    });

    it('follows the same redirect without custom headers (the target is reachable)', async () => {
      const id = uid();
      await putDoc(id, await fixtureJson('klar/received'));
      const target = `${otherOrigin()}/api/case/cors/${id}`;
      const { el } = mount(`/api/case/redirect/${id}?to=${encodeURIComponent(target)}`);
      await settled(el);
      expect(el.state).to.equal('ready');
      const log = await serverLog(`cors-${id}`);
      expect(log.map((e) => e.method)).to.deep.equal(['GET']);
      expect(log[0].headers.xTest).to.equal(null);
    });
  });

  describe('Server-Sent Events', () => {
    async function openStream(id: string): Promise<void> {
      // A `ping` event: it proves the stream is open without asking for a refetch.
      await until(async () => (await (await fetch(`/api/case-events/${id}?event=ping`, { method: 'POST', body: 'ping' })).json()).delivered === 1, { message: 'stream open' });
    }

    /** A <klar-case> on a stored document with an open event stream. */
    async function streamed(props: Partial<KlarCase> = {}): Promise<{ id: string; el: KlarCase }> {
      const id = uid();
      await putDoc(id, await fixtureJson('klar/received'));
      const { el } = mount(`/api/case/doc/${id}`, { eventsSrc: `/api/case-events/${id}`, ...props });
      await settled(el);
      await openStream(id);
      return { id, el };
    }

    /** The longest a setTimeout(0) waits (ms) while `work` runs and for `settleMs` after. */
    async function worstDelayDuring(work: () => Promise<void>, settleMs: number): Promise<number> {
      let worst = 0;
      let measuring = true;
      const probe = () => {
        const t = performance.now();
        setTimeout(() => {
          worst = Math.max(worst, performance.now() - t);
          if (measuring) probe();
        }, 0);
      };
      probe();
      await work();
      await realSleep(settleMs);
      measuring = false;
      return worst;
    }

    const burst = async (id: string) => {
      const res = await (await fetch(`/api/case-events/${id}/burst?n=5000`, { method: 'POST' })).json();
      expect(res).to.deep.equal({ delivered: 1, messages: 5000 });
    };

    it('coalesces 5,000 messages that are not JSON into at most one refetch a second, and the page stays responsive', async () => {
      // Baseline in the same run: what the browser itself needs to hand 5,000 messages to a
      // page that ignores them (a loaded machine makes this hundreds of milliseconds).
      const baseId = uid();
      const bare = new EventSource(`/api/case-events/${baseId}`);
      let seen = 0;
      bare.onmessage = () => seen++;
      await openStream(baseId);
      const baseline = await worstDelayDuring(async () => {
        await burst(baseId);
        await until(() => seen >= 5000, { message: 'the bare stream to get the burst', timeout: 8000 });
      }, 300);
      bare.close();

      const { id, el } = await streamed();
      const started = performance.now();
      const worst = await worstDelayDuring(async () => {
        await burst(id);
        await requests(id, 2);
      }, 1500);
      const elapsed = (performance.now() - started) / 1000;
      const refetches = (await serverLog(id)).length - 1;
      expect(refetches).to.be.at.least(1);
      expect(refetches).to.be.at.most(Math.min(5, Math.ceil(elapsed) + 1));
      expect(worst, `longest setTimeout(0) wait in ms (bare EventSource: ${Math.round(baseline)} ms)`).to.be.below(4 * baseline + 600); // generous: the machine may run two suites at once
      expect(el.state).to.equal('ready');
    });

    it('falls back to polling when the open stream stays silent past the heartbeat', async () => {
      const { id } = await streamed({ heartbeat: 0.5, refresh: 1 });
      // The stream is open (only comments, which never reach the page): polling resumes.
      const log = await requests(id, 3);
      expect(log[1].ifNoneMatch).to.not.equal(null);
      expect(log[2].ifNoneMatch).to.not.equal(null);
    });

    it('does not poll while the stream speaks within the heartbeat', async () => {
      // Pings every ~0.3 s for longer than the heartbeat (2 s): without them polling would start.
      const { id } = await streamed({ heartbeat: 2, refresh: 1 });
      const before = (await serverLog(id)).length;
      for (let i = 0; i < 10; i++) {
        await fetch(`/api/case-events/${id}?event=ping`, { method: 'POST', body: 'ping' });
        await realSleep(300);
      }
      expect((await serverLog(id)).length).to.equal(before);
    });

    it('ignores an events-src that is not http(s), with a warning, and still loads', async () => {
      const id = uid();
      await putDoc(id, await fixtureJson('klar/received'));
      const { el } = mount(`/api/case/doc/${id}`, { eventsSrc: 'javascript:alert(1)' });
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(warn.calledWithMatch(/events-src> must be an http\(s\) URL/)).to.equal(true);
    });
  });

  it('refuses a src that is not http(s), without a request', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', ' JaVaScRiPt:alert(1)']) {
      const { el, events } = mount(src);
      await settled(el);
      expect(events.map((e) => [e.type, e.detail.reason]), src).to.deep.equal([['klar-case-error', 'configuration']]);
      expect(events[0].detail.message).to.match(/http\(s\) URL/);
    }
  });

  it('does not wait out a long Retry-After: a 503 asking for 5 minutes says "Prøv igen" at once, and the button loads the case', async () => {
    // Capped at 5 minutes a try: "Det tager længere tid end normalt … Vi prøver stadig." for up to 20
    // minutes, with no button (failure review #1).
    const id = uid();
    const { el } = mount(`/api/case/seq/${id}?codes=503,200&retryAfter=300`, { retry: { random: () => 0.5 } });
    await until(() => el.state === 'error', { timeout: 5000, message: 'error at once' });
    expect(await serverLog(id)).to.have.length(1);
    const retry = [...el.querySelectorAll('button')].find((b) => /Prøv igen/.test(b.textContent ?? ''));
    expect(retry, el.textContent ?? '').to.exist;
    retry!.click();
    await until(() => el.state === 'ready', { timeout: 5000, message: 'ready after Prøv igen' });
  });

  it('sends no cookies by default, though the page has one for this origin', async () => {
    const id = uid();
    await putDoc(id, await fixtureJson('klar/received'));
    document.cookie = 'klar-test-session=abc123; path=/; SameSite=Strict';
    try {
      const { el } = mount(`/api/case/doc/${id}`);
      await settled(el);
      expect(el.state).to.equal('ready');
      // The same request with credentials does carry the cookie: the check can see one.
      const other = mount(`/api/case/doc/${id}`, { credentials: 'same-origin' }).el;
      await settled(other);
      const log = await requests(id, 2);
      expect(log[0].headers.cookie).to.equal(null);
      expect(log[1].headers.cookie).to.contain('klar-test-session=abc123');
    } finally {
      document.cookie = 'klar-test-session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    }
  });

  it('drops an older answer that completes after a newer one was shown (the out-of-order guard alone)', async () => {
    const id = uid();
    // The first answer's parse is held back until the second is shown: both requests have
    // finished on the wire, so no abort can drop the first; only the sequence check can.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const { el, events } = mount(`/api/case/slow/${id}?delays=0,0&fixture=klar/received`, {
      parser: async (json: unknown) => {
        calls++;
        if (calls === 1) await gate;
        return json as never;
      },
    });
    await requests(id, 1);
    await until(() => calls === 1, { message: 'the first parse' });
    el.reload();
    await until(() => el.case?.title.endsWith('#2') ?? false, { message: 'the newer answer' });
    release();
    await realSleep(200);
    expect(el.case!.title).to.match(/#2$/);
    expect(events.filter((e) => e.type === 'klar-case-load')).to.have.length(1);
  });

  it('says in the warning that the server sent a web page, not JSON', async () => {
    const id = uid();
    const { el, events } = mount(`/api/case/html/${id}`);
    await settled(el);
    expect(events[0].detail.reason).to.equal('invalid-data');
    expect(events[0].detail.message).to.match(/web page \(HTML\)/);
    expect(warn.calledWithMatch(/web page \(HTML\)/)).to.equal(true);
    // A case sent as text/html is refused too, and said as what it is: "check the src URL" sent an
    // integrator whose URL was right looking for the wrong mistake.
    const json = mount(`/api/case/html/${uid()}?fixture=klar/received`);
    await settled(json.el);
    expect(json.events[0].detail.reason).to.equal('invalid-data');
    expect(json.events[0].detail.message).to.equal('Invalid case data: (root): the server sent JSON as a web page (Content-Type: text/html; charset=utf-8); send it as application/json');
  });

  it('names the src in its warning about case data it read with problems (a page with several cases says which)', async () => {
    const id = uid();
    await putDoc(id, { ...(await fixtureJson('klar/received')), steps: [{ title: 'Vi vurderer', state: 'in-progress' }] });
    const { el } = mount(`/api/case/doc/${id}`);
    await settled(el);
    expect(warn.args.map((a) => String(a[0])).filter((m) => m.includes('had problems'))).to.deep.equal([
      `klar-elements: case data from /api/case/doc/${id} had problems: steps[0].state: unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming`,
    ]);
  });

  it('says a parser that throws on odd data is our fault, never the citizen\'s internet', async () => {
    // A TypeError is what fetch throws offline, and what a parser throws reading a field that is
    // not there: it was said as "network", "Tjek dit internet", to a citizen whose internet worked.
    const id = uid();
    await putDoc(id, await fixtureJson('klar/received'));
    const { el, events } = mount(`/api/case/doc/${id}`, {
      parser: (json: unknown) => (json as { zaak: { steps: unknown[] } }).zaak.steps as never,
    });
    await settled(el);
    expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'invalid-data']]);
    expect(events[0].detail.message).to.match(/undefined/);
    const said = el.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('Det er vores fejl, ikke din.');
    expect(said).not.to.match(/internet/i);
    // A parser that throws something that is not an Error is not the network either.
    const other = mount(`/api/case/doc/${id}`, {
      parser: () => {
        throw 'no';
      },
    });
    await settled(other.el);
    expect(other.events.map((e) => e.detail.reason)).to.deep.equal(['invalid-data']);
  });

  it('a parser set after the first load failed (the README\'s adapter snippet, after an await) reads the case at once; a new parser beside a case on screen asks for nothing', async () => {
    // Set after the element had read the ZGW document as klar JSON: the case stayed at "Siden er
    // ikke sat rigtigt op", with no "Prøv igen", until the page called reload().
    const id = uid();
    await putDoc(id, await fixtureJson('zgw/zaak-expanded'));
    const { el, events } = mount(`/api/case/doc/${id}`);
    await settled(el);
    expect(el.state).to.equal('error');
    const { fromZgw } = await import('../../src/adapters/zgw.js');
    el.parser = (zaak) => fromZgw(zaak as never);
    await until(() => el.state === 'ready', { message: 'the case read with the parser' });
    expect(events.map((e) => e.type)).to.deep.equal(['klar-case-error', 'klar-case-load']);
    // A parser set again (a framework's inline function on every render) with the case on screen: no request.
    const asked = (await serverLog(id)).length;
    el.parser = (zaak) => fromZgw(zaak as never);
    await el.updateComplete;
    await realSleep(300);
    expect((await serverLog(id)).length).to.equal(asked);
    expect(el.state).to.equal('ready');
  });

  it('passes what a custom parser returns through toCase: hand-built objects are checked and frozen', async () => {
    const id = uid();
    await putDoc(id, await fixtureJson('klar/received'));
    const { el } = mount(`/api/case/doc/${id}`, {
      parser: () =>
        ({
          id: '1',
          title: 'Håndbygget',
          status: { code: 'received', label: 'Modtaget' },
          promise: { policyUrl: 'javascript:alert(1)' },
          steps: [],
          delays: [],
          suspensions: [],
          warnings: [],
        }) as never,
    });
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(isParsedCase(el.case)).to.equal(true);
    expect(Object.isFrozen(el.case)).to.equal(true);
    expect(el.case!.promise?.policyUrl).to.equal(undefined);
  });
});
