import { expect, fixture, html } from '@open-wc/testing';
import { fromOpen311 } from '../../src/adapters/open311.js';
import { fromZgw } from '../../src/adapters/zgw.js';
import { CaseDataError } from '../../src/core/parse-case.js';
import { calendarDate } from '../../src/core/dates.js';
import { scheduleCase } from '../../src/core/schedule.js';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import type { KlarCase } from '../../src/klar-case.js';
import type { Case } from '../../src/core/case-model.js';
import { attach, detachAll, fixtureJson, shadowText } from '../case/helpers.js';
import { until } from '../helpers/until.js';

describe('adapters/open311', () => {
  it('maps a complete GeoReport v2 response, ignoring fields it does not use', async () => {
    const c = fromOpen311(await fixtureJson('open311/request'));
    expect(c).to.deep.include({
      id: '638344',
      reference: '638344',
      title: 'Hul i vejen',
      service: 'Hul i vejen',
      receivedAt: '2026-11-18T07:41:13.000Z',
      updatedAt: '2026-11-19T09:02:55.000Z',
    });
    expect(c.status).to.deep.equal({
      code: 'open',
      label: 'open',
      description: 'Vi har sendt en medarbejder ud for at se på hullet i vejen.',
      since: '2026-11-19T09:02:55.000Z',
    });
    // The expected time is a calendar day: no "kl. 16:00" promise to the minute.
    expect(c.promise).to.deep.equal({ plannedDate: '2026-11-26' });
    expect(c.contact).to.deep.equal({ department: 'Vej og Park' });
    expect(c.warnings).to.deep.equal([]);
  });

  it('copes with missing optional fields, nulls and a numeric id', async () => {
    const c = fromOpen311(await fixtureJson('open311/closed-minimal'));
    expect(c.id).to.equal('99120');
    expect(c.status.code).to.equal('closed');
    expect(c.promise).to.equal(undefined);
    expect(c.contact).to.equal(undefined);
    expect(c.updatedAt).to.equal('2026-10-02T07:00:00.000Z');
  });

  it('accepts a single object and a service_requests wrapper', async () => {
    const [req] = await fixtureJson<Record<string, unknown>[]>('open311/request');
    expect(fromOpen311(req).id).to.equal('638344');
    expect(fromOpen311({ service_requests: [req] }).id).to.equal('638344');
  });

  it('throws a CaseDataError for an empty list', () => {
    expect(() => fromOpen311([])).to.throw(CaseDataError);
  });

  it('flags a passed expected time as missed and never makes a request a decision', async () => {
    const c = fromOpen311(await fixtureJson('open311/request'));
    const s = scheduleCase(c, new Date('2026-12-02T10:00:00Z'));
    expect(c.decision).to.equal(undefined);
    expect(s.lead).to.deep.include({ basis: 'planned', date: '2026-11-26', missed: true });
    expect(s.dates!.planned).to.deep.equal({ date: '2026-11-26', passed: true, missed: true });
    // Not yet passed on the day itself.
    expect(scheduleCase(c, new Date('2026-11-26T20:00:00Z')).lead!.missed).to.equal(false);
  });

  it('keeps no plan for a closed request, even when the server still sends an expected time', async () => {
    const [req] = await fixtureJson<Record<string, unknown>[]>('open311/request');
    const c = fromOpen311({ ...req, status: 'closed' });
    expect(c.promise).to.equal(undefined);
    expect(c.decision).to.equal(undefined);
    expect(scheduleCase(c, new Date('2026-12-02T10:00:00Z')).lead).to.deep.include({ basis: 'done', missed: false });
  });

  it('marks the case language (Danish unless told)', async () => {
    const json = await fixtureJson('open311/request');
    expect(fromOpen311(json).lang).to.equal('da');
    expect(fromOpen311(json, { lang: 'en' }).lang).to.equal('en');
  });

  it('shows "open" in the page language in <klar-case format="open311">', async function () {
    // The axe check below: over 20 s in a loaded WebKit.
    this.timeout(60_000);
    const el = await fixture<KlarCase>(html`<klar-case lang="en" src="/api/case/fixture/open311/request" format="open311"><klar-case-status></klar-case-status></klar-case>`);
    await until(() => el.state === 'ready', { message: 'ready' });
    const status = el.querySelector('klar-case-status')!;
    await status.updateComplete;
    expect(shadowText(status)).to.contain('Open');
    expect(shadowText(status)).to.contain('Vej og Park');
    await expect(el).to.be.accessible();
  });
});

describe('adapters/open311: a request is done, not decided', () => {
  // The status says the date, and before it has passed offers it to the calendar beside it; once
  // it has passed, the status says the missed date and the apology. The timeline's promise box,
  // which would only say that again, is left out: each fact once.
  for (const [now, lead, link] of [
    ['2026-11-20T10:00:00Z', 'Vi regner med at være færdige senest 26. november 2026.', true],
    ['2026-12-02T10:00:00Z', 'Vi regnede med at være færdige senest 26. november 2026. Det nåede vi ikke', false],
  ] as const) {
    it(`says "færdig", never "afgørelse", in the status and the timeline (now ${now.slice(0, 10)})`, async () => {
      const el = await fixture<KlarCase>(html`<klar-case lang="da" src="/api/case/fixture/open311/request" format="open311">
        <klar-case-status now=${now}></klar-case-status>
        <klar-expectation-timeline now=${now}></klar-expectation-timeline>
      </klar-case>`);
      await until(() => el.state === 'ready', { message: 'ready' });
      const status = el.querySelector('klar-case-status')!;
      const timeline = el.querySelector('klar-expectation-timeline')!;
      await status.updateComplete;
      await timeline.updateComplete;
      const text = `${shadowText(status)} ${shadowText(timeline)}`;
      expect(text).to.contain(lead);
      expect(text.split('26. november 2026').length - 1, 'the date said once').to.equal(1);
      expect(text).not.to.contain('Hvornår er vi færdige?');
      const calendar = 'Sæt vores forventede slutdato i din kalender';
      if (link) expect(shadowText(status)).to.contain(calendar);
      else expect(text).not.to.contain(calendar);
      expect(text).not.to.match(/afgørelse|afgjort/i);
      expect(text).not.to.contain('svar senest');
    });
  }

  it('marks the case as ending in work done', async () => {
    expect(fromOpen311(await fixtureJson('open311/request')).endsIn).to.equal('done');
  });
});

describe('adapters/zgw', () => {
  it('maps a zaak with expanded zaaktype, statustypen, status and rollen', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-expanded'));
    expect(c.id).to.equal('4f8b2a3c-5d6e-4f70-8a91-b2c3d4e5f601');
    expect(c.reference).to.equal('ZAAK-2026-0000123');
    expect(c.title).to.equal('Omgevingsvergunning voor een dakkapel');
    expect(c.service).to.equal('Omgevingsvergunning');
    expect(c.receivedAt).to.equal('2026-10-01');
    // The citizen text (statustekst) wins over the internal name (omschrijving).
    expect(c.status).to.deep.equal({
      code: 'in_behandeling',
      label: 'Wij beoordelen uw aanvraag',
      description: 'Uw aanvraag is compleet. Een vergunningverlener beoordeelt de tekeningen.',
      since: '2026-10-08T07:30:00.000Z',
    });
    expect(c.steps.map((s) => [s.title, s.state])).to.deep.equal([
      ['Wij hebben uw aanvraag ontvangen', 'done'],
      ['Wij beoordelen uw aanvraag', 'current'],
      ['Besluit genomen', 'upcoming'],
      ['Uw aanvraag is afgehandeld', 'upcoming'],
    ]);
    expect(c.steps[2].expected).to.deep.equal({ kind: 'duration', duration: 'P2W' });
    // The end status has no doorlooptijd: it is expected on the zaak's planned end, not left without a date.
    expect(c.steps[3].expected).to.deep.equal({ kind: 'date', date: '2026-12-10' });
    expect(c.promise).to.deep.equal({ processingTime: 'P6W', plannedDate: '2026-12-10', legalDeadline: '2026-12-24' });
    expect(c.contact).to.deep.equal({
      department: 'Vergunningen Noord',
      name: 'A. de Vries',
      role: 'Vergunningverlener',
      phone: '+31 14 020',
      email: 'vergunningen@gemeente.example',
    });
    expect(c.delays).to.deep.equal([]);
    expect(c.suspensions).to.deep.equal([]);
    expect(c.decision).to.equal(undefined);
    expect(() => scheduleCase(c, new Date('2026-11-24T10:00:00Z'))).to.not.throw();
  });

  it('extends the legal deadline by verlenging and keeps the plan; opschorting waits for someone unknown', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-extended-suspended'));
    // uiterlijkeEinddatumAfdoening 26 November + duur P6W; the plan (einddatumGepland) is not a delay.
    expect(c.promise).to.deep.include({ plannedDate: '2026-12-10', legalDeadline: '2027-01-07' });
    expect(c.delays).to.deep.equal([]);
    // ZGW does not say whom the case waits for: never "you need not do anything".
    expect(c.suspensions).to.deep.equal([{ reason: 'Wij wachten op aanvullende tekeningen van u', from: '2026-10-08T07:30:00.000Z', waitingFor: 'unknown' }]);
    const s = scheduleCase(c, new Date('2026-12-02T10:00:00Z'));
    expect(s.lead!.basis).to.equal('planned');
    expect(s.lead!.held).to.deep.include({ waitingFor: 'unknown' });
    expect(s.lead!.date).to.equal(undefined);
    expect(s.lead!.legalDeadline).to.deep.equal({ date: '2027-01-07', passed: false, missed: false });
    expect(s.lead!.complaint).to.equal(false);
    const citizen = fromZgw(await fixtureJson('zgw/zaak-extended-suspended'), { waitingFor: 'citizen', suspendedSince: '2026-11-02' });
    expect(citizen.suspensions[0]).to.include({ waitingFor: 'citizen', from: '2026-11-02' });
    // Held from 2 November, the plan of 10 December 38 days on: said as the page will say it if
    // the citizen sends today (2 December), 38 days on is Saturday 9 January, so Monday 11 January: 40 days.
    expect(scheduleCase(citizen, new Date('2026-12-02T10:00:00Z')).lead!.held).to.deep.include({ waitingFor: 'citizen', days: 40 });
  });

  it('shows what a plain zaak knows (URL-only references) and nothing false about its status', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-bare'));
    expect(c).to.deep.include({ reference: 'ZAAK-2026-0000123', title: 'Omgevingsvergunning voor een dakkapel', receivedAt: '2026-10-01', lang: 'da' });
    expect(fromZgw(await fixtureJson('zgw/zaak-bare'), { lang: 'nl' }).lang).to.equal('nl');
    // It has a status, but only its URL: open, not "received".
    expect(c.status).to.deep.equal({ code: 'open', label: 'open' });
    expect(c.steps).to.deep.equal([]);
    expect(c.promise).to.deep.equal({ plannedDate: '2026-12-10', legalDeadline: '2026-12-24' });
    const s = scheduleCase(c, new Date('2026-12-02T10:00:00Z'));
    expect(s.lead).to.deep.include({ basis: 'planned', date: '2026-12-10', missed: false, complaint: false });
    expect(scheduleCase(c, new Date('2026-12-28T10:00:00Z')).lead).to.deep.include({ missed: true, complaint: true });
  });

  it('reads statustypen given only as URLs in the zaaktype, matched to the types it was given', async () => {
    const types = await fixtureJson<{ results: Record<string, unknown>[] }>('zgw/statustypen');
    const zaaktype = { ...(await fixtureJson<Record<string, unknown>>('zgw/zaaktype')), statustypen: types.results.map((t) => t.url) };
    const c = fromZgw(await fixtureJson('zgw/zaak-bare'), { zaaktype, statussen: await fixtureJson('zgw/statussen'), statustypen: types.results.slice().reverse() });
    expect(c.steps.map((x) => x.state)).to.deep.equal(['done', 'current', 'upcoming', 'upcoming']);
    // With one type missing, the steps are not known: none rather than a wrong list.
    const partial = fromZgw(await fixtureJson('zgw/zaak-bare'), { zaaktype, statussen: await fixtureJson('zgw/statussen'), statustypen: types.results.slice(0, 3) });
    expect(partial.steps).to.deep.equal([]);
    expect(partial.status.label).to.equal('Wij beoordelen uw aanvraag');
  });

  it('counts the steps after the current one from when the current status was set', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-bare'), { statussen: await fixtureJson('zgw/statussen'), statustypen: await fixtureJson('zgw/statustypen') });
    const s = scheduleCase(c, new Date('2026-10-20T10:00:00Z'));
    // In behandeling was set 8 October and takes P4W: 5 November; Besluit P2W after: 19 November.
    expect(calendarDate(s.steps[1].expected!.latest)).to.equal('2026-11-05');
    expect(calendarDate(s.steps[2].expected!.latest)).to.equal('2026-11-19');
    expect(s.steps.some((x) => x.overdue)).to.equal(false);
  });

  it('maps resultaat and einddatum to a decision and marks every step done', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-decided'));
    expect(c.decision).to.deep.equal({ outcome: 'Vergunning verleend', kind: 'granted', decidedAt: '2026-11-20', summary: 'De vergunning is verleend met voorwaarden.' });
    expect(c.status.code).to.equal('closed');
    expect(c.status.label).to.equal('Uw aanvraag is afgehandeld');
    expect(c.steps.every((s) => s.state === 'done')).to.equal(true);
  });

  it('takes statussen, statustypen and zaaktype fetched separately (paginated lists)', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-bare'), {
      statussen: await fixtureJson('zgw/statussen'),
      statustypen: await fixtureJson('zgw/statustypen'),
      zaaktype: await fixtureJson('zgw/zaaktype'),
    });
    expect(c.status.label).to.equal('Wij beoordelen uw aanvraag');
    // "Ontvangen" (set 1 October) lasted until "In behandeling" was set on 8 October.
    expect(c.steps[0]).to.include({ state: 'done', completedAt: '2026-10-08T07:30:00.000Z' });
    expect(c.promise!.processingTime).to.equal('P6W');
    expect(c.contact).to.equal(undefined);
  });

  it('dates a done step when the zaak reached a later status, and the end status when it was reached: never the day a step began', async () => {
    const types = ((await fixtureJson('zgw/statustypen')) as { results: Array<Record<string, unknown>> }).results;
    const t = (n: number) => String((types.find((x) => x['volgnummer'] === n) as Record<string, unknown>)['url']);
    const at = (n: number, d: string) => ({ url: `https://zaken.example/statussen/${n}`, statustype: t(n), datumStatusGezet: d });
    const statussen = [at(1, '2026-10-01T08:00:00+02:00'), at(2, '2026-10-08T09:30:00+02:00'), at(4, '2026-11-20T14:00:00+01:00')];
    const zaak = { ...(await fixtureJson('zgw/zaak-bare')), status: statussen[2].url, einddatum: '2026-11-20' };
    const c = fromZgw(zaak, { statussen, statustypen: types, zaaktype: await fixtureJson('zgw/zaaktype') });
    expect(c.steps.map((s) => [s.state, s.completedAt])).to.deep.equal([
      ['done', '2026-10-08T07:30:00.000Z'],
      // "Besluit genomen" was never set: the zaak went from "In behandeling" to the end on 20 November.
      ['done', '2026-11-20T13:00:00.000Z'],
      ['done', '2026-11-20T13:00:00.000Z'],
      ['done', '2026-11-20T13:00:00.000Z'],
    ]);
  });

  it('accepts a { zaak, statussen, … } bundle from a portal backend', async () => {
    const c = fromZgw({
      zaak: await fixtureJson('zgw/zaak-bare'),
      statussen: await fixtureJson('zgw/statussen'),
      statustypen: await fixtureJson('zgw/statustypen'),
    });
    expect(c.reference).to.equal('ZAAK-2026-0000123');
    expect(c.steps).to.have.length(4);
  });

  it('copes with a zaak that has no status yet and no expansions', () => {
    const c = fromZgw({ identificatie: 'ZAAK-1', omschrijving: 'Melding', startdatum: '2026-11-01', extra: { x: 1 } });
    expect(c.status).to.deep.equal({ code: 'received', label: 'received', since: '2026-11-01' });
    expect(c.steps).to.deep.equal([]);
  });

  /** `c` drawn by a status and a timeline in `lang` on 2 December 2026, once the part that tells of `part` has come. */
  async function drawn(c: Case, lang: string, part: string): Promise<{ status: HTMLElement; timeline: HTMLElement }> {
    const now = new Date('2026-12-02T10:00:00Z');
    const status = attach(Object.assign(document.createElement('klar-case-status'), { case: c, now }), lang);
    const timeline = attach(Object.assign(document.createElement('klar-expectation-timeline'), { case: c, now }), lang);
    await until(() => !!status.querySelector(`[part~=${part}]`) && (part !== 'notice' || !!timeline.querySelector('[part~=waiting]')), { message: `${part} drawn` });
    return { status, timeline };
  }

  /** The paragraphs of `el` with no words: an empty "because" or an empty unit. */
  const emptyLines = (el: Element): string[] => [...el.querySelectorAll('p, dd')].filter((p) => !p.textContent!.trim()).map((p) => p.outerHTML);

  describe('a wait and a behandelaar the zaak says less of', () => {
    afterEach(detachAll);

    it('says an opschorting without reden as a wait, in full sentences, with no reason made up and nothing warned', async () => {
      const zaak = await fixtureJson('zgw/zaak-extended-suspended');
      for (const opschorting of [{ indicatie: true, eerdereOpschorting: false, reden: '' }, { indicatie: true }]) {
        const c = fromZgw({ ...zaak, opschorting });
        // Not `reason: ''`, which the schema refuses and parseCase warns about on every page.
        expect(c.warnings).to.deep.equal([]);
        expect(c.suspensions).to.deep.equal([{ from: '2026-10-08T07:30:00.000Z', waitingFor: 'unknown' }]);
      }
      const c = fromZgw({ ...zaak, opschorting: { indicatie: true, reden: '' } });
      for (const [lang, title, since, reason] of [
        ['da', 'Sagen venter', 'Sagen venter siden 8. oktober 2026 kl. 09:30.', 'Årsag'],
        ['en', 'Your case is waiting', 'The case has been waiting since 8 October 2026 at 09:30.', 'Reason'],
      ]) {
        const { status, timeline } = await drawn(c, lang, 'notice');
        const notice = status.querySelector('[part~=notice]')!;
        const waiting = timeline.querySelector('[part~=waiting]')!;
        expect(notice.textContent, lang).to.contain(title);
        expect(waiting.textContent, lang).to.contain(since);
        // Whom it waits for is unknown: never "you need not do anything".
        expect(notice.textContent, lang).not.to.match(/behøver ikke|do not need/);
        expect(waiting.textContent, lang).not.to.contain(reason);
        expect([...emptyLines(notice), ...emptyLines(waiting)], lang).to.deep.equal([]);
        detachAll();
      }
    });

    it('keeps a behandelaar without an organisational unit as the person, with no empty unit, and finds the unit in another behandelaar role', async () => {
      const zaak = await fixtureJson<Record<string, any>>('zgw/zaak-expanded');
      const medewerker = {
        betrokkeneType: 'medewerker',
        omschrijvingGeneriek: 'behandelaar',
        roltoelichting: '',
        betrokkeneIdentificatie: { identificatie: 'avries', achternaam: 'Vries', voorletters: 'A.', voorvoegselAchternaam: 'de' },
        contactpersoonRol: { emailadres: '', functie: '', telefoonnummer: '+31 14 020', naam: '' },
      };
      const withRollen = (rollen: object[]) => ({ ...zaak, _expand: { ...zaak._expand, rollen } });
      const c = fromZgw(withRollen([medewerker]));
      expect(c.warnings).to.deep.equal([]);
      expect(c.contact).to.deep.equal({ name: 'A. de Vries', phone: '+31 14 020' });
      for (const [lang, words] of [['da', 'Kontakt A. de Vries Telefon +31 14 020'], ['en', 'Contact A. de Vries Phone +31 14 020']]) {
        const { status } = await drawn(c, lang, 'contact');
        const contact = status.querySelector('[part~=contact]')!;
        expect(contact.textContent!.replace(/\s+/g, ' ').trim(), lang).to.equal(words);
        expect(emptyLines(contact), lang).to.deep.equal([]);
        detachAll();
      }
      // The unit a zaak gives as a behandelaar role of its own (an organisatorische eenheid beside the medewerker) is the department.
      const unit = zaak._expand.rollen[0];
      expect(fromZgw(withRollen([medewerker, unit])).contact).to.deep.equal({ department: 'Vergunningen Noord', name: 'A. de Vries', phone: '+31 14 020' });
    });
  });

  it('throws a CaseDataError when it is not a zaak', () => {
    expect(() => fromZgw('nope')).to.throw(CaseDataError);
    expect(() => fromZgw({})).to.throw(CaseDataError);
  });

  it('works as <klar-case format="zgw">', async () => {
    const el = await fixture<KlarCase>(html`<klar-case src="/api/case/fixture/zgw/zaak-expanded" format="zgw"><klar-case-status></klar-case-status></klar-case>`);
    await until(() => el.state === 'ready', { message: 'ready' });
    const status = el.querySelector('klar-case-status')!;
    await status.updateComplete;
    expect(shadowText(status)).to.contain('Wij beoordelen uw aanvraag');
    expect(shadowText(status)).to.contain('Vergunningen Noord');
    await expect(el).to.be.accessible();
  });
});
