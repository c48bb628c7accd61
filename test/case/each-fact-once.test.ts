// Issue 12: each fact once per page, outcome kinds that look like what they are, held dates said
// relative to the citizen's action, and the case's own text marked with its language.
import { root } from '../helpers/root.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import type { KlarCaseStatus } from '../../src/klar-case-status.js';
import type { KlarExpectationTimeline } from '../../src/klar-expectation-timeline.js';
import { parseCase } from '../../src/core/parse-case.js';
import { putDoc, uid } from './helpers.js';
import { until } from '../helpers/until.js';
import { permitCase, stepDelayCase } from '../helpers/step-delay-case.js';

const NOW = '2026-11-24T10:00:00Z';
const TASK = 'Send os en lægeerklæring fra din egen læge.';
const OUTCOME_SUMMARY = 'Kørestolen er for bred til din elevator.';

/** A case with every kind of case text, waiting for the citizen with no end date. */
const waiting = {
  id: 'w-1',
  reference: 'HJ-2026-0311',
  title: 'Hjælpemiddel: kørestol',
  receivedAt: '2026-10-20',
  status: { code: 'waiting', label: 'Venter på dig', description: 'Vi mangler en lægeerklæring.', since: '2026-11-10' },
  steps: [
    { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-10-20' },
    { id: 'docs', title: 'Vi samler oplysninger', description: 'Vi læser det, du har sendt.', state: 'current', owner: { department: 'Hjælpemidler', name: 'Lone Berg' }, citizenAction: { text: TASK, dueDate: '2026-12-01' } },
    { id: 'assess', title: 'Vi vurderer behovet', state: 'upcoming', expected: 'P2W' },
    { id: 'decision', title: 'Du får en afgørelse', state: 'upcoming', expected: '2026-12-20' },
  ],
  promise: { processingTime: 'P8W', plannedDate: '2026-12-18', legalDeadline: '2027-01-20' },
  suspensions: [{ reason: 'Lægeerklæringen mangler.', from: '2026-11-10', waitingFor: 'citizen', citizenAction: { text: TASK, dueDate: '2026-12-01' } }],
  delays: [{ stepId: 'decision', reason: 'Mange sager i efteråret.', newDate: '2026-12-22', legalBasis: 'Forvaltningsloven § 3' }],
  handoffs: [{ from: 'Borgerservice', to: 'Hjælpemidler', at: '2026-10-21', reason: 'Det er et hjælpemiddel.' }],
  contact: { department: 'Hjælpemidler', name: 'Lone Berg', role: 'Terapeut', phone: '+45 70 10 20 30', hours: 'Hverdage 8–14' },
};

/** Like the demo's par-5521: a step delayed past the plan, told when and why; the plan (20 November) has passed. */
const DELAY_REASON = 'Vi har fået mange flere ansøgninger end ventet.';
const delayed = {
  id: 'd-1',
  reference: 'PAR-2026-5521',
  title: 'Beboerparkering, zone B',
  receivedAt: '2026-11-10',
  status: { code: 'forsinket', label: 'Forsinket', since: '2026-11-11' },
  steps: [
    { id: 'modtaget', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-11' },
    { id: 'behandling', title: 'Vi behandler din ansøgning', state: 'current', expected: '2026-11-20' },
    { id: 'tilladelse', title: 'Din digitale tilladelse bliver aktiv', state: 'upcoming', expected: 'P1D', afterAnswer: true },
  ],
  promise: { processingTime: 'P10D', plannedDate: '2026-11-20' },
  delays: [{ stepId: 'behandling', reason: DELAY_REASON, previousDate: '2026-11-20', newDate: '2026-12-03', announcedAt: '2026-11-19T13:00:00Z', legalBasis: 'Forvaltningsloven § 3' }],
  suspensions: [],
  handoffs: [],
};

/**
 * Like the demo's bol-0893: waiting for the citizen since the status was set, the processing-time
 * date and the planned date the same day, so both are held 10 days after the wait ends.
 */
const paused = {
  id: 'p-1',
  reference: 'BOL-2026-0893',
  title: 'Ansøgning om boligstøtte',
  receivedAt: '2026-11-02',
  status: { code: 'afventer-borger', label: 'Venter på dig', since: '2026-11-20T10:20:00Z' },
  steps: [
    { id: 'modtaget', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-02' },
    { id: 'oplysninger', title: 'Vi mangler oplysninger fra dig', state: 'current' },
    { id: 'beregning', title: 'Vi regner din boligstøtte ud', state: 'upcoming', expected: 'P1W' },
    { id: 'afgoerelse', title: 'Du får svar i Digital Post', state: 'upcoming', expected: 'P3D' },
  ],
  promise: { processingTime: 'P4W', plannedDate: '2026-11-30', legalDeadline: '2027-01-11' },
  suspensions: [{ reason: 'Vi mangler din lejekontrakt.', from: '2026-11-20T10:20:00Z', waitingFor: 'citizen', citizenAction: { text: 'Send en kopi af din lejekontrakt.' } }],
  delays: [],
  handoffs: [],
};

/** A refused case with an appeal whose deadline has passed. */
const refused = {
  id: 'r-1',
  title: 'Hjælpemiddel: elkørestol',
  status: { code: 'afgjort', label: 'Afgjort', since: '2026-10-01' },
  steps: [{ id: 'a', title: 'Vi har truffet afgørelse', state: 'done', completedAt: '2026-10-01' }],
  decision: {
    outcome: 'Afslag',
    decidedAt: '2026-10-01',
    summary: OUTCOME_SUMMARY,
    appeal: { deadline: '2026-10-29', body: 'Ankestyrelsen', howTo: 'Skriv til os inden fristen.' },
  },
};

const count = (text: string, part: string) => text.split(part).length - 1;

/** Every text node inside an element's shadow root (and nested ones), with the element it sits in. */
function textNodes(top: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) out.push(c as Text);
      else if (c.nodeType === Node.ELEMENT_NODE && (c as Element).tagName !== 'STYLE') {
        walk(c);
        if ((c as Element).shadowRoot) walk((c as Element).shadowRoot!);
      }
    }
  };
  walk(top);
  return out;
}

/** The text of a root as a person meets it: visible text, and what a screen reader reads. */
function shown(el: Element): string {
  return textNodes(root(el))
    .map((t) => t.textContent)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** A status and a timeline in one <klar-case> that fetches `doc` from the test server, both showing it. */
async function shared(doc: unknown, ready: (status: KlarCaseStatus) => boolean = () => true, lang = 'da'): Promise<[HTMLDivElement, KlarCaseStatus, KlarExpectationTimeline]> {
  const id = uid('once');
  await putDoc(id, doc);
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <klar-case src=${`/api/case/doc/${id}`}>
      <klar-case-status now=${NOW}></klar-case-status>
      <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
    </klar-case>
  </div>`);
  const status = wrap.querySelector('klar-case-status') as KlarCaseStatus;
  const timeline = wrap.querySelector('klar-expectation-timeline') as KlarExpectationTimeline;
  await until(() => !!root(timeline).querySelector('ol li') && ready(status), { message: 'both elements show the case', timeout: 10_000 });
  await status.updateComplete;
  await timeline.updateComplete;
  return [wrap, status, timeline];
}

/** Both elements read their case as on `iso`; resolves once the timeline's promise box is drawn (`message` if it never is). */
async function readAt(iso: string, status: KlarCaseStatus, timeline: KlarExpectationTimeline, message: string): Promise<void> {
  for (const el of [status, timeline]) {
    el.now = new Date(iso);
    await el.updateComplete;
  }
  await until(() => !!root(timeline).querySelector('[part=promise]'), { message });
}

/** What the status and the timeline say above the steps (a step's row keeps its own date: the steps are a schedule). */
function said(status: KlarCaseStatus, timeline: KlarExpectationTimeline): string {
  return `${shown(status)} ${textNodes(root(timeline).querySelector('[part=summary]')!)
    .map((t) => t.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')}`;
}

describe('each fact once: status and timeline in one <klar-case>', () => {
  it('says a stop once: the status says it where it would say when, the timeline marks the step', async () => {
    const doc = { ...delayed, id: 's-1', delays: [], steps: [delayed.steps[0], { ...delayed.steps[1], state: 'blocked' }, delayed.steps[2]] };
    const [wrap, , timeline] = await shared(doc, (s) => shown(s).includes('Sagen er stoppet'));
    expect(count(wrap.innerText, 'Sagen er stoppet'), wrap.innerText).to.equal(1);
    expect(root(timeline).querySelector('[data-step-id=behandling] .klar-tag')!.textContent!.trim()).to.equal('Stoppet');
    // No date offered to the calendar either: when the answer comes is not known.
    expect(wrap.innerText).not.to.contain('Sæt datoen for svar i din kalender');
  });

  it('says "Henter oplysninger om din sag …" once while the case is on its way, with the timeline\'s space kept', async () => {
    // The README's quick start with a slow or failing first request said it twice: in the status and under "Det sker i din sag".
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
      <klar-case src=${`/api/case/hang/${uid()}`}>
        <klar-case-status now=${NOW}></klar-case-status>
        <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
      </klar-case>
    </div>`);
    const timeline = wrap.querySelector('klar-expectation-timeline') as KlarExpectationTimeline;
    await until(() => wrap.innerText.includes('Henter oplysninger om din sag') && !!root(timeline).querySelector('[part=loading]'), { message: 'loading' });
    await timeline.updateComplete;
    expect(wrap.innerText.match(/Henter oplysninger om din sag/g)).to.have.length(1);
    expect(root(timeline).querySelector('[part=loading]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    // Alone in its <klar-case>, the timeline says it.
    const alone = await fixture<HTMLDivElement>(html`<div lang="da"><klar-case src=${`/api/case/hang/${uid()}`}><klar-expectation-timeline now=${NOW}></klar-expectation-timeline></klar-case></div>`);
    await until(() => alone.innerText.includes('Henter oplysninger om din sag'), { message: 'the timeline alone says it' });
  });

  it('one live region speaks for one change: the status says a new status, the timeline only steps that moved while the status stayed', async () => {
    // A clock step on the demo made the status say "Status på din sag er ændret til: Naboerne får besked." and, 25 ms
    // later, the timeline "Trinnet «Vi gennemgår …» er nu: Færdig. Trinnet «Dine naboer får besked» er nu: I gang.".
    const doc = { id: 'n-1', title: 'Byggesag', status: { code: 'in-progress', label: 'Vi gennemgår din ansøgning' }, steps: [
      { id: 'a', title: 'Vi gennemgår din ansøgning', state: 'current' },
      { id: 'b', title: 'Dine naboer får besked', state: 'upcoming' },
      { id: 'c', title: 'Du får svar', state: 'upcoming' },
    ] };
    const id = uid('news');
    await putDoc(id, doc);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da"><klar-case src=${`/api/case/doc/${id}`}>
      <klar-case-status now=${NOW}></klar-case-status><klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
    </klar-case></div>`);
    const provider = wrap.querySelector('klar-case')!;
    const timeline = wrap.querySelector('klar-expectation-timeline') as KlarExpectationTimeline;
    await until(() => !!root(timeline).querySelector('ol li'), { message: 'the case' });
    // What each live region newly says (a region keeps its text for 7 s: the same text is not said again).
    const heard: string[] = [];
    const last = new Map<Element, string>();
    const watch = new MutationObserver(() => {
      for (const r of wrap.querySelectorAll('[aria-live]')) {
        const t = r.textContent!.trim();
        if (t && t !== last.get(r)) heard.push(t);
        last.set(r, t);
      }
    });
    watch.observe(wrap, { subtree: true, childList: true, characterData: true });
    try {
      // The status and the steps change together: the status says it, once.
      await putDoc(id, { ...doc, status: { code: 'neighbours', label: 'Dine naboer får besked' }, steps: [{ ...doc.steps[0], state: 'done' }, { ...doc.steps[1], state: 'current' }, doc.steps[2]] });
      provider.reload();
      await until(() => heard.length > 0, { message: 'an announcement' });
      await new Promise((r) => setTimeout(r, 600));
      expect(heard).to.deep.equal(['Status på din sag er ændret til: Dine naboer får besked.']);
      // A step moves while the status stays: the timeline says it.
      heard.length = 0;
      await putDoc(id, { ...doc, status: { code: 'neighbours', label: 'Dine naboer får besked' }, steps: [{ ...doc.steps[0], state: 'done' }, { ...doc.steps[1], state: 'done' }, { ...doc.steps[2], state: 'current' }] });
      provider.reload();
      await until(() => heard.length > 0, { message: 'the step news' });
      await new Promise((r) => setTimeout(r, 600));
      expect(heard).to.have.length(1);
      expect(heard[0]).to.contain('Dine naboer får besked').and.contain('Færdig');
      expect(heard[0]).not.to.contain('Status på din sag');
    } finally {
      watch.disconnect();
    }
  });

  it('says the citizen’s task once, in the status; the timeline tags the step and leaves the text out', async () => {
    const [, status, timeline] = await shared(waiting, (s) => !!root(s).querySelector('[part=action]'));
    expect(count(shown(status), TASK), 'the status says the task').to.equal(1);
    expect(count(shown(timeline), TASK), 'the timeline leaves it to the status').to.equal(0);
    expect(root(timeline).querySelector('[data-step-id=docs] .klar-meta')!.textContent).to.contain('Du skal gøre noget');
  });

  it('says a task still open on a decided case (a fee after the decision) once, in the status, beside the decision', async () => {
    // The status said no task once the case was decided, while the timeline said "Det skal du stadig gøre".
    const FEE = 'Betal byggesagsgebyret.';
    const fee = { ...refused, steps: [...refused.steps, { id: 'fee', title: 'Du betaler gebyret', state: 'current', citizenAction: { text: FEE, dueDate: '2026-12-10' } }] };
    const [, status, timeline] = await shared(fee, (s) => !!root(s).querySelector('[part=decision]'));
    expect(count(shown(status), FEE), 'the status says the task').to.equal(1);
    // Under words that agree with the decision beside it and the timeline's "Alle 2 trin er færdige".
    expect(root(status).querySelector('[part=action]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Det skal du stadig gøre ${FEE} Senest 10. december 2026 Sæt fristen i din kalender`);
    expect(count(shown(timeline), FEE), 'the timeline leaves it to the status').to.equal(0);
    expect(count(shown(status) + shown(timeline), 'Det skal du stadig gøre')).to.equal(1);
  });

  it('says the decision and the appeal once, in the status', async () => {
    const [, status, timeline] = await shared(refused, (s) => !!root(s).querySelector('[part=decision]'));
    const both = shown(status) + shown(timeline);
    expect(count(both, OUTCOME_SUMMARY)).to.equal(1);
    expect(count(both, 'Du har fået afslag')).to.equal(1);
    expect(count(both, 'Ankestyrelsen')).to.equal(1);
    expect(root(timeline).querySelector('[part=decision]')).to.equal(null);
    // The moment of the decision once, with it: the step done in that minute says "Færdig" without it.
    expect(count(both, '1. oktober 2026'), both).to.equal(1);
    expect(shown(status)).to.contain('Afgjort den 1. oktober 2026.');
    expect(root(timeline).querySelector('[data-step-id=a] .klar-tag')!.textContent!.trim()).to.equal('Færdig');
  });

  it('says the moment of a decision once, to the minute; a step done at another time keeps its date', async () => {
    const at = '2026-12-01T11:00:00Z';
    const doc = {
      ...refused,
      id: 'r-minute',
      status: { ...refused.status, since: at },
      steps: [
        { id: 'naboer', title: 'Dine naboer fik besked', state: 'done', completedAt: '2026-11-16T11:00:00Z' },
        { id: 'a', title: 'Vi har truffet afgørelse', state: 'done', completedAt: at },
      ],
      decision: { ...refused.decision, decidedAt: at },
    };
    const [wrap, status, timeline] = await shared(doc, (s) => !!root(s).querySelector('[part=decision]'));
    expect(count(wrap.innerText, '1. december 2026 kl. 12:00'), wrap.innerText).to.equal(1);
    expect(shown(status)).to.contain('Afgjort den 1. december 2026 kl. 12:00.');
    expect(root(timeline).querySelector('[data-step-id=a] [part=date]')).to.equal(null);
    expect(root(timeline).querySelector('[data-step-id=naboer] [part=date]')!.textContent!.trim()).to.equal('16. november 2026 kl. 12:00');
  });

  it('offers each deadline to the calendar once, beside the element that says it: the task and the appeal in the status', async () => {
    const links = (wrap: HTMLElement) => [...wrap.querySelectorAll<HTMLElement>('[part=calendar-link]')].map((a) => `${a.closest('klar-case-status') ? 'status' : 'timeline'}:${a.dataset.kind}`);
    const [w] = await shared(waiting, (s) => !!root(s).querySelector('[part=action]'));
    expect(links(w).filter((l) => l.endsWith(':action'))).to.deep.equal(['status:action']);
    const open = { ...refused, id: 'r-cal', decision: { ...refused.decision, appeal: { ...refused.decision.appeal, deadline: '2026-12-20' } } };
    const [d, , timeline] = await shared(open, (s) => !!root(s).querySelector('[part=decision]'));
    expect(links(d)).to.deep.equal(['status:appeal']);
    // Beside a compact status the timeline says the appeal, and offers its deadline.
    (d.querySelector('klar-case-status') as KlarCaseStatus).variant = 'compact';
    await until(() => links(d).join(), { ok: (l) => l === 'timeline:appeal', message: 'the timeline offers the appeal deadline' });
    await timeline.updateComplete;
  });

  it('says where the case is and who does the next step and when once, in the timeline; the status names the step', async () => {
    const next = {
      id: 'n-1',
      title: 'Byggetilladelse',
      receivedAt: '2026-11-02',
      status: { code: 'behandling', label: 'Under behandling', since: '2026-11-10' },
      steps: [
        { id: 'a', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-02' },
        { id: 'b', title: 'Vi vurderer projektet', state: 'current', expected: '2026-12-04', owner: { department: 'Byggesag' } },
        { id: 'c', title: 'Dine naboer får besked', state: 'upcoming', expected: '2026-12-11', owner: { department: 'Natur og Miljø', name: 'Jonas Bak' } },
        { id: 'd', title: 'Du får vores afgørelse', state: 'upcoming', expected: '2027-01-08', owner: { department: 'Byggesag' } },
      ],
      promise: { plannedDate: '2027-01-08' },
    };
    const [wrap, status, timeline] = await shared(next, (s) => !!root(s).querySelector('[part=next]'));
    const named = root(status).querySelector('[part=next]')!.textContent!;
    expect(named).to.contain('Dine naboer får besked');
    // Where the case is: the timeline's progress line says it ("Trin 2 af 4: …").
    expect(named).not.to.contain('Lige nu');
    expect(root(timeline).querySelector('[part=progress]')!.textContent).to.contain('Trin 2 af 4: Vi vurderer projektet');
    const both = shown(wrap);
    expect(count(both, '11. december 2026'), both).to.equal(1);
    expect(count(both, 'Jonas Bak'), both).to.equal(1);
    expect(root(timeline).querySelector('[data-step-id=c]')!.textContent).to.contain('11. december 2026');
    // Alone, the status says them.
    const alone = await fixture<KlarCaseStatus>(html`<klar-case-status lang="da" now=${NOW} .case=${next}></klar-case-status>`);
    await alone.updateComplete;
    expect(shown(alone)).to.contain('Forventet færdig: 11. december 2026');
    expect(shown(alone)).to.contain('Det gør: Jonas Bak , Natur og Miljø'); // the name is a text of its own (translate="no")
    expect(shown(alone)).to.contain('Lige nu: Vi vurderer projektet');
  });

  it('a standalone timeline still says the task (once), when, the wait, the delay and the decision', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
      <klar-expectation-timeline now=${NOW} .case=${waiting}></klar-expectation-timeline>
      <klar-expectation-timeline now=${NOW} .case=${refused}></klar-expectation-timeline>
    </div>`);
    const [w, r] = [...wrap.querySelectorAll('klar-expectation-timeline')] as KlarExpectationTimeline[];
    await w.updateComplete;
    await r.updateComplete;
    // The summary has it; the step row, the calendar link's name and the progress line do not repeat it.
    expect(count(shown(w), TASK)).to.equal(1);
    // When, the wait and the delay too, each once.
    expect(count(shown(w), 'hvis vi i dag får det, vi mangler fra dig.')).to.equal(1);
    expect(count(shown(w), 'Lægeerklæringen mangler.')).to.equal(1);
    expect(count(shown(w), 'Mens sagen venter, står den stille.')).to.equal(1);
    expect(count(shown(w), 'Mange sager i efteråret.')).to.equal(1);
    expect(count(shown(w), 'Forvaltningsloven § 3')).to.equal(1);
    expect(count(shown(r), OUTCOME_SUMMARY)).to.equal(1);
    // Alone too: "Afgjort den 1. oktober 2026." once, not again on the step done that day.
    expect(count(shown(r), '1. oktober 2026')).to.equal(1);
    expect(shown(r)).to.contain('Du har fået afslag');
  });

  it('standalone, the promise box leaves the lead answer\'s date to the lead, the held one plainly in English; the status says each of its dates once', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <klar-expectation-timeline now=${NOW} .case=${paused}></klar-expectation-timeline>
      <klar-expectation-timeline now=${NOW} .case=${delayed}></klar-expectation-timeline>
      <klar-case-status now=${NOW} .case=${paused}></klar-case-status>
      <klar-case-status now=${NOW} .case=${delayed}></klar-case-status>
    </div>`);
    const [p, d] = [...wrap.querySelectorAll('klar-expectation-timeline')] as KlarExpectationTimeline[];
    const [ps, ds] = [...wrap.querySelectorAll('klar-case-status')] as KlarCaseStatus[];
    for (const el of [p, d, ps, ds]) await el.updateComplete;
    // The held answer once, in the lead; the box keeps the usual time and the legal deadline.
    expect(count(shown(p), 'You can expect an answer by 4 December 2026 if we get what we need from you today.')).to.equal(1);
    expect(shown(p)).not.to.contain('For your case that means');
    expect(root(p).querySelector('[data-kind=planned]')).to.equal(null);
    expect(shown(p)).not.to.match(/by \d+ days? after/);
    // A step's delay: the missed plan in the lead, the step's new and old date in its notice; no row
    // repeats them, and the missed date goes to no calendar.
    expect(root(d).querySelector('[data-kind=planned]')).to.equal(null);
    expect(count(shown(d), 'Moved from 20 November 2026')).to.equal(0);
    expect(root(d).querySelector('[part=promise] .klar-calendar')).to.equal(null);
    expect(count(shown(ps), 'Since 20 November 2026 at 11:20')).to.equal(1);
    expect(count(shown(ds), '3 December 2026')).to.equal(1);
    expect(shown(ds)).to.contain('Before, we expected 20 November 2026.');
    // Alone, the box answers its own question.
    expect(root(p).querySelector('[part=promise] [part=section-heading]')!.textContent!.trim()).to.equal('When will you hear from us?');
  });

  it('beside a status that says when, the promise box is headed as the service goal, not asked "Hvornår får du svar?" again', async () => {
    // par-5521, late: "Hvornår får du svar?" was answered "normalt inden for 10 dage" under a status that said
    // the case is late and gave the new date (demo review, stop 55).
    for (const lang of ['da', 'en']) {
      const [, status, timeline] = await shared({ ...delayed, id: `goal-${lang}` }, (s) => !!root(s).querySelector('.klar-notice'), lang);
      await until(() => !!root(timeline).querySelector('[part=promise]'), { message: `${lang}: the promise box` });
      const box = root(timeline).querySelector('[part=promise]')!;
      expect(box.querySelector('[part=section-heading]')!.textContent!.trim()).to.equal(lang === 'da' ? 'Vores servicemål' : 'Our service standard');
      expect(shown(status) + shown(timeline)).not.to.contain(lang === 'da' ? 'Hvornår får du svar?' : 'When will you hear from us?');
    }
  });

  it('a status taken out of the <klar-case> hands the task back to the timeline', async () => {
    const [wrap, , timeline] = await shared(waiting);
    expect(count(shown(timeline), TASK)).to.equal(0);
    wrap.querySelector('klar-case-status')!.remove();
    await until(() => count(shown(timeline), TASK) === 1, { message: 'the timeline says the task itself' });
  });

  it('says when to expect an answer once, in the status; the timeline keeps its progress line and step dates', async () => {
    for (const [doc, lead] of [
      [delayed, 'Vi regnede med at svare senest 20. november 2026.'],
      [waiting, 'hvis vi i dag får det, vi mangler fra dig.'],
    ] as const) {
      const [, status, timeline] = await shared(doc, (s) => !!root(s).querySelector('[part=lead]'));
      expect(count(shown(status), lead), `${doc.id}: the status says it`).to.equal(1);
      expect(count(shown(timeline), lead), `${doc.id}: the timeline leaves it to the status`).to.equal(0);
      expect(root(timeline).querySelector('[part=lead]')).to.equal(null);
      expect(root(timeline).querySelector('[part=progress]')!.textContent).to.match(/Trin 2 af \d+:/);
      expect(root(timeline).querySelector('ol li:not(.klar-step-done) [part=date]')!.textContent).to.match(/^Forventet/);
    }
  });

  it('says that the case waits once, in the status, with every line of it; the step keeps its tag', async () => {
    const [, status, timeline] = await shared(waiting, (s) => shown(s).includes('Lægeerklæringen mangler.'));
    const both = shown(status) + shown(timeline);
    expect(count(both, 'Lægeerklæringen mangler.'), 'the reason').to.equal(1);
    expect(count(both, 'Mens sagen venter, står den stille.'), 'the paused clock').to.equal(1);
    // The wait began when the status was set: the tag's "Siden" says it, the notice does not repeat it.
    expect(count(shown(status), 'Siden 10. november 2026')).to.equal(1);
    expect(count(shown(timeline), '10. november 2026')).to.equal(0);
    expect(root(timeline).querySelector('[part=waiting]')).to.equal(null);
    expect(root(timeline).querySelector('[data-step-id=docs] .klar-meta')!.textContent).to.contain('På pause');
  });

  it('says the delay once, in the status, with its basis and when it was told; the step keeps its tag and date', async () => {
    const [, status, timeline] = await shared(delayed, (s) => shown(s).includes(DELAY_REASON));
    const both = shown(status) + shown(timeline);
    expect(count(both, DELAY_REASON), 'the reason').to.equal(1);
    expect(count(both, 'Forvaltningsloven § 3'), 'the basis').to.equal(1);
    expect(count(both, 'Vi fortalte om forsinkelsen'), 'when it was told').to.equal(1);
    expect(count(shown(status), 'Før regnede vi med 20. november 2026.')).to.equal(1);
    expect(shown(timeline)).not.to.contain('Før var datoen');
    const step = root(timeline).querySelector('[data-step-id=behandling]')!;
    expect(step.querySelector('[part~=notice]')).to.equal(null);
    expect(step.querySelector('.klar-meta')!.textContent).to.contain('Forsinket').and.to.contain('3. december 2026');
  });

  it("says a step's delay past a missed plan as what it is: the plan missed, the step's new date, no date nobody announced (par-5521)", async () => {
    // The answer read "Du kan forvente svar senest 3. december 2026": the plan (20 November) plus the
    // step's 13 days, a date the case data never gave for the answer.
    for (const lang of ['da', 'en']) {
      const [, status, timeline] = await shared({ ...delayed, id: `d-box-${lang}` }, (s) => shown(s).includes(DELAY_REASON), lang);
      const da = lang === 'da';
      await until(() => !!root(timeline).querySelector('[part=promise]'), { message: `${lang}: the promise box` });
      const text = said(status, timeline);
      expect(root(status).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        da
          ? 'Vi regnede med at svare senest 20. november 2026. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.'
          : 'We expected to answer by 20 November 2026. We did not make it, and we are sorry. We will answer as soon as we can.',
      );
      // The notice names the step and says its new date as the step's, once; never "færdige" for the case.
      const notice = shown(root(status).querySelector('[part=notice]')!);
      expect(notice).to.contain(da ? 'Et trin er forsinket: Vi behandler din ansøgning' : 'A step is delayed: Vi behandler din ansøgning');
      expect(notice).to.contain(da ? 'Vi forventer nu, at det er færdigt 3. december 2026.' : 'We now expect it to be done by 3 December 2026.');
      expect(count(text, da ? '3. december 2026' : '3 December 2026'), `${lang}: the step's new date, once`).to.equal(1);
      expect(count(text, da ? 'Før regnede vi med 20. november 2026.' : 'Before, we expected 20 November 2026.'), `${lang}: the move, once`).to.equal(1);
      expect(text).not.to.contain(da ? 'Du kan forvente' : 'You can expect');
      expect(text).not.to.contain(da ? 'Flyttet fra' : 'Moved from');
      expect(root(timeline).querySelector('[data-kind=planned]'), `${lang}: no planned row`).to.equal(null);
      expect(count(text, da ? 'Vi behandler normalt sager som din inden for 10 dage fra den dag, vi får dem.' : 'We usually handle cases like yours within 10 days of the day we receive them.')).to.equal(1);
      // A missed date goes to no calendar.
      expect(root(status).querySelector('[part=calendar-link]')).to.equal(null);
      expect(root(timeline).querySelector('[part=calendar-link]')).to.equal(null);
      // The step keeps its own date.
      expect(root(timeline).querySelector('[data-step-id=behandling] [part=date]')!.textContent).to.contain(da ? '3. december 2026' : '3 December 2026');
    }
  });

  it("says a step's delay from the promised day once: the notice's date before it, not the box's usual date as well, before, on and after that day (par-5521)", async () => {
    // The demo's par-5521: 10 days from 23 November is 3 December; the step was planned for that day
    // and moved to 14 December. On 5 December the status said "Før regnede vi med 3. december 2026."
    // and "Det tager længere tid end lovet", and the box under it "For din sag betyder det senest 3.
    // december 2026. Den dato nåede vi ikke.": the missed day twice, the miss three times. On the day
    // itself (the demo on 7 December 2026) the box said "Normalt ville det for din sag være 3.
    // december 2026. Din sag tager længere tid.": the day twice, the delay twice.
    for (const lang of ['da', 'en']) {
      const da = lang === 'da';
      for (const at of ['2026-12-02T15:00:00Z', '2026-12-03T09:00:00Z', '2026-12-05T09:00:00Z']) {
        const when = `${lang} ${at.slice(0, 10)}`;
        const doc = {
          ...delayed,
          id: `d-promised-day-${lang}-${at.slice(8, 10)}`,
          receivedAt: '2026-11-23T18:05:00Z',
          status: { code: 'forsinket', label: 'Forsinket', since: '2026-12-02T13:00:00Z' },
          // The same steps, received 23 November, the step in progress planned for 3 December.
          steps: delayed.steps.map((x) => (x.id === 'modtaget' ? { ...x, completedAt: '2026-11-23T18:05:00Z' } : x.id === 'behandling' ? { ...x, expected: '2026-12-03' } : x)),
          promise: { processingTime: 'P10D', plannedDate: '2026-12-14' },
          delays: [{ stepId: 'behandling', reason: DELAY_REASON, previousDate: '2026-12-03', newDate: '2026-12-14', announcedAt: '2026-12-02T13:00:00Z' }],
        };
        const [, status, timeline] = await shared(doc, (s) => shown(s).includes(DELAY_REASON), lang);
        await readAt(at, status, timeline, `${when}: the promise box`);
        const text = said(status, timeline);
        expect(shown(root(status).querySelector('[part=notice]')!), when).to.contain(da ? 'Før regnede vi med 3. december 2026.' : 'Before, we expected 3 December 2026.');
        expect(count(text, da ? '3. december 2026' : '3 December 2026'), `${when}: the day before the delay, once: ${text}`).to.equal(1);
        expect(text, when).not.to.match(da ? /nåede vi ikke|tager længere tid\./ : /did not make|is taking longer/);
        expect(root(timeline).querySelector('[data-kind=processing]'), `${when}: no processing row`).to.equal(null);
        // The box keeps the usual time, as the norm.
        expect(count(text, da ? 'Vi behandler normalt sager som din inden for 10 dage fra den dag, vi får dem.' : 'We usually handle cases like yours within 10 days of the day we receive them.'), when).to.equal(1);
        // A timeline on its own still says the missed day: nobody else does.
        if (at < '2026-12-04') continue;
        const alone = document.createElement('klar-expectation-timeline');
        alone.case = parseCase(doc);
        alone.now = new Date(at);
        status.parentElement!.parentElement!.append(alone);
        await alone.updateComplete;
        await until(() => !!root(alone).querySelector('[data-kind=processing]'), { message: `${when}: a timeline alone keeps the missed day` });
      }
    }
  });

  it('says a delay whose new date has passed too once: the missed date, one apology, what happens now (par-5521 from 15 December)', async () => {
    // The plan moved with the step's delay to 3 December, and that passed too. The page said "Vi regnede
    // med at svare senest 3. december 2026. Det nåede vi ikke, og det beklager vi." beside "Før regnede vi
    // med 20. november 2026." (as if a newer date stood), "Vi er forsinket med dette trin. Vi forventede at
    // være færdige 3. december 2026. Vi kontakter dig …" and "For din sag betyder det senest 20. november
    // 2026. Den dato nåede vi ikke.": the delay four times, two apologies and two "what now".
    for (const lang of ['da', 'en']) {
      const da = lang === 'da';
      const doc = { ...delayed, id: `d-passed-${lang}`, promise: { processingTime: 'P10D', plannedDate: '2026-12-03' } };
      const [, status, timeline] = await shared(doc, (s) => shown(s).includes(DELAY_REASON), lang);
      await readAt('2026-12-05T09:00:00Z', status, timeline, `${lang}: the promise box`);
      const text = said(status, timeline);
      const all = `${shown(status)} ${shown(timeline)}`;
      expect(root(status).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        da
          ? 'Vi regnede med at svare senest 3. december 2026. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.'
          : 'We expected to answer by 3 December 2026. We did not make it, and we are sorry. We will answer as soon as we can.',
      );
      expect(count(all, da ? 'beklager' : 'sorry'), `${lang}: one apology`).to.equal(1);
      expect(count(all, da ? 'Vi svarer, så snart vi kan' : 'We will answer as soon as we can') + count(all, da ? 'Vi kontakter dig' : 'We will contact you'), `${lang}: what happens now, once`).to.equal(1);
      expect(count(text, da ? '3. december 2026' : '3 December 2026'), `${lang}: the missed date, once`).to.equal(1);
      expect(text, lang).not.to.match(da ? /20\. november|Før regnede vi med|nåede vi ikke\..*nåede vi ikke/ : /20 November|Before, we expected|did not make.*did not make/);
      // The notice says which step and why; the step its tag and its date, in the past tense.
      const notice = shown(root(status).querySelector('[part=notice]')!);
      expect(notice).to.contain(da ? 'Et trin er forsinket: Vi behandler din ansøgning' : 'A step is delayed: Vi behandler din ansøgning').and.to.contain(DELAY_REASON);
      const step = root(timeline).querySelector('[data-step-id=behandling]')!;
      expect(step.querySelector('[part~=notice]'), `${lang}: no second notice`).to.equal(null);
      expect(step.querySelector('.klar-meta')!.textContent!.replace(/\s+/g, ' ')).to.contain(da ? 'Forsinket' : 'Delayed').and.to.contain(da ? 'Vi forventede 3. december 2026' : 'We expected 3 December 2026');
    }
  });

  it('gives one answer to "when?" once the plan is missed: the usual time said as the norm, not as a second date (nat-0316, byg-2417)', async () => {
    // nat-0316 on 29 December: "Vi regnede med at svare senest 28. december 2026. Det nåede vi ikke …"
    // beside the box's "For din sag betyder det senest 15. januar 2027", a date still ahead that nobody
    // promised this case; byg-2417 on 12 January: missed 11 January beside "senest 12. januar 2027".
    for (const lang of ['da', 'en']) {
      const da = lang === 'da';
      const doc = permitCase('2026-11-10T09:00:00+01:00', { state: 'current', expected: '2026-12-03' }, { id: `plan-missed-${lang}`, status: { code: 'in-progress', label: 'Under behandling' }, promise: { processingTime: 'P8W', plannedDate: '2026-12-04', legalDeadline: '2027-02-01' } });
      const [, status, timeline] = await shared(doc, (s) => !!root(s).querySelector('[part=lead]'), lang);
      await readAt('2026-12-07T09:00:00Z', status, timeline, `${lang}: the promise box`);
      const text = said(status, timeline);
      expect(root(status).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim(), lang).to.equal(
        da
          ? 'Vi regnede med at svare senest 4. december 2026. Det nåede vi ikke, og det beklager vi. Vi svarer, så snart vi kan.'
          : 'We expected to answer by 4 December 2026. We did not make it, and we are sorry. We will answer as soon as we can.',
      );
      // 8 weeks from 10 November, 5 January, is no date for this case: the usual time is said as the norm.
      expect(text, lang).not.to.match(da ? /januar 2027|For din sag betyder det|Normalt ville det/ : /January 2027|For your case that/);
      expect(root(timeline).querySelector('[data-kind=processing]'), lang).to.equal(null);
      expect(count(text, da ? 'Vi behandler normalt sager som din inden for 8 uger fra den dag, vi får dem.' : 'We usually handle cases like yours within 8 weeks of the day we receive them.'), lang).to.equal(1);
      expect(count(text, da ? '1. februar 2027' : '1 February 2027'), `${lang}: the legal deadline stays`).to.equal(1);
    }
  });

  it("gives one answer to \"when?\" beside a step's delay whose new date has passed: the promise, in the lead, the box and the notice agreeing", async () => {
    // Audit finding 1: the lead said 11 January (a computed plan), the notice 2 December (the step's, as
    // the case's end), the promise box 28 December.
    const doc = { ...stepDelayCase(), id: 'step-delay-passed' };
    const [, status, timeline] = await shared(doc, (s) => shown(s).includes('Sygdom'));
    await readAt('2026-12-05T09:00:00Z', status, timeline, 'the promise box');
    const text = said(status, timeline);
    // Firm: the step done today, the answer's week after it ends inside the promise (audit B2).
    expect(count(text, 'Du kan forvente svar senest 28. december 2026.'), 'the promise, once').to.equal(1);
    expect(count(text, '28. december'), 'no second date for the answer').to.equal(1);
    expect(text).not.to.match(/januar 2027|Vi forventer nu at være færdige|Din sag er forsinket/);
    expect(root(timeline).querySelector('[data-kind=processing]')).to.equal(null);
  });

  it('gives one answer to "when?" when the steps\' own plan runs past the promise: the plan\'s date, the promise said as the usual one', async () => {
    // 4 weeks from 2 November is 30 November, but the step in progress is planned to 14 December and the
    // answer a week after: the status said "Du kan forvente svar senest 30. november 2026" above a
    // timeline whose last step said "Forventet færdig 21. december 2026".
    for (const lang of ['da', 'en']) {
      const da = lang === 'da';
      const doc = permitCase('2026-11-02T09:00:00+01:00', { state: 'current', expected: '2026-12-14' }, { id: `plan-past-${lang}`, status: { code: 'in-progress', label: 'Under behandling' }, promise: { processingTime: 'P4W' } });
      const [, status, timeline] = await shared(doc, (s) => !!root(s).querySelector('[part=lead]'), lang);
      await until(() => !!root(timeline).querySelector('[part=promise]'), { message: `${lang}: the promise box` });
      const text = said(status, timeline);
      const answer = da ? '21. december 2026' : '21 December 2026';
      expect(root(status).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(da ? `Du kan forvente svar senest ${answer}.` : `You can expect an answer by ${answer}.`);
      // The answer's own step says the same date; no step is expected after it.
      const rows = [...root(timeline).querySelectorAll('ol li [part=date]')].map((d) => d.textContent!.replace(/\s+/g, ' '));
      expect(rows[2], `${lang}: the answer's step`).to.contain(answer);
      expect(rows[1], `${lang}: the step before`).to.contain(da ? '14. december 2026' : '14 December 2026');
      // The promise is said once, as what it would usually be, never as a date to expect, nor in doubt.
      const promise = da ? 'Normalt ville det for din sag være 30. november 2026. Din sag tager længere tid.' : 'For your case that would usually be 30 November 2026, but your case is taking longer.';
      expect(count(text, promise), `${lang}: the promise as the usual time`).to.equal(1);
      expect(count(text, da ? '30. november' : '30 November'), `${lang}: the promise once`).to.equal(1);
      expect(text).not.to.match(da ? /Vi er forsinket|Vi har lovet/ : /We are behind|We promised/);
      // One date to add to a calendar, beside the lead that says it.
      expect([root(status).querySelectorAll('[part=calendar-link]').length, root(timeline).querySelectorAll('[part=calendar-link]').length], lang).to.deep.equal([1, 0]);
    }
    // A plan for the case the steps run past is not said beside the date they give.
    const planned = permitCase('2026-11-02T09:00:00+01:00', { state: 'current', expected: '2026-12-14' }, { id: 'plan-past-planned', status: { code: 'in-progress', label: 'Under behandling' }, promise: { plannedDate: '2026-11-30', legalDeadline: '2027-02-01' } });
    const [, status, timeline] = await shared(planned, (s) => !!root(s).querySelector('[part=lead]'));
    await until(() => !!root(timeline).querySelector('[part=promise]'), { message: 'the promise box' });
    const text = said(status, timeline);
    expect(count(text, 'Du kan forvente svar senest 21. december 2026.')).to.equal(1);
    expect(text).not.to.contain('30. november');
  });

  it("gives one answer when only the answer's own step runs past the promise, and leaves a step after the answer its own date (audit defect 3)", async () => {
    // 5 weeks from 2 November is 7 December; the step in progress ends 4 December, the answer's step a week
    // later, 11 December. The status said "Du kan forvente svar senest 7. december 2026" above the timeline's
    // "Du får vores afgørelse — Forventet færdig 11. december 2026".
    const doc = permitCase('2026-11-02T09:00:00+01:00', { state: 'current', expected: '2026-12-04' }, { id: 'answer-past', status: { code: 'in-progress', label: 'Under behandling' }, promise: { processingTime: 'P5W' } });
    const [, status, timeline] = await shared(doc, (s) => !!root(s).querySelector('[part=lead]'));
    await until(() => !!root(timeline).querySelector('[part=promise]'), { message: 'the promise box' });
    const rows = () => [...root(timeline).querySelectorAll('ol li [part=date]')].map((d) => d.textContent!.replace(/\s+/g, ' '));
    expect(root(status).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Du kan forvente svar senest 11. december 2026.');
    expect(rows()[2], "the answer's step").to.contain('11. december 2026');
    expect(said(status, timeline)).not.to.match(/senest 7\. december/);
    // The letter that brings the answer (afterAnswer) comes after it: its own date, and the answer stays on the promise.
    const letter = permitCase('2026-11-02T09:00:00+01:00', { state: 'current', expected: '2026-12-01' }, {
      id: 'answer-letter',
      status: { code: 'in-progress', label: 'Under behandling' },
      promise: { processingTime: 'P5W' },
    });
    letter.steps = [...letter.steps.slice(0, 2), { id: 'decision', title: 'Vi træffer afgørelse', state: 'upcoming', expected: '2026-12-07' }, { id: 'letter', title: 'Du får afgørelsen med posten', state: 'upcoming', expected: 'P3D', afterAnswer: true }] as typeof letter.steps;
    const [, status2, timeline2] = await shared(letter, (s) => !!root(s).querySelector('[part=lead]'));
    await until(() => root(timeline2).querySelectorAll('ol li [part=date]').length >= 3, { message: 'the steps dated' });
    const rows2 = [...root(timeline2).querySelectorAll('ol li [part=date]')].map((d) => d.textContent!.replace(/\s+/g, ' '));
    expect(root(status2).querySelector('[part=lead]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Du kan forvente svar senest 7. december 2026.');
    expect([rows2.at(-2), rows2.at(-1)].map((r) => /(\d+)\. december/.exec(r ?? '')?.[1])).to.deep.equal(['7', '10']);
  });

  it('says the held answer date and the start of the wait once, in the status (bol-0893)', async () => {
    for (const lang of ['da', 'en']) {
      const da = lang === 'da';
      const [, status, timeline] = await shared({ ...paused, id: `p-box-${lang}` }, (s) => shown(s).includes('Vi mangler din lejekontrakt.'), lang);
      await until(() => !!root(timeline).querySelector('[part=promise]'), { message: `${lang}: the promise box` });
      const text = said(status, timeline);
      const lead = da ? 'Du kan forvente svar senest 4. december 2026, hvis vi i dag får det, vi mangler fra dig.' : 'You can expect an answer by 4 December 2026 if we get what we need from you today.';
      const held = da ? '4. december 2026, hvis vi i dag får det, vi mangler fra dig' : '4 December 2026, if we get what we need from you today';
      expect(count(text, lead), `${lang}: when, once`).to.equal(1);
      // (The Danish lead ends with the held row's words: counted outside it.)
      expect(count(text, held) - (da ? count(text, lead) : 0), `${lang}: the box leaves it to the status`).to.equal(0);
      expect(text).not.to.match(/by \d+ days? after/);
      // The start of the wait is the status's "since": said once, by its tag.
      const since = da ? 'Siden 20. november 2026 kl. 11:20' : 'Since 20 November 2026 at 11:20';
      expect(count(text, since), `${lang}: since, once`).to.equal(1);
      expect(root(status).querySelector('.klar-status')!.textContent).to.contain(since);
      // What only the box says stays: the processing time and the legal deadline. The usual time says
      // what it counts from: beside "svar senest 4. december" (were the reply sent today), a bare
      // "inden for 4 uger" read as a second answer to the same question.
      expect(count(text, da ? 'Vi behandler normalt sager som din inden for 4 uger fra den dag, vi får dem.' : 'We usually handle cases like yours within 4 weeks of the day we receive them.')).to.equal(1);
      expect(count(text, da ? '11. januar 2027' : '11 January 2027')).to.equal(1);
      expect(count(text, da ? 'Mens sagen venter, står den stille.' : 'While the case is waiting, it does not move forward.')).to.equal(1);
    }
  });

  it('a delay the status does not tell of stays in the timeline', async () => {
    // The status tells of the case's own delay; the step's delay is the timeline's to say.
    const doc = { ...delayed, id: 'd-2', delays: [...delayed.delays, { reason: 'Sagen er sendt i høring.', newDate: '2026-12-10', previousDate: '2026-11-20' }] };
    const [, status, timeline] = await shared(doc, (s) => shown(s).includes('Sagen er sendt i høring.'));
    expect(count(shown(status) + shown(timeline), 'Sagen er sendt i høring.')).to.equal(1);
    expect(count(shown(status), DELAY_REASON)).to.equal(0);
    expect(count(shown(timeline), DELAY_REASON)).to.equal(1);
  });

  it('a compact status leaves the waiting and delay notices to the timeline', async () => {
    const [wrap, status, timeline] = await shared(waiting, (s) => shown(s).includes('Lægeerklæringen mangler.'));
    status.variant = 'compact';
    await until(() => !!root(timeline).querySelector('[part=waiting]') && shown(timeline).includes('Mange sager i efteråret.'), { message: 'the timeline says them' });
    const both = shown(status) + shown(timeline);
    expect(count(both, 'Lægeerklæringen mangler.')).to.equal(1);
    expect(count(both, 'Mange sager i efteråret.')).to.equal(1);
    // Taken out, the status hands the lead answer back too.
    wrap.querySelector('klar-case-status')!.remove();
    await until(() => !!root(timeline).querySelector('[part=lead]'), { message: 'the timeline says when' });
  });

  it('a case delay: the new date once (the lead answer), its move and reason once, beside a full or a compact status', async () => {
    const doc = { ...delayed, id: 'd-case', delays: [{ reason: 'Sagen er sendt i høring.', previousDate: '2026-11-20', newDate: '2026-12-10', announcedAt: '2026-11-19T13:00:00Z' }] };
    const [, status, timeline] = await shared(doc, (s) => shown(s).includes('Sagen er sendt i høring.'));
    for (const variant of ['full', 'compact'] as const) {
      status.variant = variant;
      // Full, the status's delay notice tells of it; compact, the timeline's promise box.
      const teller = variant === 'full' ? status : timeline;
      await until(() => shown(teller).includes('Sagen er sendt i høring.'), { message: `${variant}: the reason` });
      await status.updateComplete;
      expect(count(said(status, timeline), 'Sagen er sendt i høring.'), `${variant}: the reason once`).to.equal(1);
      const text = said(status, timeline);
      expect(count(text, '10. december 2026'), `${variant}: the new date once`).to.equal(1);
      expect(count(text, 'Før regnede vi med 20. november 2026.') + count(text, 'Flyttet fra 20. november 2026.'), `${variant}: the move once`).to.equal(1);
    }
  });

  it('a compact status leaves the decision and the appeal to the timeline, which says them once', async () => {
    const [, status, timeline] = await shared({ ...refused, id: 'r-compact' }, (s) => shown(s).includes('Du har fået afslag'));
    status.variant = 'compact';
    await until(() => shown(timeline).includes(OUTCOME_SUMMARY) && shown(timeline).includes('Ankestyrelsen'), { message: 'the timeline says the decision and the appeal' });
    await status.updateComplete;
    const both = shown(status) + shown(timeline);
    expect(count(both, OUTCOME_SUMMARY)).to.equal(1);
    expect(count(both, 'Ankestyrelsen')).to.equal(1);
    expect(count(both, 'Du har fået afslag')).to.equal(1);
  });
});

describe('a case without steps (Open311)', () => {
  it('the timeline beside a status that says everything says there are no steps, not a heading over nothing', async () => {
    // The README's Quick start with format="open311": the timeline showed only "Det sker i din sag".
    const id = uid('open311');
    await putDoc(id, await (await fetch('/fixtures/open311/request.json')).text());
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
      <klar-case format="open311" src=${`/api/case/doc/${id}`}>
        <klar-case-status now=${NOW}></klar-case-status>
        <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
      </klar-case>
    </div>`);
    const status = wrap.querySelector('klar-case-status') as KlarCaseStatus;
    const timeline = wrap.querySelector('klar-expectation-timeline') as KlarExpectationTimeline;
    await until(() => !!root(status).querySelector('[part~=status-tag]'), { message: 'the status', timeout: 10_000 });
    await timeline.updateComplete;
    expect(shown(timeline).replace(/\s+/g, ' ').trim()).to.equal('Det sker i din sag Der er ingen trin at vise for denne sag.');
  });
});

describe('outcome kinds', () => {
  for (const tag of ['klar-case-status', 'klar-expectation-timeline'] as const) {
    it(`${tag}: the outcome is a tag in its own words and colour; a refusal is never the success colour`, async () => {
      const mk = (outcome: string, kind: string) => parseCase({ ...refused, decision: { ...refused.decision, outcome, kind, appeal: undefined } });
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
        ${tag === 'klar-case-status'
          ? html`<klar-case-status now=${NOW} .case=${mk('Bevilget', 'granted')}></klar-case-status><klar-case-status now=${NOW} .case=${mk('Afslag', 'refused')}></klar-case-status>`
          : html`<klar-expectation-timeline now=${NOW} .case=${mk('Bevilget', 'granted')}></klar-expectation-timeline><klar-expectation-timeline now=${NOW} .case=${mk('Afslag', 'refused')}></klar-expectation-timeline>`}
      </div>`);
      const [granted, no] = [...wrap.children] as (KlarCaseStatus | KlarExpectationTimeline)[];
      await granted.updateComplete;
      await no.updateComplete;
      const gTag = root(granted).querySelector('[part~=outcome]')!;
      const rTag = root(no).querySelector('[part~=outcome]')!;
      expect(gTag.textContent!.trim()).to.equal('Du har fået ja');
      expect(rTag.textContent!.trim()).to.equal('Du har fået afslag');
      const success = 'rgb(30, 107, 52)'; // --klar-color-success by default
      expect(getComputedStyle(gTag).color).to.equal(success);
      expect(getComputedStyle(rTag).color).to.not.equal(success);
      expect(getComputedStyle(rTag).backgroundColor).to.not.equal(getComputedStyle(gTag).backgroundColor);
      // Not body text: a tag of its own, with an icon; "Afslag" is not repeated below it.
      expect(rTag.querySelector('svg')).to.exist;
      expect(count(shown(no), 'Afslag')).to.equal(0);
      // What the citizen can do next, when no appeal route is given.
      expect(shown(no)).to.contain('Har du spørgsmål til svaret, så ring eller skriv til os.');
    });

    it(`${tag}: words that say their own kind are the tag: "Du har fået tilladelse" is not said beside "Du har fået ja" (B9)`, async () => {
      const mk = (outcome: string, kind: string) => parseCase({ ...refused, decision: { ...refused.decision, outcome, kind, appeal: undefined } });
      const show = async (c: ReturnType<typeof mk>, lang = 'da') => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
          ${tag === 'klar-case-status' ? html`<klar-case-status now=${NOW} .case=${c}></klar-case-status>` : html`<klar-expectation-timeline now=${NOW} .case=${c}></klar-expectation-timeline>`}
        </div>`);
        const el = wrap.firstElementChild as KlarCaseStatus;
        await el.updateComplete;
        return el;
      };
      const granted = await show(mk('Du har fået tilladelse', 'granted'));
      const gTag = root(granted).querySelector('[part~=outcome]')!;
      // Said once, in the tag, with the grant's icon and colour (the cue for the eye stays).
      expect(gTag.textContent!.trim()).to.equal('Du har fået tilladelse');
      expect(gTag.classList.contains('klar-outcome-granted') && !!gTag.querySelector('svg')).to.equal(true);
      expect(count(shown(granted), 'Du har fået'), shown(granted)).to.equal(1);
      // A refusal in its own words likewise: one "afslag", in the tag.
      const no = await show(mk('Du har fået afslag på din ansøgning', 'refused'));
      expect(root(no).querySelector('[part~=outcome]')!.textContent!.trim()).to.equal('Du har fået afslag på din ansøgning');
      expect(count(shown(no).toLowerCase(), 'afslag')).to.equal(1);
      // Words that do not say the kind the data gives: the tag says the kind, the words follow.
      const partly = await show(mk('Tilladelse til carport og skur', 'partly-granted'));
      expect(root(partly).querySelector('[part~=outcome]')!.textContent!.trim()).to.equal('Du har fået delvist ja');
      expect(shown(partly)).to.contain('Tilladelse til carport og skur');
      // An English page: the tag says the kind in the reader's words, the Danish words follow, marked Danish.
      const en = await show(mk('Du har fået tilladelse', 'granted'), 'en');
      expect(root(en).querySelector('[part~=outcome]')!.textContent!.trim()).to.equal('Granted');
      expect(root(en).querySelector('.klar-outcome [lang=da], .klar-outcome[lang=da]')?.textContent).to.equal('Du har fået tilladelse');
    });

    it(`${tag}: a passed appeal deadline is said as passed`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
        ${tag === 'klar-case-status'
          ? html`<klar-case-status now=${NOW} .case=${refused}></klar-case-status>`
          : html`<klar-expectation-timeline now=${NOW} .case=${refused}></klar-expectation-timeline>`}
      </div>`);
      const el = wrap.firstElementChild as KlarCaseStatus;
      await el.updateComplete;
      const text = shown(el);
      expect(text).to.contain('Fristen for at klage til Ankestyrelsen var 29. oktober 2026. Den er gået.');
      expect(text).not.to.match(/kan klage (til|senest)/);
      expect(root(el).querySelector('.klar-calendar')).to.equal(null);
    });
  }
});

describe('held dates', () => {
  it('the status says the next step’s held date with its condition, as the timeline’s steps do', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
      <klar-case-status now=${NOW} .case=${waiting}></klar-case-status>
      <klar-expectation-timeline now=${NOW} .case=${waiting}></klar-expectation-timeline>
    </div>`);
    const status = wrap.querySelector('klar-case-status') as KlarCaseStatus;
    const timeline = wrap.querySelector('klar-expectation-timeline') as KlarExpectationTimeline;
    await status.updateComplete;
    await timeline.updateComplete;
    const next = root(status).querySelector('[part=next]')!.textContent!.replace(/\s+/g, ' ');
    const row = root(timeline).querySelector('[data-step-id=assess] .klar-date')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(row).to.match(/^Forventet færdig \d+\. december 2026, hvis vi i dag får det, vi mangler fra dig$/);
    expect(next).to.contain(`Forventet færdig: ${row.replace('Forventet færdig ', '')}`);
    // A held step's date is never said without its condition, anywhere.
    for (const t of [next, row]) expect(t.match(/\d+\. (november|december) 2026(, hvis vi i dag får det, vi mangler fra dig)?/g)?.every((m) => m.includes('i dag')), t).to.equal(true);
  });
});

describe('the case’s own text in English mode', () => {
  const caseTexts = [
    waiting.title,
    waiting.status.label,
    waiting.status.description,
    ...waiting.steps.flatMap((s) => [s.title, (s as { description?: string }).description]),
    TASK,
    'Lone Berg',
    'Hjælpemidler',
    'Terapeut',
    'Hverdage 8–14',
    'Lægeerklæringen mangler.',
    'Mange sager i efteråret.',
    'Forvaltningsloven § 3',
    'Borgerservice',
    'Det er et hjælpemiddel.',
    refused.title,
    OUTCOME_SUMMARY,
    'Ankestyrelsen',
  ].filter((t): t is string => !!t);

  for (const tag of ['klar-case-status', 'klar-expectation-timeline'] as const) {
    it(`${tag}: every text node with case text is inside an element whose lang is the case’s`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
        ${tag === 'klar-case-status'
          ? html`<klar-case-status now=${NOW} .case=${waiting}></klar-case-status><klar-case-status now=${NOW} .case=${{ ...refused, decision: { ...refused.decision, appeal: { ...refused.decision.appeal, deadline: '2026-12-29' } } }}></klar-case-status>`
          : html`<klar-expectation-timeline now=${NOW} .case=${waiting}></klar-expectation-timeline><klar-expectation-timeline now=${NOW} .case=${{ ...refused, decision: { ...refused.decision, appeal: { ...refused.decision.appeal, deadline: '2026-12-29' } } }}></klar-expectation-timeline>`}
      </div>`);
      const els = [...wrap.children] as KlarCaseStatus[];
      let checked = 0;
      for (const el of els) {
        await el.updateComplete;
        for (const node of textNodes(root(el))) {
          const hit = caseTexts.find((t) => node.textContent!.includes(t));
          if (!hit) continue;
          checked++;
          // The node holds case text only: the interface's words around it sit outside the mark.
          expect(node.parentElement!.closest('[lang]')!.getAttribute('lang'), `"${node.textContent!.trim()}"`).to.equal('da');
        }
      }
      expect(checked, 'case texts found').to.be.greaterThan(8);
      // And the interface's own words stay English.
      expect(shown(els[0])).to.match(/Status of your case|What happens in your case/);
    });
  }
});
