import { deadlineDay, isDateOnly, isOver } from './dates.js';
import type { LocalizeController } from './localize.js';

/** A case date as the elements say it: a whole day "3. november 2026", an instant with its clock time. */
export function caseDateText(l10n: LocalizeController, value: string): string {
  return isDateOnly(value) ? l10n.date(value) : l10n.dateTime(value);
}

/**
 * A date to meet or to expect, as said after "senest" / "Fristen er": "i dag, 6. december 2026" and
 * "i morgen, …" when it is that close; a deadline at midnight as the day it ends (deadlineDay). One
 * for the status, the timeline and the list, so a date to meet is said the same in each.
 */
export function soonText(l10n: LocalizeController, value: string, now: Date): string {
  value = deadlineDay(value, l10n.timeZone);
  return l10n.soon(value, caseDateText(l10n, value), now);
}

/**
 * A date to meet as a sentence (`key`: "Senest {date}"), or once it is over, that it was and has
 * passed (`passedKey`: "Fristen var {date}. Den er gået."), never a date gone by said as one to meet.
 */
export function dueText(l10n: LocalizeController, value: string, now: Date, key: string, passedKey: string): { text: string; passed: boolean } {
  value = deadlineDay(value, l10n.timeZone);
  const passed = isOver(value, now, l10n.timeZone);
  return { text: l10n.t(passed ? passedKey : key, { date: passed ? caseDateText(l10n, value) : soonText(l10n, value, now) }), passed };
}
