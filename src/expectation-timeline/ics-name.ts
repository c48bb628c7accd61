import { DEFAULT_TIME_ZONE, calendarDate } from '../core/dates.js';

// Apart from ics.ts: the timeline names its calendar links when it draws them, and imports the
// .ics writer only when a citizen reaches for one.

/** Returns a safe file name ("klagefrist-2027-01-12.ics") from a label and a day. */
export function icsFileName(label: string, start: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'event'}-${calendarDate(start, timeZone)}.ics`;
}
