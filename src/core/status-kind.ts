import { html, type TemplateResult } from 'lit';
import type { Case, CitizenAction, Delay, Step, Suspension } from './case-model.js';
import { caseTextLang, markText } from './case-lang.js';
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

/**
 * The status in words on its tag, for the status card and the list alike: `statusLabel`, the case's
 * own label marked with its language; on a page in another language than the case's, after the
 * kind in the page's words ("Delayed (Forsinket)"): "Status of your case: Forsinket" told an English
 * reader nothing, while the timeline said "Delayed" for the same state.
 */
export function statusWords(c: Case, kind: StatusKind, l10n: { lang: string; t(key: string): string }): TemplateResult | string {
  const label = statusLabel(c, (k) => l10n.t(k));
  const lang = caseTextLang(c, l10n.lang);
  if (label !== c.status.label || !lang) return label;
  return html`${l10n.t(`status.kind.${kind}`)} (${markText(label, lang)})`;
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

/** A task of the citizen's, with where it comes from (a wait for them, or a step). */
export type CitizenTask = { action: CitizenAction; from: Suspension | Step };

/** The wait for the citizen that asks them for something, if the case is in one. */
const citizenWait = (s: CaseSchedule): Suspension | undefined => (s.openSuspension?.waitingFor === 'citizen' && s.openSuspension.citizenAction ? s.openSuspension : undefined);
/** A step whose task is still to do: the case's own state, not done or skipped (also once the case is over). */
const open = (x: Step): boolean => !!x.citizenAction && !/^(done|skipped)$/.test(x.state);

/**
 * Everything the citizen must still do, each once: the task that ends a wait for them, then the
 * task of every step not done, also once the case is decided or closed (a fee to pay after the
 * decision). The timeline lists them; the status and the list say the first (`citizenTask`).
 */
export function citizenTasks(c: Case, s: CaseSchedule): CitizenTask[] {
  const out: CitizenTask[] = [];
  for (const from of [citizenWait(s), ...c.steps.filter(open)]) if (from && !out.some((t) => t.action.text === from.citizenAction!.text)) out.push({ action: from.citizenAction!, from });
  return out;
}

/**
 * What the citizen must do now, the task the status and the list say: the open wait's, else the
 * current step's; once the case is decided or closed, the first still to do (of `citizenTasks`),
 * so neither says "nothing to do" beside a timeline that says "Det skal du stadig gøre".
 */
export function citizenTask(c: Case, s: CaseSchedule): CitizenTask | undefined {
  const from = citizenWait(s) ?? (c.decision || isClosedStatus(c) ? c.steps.find(open) : s.current?.step);
  return from?.citizenAction && { action: from.citizenAction, from };
}

/** What the citizen must do now, if anything (`citizenTask`). */
export function citizenAction(c: Case, s: CaseSchedule): CitizenAction | undefined {
  return citizenTask(c, s)?.action;
}

/** The list group of a case: `act` when the citizen must do something (also a task left after the decision), `closed` when it is over, else `progress`. */
export function caseGroup(c: Case, s: CaseSchedule): CaseGroup {
  const over = c.decision || isClosedStatus(c);
  return citizenTask(c, s) || (!over && s.openSuspension?.waitingFor === 'citizen') ? 'act' : over ? 'closed' : 'progress';
}
