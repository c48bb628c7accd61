import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { fromOpen311 } from '../src/adapters/open311.js';
import { fromZgw } from '../src/adapters/zgw.js';
import type { Case } from '../src/core/case-model.js';
import { parseCase } from '../src/core/parse-case.js';
import '../src/klar-case.js';
import '../src/klar-case-status.js';
import type { KlarCase } from '../src/klar-case.js';
import { CASE_STATUS_VARIANTS } from '../src/case-status/case-status.types.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * <klar-case-status>: the status of a case at a glance, the next step and who to contact.
 * Principle: "Sammenhæng" — the citizen always knows who to turn to and what happens next,
 * also when the case moves between departments.
 *
 * Accessibility: the status is said in words next to its icon (never colour alone); headings
 * take their level from `heading-level`; a status change while the page is open is announced
 * once, politely; links from the server are kept only when they are https, http, mailto or tel.
 */

const NOW = new Date('2026-11-24T10:00:00Z');

const base = {
  contact: {
    name: 'Mette Holm',
    role: 'Byggesagsbehandler',
    department: 'Byggesag',
    phone: '+45 33 66 33 66',
    email: 'byg@kommune.example',
    url: 'https://kommune.example/byg',
    hours: 'Man–tors 9–15, fre 9–13',
  },
};

export const samples: Record<string, Case> = {
  received: parseCase({
    ...base,
    id: 'c-0412',
    reference: 'BYG-2026-0412',
    title: 'Byggetilladelse til carport',
    receivedAt: '2026-11-20',
    status: { code: 'received', label: 'Modtaget', description: 'Vi har modtaget din ansøgning og kigger på den inden for 5 hverdage.', since: '2026-11-20T09:12:00Z' },
    steps: [
      { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-11-20' },
      { id: 'screening', title: 'Vi tjekker, om ansøgningen er komplet', state: 'current', expected: '2026-11-27', owner: { department: 'Byggesag' } },
      { id: 'assessment', title: 'Vi vurderer sagen', state: 'upcoming', expected: 'P4W', owner: { department: 'Byggesag', name: 'Mette Holm' } },
    ],
    promise: { processingTime: 'P8W', plannedDate: '2027-01-08' },
    updatedAt: '2026-11-20T09:12:00Z',
  }),
  inProgress: parseCase({
    ...base,
    id: 'c-0388',
    reference: 'BYG-2026-0388',
    title: 'Byggetilladelse til tilbygning',
    receivedAt: '2026-10-01',
    status: { code: 'in-progress', label: 'Under behandling', description: 'En sagsbehandler er i gang med din sag.', since: '2026-10-14' },
    steps: [
      { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-10-01' },
      { id: 'assessment', title: 'Vi vurderer sagen', state: 'current', expected: '2026-12-04', owner: { department: 'Byggesag', name: 'Mette Holm' } },
      { id: 'neighbours', title: 'Naboerne får mulighed for at sige noget', state: 'upcoming', expected: { earliest: '2026-12-07', latest: '2026-12-18' }, owner: { department: 'Byggesag' } },
      { id: 'decision', title: 'Du får en afgørelse', state: 'upcoming', expected: '2027-01-08' },
    ],
    updatedAt: '2026-11-18T13:32:00Z',
  }),
  waiting: parseCase({
    id: 'c-0311',
    reference: 'HJ-2026-0311',
    title: 'Hjælpemiddel: kørestol',
    receivedAt: '2026-10-20',
    status: { code: 'waiting', label: 'Venter på dig', description: 'Vi mangler en lægeerklæring, før vi kan gå videre.', since: '2026-11-10' },
    steps: [
      { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-10-20' },
      { id: 'docs', title: 'Vi samler oplysninger', state: 'current', owner: { department: 'Hjælpemidler' } },
      { id: 'decision', title: 'Du får en afgørelse', state: 'upcoming', expected: '2026-12-20' },
    ],
    suspensions: [
      {
        reason: 'Vi mangler en lægeerklæring.',
        from: '2026-11-10',
        waitingFor: 'citizen',
        citizenAction: { text: 'Send os en lægeerklæring fra din egen læge.', dueDate: '2026-12-01', url: 'https://kommune.example/upload' },
      },
    ],
    contact: { department: 'Hjælpemidler', phone: '+45 70 10 20 30', hours: 'Hverdage 8–14' },
    updatedAt: '2026-11-10T10:05:00Z',
  }),
  moved: parseCase({
    id: 'c-0290',
    reference: 'NM-2026-0290',
    title: 'Tilladelse til at fælde træ i beskyttet område',
    receivedAt: '2026-10-05',
    status: { code: 'in-progress', label: 'Under behandling', description: 'Natur og Miljø vurderer, om træet er beskyttet.', since: '2026-11-03' },
    steps: [
      { id: 'byg', title: 'Byggesag har set på sagen', state: 'done', completedAt: '2026-11-03', owner: { department: 'Byggesag' } },
      { id: 'nature', title: 'Natur og Miljø vurderer træet', state: 'current', expected: '2026-12-11', owner: { department: 'Natur og Miljø' } },
      { id: 'decision', title: 'Du får en afgørelse', state: 'upcoming', expected: '2026-12-18', owner: { department: 'Natur og Miljø' } },
    ],
    handoffs: [{ from: 'Byggesag', to: 'Natur og Miljø', at: '2026-11-03', reason: 'Træet står i et område med fredede naturtyper.' }],
    contact: { name: 'Jonas Berg', department: 'Natur og Miljø', email: 'natur@kommune.example', phone: '33 66 40 00' },
    updatedAt: '2026-11-03T14:32:00Z',
  }),
  delayed: parseCase({
    id: 'c-0150',
    reference: 'BYG-2026-0150',
    title: 'Byggetilladelse til enfamiliehus',
    receivedAt: '2026-08-10',
    status: { code: 'in-progress', label: 'Forsinket', description: 'Sagen tager længere tid end lovet.', since: '2026-11-12' },
    steps: [
      { id: 'assessment', title: 'Vi vurderer sagen', state: 'current', expected: '2026-11-13', owner: { department: 'Byggesag' } },
      { id: 'decision', title: 'Du får en afgørelse', state: 'upcoming', expected: '2026-11-20' },
    ],
    promise: { processingTime: 'P14W', plannedDate: '2026-11-20', legalDeadline: '2027-02-10' },
    delays: [{ reason: 'Vi har fået mange ansøgninger efter sommerferien.', previousDate: '2026-11-20', newDate: '2026-12-18', announcedAt: '2026-11-12' }],
    contact: { department: 'Byggesag', phone: '33 66 33 66' },
    updatedAt: '2026-11-12T08:00:00Z',
  }),
  decided: parseCase({
    id: 'c-0099',
    reference: 'BYG-2026-0099',
    title: 'Byggetilladelse til garage',
    status: { code: 'decided', label: 'Afgjort', description: 'Vi har truffet en afgørelse i din sag.', since: '2026-11-15' },
    decision: {
      outcome: 'Du har fået byggetilladelse',
      decidedAt: '2026-11-15',
      summary: 'Garagen må bygges som vist på tegningerne.',
      documentUrl: 'https://kommune.example/dok/BYG-2026-0099.pdf',
      appeal: { deadline: '2026-12-13', body: 'Byggeklageenheden', url: 'https://naevneneshus.dk/start-din-klage/byggeklageenheden/' },
    },
    contact: { department: 'Byggesag', phone: '33 66 33 66', email: 'byg@kommune.example' },
    updatedAt: '2026-11-15T11:00:00Z',
  }),
  closed: parseCase({
    id: 'c-0007',
    reference: 'AF-2026-0007',
    title: 'Afhentning af storskrald',
    status: { code: 'closed', label: 'Afsluttet', description: 'Storskraldet er hentet.', since: '2026-11-05' },
    contact: { department: 'Affald og Genbrug', url: 'https://kommune.example/affald' },
    updatedAt: '2026-11-05T15:00:00Z',
  }),
  hostile: parseCase({
    id: 'x',
    reference: '<img src=x onerror=alert(1)>',
    title: "<script>alert('title')</script>",
    status: { code: 'in-progress', label: '<b>Fed</b>', description: '<a href="javascript:alert(1)">klik</a>' },
    steps: [{ id: 'a', title: '<iframe src=javascript:alert(2)>', state: 'current', citizenAction: { text: 'Klik her', url: 'javascript:alert(3)' } }],
    contact: { department: '<svg onload=alert(4)>', url: ' javascript:alert(5)' },
  }),
};

/** An Open311 GeoReport v2 answer to GET /requests/638344.json, as a city's server sends it. */
export const open311Sample = [
  {
    service_request_id: '638344',
    status: 'open',
    status_notes: 'Vi har sendt en medarbejder ud for at se på hullet i vejen.',
    service_name: 'Hul i vejen',
    service_code: '006',
    description: 'Stort hul i cykelstien ud for nr. 12.',
    agency_responsible: 'Vej og Park',
    service_notice: 'Vi svarer normalt inden for 5 hverdage.',
    requested_datetime: '2026-11-18T08:41:13+01:00',
    updated_datetime: '2026-11-19T10:02:55+01:00',
    expected_datetime: '2026-11-26T16:00:00+01:00',
    address: 'Jernbanegade 12, 4000 Roskilde',
    lat: 55.6393,
    long: 12.0806,
    media_url: 'https://kommune.example/media/638344.jpg',
  },
];

const ZT = 'https://catalogi.gemeente.example/catalogi/api/v1/statustypen/';
/** A ZGW zaak with `expand=zaaktype,zaaktype.statustypen,status,status.statustype,rollen` (abridged). */
export const zgwSample = {
  url: 'https://zaken.gemeente.example/zaken/api/v1/zaken/4f8b2a3c',
  uuid: '4f8b2a3c',
  identificatie: 'ZAAK-2026-0000123',
  omschrijving: 'Omgevingsvergunning voor een dakkapel',
  startdatum: '2026-10-01',
  einddatumGepland: '2026-12-10',
  uiterlijkeEinddatumAfdoening: '2026-11-26',
  verlenging: { reden: 'Wij wachten op advies van de welstandscommissie', duur: 'P6W' },
  opschorting: { indicatie: false, reden: '' },
  status: 'https://zaken.gemeente.example/zaken/api/v1/statussen/1c2d',
  vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
  _expand: {
    zaaktype: {
      omschrijving: 'Omgevingsvergunning',
      doorlooptijd: 'P8W',
      servicenorm: 'P6W',
      _expand: {
        statustypen: [
          { url: `${ZT}1`, omschrijving: 'Ontvangen', statustekst: 'Wij hebben uw aanvraag ontvangen', volgnummer: 1, isEindstatus: false },
          { url: `${ZT}2`, omschrijving: 'In behandeling', statustekst: 'Wij beoordelen uw aanvraag', volgnummer: 2, isEindstatus: false },
          { url: `${ZT}3`, omschrijving: 'Besluit genomen', statustekst: 'Wij nemen een besluit', volgnummer: 3, isEindstatus: false, doorlooptijd: 'P2W' },
          { url: `${ZT}4`, omschrijving: 'Afgehandeld', statustekst: 'Uw aanvraag is afgehandeld', volgnummer: 4, isEindstatus: true },
        ],
      },
    },
    status: {
      url: 'https://zaken.gemeente.example/zaken/api/v1/statussen/1c2d',
      statustype: `${ZT}2`,
      datumStatusGezet: '2026-10-08T09:30:00+02:00',
      statustoelichting: 'Uw aanvraag is compleet. Een vergunningverlener beoordeelt de tekeningen.',
    },
    rollen: [
      {
        omschrijvingGeneriek: 'behandelaar',
        betrokkeneType: 'organisatorische_eenheid',
        betrokkeneIdentificatie: { identificatie: 'VERG-N', naam: 'Vergunningen Noord' },
        contactpersoonRol: { emailadres: 'vergunningen@gemeente.example', telefoonnummer: '+31 14 020', naam: 'A. de Vries', functie: 'Vergunningverlener' },
      },
    ],
  },
};

// The examples show one state each at a fixed `now`; the Playground is where attributes change.
const one = (c: Case) => () =>
  html`<klar-case-status .case=${c} .now=${NOW} heading-level="2" href="https://kommune.example/min-side/sager/${c.id}"></klar-case-status>`;

const meta: Meta = {
  title: 'Elementer/klar-case-status',
  component: 'klar-case-status',
  // Sample data is exported for the other stories and the tests, not as stories.
  excludeStories: ['samples', 'open311Sample', 'zgwSample'],
  argTypes: apiArgTypes('klar-case-status'),
};
export default meta;
type Story = StoryObj;

/** Every attribute of the element, and its `case` property, as controls. */
export const Playground: Story = playgroundStory('klar-case-status', {
  options: { variant: CASE_STATUS_VARIANTS, 'heading-level': [2, 3, 4, 5, 6] },
  properties: ['case'],
  args: { case: samples.inProgress, now: '2026-11-24T10:00:00Z', 'heading-level': 2, href: 'https://kommune.example/min-side/sager/c-0388' },
});

export const Received: Story = { name: 'Received', render: one(samples.received) };
export const InProgress: Story = { name: 'In progress', render: one(samples.inProgress) };
export const WaitingForCitizen: Story = { name: 'Waiting for citizen', render: one(samples.waiting) };
export const MovedToAnotherDepartment: Story = { name: 'Moved to another department', render: one(samples.moved) };
export const Delayed: Story = { name: 'Delayed', render: one(samples.delayed) };
export const Decided: Story = { name: 'Decided', render: one(samples.decided) };
export const Closed: Story = { name: 'Closed', render: one(samples.closed) };
export const HostileContent: Story = { name: 'Hostile content', render: one(samples.hostile) };
export const Open311: Story = { name: 'Open311 sample', render: one(fromOpen311(open311Sample)) };
export const Zgw: Story = { name: 'ZGW sample', render: one(fromZgw(zgwSample)) };

export const CompactList: Story = {
  name: 'Compact, in a list of three cases',
  render: () =>
    html`<ul class="klar-story-list" role="list">
      ${[samples.waiting, samples.inProgress, samples.decided].map(
        (c) => html`<li><klar-case-status .case=${c} .now=${NOW} variant="compact" heading-level="3" href="https://kommune.example/min-side/sager/${c.id}"></klar-case-status></li>`,
      )}
    </ul>`,
};

export const BothLanguages: Story = {
  name: 'Both languages',
  render: () => html`${(['da', 'en'] as const).map((lang) => html`<div lang=${lang}>${one(samples.moved)()}</div>`)}`,
};

// <klar-case> fetches http(s) only: a test fixture Storybook serves (see .storybook/main.ts).
const caseDataUrl = 'fixtures/klar/in-progress.json';

export const Loading: Story = {
  name: 'Loading (inside <klar-case>)',
  // A parser that never finishes: loading for as long as the story is open (without a src, <klar-case> says the page is not set up).
  render: () => html`<klar-case src=${caseDataUrl} .parser=${() => new Promise<never>(() => undefined)}><klar-case-status></klar-case-status></klar-case>`,
};

/** Loads once, then every refresh fails: the last good case stays, with one notice and a retry button. */
export const Stale: Story = {
  name: 'Stale after a failed refresh',
  render: (): TemplateResult => {
    let calls = 0;
    const parser = (json: unknown) => {
      calls += 1;
      if (calls > 1) throw new Error('The server is down');
      return parseCase(json);
    };
    const onLoad = (e: Event) => {
      const el = e.currentTarget as KlarCase;
      if (calls === 1) setTimeout(() => el.reload(), 0);
    };
    return html`<klar-case src=${caseDataUrl} .parser=${parser} @klar-case-load=${onLoad}>
      <klar-case-status .now=${NOW}></klar-case-status>
    </klar-case>`;
  },
};

/** The first load fails: one plain error with a retry button, shown by <klar-case>. */
export const FirstLoadError: Story = {
  name: 'First-load error',
  render: () =>
    html`<klar-case src="http://127.0.0.1:9/cases/1" .retry=${{ retries: 0 }}>
      <klar-case-status></klar-case-status>
    </klar-case>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: () => html`<div dir="rtl">${one(samples.waiting)()}</div>`,
};
