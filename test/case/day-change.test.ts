// A page left open over Danish midnight: the status, the timeline and the list say the new day's
// "i dag", "i morgen" and passed deadlines without a new case or a refresh (the audit's case: at
// 00:08 every element still said "Senest i dag, 6. december 2026" and "(i morgen)" of the 7th).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import '../../src/klar-case-list.js';
import { parseCase } from '../../src/core/parse-case.js';
import { rootText } from '../helpers/root.js';

const CASE = {
  id: 'mid-1',
  reference: 'MID-1',
  title: 'Sag over midnat',
  receivedAt: '2026-11-20',
  status: { code: 'waiting', label: 'Venter på dig', since: '2026-11-30' },
  steps: [
    { id: 'a', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-11-20' },
    { id: 'b', title: 'Vi mangler et dokument', state: 'current', citizenAction: { text: 'Send os lejekontrakten.', dueDate: '2026-12-06' } },
    { id: 'c', title: 'Vi læser det, du har sendt', state: 'upcoming', expected: '2026-12-07' },
  ],
};

const flat = (el: Element) => rootText(el);

describe('a page left open over midnight', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // 23:58 in Copenhagen on Sunday 6 December.
    clock = sinon.useFakeTimers({ now: Date.parse('2026-12-06T22:58:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  it('says the new day in the status, the timeline and the list, with no new case and no refresh', async () => {
    const data = parseCase(CASE);
    const wrap = await fixture<HTMLElement>(html`<div>
      <klar-case-status .case=${data}></klar-case-status>
      <klar-expectation-timeline .case=${data}></klar-expectation-timeline>
      <klar-case-list .cases=${[CASE]}></klar-case-list>
    </div>`);
    const els = [...wrap.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(els.map((e) => e.updateComplete));
    const [status, timeline, list] = els.map(flat);
    expect(status).to.contain('Senest i dag, 6. december 2026');
    expect(timeline).to.contain('Fristen er i dag, 6. december 2026.').and.to.contain('Forventet færdig 7. december 2026 (i morgen)');
    expect(list).to.contain('Senest i dag, 6. december 2026.');
    // 00:08 on Monday 7 December.
    await clock.tickAsync(10 * 60_000);
    await Promise.all(els.map((e) => e.updateComplete));
    const [status2, timeline2, list2] = els.map(flat);
    for (const t of [status2, timeline2, list2]) {
      expect(t).to.contain('Fristen var 6. december 2026. Den er gået.');
      expect(t).not.to.contain('i dag, 6. december');
    }
    expect(timeline2).not.to.contain('(i morgen)');
  });

  it('says the new day when the page is shown again after the computer slept through midnight', async () => {
    const data = parseCase(CASE);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<klar-case-status .case=${data}></klar-case-status>`);
    expect(flat(el)).to.contain('Senest i dag, 6. december 2026');
    // The clock moves on without the timer firing (a timer does not run while the computer sleeps).
    clock.setSystemTime(Date.parse('2026-12-07T07:30:00Z'));
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(flat(el)).to.contain('Fristen var 6. december 2026. Den er gået.');
  });
});
