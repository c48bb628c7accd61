import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/klar-case-list.js';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import type { KlarCaseList } from '../../src/klar-case-list.js';
import { caseListMessages } from '../../src/translations/case-list.js';
import { caseMessages } from '../../src/translations/case.js';
import { coreMessages } from '../../src/translations/core.js';
import { attach, detachAll, fixtureJson, putDoc, realSleep, requests, restoreVisibility, serverLog, setVisibility, uid, visibleText } from '../case/helpers.js';
import { lix } from '../helpers/lix.js';
import { root } from '../helpers/root.js';
import * as stories from '../../stories/case-list.stories.js';
import { until } from '../helpers/until.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const NAMES = ['received', 'in-progress', 'decided', 'delayed', 'waiting-citizen', 'closed', 'moved'] as const;
type Doc = Record<string, any>;

let fixtures: Record<(typeof NAMES)[number], Doc>;

async function mount(opts: { cases?: Doc[]; src?: string; lang?: string; attrs?: Record<string, string> } = {}): Promise<KlarCaseList> {
  const el = document.createElement('klar-case-list');
  el.now = NOW;
  el.retry = { retries: 0 };
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  if (opts.cases) el.cases = opts.cases;
  if (opts.src) el.src = opts.src;
  attach(el, opts.lang ?? 'da');
  await el.updateComplete;
  return el;
}

const $$ = (el: KlarCaseList, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
/** The focused element, inside the element's shadow root or in the page (light DOM). */
const focused = (el: KlarCaseList) => el.shadowRoot?.activeElement ?? document.activeElement;
const text = (n: Element) => (n.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: KlarCaseList) => $$(el, '[part~=title]').map(text);
const groups = (el: KlarCaseList) => $$(el, '[part~=group-heading]').map(text);

/** Ten cases with their own ids: the seven fixtures and three more in progress. */
function tenCases(): Doc[] {
  const all = NAMES.map((n) => fixtures[n]);
  for (let i = 0; i < 3; i++) all.push({ ...fixtures['in-progress'], id: `extra-${i}`, reference: `EX-${i}`, title: `Ekstra sag ${i + 1}` });
  return all;
}

describe('<klar-case-list>', () => {
  before(async () => {
    fixtures = Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, await fixtureJson(`klar/${n}`)]))) as typeof fixtures;
  });
  beforeEach(() => setVisibility('visible', false));
  afterEach(() => detachAll());
  after(() => restoreVisibility());

  it('sorts the cases: the citizen must act first, then in progress, then closed', async () => {
    // Given in an order that is wrong on purpose: closed first, the citizen's task in the middle.
    const el = await mount({ cases: [fixtures.closed, fixtures.received, fixtures.decided, fixtures['waiting-citizen'], fixtures.delayed, fixtures['in-progress']] });
    expect(groups(el)).to.deep.equal(['Sager, hvor du skal gøre noget', 'Sager i gang', 'Afsluttede sager']);
    const sections = $$(el, '[part~=group]');
    const inGroup = (i: number) => [...sections[i].querySelectorAll('[part~=title]')].map(text);
    expect(inGroup(0)).to.deep.equal(['Hjælpemiddel: kørestol']);
    expect(inGroup(1)).to.have.members([fixtures.received.title, fixtures.delayed.title, fixtures['in-progress'].title]);
    // Closed: the most recent first (decided 15 November, closed 5 November).
    expect(inGroup(2)).to.deep.equal([fixtures.decided.title, fixtures.closed.title]);
    expect(el.sortedCases.map((c) => c.id)).to.deep.equal(titles(el).map((t) => el.sortedCases.find((c) => c.title === t)!.id));
    // Headings and a list per group, so a screen reader can jump between them.
    expect(sections.every((s) => s.getAttribute('aria-labelledby') && s.querySelector('h2') && s.querySelector('ul > li h3'))).to.equal(true);
  });

  it('puts a decided case whose step still asks the citizen to act (a fee after the decision) under "Sager, hvor du skal gøre noget", with its task, as the timeline says it', async () => {
    // It sat under "Afsluttede sager" with no task, while the timeline said "Det skal du stadig gøre".
    const fee = { id: 'fee', title: 'Byggetilladelse med gebyr', steps: [...fixtures.decided.steps, { id: 'fee', title: 'Du betaler gebyret', state: 'current', citizenAction: { text: 'Betal byggesagsgebyret.', dueDate: '2026-12-10' } }] };
    const el = await mount({ cases: [{ ...fixtures.decided, ...fee }, fixtures.decided] });
    const section = (i: number) => [...$$(el, '[part~=group]')[i].querySelectorAll('[part~=row]')];
    expect(groups(el)).to.deep.equal(['Sager, hvor du skal gøre noget', 'Afsluttede sager']);
    const row = section(0)[0];
    expect(text(row.querySelector('[part~=action]')!)).to.equal('Det skal du gøre: Betal byggesagsgebyret. Senest 10. december 2026.');
    // The status is still the decision, said once, and the row says no next step.
    expect(text(row.querySelector('[part~=status-tag]')!)).to.equal('Status: Afgjort');
    expect(row.querySelector('[part~=next]')).to.equal(null);
    expect(text(row)).to.contain('Afgørelse: Du har fået byggetilladelse.');
    expect(section(1).map((r) => text(r.querySelector('[part~=title]')!))).to.deep.equal([fixtures.decided.title]);
    // Done and skipped steps ask nothing; English reads the same.
    const done = { ...fee, steps: fee.steps.map((x) => ({ ...x, state: x.id === 'fee' ? 'done' : x.state })) };
    expect(groups(await mount({ cases: [{ ...fixtures.decided, ...done }] }))).to.deep.equal(['Afsluttede sager']);
    const en = await mount({ cases: [{ ...fixtures.decided, ...fee }], lang: 'en' });
    expect(groups(en)).to.deep.equal(['Cases where you need to do something']);
    expect(text($$(en, '[part~=action]')[0])).to.equal('What you need to do: Betal byggesagsgebyret. By 10 December 2026.');
  });

  it('says a task deadline that has passed as passed', async () => {
    const waiting = fixtures['waiting-citizen'];
    const due = (s: Doc) => (s.citizenAction ? { ...s, citizenAction: { ...s.citizenAction, dueDate: '2026-11-20' } } : s);
    const passed = { ...waiting, steps: waiting.steps.map(due), suspensions: waiting.suspensions.map(due) };
    const el = await mount({ cases: [passed] });
    expect(text($$(el, '[part~=action]')[0])).to.equal('Det skal du gøre: Send os en lægeerklæring fra din egen læge. Fristen var 20. november 2026. Den er gået.');
  });

  it('counts no case as delayed for a step moved to an earlier date (audit B3)', async () => {
    const doc = (id: string, newDate: string) => ({
      id,
      title: `Sag ${id}`,
      receivedAt: '2026-11-02',
      status: { code: 'in-progress', label: 'Under behandling' },
      steps: [{ id: 'b', title: 'Vi vurderer', state: 'current', expected: '2026-12-15' }],
      delays: [{ stepId: 'b', reason: 'R', previousDate: '2026-12-15', newDate }],
    });
    const el = await mount({ cases: [doc('earlier', '2026-12-08'), doc('later', '2026-12-20')] });
    const tags = $$(el, '[part~=status-tag]').map((t) => [text(t.closest('[part~=row]')!.querySelector('[part~=title]')!), t.className.includes('klar-delayed')]);
    expect(tags).to.deep.include.members([
      ['Sag earlier', false],
      ['Sag later', true],
    ]);
  });

  it('sorts inside a group by the date that matters: the earliest expected answer first', async () => {
    const later = { ...fixtures['in-progress'], id: 'later', title: 'Senere sag', promise: { plannedDate: '2027-03-01' } };
    const sooner = { ...fixtures['in-progress'], id: 'sooner', title: 'Tidligere sag', promise: { plannedDate: '2026-12-15' } };
    const el = await mount({ cases: [later, sooner] });
    expect(titles(el)).to.deep.equal(['Tidligere sag', 'Senere sag']);
  });

  it('says a status whose label is only its code (Open311 "open") in the page\'s language, as the status card does', async () => {
    const open = { ...fixtures['in-progress'], id: 'o-1', status: { ...fixtures['in-progress'].status, code: 'open', label: 'open' } };
    const da = await mount({ cases: [open] });
    expect(text($$(da, '[part~=status-tag]')[0])).to.equal('Status: Åben');
    const en = await mount({ cases: [open], lang: 'en' });
    expect(text($$(en, '[part~=status-tag]')[0])).to.equal('Status: Open');
  });

  it('on an English page, marks every Danish case text in a row as Danish: title, status, task, next step and outcome words', async () => {
    // The list read "Under behandling", "Next step: Dine naboer får besked." and "Decision: Afslag." in an English voice.
    const el = await mount({ cases: [fixtures['in-progress'], fixtures.decided], lang: 'en' });
    const rows = $$(el, '[part~=row]');
    const danish = (row: HTMLElement) => [...row.querySelectorAll('[lang=da]')].map(text);
    const progress = rows.find((r) => r.textContent!.includes(fixtures['in-progress'].title))!;
    expect(danish(progress)).to.include.members([fixtures['in-progress'].title, fixtures['in-progress'].status.label]);
    const next = progress.querySelector('[part~=next]')!;
    expect(text(next)).to.match(/^Next step: .+\.$/);
    expect(text(next.querySelector('[lang=da]')!)).to.equal(text(next).replace(/^Next step: (.+)\.$/, '$1'));
    const decided = rows.find((r) => r.textContent!.includes(fixtures.decided.title))!;
    expect(danish(decided)).to.include(fixtures.decided.decision.outcome);
    // The outcome's kind in the reader's words, as the status's tag says it, then the case's words.
    expect(text(decided)).to.include(`Decision: Granted (${fixtures.decided.decision.outcome}).`);
  });

  it('says a decision\'s kind in the reader\'s words on a page in another language than the case\'s, and the case\'s words on a page in its own', async () => {
    // The English list said "Decision: Afslag." where the status said "Refused".
    const refused = { ...fixtures.decided, id: 'r-1', decision: { ...fixtures.decided.decision, outcome: 'Afslag', kind: 'refused' } };
    const other = { ...fixtures.decided, id: 'o-1', title: 'Anden sag', decision: { ...fixtures.decided.decision, outcome: 'Sagen er henlagt', kind: 'other' } };
    const row = (el: Parameters<typeof $$>[0], title: string) => $$(el, '[part~=row]').find((r) => r.textContent!.includes(title))!;
    const en = await mount({ cases: [refused, other], lang: 'en' });
    const said = row(en, fixtures.decided.title).querySelector('.klar-decision')!;
    expect(text(said)).to.equal('Decision: Refused.');
    expect(said.querySelector('[lang]')).to.equal(null);
    // A kind with no words of its own keeps the case's, marked Danish.
    const own = row(en, 'Anden sag').querySelector('.klar-decision')!;
    expect(text(own)).to.equal('Decision: Sagen er henlagt.');
    expect(text(own.querySelector('[lang=da]')!)).to.equal('Sagen er henlagt');
    // On a Danish page the case's own word.
    const da = await mount({ cases: [refused] });
    expect(text(row(da, fixtures.decided.title).querySelector('.klar-decision')!)).to.equal('Afgørelse: Afslag.');
  });

  it('says a task due today or tomorrow as "i dag" or "i morgen" beside its date, as the status card does', async () => {
    const due = (date: string) => {
      const doc = structuredClone(fixtures['waiting-citizen']);
      for (const x of [...doc.steps, ...(doc.suspensions ?? [])]) if (x.citizenAction) x.citizenAction.dueDate = date;
      return doc;
    };
    const action = async (date: string, lang?: string) => text($$(await mount({ cases: [due(date)], ...(lang ? { lang } : {}) }), '[part~=action]')[0]);
    expect(await action('2026-11-24')).to.contain('Senest i dag, 24. november 2026.');
    expect(await action('2026-11-25')).to.contain('Senest i morgen, 25. november 2026.');
    expect(await action('2026-11-26')).to.contain('Senest 26. november 2026.');
    expect(await action('2026-11-24', 'en')).to.contain('By today, 24 November 2026.');
  });

  it('says for each case its status in words, what the citizen must do, the next step and when', async () => {
    const el = await mount({ cases: [fixtures['waiting-citizen'], fixtures['in-progress']], attrs: { 'case-href': '/min-sag?case={id}' } });
    const [act, progress] = $$(el, '[part~=row]');
    expect(text(act.querySelector('[part~=status-tag]')!)).to.equal('Status: Venter på dig');
    expect(text(act.querySelector('[part~=action]')!)).to.equal('Det skal du gøre: Send os en lægeerklæring fra din egen læge. Senest 1. december 2026.');
    expect(text(progress)).to.match(/Næste skridt: .+\./);
    // The same "when" sentence as the status card and the timeline (core/lead-text.ts).
    expect(text(progress.querySelector('[part~=lead]')!)).to.match(/^Du kan forvente svar senest \d+\. \w+ \d{4}\.$/);
    // The answer's date before the next step, as the status card says them: after "Næste skridt: …" it read as that step's date.
    expect([...progress.querySelectorAll('[part~=lead], [part~=next]')].map((p) => p.getAttribute('part'))).to.deep.equal(['lead', 'next']);
    const link = act.querySelector('[part~=title] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/min-sag?case=c-2026-0311');
    expect(text(link)).to.equal('Hjælpemiddel: kørestol');
  });

  it('names no step in progress as the next step: the last step under way is what its status says (byg-2417 at its decision)', async () => {
    const last = {
      id: 'last-step',
      title: 'Byggetilladelse',
      receivedAt: '2026-11-01',
      status: { code: 'afgoerelse', label: 'Vi træffer afgørelse' },
      steps: [
        { id: 'a', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: '2026-11-01' },
        { id: 'b', title: 'Vi træffer afgørelse', state: 'current', expected: '2026-12-20' },
      ],
      promise: { plannedDate: '2026-12-20' },
    } as unknown as Doc;
    const el = await mount({ cases: [last] });
    const [row] = $$(el, '[part~=row]');
    expect(text(row).match(/Vi træffer afgørelse/g)).to.have.length(1);
    expect(row.querySelector('[part~=next]')).to.equal(null);
    expect(text(row.querySelector('[part~=lead]')!)).to.equal('Du kan forvente svar senest 20. december 2026.');
    // The day before, it says so, as the status does (and as a task's deadline already did).
    el.now = new Date('2026-12-19T10:00:00Z');
    await el.updateComplete;
    expect(text($$(el, '[part~=row]')[0].querySelector('[part~=lead]')!)).to.equal('Du kan forvente svar senest i morgen, 20. december 2026.');
  });

  it('names the first step to come as the next step when no step has begun, not the step after it', async () => {
    const doc = {
      ...fixtures.received,
      steps: fixtures.received.steps.map((x: Doc) => (x.state === 'current' ? { ...x, state: 'upcoming' } : x)),
    };
    const [row] = $$(await mount({ cases: [doc] }), '[part~=row]');
    expect(text(row.querySelector('[part~=next]')!)).to.equal('Næste skridt: Vi tjekker, om ansøgningen er komplet.');
  });

  it('marks the case the page shows with aria-current', async () => {
    const el = await mount({ cases: [fixtures.received, fixtures.closed], attrs: { 'case-href': '/sag/{id}', current: fixtures.closed.id } });
    expect($$(el, 'a[aria-current=page]').map(text)).to.deep.equal([fixtures.closed.title]);
    // Its row is marked for themes as a part ([part~=row-current] in the light DOM).
    expect($$(el, '[part~=row-current]').map((r) => text(r.querySelector('[part~=title]')!))).to.deep.equal([fixtures.closed.title]);
  });

  it("names the case the page shows and its status, and leaves its task, next step and dates to the page (each fact once)", async () => {
    const doc = fixtures['waiting-citizen'];
    const rowOf = (el: Parameters<typeof $$>[0]) => $$(el, '[part~=row]').find((r) => r.textContent!.includes(doc.title))!;
    const plain = await mount({ cases: [doc, fixtures['in-progress']] });
    const said = ['[part~=action]', '[part~=next]', '[part~=lead]'].filter((sel) => rowOf(plain).querySelector(sel));
    expect(said.length, 'the row says something beyond its status when the page does not show the case').to.be.greaterThan(0);
    const shown = await mount({ cases: [doc, fixtures['in-progress']], attrs: { 'case-href': '/sag/{id}', current: doc.id } });
    const row = rowOf(shown);
    expect(row.querySelector('[part~=status-tag]')).to.not.equal(null);
    for (const sel of said) expect(row.querySelector(sel), sel).to.equal(null);
    // The other rows are as before.
    const other = $$(shown, '[part~=row]').find((r) => r !== row)!;
    expect(other.querySelector('[part~=lead], [part~=next]')).to.not.equal(null);
  });

  it('links only to safe URLs, and shows no link without case-href', async () => {
    const plain = await mount({ cases: [fixtures.received] });
    expect($$(plain, 'a')).to.have.length(0);
    const hostile = await mount({ cases: [fixtures.received], attrs: { 'case-href': 'javascript:alert({id})' } });
    expect($$(hostile, 'a')).to.have.length(0);
  });

  it('shows a plain empty state, from the property and from the server', async () => {
    const el = await mount({ cases: [] });
    expect(visibleText(el)).to.equal('Du har ingen sager hos os lige nu.');
    const id = uid('empty');
    await putDoc(id, { cases: [] });
    const fetched = await mount({ src: `/api/case/doc/${id}`, lang: 'en' });
    await until(() => visibleText(fetched), { ok: (t) => t === 'You have no cases with us right now.', message: 'the empty state in English' });
  });

  it('leaves out a case it cannot read, shows the others and says that one is missing, from the property and from the server', async () => {
    // A case left out was said only in the console: the citizen did not know one was missing.
    const docs = [fixtures.received, { title: 'no id, no status' }, fixtures.closed];
    const set = await mount({ cases: docs, attrs: { 'contact-phone': '33 66 33 66' } });
    expect(titles(set)).to.deep.equal([fixtures.received.title, fixtures.closed.title]);
    const notice = (el: KlarCaseList) => text(root(el).querySelector('[role=status] [part~=notice]') ?? document.createElement('p'));
    expect(notice(set)).to.equal('Vi kan ikke vise 1 af dine sager lige nu. Det er vores fejl, ikke din. Ring til os på 33 66 33 66.');
    const id = uid('left-out');
    await putDoc(id, { cases: docs });
    const fetched = await mount({ src: `/api/case/doc/${id}`, lang: 'en' });
    await until(() => titles(fetched).length === 2, { message: 'the two readable cases' });
    expect(notice(fetched)).to.equal('We cannot show 1 of your cases right now. It is our fault, not yours.');
    // All readable: nothing to say.
    const whole = await mount({ cases: [fixtures.received, fixtures.closed] });
    expect(notice(whole)).to.equal('');
  });

  it('makes one request per refresh for ten cases, and revalidates with the ETag', async () => {
    const id = uid('ten');
    await putDoc(id, { cases: tenCases() });
    const before = performance.getEntriesByType('resource').length;
    const el = await mount({ src: `/api/case/doc/${id}`, attrs: { refresh: '1' } });
    await until(() => $$(el, '[part~=row]').length, { ok: (n) => n === 10, message: 'ten rows' });
    expect(await serverLog(id)).to.have.length(1);
    // Two more refreshes: each one request for all ten cases, a conditional one (304).
    const log = await requests(id, 3);
    expect(log.slice(1, 3).every((e) => e.ifNoneMatch && e.status === 304)).to.equal(true);
    expect($$(el, '[part~=row]')).to.have.length(10);
    // Nothing else went over the network: only the list document (and the test's own log reads).
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith('/api/case-log/') && !p.startsWith('/api/case/doc/' + id) && p.startsWith('/api/'));
    expect(fetched).to.deep.equal([]);
    el.remove();
  });

  it('announces a new status once, politely, and stays silent on an unchanged refresh', async () => {
    const id = uid('change');
    const cases = [fixtures['in-progress'], fixtures.received];
    await putDoc(id, { cases });
    const el = await mount({ src: `/api/case/doc/${id}` });
    await until(() => $$(el, '[part~=row]').length, { ok: (n) => n === 2, message: 'two rows' });
    const live = () => text(root(el).querySelector('[part=announcer]')!);
    el.reload();
    await requests(id, 2);
    await el.updateComplete;
    expect(live()).to.equal('');
    await putDoc(id, { cases: [{ ...cases[0], status: { ...cases[0].status, label: 'Afgjort', code: 'decided' } }, cases[1]] });
    el.reload();
    await until(live, { ok: (t) => t === `Ny status for ${fixtures['in-progress'].title}: Afgjort.`, message: 'the announcement' });
    expect(root(el).querySelector('[part=announcer]')!.getAttribute('aria-live')).to.equal('polite');
    expect(root(el).querySelector('[part=announcer] [lang]')).to.equal(null);
  });

  it("marks the case's title and status words with the case's language in the announcement on an English page", async () => {
    // "New status for Byggetilladelse …: Afgjort." was read in one English voice (WCAG 3.1.2).
    const id = uid('change-en');
    const cases = [fixtures['in-progress'], fixtures.received];
    await putDoc(id, { cases });
    const el = await mount({ src: `/api/case/doc/${id}`, lang: 'en' });
    await until(() => $$(el, '[part~=row]').length, { ok: (n) => n === 2, message: 'two rows' });
    const region = root(el).querySelector('[part=announcer]')!;
    await putDoc(id, { cases: [{ ...cases[0], status: { ...cases[0].status, label: 'Afgjort', code: 'decided' } }, cases[1]] });
    el.reload();
    await until(() => text(region), { ok: (t) => t === `New status for ${fixtures['in-progress'].title}: Afgjort.`, message: 'the announcement' });
    expect([...region.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([
      ['da', fixtures['in-progress'].title],
      ['da', 'Afgjort'],
    ]);
  });

  it('follows the case a <klar-case> beside it loads, at once and without a request, newer data only, and leaves the announcement to its status', async () => {
    // The demo's wide layout: the case gets a new status over its event stream, the list polls
    // once a minute. Before, the list's row said the old status for up to a minute, and then
    // announced the change a second time.
    const caseId = uid('beside');
    const listId = uid('beside-list');
    const doc = fixtures['in-progress'];
    const other = fixtures.received;
    await putDoc(caseId, doc);
    await putDoc(listId, { cases: [doc, other] });
    const list = await mount({ src: `/api/case/doc/${listId}`, attrs: { current: doc.id } });
    const provider = document.createElement('klar-case');
    provider.src = `/api/case/doc/${caseId}`;
    provider.eventsSrc = `/api/case-events/${caseId}`;
    const status = document.createElement('klar-case-status');
    status.now = NOW;
    provider.append(status);
    attach(provider);
    const tag = () => text($$(list, '[part~=row]').find((r) => r.textContent!.includes(doc.title))!.querySelector('[part~=status-tag]')!);
    const listSaid = () => text(root(list).querySelector('[part=announcer]')!);
    const statusSaid = () => text(status.querySelector('[part=announcer]')!);
    await until(() => $$(list, '[part~=row]').length === 2 && !!status.querySelector('[part~=status-tag]'), { message: 'the list and the case' });
    // A ping event is only heard. (A data message ": ping" is a "fetch again" hint: its fetch, a second
    // later, could bring the server's older copy after the decision was pushed, and the status then
    // announced "ændret til: Under behandling" instead: a flake seen in WebKit and Chromium.)
    await until(async () => (await (await fetch(`/api/case-events/${caseId}?event=ping`, { method: 'POST', body: '' })).json()).delivered === 1, { message: 'the stream open' });
    expect(tag()).to.equal('Status: Under behandling');

    // The case hears of the decision: the list's row says it at once, no request for the list.
    const decided = { ...doc, status: { ...doc.status, code: 'decided', label: 'Afgjort' }, updatedAt: '2026-11-24T09:00:00Z' };
    await fetch(`/api/case-events/${caseId}`, { method: 'POST', body: JSON.stringify(decided) });
    await until(tag, { ok: (t) => t === 'Status: Afgjort', message: "the row follows the case's news" });
    expect(await serverLog(listId)).to.have.length(1);
    // Said once, by the status.
    await until(statusSaid, { ok: (t) => t.includes('Afgjort'), message: "the status's announcement" });
    expect(listSaid()).to.equal('');

    // The list's own refresh is older (its server has not caught up): the row keeps the newer status.
    list.reload();
    await requests(listId, 2);
    await list.updateComplete;
    expect(tag()).to.equal('Status: Afgjort');
    // It catches up: the same status, nothing to say.
    await putDoc(listId, { cases: [decided, other] });
    list.reload();
    await requests(listId, 3);
    await list.updateComplete;
    expect(tag()).to.equal('Status: Afgjort');

    // Newer news in the list wins; an older document the case gets later does not take it back.
    const appealed = { ...decided, status: { ...decided.status, code: 'appealed', label: 'Klage modtaget' }, updatedAt: '2026-11-24T09:30:00Z' };
    await putDoc(listId, { cases: [appealed, other] });
    list.reload();
    await until(tag, { ok: (t) => t === 'Status: Klage modtaget', message: "the list's newer status" });
    await fetch(`/api/case-events/${caseId}`, { method: 'POST', body: JSON.stringify({ ...decided, title: `${doc.title} (ældre)` }) });
    await until(() => provider.case?.title, { ok: (t) => t === `${doc.title} (ældre)`, message: 'the older document at the case' });
    await list.updateComplete;
    expect(tag()).to.equal('Status: Klage modtaget');
    // Two changes in the same second (one updatedAt; a system that keeps whole seconds): the one
    // read last wins, here the case's. The row kept the status before for as long as the list polled.
    const reopened = { ...appealed, status: { ...appealed.status, code: 'in-progress', label: 'Genoptaget' } };
    await fetch(`/api/case-events/${caseId}`, { method: 'POST', body: JSON.stringify(reopened) });
    await until(tag, { ok: (t) => t === 'Status: Genoptaget', message: 'the row follows the case read last, at the same updatedAt' });
    // Never announced by the list: the case on the page says its own news.
    await realSleep(300);
    expect(listSaid()).to.equal('');
    provider.remove();
  });

  it('sends extra headers from the attribute, as <klar-case> does (an API behind a token), and warns about headers that are not a JSON object', async () => {
    const id = uid('headers');
    await putDoc(id, { cases: [fixtures.received] });
    const el = await mount({ src: `/api/case/doc/${id}`, attrs: { headers: '{"Authorization":"Bearer abc","X-Test":"ja"}' } });
    await until(() => titles(el).length === 1, { message: 'the list' });
    const [entry] = await serverLog(id);
    expect(entry.headers).to.deep.equal({ authorization: 'Bearer abc', xTest: 'ja', accept: 'application/json', cookie: null });
    const warn = sinon.stub(console, 'warn');
    try {
      el.setAttribute('headers', 'Bearer abc');
      expect(el.headers).to.equal(undefined);
      expect(warn.args.flat().join(' ')).to.include('`headers` must be a JSON object');
    } finally {
      warn.restore();
    }
  });

  it('says one outage once: the case and the list beside it both fail, the first announces it, both show it', async () => {
    // The demo's wide layout with its system down: before, a screen reader heard "Vi kan ikke vise
    // dine sager lige nu" and then "Vi kan ikke vise din sag lige nu" (both live regions).
    const list = await mount({ src: `/api/case/seq/${uid('outage-list')}?codes=503` });
    const notice = (el: Element) => el.querySelector<HTMLElement>('[part~=notice]');
    const heard = (el: Element) => [...el.querySelectorAll('[aria-live=polite]')].map(text).filter((t) => t.includes('ikke vise'));
    await until(() => heard(list).length === 1, { message: "the list's failure, announced" });
    expect(text(notice(list)!)).to.include('dine sager');
    const provider = document.createElement('klar-case');
    provider.retry = { retries: 0 };
    provider.src = `/api/case/seq/${uid('outage-case')}?codes=503`;
    provider.append(document.createElement('klar-case-status'));
    attach(provider);
    await until(() => !!notice(provider), { message: "the case's notice" });
    await provider.updateComplete;
    // Shown, with its "Prøv igen", but not announced a second time.
    expect(text(notice(provider)!)).to.include('din sag');
    expect(heard(provider), 'the same outage, not said again').to.deep.equal([]);
    expect(heard(list)).to.have.length(1);
    // The citizen asks again: the answer is said (here it fails again).
    notice(provider)!.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await until(() => heard(provider).length === 1 && !provider.querySelector('[aria-disabled=true]'), { message: 'the retry, heard' });
    provider.remove();
  });

  it('says one outage once also when the second element fails a minute after the first, while the first still shows it; heard again once the first has recovered', async () => {
    // The demo's wide layout with its server down: the case and the list refresh a minute apart,
    // and a screen reader heard "Sidst opdateret kl. … vi kan ikke hente nye oplysninger" twice,
    // 60 s apart (citizen review, stop 54). Both show it: each element's data is old.
    const listSrc = `/api/case/seq/${uid('outage-late-list')}?codes=503`;
    const list = await mount({ src: listSrc });
    const notice = (el: Element) => el.querySelector<HTMLElement>('[part~=notice]');
    const heard = (el: Element) => [...el.querySelectorAll('[aria-live=polite]')].map(text).filter((t) => t.includes('ikke vise'));
    await until(() => heard(list).length === 1, { message: "the list's failure, announced" });
    const clock = sinon.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
    let provider: HTMLElement & { retry?: unknown; src?: string } = document.createElement('klar-case');
    try {
      const failing = (name: string) => {
        const p = document.createElement('klar-case');
        p.retry = { retries: 0 };
        p.src = `/api/case/seq/${uid(name)}?codes=503`;
        p.append(document.createElement('klar-case-status'));
        attach(p);
        return p;
      };
      provider = failing('outage-late-case');
      await until(() => !!notice(provider), { message: "the case's notice, a minute later" });
      await (provider as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(heard(provider), 'the same outage, a minute later, not said again').to.deep.equal([]);
      expect(text(notice(provider)!)).to.include('din sag');
      provider.remove();
      // The list is gone from the page: a new failure is news again.
      list.remove();
      clock.tick(60_000);
      provider = failing('outage-later-case');
      await until(() => heard(provider).length === 1, { message: 'a failure after the list left, heard' });
    } finally {
      clock.restore();
      provider.remove();
    }
  });

  it('says a load error in plain words with the contact and a retry button, never an HTTP code', async () => {
    for (const [code, title] of [
      [500, 'Vi kan ikke vise dine sager lige nu'],
      [404, 'Vi kan ikke finde dine sager'],
      [401, 'Du er blevet logget ud'],
      // Logged in without access: not "logget ud", which sent the citizen round a login loop.
      [403, 'Du har ikke adgang til sagerne'],
    ] as const) {
      const el = await mount({ src: `/api/case/seq/${uid()}?codes=${code}`, attrs: { 'contact-phone': '33 66 33 66', 'login-url': 'https://kommune.example/login' } });
      const shown = await until(() => visibleText(el), { ok: (t) => t.includes(title), message: `the ${code} notice` });
      expect(shown).not.to.match(/(?<!\d)\d{3}(?!\d)/);
      expect($$(el, '[part~=retry]')).to.have.length(1);
      if (code === 500) expect(shown).to.contain('Ring til os på 33 66 33 66');
      if (code === 401 || code === 403) expect(shown).to.contain('Log ind igen');
      if (code === 403) expect(shown).to.contain('Måske er du logget ind som en anden').and.contain('Ring til os på 33 66 33 66').and.not.contain('logget ud');
    }
  });

  it('keeps the cases when a refresh fails, says when they were last updated, once, with a retry button, and the way back in when logged out', async () => {
    // The list's stale notice had no "Prøv igen" while the case's had one (two notice renderers).
    for (const [code, login] of [
      [503, false],
      [401, true],
    ] as const) {
      const el = await mount({ src: `/api/case/seq/${uid()}?codes=200,${code}&fixture=lists/three`, attrs: { 'login-url': 'https://kommune.example/login', 'contact-phone': '33 66 33 66' } });
      await until(() => titles(el).length === 3, { message: 'the cases' });
      el.reload();
      const shown = await until(() => visibleText(el), { ok: (t) => t.includes('vi kan ikke hente nye oplysninger lige nu'), message: `the stale notice after ${code}` });
      expect(titles(el)).to.have.length(3);
      expect(shown.match(/vi kan ikke hente nye oplysninger/g)).to.have.length(1);
      expect(shown).not.to.match(/(?<!\d)\d{3}(?!\d)/);
      expect($$(el, '[part~=retry]')).to.have.length(1);
      expect($$(el, '[part~=login]').length, `login link after ${code}`).to.equal(login ? 1 : 0);
      el.remove();
    }
  });

  it('says it cannot show the cases when none of the cases set can be read, as for the same list from src', async () => {
    // The property path once said "Du har ingen sager hos os lige nu." (untrue).
    const bad = [{ id: 'a' }, { id: 'b', title: 'Uden status' }];
    const id = uid('unreadable');
    await putDoc(id, bad);
    const warn = sinon.spy(console, 'warn');
    let want: string;
    try {
      const fetched = await mount({ src: `/api/case/doc/${id}` });
      want = await until(() => visibleText(fetched), { ok: (t) => t.startsWith('Vi kan ikke vise dine sager lige nu'), message: 'the src notice' });
      // Said of the citizen's cases and of the list, not of one case ("oplysningerne om sagen"; integrator review, stop 54).
      expect(want).to.contain('Vi kan ikke læse oplysningerne om dine sager.');
      expect(warn.args.flat().join(' ')).to.contain(`could not load the list of cases from /api/case/doc/${id}`);
    } finally {
      warn.restore();
    }
    const set = await mount({ cases: bad });
    // The same words, without a retry button: trying again cannot mend data set by script.
    expect(visibleText(set)).to.equal(want.replace(/\s*Prøv igen$/, ''));
    expect($$(set, '[part~=notice]')).to.have.length(1);
    expect($$(set, '[part~=retry]')).to.have.length(0);
    // A bad src is the page's set-up: no retry either.
    const misconfigured = await mount({ src: 'javascript:alert(1)' });
    await until(() => $$(misconfigured, '[part~=notice]').length, { message: 'the configuration notice' });
    expect($$(misconfigured, '[part~=retry]')).to.have.length(0);
  });

  it('with neither src nor cases, waits 8 s for cases from a script, then says the page is not set up and tells the integrator', async () => {
    // It stayed blank for ever, with nothing in the console (integrator audit): a CMS field left empty.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const warn = sinon.stub(console, 'warn');
    try {
      const empty = await mount({ attrs: { src: '' } });
      // A page that sets `cases` from its own fetch within the wait sees nothing of this.
      const late = await mount();
      await clock.tickAsync(3000);
      late.cases = [fixtures[NAMES[0]]];
      await clock.tickAsync(6000);
      await Promise.all([empty.updateComplete, late.updateComplete]);
      expect(visibleText(empty)).to.equal('Vi kan ikke vise dine sager lige nu Siden er ikke sat rigtigt op. Det er vores fejl, ikke din.');
      expect($$(empty, '[part~=retry]')).to.have.length(0);
      expect(warn.args.flat().join(' ')).to.include('set src to the URL of the list, or the cases property');
      expect($$(late, '[part~=notice]')).to.have.length(0);
      expect(titles(late)).to.have.length(1);
      // Cases set after the notice replace it.
      empty.cases = [fixtures[NAMES[0]]];
      await empty.updateComplete;
      expect($$(empty, '[part~=notice]')).to.have.length(0);
      expect(titles(empty)).to.have.length(1);
      empty.remove();
      late.remove();
    } finally {
      warn.restore();
      clock.restore();
    }
  });

  it('shows "Henter dine sager" while loading, and after 8 s that it takes longer than usual', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await mount({ src: `/api/case/hang/${uid()}`, attrs: { timeout: '30' } });
      expect(visibleText(el)).to.equal('Henter dine sager …');
      await clock.tickAsync(8100);
      await el.updateComplete;
      expect(visibleText(el)).to.equal('Det tager længere tid end normalt at hente dine sager. Vi prøver stadig. Henter dine sager …');
      expect($$(el, '[part~=retry]')).to.have.length(0);
      el.remove();
      // With a contact, the slow notice says how to reach the municipality, as the case's does (one notice renderer).
      const withContact = await mount({ src: `/api/case/hang/${uid()}`, attrs: { timeout: '30', 'contact-phone': '33 66 33 66' } });
      await clock.tickAsync(8100);
      await withContact.updateComplete;
      expect(visibleText(withContact)).to.equal('Det tager længere tid end normalt at hente dine sager. Vi prøver stadig. Ring til os på 33 66 33 66. Henter dine sager …');
      withContact.remove();
    } finally {
      clock.restore();
    }
  });

  it('is used by keyboard: Tab goes through the case links in the order shown, then the retry button works with Enter', async () => {
    const before = document.createElement('button');
    before.textContent = 'før';
    document.body.prepend(before);
    try {
      const el = await mount({ cases: [fixtures.closed, fixtures['in-progress'], fixtures['waiting-citizen']], attrs: { 'case-href': '/sag/{id}' } });
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(text(focused(el)!));
      }
      expect(order).to.deep.equal(titles(el));
      expect(order[0]).to.equal(fixtures['waiting-citizen'].title);
    } finally {
      before.remove();
    }
    const id = uid('retry');
    const failing = await mount({ src: `/api/case/seq/${id}?codes=503,200&fixture=lists/three` });
    const retry = await until(() => root(failing).querySelector<HTMLButtonElement>('[part~=retry]'), { message: 'the retry button' });
    retry!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => titles(failing), { ok: (t) => t.length === 3, message: 'the list after retrying' });
    // The pressed button left with the notice: focus goes to the list's first heading, not <body>.
    await until(() => document.activeElement?.matches('h1,h2,h3,h4,h5,h6') && failing.contains(document.activeElement), { message: 'focus on the first heading' });
    expect(text(document.activeElement!)).to.equal(groups(failing)[0]);
  });

  for (const lang of ['da', 'en'] as const) {
    it(`has no axe violations with every kind of case, empty and failing (${lang})`, async function () {
      this.timeout(60_000);
      const host = attach(document.createElement('div'), lang);
      const full = document.createElement('klar-case-list');
      full.now = NOW;
      full.cases = tenCases();
      full.caseHref = '/sag/{id}';
      const empty = document.createElement('klar-case-list');
      empty.cases = [];
      const failing = document.createElement('klar-case-list');
      failing.retry = { retries: 0 };
      failing.src = `/api/case/seq/${uid()}?codes=500`;
      failing.contactPhone = '33 66 33 66';
      host.append(full, empty, failing);
      await until(() => visibleText(failing), { ok: (t) => t.length > 20 && !/…/.test(t), message: 'the error notice' });
      await expect(host).to.be.accessible();
    });
  }

  it('keeps the Danish list and its notices easy to read (LIX 40 or less)', async () => {
    const el = await mount({ cases: tenCases(), attrs: { 'case-href': '/sag/{id}' } });
    const shown = visibleText(el);
    expect(lix(shown), shown).to.be.at.most(40);
    const da = { ...coreMessages.da, ...caseMessages.da, ...caseListMessages.da } as Record<string, string>;
    for (const kind of ['not-found', 'unavailable', 'timeout', 'network', 'unreadable', 'configuration']) {
      const title = kind === 'not-found' ? da['caseList.error.not-found.title'] : da['caseList.error.title'];
      const notice = `${title}. ${da[kind === 'unreadable' ? 'caseList.error.unreadable' : `case.error.${kind}`]} ${da['case.contact.phone']} 33 66 33 66. ${da['retry']}.`;
      expect(lix(notice), notice).to.be.at.most(40);
    }
    expect(lix(`${da['case.error.unauthorized.title']}. ${da['caseList.error.unauthorized']}`)).to.be.at.most(40);
  });
});

describe('<klar-case-list> stories', () => {
  beforeEach(() => setVisibility('visible', false));
  afterEach(() => detachAll());
  after(() => restoreVisibility());

  // The Playground is built from the manifest (Storybook only); every other story is checked here.
  const { default: _meta, Playground: _p, ...listStories } = stories;
  for (const [name, story] of Object.entries(listStories)) {
    for (const lang of ['da', 'en'] as const) {
      it(`${name} (${lang}) has no axe violations`, async function () {
        this.timeout(60_000);
        const host = attach(document.createElement('div'), lang);
        render((story as unknown as { render: () => unknown }).render(), host);
        const els = [...host.querySelectorAll('klar-case-list')] as KlarCaseList[];
        for (const e of els) await e.updateComplete;
        // Fetching stories: wait for the list or the notice (Loading stays loading on purpose).
        if (name !== 'Loading') {
          await until(() => els.every((e) => !visibleText(e).includes('…')), { message: `${name} settled`, timeout: 10_000 });
        }
        await expect(host).to.be.accessible();
      });
    }
  }
});
