import { DEFAULT_TIME_ZONE, addDuration, calendarDate } from './dates.js';

/** One calendar event for the "add to calendar" links. */
export interface IcsEvent {
  /** Stable id, so adding the same deadline twice updates the event instead of duplicating it. */
  uid: string;
  title: string;
  description?: string;
  url?: string;
  /** The day or instant of the event. */
  start: Date;
  /** True for a whole-day event (a deadline or an expected day). */
  allDay: boolean;
  /** When the file was made (DTSTAMP); pass the element's `now` so tests are repeatable. */
  stamp: Date;
  /** A reminder this long before the start, as an ICS duration ('P1D'); none when empty. */
  alarm?: string;
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function icsEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function icsFold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    // UTF-8 length from the code point: encoding each character on its own cost a millisecond a render.
    const cp = ch.codePointAt(0)!;
    const b = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    const limit = out.length ? 74 : 75; // continuation lines start with a space
    if (bytes + b > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += b;
  }
  out.push(cur);
  return out.join('\r\n ');
}

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Builds an iCalendar file (RFC 5545) for one event, entirely in the browser: no request
 * leaves the page. Whole days are written as DATE values in Europe/Copenhagen, so a
 * deadline lands on the right day in any calendar.
 */
export function buildIcs(e: IcsEvent, timeZone = DEFAULT_TIME_ZONE): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//klar-elements//expectation-timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  lines.push(`UID:${icsEscape(e.uid)}`, `DTSTAMP:${utcStamp(e.stamp)}`);
  // A moment is a date to meet ("senest kl. 10:00"): the half hour that ends at it, not the one after.
  const begins = e.allDay ? e.start : new Date(e.start.getTime() - 30 * 60_000);
  if (e.allDay) {
    const day = calendarDate(e.start, timeZone).replace(/-/g, '');
    const next = calendarDate(addDuration(e.start, { days: 1 }, timeZone), timeZone).replace(/-/g, '');
    lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'TRANSP:TRANSPARENT');
  } else {
    lines.push(`DTSTART:${utcStamp(begins)}`, `DTEND:${utcStamp(e.start)}`);
  }
  lines.push(`SUMMARY:${icsEscape(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${icsEscape(e.description)}`);
  if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
  // A reminder days before, shortened to one still ahead of the file (none when the day is that close):
  // a reminder in the past is never shown, or shown at once as overdue.
  let days = Number(/^P(\d+)D$/.exec(e.alarm ?? '')?.[1] ?? (e.alarm ? -1 : 0));
  while (days > 0 && addDuration(begins, { days: -days }, timeZone) <= e.stamp) days--;
  const alarm = days < 0 ? e.alarm : days && `P${days}D`;
  if (alarm) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-${alarm}`, `DESCRIPTION:${icsEscape(e.title)}`, 'END:VALARM');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(icsFold).join('\r\n') + '\r\n';
}

/** Returns a data: URL for an .ics text, for an `<a download>` link (no Blob URL to revoke). */
export function icsHref(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}

export { icsFileName } from './calendar.js';
