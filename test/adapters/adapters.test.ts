import { expect, fixture, html } from '@open-wc/testing';
import { fromOpen311 } from '../../src/adapters/open311.js';
import { fromZgw } from '../../src/adapters/zgw.js';
import { CaseDataError } from '../../src/core/parse-case.js';
import { scheduleCase } from '../../src/core/schedule.js';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import type { KlarCase } from '../../src/klar-case.js';
import { fixtureJson, shadowText } from '../case/helpers.js';
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
    expect(c.promise).to.deep.equal({ plannedDate: '2026-11-26T15:00:00.000Z' });
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

  it('shows "open" in the page language in <klar-case format="open311">', async () => {
    const el = await fixture<KlarCase>(html`<klar-case lang="en" src="/api/case/fixture/open311/request" format="open311"><klar-case-status></klar-case-status></klar-case>`);
    await until(() => el.state === 'ready', { message: 'ready' });
    const status = el.querySelector('klar-case-status')!;
    await status.updateComplete;
    expect(shadowText(status)).to.contain('Open');
    expect(shadowText(status)).to.contain('Vej og Park');
    await expect(el).to.be.accessible();
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

  it('maps verlenging to a delay with the legal deadline moved, and opschorting to a suspension', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-extended-suspended'));
    expect(c.promise!.legalDeadline).to.equal('2027-01-07');
    expect(c.delays).to.deep.equal([{ reason: 'Wij wachten op advies van de welstandscommissie', previousDate: '2026-11-26', newDate: '2027-01-07' }]);
    expect(c.suspensions).to.deep.equal([{ reason: 'Wij wachten op aanvullende tekeningen van u', from: '2026-10-08T07:30:00.000Z', waitingFor: 'other' }]);
    const citizen = fromZgw(await fixtureJson('zgw/zaak-extended-suspended'), { waitingFor: 'citizen', suspendedSince: '2026-11-02' });
    expect(citizen.suspensions[0]).to.include({ waitingFor: 'citizen', from: '2026-11-02' });
  });

  it('maps resultaat and einddatum to a decision and marks every step done', async () => {
    const c = fromZgw(await fixtureJson('zgw/zaak-decided'));
    expect(c.decision).to.deep.equal({ outcome: 'Vergunning verleend', decidedAt: '2026-11-20', summary: 'De vergunning is verleend met voorwaarden.' });
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
    expect(c.steps[0]).to.include({ state: 'done', completedAt: '2026-10-01T06:00:00.000Z' });
    expect(c.promise!.processingTime).to.equal('P6W');
    expect(c.contact).to.equal(undefined);
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
