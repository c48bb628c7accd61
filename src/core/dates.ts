/**
 * Date helpers for the case model. Case dates stay strings so a Case is plain JSON:
 * a calendar date is 'YYYY-MM-DD' (a whole day in the case's time zone), an instant is a
 * UTC ISO string. Date-times without a zone are read in Europe/Copenhagen, because that
 * is where Danish case systems write them.
 */
import { newCache } from './caches.js';
import { warnOnce } from './warn.js';

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const knownZones = newCache<string, string>();

/**
 * `timeZone` when the browser knows it, else Europe/Copenhagen with one console warning: a
 * typo in a `time-zone` attribute ("Europe/Kopenhagen", "CEST") shows Danish dates rather than
 * making every date throw a RangeError. Empty reads as Europe/Copenhagen without a warning.
 */
export function knownTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return DEFAULT_TIME_ZONE;
  let zone = knownZones.get(timeZone);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      zone = timeZone;
    } catch {
      zone = DEFAULT_TIME_ZONE;
      warnOnce(`time-zone "${timeZone}" is not a time zone this browser knows (use an IANA name such as "Europe/Copenhagen"); dates are shown in ${DEFAULT_TIME_ZONE}.`);
    }
    knownZones.set(timeZone, zone);
  }
  return zone;
}

const partsFormatters = newCache<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      // Every zone computation comes here: an unknown zone falls back here, once, for all of them.
      timeZone: knownTimeZone(timeZone),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

// formatToParts costs microseconds per call and scheduling a long case makes thousands of
// calls on the same few instants, so results are memoised (pure: same instant, same parts).
const partsCache = newCache<string, ZonedParts>();

/** Returns the wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone = DEFAULT_TIME_ZONE): ZonedParts {
  const key = `${timeZone}|${date.getTime()}`;
  const hit = partsCache.get(key);
  if (hit) return { ...hit };
  const parts = computeZonedParts(date, timeZone);
  if (partsCache.size > 10_000) partsCache.clear();
  partsCache.set(key, parts);
  return { ...parts };
}

function computeZonedParts(date: Date, timeZone: string): ZonedParts {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour === 24 ? 0 : out.hour,
    minute: out.minute,
    second: out.second,
  };
}

const MAX_TIME = 8.64e15;

function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * Returns the instant at which the wall clock in `timeZone` shows the given parts. Around a
 * daylight-saving change it follows RFC 5545 §3.3.5 (and Temporal's "compatible"): a time
 * that happens twice in autumn is the first one, a time skipped in spring is read with the
 * offset before the gap (02:30 becomes 03:30 summer time).
 */
export function fromZoned(p: ZonedParts, timeZone = DEFAULT_TIME_ZONE, ms = 0): Date {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  // Beyond what a Date can hold (±8.64e15 ms, less the day we look either side): an Invalid
  // Date, rather than a RangeError from Intl on the way.
  if (!(Math.abs(wall) <= MAX_TIME - 2 * 86_400_000)) return new Date(NaN);
  // The offsets a day either side; zones change offset at most once in 48 hours.
  const before = offsetMs(new Date(wall - 86_400_000), timeZone);
  const after = offsetMs(new Date(wall + 86_400_000), timeZone);
  const matches = [wall - before, wall - after].filter((t) => t + offsetMs(new Date(t), timeZone) === wall);
  return new Date(matches.length ? Math.min(...matches) : wall - before);
}

/**
 * Whether a case date is a day that exists, in the years 1980 to 2199: a date outside them is a
 * placeholder, not a date to say ("Vi regnede med at svare senest 1. januar 1900. Det nåede vi ikke",
 * a null read as 1970, "never" written 2999). The schema (schema/case.schema.json) says the same.
 */
function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1980 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Tells whether a normalised case date is a whole calendar day. */
export function isDateOnly(value: string): boolean {
  return DATE_RE.test(value);
}

/**
 * Normalises a date string from case data: 'YYYY-MM-DD' stays as it is, a date-time becomes
 * a UTC ISO string (zone-less ones read in `timeZone`). Returns undefined when it is not a
 * real date.
 */
export function normalizeDate(value: unknown, timeZone = DEFAULT_TIME_ZONE): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = DATE_RE.exec(s);
  if (m) {
    return validYmd(+m[1], +m[2], +m[3]) ? s : undefined;
  }
  m = DATETIME_RE.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se = '0', frac = '0', zone] = m;
  if (!validYmd(+y, +mo, +d) || +h > 23 || +mi > 59 || +se > 59) return undefined;
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  let t: number;
  if (!zone) {
    t = fromZoned({ year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +se }, timeZone, ms).getTime();
  } else {
    t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +se, ms);
    if (zone.toUpperCase() !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2) || '0');
      if (oh > 18 || om > 59) return undefined;
      t -= sign * (oh * 60 + om) * 60_000;
    }
  }
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Returns the instant a normalised case date starts (midnight in `timeZone` for a calendar day). */
export function toInstant(value: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const m = DATE_RE.exec(value);
  if (m) {
    // A case renders the same days many times (each a few formatToParts deep): memoised, a new Date each call.
    const key = `${timeZone}|${value}`;
    let t = midnights.get(key);
    if (t === undefined) {
      t = fromZoned({ year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0, second: 0 }, timeZone).getTime();
      if (midnights.size > 10_000) midnights.clear();
      midnights.set(key, t);
    }
    return new Date(t);
  }
  return new Date(value);
}
const midnights = newCache<string, number>();

/** Returns the instant a normalised case date is over (the next midnight for a calendar day). */
export function endInstant(value: string, timeZone = DEFAULT_TIME_ZONE): Date {
  if (!isDateOnly(value)) return new Date(value);
  return addDuration(toInstant(value, timeZone), { days: 1 }, timeZone);
}

/** Whether a case date is over at `now` (a calendar day at its end, the next midnight): a deadline that has passed. */
export const isOver = (value: string, now: Date, timeZone = DEFAULT_TIME_ZONE): boolean => endInstant(value, timeZone) <= now;

export interface Duration {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

const DURATION_RE =
  /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration ('P8W', 'P1M15D', 'PT36H'); returns undefined when it is not one. */
export function parseDuration(value: unknown): Duration | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DURATION_RE.exec(value.trim().toUpperCase());
  if (!m) return undefined;
  const keys = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  const d: Duration = {};
  keys.forEach((k, i) => {
    const v = m[i + 1];
    if (v !== undefined) d[k] = Number(v.replace(',', '.'));
  });
  return d;
}

/**
 * Adds a duration in the wall clock of `timeZone`: days and weeks are calendar days, so
 * "8 weeks" from a date lands on the same weekday and clock time across a DST change.
 */
export function addDuration(start: Date, d: Duration, timeZone = DEFAULT_TIME_ZONE): Date {
  // An invalid start, or a result no Date can hold ('P99999999999Y'), gives an Invalid Date:
  // callers check it, and case data can never make this throw.
  if (Number.isNaN(start.getTime())) return new Date(NaN);
  const p = zonedParts(start, timeZone);
  const monthTotal = (d.years ?? 0) * 12 + (d.months ?? 0);
  const wholeMonths = Math.trunc(monthTotal);
  const dayTotal = (d.weeks ?? 0) * 7 + (d.days ?? 0);
  const wholeDays = Math.trunc(dayTotal);
  let year = p.year;
  let month = p.month + wholeMonths;
  year += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(p.day, lastDay);
  // A fraction of a month ('P1.5M') is that share of the month it lands in, in whole days.
  const monthFractionDays = Math.round((monthTotal - wholeMonths) * lastDay);
  // Normalise the day overflow through UTC arithmetic on the calendar date only.
  const cal = new Date(Date.UTC(year, month - 1, day + monthFractionDays + wholeDays));
  if (Number.isNaN(cal.getTime())) return new Date(NaN);
  const base = fromZoned(
    { year: cal.getUTCFullYear(), month: cal.getUTCMonth() + 1, day: cal.getUTCDate(), hour: p.hour, minute: p.minute, second: p.second },
    timeZone,
    start.getUTCMilliseconds(),
  );
  const extraMs =
    (dayTotal - wholeDays) * 86_400_000 +
    ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000;
  return new Date(base.getTime() + extraMs);
}

/**
 * A date to meet as the citizen should read it: an instant at midnight in `timeZone` is the whole
 * day that ends there ("2026-11-25T00:00+01:00" is 24 November: "senest i dag, 24. november", not
 * "i morgen, 25. november kl. 00:00"), over at the same moment. Anything else as it is.
 */
export function deadlineDay(value: string, timeZone = DEFAULT_TIME_ZONE): string {
  if (isDateOnly(value)) return value;
  const d = new Date(value);
  const p = zonedParts(d, timeZone);
  return p.hour || p.minute || p.second || d.getUTCMilliseconds() ? value : calendarDate(new Date(d.getTime() - 1), timeZone);
}

/** Returns the calendar date ('YYYY-MM-DD') of an instant in a time zone. */
export function calendarDate(date: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = zonedParts(date, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/**
 * Two case dates as keys to compare (same moment, or which came first): their days in `timeZone`
 * when either is a whole day, else their minutes (parseCase writes instants as UTC ISO).
 */
export function momentKeys(a: string, b: string, timeZone = DEFAULT_TIME_ZONE): [string, string] {
  const k = (v: string) => (isDateOnly(a) || isDateOnly(b) ? calendarDate(toInstant(v, timeZone), timeZone) : v.slice(0, 16));
  return [k(a), k(b)];
}

/** Whether two case dates say one moment: the same day when either is a whole day, else the same minute. */
export function sameMoment(a: string, b: string | undefined, timeZone = DEFAULT_TIME_ZONE): boolean {
  if (!b) return false;
  const [x, y] = momentKeys(a, b, timeZone);
  return x === y;
}
