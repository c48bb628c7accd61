import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { containsCpr } from '../../src/core/pii.js';
import { CPR_SPELLINGS, digitsOf } from '../helpers/cpr-table.js';
import { $, click, makeForm, maybe, records, send, testId, type } from './helpers.js';

/** The CPR numbers the tests type: the one written in the older tests, and every spelling in the table. */
const ALL_DIGITS = ['0102031234', ...new Set(CPR_SPELLINGS.map(([, , d]) => d))];

/** True when `s` holds a test CPR number in any shape (checked without the detector under test). */
function leaks(raw: string): boolean {
  // Machine-made values are not the citizen's text: a random Idempotency-Key (UUID) or a
  // timestamp can hold a CPR-shaped run ("…050524-8056…") by chance. Check what was typed.
  const s = raw
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '');
  const digits = digitsOf(s);
  return containsCpr(s) || ALL_DIGITS.some((d) => digits.includes(d));
}

function str(v: unknown): string {
  try {
    return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

describe('klar-feedback-form: no CPR-like string reaches storage, console, URLs or event details', () => {
  let sandbox: sinon.SinonSandbox;
  const seen: { where: string; text: string }[] = [];
  const locations: string[] = [];

  beforeEach(() => {
    seen.length = 0;
    locations.length = 0;
    sandbox = sinon.createSandbox();
    sandbox.spy(Storage.prototype, 'setItem');
    for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) sandbox.spy(console, m);
    sandbox.spy(history, 'pushState');
    sandbox.spy(history, 'replaceState');
    const orig = EventTarget.prototype.dispatchEvent;
    sandbox.replace(EventTarget.prototype, 'dispatchEvent', function (this: EventTarget, e: Event) {
      const detail = (e as CustomEvent).detail;
      if (detail !== undefined && detail !== null && typeof detail !== 'number') seen.push({ where: `event ${e.type}`, text: str(detail) });
      locations.push(location.href);
      return orig.call(this, e);
    });
  });

  afterEach(() => {
    sandbox.restore();
    sessionStorage.clear();
  });

  function assertNoLeak(): void {
    const spies: [string, sinon.SinonSpy][] = [
      ['sessionStorage.setItem', Storage.prototype.setItem as unknown as sinon.SinonSpy],
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => [`console.${m}`, console[m] as unknown as sinon.SinonSpy] as [string, sinon.SinonSpy]),
      ['history.pushState', history.pushState as unknown as sinon.SinonSpy],
      ['history.replaceState', history.replaceState as unknown as sinon.SinonSpy],
    ];
    for (const [name, spy] of spies) {
      for (const call of spy.getCalls()) expect(leaks(call.args.map(str).join(' ')), `${name}: ${call.args.map(str).join(' ')}`).to.equal(false);
    }
    for (const s of seen) expect(leaks(s.text), `${s.where}: ${s.text}`).to.equal(false);
    for (const l of [...locations, location.href]) expect(leaks(l), l).to.equal(false);
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i)!;
      expect(leaks(k + sessionStorage.getItem(k)), 'sessionStorage').to.equal(false);
    }
  }

  for (const [variant, note] of CPR_SPELLINGS) {
    it(`pii="redact": a CPR number typed with ${note} is masked in the body, and kept out of storage, console, URLs and events`, async () => {
      const t = testId();
      const el = await makeForm({ t, mode: 'report', attrs: { 'case-reference': 'SAG-1' } });
      await type(el, '#f-whatWentWrong', `Mit CPR-nummer er ${variant} og siden fejler`);
      await type(el, '#f-where', `Siden for ${variant}`);
      await click(el, '#f-attachCase');
      expect(maybe(el, '#f-whatWentWrong-cpr'), 'the citizen is warned').to.not.equal(null);
      expect(Storage.prototype.setItem as unknown as sinon.SinonSpy).to.have.property('called', true);
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      const r = await records(t);
      expect(r.count).to.equal(1);
      expect(leaks(JSON.stringify(r.records[0].body)), 'body').to.equal(false);
      expect((r.records[0].body as any).answers.whatWentWrong.replace(/\p{Cf}/gu, '')).to.equal('Mit CPR-nummer er [CPR-nummer fjernet] og siden fejler');
      expect(r.attempts.every((a) => !leaks(a.url) && !a.referer)).to.equal(true);
      expect(seen.some((s) => s.where === 'event klar-feedback-submit')).to.equal(true);
      assertNoLeak();
    });

    it(`pii="block": a CPR number typed with ${note} stops the send; nothing leaves the page`, async () => {
      const t = testId();
      const el = await makeForm({ t, mode: 'quick', attrs: { pii: 'block' } });
      await click(el, '#f-helped-no');
      await type(el, '#f-comment', `Mit nummer: ${variant}`);
      const err = oneEvent(el, 'klar-feedback-error');
      await send(el);
      expect((await err).detail.reason).to.equal('blocked');
      await el.updateComplete;
      expect($(el, '#error-summary').textContent).to.contain('CPR');
      expect((await records(t)).attempts, 'nothing was sent').to.have.length(0);
      assertNoLeak();
    });

    it(`pii="warn": a CPR number typed with ${note} is warned about and kept out of the body, draft, console, URLs and events`, async () => {
      const t = testId();
      const el = await makeForm({ t, mode: 'full', attrs: { pii: 'warn' } });
      await type(el, '#f-improve', `Nr ${variant}`);
      expect(maybe(el, '#f-improve-cpr'), 'the citizen is warned').to.not.equal(null);
      const submitted = oneEvent(el, 'klar-feedback-submit');
      await send(el);
      expect(leaks(JSON.stringify((await submitted).detail))).to.equal(false);
      await oneEvent(el, 'klar-feedback-sent');
      // warn only changes what the citizen is told: the number is masked in the body too.
      const body = JSON.stringify((await records(t)).records[0].body);
      expect(leaks(body), 'the POST body').to.equal(false);
      expect(body).to.contain('Nr ');
      assertNoLeak();
    });
  }

  it('keeps it out of the draft and events in the full form, and out of the restored draft', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'full', id: 'priv' });
    await type(el, '#f-worked', 'Godt, mit nr er 010203-1234');
    await type(el, '#f-improve', '0102031234');
    await click(el, '#f-wantsAnswer');
    await type(el, '#f-phone', '0102031234');
    await send(el); // phone error (a CPR is not a phone number): error summary, error event
    assertNoLeak();
  });

  it('with pii="warn" keeps the number out of the body too, and out of events, drafts and the console', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'report', attrs: { pii: 'warn' } });
    await type(el, '#f-whatWentWrong', 'Nr 010203-1234');
    const submitted = oneEvent(el, 'klar-feedback-submit');
    await send(el);
    const ev = await submitted;
    expect(leaks(JSON.stringify(ev.detail))).to.equal(false);
    await oneEvent(el, 'klar-feedback-sent');
    const r = await records(t);
    expect((r.records[0].body as any).answers.whatWentWrong).to.match(/^Nr \S/);
    expect((r.records[0].body as any).answers.whatWentWrong).to.not.contain('010203');
    assertNoLeak();
  });

  it('keeps it out of the error event when the server echoes it in a field error', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'report', seq: '422', extra: '&field=whatWentWrong&echo=1', attrs: { pii: 'warn' } });
    await type(el, '#f-whatWentWrong', 'Nr 010203-1234');
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    const ev = await err;
    expect(ev.detail.errors![0].message).to.contain('Teksten kan ikke modtages');
    expect(seen.length).to.be.greaterThan(0);
    assertNoLeak();
  });
});
