import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Case } from '../../src/core/case-model.js';
import { CaseDataError, parseCase, safeUrl } from '../../src/core/parse-case.js';

const SAFE_LINK = 'not a safe link (only https, http, mailto and tel are kept)';

/** Freezes a value and everything in it, so any write by the parser throws in strict mode. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const k of Reflect.ownKeys(v)) deepFreeze((v as Record<PropertyKey, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

/** The smallest case that is shown at all. */
function minimal(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: 'Sag', status: 'open', ...extra };
}

/** Parses and returns the error it throws; fails the test when it does not throw. */
function parseError(input: unknown): CaseDataError {
  try {
    parseCase(input);
  } catch (e) {
    expect(e).to.be.instanceOf(CaseDataError);
    return e as CaseDataError;
  }
  throw new Error('expected parseCase to throw');
}

const fullInput = {
  id: 'BYG-2026-0412',
  reference: '  2026-0412 ',
  title: '  Byggetilladelse til carport  ',
  service: 'Byggesag',
  receivedAt: '2026-01-05',
  status: {
    code: 'in-review',
    label: 'Under behandling',
    description: 'Vi læser din ansøgning.',
    since: '2026-01-12T09:30:00+01:00',
  },
  steps: [
    {
      id: 'received',
      title: 'Vi har modtaget din ansøgning',
      state: 'done',
      completedAt: '2026-01-05T10:15:00Z',
      owner: { department: 'Byggeri', name: 'Anna Jensen' },
    },
    {
      id: 'review',
      title: 'Vi læser ansøgningen',
      description: 'En sagsbehandler ser på tegningerne.',
      state: 'current',
      expected: { earliest: '2026-02-01', latest: '2026-02-15' },
      owner: { department: 'Byggeri' },
      citizenAction: { text: 'Send tegninger', dueDate: '2026-01-20', url: 'https://kommune.dk/upload' },
    },
    { id: 'decision', title: 'Afgørelse', state: 'upcoming', expected: 'P8W' },
    { id: 'letter', title: 'Brev', state: 'upcoming', expected: { date: '2026-03-10' }, afterAnswer: true },
    { id: 'hearing', title: 'Høring', state: 'skipped', expected: { duration: 'p2w' } },
    { id: 'inspection', title: 'Syn', state: 'blocked', expected: '2026-04-01T12:00' },
  ],
  promise: {
    processingTime: 'P8W',
    plannedDate: '2026-02-27',
    legalDeadline: '2026-04-05',
    policyUrl: 'https://kommune.dk/frister',
  },
  delays: [
    {
      stepId: 'review',
      reason: 'Vi har mange sager',
      previousDate: '2026-02-15',
      newDate: '2026-03-01',
      announcedAt: '2026-02-10T08:00:00Z',
      legalBasis: 'Forvaltningsloven § 3, stk. 2',
    },
  ],
  suspensions: [
    {
      reason: 'Vi venter på tegninger',
      from: '2026-01-12',
      until: '2026-01-19',
      waitingFor: 'citizen',
      citizenAction: { text: 'Send tegninger', dueDate: '2026-01-19' },
    },
  ],
  contact: {
    name: 'Anna Jensen',
    role: 'Sagsbehandler',
    department: 'Byggeri',
    phone: '+45 33 66 33 66',
    email: 'byg@kommune.dk',
    url: 'https://kommune.dk/kontakt',
    hours: 'Man–fre 9–15',
  },
  handoffs: [{ from: 'Borgerservice', to: 'Byggeri', at: '2026-01-06', reason: 'Faglig vurdering' }],
  decision: {
    outcome: 'Tilladelse',
    decidedAt: '2026-03-02T13:00:00+01:00',
    summary: 'Du må bygge carporten.',
    documentUrl: 'https://kommune.dk/doc.pdf',
    appeal: {
      deadline: '2026-03-30',
      body: 'Planklagenævnet',
      url: 'https://naevneneshus.dk',
      howTo: 'Klag via Klageportalen.',
    },
  },
  updatedAt: '2026-03-02T12:00:00Z',
};

const fullExpected: Case = {
  id: 'BYG-2026-0412',
  reference: '2026-0412',
  title: 'Byggetilladelse til carport',
  lang: 'da',
  service: 'Byggesag',
  receivedAt: '2026-01-05',
  status: {
    code: 'in-review',
    label: 'Under behandling',
    description: 'Vi læser din ansøgning.',
    since: '2026-01-12T08:30:00.000Z',
  },
  steps: [
    {
      id: 'received',
      title: 'Vi har modtaget din ansøgning',
      state: 'done',
      completedAt: '2026-01-05T10:15:00.000Z',
      owner: { department: 'Byggeri', name: 'Anna Jensen' },
    },
    {
      id: 'review',
      title: 'Vi læser ansøgningen',
      description: 'En sagsbehandler ser på tegningerne.',
      state: 'current',
      expected: { kind: 'window', earliest: '2026-02-01', latest: '2026-02-15' },
      owner: { department: 'Byggeri' },
      citizenAction: { text: 'Send tegninger', dueDate: '2026-01-20', url: 'https://kommune.dk/upload' },
    },
    { id: 'decision', title: 'Afgørelse', state: 'upcoming', expected: { kind: 'duration', duration: 'P8W' } },
    { id: 'letter', title: 'Brev', state: 'upcoming', expected: { kind: 'date', date: '2026-03-10' }, afterAnswer: true },
    { id: 'hearing', title: 'Høring', state: 'skipped', expected: { kind: 'duration', duration: 'P2W' } },
    // Zone-less: 12:00 in Copenhagen summer time (UTC+2).
    { id: 'inspection', title: 'Syn', state: 'blocked', expected: { kind: 'date', date: '2026-04-01T10:00:00.000Z' } },
  ],
  promise: {
    processingTime: 'P8W',
    plannedDate: '2026-02-27',
    legalDeadline: '2026-04-05',
    policyUrl: 'https://kommune.dk/frister',
  },
  delays: [
    {
      stepId: 'review',
      reason: 'Vi har mange sager',
      previousDate: '2026-02-15',
      newDate: '2026-03-01',
      announcedAt: '2026-02-10T08:00:00.000Z',
      legalBasis: 'Forvaltningsloven § 3, stk. 2',
    },
  ],
  suspensions: [
    {
      reason: 'Vi venter på tegninger',
      from: '2026-01-12',
      until: '2026-01-19',
      waitingFor: 'citizen',
      citizenAction: { text: 'Send tegninger', dueDate: '2026-01-19' },
    },
  ],
  contact: {
    department: 'Byggeri',
    name: 'Anna Jensen',
    role: 'Sagsbehandler',
    phone: '+45 33 66 33 66',
    email: 'byg@kommune.dk',
    url: 'https://kommune.dk/kontakt',
    hours: 'Man–fre 9–15',
  },
  handoffs: [{ from: 'Borgerservice', to: 'Byggeri', at: '2026-01-06', reason: 'Faglig vurdering' }],
  decision: {
    outcome: 'Tilladelse',
    kind: 'granted',
    decidedAt: '2026-03-02T12:00:00.000Z',
    summary: 'Du må bygge carporten.',
    documentUrl: 'https://kommune.dk/doc.pdf',
    appeal: {
      deadline: '2026-03-30',
      body: 'Planklagenævnet',
      url: 'https://naevneneshus.dk/',
      howTo: 'Klag via Klageportalen.',
    },
  },
  updatedAt: '2026-03-02T12:00:00.000Z',
  warnings: [],
};

describe('core/parse-case', () => {
  describe('a full valid case', () => {
    it('normalises every field of the model', () => {
      expect(parseCase(fullInput)).to.deep.equal(fullExpected);
    });

    it('gives the same case when its own output is parsed again', () => {
      const once = parseCase(fullInput);
      expect(parseCase(JSON.parse(JSON.stringify(once)))).to.deep.equal(once);
    });

    it('does not mutate a frozen input', () => {
      const input = deepFreeze(structuredClone(fullInput));
      const before = JSON.stringify(input);
      expect(parseCase(input)).to.deep.equal(fullExpected);
      expect(JSON.stringify(input)).to.equal(before);
    });

    it('shares no objects with the input', () => {
      const input = structuredClone(fullInput);
      const c = parseCase(input);
      input.steps[1].citizenAction!.text = 'changed';
      input.status.label = 'changed';
      input.contact.department = 'changed';
      expect(c.steps[1].citizenAction!.text).to.equal('Send tegninger');
      expect(c.status.label).to.equal('Under behandling');
      expect(c.contact!.department).to.equal('Byggeri');
      // …and the parsed case cannot be changed afterwards (frozen all the way down).
      expect(() => {
        (c.status as { label: string }).label = 'changed';
      }).to.throw(TypeError);
    });

    it('fills defaults for a minimal case', () => {
      expect(parseCase({ title: 'Sag', status: ' Modtaget ' })).to.deep.equal({
        id: '',
        title: 'Sag',
        lang: 'da',
        status: { code: 'Modtaget', label: 'Modtaget' },
        steps: [],
        delays: [],
        suspensions: [],
        handoffs: [],
        warnings: [],
      });
    });

    it('takes the id from the reference, and numbers as text', () => {
      const c = parseCase(minimal({ reference: 412 }));
      expect(c.id).to.equal('412');
      expect(c.reference).to.equal('412');
      expect(c.warnings).to.deep.equal([]);
    });

    it('gives steps without an id a position-based one', () => {
      const c = parseCase(minimal({ steps: [{ title: 'A', state: 'done' }, { title: 'B', state: 'current' }] }));
      expect(c.steps.map((s) => s.id)).to.deep.equal(['step-1', 'step-2']);
    });

    it('uses the label as code, and the code as label', () => {
      expect(parseCase(minimal({ status: { label: 'Afsluttet' } })).status).to.deep.equal({ code: 'Afsluttet', label: 'Afsluttet' });
      expect(parseCase(minimal({ status: { code: 'closed' } })).status).to.deep.equal({ code: 'closed', label: 'closed' });
    });

    it('never makes an internal status code the label: a missing or unusable label warns and says a neutral text', () => {
      // `status: { code: "zzz" }` once showed "Status på din sag: zzz", and `label: {}` "in-progress", with no warning.
      const zzz = parseCase(minimal({ status: { code: 'zzz' } }));
      expect(zzz.status).to.deep.equal({ code: 'zzz', label: 'Under behandling' });
      expect(zzz.warnings).to.deep.equal(['status.label: is missing; shown as "Under behandling"']);
      const object = parseCase(minimal({ status: { code: 'in-progress', label: {} } }));
      expect(object.status).to.deep.equal({ code: 'in-progress', label: 'Under behandling' });
      expect(object.warnings).to.deep.equal(['status.label: expected text, got object', 'status.label: is missing; shown as "Under behandling"']);
      expect(parseCase(minimal({ lang: 'en-GB', status: { code: 'zzz', label: '  ' } })).status.label).to.equal('In progress');
      // A code the elements say from their catalog in the page's language ("Lukket"/"Closed") stays the label, with no
      // warning: Open311's "open"/"closed" come without a label, and nothing internal reaches the screen.
      const closed = parseCase(minimal({ status: { code: 'Closed' } }));
      expect(closed.status).to.deep.equal({ code: 'Closed', label: 'closed' });
      expect(closed.warnings).to.deep.equal([]);
    });

    it('says a status without a label as closed when every step is finished, never "Under behandling" beside "Alle trin er færdige"', () => {
      // An integrator's `{ code: "refused" }` on a case whose three steps were done: the status said
      // "Under behandling", the timeline "Alle 3 trin er færdige.", and the list put it among cases in progress.
      const steps = [
        { title: 'A', state: 'done' },
        { title: 'B', state: 'skipped' },
      ];
      const over = parseCase(minimal({ status: { code: 'refused' }, steps }));
      expect(over.status).to.deep.equal({ code: 'closed', label: 'closed' });
      expect(over.warnings).to.deep.equal(['status.label: is missing; shown as "closed" (every step is done)']);
      // A step still to come: the neutral words, as before; no steps at all says nothing of being over.
      expect(parseCase(minimal({ status: { code: 'refused' }, steps: [...steps, { title: 'C', state: 'upcoming' }] })).status.label).to.equal('Under behandling');
      expect(parseCase(minimal({ status: { code: 'refused' } })).status.label).to.equal('Under behandling');
      // A label given is the data's word, whatever the steps.
      expect(parseCase(minimal({ status: { code: 'refused', label: 'Afslag' }, steps })).status).to.deep.equal({ code: 'refused', label: 'Afslag' });
    });

    it('reads a window written as an ISO 8601 interval, "a/b", as <klar-step expected> takes it (it warned "not a valid date" and showed no date)', () => {
      const c = parseCase(
        minimal({
          steps: [
            { title: 'A', state: 'current', expected: '2026-12-20/2027-01-05' },
            { title: 'B', state: 'upcoming', expected: ' 2027-01-20 / 2027-01-10 ' },
            { title: 'C', state: 'upcoming', expected: '2027-02-01/snart' },
            { title: 'D', state: 'upcoming', expected: '2027-02-01/P2W' },
          ],
        }),
      );
      expect(c.steps.map((s) => s.expected)).to.deep.equal([
        { kind: 'window', earliest: '2026-12-20', latest: '2027-01-05' },
        { kind: 'window', earliest: '2027-01-10', latest: '2027-01-20' },
        undefined,
        undefined,
      ]);
      expect(c.warnings).to.deep.equal(['steps[2].expected.latest: not a valid date', 'steps[3].expected.latest: not a valid date']);
    });

    it('puts a reversed window of days the right way round', () => {
      const c = parseCase(minimal({ steps: [{ title: 'A', state: 'current', expected: { earliest: '2026-02-15', latest: '2026-02-01' } }] }));
      expect(c.steps[0].expected).to.deep.equal({ kind: 'window', earliest: '2026-02-01', latest: '2026-02-15' });
    });

    it('puts a reversed window of a day and an instant the right way round', () => {
      const c = parseCase(
        minimal({ steps: [{ title: 'A', state: 'current', expected: { earliest: '2026-02-15T10:00:00Z', latest: '2026-02-01' } }] }),
      );
      expect(c.steps[0].expected).to.deep.equal({ kind: 'window', earliest: '2026-02-01', latest: '2026-02-15T10:00:00.000Z' });
    });

    it('leaves out a window with an end it cannot read (one end alone is no true date), and keeps a window given one end only', () => {
      const c = parseCase(
        minimal({
          steps: [
            { title: 'A', state: 'current', expected: { earliest: '2026-02-01', latest: 'snart' } },
            { title: 'B', state: 'upcoming', expected: { earliest: 'i morgen', latest: '2026-02-15' } },
            { title: 'C', state: 'upcoming', expected: { latest: '2026-03-01' } },
          ],
        }),
      );
      expect(c.steps.map((s) => s.expected)).to.deep.equal([undefined, undefined, { kind: 'date', date: '2026-03-01' }]);
      expect(c.warnings).to.deep.equal(['steps[0].expected.latest: not a valid date', 'steps[1].expected.earliest: not a valid date']);
    });
  });

  describe('recoverable problems', () => {
    it('drops an impossible expected date with its exact path and keeps the rest', () => {
      const c = parseCase(
        minimal({
          steps: [
            { id: 'a', title: 'A', state: 'done' },
            { id: 'b', title: 'B', state: 'current', expected: '2026-03-01' },
            { id: 'c', title: 'C', state: 'upcoming', expected: { date: '2026-02-30' } },
          ],
        }),
      );
      expect(c.warnings).to.deep.equal(['steps[2].expected.date: not a valid date']);
      expect(c.steps).to.deep.equal([
        { id: 'a', title: 'A', state: 'done' },
        { id: 'b', title: 'B', state: 'current', expected: { kind: 'date', date: '2026-03-01' } },
        { id: 'c', title: 'C', state: 'upcoming' },
      ]);
    });

    it('warns about an unreadable expected text, duration and shape', () => {
      const c = parseCase(
        minimal({
          steps: [
            { title: 'A', state: 'upcoming', expected: 'i næste uge' },
            { title: 'B', state: 'upcoming', expected: 'P8X' },
            { title: 'C', state: 'upcoming', expected: { duration: 'otte uger' } },
            { title: 'D', state: 'upcoming', expected: 42 },
            { title: 'E', state: 'upcoming', expected: { when: 'soon' } },
          ],
        }),
      );
      expect(c.warnings).to.deep.equal([
        'steps[0].expected: not a valid date',
        'steps[1].expected: not an ISO 8601 duration',
        'steps[2].expected.duration: not an ISO 8601 duration',
        'steps[3].expected: expected a date, a window or a duration',
        'steps[4].expected: expected a date, a window or a duration',
      ]);
      expect(c.steps.map((s) => s.expected)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
      expect(c.steps.map((s) => s.title)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    });

    it('drops an unsafe link with its exact path and keeps the action', () => {
      const c = parseCase(
        minimal({
          steps: [
            { title: 'A', state: 'done' },
            { title: 'B', state: 'current', citizenAction: { text: 'Upload', url: 'javascript:alert(1)' } },
          ],
        }),
      );
      expect(c.warnings).to.deep.equal([`steps[1].citizenAction.url: ${SAFE_LINK}`]);
      expect(c.steps[1].citizenAction).to.deep.equal({ text: 'Upload' });
    });

    it('links a web address written without https:// ("www.kommune.dk/kontakt") to it, not to a page under the portal', () => {
      const c = parseCase(minimal({ contact: { department: 'Byggeri', url: ' www.kommune.dk/kontakt ' }, promise: { policyUrl: 'www.kommune.dk', plannedDate: '2026-03-01' } }));
      expect(c.contact?.url).to.equal('https://www.kommune.dk/kontakt');
      expect(c.promise?.policyUrl).to.equal('https://www.kommune.dk/');
      expect(c.warnings).to.deep.equal([
        'promise.policyUrl: no https://; linked as https://www.kommune.dk/',
        'contact.url: no https://; linked as https://www.kommune.dk/kontakt',
      ]);
      // One that is no safe link with its https:// either (over 2048 characters) is left out, and said so.
      const long = parseCase(minimal({ contact: { department: 'B', url: `www.kommune.dk/${'x'.repeat(2048)}` } }));
      expect(long.contact?.url).to.equal(undefined);
      expect(long.warnings).to.deep.equal([`contact.url: ${SAFE_LINK}`]);
      // A path relative to the page stays one, with no word: "kontakt", "./www", "/www.html".
      for (const url of ['kontakt', './www.kommune.dk', '/www.kommune.dk/x']) expect(parseCase(minimal({ contact: { department: 'B', url } })).warnings, url).to.deep.equal([]);
    });

    it('drops unsafe links everywhere a link is allowed', () => {
      const bad = 'data:text/html,<script>alert(1)</script>';
      const c = parseCase(
        minimal({
          promise: { policyUrl: bad, plannedDate: '2026-03-01' },
          contact: { department: 'Byggeri', url: bad },
          decision: { outcome: 'Ja', decidedAt: '2026-03-01', documentUrl: bad, appeal: { deadline: '2026-04-01', body: 'Nævnet', url: bad } },
          suspensions: [{ reason: 'R', from: '2026-01-01', citizenAction: { text: 'Send', url: bad } }],
        }),
      );
      expect(c.warnings).to.deep.equal([
        `promise.policyUrl: ${SAFE_LINK}`,
        `suspensions[0].citizenAction.url: ${SAFE_LINK}`,
        `contact.url: ${SAFE_LINK}`,
        `decision.appeal.url: ${SAFE_LINK}`,
        `decision.documentUrl: ${SAFE_LINK}`,
      ]);
      expect(c.promise).to.deep.equal({ plannedDate: '2026-03-01' });
      expect(c.contact).to.deep.equal({ department: 'Byggeri' });
      expect(c.decision).to.deep.equal({ outcome: 'Ja', kind: 'other', decidedAt: '2026-03-01', appeal: { deadline: '2026-04-01', body: 'Nævnet' } });
      expect(c.suspensions[0].citizenAction).to.deep.equal({ text: 'Send' });
    });

    it('shows an unknown or missing step state as upcoming', () => {
      const c = parseCase(
        minimal({
          steps: [
            { title: 'A', state: 'done' },
            { title: 'B', state: 'finished' },
            { title: 'C' },
            { title: 'D', state: 'DONE' },
          ],
        }),
      );
      expect(c.steps.map((s) => s.state)).to.deep.equal(['done', 'upcoming', 'upcoming', 'upcoming']);
      expect(c.warnings).to.deep.equal([
        'steps[1].state: unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming',
        'steps[2].state: is missing; shown as upcoming',
        'steps[3].state: unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming',
      ]);
    });

    it("reads a step's afterAnswer as true or false, and warns about anything else", () => {
      const c = parseCase(minimal({ steps: [{ title: 'A', afterAnswer: false }, { title: 'B', afterAnswer: 'yes' }, { title: 'C', afterAnswer: true }] }));
      expect(c.steps.map((s) => s.afterAnswer)).to.deep.equal([undefined, undefined, true]);
      expect(c.warnings.filter((w) => w.includes('afterAnswer'))).to.deep.equal(['steps[1].afterAnswer: expected true or false; read as false']);
    });

    it('drops wrongly typed optional fields with their paths', () => {
      const c = parseCase(
        minimal({
          service: true,
          reference: ['x'],
          status: { label: 'Åben', description: { text: 'x' } },
          steps: [{ title: 'A', state: 'done', description: 7.5, owner: 'Byggeri' }],
          contact: { department: 'Byggeri', hours: ['9-15'] },
        }),
      );
      // Each problem once, with its path; order is the parser's reading order.
      expect([...c.warnings].sort()).to.deep.equal(
        [
          'contact.hours: expected text, got array',
          'reference: expected text, got array',
          'service: expected text, got boolean',
          'status.description: expected text, got object',
          'steps[0].owner: expected an object',
        ].sort(),
      );
      expect(c.steps[0]).to.deep.equal({ id: 'step-1', title: 'A', description: '7.5', state: 'done' });
      expect(c.status).to.deep.equal({ code: 'Åben', label: 'Åben' });
      expect(c.contact).to.deep.equal({ department: 'Byggeri' });
      expect(c.service).to.equal(undefined);
      expect(c.reference).to.equal(undefined);
      expect(c.id).to.equal('');
    });

    it('warns once about a wrongly typed reference when there is no id', () => {
      const c = parseCase(minimal({ reference: true }));
      expect(c.warnings).to.deep.equal(['reference: expected text, got boolean']);
    });

    it('drops unreadable optional dates with their paths', () => {
      const c = parseCase(
        minimal({
          receivedAt: '2026-02-29',
          updatedAt: 'igår',
          status: { label: 'Åben', since: 20260101 },
          steps: [{ title: 'A', state: 'done', completedAt: '2026-13-01' }],
          promise: { plannedDate: '31-12-2026', legalDeadline: '2026-04-31', processingTime: 'otte uger' },
        }),
      );
      expect([...c.warnings].sort()).to.deep.equal(
        [
          'promise.legalDeadline: not a valid date',
          'promise.plannedDate: not a valid date',
          'promise.processingTime: not an ISO 8601 duration',
          'receivedAt: not a valid date',
          'status.since: not a valid date',
          'steps[0].completedAt: not a valid date',
          'updatedAt: not a valid date',
        ].sort(),
      );
      expect(c.receivedAt).to.equal(undefined);
      expect(c.updatedAt).to.equal(undefined);
      expect(c.promise).to.equal(undefined);
      expect(c.steps).to.deep.equal([{ id: 'step-1', title: 'A', state: 'done' }]);
    });

    it('drops list items that are not usable and says which', () => {
      const c = parseCase(
        minimal({
          steps: [{ title: 'A', state: 'done' }, 'B', { state: 'current' }, { title: '  ', state: 'current' }, { title: 'E', state: 'upcoming' }],
          delays: [{ reason: 'Travlt' }, { reason: 'Travlt', newDate: '2026-05-01' }],
          suspensions: [{ reason: 'Venter', waitingFor: 'us', from: '2026-01-01' }, { reason: 'Venter' }],
          handoffs: [{ from: 'A', to: 'B' }, null],
        }),
      );
      expect(c.warnings).to.deep.equal([
        'steps[1]: expected an object',
        'steps[2].title: is missing; the step is left out',
        'steps[3].title: is empty or not text; the step is left out',
        'delays[0].newDate: is missing',
        'suspensions[0].waitingFor: expected "citizen", "other" or "unknown"',
        'suspensions[1].from: is missing',
        'handoffs[0].at: is missing',
        'handoffs[1]: expected an object',
      ]);
      // A null title is a missing one, as everywhere else in the reader.
      expect(parseCase(minimal({ steps: [{ title: null, state: 'current' }] })).warnings).to.deep.equal(['steps[0].title: is missing; the step is left out']);
      expect(c.steps.map((s) => [s.id, s.title])).to.deep.equal([
        ['step-1', 'A'],
        ['step-5', 'E'],
      ]);
      expect(c.delays).to.deep.equal([{ reason: 'Travlt', newDate: '2026-05-01' }]);
      expect(c.suspensions).to.deep.equal([{ reason: 'Venter', from: '2026-01-01', waitingFor: 'other' }]);
      expect(c.handoffs).to.deep.equal([]);
    });

    it('drops nested objects that miss what they need, with their paths', () => {
      const c = parseCase(
        minimal({
          steps: [{ title: 'A', state: 'current', owner: { name: 'Anna' }, citizenAction: { url: 'https://kommune.dk/upload' } }],
          delays: [{ newDate: '2026-05-01', previousDate: 'før' }],
          handoffs: [{ from: 'Borgerservice', at: '2026-01-06' }],
          decision: { decidedAt: '2026-03-01', appeal: { deadline: '2026-02-30', body: 'Nævnet' } },
          contact: { role: 'Sagsbehandler' },
        }),
      );
      expect(c.warnings).to.deep.equal([
        'steps[0].owner.department: is missing',
        'steps[0].citizenAction.text: is missing',
        'delays[0].reason: is missing',
        'delays[0].previousDate: not a valid date',
        'contact.department: is missing',
        'handoffs[0].to: is missing',
        'decision.outcome: is missing',
        'decision.appeal.deadline: not a valid date',
      ]);
      expect(c.steps).to.deep.equal([{ id: 'step-1', title: 'A', state: 'current' }]);
      expect(c.delays).to.deep.equal([{ reason: '', newDate: '2026-05-01' }]);
      // A contact with no one to reach keeps what it has and no empty department (it was `department: ''`).
      expect(c.contact).to.deep.equal({ role: 'Sagsbehandler' });
      expect(c.handoffs).to.deep.equal([]);
      expect(c.decision).to.equal(undefined);
      // A person is whom the citizen reaches without a department (a ZGW behandelaar without a unit):
      // no warning. This input warned "contact.department: is missing" and gave { department: '', name: 'Anna' }.
      const person = parseCase(minimal({ contact: { name: 'Anna' } }));
      expect(person.warnings).to.deep.equal([]);
      expect(person.contact).to.deep.equal({ name: 'Anna' });
    });

    it('reads a wait for someone unknown without a reason, and warns of a missing reason when the source says for whom', () => {
      // A ZGW opschorting without reden: the source says neither why nor for whom, and no reason is made up.
      const unknown = parseCase(minimal({ suspensions: [{ from: '2026-01-01', waitingFor: 'unknown' }] }));
      expect(unknown.warnings).to.deep.equal([]);
      expect(unknown.suspensions).to.deep.equal([{ from: '2026-01-01', waitingFor: 'unknown' }]);
      const said = parseCase(minimal({ suspensions: [{ from: '2026-01-01', waitingFor: 'citizen' }, { from: '2026-01-01' }] }));
      expect(said.warnings).to.deep.equal(['suspensions[0].reason: is missing', 'suspensions[1].reason: is missing']);
      // Kept, without a reason (was `reason: ''`): the elements say that the case waits.
      expect(said.suspensions.map((w) => w.reason)).to.deep.equal([undefined, undefined]);
    });

    it('keeps a decision without an appeal when only the appeal is unusable', () => {
      const c = parseCase(minimal({ decision: { outcome: 'Afslag', decidedAt: '2026-03-01', appeal: { deadline: '2026-03-29' } } }));
      expect(c.warnings).to.deep.equal(['decision.appeal.body: is missing']);
      expect(c.decision).to.deep.equal({ outcome: 'Afslag', kind: 'refused', decidedAt: '2026-03-01' });
    });

    it('says when a list or an object has the wrong shape', () => {
      const c = parseCase(minimal({ steps: { title: 'A' }, delays: 'none', contact: 'ring til os', promise: [1] }));
      expect(c.warnings).to.deep.equal([
        'steps: expected a list',
        'promise: expected an object',
        'delays: expected a list',
        'contact: expected an object',
      ]);
      expect(c.steps).to.deep.equal([]);
      expect(c.contact).to.equal(undefined);
    });

    it('drops a contact e-mail or phone that is not one', () => {
      const c = parseCase(minimal({ contact: { department: 'Byggeri', email: 'byg at kommune.dk', phone: 'ring<script>' } }));
      expect(c.warnings).to.deep.equal(['contact.email: not an e-mail address', 'contact.phone: not a phone number']);
      expect(c.contact).to.deep.equal({ department: 'Byggeri' });
    });

    it('keeps a contact phone written with words, as written', () => {
      // "0045 33 66 33 66 (tast 2)" was dropped: the citizen got no number at all. The status links
      // the one number in it, or none when there are two (phoneParts, safe-url.test.ts).
      for (const phone of ['0045 33 66 33 66 (tast 2)', 'Tlf. 33 66 33 66', '33 66 33 66 – hverdage 9-15', '33 66 33 66 eller 70 10 20 30']) {
        const c = parseCase(minimal({ contact: { department: 'Byggeri', phone } }));
        expect(c.warnings, phone).to.deep.equal([]);
        expect(c.contact, phone).to.deep.equal({ department: 'Byggeri', phone });
      }
    });

    it('renames duplicate step ids, naming the path in the input', () => {
      const c = parseCase(
        minimal({
          steps: [
            { id: 'a', title: 'A', state: 'done' },
            { id: 'x', state: 'done' },
            { id: 'a', title: 'A again', state: 'current' },
            { id: 'a~3', title: 'Taken', state: 'upcoming' },
          ],
        }),
      );
      expect(c.warnings).to.deep.equal(['steps[1].title: is missing; the step is left out', 'steps[2].id: duplicate id "a"; renamed']);
      // "a~3" (input position 3) is taken by the next step, so the renamed one gets a suffix.
      expect(c.steps.map((s) => [s.id, s.title])).to.deep.equal([
        ['a', 'A'],
        ['a~3-2', 'A again'],
        ['a~3', 'Taken'],
      ]);
    });

    it('caps very long text', () => {
      const c = parseCase(minimal({ title: 'x'.repeat(20_000) }));
      expect(c.title.length).to.equal(10_000);
      expect(c.title === 'x'.repeat(10_000)).to.equal(true);
    });

    it('does not cut a long text in the middle of a character', () => {
      const c = parseCase(minimal({ title: `${'x'.repeat(9_999)}😀` }));
      // Compared by length and ending so a failure does not print 10 000 characters.
      expect(c.title.length).to.equal(9_999);
      expect(c.title.endsWith('xx')).to.equal(true);
      expect(/[\uD800-\uDFFF]/.test(c.title)).to.equal(false);
    });
  });

  describe("the authority's closed days", () => {
    it('keeps days as MM-DD or YYYY-MM-DD, and leaves out with a warning what is no day', () => {
      expect(parseCase(minimal()).closedDays).to.equal(undefined);
      const c = parseCase(minimal({ closedDays: ['12-24', ' 2026-12-31 ', '02-29', '13-01', '2026-02-29', 24, '24/12'] }));
      expect(c.closedDays).to.deep.equal(['12-24', '2026-12-31', '02-29']);
      expect(c.warnings).to.deep.equal([3, 4, 5, 6].map((i) => `closedDays[${i}]: not a day ("12-24" every year, "2026-12-24" once); left out`));
      expect(parseCase(minimal({ closedDays: '12-24' })).warnings).to.deep.equal(['closedDays: expected a list of days ("12-24" every year, "2026-12-24" once)']);
    });
  });

  describe('case language', () => {
    it('defaults to Danish and keeps a valid tag in its usual casing', () => {
      expect(parseCase(minimal()).lang).to.equal('da');
      expect(parseCase(minimal({ lang: 'en' })).lang).to.equal('en');
      expect(parseCase(minimal({ lang: 'EN-gb' })).lang).to.equal('en-GB');
      expect(parseCase(minimal({ lang: 'sr-latn' })).lang).to.equal('sr-Latn');
      expect(parseCase(minimal({ lang: 'en-GB' })).warnings).to.deep.equal([]);
    });

    it('reads a bad tag as Danish and says so', () => {
      for (const lang of ['dansk!', 'd', 42, 'da_DK', '<b>']) {
        const c = parseCase(minimal({ lang }));
        expect(c.lang, String(lang)).to.equal('da');
        expect(c.warnings).to.deep.equal(['lang: not a language tag (like "da" or "en-GB"); read as "da"']);
      }
    });
  });

  describe('outcome kind', () => {
    const kindOf = (outcome: string, kind?: unknown) =>
      parseCase(minimal({ decision: { outcome, decidedAt: '2026-03-01', ...(kind === undefined ? {} : { kind }) } })).decision!.kind;

    it('keeps an explicit kind', () => {
      expect(kindOf('Afgjort', 'refused')).to.equal('refused');
      expect(kindOf('Afslag', 'granted')).to.equal('granted');
      expect(kindOf('Afgjort', 'partly-granted')).to.equal('partly-granted');
    });

    it('reads the kind from Danish and English outcome words, conservatively', () => {
      const table: [string, string][] = [
        ['Afslag', 'refused'],
        ['Du har fået afslag på din ansøgning', 'refused'],
        ['Du kan ikke få lov at bygge', 'refused'],
        ['Ansøgningen er ikke bevilget', 'refused'],
        ['Refused', 'refused'],
        ['Application rejected', 'refused'],
        ['Bevilget', 'granted'],
        ['Du har fået byggetilladelse', 'granted'],
        ['Du får boligstøtte', 'granted'],
        ['Granted', 'granted'],
        ['Delvist bevilget', 'partly-granted'],
        ['Partly granted', 'partly-granted'],
        ['Ansøgningen er afvist', 'dismissed'],
        ['Dismissed', 'dismissed'],
        ['Afgjort', 'other'],
        ['Sagen er lukket', 'other'],
        ['Færdig', 'other'],
      ];
      for (const [outcome, kind] of table) expect(kindOf(outcome), outcome).to.equal(kind);
    });

    it('warns about an unknown kind and reads the words instead', () => {
      const c = parseCase(minimal({ decision: { outcome: 'Afslag', decidedAt: '2026-03-01', kind: 'nej' } }));
      expect(c.decision!.kind).to.equal('refused');
      expect(c.warnings).to.deep.equal(['decision.kind: expected one of granted, partly-granted, refused, dismissed, other; read from the outcome']);
    });

    it('reads a null in a closed list as the house always has: no kind or endsIn without a warning, a null state or waitingFor warned of', () => {
      const c = parseCase(
        minimal({
          endsIn: null,
          steps: [{ title: 'A', state: null }],
          suspensions: [{ reason: 'Venter', from: '2026-02-01', waitingFor: null }],
          decision: { outcome: 'Afslag', decidedAt: '2026-03-01', kind: null },
        }),
      );
      expect(c.decision!.kind).to.equal('refused');
      expect(c.endsIn).to.equal(undefined);
      expect(c.steps[0].state).to.equal('upcoming');
      expect(c.suspensions[0].waitingFor).to.equal('other');
      expect(c.warnings).to.deep.equal(['steps[0].state: unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming', 'suspensions[0].waitingFor: expected "citizen", "other" or "unknown"']);
    });
  });

  describe('working days', () => {
    it('reads a step duration in working days', () => {
      const c = parseCase(minimal({ steps: [{ title: 'A', state: 'current', expected: { workingDays: 10 } }] }));
      expect(c.steps[0].expected).to.deep.equal({ kind: 'duration', duration: 'P10D', workingDays: true });
      expect(c.warnings).to.deep.equal([]);
    });

    it('reads a processing time in working days', () => {
      const c = parseCase(minimal({ promise: { processingTime: { workingDays: 15 } } }));
      expect(c.promise).to.deep.equal({ processingTime: 'P15D', processingTimeWorkingDays: true });
    });

    it('drops a processing time of zero, and says where: "inden for fra den dag, vi får dem" is no promise', () => {
      for (const processingTime of ['P0D', 'p0w', 'PT0S', 'P0Y0M0D', { workingDays: 0 }]) {
        const c = parseCase(minimal({ promise: { processingTime, legalDeadline: '2027-01-04' } }));
        expect(c.promise, JSON.stringify(processingTime)).to.deep.equal({ legalDeadline: '2027-01-04' });
        expect(c.warnings, JSON.stringify(processingTime)).to.include('promise.processingTime: a processing time of zero; left out');
      }
      expect(parseCase(minimal({ promise: { processingTime: 'PT12H' } })).promise).to.deep.equal({ processingTime: 'PT12H' });
    });

    it('drops a count that is not a whole number of days, and says where', () => {
      const c = parseCase(minimal({ promise: { processingTime: { workingDays: 2.5 } }, steps: [{ title: 'A', expected: { workingDays: '10' } }] }));
      expect(c.promise).to.equal(undefined);
      expect(c.steps[0].expected).to.equal(undefined);
      expect(c.warnings).to.include('promise.processingTime.workingDays: expected a whole number of working days');
      expect(c.warnings).to.include('steps[0].expected.workingDays: expected a whole number of working days');
    });
  });

  describe('fatal problems', () => {
    for (const [input, problem] of [
      [null, '(root): expected an object, got null'],
      [[{ title: 'Sag' }], '(root): expected an object, got array'],
      ['{"title":"Sag"}', '(root): expected an object, got string'],
      [42, '(root): expected an object, got number'],
      [undefined, '(root): expected an object, got undefined'],
    ] as const) {
      it(`throws one CaseDataError for ${JSON.stringify(input) ?? 'undefined'}`, () => {
        const e = parseError(input);
        expect(e.name).to.equal('CaseDataError');
        expect(e.problems).to.deep.equal([problem]);
        expect(e.message).to.equal(`Invalid case data: ${problem}`);
      });
    }

    it('throws when the title is missing', () => {
      expect(parseError({ status: 'open' }).problems).to.deep.equal(['title: is required']);
    });

    it('throws when the title is empty or not text', () => {
      expect(parseError({ title: '  ', status: 'open' }).problems).to.deep.equal(['title: is empty']);
      expect(parseError({ title: { da: 'Sag' }, status: 'open' }).problems).to.deep.equal(['title: expected text, got object']);
    });

    it('throws when the status is missing or unusable', () => {
      expect(parseError({ title: 'Sag' }).problems).to.deep.equal(['status: is required']);
      expect(parseError({ title: 'Sag', status: {} }).problems).to.deep.equal(['status.label: is required']);
      expect(parseError({ title: 'Sag', status: true }).problems).to.deep.equal(['status: expected an object']);
    });

    it('lists several fatal problems in one error, with the warnings left out', () => {
      const e = parseError({ title: null, status: [], steps: 'nope' });
      expect(e.problems).to.deep.equal(['title: is required', 'status: expected an object']);
      expect(e.message).to.equal('Invalid case data: title: is required; status: expected an object');
    });

    it('does not read a required field through the prototype', () => {
      // Not JSON.parse, where "__proto__" is an ordinary key: in an object literal `__proto__:`
      // sets the real prototype, so `status` is inherited and only an own-key check refuses it.
      const input = { title: 'Sag', __proto__: { status: 'open' } };
      expect(Object.getPrototypeOf(input)).to.have.property('status', 'open');
      expect(parseError(input).problems).to.deep.equal(['status: is required']);
    });
  });

  describe('hostile text', () => {
    it('keeps markup and direction overrides as plain text', () => {
      const c = parseCase(
        minimal({
          title: '<script>alert(1)</script>',
          status: { label: '<img src=x onerror=alert(1)>' },
          steps: [{ title: '\u202Efdp.exe', description: '"><svg onload=alert(1)>', state: 'done' }],
          contact: { department: '{{constructor.constructor("alert(1)")()}}' },
        }),
      );
      expect(c.title).to.equal('<script>alert(1)</script>');
      expect(c.status.label).to.equal('<img src=x onerror=alert(1)>');
      expect(c.steps[0].title).to.equal('\u202Efdp.exe');
      expect(c.steps[0].description).to.equal('"><svg onload=alert(1)>');
      expect(c.contact!.department).to.equal('{{constructor.constructor("alert(1)")()}}');
      expect(c.warnings).to.deep.equal([]);
    });
  });

  describe('links', () => {
    const rejected = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&colon;alert(1)'.replace('&colon;', ':'),
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'blob:https://kommune.dk/5a6b7c',
      'file:///etc/passwd',
      'ftp://kommune.dk/x',
      `https://kommune.dk/${'a'.repeat(2100)}`,
      '',
      '   ',
    ];
    for (const url of rejected) {
      it(`rejects ${JSON.stringify(url).slice(0, 60)}`, () => {
        expect(safeUrl(url)).to.equal(undefined);
      });
    }

    it('rejects values that are not text', () => {
      for (const v of [undefined, null, 42, {}, ['https://kommune.dk']]) expect(safeUrl(v)).to.equal(undefined);
    });

    const kept: [string, string][] = [
      ['https://kommune.dk/sag?id=1#trin', 'https://kommune.dk/sag?id=1#trin'],
      ['HTTPS://Kommune.DK/Sag', 'https://kommune.dk/Sag'],
      ['http://kommune.dk', 'http://kommune.dk/'],
      ['mailto:byg@kommune.dk', 'mailto:byg@kommune.dk'],
      ['tel:+4533663366', 'tel:+4533663366'],
      ['/sag/123', '/sag/123'],
      ['sag/123?x=1', 'sag/123?x=1'],
      ['../kontakt', '../kontakt'],
      ['#trin-2', '#trin-2'],
      ['//kommune.dk/sag', '//kommune.dk/sag'],
      ['  https://kommune.dk/  ', 'https://kommune.dk/'],
    ];
    for (const [input, out] of kept) {
      it(`keeps ${JSON.stringify(input)}`, () => {
        expect(safeUrl(input)).to.equal(out);
      });
    }

    it('keeps a safe link in a case without a warning', () => {
      const c = parseCase(minimal({ contact: { department: 'B', url: '/kontakt' }, promise: { policyUrl: 'tel:+4533663366' } }));
      expect(c.contact!.url).to.equal('/kontakt');
      expect(c.promise!.policyUrl).to.equal('tel:+4533663366');
      expect(c.warnings).to.deep.equal([]);
    });
  });

  describe('prototype pollution', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it('ignores __proto__, constructor and prototype keys and pollutes nothing', () => {
      const json =
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3},' +
        '"title":"Sag","status":{"label":"Åben","__proto__":{"polluted":4}},' +
        '"steps":[{"__proto__":{"polluted":5,"title":"Evil"},"title":"A","state":"done","constructor":{"prototype":{"polluted":6}}}],' +
        '"contact":{"__proto__":{"department":"Evil"}},"promise":{"__proto__":{"plannedDate":"2026-01-01"}}}';
      const c = parseCase(JSON.parse(json));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(c)).to.equal(Object.prototype);
      expect(Object.keys(c).sort()).to.deep.equal(['delays', 'handoffs', 'id', 'lang', 'status', 'steps', 'suspensions', 'title', 'warnings']);
      expect(c.steps).to.deep.equal([{ id: 'step-1', title: 'A', state: 'done' }]);
      expect(Object.getPrototypeOf(c.steps[0])).to.equal(Object.prototype);
      expect(c.status).to.deep.equal({ code: 'Åben', label: 'Åben' });
      expect(c.contact).to.equal(undefined);
      expect(c.promise).to.equal(undefined);
      expect(c.warnings).to.deep.equal(['contact.department: is missing']);
    });

    it('reads no field that an input object only inherits', () => {
      // Built without JSON.parse: each `__proto__:` below is the object's real prototype.
      const input = {
        __proto__: { id: 'evil-id', receivedAt: '2026-01-01', promise: { plannedDate: '2026-01-01' } },
        title: 'Sag',
        status: { __proto__: { code: 'evil' }, label: 'Åben' },
        steps: [{ __proto__: { description: 'arvet', expected: '2026-02-01', id: 'evil-step' }, title: 'A', state: 'done' }],
        contact: { __proto__: { department: 'Evil', url: 'https://evil.example/', phone: '+4512345678' } },
      };
      const c = parseCase(input);
      expect(c.id).to.equal('');
      expect(c.receivedAt).to.equal(undefined);
      expect(c.promise).to.equal(undefined);
      expect(c.status).to.deep.equal({ code: 'Åben', label: 'Åben' });
      expect(c.steps).to.deep.equal([{ id: 'step-1', title: 'A', state: 'done' }]);
      expect(c.contact).to.equal(undefined);
    });

    it('uses nothing from an Object.prototype that another script has polluted', () => {
      const proto = Object.prototype as Record<string, unknown>;
      const pollution: Record<string, unknown> = {
        id: 'evil-id',
        title: 'Evil',
        status: 'Evil',
        label: 'Evil',
        code: 'evil',
        steps: [{ title: 'Evil', state: 'done' }],
        description: 'Evil',
        state: 'current',
        expected: '2026-02-01',
        contact: { department: 'Evil' },
        department: 'Evil',
        url: 'https://evil.example/',
        phone: '+4512345678',
        email: 'evil@example.com',
        receivedAt: '2026-01-01',
        promise: { plannedDate: '2026-01-01' },
        plannedDate: '2026-01-01',
        decision: { outcome: 'approved' },
      };
      let missingTitle: CaseDataError | undefined;
      let c: Case | undefined;
      let leaked: string[] = [];
      try {
        for (const k of Object.keys(pollution)) proto[k] = pollution[k];
        try {
          parseCase({ status: 'Åben' });
        } catch (e) {
          missingTitle = e as CaseDataError;
        }
        c = parseCase({ title: 'Sag', status: { label: 'Åben' }, steps: [{ title: 'A', state: 'done' }], contact: { email: 'byg@kommune.dk' } });
        leaked = Object.keys(pollution).filter((k) => JSON.stringify(c).includes(String(pollution[k])));
      } finally {
        for (const k of Object.keys(pollution)) delete proto[k];
      }
      expect(missingTitle?.problems).to.deep.equal(['title: is required']);
      expect(leaked).to.deep.equal([]);
      expect(c!.id).to.equal('');
      expect(c!.status).to.deep.equal({ code: 'Åben', label: 'Åben' });
      expect(c!.steps).to.deep.equal([{ id: 'step-1', title: 'A', state: 'done' }]);
      expect(c!.contact).to.deep.equal({ email: 'byg@kommune.dk' });
      expect(c!.promise).to.equal(undefined);
    });
  });

  describe('zone-less dates', () => {
    it('reads them in Copenhagen winter time (UTC+1)', () => {
      const c = parseCase(minimal({ receivedAt: '2026-01-15T10:00', updatedAt: '2026-03-29T01:59:59' }));
      expect(c.receivedAt).to.equal('2026-01-15T09:00:00.000Z');
      expect(c.updatedAt).to.equal('2026-03-29T00:59:59.000Z');
    });

    it('reads them in Copenhagen summer time (UTC+2)', () => {
      const c = parseCase(minimal({ receivedAt: '2026-07-01T10:00', updatedAt: '2026-03-29T03:00:00' }));
      expect(c.receivedAt).to.equal('2026-07-01T08:00:00.000Z');
      expect(c.updatedAt).to.equal('2026-03-29T01:00:00.000Z');
    });

    it('keeps dates with an offset at that offset', () => {
      const c = parseCase(minimal({ receivedAt: '2026-07-01T10:00:00-05:00' }));
      expect(c.receivedAt).to.equal('2026-07-01T15:00:00.000Z');
    });
  });

  describe('totality (property)', function () {
    // Full runs in Node (the mutation and core runs); a third in each browser engine, where a
    // thousand cases took over 20 s in WebKit on a loaded machine and blocked the page.
    const runs = (n: number) => (typeof window === 'undefined' ? n : Math.ceil(n / 3));
    this.timeout(60_000);
    const caseLikeValue = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        '2026-02-30',
        '2026-03-01',
        '2026-03-29T02:30',
        '2026-10-25T02:30:00+01:00',
        'P8W',
        'P',
        'PT',
        'done',
        'current',
        'citizen',
        'javascript:alert(1)',
        'https://kommune.dk',
        '__proto__',
        '',
        '   ',
      ),
    );
    const stepLike = fc.record(
      {
        id: caseLikeValue,
        title: caseLikeValue,
        description: caseLikeValue,
        state: caseLikeValue,
        expected: fc.oneof(caseLikeValue, fc.record({ date: caseLikeValue, earliest: caseLikeValue, latest: caseLikeValue, duration: caseLikeValue }, { requiredKeys: [] })),
        completedAt: caseLikeValue,
        owner: fc.oneof(caseLikeValue, fc.record({ department: caseLikeValue, name: caseLikeValue }, { requiredKeys: [] })),
        citizenAction: fc.oneof(caseLikeValue, fc.record({ text: caseLikeValue, dueDate: caseLikeValue, url: caseLikeValue }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    );
    const listOf = (item: fc.Arbitrary<unknown>) => fc.oneof(caseLikeValue, fc.array(fc.oneof(item, caseLikeValue), { maxLength: 5 }));
    const caseLike = fc.record(
      {
        id: caseLikeValue,
        reference: caseLikeValue,
        title: caseLikeValue,
        service: caseLikeValue,
        receivedAt: caseLikeValue,
        status: fc.oneof(caseLikeValue, fc.record({ code: caseLikeValue, label: caseLikeValue, description: caseLikeValue, since: caseLikeValue }, { requiredKeys: [] })),
        steps: listOf(stepLike),
        promise: fc.oneof(
          caseLikeValue,
          fc.record({ processingTime: caseLikeValue, plannedDate: caseLikeValue, legalDeadline: caseLikeValue, policyUrl: caseLikeValue }, { requiredKeys: [] }),
        ),
        delays: listOf(
          fc.record(
            { stepId: caseLikeValue, reason: caseLikeValue, previousDate: caseLikeValue, newDate: caseLikeValue, announcedAt: caseLikeValue, legalBasis: caseLikeValue },
            { requiredKeys: [] },
          ),
        ),
        suspensions: listOf(
          fc.record({ reason: caseLikeValue, from: caseLikeValue, until: caseLikeValue, waitingFor: caseLikeValue, citizenAction: caseLikeValue }, { requiredKeys: [] }),
        ),
        contact: fc.oneof(
          caseLikeValue,
          fc.record(
            { name: caseLikeValue, role: caseLikeValue, department: caseLikeValue, phone: caseLikeValue, email: caseLikeValue, url: caseLikeValue, hours: caseLikeValue },
            { requiredKeys: [] },
          ),
        ),
        handoffs: listOf(fc.record({ from: caseLikeValue, to: caseLikeValue, at: caseLikeValue, reason: caseLikeValue }, { requiredKeys: [] })),
        decision: fc.oneof(
          caseLikeValue,
          fc.record(
            {
              outcome: caseLikeValue,
              decidedAt: caseLikeValue,
              summary: caseLikeValue,
              documentUrl: caseLikeValue,
              appeal: fc.oneof(caseLikeValue, fc.record({ deadline: caseLikeValue, body: caseLikeValue, url: caseLikeValue, howTo: caseLikeValue }, { requiredKeys: [] })),
            },
            { requiredKeys: [] },
          ),
        ),
        updatedAt: caseLikeValue,
      },
      { requiredKeys: [] },
    );

    /** Parses, and checks it is a Case or a CaseDataError and that the input is untouched. */
    function check(input: unknown): void {
      const before = JSON.stringify(input);
      let out: Case | undefined;
      try {
        out = parseCase(input);
      } catch (e) {
        if (!(e instanceof CaseDataError)) throw e;
        if (!e.problems.length || !e.problems.every((p) => typeof p === 'string' && /^[^:]+: ./.test(p))) throw new Error(`bad problems ${JSON.stringify(e.problems)}`);
      }
      if (JSON.stringify(input) !== before) throw new Error('input was mutated');
      if (out) {
        if (typeof out.title !== 'string' || !out.title) throw new Error('no title');
        if (typeof out.status?.label !== 'string' || !out.status.label || typeof out.status.code !== 'string') throw new Error('no status');
        for (const k of ['steps', 'delays', 'suspensions', 'handoffs', 'warnings'] as const) if (!Array.isArray(out[k])) throw new Error(`${k} not a list`);
        if (!out.warnings.every((w) => typeof w === 'string' && /^[^:]+: ./.test(w))) throw new Error('bad warning');
        // Plain JSON, no undefined left behind: what a server could send again.
        if (JSON.stringify(JSON.parse(JSON.stringify(out))) !== JSON.stringify(out)) throw new Error('not plain JSON');
        const ids = out.steps.map((s) => s.id);
        if (new Set(ids).size !== ids.length) throw new Error('duplicate step ids');
        // Parsing the output again is stable.
        const again = parseCase(JSON.parse(JSON.stringify(out)));
        if (JSON.stringify({ ...again, warnings: [] }) !== JSON.stringify({ ...out, warnings: [] })) throw new Error('not idempotent');
      }
    }

    it('returns a Case or throws CaseDataError for any JSON value', () => {
      fc.assert(fc.property(fc.jsonValue(), (v) => check(v)), { numRuns: runs(500) });
    });

    it('returns a Case or throws CaseDataError for any case-like object', () => {
      fc.assert(
        fc.property(caseLike, (v) => check(v)),
        { numRuns: runs(1000) },
      );
    });

    it('never mutates a frozen case-like object', () => {
      fc.assert(
        fc.property(caseLike, (v) => {
          deepFreeze(v);
          check(v);
        }),
        { numRuns: runs(300) },
      );
    });
  });
});
