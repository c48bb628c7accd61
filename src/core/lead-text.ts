import type { Case } from './case-model.js';
import type { Held, LeadAnswer, When } from './schedule.js';

/** One sentence of the lead answer: a message key (core translations) and its values. */
export interface LeadLine {
  key: 'lead.date' | 'lead.dateIfYou' | 'lead.doneDateIfYou' | 'lead.missed' | 'lead.expectedMissed' | 'lead.promised' | 'lead.doneDate' | 'lead.doneMissed' | 'lead.donePromised' | 'lead.promisedYou' | 'lead.donePromisedYou' | 'lead.planned' | 'lead.donePlanned' | 'lead.plannedYou' | 'lead.donePlannedYou' | 'lead.missedYou' | 'lead.expectedMissedYou' | 'lead.doneMissedYou' | 'lead.heldCitizen' | 'lead.held' | 'lead.heldCitizenToday' | 'lead.heldToday' | 'lead.complaint';
  values: Record<string, string | number>;
  /** Said as a warning (a missed date, a passed legal deadline). */
  warn: boolean;
}

/**
 * The sentences every element leads with for "when?", so status and timeline say the same:
 * "Du kan forvente svar senest 11. december 2026", a missed date with an apology, a date held
 * while the case waits (the date were the wait to end today, with that condition), a promise (or a plan) said as the promise (or plan) it is while a step
 * is late with no new date (never "Du kan forvente" then), and the right to complain past the legal
 * deadline. `date` formats a case date the element's way. A case that ends in work done
 * (`endsIn: 'done'`, e.g. Open311) says "færdige", not "svar". Nothing for a decided or closed
 * case; only the complaint when no date is known.
 */
export function leadLines(lead: LeadAnswer | undefined, date: (value: string) => string, endsIn: Case['endsIn'] = 'decision'): LeadLine[] {
  // With no date known ('none') the right to complain past the legal deadline is still said.
  if (!lead || lead.basis === 'decided' || lead.basis === 'done') return [];
  const out: LeadLine[] = [];
  if (lead.held) {
    const { waitingFor, days, date: day } = lead.held;
    // The date were the wait to end today, said with that condition; the days after the wait when the plan gives no such date.
    out.push(
      day
        ? { key: waitingFor === 'citizen' ? 'lead.heldCitizenToday' : 'lead.heldToday', values: { date: date(day) }, warn: false }
        : { key: waitingFor === 'citizen' ? 'lead.heldCitizen' : 'lead.held', values: { count: days }, warn: false },
    );
  } else if (lead.date) {
    const done = endsIn === 'done';
    // A step late because it waits for the citizen's task says so, not "we are late". Only the
    // published processing time is said as a promise ("Vi har lovet"); a plan or a delay's new
    // date is said as the plan it is ("Vi har planlagt").
    const late =
      lead.basis === 'processing-time'
        ? lead.waitsOnYou
          ? done
            ? 'lead.donePromisedYou'
            : 'lead.promisedYou'
          : done
            ? 'lead.donePromised'
            : 'lead.promised'
        : lead.waitsOnYou
          ? done
            ? 'lead.donePlannedYou'
            : 'lead.plannedYou'
          : done
            ? 'lead.donePlanned'
            : 'lead.planned';
    // Only the published processing time is a promise ("Vi lovede"); a plan, a delay's new date or a
    // step's date was what we expected ("Vi regnede med"), so a service goal still ahead beside it
    // is not a second promise broken.
    // Missed while we still wait for what we asked the citizen for: said so, with no apology for a wait that is not ours.
    const missed = lead.waitsOnYou
      ? done
        ? 'lead.doneMissedYou'
        : lead.basis === 'processing-time'
          ? 'lead.missedYou'
          : 'lead.expectedMissedYou'
      : done
        ? 'lead.doneMissed'
        : lead.basis === 'processing-time'
          ? 'lead.missed'
          : 'lead.expectedMissed';
    // A date that rests on the citizen's task, due and not yet done, is said with that condition;
    // the task's own deadline stays in the task box (said once).
    const expected = lead.ifYou ? (done ? 'lead.doneDateIfYou' : 'lead.dateIfYou') : done ? 'lead.doneDate' : 'lead.date';
    const key = lead.missed ? missed : lead.lateStep !== undefined ? late : expected;
    out.push({ key, values: { date: date(lead.date) }, warn: lead.missed });
  }
  if (lead.complaint) out.push({ key: 'lead.complaint', values: {}, warn: true });
  return out;
}

/**
 * Whether the lead answer, as `<klar-case-status>` says it, already says a date: the same day or
 * instant (`date`, a case date), the same window (`when`, a step's expected time) or the same wait
 * and days (`held`). Whoever leaves `when` to the
 * status (core/context.ts) leaves such a date out too; a date of its own (another day, a missed
 * promise) it still says. Inside one status: a notice leaves out a date the lead says below it.
 */
export function leadSays(lead: LeadAnswer | undefined, at: { date?: string; held?: Held; when?: When } | undefined): boolean {
  // The status says no lead for a decided case, nor for one resting on a step's own date (done and none have no date).
  if (!lead || !at || lead.basis === 'decided' || (lead.basis === 'step' && !lead.held)) return false;
  if (lead.held || at.held) return lead.held?.waitingFor === at.held?.waitingFor && lead.held?.days === at.held?.days;
  if (at.when) return !!lead.when && at.when.earliest.getTime() === lead.when.earliest.getTime() && at.when.latest.getTime() === lead.when.latest.getTime();
  return Date.parse(lead.date!) === Date.parse(at.date!);
}
