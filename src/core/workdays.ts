/**
 * Danish working days. A municipality's deadline that falls on a closed day moves to the next
 * working day (the general rule of Danish administrative law; see e.g. Forvaltningsloven and
 * Folketingets Ombudsmand on deadlines ending on a holiday).
 *
 * Closed days: Saturday, Sunday, nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag,
 * Kristi himmelfartsdag, pinsedag, 2. pinsedag, grundlovsdag (5 June), juledag, 2. juledag, and
 * store bededag up to and including 2023 (abolished by lov nr. 169 of 28 February 2023).
 * Many municipalities also close on 24 and 31 December: pass them as `extraClosedDays`.
 *
 * Every function works on calendar days ('YYYY-MM-DD'), so no clock time or time zone can
 * move a date by one.
 */

export interface WorkdayOptions {
  /**
   * More closed days: 'MM-DD' for every year (e.g. `['12-24', '12-31']`) or 'YYYY-MM-DD' for
   * one day. Anything else is ignored.
   */
  extraClosedDays?: readonly string[];
}

/** 24 and 31 December, closed in many town halls: `{ extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE }`. */
export const CHRISTMAS_AND_NEW_YEARS_EVE: readonly string[] = /* @__PURE__ */ Object.freeze(['12-24', '12-31']);

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function ymd(y: number, m: number, d: number): string {
  // Date.UTC normalises overflowing days (32 March is 1 April), which the offsets from Easter rely on.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

function parts(day: string): [number, number, number] | undefined {
  const m = DAY_RE.exec(day);
  return m ? [+m[1], +m[2], +m[3]] : undefined;
}

/**
 * Returns Easter Sunday of a Gregorian year as 'YYYY-MM-DD', by the anonymous Gregorian
 * algorithm (Meeus/Jones/Butcher).
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

/**
 * Returns the Danish public holidays of a year as a map from 'YYYY-MM-DD' to the holiday's
 * Danish name (weekends not included).
 */
export function danishHolidays(year: number): ReadonlyMap<string, string> {
  const hit = holidayCache.get(year);
  if (hit) return hit;
  const [ey, em, ed] = parts(easterSunday(year))!;
  const easter = (offset: number) => ymd(ey, em, ed + offset);
  const out = new Map<string, string>([
    [ymd(year, 1, 1), 'nytårsdag'],
    [easter(-3), 'skærtorsdag'],
    [easter(-2), 'langfredag'],
    [easter(0), 'påskedag'],
    [easter(1), '2. påskedag'],
    [easter(39), 'Kristi himmelfartsdag'],
    [easter(49), 'pinsedag'],
    [easter(50), '2. pinsedag'],
    [ymd(year, 12, 25), 'juledag'],
    [ymd(year, 12, 26), '2. juledag'],
  ]);
  // Store bededag: the fourth Friday after Easter, a holiday until 2023.
  if (year <= 2023) out.set(easter(26), 'store bededag');
  // Grundlovsdag is a closing day for public offices; it can coincide with 2. pinsedag (2028).
  if (!out.has(ymd(year, 6, 5))) out.set(ymd(year, 6, 5), 'grundlovsdag');
  if (holidayCache.size > 200) holidayCache.clear();
  holidayCache.set(year, out);
  return out;
}

/** Tells whether a calendar day ('YYYY-MM-DD') is a weekend day, a Danish holiday or an extra closed day. */
export function isClosedDay(day: string, opts: WorkdayOptions = {}): boolean {
  const p = parts(day);
  if (!p) return false;
  const weekday = new Date(Date.UTC(p[0], p[1] - 1, p[2])).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  if (danishHolidays(p[0]).has(day)) return true;
  const extra = opts.extraClosedDays;
  return !!extra && (extra.includes(day) || extra.includes(day.slice(5)));
}

/**
 * Returns the first working day on or after `day` ('YYYY-MM-DD'): the day itself when it is
 * one. A text that is not a calendar day is returned unchanged.
 */
export function nextWorkingDay(day: string, opts: WorkdayOptions = {}): string {
  const p = parts(day);
  if (!p) return day;
  let d = day;
  // At most a long weekend plus Easter and the extra days: a fortnight is a generous bound.
  for (let i = 0; i < 31 && isClosedDay(d, opts); i++) d = ymd(p[0], p[1], p[2] + i + 1);
  return d;
}

/**
 * Returns the working day `n` working days after `day` ('YYYY-MM-DD'); the day itself does not
 * count, so 1 working day after a Friday is the Monday. `n` = 0 gives `nextWorkingDay(day)`.
 * A negative or fractional `n` counts whole working days back or rounds up.
 */
export function addWorkingDays(day: string, n: number, opts: WorkdayOptions = {}): string {
  const p = parts(day);
  if (!p || !Number.isFinite(n)) return day;
  let left = Math.ceil(Math.abs(n));
  if (left === 0) return nextWorkingDay(day, opts);
  // No case counts decades of working days; the cap keeps hostile data from spinning.
  left = Math.min(left, 20_000);
  const step = n < 0 ? -1 : 1;
  let offset = 0;
  let d = day;
  while (left > 0) {
    offset += step;
    d = ymd(p[0], p[1], p[2] + offset);
    if (!isClosedDay(d, opts)) left--;
  }
  return d;
}

/**
 * Counts the working days after `from` up to and including `to` (both 'YYYY-MM-DD'); 0 when
 * `to` is not after `from`. "Within 10 working days of receiving your papers."
 */
export function workingDaysBetween(from: string, to: string, opts: WorkdayOptions = {}): number {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return 0;
  const days = Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
  let n = 0;
  for (let i = 1; i <= Math.min(days, 20_000); i++) if (!isClosedDay(ymd(a[0], a[1], a[2] + i), opts)) n++;
  return n;
}
