import type { Case, CitizenAction, Delay, Step, Suspension } from './case-model.js';
import type { IconName } from './icons.js';
import { SAID_CODES } from './parse-case.js';
import { isClosedStatus, movedEarlier, type CaseSchedule } from './schedule.js';

/** What the status tag says at a glance; each has its own icon, and the label is always in words. */
export const STATUS_KINDS = ['received', 'active', 'waiting', 'delayed', 'decided', 'closed'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** The icon of each kind of status (beside the words, never instead of them). */
export const KIND_ICON: Record<StatusKind, IconName> = {
  received: 'info',
  active: 'current',
  waiting: 'pause',
  delayed: 'warning',
  decided: 'decision',
  closed: 'done',
};

/**
 * The status in words: a label that is only the machine code (Open311 "open"/"closed", or what
 * parseCase gives a status without a label) is said in the page's language (`status.code.*`),
 * else the case's own label. Status card, list and announcements say the same.
 */
export function statusLabel(c: Case, t: (key: string) => string): string {
  const code = c.status.code.toLowerCase();
  return c.status.label.toLowerCase() === code && SAID_CODES.has(code) ? t(`status.code.${code}`) : c.status.label;
}

/** Where a case belongs in a list of cases: the citizen must act, it is in progress, or it is over. */
export const CASE_GROUPS = ['act', 'progress', 'closed'] as const;
export type CaseGroup = (typeof CASE_GROUPS)[number];

const RECEIVED_CODES = new Set(['received', 'modtaget', 'new', 'submitted']);

/**
 * The one reading of "what kind of status is this?", shared by the status card and the case
 * list so both say the same: decided, closed, waiting (an open wait), delayed (a late step or
 * an announced delay to a later date: a date moved earlier is no delay), received, or active.
 * `tz`: the zone the schedule was worked out in (movedEarlier reads a day in it).
 */
export function statusKind(c: Case, s: CaseSchedule, tz?: string): StatusKind {
  if (c.decision) return 'decided';
  if (isClosedStatus(c)) return 'closed';
  if (s.openSuspension) return 'waiting';
  const later = (d: Delay | undefined) => !!d && !movedEarlier(d, tz);
  if (s.steps.some((x) => x.overdue || (later(x.delay) && x.step.state !== 'done')) || later(s.promise?.caseDelay)) return 'delayed';
  if (RECEIVED_CODES.has(c.status.code.toLowerCase())) return 'received';
  return 'active';
}

/** What the citizen must do now, with where it comes from: the open wait's task, else the current step's. */
export function citizenTask(c: Case, s: CaseSchedule): { action: CitizenAction; from: Suspension | Step } | undefined {
  if (c.decision || isClosedStatus(c)) return undefined;
  const wait = s.openSuspension;
  if (wait?.waitingFor === 'citizen' && wait.citizenAction) return { action: wait.citizenAction, from: wait };
  const step = s.current?.step;
  return step?.citizenAction ? { action: step.citizenAction, from: step } : undefined;
}

/** What the citizen must do now, if anything: the open wait's task, else the current step's. */
export function citizenAction(c: Case, s: CaseSchedule): CitizenAction | undefined {
  return citizenTask(c, s)?.action;
}

/** The list group of a case: `act` when the citizen must do something, `closed` when it is over, else `progress`. */
export function caseGroup(c: Case, s: CaseSchedule): CaseGroup {
  if (c.decision || isClosedStatus(c)) return 'closed';
  if (citizenAction(c, s) || s.openSuspension?.waitingFor === 'citizen') return 'act';
  return 'progress';
}
