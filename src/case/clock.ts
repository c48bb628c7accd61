import { zonedParts } from '../core/dates.js';

/**
 * Formats a clock time as "14:32" in `timeZone`, in every language. Intl gives "14.32" in
 * Danish and "2:32 PM" in English; the texts say "kl. 14:32", the form citizens see on
 * municipal sites and in e-Boks.
 */
export function clockTime(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
