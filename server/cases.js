// The five sample cases and the simulated clock that moves them through their steps.
// Every date is relative to the moment the server started, so the demo always looks current.
// Texts are plain Danish, as a municipality would write them to a citizen.
import { EventEmitter } from 'node:events';

const DAY = 24 * 60 * 60 * 1000;
const TZ = 'Europe/Copenhagen';
/** The days the demo town hall closes besides the public holidays: every case says so (`closedDays`), so the elements count with them. */
const TOWN_HALL_CLOSED = ['12-24', '12-31'];
/** Fixed-date days the demo municipality is closed ('MM-DD'). */
const DEMO_CLOSED = new Set(['01-01', '06-05', '12-25', '12-26', ...TOWN_HALL_CLOSED]);
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Danish calendar day of an instant, 'YYYY-MM-DD': an instant's UTC date is the day before for an
 * hour or two after Danish midnight. The server's one such formatter (the demo's clock, the ZGW view).
 * @param {Date | number} instant
 */
export const danishDay = (instant) => ymd.format(instant);

/**
 * Date helpers bound to one starting instant.
 * @param {number} startedAt ms since epoch
 */
export function calendar(startedAt) {
  const [y, m, d] = danishDay(startedAt).split('-').map(Number);
  /**
   * Whether the day `k` days from the start is a working day. The demo skips weekends and the
   * fixed-date closing days (1 January, 5 June, 24–26 and 31 December); the library's own
   * calendar, with the Easter-based holidays, is src/core/workdays.ts.
   * @param {number} k
   */
  const working = (k) => {
    const date = new Date(Date.UTC(y, m - 1, d + k));
    return date.getUTCDay() % 6 !== 0 && !DEMO_CLOSED.has(date.toISOString().slice(5, 10));
  };
  /** An instant `n` days from the start at about `hour` o'clock Copenhagen time (UTC+1 is close enough for a demo). */
  const at = (/** @type {number} */ n, hour = 10, minute = 0) => new Date(Date.UTC(y, m - 1, d + n, hour - 1, minute)).toISOString();
  return {
    /**
     * The day `n` days from the start, as 'YYYY-MM-DD' (Copenhagen), moved on to a working day:
     * a municipality plans and sets deadlines on working days.
     */
    day: (/** @type {number} */ n) => {
      let k = n;
      while (!working(k)) k++;
      return new Date(Date.UTC(y, m - 1, d + k)).toISOString().slice(0, 10);
    },
    /** A citizen's own moment (an application sent on a Sunday evening): any day. */
    at,
    /**
     * A moment of the municipality's staff (a case registered, a letter, a decision): on day `n`
     * at about `hour` o'clock, moved back to the working day before when `n` is a weekend or
     * closing day, so it stays in the past. `after` is the day of the citizen's moment it follows
     * (the application): when moving back would reach that day, the first working day after it.
     */
    work: (/** @type {number} */ n, hour = 10, minute = 0, after = -Infinity) => {
      let k = n;
      while (!working(k)) k--;
      if (k <= after) for (k = after + 1; !working(k); k++);
      return at(k, hour, minute);
    },
  };
}

/**
 * @typedef {object} StageContext
 * @property {(n: number) => string} day
 * @property {(n: number, hour?: number, minute?: number) => string} at a citizen's moment
 * @property {(n: number, hour?: number, minute?: number, after?: number) => string} work a staff moment, on a working day
 * @property {(stage: number) => string} since the instant the case entered `stage`
 */

/**
 * @typedef {object} CaseScript
 * @property {string} id
 * @property {number} initial the stage the case is in when the server starts
 * @property {boolean} [fixed] the clock's tick leaves it where it is (advance(id) still moves it), so the demo always has a case that waits and one that is late
 * @property {number} [tickUntil] the last stage the clock's tick moves it to (advance(id) still moves it on to its decision), so the demo always has a case in progress
 * @property {number} stages how many stages there are (the last one is final: the decision, every step done)
 * @property {Record<number, (ctx: StageContext) => string>} history instants of the stages before `initial`
 * @property {(ctx: StageContext) => string} [updated] when the case last changed at `initial`, when that was after its stage began (a task or a delay added later); else the stage's own instant
 * @property {(stage: number, ctx: StageContext) => Record<string, unknown>} build the klar JSON at a stage
 * @property {{ address: string, zipcode: string, lat: number, long: number, serviceCode: string }} place used by the Open311 and ZGW views
 */

/**
 * Marks steps done, current or upcoming for a stage: steps before `current` are done (completed
 * at the instant the next stage began), `current` is current, the rest upcoming. The scripts
 * give the first step, "Vi har modtaget din ansøgning", the moment the case was received
 * (`receivedAt`, stage 0): it said the next working day, one or two days after the day the
 * processing time counts from, and the ZGW view of the same case said the received day.
 * @param {Array<Record<string, unknown>>} steps
 * @param {number} current index of the current step; steps.length means all done
 * @param {(i: number) => string} doneAt when step i was completed
 */
function withStates(steps, current, doneAt) {
  return steps.map((s, i) => {
    if (i < current) return { ...s, state: 'done', completedAt: doneAt(i) };
    if (i === current) return { ...s, state: 'current' };
    return { ...s, state: 'upcoming' };
  });
}

/** @type {CaseScript[]} */
export const SCRIPTS = [
  {
    id: 'byg-2417',
    initial: 1,
    stages: 5,
    place: { address: 'Skovvej 12, 9990 Klarby', zipcode: '9990', lat: 56.1572, long: 10.2107, serviceCode: 'BYG-ENF' },
    history: { 0: (c) => c.at(-18, 9, 12), 1: (c) => c.work(-16, 13, 40, -18) },
    // The caseworker asked for the drawing after the review began.
    updated: (c) => c.work(-2, 15, 5),
    build(stage, c) {
      const byg = { department: 'Byggesag', name: 'Mette Holm' };
      const steps = [
        { id: 'modtaget', title: 'Vi har modtaget din ansøgning', owner: byg },
        {
          id: 'gennemgang',
          title: 'Vi gennemgår din ansøgning',
          description: 'Vi tjekker, at tegninger og oplysninger er på plads, og at byggeriet følger lokalplanen.',
          expected: { earliest: c.day(3), latest: c.day(10) },
          owner: byg,
          ...(stage <= 1
            ? {
                citizenAction: {
                  text: 'Send en tegning af facaden mod vejen. Upload den på Byg og Miljø under din ansøgning.',
                  dueDate: c.day(7),
                  url: 'https://www.bygogmiljoe.dk/',
                },
              }
            : {}),
        },
        {
          id: 'naboer',
          title: 'Dine naboer får besked',
          description: 'Naboerne har 14 dage til at sige deres mening om projektet.',
          expected: 'P2W',
          owner: byg,
        },
        { id: 'afgoerelse', title: 'Vi træffer afgørelse', expected: c.day(35), owner: byg },
      ];
      const statuses = [
        { code: 'modtaget', label: 'Modtaget', description: 'Vi har fået din ansøgning og går snart i gang.' },
        // No description: "Vi mangler en tegning fra dig" said the task the status's task box says.
        { code: 'under-behandling', label: 'Under behandling' },
        { code: 'naboorientering', label: 'Naboerne får besked', description: 'Vi har sendt projektet til dine naboer. Du skal ikke gøre noget.' },
        { code: 'afgoerelse', label: 'Vi træffer afgørelse', description: 'Vi har alle oplysninger og er ved at skrive afgørelsen.' },
        { code: 'afgjort', label: 'Afgjort', description: 'Du har fået byggetilladelse.' },
      ];
      return {
        id: 'byg-2417',
        reference: 'BYG-2026-2417',
        title: 'Byggetilladelse: tilbygning til enfamiliehus, Skovvej 12',
        service: 'Byggetilladelse',
        receivedAt: c.since(0),
        status: { ...statuses[stage], since: c.since(stage) },
        steps: withStates(steps, stage, (i) => c.since(i ? i + 1 : 0)),
        promise: { processingTime: 'P8W', plannedDate: c.day(35), policyUrl: 'https://www.klarby.example/servicemaal' },
        delays: [],
        suspensions: [],
        contact: {
          name: 'Mette Holm',
          role: 'Byggesagsbehandler',
          department: 'Byggesag',
          phone: '+45 99 10 20 30',
          email: 'byggesag@klarby.example',
          url: 'https://www.klarby.example/byggesag',
          hours: 'Mandag til torsdag kl. 9-15, fredag kl. 9-12',
        },
        handoffs: [],
        ...(stage >= 4
          ? {
              decision: {
                outcome: 'Du har fået byggetilladelse',
                kind: 'granted',
                decidedAt: c.since(4),
                summary: 'Du må bygge tilbygningen som vist på tegningerne. Husk at give os besked, når du går i gang, og når du er færdig.',
                appeal: {
                  deadline: c.day(28),
                  body: 'Planklagenævnet',
                  url: 'https://naevneneshus.dk/start-din-klage/planklagenaevnet/',
                  howTo: 'Klag via Klageportalen på naevneneshus.dk. Klagen kommer først til os, og vi sender den videre til nævnet. Det koster et gebyr at klage.',
                },
              },
            }
          : {}),
      };
    },
  },
  {
    id: 'bol-0893',
    initial: 1,
    fixed: true,
    stages: 5,
    place: { address: 'Åboulevarden 41, 2. tv., 9990 Klarby', zipcode: '9990', lat: 56.1559, long: 10.2039, serviceCode: 'BOL-STOTTE' },
    history: { 0: (c) => c.at(-9, 8, 55), 1: (c) => c.work(-4, 11, 20, -9) },
    build(stage, c) {
      const owner = { department: 'Ydelsesservice' };
      const steps = [
        { id: 'modtaget', title: 'Vi har modtaget din ansøgning', owner },
        // No description: while the case waits, the status's notice says what we miss (the wait's
        // reason) and the task what to send; a third sentence about the lease only said it again.
        // A name true while it waits and once done: "Vi mangler oplysninger fra dig · Færdig" read as
        // something still missing (demo review, stop 55).
        { id: 'oplysninger', title: 'Oplysninger fra dig', owner },
        { id: 'beregning', title: 'Vi regner din boligstøtte ud', expected: 'P1W', owner },
        // The answer is the planned decision: the step and the lead answer say the same (23 days after the wait).
        // What happens while the step runs: "Du får svar i Digital Post · I gang" beside the status's
        // "Vi træffer afgørelse" sent citizens to look for a letter not yet written (demo review, stop 55);
        // the status says where it comes when the step is reached.
        { id: 'afgoerelse', title: 'Vi træffer afgørelse', expected: c.day(19), owner },
      ];
      const statuses = [
        { code: 'modtaget', label: 'Modtaget', description: 'Vi har fået din ansøgning.' },
        // No description: the status's waiting notice says the pause and what it waits for (the suspension's reason).
        { code: 'afventer-borger', label: 'Venter på dig' },
        { code: 'under-behandling', label: 'Under behandling', description: 'Tak for lejekontrakten. Vi regner nu din boligstøtte ud.' },
        // No time of its own ("inden for få dage" stood beside an answer 4 weeks away): the page
        // says when, from the planned decision.
        { code: 'afgoerelse', label: 'Vi træffer afgørelse', description: 'Vi har regnet din boligstøtte ud og skriver nu afgørelsen. Du får den i Digital Post.' },
        { code: 'afgjort', label: 'Afgjort', description: 'Du får boligstøtte fra næste måned.' },
      ];
      const waiting = {
        reason: 'Vi mangler din lejekontrakt, før vi kan regne din boligstøtte ud.',
        from: c.since(1),
        waitingFor: 'citizen',
        citizenAction: {
          text: 'Send en kopi af din lejekontrakt. Du kan tage et billede af den og sende det fra borger.dk.',
          dueDate: c.day(10),
          url: 'https://www.borger.dk/',
        },
      };
      return {
        id: 'bol-0893',
        reference: 'BOL-2026-0893',
        title: 'Ansøgning om boligstøtte',
        service: 'Boligstøtte',
        receivedAt: c.since(0),
        status: { ...statuses[stage], since: c.since(stage) },
        steps: withStates(steps, stage, (i) => c.since(i ? i + 1 : 0)),
        promise: { processingTime: 'P4W', plannedDate: c.day(19), legalDeadline: c.day(40) },
        delays: [],
        suspensions: stage === 1 ? [waiting] : stage > 1 ? [{ ...waiting, until: c.since(2), citizenAction: undefined }] : [],
        contact: {
          role: 'Ydelsesrådgiver',
          department: 'Ydelsesservice',
          phone: '+45 99 10 20 40',
          email: 'ydelser@klarby.example',
          hours: 'Hverdage kl. 10-14',
        },
        handoffs: [],
        ...(stage >= 4
          ? {
              decision: {
                outcome: 'Du får boligstøtte',
                kind: 'granted',
                decidedAt: c.since(4),
                summary: 'Du får 1.850 kr. om måneden. Pengene kommer på din NemKonto den første hverdag i måneden.',
                appeal: {
                  deadline: c.day(28),
                  body: 'Ankestyrelsen',
                  url: 'https://ast.dk/klage',
                  howTo: 'Send klagen til os. Vi ser på sagen igen, og er vi stadig uenige med dig, sender vi den videre til Ankestyrelsen.',
                },
              },
            }
          : {}),
      };
    },
  },
  {
    id: 'par-5521',
    initial: 1,
    fixed: true,
    stages: 3,
    place: { address: 'Nørregade 8, 9990 Klarby', zipcode: '9990', lat: 56.1594, long: 10.2089, serviceCode: 'PARK-BEBO' },
    history: { 0: (c) => c.at(-12, 19, 5), 1: (c) => c.work(-11, 9, 30, -12) },
    // The last change: the delay, told the day before the promised date.
    updated: (c) => c.work(-3, 14, 0),
    build(stage, c) {
      const told = c.work(-3, 14, 0);
      const owner = { department: 'Parkering' };
      const steps = [
        { id: 'modtaget', title: 'Vi har modtaget din ansøgning', owner },
        {
          id: 'behandling',
          title: 'Vi behandler din ansøgning',
          description: 'Vi tjekker, at du bor i zonen, og at bilen er registreret på dig.',
          expected: c.day(-2),
          owner,
        },
        // Comes after the answer: the permit is active the day after it, and its day is never the answer's.
        { id: 'tilladelse', title: 'Din digitale tilladelse bliver aktiv', expected: 'P1D', owner, afterAnswer: true },
      ];
      const statuses = [
        { code: 'modtaget', label: 'Modtaget' },
        // No "see the new date below": the status outlives the new date, which may pass too (15 December).
        { code: 'forsinket', label: 'Forsinket', description: 'Det tager længere tid end lovet. Vi beklager.' },
        // "Din tilladelse er klar" said "Godkendt" again, above the outcome that says the permit.
        { code: 'godkendt', label: 'Godkendt', description: 'Du skal ikke have noget i forruden.' },
      ];
      return {
        id: 'par-5521',
        reference: 'PAR-2026-5521',
        title: 'Beboerparkering, zone B',
        service: 'Parkeringstilladelse',
        receivedAt: c.since(0),
        // "Forsinket" since the moment the citizen was told, not since the case was received.
        status: { ...statuses[stage], since: stage === 1 ? told : c.since(stage) },
        // The decision makes the permit active: at stage 2 every step is done, the last with it.
        steps: withStates(steps, stage === 2 ? steps.length : stage, (i) => c.since(i ? Math.min(i + 1, stage) : 0)),
        // The plan moved with the step's delay, as the ZGW view's einddatumGepland says: a step's delay
        // alone says when that step ends, never when the answer comes (core/schedule.ts lead).
        promise: { processingTime: 'P10D', plannedDate: c.day(9) },
        delays: [
          {
            stepId: 'behandling',
            reason: 'Vi har fået mange flere ansøgninger end ventet, efter at zone B blev gjort større. Vi har sat flere medarbejdere på.',
            previousDate: c.day(-2),
            newDate: c.day(9),
            announcedAt: told,
          },
        ],
        suspensions: [],
        contact: { department: 'Parkering', phone: '+45 99 10 20 50', email: 'parkering@klarby.example', hours: 'Hverdage kl. 9-15' },
        handoffs: [],
        ...(stage >= 2
          ? { decision: { outcome: 'Du har fået en beboerparkeringstilladelse', kind: 'granted', decidedAt: c.since(2), summary: 'Tilladelsen gælder i zone B i et år.' } }
          : {}),
      };
    },
  },
  {
    id: 'nat-0316',
    initial: 2,
    // The tick stops it while Natur og Miljø writes the decision, so the demo always has a case
    // in progress once byg-2417 is decided; advance(id) moves it on to the decision.
    tickUntil: 3,
    stages: 5,
    place: { address: 'Engvej 4, 9990 Klarby', zipcode: '9990', lat: 56.1391, long: 10.1713, serviceCode: 'NAT-DISP' },
    history: { 0: (c) => c.at(-15, 10, 2), 1: (c) => c.work(-13, 9, 0, -15), 2: (c) => c.work(-2, 10, 15) },
    build(stage, c) {
      const byg = { department: 'Byggesag' };
      const nat = { department: 'Natur og Miljø', name: 'Jonas Bak' };
      const steps = [
        { id: 'modtaget', title: 'Vi har modtaget din ansøgning', owner: byg },
        { id: 'byggesag', title: 'Byggesag ser på projektet', owner: byg },
        {
          id: 'natur',
          title: 'Natur og Miljø vurderer, om mosen tager skade',
          description: 'Vi besøger grunden og ser på, hvordan drænet påvirker vandet i mosen.',
          expected: { earliest: c.day(5), latest: c.day(12) },
          owner: nat,
        },
        // The answer on the planned date, one date for it on the page: a week's norm from when
        // Natur og Miljø is done said 10 December beside the plan's 22 December.
        { id: 'afgoerelse', title: 'Vi træffer afgørelse', expected: c.day(19), owner: nat },
      ];
      const statuses = [
        { code: 'modtaget', label: 'Modtaget' },
        { code: 'under-behandling', label: 'Under behandling' },
        // No description: the status's handoff notice says the move, the contact card who has the case now.
        { code: 'overdraget', label: 'Sendt videre til Natur og Miljø' },
        { code: 'afgoerelse', label: 'Vi træffer afgørelse', description: 'Natur og Miljø skriver nu afgørelsen.' },
        // The decision says what the citizen may do (its summary): the status does not say it again.
        // No description: "Du har fået svar på din ansøgning" between "Afgjort" and the outcome said it a third time.
        { code: 'afgjort', label: 'Afgjort' },
      ];
      return {
        id: 'nat-0316',
        reference: 'BYG-2026-0316',
        title: 'Terrænregulering og dræn, Engvej 4',
        service: 'Dispensation efter naturbeskyttelsesloven',
        receivedAt: c.since(0),
        status: { ...statuses[stage], since: c.since(stage) },
        steps: withStates(steps, stage, (i) => c.since(i ? i + 1 : 0)),
        promise: { processingTime: 'P8W', plannedDate: c.day(19) },
        delays: [],
        suspensions: [],
        contact: {
          name: 'Jonas Bak',
          role: 'Biolog',
          department: 'Natur og Miljø',
          phone: '+45 99 10 20 60',
          email: 'natur@klarby.example',
          hours: 'Hverdage kl. 9-14',
        },
        handoffs: [
          {
            from: 'Byggesag',
            to: 'Natur og Miljø',
            at: c.since(2),
            reason: 'Grunden grænser op til en beskyttet mose. Derfor skal Natur og Miljø vurdere, om du må lave drænet.',
          },
        ],
        ...(stage >= 4
          ? {
              decision: {
                outcome: 'Du har fået dispensation',
                kind: 'granted',
                decidedAt: c.since(4),
                summary: 'Du må lave drænet, hvis vandet ledes væk fra mosen som beskrevet i vilkårene.',
                appeal: {
                  deadline: c.day(28),
                  body: 'Miljø- og Fødevareklagenævnet',
                  url: 'https://naevneneshus.dk/start-din-klage/miljoe-og-foedevareklagenaevnet/',
                  howTo: 'Klag via Klageportalen på naevneneshus.dk. Det koster et gebyr at klage.',
                },
              },
            }
          : {}),
      };
    },
  },
  {
    id: 'afg-1188',
    initial: 0,
    stages: 1,
    place: { address: 'Bakkevej 3, 9990 Klarby', zipcode: '9990', lat: 56.1703, long: 10.1889, serviceCode: 'PLAN-DISP' },
    history: { 0: (c) => c.work(-6, 12, 0) },
    build(_stage, c) {
      const owner = { department: 'Plan og Byg' };
      const decided = c.since(0);
      return {
        id: 'afg-1188',
        reference: 'PLAN-2026-1188',
        title: 'Dispensation fra lokalplan: carport, Bakkevej 3',
        service: 'Dispensation fra lokalplan',
        receivedAt: c.at(-41, 15, 30),
        status: { code: 'afgjort', label: 'Afgjort', since: decided },
        steps: [
          { id: 'modtaget', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: c.at(-41, 15, 30), owner },
          { id: 'naboer', title: 'Dine naboer fik besked', state: 'done', completedAt: c.work(-20, 12, 0), owner },
          { id: 'afgoerelse', title: 'Vi har truffet afgørelse', state: 'done', completedAt: decided, owner },
        ],
        promise: { processingTime: 'P8W', plannedDate: c.day(-5) },
        delays: [],
        suspensions: [],
        contact: { department: 'Plan og Byg', phone: '+45 99 10 20 70', email: 'planogbyg@klarby.example', hours: 'Hverdage kl. 9-15' },
        handoffs: [],
        decision: {
          outcome: 'Afslag',
          kind: 'refused',
          decidedAt: decided,
          summary:
            'Du kan ikke få lov at bygge carporten 1 meter fra skel. Lokalplanen kræver mindst 2,5 meter, og en af dine naboer er imod. Du må gerne bygge den, hvis den flyttes længere ind på grunden.',
          appeal: {
            deadline: c.day(22),
            body: 'Planklagenævnet',
            url: 'https://naevneneshus.dk/start-din-klage/planklagenaevnet/',
            howTo: 'Klag via Klageportalen på naevneneshus.dk inden fristen. Klagen kommer først til os, og vi sender den videre til nævnet. Det koster et gebyr at klage, og du får det tilbage, hvis du får medhold.',
          },
        },
      };
    },
  },
];

/**
 * Holds the state of every sample case and moves them on. Emits `change` with (id, case)
 * whenever a case changes. Each tick advances the next unfinished case that is not `fixed`
 * (round robin), up to its `tickUntil`; when every such case is finished, the demo starts over,
 * once nobody is reading (`watched`): an open page never sees a granted permit taken back.
 * The fixed ones (the case waiting for the citizen and the delayed one) stay put, and the
 * handed-over one stops before its decision, so whenever the demo is opened one case waits, one
 * is late and one is in progress. advance(id) moves any case on to its decision.
 */
export class CaseClock extends EventEmitter {
  /**
   * @param {{ startedAt?: number, tickSeconds?: number, now?: () => number, watched?: () => boolean }} [opts]
   *   `watched`: whether a page is reading the cases now (the server: an open event stream, or a
   *   recent request); while it is, a finished demo stays finished instead of starting over.
   */
  constructor(opts = {}) {
    super();
    this.setMaxListeners(0);
    this.now = opts.now ?? Date.now;
    this.startedAt = opts.startedAt ?? this.now();
    this.tickSeconds = opts.tickSeconds ?? 45;
    this.watched = opts.watched ?? (() => false);
    /** @type {Map<string, { script: CaseScript, stage: number, changes: Record<number, string>, updatedAt: string, version: number, doc: Record<string, unknown> | null }>} */
    this.state = new Map();
    this.cursor = 0;
    /** @type {NodeJS.Timeout | undefined} */
    this.timer = undefined;
    this.cal = calendar(this.startedAt);
    this.reset(false);
  }

  /**
   * Puts every case back to where it starts, with the "last changed" of its start (the page then
   * says what a fresh demo says). A case still at its start is left as it is: nothing about it
   * changed, so its "last changed" does not either (a decided case said it changed today).
   */
  reset(emit = true) {
    for (const script of SCRIPTS) {
      const prev = this.state.get(script.id);
      if (prev && prev.stage === script.initial && !Object.keys(prev.changes).length) continue;
      this.state.set(script.id, {
        script,
        stage: script.initial,
        changes: {},
        updatedAt: (script.updated ?? script.history[script.initial])(this.contextFor(script, {})),
        version: (prev?.version ?? 0) + 1,
        doc: null,
      });
      if (emit) this.emit('change', script.id, this.get(script.id));
    }
    this.cursor = 0;
  }

  /**
   * @param {CaseScript} script
   * @param {Record<number, string>} changes
   * @returns {StageContext}
   */
  contextFor(script, changes) {
    return {
      ...this.cal,
      since: (stage) => changes[stage] ?? script.history[stage]?.({ ...this.cal, since: () => '' }) ?? new Date(this.startedAt).toISOString(),
    };
  }

  /** Returns the ids of every case. */
  ids() {
    return SCRIPTS.map((s) => s.id);
  }

  /**
   * Returns the klar JSON of a case, or undefined.
   * @param {string} id
   */
  get(id) {
    const st = this.state.get(id);
    if (!st) return undefined;
    if (!st.doc) st.doc = { ...st.script.build(st.stage, this.contextFor(st.script, st.changes)), closedDays: TOWN_HALL_CLOSED, updatedAt: st.updatedAt };
    return st.doc;
  }

  /**
   * Returns what the server knows about a case beyond klar JSON (address, version).
   * @param {string} id
   */
  meta(id) {
    const st = this.state.get(id);
    if (!st) return undefined;
    return { place: st.script.place, version: st.version, stage: st.stage, stages: st.script.stages, startedAt: this.startedAt };
  }

  /** Returns every case. */
  list() {
    return this.ids().map((id) => /** @type {Record<string, unknown>} */ (this.get(id)));
  }

  /**
   * Moves one case to its next stage. Without an id, the next unfinished case in turn (never a
   * `fixed` one, nor one past its `tickUntil`); when all are finished, everything starts over unless a page is reading (`watched`). Returns the id of the case that changed, or
   * undefined when the named case is already finished.
   * @param {string} [id]
   * @returns {string | undefined}
   */
  advance(id) {
    if (id === undefined) {
      const ids = this.ids();
      for (let k = 0; k < ids.length; k++) {
        const candidate = ids[(this.cursor + k) % ids.length];
        const st = this.state.get(candidate);
        if (st && !st.script.fixed && st.stage < (st.script.tickUntil ?? st.script.stages - 1)) {
          this.cursor = (ids.indexOf(candidate) + 1) % ids.length;
          return this.advance(candidate);
        }
      }
      if (!this.watched()) this.reset();
      return undefined;
    }
    const st = this.state.get(id);
    if (!st || st.stage >= st.script.stages - 1) return undefined;
    st.stage += 1;
    // Each change a moment of its own: two advances in one millisecond gave the second the first's
    // updatedAt, and a list that had read the first kept it (newer by updatedAt only).
    const nowIso = new Date(Math.max(this.now(), Date.parse(st.updatedAt) + 1 || 0)).toISOString();
    st.changes[st.stage] = nowIso;
    st.updatedAt = nowIso;
    st.version += 1;
    st.doc = null;
    this.emit('change', id, this.get(id));
    return id;
  }

  /** Starts ticking every `tickSeconds` (0 or less: never). */
  start() {
    this.stop();
    if (!(this.tickSeconds > 0)) return;
    this.timer = setInterval(() => this.advance(), this.tickSeconds * 1000);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
