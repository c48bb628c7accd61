import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case-status.js';
import '../../src/klar-case-list.js';
import '../../src/klar-expectation-timeline.js';
import type { Case } from '../../src/core/case-model.js';
import { samples } from '../../stories/case-status.stories.js';
import { attach, fixtureJson, watchWarnings } from '../case/helpers.js';
import { root } from '../helpers/root.js';
import { permitCase } from '../helpers/step-delay-case.js';

// A typo in `time-zone` once threw "RangeError: Invalid time zone specified" from every date:
// the status stayed on its loading text, the list lost the citizen's task, the timeline said
// the case could not be read. It now shows Copenhagen dates and warns once.
const NOW = new Date('2026-11-24T10:00:00Z');
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();

async function show<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, zone: string, set: (el: T) => void): Promise<T> {
  const el = document.createElement(tag) as T;
  if (zone) el.setAttribute('time-zone', zone);
  set(el);
  attach(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

describe('an unknown time-zone', () => {
  let warn: sinon.SinonStub;
  watchWarnings((w) => (warn = w));

  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));
  const zoneWarning = (zone: string) =>
    `klar-elements: time-zone "${zone}" is not a time zone this browser knows (use an IANA name such as "Europe/Copenhagen"); dates are shown in Europe/Copenhagen.`;

  it('<klar-case-status> shows the case with Copenhagen dates and warns once', async () => {
    const set = (el: any) => {
      el.case = samples.inProgress;
      el.now = NOW;
    };
    const good = await show('klar-case-status', '', set);
    const bad = await show('klar-case-status', 'Europe/Kopenhagen', set);
    expect(text(bad)).to.contain('Status på din sag: Under behandling').and.not.to.contain('Henter oplysninger');
    expect(text(bad)).to.equal(text(good));
    expect(warnings()).to.deep.equal([zoneWarning('Europe/Kopenhagen')]);
  });

  it('<klar-case-list> keeps the citizen’s task first', async () => {
    const waiting = await fixtureJson('klar/waiting-citizen');
    const el = await show<any>('klar-case-list', 'CEST', (el) => {
      el.now = NOW;
      el.retry = { retries: 0 };
      el.cases = [waiting];
    });
    const groups = [...root(el).querySelectorAll('[part~=group-heading]')].map((h) => h.textContent!.trim());
    expect(groups).to.deep.equal(['Sager, hvor du skal gøre noget']);
    expect(warnings()).to.deep.equal([zoneWarning('CEST')]);
  });

  it('<klar-expectation-timeline> shows its steps', async () => {
    const good = await show<any>('klar-expectation-timeline', '', (el) => {
      el.case = samples.inProgress as Case;
      el.now = NOW;
    });
    const el = await show<any>('klar-expectation-timeline', 'Mars/Olympus', (el) => {
      el.case = samples.inProgress as Case;
      el.now = NOW;
    });
    expect(text(el)).not.to.contain('Vi kan ikke læse oplysningerne');
    expect(root(el).querySelectorAll('ol > li').length).to.be.greaterThan(0);
    expect(text(el)).to.equal(text(good));
    expect(warnings()).to.deep.equal([zoneWarning('Mars/Olympus')]);
  });
});

describe('a date moved earlier, in the element’s time zone', () => {
  // The step's date was 9 December; its new date is 23:30 UTC on 8 December: 00:30 on 9 December in
  // Copenhagen (later: a delay), 18:30 on 8 December in New York (earlier: no delay). movedEarlier read
  // the day in Copenhagen whatever the element's zone, so a New York page called it a delay.
  const doc = permitCase('2026-11-02', { state: 'current', expected: '2026-12-09' }, {
    id: 'tz-earlier',
    status: { code: 'in-progress', label: 'Under behandling', since: '2026-11-02' },
    promise: { processingTime: 'P8W' },
    delays: [{ stepId: 'assess', reason: 'Ny plan', previousDate: '2026-12-09', newDate: '2026-12-08T23:30:00Z', announcedAt: '2026-11-20T10:00:00Z' }],
  });
  for (const [zone, earlier] of [
    ['Europe/Copenhagen', false],
    ['America/New_York', true],
  ] as const) {
    it(`${zone}: ${earlier ? 'moved earlier, no delay' : 'a delay'}, in the status and the timeline`, async () => {
      const set = (el: any) => {
        el.case = doc;
        el.now = NOW;
      };
      const status = await show<any>('klar-case-status', zone, set);
      const timeline = await show<any>('klar-expectation-timeline', zone, set);
      expect(text(status)).to.contain(earlier ? 'Et trin er rykket frem: Vi vurderer dit projekt' : 'Et trin er forsinket: Vi vurderer dit projekt');
      expect(root(status).querySelector('[part=status-tag]')!.classList.contains('klar-delayed')).to.equal(!earlier);
      const step = root(timeline).querySelector('[data-step-id=assess]')!;
      expect(step.textContent).to.contain(earlier ? 'Dette trin er rykket frem.' : 'Dette trin er forsinket.');
      expect(step.getAttribute('part')!.split(' ').includes('step-delayed')).to.equal(!earlier);
    });
  }
});
