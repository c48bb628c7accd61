import type { Case, Delay, Step, Suspension } from './case-model.js';
import { DEFAULT_TIME_ZONE, addDuration, isDateOnly, parseDuration, toInstant } from './dates.js';

/** An effective expected time: a day, an instant or a window, after delays and waiting. */
export interface When {
  earliest: Date;
  latest: Date;
  /** True when the source dates were whole days (show no clock time). */
  dateOnly: boolean;
}

export interface StepSchedule {
  step: Step;
  index: number;
  /** When the step is expected now: the plan, moved by an announced delay and by waiting. */
  expected?: When;
  /** The plan before delays and waiting, when that differs from `expected`. */
  planned?: When;
  /** The latest announced delay that touches this step. */
  delay?: Delay;
  /** How much waiting (suspensions) moved this step, in ms. */
  pausedMs: number;
  /** Expected time passed (the delayed date, when a delay was announced), step not done, case not waiting: we must say we are late. */
  overdue: boolean;
}

export interface PromiseSchedule {
  /** The date the published processing time gives for this case (received + processing time + waiting). */
  promisedDate?: When;
  processingTime?: string;
  plannedDate?: string;
  legalDeadline?: string;
  policyUrl?: string;
  /** A delay that is not tied to a step moves the planned decision. */
  caseDelay?: Delay;
  /** How much waiting moved the promised date, in ms. */
  pausedMs?: number;
  /** The planned decision now: `plannedDate`, or the case delay's new date, moved by waiting. */
  planned?: When;
  /** How much waiting moved the planned decision, in ms. */
  plannedPausedMs?: number;
}

export interface CaseSchedule {
  steps: StepSchedule[];
  current?: StepSchedule;
  next?: StepSchedule;
  promise?: PromiseSchedule;
  /** The suspension still open at `now`, if any: the clock is paused. */
  openSuspension?: Suspension;
  /** When the case was received: `receivedAt`, else the first step done. */
  receivedAt?: string;
}

const DAY = 86_400_000;

function whenOf(a: string, b: string | undefined, tz: string): When {
  return {
    earliest: toInstant(a, tz),
    latest: b ? (isDateOnly(b) ? toInstant(b, tz) : new Date(b)) : toInstant(a, tz),
    dateOnly: isDateOnly(a) && (!b || isDateOnly(b)),
  };
}

function shift(w: When, ms: number, tz: string): When {
  if (!ms) return w;
  if (w.dateOnly) {
    // Move whole days so a date stays a date.
    const days = Math.round(ms / DAY);
    return { earliest: addDuration(w.earliest, { days }, tz), latest: addDuration(w.latest, { days }, tz), dateOnly: true };
  }
  return { earliest: new Date(w.earliest.getTime() + ms), latest: new Date(w.latest.getTime() + ms), dateOnly: false };
}

/** The end of a `When`: the end of its last day, or its instant. */
export function whenEnd(w: When, tz = DEFAULT_TIME_ZONE): Date {
  return w.dateOnly ? addDuration(w.latest, { days: 1 }, tz) : w.latest;
}

/** Milliseconds of waiting that started before `before` (open suspensions run until `now`). */
function pausedBefore(suspensions: Suspension[], before: Date, now: Date, tz: string, after?: Date): number {
  let total = 0;
  for (const s of suspensions) {
    const from = toInstant(s.from, tz);
    if (from >= before) continue;
    if (after && from < after) continue;
    const until = s.until ? toInstant(s.until, tz) : now;
    total += Math.max(0, Math.min(until.getTime(), Math.max(now.getTime(), from.getTime())) - from.getTime());
  }
  return total;
}

/**
 * Works out, for `now`, when each step is expected, which are delayed or overdue, the
 * current and next step, and the three promise dates. Pure: the same case and `now`
 * always give the same answer, so components, tests and server rendering agree.
 */
export function scheduleCase(c: Case, now: Date = new Date(), tz = DEFAULT_TIME_ZONE): CaseSchedule {
  const openSuspension = c.suspensions.find(
    (s) => toInstant(s.from, tz) <= now && (!s.until || toInstant(s.until, tz) > now),
  );
  const receivedAt = c.receivedAt ?? c.steps.find((s) => s.state === 'done' && s.completedAt)?.completedAt;

  const steps: StepSchedule[] = [];
  let anchor: Date | undefined = receivedAt ? toInstant(receivedAt, tz) : undefined;
  let anchorDateOnly = receivedAt ? isDateOnly(receivedAt) : true;
  // How much waiting already moved the anchor (when it is a step's expected date, not a real one).
  let anchorPausedMs = 0;
  c.steps.forEach((step, index) => {
    let planned: When | undefined;
    const e = step.expected;
    if (e?.kind === 'date') planned = whenOf(e.date, undefined, tz);
    else if (e?.kind === 'window') planned = whenOf(e.earliest, e.latest, tz);
    else if (e?.kind === 'duration' && anchor) {
      const d = parseDuration(e.duration);
      if (d) {
        const at = addDuration(anchor, d, tz);
        // A duration too long for any date ('P99999999999Y') gives no expected time.
        if (!Number.isNaN(at.getTime())) planned = { earliest: at, latest: at, dateOnly: anchorDateOnly };
      }
    }
    const finished = step.state === 'done' || step.state === 'skipped';
    const delays = c.delays.filter((d) => d.stepId === step.id);
    const delay = delays.length
      ? delays.reduce((a, b) => ((a.announcedAt ?? '') >= (b.announcedAt ?? '') ? a : b))
      : undefined;
    let expected = planned;
    let pausedMs = 0;
    if (!finished) {
      if (delay) expected = whenOf(delay.newDate, undefined, tz);
      if (expected && (delay || e?.kind !== 'duration')) {
        // Waiting pauses the clock: dates not yet reached move by the time waited.
        // For a delayed step only waiting after the delay was announced counts.
        const after = delay?.announcedAt ? toInstant(delay.announcedAt, tz) : undefined;
        pausedMs = pausedBefore(c.suspensions, whenEnd(expected, tz), now, tz, after);
        expected = shift(expected, pausedMs, tz);
      } else if (expected && anchor) {
        // A duration counts from its anchor. Waiting before the anchor is already in it (when
        // the anchor is the step before's expected date) or did not hold this step up; waiting
        // after it pauses this step's clock, as it does the promised date.
        const own = pausedBefore(c.suspensions, whenEnd(expected, tz), now, tz, anchor);
        expected = shift(expected, own, tz);
        pausedMs = anchorPausedMs + own;
      }
    }
    // A delay excuses lateness only until its new date: once that has passed too, we are late again.
    const overdue = !finished && !!expected && whenEnd(expected, tz) <= now && !openSuspension;
    const s: StepSchedule = { step, index, expected, pausedMs, overdue };
    if (delay) s.delay = delay;
    if (planned && expected && (planned.earliest.getTime() !== expected.earliest.getTime() || planned.latest.getTime() !== expected.latest.getTime())) {
      s.planned = planned;
    }
    steps.push(s);
    // The next duration counts from when this step was done, or is now expected to be done.
    if (step.completedAt) {
      anchor = toInstant(step.completedAt, tz);
      anchorDateOnly = isDateOnly(step.completedAt);
      anchorPausedMs = 0;
    } else if (expected) {
      anchor = expected.latest;
      anchorDateOnly = expected.dateOnly;
      anchorPausedMs = pausedMs;
    }
  });

  const current = steps.find((s) => s.step.state === 'current' || s.step.state === 'blocked') ??
    steps.find((s) => s.step.state === 'upcoming');
  const next = current ? steps.slice(current.index + 1).find((s) => s.step.state === 'upcoming') : undefined;

  let promise: PromiseSchedule | undefined;
  const decided = !!c.decision;
  if (c.promise) {
    const p = c.promise;
    promise = {};
    if (p.processingTime) promise.processingTime = p.processingTime;
    if (p.plannedDate) promise.plannedDate = p.plannedDate;
    if (p.legalDeadline) promise.legalDeadline = p.legalDeadline;
    if (p.policyUrl) promise.policyUrl = p.policyUrl;
    const caseDelay = c.delays.filter((d) => !d.stepId).sort((a, b) => ((a.announcedAt ?? '') < (b.announcedAt ?? '') ? 1 : -1))[0];
    if (caseDelay) promise.caseDelay = caseDelay;
    const d = p.processingTime ? parseDuration(p.processingTime) : undefined;
    const base = d && receivedAt ? addDuration(toInstant(receivedAt, tz), d, tz) : undefined;
    if (base && receivedAt && !Number.isNaN(base.getTime())) {
      const w: When = { earliest: base, latest: base, dateOnly: isDateOnly(receivedAt) };
      // The clock is paused while the case waits, so the promised date moves by the time waited.
      // Counted up to the end of the promised day, as for a step expected that day.
      const paused = pausedBefore(c.suspensions, whenEnd(w, tz), now, tz);
      promise.promisedDate = shift(w, paused, tz);
      if (paused) promise.pausedMs = paused;
    }
    const plannedSource = caseDelay?.newDate ?? p.plannedDate;
    if (plannedSource) {
      const w = whenOf(plannedSource, undefined, tz);
      // Like a step's date: waiting moves the plan; after a delay only the waiting since it was announced.
      const after = caseDelay?.announcedAt ? toInstant(caseDelay.announcedAt, tz) : undefined;
      const paused = decided ? 0 : pausedBefore(c.suspensions, whenEnd(w, tz), now, tz, after);
      promise.planned = shift(w, paused, tz);
      if (paused) promise.plannedPausedMs = paused;
    }
  }

  const out: CaseSchedule = { steps };
  if (current) out.current = current;
  if (next) out.next = next;
  if (promise) out.promise = promise;
  if (openSuspension) out.openSuspension = openSuspension;
  if (receivedAt) out.receivedAt = receivedAt;
  return out;
}
