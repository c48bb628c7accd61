/**
 * The Case: what klar-elements knows about one citizen's case. Every component reads this
 * shape; adapters turn other formats (Open311, ZGW) into it; parseCase makes it from JSON.
 *
 * Dates are strings: 'YYYY-MM-DD' for a calendar day, a UTC ISO string for an instant
 * (see core/dates.ts). Durations are ISO 8601 ('P8W'). Every string is plain text.
 */

/** The states a step can be in, in the order a designer usually meets them. */
export const STEP_STATES = ['done', 'current', 'upcoming', 'skipped', 'blocked'] as const;
export type StepState = (typeof STEP_STATES)[number];

/**
 * Who a suspension waits for. 'unknown' when the source does not say (ZGW's opschorting):
 * then never tell the citizen they need not act.
 */
export const WAITING_FOR = ['citizen', 'other', 'unknown'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

/**
 * When a step is expected: one day or instant, a window, or a duration after the previous step.
 * A duration in working days (case JSON `{ "workingDays": 10 }`) is `{ kind: 'duration',
 * duration: 'P10D', workingDays: true }`: count only Danish working days (core/workdays.ts).
 */
export type Expected =
  | { kind: 'date'; date: string }
  | { kind: 'window'; earliest: string; latest: string }
  | { kind: 'duration'; duration: string; workingDays?: boolean };

/** The kinds of outcome a decision can have; each has its own words, icon and colour. */
export const OUTCOME_KINDS = ['granted', 'partly-granted', 'refused', 'dismissed', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Something the citizen must do. */
export interface CitizenAction {
  text: string;
  dueDate?: string;
  url?: string;
}

export interface Owner {
  department: string;
  name?: string;
}

export interface Step {
  id: string;
  title: string;
  description?: string;
  state: StepState;
  expected?: Expected;
  completedAt?: string;
  owner?: Owner;
  citizenAction?: CitizenAction;
  /**
   * The step comes after the answer (the letter that brings it, a payment): its date is its own,
   * never the answer's. The answer's own step is the last step without it, so its date and the
   * answer's are one date.
   */
  afterAnswer?: boolean;
}

export interface CaseStatus {
  code: string;
  label: string;
  description?: string;
  since?: string;
}

/**
 * The three dates of a promise, never to be merged: the published processing time
 * ("sagsbehandlingsfrist"), the date the municipality plans to decide, and the latest
 * date the law allows.
 */
export interface CasePromise {
  processingTime?: string;
  /** True when `processingTime` ('P10D') counts working days (case JSON `{ "workingDays": 10 }`). */
  processingTimeWorkingDays?: boolean;
  plannedDate?: string;
  legalDeadline?: string;
  policyUrl?: string;
}

export interface Delay {
  stepId?: string;
  reason: string;
  previousDate?: string;
  newDate: string;
  announcedAt?: string;
  legalBasis?: string;
}

export interface Suspension {
  /** Why the case waits. Left out only for a wait whose source says neither why nor for whom (`waitingFor: 'unknown'`, a ZGW opschorting without `reden`): the elements then say that it waits, and since when. */
  reason?: string;
  from: string;
  until?: string;
  waitingFor: WaitingFor;
  /** What the citizen must send or do to end the wait, when they are the one awaited. */
  citizenAction?: CitizenAction;
}

export interface Contact {
  name?: string;
  role?: string;
  /** The unit the citizen reaches. Left out when the contact names a person or a way to reach them instead (a ZGW behandelaar without an organisational unit). */
  department?: string;
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
}

export interface Handoff {
  from: string;
  to: string;
  at: string;
  reason?: string;
}

export interface Appeal {
  deadline: string;
  body: string;
  url?: string;
  howTo?: string;
}

export interface Decision {
  outcome: string;
  /**
   * What the outcome means for the citizen. parseCase always sets it: the data's own `kind`,
   * else read conservatively from the outcome words ("Afslag" is refused), else 'other'.
   */
  kind?: OutcomeKind;
  decidedAt: string;
  summary?: string;
  documentUrl?: string;
  appeal?: Appeal;
}

export interface Case {
  id: string;
  reference?: string;
  title: string;
  /**
   * What the case ends in: `decision` (an administrative decision; the default) or `done` (work
   * done, as for a service request: a repaired street is not a decision). Elements choose their
   * words by it ("færdig", not "afgørelse"). The Open311 adapter sets `done`.
   */
  endsIn?: 'decision' | 'done';
  /** The language of the case's texts (BCP 47, e.g. 'da'); parseCase defaults it to 'da'. */
  lang?: string;
  service?: string;
  /** When the municipality received the case: the start of the processing-time clock. */
  receivedAt?: string;
  status: CaseStatus;
  steps: Step[];
  promise?: CasePromise;
  delays: Delay[];
  suspensions: Suspension[];
  contact?: Contact;
  handoffs: Handoff[];
  decision?: Decision;
  /**
   * Days the authority is closed besides the Danish public holidays, which every date already
   * skips: 'MM-DD' every year (24 and 31 December in many town halls) or 'YYYY-MM-DD' once. A date
   * counted in days or working days that lands on one moves to the next working day.
   */
  closedDays?: string[];
  updatedAt?: string;
  /** Recoverable problems met while parsing, each "json.path: what was wrong". */
  warnings: string[];
}
