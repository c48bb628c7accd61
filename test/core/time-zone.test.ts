import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case-status.js';
import '../../src/klar-case-list.js';
import '../../src/klar-expectation-timeline.js';
import type { Case } from '../../src/core/case-model.js';
import { samples } from '../../stories/case-status.stories.js';
import { attach, fixtureJson, watchWarnings } from '../case/helpers.js';
import { root } from '../helpers/root.js';

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
    expect(groups).to.deep.equal(['Du skal gøre noget']);
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
    expect(text(el)).not.to.contain('kunne ikke læses');
    expect(root(el).querySelectorAll('ol > li').length).to.be.greaterThan(0);
    expect(text(el)).to.equal(text(good));
    expect(warnings()).to.deep.equal([zoneWarning('Mars/Olympus')]);
  });
});
