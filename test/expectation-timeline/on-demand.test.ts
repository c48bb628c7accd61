// What the timeline imports only when it needs it (issue 15): the <klar-step> reader for a
// service description, and the words for what a refresh changed. Its own file, so this page has
// fetched neither before these tests (the .ics writer: ics-on-click.test.ts).
import { expect, fixtureSync, html } from '@open-wc/testing';
import { until } from '../helpers/until.js';
import { $, mkCase, mount, stepItems, text, wait } from './helpers.js';

/** Whether the page has fetched a module (its .ts in the test server, a chunk in a build). */
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new RegExp(`/${name}(-[\\w-]+)?\\.(ts|js)(\\?|$)`).test(e.name));

const base = {
  receivedAt: '2026-11-02',
  steps: [
    { id: 'a', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-02' },
    { id: 'b', title: 'Vi vurderer projektet', state: 'current', expected: '2026-12-15' },
  ],
};

describe('<klar-expectation-timeline> parts imported when needed', () => {
  it('a case, and a refresh with the same data, fetch neither the step reader nor the announcer; news fetches the announcer, which says it', async () => {
    const el = await mount(mkCase(base));
    expect(stepItems(el)).to.have.length(2);
    el.case = mkCase(base); // a refresh: a new object, the same data
    await el.updateComplete;
    await wait(250);
    expect(fetched('read-steps'), 'no <klar-step> children, no reader').to.equal(false);
    expect(fetched('announce'), 'nothing new, nothing to say').to.equal(false);
    el.case = mkCase({ ...base, steps: [base.steps[0], { ...base.steps[1], state: 'done', completedAt: '2026-11-24' }] });
    await until(() => text($(el, '[role="status"]')) !== '');
    expect(text($(el, '[role="status"]'))).to.equal('Trinnet «Vi vurderer projektet» er nu: Færdig.');
    expect(fetched('announce')).to.equal(true);
  });

  it('a service description fetches the step reader and draws its steps in its first render', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">
      <klar-expectation-timeline heading="Sådan foregår det" now="2026-11-24T10:00:00Z">
        <klar-step state="done" date="2026-11-02"><strong>Du søger</strong></klar-step>
        <klar-step state="current"><strong>Vi behandler</strong></klar-step>
      </klar-expectation-timeline>
    </div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    expect(el.dataSource).to.equal('declarative');
    expect(stepItems(el).map((li) => text(li.querySelector('.klar-title')))).to.deep.equal(['Du søger', 'Vi behandler']);
    expect(fetched('read-steps')).to.equal(true);
  });
});
