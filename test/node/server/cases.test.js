// The case API, the event stream, the simulated clock, the chaos switch and the pages' headers,
// against a real server on a free port.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startTestServer, useTestServer, ROOT } from '../../helpers/reference-server.js';
import { CaseClock } from '../../../server/cases.js';
import { principleNamesFrom } from '../../../server/catalogue.js';

const IDS = ['byg-2417', 'bol-0893', 'par-5521', 'nat-0316', 'afg-1188'];

/** Bundles a TypeScript module from src/ so Node can import it (the library's own parser). */
async function importTs(/** @type {string} */ rel) {
  const out = await build({ entryPoints: [path.join(ROOT, rel)], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent', external: ['lit', 'lit/*', '@lit/*'] });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * Reads Server-Sent Events from a URL until `count` events with data arrived.
 * @param {string} url
 * @param {number} count
 * @param {() => void} [onFirst] called once the first event is in
 */
function readEvents(url, count, onFirst) {
  return new Promise((resolve, reject) => {
    /** @type {Array<{ event: string, id: string, data: string }>} */
    const events = [];
    let buf = '';
    let raw = '';
    const req = http.get(url, (res) => {
      if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        raw += chunk;
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const ev = { event: 'message', id: '', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) ev.event = line.slice(7);
            else if (line.startsWith('id: ')) ev.id = line.slice(4);
            else if (line.startsWith('data: ')) ev.data += line.slice(6);
          }
          if (!ev.data || ev.event === 'ping') continue;
          events.push(ev);
          if (events.length === 1) onFirst?.();
          if (events.length >= count) {
            req.destroy();
            resolve({ events, raw, headers: res.headers });
          }
        }
      });
    });
    req.on('error', (e) => {
      if (events.length < count) reject(e);
    });
    setTimeout(() => {
      req.destroy();
      reject(new Error(`only ${events.length} events:\n${raw}`));
    }, 5000);
  });
}

describe('case API', () => {
  const srv = useTestServer({ heartbeatSeconds: 1 });

  test('lists the five sample cases with links', async () => {
    const res = await fetch(`${srv.url}/api/cases`);
    assert.equal(res.status, 200);
    const { cases } = await res.json();
    assert.deepEqual(
      cases.map((/** @type {any} */ c) => c.id),
      IDS,
    );
    for (const c of cases) {
      assert.ok(c.title && c.status.label && c.links.events);
    }
  });

  test('lists every case in full, so <klar-case-list> reads them all from one request', async () => {
    const { parseCase } = await importTs('src/core/parse-case.ts');
    const { cases } = await (await fetch(`${srv.url}/api/cases`)).json();
    for (const doc of cases) {
      const one = await (await fetch(`${srv.url}/api/cases/${doc.id}`)).json();
      const c = parseCase(doc);
      assert.deepEqual(c.warnings, [], `${doc.id} has no warnings`);
      assert.deepEqual(c, parseCase(one), `${doc.id} in the list is the case itself`);
    }
  });

  test('every sample case parses with the library’s parser, without warnings', async () => {
    const { parseCase } = await importTs('src/core/parse-case.ts');
    for (const id of IDS) {
      const doc = await (await fetch(`${srv.url}/api/cases/${id}`)).json();
      const c = parseCase(doc);
      assert.deepEqual(c.warnings, [], `${id} has no warnings`);
      assert.equal(c.id, id);
    }
  });

  test('the sample cases show what they are meant to show', async () => {
    const get = async (/** @type {string} */ id) => (await fetch(`${srv.url}/api/cases/${id}`)).json();
    const byg = await get('byg-2417');
    assert.ok(byg.steps.some((/** @type {any} */ s) => s.state === 'current' && s.citizenAction));
    const bol = await get('bol-0893');
    assert.equal(bol.suspensions[0].waitingFor, 'citizen');
    assert.equal(bol.suspensions[0].until, undefined);
    const par = await get('par-5521');
    assert.ok(par.delays[0].reason && par.delays[0].newDate > par.delays[0].previousDate);
    const nat = await get('nat-0316');
    assert.deepEqual([nat.handoffs[0].from, nat.handoffs[0].to], ['Byggesag', 'Natur og Miljø']);
    const afg = await get('afg-1188');
    assert.equal(afg.decision.appeal.body, 'Planklagenævnet');
    // Dates follow the server's start, so the demo always looks current.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    assert.ok(par.delays[0].newDate > today);
  });

  test('ETag and If-None-Match give 304; nothing that carries a case is stored by the browser (Cache-Control: private, no-store)', async () => {
    // `no-cache` lets a browser keep the answer on disk: after it closed, the case page and its JSON
    // were read back from a shared computer's cache (privacy review, stop 58). The elements'
    // conditional requests carry their own ETag, so 304s go on.
    const res = await fetch(`${srv.url}/api/cases/byg-2417`);
    const etag = res.headers.get('etag');
    assert.match(etag ?? '', /^"[^"]+"$/);
    assert.equal(res.headers.get('cache-control'), 'private, no-store');
    for (const url of ['/api/cases', '/api/cases/byg-2417?format=zgw', '/api/cases/byg-2417?format=open311', '/api/open311/requests/byg-2417.json', '/?case=bol-0893', '/cms.html']) {
      const r = await fetch(`${srv.url}${url}`);
      assert.equal(r.status, 200, url);
      assert.equal(r.headers.get('cache-control'), 'private, no-store', url);
      await r.arrayBuffer();
    }
    const again = await fetch(`${srv.url}/api/cases/byg-2417`, { headers: { 'If-None-Match': `W/${etag}, "other"` } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await fetch(`${srv.url}/api/cases/byg-2417?format=zgw`, { headers: { 'If-None-Match': etag ?? '' } });
    assert.equal(other.status, 200, 'another format has another ETag');
  });

  test('an unknown case is a 404 with a JSON error', async () => {
    for (const url of ['/api/cases/nope', '/api/cases/nope?format=open311', '/api/open311/requests/nope.json', '/api/zgw/zaken/nope', '/api/cases/nope/events']) {
      const res = await fetch(`${srv.url}${url}`);
      assert.equal(res.status, 404, url);
      assert.equal((await res.json()).error.code, 'case-not-found');
    }
  });

  test('an unknown format is a 400', async () => {
    const res = await fetch(`${srv.url}/api/cases/byg-2417?format=xml`);
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'unknown-format');
  });

  test('Open311: an array with one service request, by id or by reference', async () => {
    const a = await (await fetch(`${srv.url}/api/cases/par-5521?format=open311`)).json();
    const b = await (await fetch(`${srv.url}/api/open311/requests/PAR-2026-5521.json`)).json();
    assert.deepEqual(a, b);
    assert.equal(a.length, 1);
    const r = a[0];
    assert.equal(r.service_request_id, 'PAR-2026-5521');
    assert.equal(r.status, 'open');
    for (const k of ['service_name', 'service_code', 'description', 'agency_responsible', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'lat', 'long']) {
      assert.ok(k in r, k);
    }
    assert.match(r.requested_datetime, /[+-]\d{2}:\d{2}$/);
    const all = await (await fetch(`${srv.url}/api/open311/requests.json`)).json();
    assert.equal(all.length, 5);
    const closed = await (await fetch(`${srv.url}/api/open311/requests/afg-1188.json`)).json();
    assert.equal(closed[0].status, 'closed');
  });

  test('ZGW: a zaak with expanded zaaktype.statustypen, status, statussen and resultaat', async () => {
    const z = await (await fetch(`${srv.url}/api/zgw/zaken/afg-1188`)).json();
    assert.equal(z.identificatie, 'PLAN-2026-1188');
    assert.equal(z.status, z._expand.status.url);
    assert.equal(z._expand.status._expand.statustype.isEindstatus, true);
    // A status type per step, then the end status (the Catalogi API's is the highest volgnummer).
    assert.deepEqual(
      z._expand.zaaktype._expand.statustypen.map((/** @type {any} */ s) => [s.volgnummer, s.statustekst, s.isEindstatus]),
      [
        [1, 'Vi har modtaget din ansøgning', false],
        [2, 'Dine naboer fik besked', false],
        [3, 'Vi har truffet afgørelse', false],
        [4, 'Sagen er afsluttet', true],
      ],
    );
    // Each set when its step began, the end one at the decision: the work on the decision has a
    // status of its own, set when the neighbours had been told.
    const klarAfg = await (await fetch(`${srv.url}/api/cases/afg-1188`)).json();
    assert.deepEqual(
      z._expand.statussen.map((/** @type {any} */ s) => s.datumStatusGezet),
      [klarAfg.receivedAt, klarAfg.steps[0].completedAt, klarAfg.steps[1].completedAt, klarAfg.decision.decidedAt],
    );
    assert.equal(z.resultaat, z._expand.resultaat.url);
    assert.equal(z._expand.resultaat._expand.resultaattype.omschrijving, 'Afslag');
    assert.ok(z.einddatum);
    const delayed = await (await fetch(`${srv.url}/api/zgw/zaken/par-5521`)).json();
    // A delay moves the plan (einddatumGepland); a verlenging would extend the legal period.
    const klar = await (await fetch(`${srv.url}/api/cases/par-5521`)).json();
    assert.equal(delayed.einddatumGepland, klar.delays[0].newDate);
    assert.equal(delayed.verlenging, null);
    assert.equal(delayed.resultaat, null);
    const waiting = await (await fetch(`${srv.url}/api/cases/bol-0893?format=zgw`)).json();
    assert.equal(waiting.opschorting.indicatie, true);
  });

  test('each demo case leads with one honest answer, and no past date is offered without saying it was missed', async () => {
    const { parseCase } = await importTs('src/core/parse-case.ts');
    const { scheduleCase } = await importTs('src/core/schedule.ts');
    const { isClosedDay } = await importTs('src/core/workdays.ts');
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
    /** @type {Record<string, any>} */
    const s = {};
    for (const id of IDS) {
      const c = parseCase(await (await fetch(`${srv.url}/api/cases/${id}`)).json());
      s[id] = scheduleCase(c, now);
      const lead = s[id].lead;
      if (lead.date && lead.basis !== 'decided' && lead.date < today) assert.equal(lead.missed, true, id);
      for (const [k, d] of Object.entries(s[id].dates)) {
        if (d && !d.held && d.date.length === 10 && d.date < today) assert.equal(d.passed, true, `${id} ${k}`);
      }
      for (const d of [lead.date, s[id].dates.planned?.date, s[id].dates.processingTime?.date]) {
        if (d && d.length === 10 && lead.basis !== 'decided') assert.equal(isClosedDay(d.slice(0, 10)), false, `${id}: ${d} is a working day`);
      }
    }
    assert.equal(s['byg-2417'].lead.basis, 'planned');
    assert.equal(s['byg-2417'].lead.missed, false);
    // Waiting for the citizen: said relative to their action, no sliding date.
    assert.equal(s['bol-0893'].lead.date, undefined);
    assert.equal(s['bol-0893'].lead.held.waitingFor, 'citizen');
    assert.ok(s['bol-0893'].lead.held.days > 0);
    // The step that gives the answer says what the lead answer says: a citizen meets one answer to "when?".
    const answerStep = (/** @type {string} */ id, /** @type {string} */ stepId) => s[id].steps.find((/** @type {any} */ x) => x.step.id === stepId);
    assert.equal(answerStep('bol-0893', 'afgoerelse').held.days, s['bol-0893'].lead.held.days, 'bol-0893: the answer step and the lead, while the case waits');
    assert.equal(answerStep('byg-2417', 'afgoerelse').expected.latest.getTime(), s['byg-2417'].lead.when.latest.getTime(), 'byg-2417');
    assert.equal(answerStep('nat-0316', 'afgoerelse').expected.latest.getTime(), s['nat-0316'].lead.when.latest.getTime(), 'nat-0316');
    // The parking case's plan moved with its step's delay (as its ZGW view's einddatumGepland says):
    // the answer is that plan, a date the case gives, not the old plan plus the step's days.
    const par = await (await fetch(`${srv.url}/api/cases/par-5521`)).json();
    assert.equal(s['par-5521'].lead.basis, 'planned');
    assert.equal(s['par-5521'].lead.missed, false);
    assert.equal(s['par-5521'].lead.date, par.promise.plannedDate);
    assert.equal(par.promise.plannedDate, par.delays[0].newDate);
    assert.equal(s['nat-0316'].lead.basis, 'planned');
    assert.equal(s['afg-1188'].lead.basis, 'decided');
    assert.equal(s['afg-1188'].dates.appealDeadline.passed, false);
  });

  test('the BFF example turns a zaak, its statussen and statustypen into one document the zgw adapter reads', async () => {
    const res = await fetch(`${srv.url}/api/zgw-bff/zaken/bol-0893`);
    assert.equal(res.status, 200);
    const bundle = await res.json();
    assert.equal(bundle.lang, 'da');
    assert.equal(bundle.zaak._expand, undefined);
    assert.equal(bundle.zaak.toelichting, undefined, 'internal notes stay in the backend');
    assert.equal(typeof bundle.zaak.status, 'string');
    assert.equal(bundle.statustypen.length, 5);
    assert.equal(bundle.statussen.length, 2);
    const { fromZgw } = await importTs('src/adapters/zgw.ts');
    const c = fromZgw(bundle);
    assert.equal(c.lang, 'da');
    assert.deepEqual(c.steps.map((/** @type {any} */ x) => x.state), ['done', 'current', 'upcoming', 'upcoming', 'upcoming']);
    assert.equal(c.status.label, c.steps[1].title);
    // ZGW does not say whom an opschorting waits for.
    assert.equal(c.suspensions[0].waitingFor, 'unknown');
    // The plain zaak alone says only what it knows.
    const plainZaak = fromZgw(bundle.zaak);
    assert.deepEqual([plainZaak.status.code, plainZaak.steps.length], ['open', 0]);
  });

  test('the adapters read the Open311 and ZGW views', async () => {
    const { fromOpen311 } = await importTs('src/adapters/open311.ts');
    const { fromZgw } = await importTs('src/adapters/zgw.ts');
    const p311 = /** @type {(d: unknown) => any} */ (fromOpen311);
    const pzgw = /** @type {(d: unknown) => any} */ (fromZgw);
    assert.equal(typeof p311, 'function', 'src/adapters/open311.ts exports fromOpen311');
    assert.equal(typeof pzgw, 'function', 'src/adapters/zgw.ts exports fromZgw');
    for (const id of IDS) {
      const a = p311(await (await fetch(`${srv.url}/api/open311/requests/${id}.json`)).json());
      assert.ok(a.title && a.status?.label, `open311 ${id}`);
      const z = pzgw(await (await fetch(`${srv.url}/api/zgw/zaken/${id}`)).json());
      assert.ok(z.title && z.status?.label, `zgw ${id}`);
    }
  });

  test('the ZGW view read by the adapter dates every step as the klar view does: each step its own status, then the end status at the decision', async () => {
    // The view set each status when its step began and the adapter read that as the step's end:
    // afg-1188 said "Vi har truffet afgørelse, færdig 13. november" beside "Afgjort 27. november",
    // and every done step the day it began. Then the last step was the end status, so the step
    // before it ran until the decision: "Dine naboer fik besked, færdig 27. november" (the klar
    // view: 13 November). Each step now has a status of its own, and the end status (which closes
    // the zaak) follows them. Each case at every stage of the clock.
    const { fromZgw } = await importTs('src/adapters/zgw.ts');
    const day = (/** @type {string | undefined} */ d) => (d ? new Date(d).toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen' }) : d);
    const steps = (/** @type {any} */ c) => c.steps.map((/** @type {any} */ s) => `${s.title}: ${s.state} ${day(s.completedAt)}`);
    await fetch(`${srv.url}/api/clock/reset`, { method: 'POST' });
    try {
      for (let stage = 0; stage < 5; stage++) {
        for (const id of IDS) {
          const klar = await (await fetch(`${srv.url}/api/cases/${id}`)).json();
          const z = /** @type {any} */ (fromZgw)(await (await fetch(`${srv.url}/api/zgw/zaken/${id}`)).json());
          const closed = !!klar.decision || klar.steps.every((/** @type {any} */ s) => s.state === 'done');
          const end = { title: 'Sagen er afsluttet', state: closed ? 'done' : 'upcoming', completedAt: closed ? klar.decision?.decidedAt ?? klar.steps.at(-1).completedAt : undefined };
          assert.deepEqual(steps(z), steps({ steps: [...klar.steps, end] }), `${id} at stage ${stage}`);
          assert.equal(day(z.decision?.decidedAt), day(klar.decision?.decidedAt), `${id}: the decision's day`);
        }
        await fetch(`${srv.url}/api/clock/advance`, { method: 'POST' });
      }
    } finally {
      await fetch(`${srv.url}/api/clock/reset`, { method: 'POST' });
    }
  });

  test('the ZGW view gives each case the legal deadline the klar view gives, or one that has not passed (no complaint the klar view does not say)', async () => {
    // par-5521's 10-day service target was the zaaktype's doorlooptijd, which ZGW means as the legal
    // period: the adapter read a legal deadline of 2 December and told the citizen to complain.
    const { fromZgw } = await importTs('src/adapters/zgw.ts');
    const { parseCase } = await importTs('src/core/parse-case.ts');
    const { scheduleCase } = await importTs('src/core/schedule.ts');
    const now = new Date();
    for (const id of IDS) {
      const klar = await (await fetch(`${srv.url}/api/cases/${id}`)).json();
      const z = /** @type {any} */ (fromZgw)(await (await fetch(`${srv.url}/api/zgw/zaken/${id}`)).json());
      if (klar.promise?.legalDeadline) assert.equal(z.promise.legalDeadline, klar.promise.legalDeadline.slice(0, 10), id);
      assert.equal(scheduleCase(parseCase(z), now).lead.complaint, scheduleCase(parseCase(klar), now).lead.complaint, `${id}: the complaint sentence`);
    }
  });

  test('the clock moves a case on: new status, new ETag', async () => {
    const before = await fetch(`${srv.url}/api/cases/byg-2417`);
    const etag = before.headers.get('etag') ?? '';
    const doc = await before.json();
    const res = await fetch(`${srv.url}/api/clock/advance?case=byg-2417`, { method: 'POST' });
    assert.equal(res.status, 200);
    const { changed, cases } = await res.json();
    assert.deepEqual(changed, ['byg-2417']);
    assert.notEqual(cases[0].status.code, doc.status.code);
    const after = await fetch(`${srv.url}/api/cases/byg-2417`, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    // A finished case does not move.
    const done = await (await fetch(`${srv.url}/api/clock/advance?case=afg-1188`, { method: 'POST' })).json();
    assert.deepEqual(done.changed, []);
    await fetch(`${srv.url}/api/clock/reset`, { method: 'POST' });
    const reset = await (await fetch(`${srv.url}/api/cases/byg-2417`)).json();
    assert.equal(reset.status.code, doc.status.code);
  });

  test('the event stream sends the case at once and again on every change, with retry and heartbeats', async () => {
    const got = /** @type {any} */ (
      await readEvents(`${srv.url}/api/cases/par-5521/events`, 4, () => {
        void fetch(`${srv.url}/api/clock/advance?case=par-5521`, { method: 'POST' });
      })
    );
    assert.match(got.headers['content-type'], /^text\/event-stream/);
    assert.equal(got.headers['cache-control'], 'private, no-store, no-transform');
    assert.match(got.raw, /^retry: \d+$/m);
    const [named, plain, named2] = got.events;
    assert.equal(named.event, 'case');
    assert.equal(plain.event, 'message');
    assert.equal(plain.data, named.data);
    assert.equal(JSON.parse(named.data).status.code, 'forsinket');
    assert.equal(JSON.parse(named2.data).status.code, 'godkendt');
    assert.notEqual(named2.id, named.id);
    await fetch(`${srv.url}/api/clock/reset`, { method: 'POST' });
  });

  test('heartbeat events keep the stream alive (events, not comments: comments never reach the page)', async () => {
    // The heartbeat is 1 s here: read until the first ping, or 5 s (a fixed 1.3 s missed it on a loaded CI machine).
    const ping = /^event: ping\ndata: \d{4}-/m;
    const raw = await new Promise((resolve) => {
      let text = '';
      const done = () => {
        clearTimeout(timer);
        req.destroy();
        resolve(text);
      };
      const req = http.get(`${srv.url}/api/cases/afg-1188/events`, (res) => {
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
          if (ping.test(text)) done();
        });
      });
      req.on('error', () => {});
      const timer = setTimeout(done, 5000);
    });
    assert.match(String(raw), ping);
  });
});

describe('chaos switch', () => {
  const srv = useTestServer();

  test('503 with Retry-After, for the next n requests only', async () => {
    const set = await (await fetch(`${srv.url}/api/chaos?mode=503&retryAfter=7&times=2`, { method: 'POST' })).json();
    assert.equal(set.mode, '503');
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${srv.url}/api/cases/byg-2417`);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '7');
      assert.equal((await res.json()).error.code, 'chaos');
    }
    assert.equal((await fetch(`${srv.url}/api/cases/byg-2417`)).status, 200);
  });

  test('500, drop and slow', async () => {
    await fetch(`${srv.url}/api/chaos?mode=500&times=1`);
    assert.equal((await fetch(`${srv.url}/api/cases`)).status, 500);
    await fetch(`${srv.url}/api/chaos?mode=drop&times=1`);
    await assert.rejects(fetch(`${srv.url}/api/cases`));
    await fetch(`${srv.url}/api/chaos?mode=slow&delay=300&times=1`);
    const t0 = Date.now();
    assert.equal((await fetch(`${srv.url}/api/cases`)).status, 200);
    assert.ok(Date.now() - t0 >= 280);
    assert.equal((await (await fetch(`${srv.url}/api/chaos`)).json()).mode, 'off');
  });

  test('KLAR_CHAOS starts the server misbehaving; path= limits it to some endpoints', async () => {
    const { optionsFromEnv } = await import('../../../server/index.js');
    const opts = optionsFromEnv({ KLAR_CHAOS: '503', PORT: '0', KLAR_TICK_SECONDS: '0' });
    assert.equal(opts.chaos, '503');
    assert.equal(opts.host, '127.0.0.1');
    const other = await startTestServer({ chaos: opts.chaos });
    try {
      assert.equal((await fetch(`${other.url}/api/cases`)).status, 503);
      await fetch(`${other.url}/api/chaos?mode=500&path=/api/feedback`);
      assert.equal((await fetch(`${other.url}/api/cases`)).status, 200);
      assert.equal((await fetch(`${other.url}/api/feedback`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).status, 500);
    } finally {
      await other.stop();
    }
  });

  test('pages and the switch itself are never affected; unknown modes are refused', async () => {
    await fetch(`${srv.url}/api/chaos?mode=500`);
    try {
      assert.equal((await fetch(`${srv.url}/api/chaos`)).status, 200);
      assert.equal((await fetch(`${srv.url}/insights`)).status, 200);
    } finally {
      await fetch(`${srv.url}/api/chaos?mode=off`);
    }
    const bad = await fetch(`${srv.url}/api/chaos?mode=explode`);
    assert.equal(bad.status, 400);
  });
});

describe('pages and headers', () => {
  const srv = useTestServer();

  test('every answer has nosniff; pages have the strict CSP', async () => {
    for (const url of ['/api/cases', '/api/nope', '/insights', '/nope', '/demo/demo.css']) {
      const res = await fetch(`${srv.url}${url}`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', url);
      assert.ok(res.headers.get('content-security-policy'), url);
    }
    const page = await fetch(`${srv.url}/insights`);
    const csp = page.headers.get('content-security-policy') ?? '';
    for (const d of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
      assert.ok(csp.includes(d), d);
    }
  });

  test('the demo page loads like a production page: the CDN loader and a modulepreload for every chunk its elements need', async () => {
    const res = await fetch(`${srv.url}/`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<script type="module" src="\/cdn\/klar\.js"><\/script>/);
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="\/cdn\/([^"]+)">/g)].map((m) => m[1]);
    for (const f of ['klar-case.js', 'klar-case-status.js', 'klar-expectation-timeline.js', 'klar-step.js', 'klar-principle-badge.js', 'klar-feedback-form.js']) {
      assert.ok(preloads.includes(f), `${f} in ${preloads.join(', ')}`);
    }
    assert.ok(preloads.some((f) => /^chunks\/lit-[\w-]+\.js$/.test(f)), 'Lit is preloaded');
    assert.ok(!preloads.some((f) => /open311|zgw|klar-principles\.js|klar-all/.test(f)), 'nothing the page does not use');
    for (const f of preloads) assert.ok(existsSync(path.join(ROOT, 'dist/cdn', f)), f);
    assert.doesNotMatch(html, /<script>(?!\s*<\/script>)|<script type="module">|style=/, 'no inline scripts or styles');
  });

  test('without JavaScript the language link keeps the case on screen, as app.js writes it; a hostile case id stays inside the attribute', async () => {
    // It was `?lang=en` alone, which showed the first case instead of this one.
    const link = async (/** @type {string} */ q) => {
      const html = await (await fetch(`${srv.url}/${q}`)).text();
      const tag = /<a\b[^>]*\bid="lang-switch"[^>]*>[^<]*<\/a>/.exec(html)?.[0] ?? '';
      const href = /\bhref="([^"]*)"/.exec(tag)?.[1] ?? '';
      return { tag, href: href.replace(/&#38;/g, '&') };
    };
    const da = await link('?case=afg-1188');
    assert.match(da.tag, /lang="en" hreflang="en"[^>]*>English</, da.tag);
    assert.equal(da.href, '/?case=afg-1188&lang=en');
    const en = await link('?case=afg-1188&lang=en');
    assert.match(en.tag, /lang="da" hreflang="da"[^>]*>Dansk</, en.tag);
    assert.equal(en.href, '/?case=afg-1188&lang=da');
    assert.equal((await link('')).href, '/?lang=en');
    const hostile = await fetch(`${srv.url}/?case=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en`);
    const html = await hostile.text();
    assert.ok(!/<img src=x|onerror=alert\(1\)>/.test(html), 'the unknown id is never markup');
    const tag = /<a\b[^>]*\bid="lang-switch"[^>]*>/.exec(html)?.[0] ?? '';
    assert.match(tag, /\bhref="\/\?case=%22%3E%3Cimg\+src%3Dx\+onerror%3Dalert%281%29%3E&#38;lang=da">$/, tag);
  });

  test('the feedback form names the case on the page, and none for a case that is not there', async () => {
    // index.html is written with byg-2417's reference: a link to another case, or to none, filed
    // the citizen's feedback under byg-2417.
    const ref = async (/** @type {string} */ q) => {
      const html = await (await fetch(`${srv.url}/${q}`)).text();
      const tag = /<klar-feedback-form\b[^>]*\bid="feedback"[^>]*>/.exec(html)?.[0] ?? '';
      assert.ok(tag, 'the form is on the page');
      return /\bcase-reference="([^"]*)"/.exec(tag)?.[1];
    };
    const afg = /** @type {any} */ (await (await fetch(`${srv.url}/api/cases/afg-1188`)).json());
    assert.equal(await ref('?case=afg-1188'), afg.reference);
    assert.equal(await ref('?case=afg-1188&lang=en'), afg.reference);
    assert.equal(await ref('?case=does-not-exist'), undefined);
  });

  /**
   * The case picker of "Min sag" as sent: each option's value, words, and whether it is chosen.
   * @param {string} html
   */
  const pickerOf = (html) => {
    const select = /<select id="case-picker"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    return [...select.matchAll(/<option\b([^>]*)>([^<]*)<\/option>/g)].map(([, attrs, text]) => ({
      value: /\bvalue="([^"]*)"/.exec(attrs)?.[1],
      text,
      selected: /\bselected\b/.test(attrs),
      disabled: /\bdisabled\b/.test(attrs),
    }));
  };

  test('without JavaScript a link to a case that is not there shows "Vælg en sag" chosen in the picker, not the first case', async () => {
    // With JavaScript app.js already did; without it the browser showed the first case as chosen.
    for (const [q, words] of [['?case=nope', 'Vælg en sag'], ['?case=nope&lang=en', 'Choose a case']]) {
      const options = pickerOf(await (await fetch(`${srv.url}/${q}`)).text());
      assert.deepEqual(options[0], { value: '', text: words, selected: true, disabled: true }, `${q}: ${JSON.stringify(options[0])}`);
      assert.deepEqual(options.filter((o) => o.selected).length, 1, `${q}: one choice`);
      assert.deepEqual(options.slice(1).map((o) => o.value), IDS, `${q}: then every case`);
    }
    // A case that is there is chosen, with no empty choice before it.
    for (const q of ['?case=par-5521', '?case=par-5521&lang=en']) {
      const options = pickerOf(await (await fetch(`${srv.url}/${q}`)).text());
      assert.deepEqual(options.map((o) => o.value), IDS, q);
      assert.deepEqual(options.filter((o) => o.selected).map((o) => o.value), ['par-5521'], q);
    }
  });

  test('the page takes the case the link names as the API finds it: in any case of letters, or by its reference', async () => {
    // /api/cases/BYG-2417 found the case, but /?case=BYG-2417 said "Vi kan ikke finde sagen" without
    // JavaScript and chose nothing in the picker.
    const byg = /** @type {any} */ (await (await fetch(`${srv.url}/api/cases/byg-2417`)).json());
    for (const want of ['BYG-2417', 'Byg-2417', 'byg-2417', 'bYG-2026-2417']) {
      assert.equal((await fetch(`${srv.url}/api/cases/${want}`)).status, 200, `the API finds ${want}`);
      const html = await (await fetch(`${srv.url}/?case=${want}`)).text();
      assert.deepEqual(pickerOf(html).filter((o) => o.selected).map((o) => o.value), ['byg-2417'], `${want}: the picker`);
      assert.match(html, /<klar-case id="case" src="\/api\/cases\/byg-2417" events-src="\/api\/cases\/byg-2417\/events"/, `${want}: the provider`);
      assert.ok(html.includes(byg.title), `${want}: the case on the page as sent`);
      assert.doesNotMatch(html, /Vi kan ikke finde sagen/, want);
      assert.match(html, new RegExp(`<klar-feedback-form id="feedback"[^>]*case-reference="${byg.reference}"`), `${want}: feedback names it`);
    }
  });

  test('the CMS page carries the integrity of dist/cdn/klar.js as it is now', async () => {
    const cdn = path.join(ROOT, 'dist/cdn/klar.js');
    assert.ok(existsSync(cdn), 'dist/cdn/klar.js is missing: run `npm run build` first');
    const html = await (await fetch(`${srv.url}/cms.html`)).text();
    // Read the file after the page, in case a build ran in between (then the test retries).
    const expected = `sha384-${createHash('sha384').update(readFileSync(cdn)).digest('base64')}`;
    const tag = /<script[^>]*src="\/cdn\/klar\.js"[^>]*>/.exec(html)?.[0] ?? '';
    assert.ok(tag.includes(`integrity="${expected}"`), tag);
    assert.ok(tag.includes('crossorigin="anonymous"'));
    const js = await fetch(`${srv.url}/cdn/klar.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /text\/javascript/);
    assert.equal(js.headers.get('access-control-allow-origin'), '*');
    assert.equal(`sha384-${createHash('sha384').update(Buffer.from(await js.arrayBuffer())).digest('base64')}`, expected);
  });

  test('the CMS page pins every chunk the loader may import in an import map, allowed by its hash', async () => {
    const res = await fetch(`${srv.url}/cms.html`);
    const html = await res.text();
    const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const { integrity } = JSON.parse(map);
    const chunks = readdirSync(path.join(ROOT, 'dist/cdn'), { recursive: true })
      .map((f) => String(f).split(path.sep).join('/'))
      .filter((f) => f.endsWith('.js'));
    assert.ok(chunks.some((f) => f.startsWith('chunks/')), 'the CDN build has shared chunks');
    for (const f of chunks) {
      assert.equal(integrity[`/cdn/${f}`], `sha384-${createHash('sha384').update(readFileSync(path.join(ROOT, 'dist/cdn', f))).digest('base64')}`, f);
    }
    const hash = createHash('sha256').update(map).digest('base64');
    assert.ok((res.headers.get('content-security-policy') ?? '').includes(`'sha256-${hash}'`), 'the CSP allows the import map by its hash');
  });

  test('the CMS page without JavaScript gives each promise card its heading, in the words and at the level the card has with it', async () => {
    // Without JavaScript the card was only the editor's sentence ("Du får svar inden for 10 dage …"),
    // with no heading saying what it is. The CMS page's way without JavaScript is a <noscript> in
    // the page, as under its cases; its words are the library's own (they must not drift apart).
    const html = await (await fetch(`${srv.url}/cms.html`)).text();
    const { principleBadgeMessages } = await import(pathToFileURL(path.join(ROOT, 'dist/translations/principle-badge.js')).href);
    const names = await principleNamesFrom(path.join(ROOT, 'dist'))('da');
    assert.ok(names, 'the build has the principles\' names');
    const cards = [...html.matchAll(/<klar-principle-badge\b[^>]*\bvariant="card"[^>]*>/g)];
    assert.ok(cards.length, 'the page has a card');
    for (const m of cards) {
      const tag = m[0];
      const slug = /\bprinciple="([^"]+)"/.exec(tag)?.[1] ?? '';
      const level = /\bheading-level="(\d)"/.exec(tag)?.[1];
      assert.ok(level, `${slug}: the card has a heading level`);
      const words = `${/\bno-prefix\b/.test(tag) ? '' : `${principleBadgeMessages.da['principle.prefix']} `}${names[slug]}`;
      const before = html.slice(0, m.index).trimEnd();
      assert.ok(before.endsWith(`<noscript><h${level}>${words}</h${level}></noscript>`), `${slug}: right before the card: ${before.slice(-120)}`);
    }
  });

  test('no path leaves the served folders', async () => {
    for (const p of ['/demo/..%2f..%2fpackage.json', '/dist/%2e%2e/package.json', '/vendor/lit/..%2F..%2F..%2Fpackage.json', '/demo/%00', '/vendor/left-pad/index.js']) {
      const res = await fetch(`${srv.url}${p}`);
      // Either refused, or resolved inside the folder (lit's own package.json), never the project's.
      assert.ok([200, 400, 404].includes(res.status), `${p}: ${res.status}`);
      assert.doesNotMatch(await res.text(), /"name": "klar-elements"/, p);
    }
  });

  test('serves the Lit packages the ESM build imports', async () => {
    const res = await fetch(`${srv.url}/vendor/lit/index.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
  });

  test('wrong methods get 405 with Allow; unknown API paths 404 as JSON', async () => {
    const res = await fetch(`${srv.url}/api/cases`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'GET');
    const nf = await fetch(`${srv.url}/api/unknown`);
    assert.equal(nf.status, 404);
    assert.deepEqual(Object.keys((await nf.json()).error).sort(), ['code', 'message']);
  });

  test('malformed requests do not bring the server down', async () => {
    const net = await import('node:net');
    const reply = await new Promise((resolve) => {
      const sock = net.connect(srv.port, '127.0.0.1', () => sock.write('GARBAGE / HTTP/9\r\n\r\n'));
      let text = '';
      sock.on('data', (d) => (text += d));
      sock.on('close', () => resolve(text));
      sock.on('error', () => resolve(text));
    });
    assert.match(String(reply), /400/);
    assert.equal((await fetch(`${srv.url}/api/health`)).status, 200);
  });

  test('an address too long to read: a page gets 431 with a short page in words and a link home, the API its JSON', async () => {
    // The page was the raw JSON error. Node refuses these before any handler (clientError); its
    // own client reads the answer, so it is a complete HTTP response.
    const get = (/** @type {string} */ p) =>
      new Promise((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: srv.port, path: p }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
        });
        req.on('error', reject);
      });
    const long = 'x'.repeat(20_000);
    const pageAnswer = /** @type {any} */ (await get(`/?case=byg-2417&q=${long}`));
    assert.equal(pageAnswer.status, 431);
    assert.match(pageAnswer.headers['content-type'], /^text\/html; charset=utf-8$/);
    assert.equal(Number(pageAnswer.headers['content-length']), Buffer.byteLength(pageAnswer.body));
    assert.match(pageAnswer.headers['content-security-policy'] ?? '', /default-src 'none'/);
    assert.match(pageAnswer.body, /<html lang="da">[\s\S]*Adressen[^<]*er for lang[\s\S]*<a href="\/">Til forsiden<\/a>/);
    assert.match(pageAnswer.body, /<div lang="en">[\s\S]*too long[\s\S]*<a href="\/\?lang=en">To the front page<\/a>/);
    assert.doesNotMatch(pageAnswer.body, /headers-too-large|431|"error"/, 'no code or JSON for a citizen');
    const api = /** @type {any} */ (await get(`/api/cases?x=${long}`));
    assert.equal(api.status, 431);
    assert.match(api.headers['content-type'], /^application\/json/);
    assert.equal(JSON.parse(api.body).error.code, 'headers-too-large');
    assert.equal((await fetch(`${srv.url}/api/health`)).status, 200);
  });
});

describe('the simulated clock', () => {
  test('every case ends in its decision: at the last stage the outcome and its kind, every step done', () => {
    for (const id of IDS) {
      const clock = new CaseClock({ startedAt: Date.parse('2026-12-03T09:00:00Z'), tickSeconds: 0 });
      while (clock.advance(id));
      const doc = /** @type {any} */ (clock.get(id));
      assert.ok(doc.decision?.outcome && doc.decision?.kind, `${id}: decided at its last stage (${doc.status.code})`);
      assert.deepEqual(
        doc.steps.filter((/** @type {any} */ s) => s.state !== 'done').map((/** @type {any} */ s) => `${s.title}: ${s.state}`),
        [],
        `${id}: the decision completes every step`,
      );
    }
  });

  test('each change has an updatedAt of its own, also two in one millisecond (a list beside the case keeps the newer by updatedAt)', () => {
    // Two advances in one millisecond (the demo's "two steps") gave the second the first's updatedAt:
    // a <klar-case-list> that had read the first kept its status beside a status card saying the second.
    const startedAt = Date.parse('2026-12-04T12:00:00Z');
    const clock = new CaseClock({ startedAt, now: () => startedAt, tickSeconds: 0 });
    const seen = [/** @type {any} */ (clock.get('byg-2417')).updatedAt];
    for (let i = 0; i < 2; i++) {
      assert.equal(clock.advance('byg-2417'), 'byg-2417');
      seen.push(/** @type {any} */ (clock.get('byg-2417')).updatedAt);
    }
    assert.deepEqual([...seen].sort(), seen);
    assert.equal(new Set(seen).size, 3, seen.join(' '));
  });

  test('the received step says the day the case was received, the day the processing time counts from', () => {
    // bol-0893 said "Vi har modtaget din ansøgning — Færdig 30. november" for a case received on
    // 25 November, which its ZGW view said; "inden for 4 uger fra den dag, vi får dem" counts from the 25th.
    const startedAt = Date.parse('2026-12-04T12:00:00Z');
    const clock = new CaseClock({ startedAt, now: () => startedAt, tickSeconds: 0 });
    const first = (/** @type {any[]} */ (clock.list())).map((doc) => [doc.id, doc.steps[0].state, doc.steps[0].completedAt === doc.receivedAt]);
    assert.deepEqual(first.filter(([, state, same]) => state !== 'done' || !same), []);
  });

  test('staff act on working days: every moment of the municipality falls on a working day, after the application and before now', () => {
    // The demo is built relative to the day the server starts: try every start day of a year.
    const closed = new Set(['01-01', '06-05', '12-24', '12-25', '12-26', '12-31']);
    const cph = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });
    /** @type {string[]} */
    const wrong = [];
    for (let day = 0; day < 366; day++) {
      const startedAt = Date.parse('2026-01-01T09:00:00Z') + day * 86_400_000;
      const clock = new CaseClock({ startedAt, now: () => startedAt, tickSeconds: 0 });
      for (const doc of /** @type {any[]} */ (clock.list())) {
        const staff = [
          ['status since', doc.status.since !== doc.receivedAt ? doc.status.since : undefined],
          // Receipt is the citizen's act (a digital application on a Sunday evening is received then).
          ...doc.steps.filter((/** @type {any} */ s) => s.completedAt !== doc.receivedAt).map((/** @type {any} */ s) => [`${s.id} done`, s.completedAt]),
          ...doc.delays.map((/** @type {any} */ d) => ['delay told', d.announcedAt]),
          ...doc.handoffs.map((/** @type {any} */ h) => ['handoff', h.at]),
          ['decided', doc.decision?.decidedAt],
          ['updated', doc.updatedAt],
        ].filter(([, at]) => at);
        const done = doc.steps.map((/** @type {any} */ s) => s.completedAt).filter(Boolean);
        if (done.some((/** @type {string} */ at, /** @type {number} */ i) => i > 0 && at < done[i - 1])) wrong.push(`${doc.id}: steps done out of order (${done.join(', ')})`);
        for (const [what, at] of staff) {
          const parts = Object.fromEntries(cph.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
          const where = `${doc.id} ${what} ${at} (${parts.weekday}), started ${new Date(startedAt).toISOString().slice(0, 10)}`;
          if (['Sat', 'Sun'].includes(parts.weekday) || closed.has(`${parts.month}-${parts.day}`)) wrong.push(`not a working day: ${where}`);
          if (Date.parse(at) < Date.parse(doc.receivedAt)) wrong.push(`before the application (${doc.receivedAt}): ${where}`);
          if (Date.parse(at) > startedAt) wrong.push(`after now: ${where}`);
        }
      }
    }
    assert.deepEqual(wrong.slice(0, 12), [], `${wrong.length} staff moments are wrong`);
  });

  test('a status that says the answer comes "within a few days" agrees with the date the page says', async () => {
    const { parseCase } = await importTs('src/core/parse-case.ts');
    const { scheduleCase } = await importTs('src/core/schedule.ts');
    const t = Date.parse('2026-12-03T09:00:00Z');
    for (const id of IDS) {
      const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0 });
      do {
        const doc = /** @type {any} */ (clock.get(id));
        if (/få dage|snart|i morgen/i.test(doc.status.description ?? '')) {
          const lead = scheduleCase(parseCase(doc), new Date(t)).lead;
          const latest = lead.when?.latest ?? (lead.date ? new Date(lead.date) : undefined);
          assert.ok(latest && latest.getTime() - t <= 7 * 86_400_000, `${id} "${doc.status.code}": "${doc.status.description}" but the answer is expected ${latest?.toISOString().slice(0, 10)}`);
        }
      } while (clock.advance(id));
    }
  });

  test('no status text points to a date that may pass while the status stands ("Se den nye dato nedenfor" on 15 December, after the new date)', () => {
    const t = Date.parse('2026-12-03T09:00:00Z');
    for (const id of IDS) {
      const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0 });
      do {
        const doc = /** @type {any} */ (clock.get(id));
        assert.doesNotMatch(doc.status.description ?? '', /(ny|nye) dato|nedenfor|ovenfor/i, `${id} "${doc.status.code}"`);
      } while (clock.advance(id));
    }
  });

  test('starting over leaves a case that never moved as it was, and puts a moved one back to its own start, not to "changed today"', () => {
    // Every restart set each case's updatedAt to now: the decided afg-1188 said "Sagen blev sidst
    // ændret 5. december 2026 kl. 19:25", a change that was not there.
    let t = Date.parse('2026-12-05T09:00:00Z');
    const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0 });
    const first = Object.fromEntries(clock.ids().map((id) => [id, { updatedAt: clock.get(id)?.updatedAt, version: clock.meta(id)?.version }]));
    /** @type {string[]} */
    const emitted = [];
    clock.on('change', (/** @type {string} */ id) => emitted.push(id));
    /** @type {string[]} */
    let restarted = [];
    for (let tick = 0; tick < 100; tick++) {
      t += 45_000;
      const before = emitted.length;
      if (clock.advance() === undefined) {
        restarted = emitted.slice(before);
        break;
      }
    }
    const moved = [...new Set(emitted.slice(0, emitted.length - restarted.length))];
    assert.ok(moved.includes('byg-2417') && !moved.includes('afg-1188'), `moved: ${moved}`);
    assert.ok(restarted.includes('byg-2417'), `the restart sent byg-2417 back: ${restarted}`);
    for (const id of clock.ids()) {
      assert.equal(clock.get(id)?.updatedAt, first[id].updatedAt, `${id}: its last change after the restart`);
      if (!moved.includes(id)) assert.equal(clock.meta(id)?.version, first[id].version, `${id} never moved: the same version, no change sent`);
    }
    assert.ok(!restarted.includes('afg-1188'), `the restart sent no change for afg-1188: ${restarted}`);
  });

  test('a finished demo waits to start over while a page reads it', () => {
    let t = Date.parse('2026-12-05T09:00:00Z');
    let reading = true;
    const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0, watched: () => reading });
    for (let i = 0; i < 100 && clock.advance() !== undefined; i++) t += 45_000;
    const decided = clock.get('byg-2417');
    assert.ok(decided?.decision, 'byg-2417 is decided');
    assert.equal(clock.advance(), undefined);
    assert.equal(clock.get('byg-2417'), decided, 'still decided while a page reads it');
    reading = false;
    clock.advance();
    assert.equal(clock.get('byg-2417')?.decision, undefined, 'started over once nobody reads');
  });

  test("the sample cases' own words hold no dates, and no status description says the task again (README: say each thing once)", () => {
    // A date in free text goes stale and can contradict the one the elements show from its field.
    const MONTH = /\b(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b|\b\d{1,2}\.\s?\d{1,2}\.|\b\d{4}-\d{2}-\d{2}\b/i;
    const t = Date.parse('2026-12-05T09:00:00Z');
    const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0 });
    for (const id of clock.ids()) {
      do {
        const doc = /** @type {any} */ (clock.get(id));
        const at = `${id} "${doc.status.code}"`;
        const texts = [
          ['status.description', doc.status.description],
          ...doc.steps.flatMap((/** @type {any} */ x, /** @type {number} */ i) => [[`steps[${i}].description`, x.description], [`steps[${i}].citizenAction.text`, x.citizenAction?.text]]),
          ...doc.suspensions.flatMap((/** @type {any} */ x, /** @type {number} */ i) => [[`suspensions[${i}].reason`, x.reason], [`suspensions[${i}].citizenAction.text`, x.citizenAction?.text]]),
          ...doc.delays.map((/** @type {any} */ x, /** @type {number} */ i) => [`delays[${i}].reason`, x.reason]),
          ['decision.summary', doc.decision?.summary],
          ['decision.appeal.howTo', doc.decision?.appeal?.howTo],
        ].filter(([, v]) => v);
        for (const [field, text] of texts) assert.doesNotMatch(text, MONTH, `${at} ${field}`);
        // The task is said by the status's task box: its description does not name it again.
        const tasks = [...doc.steps.map((/** @type {any} */ x) => x.state !== 'done' && x.citizenAction), ...doc.suspensions.map((/** @type {any} */ x) => !x.until && x.citizenAction)].filter(Boolean);
        if (tasks.length && doc.status.description) assert.doesNotMatch(doc.status.description, /mangler|send|upload/i, `${at}: a task is open, and the status description says it again`);
      } while (clock.advance(id));
    }
  });

  test('for 30 minutes of 45-second ticks, one case always waits, one is late and one is in progress', async () => {
    const { parseCase } = await importTs('src/core/parse-case.ts');
    const { scheduleCase } = await importTs('src/core/schedule.ts');
    let t = Date.parse('2026-12-02T09:00:00Z');
    const clock = new CaseClock({ startedAt: t, now: () => t, tickSeconds: 0 });
    for (let tick = 0; tick <= 40; tick++) {
      const kinds = clock.list().map((doc) => {
        const c = parseCase(doc);
        const s = scheduleCase(c, new Date(t));
        if (c.decision) return 'decided';
        if (s.openSuspension) return 'waiting';
        // As the status tag reads it (core/status-kind.ts): a case delay, a step late or with a delay announced.
        if (s.promise?.caseDelay || s.steps.some((/** @type {any} */ x) => x.overdue || (x.delay && x.step.state !== 'done'))) return 'delayed';
        return 'in-progress';
      });
      for (const k of ['waiting', 'delayed', 'in-progress']) assert.ok(kinds.includes(k), `tick ${tick}: ${kinds.join(', ')} has no ${k}`);
      clock.advance();
      t += 45_000;
    }
  });
});
