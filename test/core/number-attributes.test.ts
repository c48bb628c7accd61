// One rule for every number attribute of every element (the house's way: core/converters.ts
// `numberIn`, core/heading.ts, feedback-form/answer-days.ts): a value it does not take gets one
// plain console warning naming the attribute and a sensible default. A citizen never reads
// "NaN", "Infinity" or "undefined"; nothing throws; and where the attribute drives a timer, a bad
// value never makes a request loop (setTimeout runs a delay past 2^31-1 ms, Infinity or NaN at
// once). Real endpoints (test/helpers/routes/), a fake clock for the element's timers.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-case-list.js';
import '../../src/klar-feedback-form.js';
import '../../src/klar-expectation-timeline.js';
import '../../src/klar-principles.js';
import '../../src/klar-principle-badge.js';
import type { KlarCase } from '../../src/klar-case.js';
import { examples } from '../../stories/expectation-timeline.stories.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, serverLog, setVisibility, restoreVisibility, uid } from '../case/helpers.js';
import { fillQuick, makeForm, records, send, testId } from '../feedback-form/helpers.js';
import { until } from '../helpers/until.js';

/** What an integrator may type: text, empty, zero, negative, a fraction, huge, Infinity, past any number. */
const BAD = ['abc', '', '0', '-1', '1.5', '1e9', 'Infinity', '99999999999999999999'];

/** Every text the element shows: its light DOM and every shadow root in it. */
function allText(el: Element): string {
  const parts = [el.textContent ?? ''];
  for (const e of [el, ...el.querySelectorAll('*')]) if (e.shadowRoot) parts.push(allText(e.shadowRoot as unknown as Element));
  return parts.join(' ');
}

let warn: sinon.SinonStub;
let clock: sinon.SinonFakeTimers | undefined;
const thrown: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error ?? e.message);

beforeEach(() => {
  setVisibility('visible', false);
  thrown.length = 0;
  warn = sinon.stub(console, 'warn');
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
});
afterEach(() => {
  clock?.restore();
  clock = undefined;
  warn.restore();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  detachAll();
});
after(() => restoreVisibility());

/** The warnings that name `<tag> attr="value"`. */
const warningsFor = (tag: string, attr: string, value: string) => warn.args.map((a) => String(a[0])).filter((m) => m.includes(`<${tag}>`) && m.includes(`${attr}="${value}"`));

/**
 * The checks every row shares, as a list of what is wrong (so a red run names every value): no raw
 * number words, one warning for a value it does not take (none for one it takes). Nothing thrown is checked per row.
 */
function problems(el: Element, tag: string, attr: string, value: string, takes: readonly string[]): string[] {
  const where = `${tag} ${attr}="${value}"`;
  const out: string[] = [];
  const raw = allText(el).match(/NaN|Infinity|undefined/);
  if (raw) out.push(`${where}: shows "${raw[0]}"`);
  const warned = warningsFor(tag, attr, value).length;
  if (warned !== (takes.includes(value) ? 0 : 1)) out.push(`${where}: ${warned} warnings naming it`);
  return out;
}

/** Runs the fake clock for `total` ms in `step`s, letting real requests answer between steps. */
async function run(total: number, step: number): Promise<void> {
  for (let t = 0; t < total; t += step) {
    await clock!.tickAsync(step);
    await realSleep(15);
  }
}

describe('number attributes: <klar-case> and <klar-case-list> (real endpoints, fake clock)', () => {
  // `events` makes the stream fail (500), so polling falls back to every `heartbeat`.
  const rows = [
    // A bare `refresh` (written as if it turned refreshing on) is off, and said so.
    { tag: 'klar-case', attr: 'refresh', takes: ['0', '1.5'] },
    { tag: 'klar-case', attr: 'heartbeat', takes: ['1.5'], events: true },
    { tag: 'klar-case', attr: 'timeout', takes: ['1.5'] },
    { tag: 'klar-case', attr: 'max-bytes', takes: ['1e9'] },
    { tag: 'klar-case-list', attr: 'refresh', takes: ['0', '1.5'] },
    { tag: 'klar-case-list', attr: 'timeout', takes: ['1.5'] },
    { tag: 'klar-case-list', attr: 'max-bytes', takes: ['1e9'] },
  ];
  for (const row of rows) {
    it(`${row.tag} ${row.attr}: no request loop, the case shown, a warning for a value it does not take`, async () => {
      const doc = await fixtureJson('klar/received');
      const els = await Promise.all(
        BAD.map(async (value) => {
          const id = uid();
          await putDoc(id, row.tag === 'klar-case' ? doc : [doc]);
          const el = document.createElement(row.tag) as KlarCase;
          el.setAttribute('src', `/api/case/doc/${id}`);
          if (row.events) el.setAttribute('events-src', `/api/case-events/${id}?status=500`);
          el.setAttribute(row.attr, value);
          if (row.tag === 'klar-case') el.append(document.createElement('klar-case-status'));
          return { id, el, value };
        }),
      );
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      for (const { el } of els) attach(el);
      await run(12_000, 300);
      const wrong: string[] = [];
      for (const { id, el, value } of els) {
        const where = `${row.tag} ${row.attr}="${value}"`;
        // A value it does not take is the default: one request in 12 s. One it takes (1.5 s) polls at most once a second.
        const n = (await serverLog(id)).length;
        if (row.takes.includes(value) ? n > 13 : n !== 1) wrong.push(`${where}: ${n} requests in 12 s`);
        if (!allText(el).includes('Byggetilladelse til carport')) wrong.push(`${where}: the case is not shown`);
        wrong.push(...problems(el, row.tag, row.attr, value, row.takes));
      }
      expect(wrong).to.deep.equal([]);
      expect(thrown, 'nothing thrown').to.deep.equal([]);
    });
  }
});

describe('number attributes: <klar-feedback-form> sending (real endpoint, fake clock)', () => {
  // retry-delay: the first retry comes no sooner than half the default delay (1000 ms).
  const rows = [
    { attr: 'retries', seq: '500', total: 12_000, step: 600, attempts: [1, 5], status: 'failed', takes: ['0'] },
    { attr: 'retry-delay', seq: '500', total: 400, step: 20, attempts: [1, 1], status: 'retrying', takes: [] },
    { attr: 'timeout', seq: '201', total: 12_000, step: 600, attempts: [1, 1], status: 'sent', takes: [] },
    { attr: 'min-time', seq: '201', total: 12_000, step: 600, attempts: [1, 1], status: 'sent', takes: ['0'] },
  ];
  for (const row of rows) {
    it(`${row.attr}: no request loop, the form ends ${row.status}, a warning for a value it does not take`, async () => {
      const forms = await Promise.all(
        BAD.map(async (value) => {
          const t = testId();
          const el = await makeForm({ t, seq: row.seq });
          await fillQuick(el);
          // The one-click answer "Ja" goes at once (its own records); the message, sent after, is what is counted.
          await until(async () => (await records(t)).answers.count === 1, { message: 'the one-click answer stored' });
          el.setAttribute(row.attr, value);
          await el.updateComplete;
          return { t, el, value };
        }),
      );
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      for (const { el } of forms) await send(el);
      await run(row.total, row.step);
      const wrong: string[] = [];
      for (const { t, el, value } of forms) {
        const where = `klar-feedback-form ${row.attr}="${value}"`;
        const attempts = (await records(t)).attempts.length;
        // retries="0" takes no retry: one attempt. An empty one (Lit's 0) is the default, with the warning.
        const [least, most] = row.attr === 'retries' && row.takes.includes(value) ? [1, 1] : row.attempts;
        if (attempts < least || attempts > most) wrong.push(`${where}: ${attempts} attempts`);
        if (el.status !== row.status) wrong.push(`${where}: ${el.status}`);
        wrong.push(...problems(el, 'klar-feedback-form', row.attr, value, row.takes));
      }
      expect(wrong).to.deep.equal([]);
      expect(thrown, 'nothing thrown').to.deep.equal([]);
    });
  }
});

describe('number attributes: what the elements draw', () => {
  const rows: { tag: string; attr: string; takes: string[]; make: () => Promise<HTMLElement> }[] = [
    ...['klar-case-status', 'klar-case-list'].map((tag) => ({
      tag,
      attr: 'heading-level',
      takes: [],
      make: async () => {
        const doc = await fixtureJson('klar/received');
        const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        if (tag === 'klar-case-status') el.case = doc;
        else el.cases = [doc];
        return el;
      },
    })),
    ...['heading-level', 'fold-after'].map((attr) => ({
      tag: 'klar-expectation-timeline',
      attr,
      takes: attr === 'fold-after' ? ['0'] : [],
      make: async () => Object.assign(document.createElement('klar-expectation-timeline'), { case: examples.waitingForCitizen, now: new Date('2026-11-24T10:00:00Z') }),
    })),
    {
      tag: 'klar-principles',
      attr: 'heading-level',
      takes: ['0'],
      make: async () => Object.assign(document.createElement('klar-principles'), { principles: 'klar-tale' }),
    },
    {
      tag: 'klar-principle-badge',
      attr: 'heading-level',
      takes: ['0'],
      make: async () => Object.assign(document.createElement('klar-principle-badge'), { principle: 'sammenhaeng', variant: 'card' }),
    },
    ...['heading-level', 'answer-days'].map((attr) => ({
      tag: 'klar-feedback-form',
      attr,
      takes: [],
      make: async () => Object.assign(document.createElement('klar-feedback-form'), { mode: 'full', action: '/api/feedback' }),
    })),
  ];
  for (const row of rows) {
    it(`${row.tag} ${row.attr}: drawn plainly, a warning for a value it does not take`, async () => {
      const els = await Promise.all(
        BAD.map(async (value) => {
          const el = await row.make();
          el.setAttribute(row.attr, value);
          attach(el);
          return { el, value };
        }),
      );
      const wrong: string[] = [];
      for (const { el, value } of els) {
        await until(() => allText(el).trim().length > 0, { message: `${row.tag} drawn` });
        if (row.tag === 'klar-feedback-form') await until(() => (el.shadowRoot ?? el).querySelector('textarea'), { message: 'the full form drawn' });
        wrong.push(...problems(el, row.tag, row.attr, value, row.takes));
      }
      expect(wrong).to.deep.equal([]);
      expect(thrown, 'nothing thrown').to.deep.equal([]);
    });
  }
});

describe('number attributes: a time in the other element\'s unit', () => {
  // <klar-case> counts seconds and <klar-feedback-form> milliseconds: `timeout="15000"` copied from
  // the form onto a case waited over four hours, and `timeout="15"` copied onto the form gave up on
  // every attempt after 15 ms, both in silence (the values are in range).
  it('<klar-case> timeout or heartbeat of 1000 or more says it is in seconds; one it reads as meant says nothing', async () => {
    const doc = await fixtureJson('klar/received');
    for (const [attr, value, hint] of [['timeout', '15000', true], ['heartbeat', '1000', true], ['timeout', '15', false]] as const) {
      const id = uid();
      await putDoc(id, doc);
      const el = document.createElement('klar-case') as KlarCase;
      el.setAttribute('src', `/api/case/doc/${id}`);
      if (attr === 'heartbeat') el.setAttribute('events-src', `/api/case-events/${id}?status=500`);
      el.setAttribute(attr, value);
      el.append(document.createElement('klar-case-status'));
      attach(el);
      await until(() => allText(el).includes('Byggetilladelse til carport'), { message: `<klar-case ${attr}="${value}"> shows the case` });
      const said = warningsFor('klar-case', attr, value);
      if (!hint) expect(said, `${attr}="${value}"`).to.deep.equal([]);
      else expect(said, `${attr}="${value}"`).to.deep.equal([`klar-elements: <klar-case> ${attr}="${value}" is in seconds, not milliseconds: for ${+value / 1000} s write ${+value / 1000}.`]);
    }
  });

  it('<klar-feedback-form> timeout under 100 says it is in milliseconds when it sends; 15000 says nothing', async () => {
    for (const value of ['15', '15000']) {
      const t = testId();
      const el = await makeForm({ t, attrs: { timeout: value, retries: '0' } });
      await fillQuick(el);
      await send(el);
      await until(() => el.status === 'sent' || el.status === 'failed', { message: `timeout="${value}": the send ended`, timeout: 10_000 });
      const said = warningsFor('klar-feedback-form', 'timeout', value);
      if (value === '15000') expect(said).to.deep.equal([]);
      else expect(said).to.deep.equal(['klar-elements: <klar-feedback-form> timeout="15" is in milliseconds, not seconds: for 15 s write 15000.']);
    }
  });
});
