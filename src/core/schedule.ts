import type { Case, Delay, Step, Suspension, WaitingFor } from './case-model.js';
import { DEFAULT_TIME_ZONE, addDuration, calendarDate, isDateOnly, isOver, parseDuration, toInstant } from './dates.js';
import { addWorkingDays, nextWorkingDay, workingDaysBetween, type WorkdayOptions } from './workdays.js';

/**
 * The one schedule truth every element, server rendering and adapter shares. Three rules:
 *
 * - Dates are anchored to the case, never to the page: durations count from the case's own
 *   instants (receipt, the step before's completion or expected end), so the same case gives the
 *   same dates whatever day or minute it is opened. `now` only decides what has passed.
 * - A computed date is a calendar day (no clock time) and never a closed day: it moves to the
 *   next Danish working day (core/workdays.ts). Dates the source gave keep their time.
 * - While the case waits with no end in sight, dates after the start of the wait are not moved
 *   day by day: they are `held`, said relative to the wait ("within 14 days of getting your X").
 */

/** An effective expected time: a day, an instant or a window, after delays and waiting. */
export interface When {
  earliest: Date;
  latest: Date;
  /** True when the source dates were whole days or the date was computed (show no clock time). */
  dateOnly: boolean;
}

/** A date on hold while the case waits with no end date: say it relative to the wait instead. */
export interface Held {
  /** The wait (its reason, who it waits for, the citizen's action). */
  suspension: Suspension;
  waitingFor: WaitingFor;
  /**
   * Calendar days from the end of the wait, were it today, to the date then: "we expect to answer
   * within 14 days of …". The days the page will say (as a date) once the wait ends today.
   */
  days: number;
  /** The same in Danish working days. */
  workingDays: number;
  /**
   * 'YYYY-MM-DD': the date itself, were the wait to end today ("…, hvis vi i dag får det, vi mangler
   * fra dig"). Said instead of `days`, which alone changed from day to day with no word of why.
   * Absent when the case planned with the wait over today gives no date (a step late by then).
   */
  date?: string;
}

/** One date of the case, checked against `now`. */
export interface DateCheck {
  /** 'YYYY-MM-DD', or an ISO instant when the source gave a time. */
  date: string;
  /** The date is over at `now` (never while it is held). */
  passed: boolean;
  /** It passed and what it promised has not happened: say so, with an apology and what happens now. */
  missed: boolean;
  /** Set while the case waits with no end date: say `held` instead of `date`. */
  held?: Held;
  /** The date before a delay moved it ("flyttet fra …"). */
  movedFrom?: string;
}

export interface StepSchedule {
  /** The case's step; one a decided or closed case left open is given as `done` (with no `completedAt`). */
  step: Step;
  index: number;
  /** When the step is expected now: the plan, moved by an announced delay and by waiting. */
  expected?: When;
  /** The plan before delays and waiting, when that differs from `expected`. */
  planned?: When;
  /** The latest announced delay that touches this step. */
  delay?: Delay;
  /** The step's date before a delay (its own, an earlier step's, or the case's) moved it. */
  movedFrom?: string;
  /** How much finished or dated waiting (suspensions) moved this step, in ms. */
  pausedMs: number;
  /** The calendar days waited, when `pausedMs` is more (the moved date fell on a closed day and went on to the next working day). */
  waitedDays?: number;
  /** The step waits for an open-ended suspension: say `held`, not `expected`. */
  held?: Held;
  /** Expected time passed (the delayed date, when a delay was announced), step not done, case not waiting: we must say we are late. */
  overdue: boolean;
  /**
   * Expected time passed while the step waits for the citizen's own task (its `citizenAction`, due
   * by the step's end or undated): not our lateness. Say that the step ends when we have what we asked for, not "we are late"
   * beside "your deadline has passed" (two next moves for one wait). Never set with `overdue`.
   */
  waitsOnYou?: boolean;
  /**
   * The index of an earlier step that is late with no new date, or stopped (`blocked`): until it is
   * done or moved, when this step happens is not known, so it has no `expected` (its plan stays in
   * `planned`). A stopped step has no `expected` either, nor has a step a decided or closed case left open.
   */
  afterLate?: number;
}

export interface PromiseSchedule {
  /** The date the published processing time gives for this case (received + processing time + waiting). */
  promisedDate?: When;
  processingTime?: string;
  /** `processingTime` counts working days. */
  processingTimeWorkingDays?: boolean;
  plannedDate?: string;
  legalDeadline?: string;
  policyUrl?: string;
  /** A delay that is not tied to a step moves the planned decision. */
  caseDelay?: Delay;
  /** How much waiting moved the promised date, in ms. */
  pausedMs?: number;
  /** The calendar days waited, when `pausedMs` is more (as for a step). */
  waitedDays?: number;
  /** The planned decision now: `plannedDate`, or the case delay's new date, moved by waiting. */
  planned?: When;
  /** How much waiting moved the planned decision, in ms. */
  plannedPausedMs?: number;
  /** The calendar days waited, when `plannedPausedMs` is more (as for a step). */
  plannedWaitedDays?: number;
}

/** What the lead answer rests on. */
export type LeadBasis = 'decided' | 'done' | 'delay' | 'planned' | 'processing-time' | 'step' | 'none';

/**
 * The one answer to "when do I get an answer?": from (in order) the latest announced delay,
 * the planned date, the processing-time date, the last step's date. Where the steps' own plan
 * runs past the date with nothing late (a step before the last ends after it), the plan's date:
 * `basis` still names the promise, whose own date stays in `dates`. Status and timeline lead
 * with it; the legal deadline stays separate, never merged into it.
 */
export interface LeadAnswer {
  basis: LeadBasis;
  /** 'YYYY-MM-DD' (or the decision's instant for `decided`); absent while `held` or unknown. */
  date?: string;
  when?: When;
  /** The date has passed without an answer: say so plainly. */
  missed: boolean;
  /** The date before the latest delay moved it. */
  movedFrom?: string;
  /** The delay it rests on, for its reason. */
  delay?: Delay;
  /** The case waits with no end date: "if we get what we need from you today, you can expect an answer by …" (`held.date`). */
  held?: Held;
  /**
   * The index of a step that is late with no new date, or whose announced delay takes it past
   * the date, while the date (not missed) rests on the promise: it stands as the
   * municipality's commitment, but is not one to expect (say it as the promise; offer it to no calendar).
   */
  lateStep?: number;
  /** The late step waits for the citizen's task (`StepSchedule.waitsOnYou`): say so, not "we are late" (nor, once the date is missed, "we are sorry"). */
  waitsOnYou?: boolean;
  /**
   * The date (not missed, nothing late) holds if the citizen does the current step's task by its
   * deadline, still ahead: "Du kan forvente svar senest …, hvis vi inden fristen får det, vi har bedt dig om."
   * Said unconditionally beside "Send tegningen senest 14. december", the date read as firm
   * whatever the citizen did.
   */
  ifYou?: boolean;
  /**
   * The index of a stopped (`blocked`) step: when the case goes on is not known, so there is no
   * date to expect (nor `held`); only a date already missed is still said. Say that the case has stopped.
   */
  stopped?: number;
  /** The latest date the law allows, checked separately. */
  legalDeadline?: DateCheck;
  /** The legal deadline passed undecided: tell the citizen they may complain about the processing time. */
  complaint: boolean;
  /**
   * The answer comes after the legal deadline while that is still ahead: by the date to expect (the
   * plan runs past it), or, held while the case waits for the citizen, even were the wait to end
   * today (today plus `held.days`). Say so beside the deadline, plainly (no complaint before it has
   * passed; none while we wait for what we asked the citizen for).
   */
  pastLegal?: boolean;
}

/** Every date of the promise and the appeal, each checked against `now`. */
export interface ScheduleDates {
  processingTime?: DateCheck;
  planned?: DateCheck;
  legalDeadline?: DateCheck;
  /** `passed` once the appeal deadline is over: say "the deadline to appeal was …". */
  appealDeadline?: DateCheck;
}

export interface CaseSchedule {
  steps: StepSchedule[];
  /** The step in progress (current or blocked); with none begun, the first step to come (dates count from it). None once the case is over. */
  current?: StepSchedule;
  /** The first step to come: after the one in progress, or `current` itself when no step has begun. */
  next?: StepSchedule;
  promise?: PromiseSchedule;
  /** The suspension still open at `now`, if any: the clock is paused. */
  openSuspension?: Suspension;
  /** When the case was received: `receivedAt`, else the first step done. */
  receivedAt?: string;
  /** The lead answer (also `leadAnswer()`); scheduleCase always sets it. */
  lead?: LeadAnswer;
  /** Every date of the promise and the appeal, each checked against `now`; scheduleCase always sets it. */
  dates?: ScheduleDates;
}

/** Extra closed days (e.g. 24 and 31 December) for computed dates; see core/workdays.ts. */
export type ScheduleOptions = WorkdayOptions;

const DAY = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function whenOf(a: string, b: string | undefined, tz: string): When {
  // A time at one end and a whole day at the other is a window of whole days: the day's midnight
  // as the other end drew it backwards ("12. marts 00.00–08.00" for from 8 that day).
  const days = isDateOnly(a) || (!!b && isDateOnly(b));
  const at = (v: string) => (days ? toInstant(calendarDate(toInstant(v, tz), tz), tz) : toInstant(v, tz));
  return { earliest: at(a), latest: at(b ?? a), dateOnly: days };
}

/** A computed calendar day as a When, moved off closed days; undefined for a day no Date holds. */
function computedDay(day: string, tz: string, opts: ScheduleOptions): When | undefined {
  if (!DAY_RE.test(day)) return undefined;
  const at = toInstant(nextWorkingDay(day, opts), tz);
  return Number.isNaN(at.getTime()) ? undefined : { earliest: at, latest: at, dateOnly: true };
}

/** Counts a duration from an instant, to a calendar day (working days when asked). */
function afterDuration(anchor: Date, duration: string, workingDays: boolean | undefined, tz: string, opts: ScheduleOptions): When | undefined {
  const d = parseDuration(duration);
  if (!d || Number.isNaN(anchor.getTime())) return undefined;
  if (workingDays) return computedDay(addWorkingDays(calendarDate(anchor, tz), d.days ?? 0, opts), tz, opts);
  const at = addDuration(anchor, d, tz);
  // A duration too long for any date ('P99999999999Y') gives no date.
  return Number.isNaN(at.getTime()) ? undefined : computedDay(calendarDate(at, tz), tz, opts);
}

/**
 * Moves a When later by `ms`: whole days for a date, then off closed days (a moved date is a
 * computed one), exact for an instant.
 */
function shift(w: When, ms: number, tz: string, opts: ScheduleOptions, days = Math.round(ms / DAY)): When {
  if (!ms) return w;
  if (w.dateOnly) {
    const move = (d: Date): Date => {
      const moved = addDuration(d, { days }, tz);
      return !Number.isNaN(moved.getTime()) ? toInstant(nextWorkingDay(calendarDate(moved, tz), opts), tz) : moved;
    };
    return { earliest: move(w.earliest), latest: move(w.latest), dateOnly: true };
  }
  return { earliest: new Date(w.earliest.getTime() + ms), latest: new Date(w.latest.getTime() + ms), dateOnly: false };
}

/**
 * How far waiting moved a date, as said to the citizen ("Datoen er 6 dage senere end først planlagt"): the days it
 * really moved, a move onto a weekend or holiday and off it again included, not only the days waited.
 */
function movedBy(from: When, to: When): number {
  return to.latest.getTime() - from.latest.getTime();
}

/**
 * The days waited, when waiting moved a date by more: a date moved onto a weekend or holiday goes
 * on to the next working day, and "Datoen er flyttet 7 dage, fordi sagen har ventet" (its words then) put all seven
 * on a wait of four (citizen review, stop 54). Only a calendar date rolls; an instant moves by the wait.
 */
function waitedIf(from: When, moved: number, wait: Wait): number | undefined {
  return from.dateOnly && wait.days > 0 && Math.round(moved / DAY) > wait.days ? wait.days : undefined;
}

/** The end of a `When`: the end of its last day, or its instant. */
export function whenEnd(w: When, tz = DEFAULT_TIME_ZONE): Date {
  return w.dateOnly ? addDuration(w.latest, { days: 1 }, tz) : w.latest;
}

/** A When as case-date text: the (last) calendar day, or the instant. */
function textOf(w: When, tz: string): string {
  return w.dateOnly ? calendarDate(w.latest, tz) : w.latest.toISOString();
}

/** Whole calendar days from `b` to `a` (case-date texts), in Copenhagen days. */
function dayDiff(a: string, b: string, tz: string): number {
  const day = (x: string) => (isDateOnly(x) ? x : calendarDate(new Date(x), tz));
  const [ya, ma, da] = day(a).split('-').map(Number);
  const [yb, mb, db] = day(b).split('-').map(Number);
  const diff = Math.round((Date.UTC(ya, ma - 1, da) - Date.UTC(yb, mb - 1, db)) / DAY);
  return Number.isFinite(diff) ? diff : 0;
}

interface Wait {
  /** Waiting with a known end that started before the date: it moves the date by this much. */
  ms: number;
  /**
   * The same waiting in calendar days (from the day each wait began to the day it ended), what a
   * date without a time moves by: rounded from `ms`, a wait from 11:20 on the 20th to the 25th
   * moved a date 5 days when it ended at 23:00 and 6 when it ended at 23:30.
   */
  days: number;
  /** An open-ended wait that started before the date: the date is on hold. */
  held?: Suspension;
}

/**
 * The waiting that holds up a date due at `before`: suspensions that started before it (and
 * after `after`, when given) and have started by `now`. A suspension with an end counts in full
 * (a fixed length, so the date does not slide as the days go by); one without an end holds the date.
 */
function waitBefore(suspensions: Suspension[], before: Date, now: Date, tz: string, after?: Date): Wait {
  let ms = 0;
  let days = 0;
  let held: Suspension | undefined;
  for (const s of suspensions) {
    const from = toInstant(s.from, tz);
    if (from >= before || from > now) continue;
    if (after && from < after) continue;
    if (!s.until) {
      held ??= s;
      continue;
    }
    const until = toInstant(s.until, tz);
    if (until <= from) continue;
    ms += until.getTime() - from.getTime();
    days += dayDiff(s.until, s.from, tz);
  }
  return held ? { ms, days, held } : { ms, days };
}

/** The calendar day `w` ends on: its own day, or its latest instant's. */
function dayOf(w: When, tz: string): string {
  const end = textOf(w, tz);
  return isDateOnly(end) ? end : calendarDate(w.latest, tz);
}

/** `s` holding `w`, its days counted from `start` (a calendar day): the wait's first day unless given. */
function heldOf(s: Suspension, w: When, tz: string, opts: ScheduleOptions, start = calendarDate(toInstant(s.from, tz), tz)): Held {
  const endDay = dayOf(w, tz);
  return {
    suspension: s,
    waitingFor: s.waitingFor,
    days: Math.max(0, dayDiff(endDay, start, tz)),
    workingDays: workingDaysBetween(start, endDay, opts),
  };
}

function check(w: When, now: Date, done: boolean, tz: string, held?: Held, movedFrom?: string): DateCheck {
  const passed = !held && whenEnd(w, tz) <= now;
  const out: DateCheck = { date: textOf(w, tz), passed, missed: passed && !done };
  if (held) out.held = held;
  if (movedFrom) out.movedFrom = movedFrom;
  return out;
}

function latestDelay(delays: Delay[]): Delay | undefined {
  // The latest announced; among equals (or none announced) the one listed last.
  let best: Delay | undefined;
  for (const d of delays) if (!best || (d.announcedAt ?? '') >= (best.announcedAt ?? '')) best = d;
  return best;
}

const isFinished = (s: Step): boolean => s.state === 'done' || s.state === 'skipped';

/**
 * The step that ends in the answer: the last unfinished one that does not come after it (`afterAnswer`:
 * the letter that brings it); with only such steps left, the last unfinished one.
 */
function answerStep<T extends { step: Step }>(steps: T[], also: (s: T) => boolean = () => true): T | undefined {
  const open = [...steps].reverse().filter((s) => !isFinished(s.step) && also(s));
  return open.find((s) => !s.step.afterAnswer) ?? open[0];
}

/**
 * Tells whether a delay moves its date earlier: no delay then, said as moved earlier ("rykket frem")
 * everywhere. A day is read in `tz`, the zone the rest of the schedule reads it in: near midnight a
 * day against an instant compares differently in Copenhagen and in New York.
 */
export const movedEarlier = (d: Delay, tz = DEFAULT_TIME_ZONE): boolean => !!d.previousDate && toInstant(d.newDate, tz) < toInstant(d.previousDate, tz);

/**
 * The delay a case's notice tells of: the case's own delay, else the first unfinished step's;
 * none once decided. The status says it; a timeline in the same <klar-case> leaves it to the status.
 */
export function noticeDelay(c: Case, s: CaseSchedule): Delay | undefined {
  if (c.decision) return undefined;
  return s.promise?.caseDelay ?? s.steps.find((x) => x.delay && !isFinished(x.step))?.delay;
}

/** Status codes that mean the case is over (Open311 'closed', ZGW end status, Danish words). */
const CLOSED_CODES = new Set(['closed', 'afsluttet', 'lukket', 'done', 'completed', 'færdig']);

/** Tells whether a case's status code says it is over, with or without a decision. */
export function isClosedStatus(c: Case): boolean {
  return CLOSED_CODES.has(c.status.code.trim().toLowerCase());
}

/**
 * Works out, for `now`, when each step is expected, which are delayed or overdue, the
 * current and next step, the three promise dates, the lead answer and which dates have
 * passed. Pure: the same case and `now` always give the same answer, so components, tests
 * and server rendering agree.
 */
export function scheduleCase(c: Case, now: Date = new Date(), tz = DEFAULT_TIME_ZONE, opts: ScheduleOptions = {}): CaseSchedule {
  // The authority's own closed days (the case's `closedDays`) with any the caller adds.
  return plan(c, now, tz, c.closedDays ? { ...opts, extraClosedDays: [...c.closedDays, ...(opts.extraClosedDays ?? [])] } : opts);
}

/** Whether a wait is open at `now`: begun, and not yet over. */
export const isOpen = (s: Suspension, now: Date, tz: string): boolean => toInstant(s.from, tz) <= now && (!s.until || toInstant(s.until, tz) > now);

/** scheduleCase; `stepsOnly` stops once the steps are dated (lead() counts on from a late step with it). */
function plan(c: Case, now: Date, tz: string, opts: ScheduleOptions, stepsOnly?: boolean): CaseSchedule {
  const openSuspension = c.suspensions.find((s) => isOpen(s, now, tz));
  const receivedAt = c.receivedAt ?? c.steps.find((s) => s.state === 'done' && s.completedAt)?.completedAt;
  const decided = !!c.decision;
  const over = decided || isClosedStatus(c);
  const p = c.promise;

  // The promise first: a delay of the whole case moves the current step by as much as it moved the plan.
  let promise: PromiseSchedule | undefined;
  let processingHeld: Held | undefined;
  let plannedHeld: Held | undefined;
  const caseDelay = latestDelay(c.delays.filter((d) => !d.stepId));
  if (p) {
    promise = {};
    if (p.processingTime) promise.processingTime = p.processingTime;
    if (p.processingTimeWorkingDays) promise.processingTimeWorkingDays = true;
    if (p.plannedDate) promise.plannedDate = p.plannedDate;
    if (p.legalDeadline) promise.legalDeadline = p.legalDeadline;
    if (p.policyUrl) promise.policyUrl = p.policyUrl;
    if (caseDelay) promise.caseDelay = caseDelay;
    const base = p.processingTime && receivedAt ? afterDuration(toInstant(receivedAt, tz), p.processingTime, p.processingTimeWorkingDays, tz, opts) : undefined;
    if (base) {
      // The clock is paused while the case waits, so the promised date moves by the time waited.
      // Counted up to the end of the promised day, as for a step expected that day.
      const wait = decided ? { ms: 0, days: 0 } : waitBefore(c.suspensions, whenEnd(base, tz), now, tz);
      promise.promisedDate = shift(base, wait.ms, tz, opts, wait.days);
      if (wait.ms) {
        promise.pausedMs = movedBy(base, promise.promisedDate);
        promise.waitedDays = waitedIf(base, promise.pausedMs, wait);
      }
      if (wait.held) processingHeld = heldOf(wait.held, promise.promisedDate, tz, opts);
    }
    const plannedSource = caseDelay?.newDate ?? p.plannedDate;
    if (plannedSource) {
      const w = whenOf(plannedSource, undefined, tz);
      // Like a step's date: waiting moves the plan; after a delay only the waiting since it was announced.
      const after = caseDelay?.announcedAt ? toInstant(caseDelay.announcedAt, tz) : undefined;
      const wait = decided ? { ms: 0, days: 0 } : waitBefore(c.suspensions, whenEnd(w, tz), now, tz, after);
      promise.planned = shift(w, wait.ms, tz, opts, wait.days);
      if (wait.ms) {
        promise.plannedPausedMs = movedBy(w, promise.planned);
        promise.plannedWaitedDays = waitedIf(w, promise.plannedPausedMs, wait);
      }
      if (wait.held) plannedHeld = heldOf(wait.held, promise.planned, tz, opts);
    }
  }
  const processingText = promise?.promisedDate ? textOf(promise.promisedDate, tz) : undefined;
  const caseDelayFrom = caseDelay ? (caseDelay.previousDate ?? p?.plannedDate ?? processingText) : undefined;
  const caseDelayDays = caseDelay && caseDelayFrom ? Math.max(0, dayDiff(caseDelay.newDate, caseDelayFrom, tz)) : 0;

  const currentIndex = (() => {
    const i = c.steps.findIndex((s) => s.state === 'current' || s.state === 'blocked');
    return i >= 0 ? i : c.steps.findIndex((s) => s.state === 'upcoming');
  })();

  const steps: StepSchedule[] = [];
  let anchor: Date | undefined = receivedAt ? toInstant(receivedAt, tz) : undefined;
  // How much waiting already moved the anchor (when it is a step's expected date, not a real one),
  // and the open-ended wait it is held by.
  let anchorPausedMs = 0;
  let anchorHeld: Suspension | undefined;
  // Days a step's delay moved the steps after it that have dates of their own.
  let carryDays = 0;
  // The first step late with no new date: the dates of the steps after it rested on it.
  let late: number | undefined;
  // The anchor is when the step before really ended (its completedAt, or receipt before the first step).
  let anchorReal = !!anchor;
  // The undated step the case waits in with no end date: it ends with the wait.
  let waitStep: number | undefined;
  c.steps.forEach((step, index) => {
    // The step in progress began when the step before it was done. Only when that moment is not
    // known does the current status's time stand in for it: its duration, and the steps after it,
    // count from then, not from an older estimate (which would make us look late). A status set
    // later in the same step (a new label, a wait for the citizen, a handoff) does not restart it.
    const since = index === currentIndex && !anchorReal && c.status.since ? toInstant(c.status.since, tz) : undefined;
    if (since && !step.completedAt && (!anchor || since > anchor)) {
      anchor = since;
      anchorPausedMs = 0;
      anchorHeld = undefined;
    }
    let planned: When | undefined;
    const e = step.expected;
    const finished = isFinished(step);
    const delay = latestDelay(c.delays.filter((d) => d.stepId === step.id));
    // Days the steps before moved this one: a step's delay carried on, or the whole case's delay,
    // which moves the step in progress and every step after it with the answer (so none comes
    // before the step it follows). A later duration counts on from the step before, already moved.
    const caseDays = index >= currentIndex ? caseDelayDays : 0;
    const by = e?.kind !== 'duration' ? Math.max(carryDays, caseDays) : index === currentIndex ? caseDays : 0;
    // A stopped step has no date, nor have the steps after it (as after a late one): when the case
    // goes on is not known. A case that is over (decided or closed) waits for no step it left open.
    const stopped = !finished && (over || step.state === 'blocked');
    if (stopped || (late !== undefined && !finished && !(delay && whenEnd(whenOf(delay.newDate, undefined, tz), tz) > now))) {
      // A step after one that is late with no new date: its date (its own, or counted on from the
      // late one's, which would slide on day by day) is not known. Held dates are said the same way:
      // not as a date, until the case moves again. A new date of its own, still ahead, stands.
      const plan = e?.kind === 'date' ? whenOf(e.date, undefined, tz) : e?.kind === 'window' ? whenOf(e.earliest, e.latest, tz) : undefined;
      // Over, the case passed every step it left open: said as done (when is not known).
      const s: StepSchedule = { step: over ? { ...step, state: 'done' } : step, index, pausedMs: 0, overdue: false };
      if (late !== undefined) s.afterLate = late;
      if (plan) s.planned = plan;
      if (delay) s.delay = delay;
      steps.push(s);
      if (stopped) late ??= index;
      anchor = undefined;
      anchorReal = false;
      return;
    }
    if (e?.kind === 'date') planned = whenOf(e.date, undefined, tz);
    else if (e?.kind === 'window') planned = whenOf(e.earliest, e.latest, tz);
    else if (e?.kind === 'duration' && anchor) planned = afterDuration(anchor, e.duration, e.workingDays, tz, opts);
    let expected = planned;
    let pausedMs = 0;
    let waitedDays: number | undefined;
    // The time waited, which the next step's duration carries (pausedMs is what the date moved).
    let waitedMs = 0;
    let movedFrom: string | undefined;
    let held: Held | undefined;
    if (!finished) {
      let moved = false;
      if (delay) {
        expected = whenOf(delay.newDate, undefined, tz);
        movedFrom = delay.previousDate ?? (planned && textOf(planned, tz));
        if (movedFrom) carryDays = Math.max(carryDays, dayDiff(delay.newDate, movedFrom, tz));
      } else if (planned && by > 0) {
        expected = shift(planned, by * DAY, tz, opts);
        movedFrom = textOf(planned, tz);
        moved = true;
      }
      if (expected && (delay || moved || e?.kind !== 'duration')) {
        // Waiting pauses the clock: dates not yet reached move by the time waited.
        // For a delayed step only waiting after the delay was announced counts.
        const after = delay?.announcedAt ? toInstant(delay.announcedAt, tz) : undefined;
        const wait = waitBefore(c.suspensions, whenEnd(expected, tz), now, tz, after);
        const before = expected;
        expected = shift(expected, wait.ms, tz, opts, wait.days);
        waitedMs = wait.ms;
        pausedMs = wait.ms && movedBy(before, expected);
        waitedDays = waitedIf(before, pausedMs, wait);
        if (wait.held) held = heldOf(wait.held, expected, tz, opts);
      } else if (expected && anchor) {
        // A duration counts from its anchor. Waiting before the anchor is already in it (when
        // the anchor is the step before's expected date) or did not hold this step up; waiting
        // after it pauses this step's clock, as it does the promised date.
        const wait = waitBefore(c.suspensions, whenEnd(expected, tz), now, tz, anchor);
        expected = shift(expected, wait.ms, tz, opts, wait.days);
        pausedMs = waitedMs = anchorPausedMs + wait.ms;
        const by = wait.held ?? anchorHeld;
        if (by) held = heldOf(by, expected, tz, opts);
      }
    }
    // A delay excuses lateness only until its new date: once that has passed too, we are late again.
    const passed = !finished && !!expected && !held && whenEnd(expected, tz) <= now && !openSuspension;
    // The task's own deadline at or before the step's end (or none): the step waits for it. A deadline
    // after the step's date was set when we were already late: that lateness is ours.
    const due = step.citizenAction?.dueDate;
    const waitsOnYou = passed && !!step.citizenAction && (!due || whenEnd(whenOf(due, undefined, tz), tz) <= whenEnd(expected!, tz));
    const overdue = passed && !waitsOnYou;
    const s: StepSchedule = { step, index, expected, pausedMs, overdue };
    if (waitedDays) s.waitedDays = waitedDays;
    if (waitsOnYou) s.waitsOnYou = true;
    if (delay) s.delay = delay;
    if (movedFrom) s.movedFrom = movedFrom;
    if (held) s.held = held;
    // A step that says when it was done is not waited for: the steps after it count from then.
    if (passed && !step.completedAt) late ??= index;
    if (planned && expected && (planned.earliest.getTime() !== expected.earliest.getTime() || planned.latest.getTime() !== expected.latest.getTime())) {
      s.planned = planned;
    }
    steps.push(s);
    // A step skipped with no date of its own took no time: the anchor before it stays as real as it was.
    anchorReal = !!step.completedAt || (anchorReal && step.state === 'skipped' && !expected);
    // The next duration counts from when this step was done, or is now expected to be done.
    if (step.completedAt) {
      anchor = toInstant(step.completedAt, tz);
      anchorPausedMs = 0;
      anchorHeld = undefined;
    } else if (expected) {
      anchor = expected.latest;
      anchorPausedMs = waitedMs;
      anchorHeld = held?.suspension;
    } else if (!finished) {
      // An unfinished step with no date (none given, or one the parser dropped): when it ends is
      // unknown, so a duration after it has nothing to count from. An older anchor (the status's
      // time) would date a step not begun in the past and call it late. Unless the case waits in
      // it with no end date: it ends with the wait, and the steps after are held, said relative to
      // it, each counted from the wait's end (the step after it its own week, not the week from when
      // this step began: "2 dage efter, at vi har fået det" for a week's work).
      const from = anchor;
      const waitsIn = index === currentIndex && from ? c.suspensions.find((x) => !x.until && toInstant(x.from, tz) >= from && toInstant(x.from, tz) <= now) : undefined;
      anchor = waitsIn && toInstant(waitsIn.from, tz);
      if (waitsIn) waitStep = index;
      anchorPausedMs = 0;
      anchorHeld = waitsIn;
    }
  });

  if (stepsOnly) return { steps };
  const current = currentIndex >= 0 && !over ? steps[currentIndex] : undefined;
  // With no step begun, the first step to come is the next one, not the one after it.
  const next = current && steps.slice(current.index + +(current.step.state !== 'upcoming')).find((s) => s.step.state === 'upcoming');

  const dates: ScheduleDates = {};
  if (promise?.promisedDate) dates.processingTime = check(promise.promisedDate, now, decided, tz, processingHeld);
  if (promise?.planned) dates.planned = check(promise.planned, now, decided, tz, plannedHeld, caseDelay ? caseDelayFrom : undefined);
  if (p?.legalDeadline) {
    const passed = isOver(p.legalDeadline, now, tz);
    dates.legalDeadline = { date: p.legalDeadline, passed, missed: passed && !decided };
  }
  const appeal = c.decision?.appeal;
  if (appeal) {
    const passed = isOver(appeal.deadline, now, tz);
    dates.appealDeadline = { date: appeal.deadline, passed, missed: passed };
  }

  // A held date is the date it will be if the wait ends today, said with that condition ("…, hvis vi
  // i dag får det, vi mangler fra dig"): the case planned anew with the wait over now (and the step the
  // case waits in done), as the page will plan it once the citizen acts. Counted from the wait's
  // start, the days ran into weekends and holidays the real date then moved past ("svar inden for 27
  // dage" while waiting, "4. januar 2027 (om 30 dage)" the same day the citizen sent it); counted from
  // today with no date, they changed with the reader's day (29 on a Sunday, 28 on the Monday) and
  // nothing said why. A date the new plan cannot give (a step late by then) keeps its days.
  if (processingHeld || plannedHeld || steps.some((s) => s.held)) {
    const at = now.toISOString();
    const today = calendarDate(now, tz);
    const r = plan(
      {
        ...c,
        suspensions: c.suspensions.map((x) => (x.until ? x : { ...x, until: at })),
        steps: c.steps.map((x, i) => (i === waitStep ? { ...x, state: 'done', completedAt: at } : x)),
      },
      now,
      tz,
      opts,
    );
    const days = (h: Held | undefined, w: When | undefined) => {
      if (h && w) Object.assign(h, heldOf(h.suspension, w, tz, opts, today), { date: dayOf(w, tz) });
    };
    steps.forEach((x, i) => days(x.held, r.steps[i].expected));
    days(processingHeld, r.promise?.promisedDate);
    days(plannedHeld, r.promise?.planned);
  }
  const answer = lead(c, steps, promise, dates, caseDelay, processingHeld, plannedHeld, now, tz, opts);
  const task = current?.step.citizenAction;
  if (task?.dueDate && answer.date && !answer.missed && answer.lateStep === undefined && !isOver(task.dueDate, now, tz)) answer.ifYou = true;
  const legal = p?.legalDeadline;
  if (openSuspension?.waitingFor === 'citizen' && legal) {
    // Waiting for the citizen since before the legal deadline passed: we cannot decide without what
    // we asked for, so no "you may complain that your case takes too long" beside "Når vi har fået det,
    // vi mangler fra dig …". The deadline itself is said as it is.
    if (!isOver(legal, toInstant(openSuspension.from, tz), tz)) answer.complaint = false;
    // "Inden for 27 dage" after the citizen sends, counted from today, ends past the deadline (bol-0893
    // from 19 December, for 14 January): the promise box says so beside the deadline, once.
    if (answer.held && answer.held.days > dayDiff(legal, calendarDate(now, tz), tz)) answer.pastLegal = true;
  }
  // "Du kan forvente svar senest 21. december" with the law's deadline on the 18th, not yet passed:
  // the date to expect (the steps' plan past the promise, a delay) runs past it.
  if (legal && answer.when && !answer.missed && !dates.legalDeadline?.passed && isOver(legal, new Date(whenEnd(answer.when, tz).getTime() - 1), tz)) answer.pastLegal = true;
  const out: CaseSchedule = { steps, lead: answer, dates };
  if (current) out.current = current;
  if (next) out.next = next;
  if (promise) out.promise = promise;
  if (openSuspension) out.openSuspension = openSuspension;
  if (receivedAt) out.receivedAt = receivedAt;
  return out;
}

function lead(
  c: Case,
  steps: StepSchedule[],
  promise: PromiseSchedule | undefined,
  dates: ScheduleDates,
  caseDelay: Delay | undefined,
  processingHeld: Held | undefined,
  plannedHeld: Held | undefined,
  now: Date,
  tz: string,
  opts: ScheduleOptions,
): LeadAnswer {
  const legal = dates.legalDeadline;
  const base = (): LeadAnswer => {
    const out: LeadAnswer = { basis: 'none', missed: false, complaint: !!legal?.missed };
    if (legal) out.legalDeadline = legal;
    return out;
  };
  if (c.decision) return { ...base(), basis: 'decided', date: c.decision.decidedAt, complaint: false };
  if (isClosedStatus(c) || (steps.length && steps.every((s) => isFinished(s.step)))) return { ...base(), basis: 'done', complaint: false };

  const out = base();
  const stop = steps.find((s) => s.step.state === 'blocked');
  if (stop) out.stopped = stop.index;
  let when: When | undefined;
  let held: Held | undefined;
  // The plan the citizen was given: the planned date (a case delay's new date already), else the processing-time date.
  if (promise?.planned) {
    when = promise.planned;
    held = plannedHeld;
    out.basis = caseDelay ? 'delay' : 'planned';
    if (caseDelay) {
      out.delay = caseDelay;
      if (dates.planned?.movedFrom) out.movedFrom = dates.planned.movedFrom;
    }
  } else if (promise?.promisedDate) {
    when = promise.promisedDate;
    held = processingHeld;
    out.basis = 'processing-time';
  } else if (caseDelay) {
    // A case without a promise can still announce a new date for its answer.
    when = whenOf(caseDelay.newDate, undefined, tz);
    out.basis = 'delay';
    out.delay = caseDelay;
    if (caseDelay.previousDate) out.movedFrom = caseDelay.previousDate;
  }
  // A step's delay says when that step is now expected, not when the answer comes: it never moves
  // the answer to a date nobody announced (the promise plus the step's days would be said as a plan
  // no one made, beside a promise box that still says the promise). Announced after any case delay
  // (with or before one, the case delay's date already counts it), a delay that takes its step past
  // the answer puts that date in doubt: it stands as the promise it is, not as one to expect.
  const stepDelay = latestDelay(steps.filter((s) => s.delay && !isFinished(s.step)).map((s) => s.delay!));
  const stepLate = stepDelay && (!caseDelay || (stepDelay.announcedAt ?? '') > (caseDelay.announcedAt ?? '')) ? steps.find((x) => x.delay === stepDelay) : undefined;
  // A date moved earlier is no lateness: it puts no promise in doubt.
  const lateDelay = stepLate && !movedEarlier(stepDelay!, tz) ? stepLate.index : undefined;
  // With no promise, the answer rests on the steps' own dates, the delayed one's among them.
  if (stepLate && !when) {
    out.basis = 'delay';
    out.delay = stepDelay;
  }
  // The date the promise (or the plan, or a case delay) gives: the answer's own step says it too.
  const promised = when;
  if (!when) {
    // No promise: the last step that has a date is when the case should be done.
    // A step after a late one has no date: then neither has the answer (not the late step's own, passed date).
    const last = answerStep(steps, (s) => !!s.expected || s.afterLate !== undefined);
    if (last?.expected) {
      when = last.expected;
      held = last.held;
      if (out.basis === 'none') out.basis = 'step';
      if (last.movedFrom && !out.movedFrom) out.movedFrom = last.movedFrom;
    }
  }
  if (!when) return out;
  // Stopped: no date to expect, held or not; a date already passed is still said as missed.
  let end = whenEnd(when, tz);
  if (stop && (held || end > now)) return out;
  const final = answerStep(steps);
  // A step late with no new date, the last step late itself, or a step's delay to a later date.
  const late = steps.find((s) => s.afterLate !== undefined)?.afterLate ?? ((final?.overdue || final?.waitsOnYou) && !final.step.completedAt ? final.index : lateDelay);
  // The steps' own plan runs past the promise, nothing late: a step up to the answer's own ends after
  // the promise's date (step 2 of 3 two weeks after it; the answer's step by its duration; a window,
  // at its earliest), so the answer cannot come by it. "Du kan forvente svar senest 7. december"
  // beside "Forventet færdig 21. december" was two answers, the first untrue by the municipality's own
  // plan; nor is it doubt ("Vi er forsinket": nothing is late). The answer is the plan's date, the
  // latest a step up to the answer's ends; the promise stays in `dates`, said as what it usually would
  // be. A promise passed is said as missed. A step after the answer (`afterAnswer`: the letter that
  // brings it) keeps its own date and moves nothing. A step's delay past it is lateness: doubt, below
  // (the answer's step moved by its own delay too: a case delay announced after it already counts it).
  // A case delay is a new date the citizen was told: it counts the steps, and the answer's step says it.
  const run = steps.filter((s) => !isFinished(s.step) && s.expected && !!s.held === !!held && s.index <= (final?.index ?? -1));
  const last =
    promised && late === undefined && (held || end > now) && final && (run.includes(final) || !final.expected) && run.some((s) => (s !== final || (!s.delay && !caseDelay)) && s.expected!.earliest >= end)
      ? run.reduce((a, b) => (b.expected!.latest >= a.expected!.latest ? b : a))
      : undefined;
  if (last) {
    end = whenEnd((when = last.expected!), tz);
    held = last.held;
  }
  // The last step, which ends in the answer: its own earlier date (the steps' durations: a ZGW status
  // type's doorlooptijd) beside the promise's (the zaaktype's servicenorm) would be two answers to one
  // question ("svar senest 11. januar" above "Du får vores afgørelse — Forventet færdig 21. december").
  // The promise is what we answer for, so that step says the lead's date (or the same days on hold),
  // unless its own delay dates it; its own date stays in `planned`, held or not. Dated after the
  // promise's, it made the answer the plan's date above, or says a case delay's date, which counts it.
  const same = promised && final?.expected && !final.delay && !!final.held === !!held && (whenEnd(final.expected, tz) < end || (!!caseDelay && !last));
  if (held) {
    if (same) Object.assign(final, { held, expected: when, planned: final.planned ?? final.expected });
    out.held = held;
    return out;
  }
  out.when = when;
  out.date = textOf(when, tz);
  out.missed = end <= now;
  // Late: the promise not yet missed stands, but is in doubt (no longer what to expect) only when the
  // step's new date runs past it or, with its date passed, the answer counted on from today (the step
  // done today, each step after it taking its usual time) would. A step four days late with the answer a
  // year away leaves the promise as firm as it was: the step's own notice says it is late.
  if (late !== undefined && !out.missed && out.basis !== 'step') {
    const l = steps[late];
    let at = l.expected;
    if (!at || whenEnd(at, tz) <= now) {
      const on = plan({ ...c, delays: [...c.delays, { stepId: l.step.id, reason: '', newDate: calendarDate(now, tz), announcedAt: now.toISOString() }] }, now, tz, opts, true).steps;
      at = answerStep(on)?.expected ?? on[late].expected;
    }
    if (!at || whenEnd(at, tz) > end) out.lateStep = late;
  }
  // Late, or missed, while the step it waits for waits for the citizen's own task: said as a wait for them, not our fault.
  if (late !== undefined && (out.missed || out.lateStep !== undefined) && steps[late]?.waitsOnYou) out.waitsOnYou = true;
  if (same && !out.missed && out.lateStep === undefined) {
    const later = whenEnd(final.expected!, tz) > end;
    final.planned ??= final.expected;
    const [paused, waited] = last ? [last.pausedMs, last.waitedDays] : out.basis === 'processing-time' ? [promise?.pausedMs, promise?.waitedDays] : [promise?.plannedPausedMs, promise?.plannedWaitedDays];
    Object.assign(final, { expected: when, overdue: false, pausedMs: paused ?? 0 });
    if (waited) final.waitedDays = waited;
    else delete final.waitedDays;
    delete final.waitsOnYou;
    // Moved past the case delay's date, its move is the case delay's, which the lead tells (from the old plan).
    if (later) delete final.movedFrom;
  }
  return out;
}

/**
 * Returns the one answer to "when can I expect an answer?" for a case at `now`: the date, what
 * it rests on, whether it was missed, the legal deadline beside it and whether the citizen may
 * complain. The same as `scheduleCase(c, now).lead`.
 */
export function leadAnswer(c: Case, now: Date = new Date(), tz = DEFAULT_TIME_ZONE, opts: ScheduleOptions = {}): LeadAnswer {
  return scheduleCase(c, now, tz, opts).lead!;
}
