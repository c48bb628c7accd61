import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDuration,
  calendarDate,
  endInstant,
  fromZoned,
  isDateOnly,
  normalizeDate,
  parseDuration,
  toInstant,
  zonedParts,
} from '../../src/core/dates.js';

const iso = (d: Date) => d.toISOString();
/** Adds a duration to a calendar day and returns the calendar day it lands on (Copenhagen). */
const addDays = (day: string, duration: string) => calendarDate(addDuration(toInstant(day), parseDuration(duration)!));

describe('core/dates', () => {
  describe('normalizeDate', () => {
    it('keeps real calendar days as they are', () => {
      expect(normalizeDate('2026-03-01')).to.equal('2026-03-01');
      expect(normalizeDate('2024-02-29')).to.equal('2024-02-29');
      expect(normalizeDate('2000-02-29')).to.equal('2000-02-29');
      expect(normalizeDate(' 2026-12-31 ')).to.equal('2026-12-31');
    });

    it('rejects days that do not exist', () => {
      for (const v of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'])
        expect(normalizeDate(v), v).to.equal(undefined);
    });

    it('rejects other shapes and non-text', () => {
      for (const v of ['2026-3-1', '26-03-01', '01-03-2026', '2026/03/01', '20260301', '2026-03-01T', '2026-03-01T10', 'i morgen', '', '0999-12-31'])
        expect(normalizeDate(v), v).to.equal(undefined);
      for (const v of [20260301, null, undefined, new Date('2026-03-01'), {}, ['2026-03-01']]) expect(normalizeDate(v)).to.equal(undefined);
    });

    it('takes the years 1980 to 2199 only: before and after are placeholders, not dates to say', () => {
      // "Vi regnede med at svare senest 1. januar 1900. Det nåede vi ikke", "Siden 1. januar 2999", a null read as 1970 (failure review).
      for (const v of ['1900-01-01', '1970-01-01T00:00:00Z', '1979-12-31', '2200-01-01', '2999-12-31']) expect(normalizeDate(v), v).to.equal(undefined);
      for (const v of ['1980-01-01', '1996-02-29', '2199-12-31', '2196-02-29']) expect(normalizeDate(v), v).to.equal(v);
    });

    it('turns date-times with a zone into UTC instants', () => {
      expect(normalizeDate('2026-03-01T10:00:00Z')).to.equal('2026-03-01T10:00:00.000Z');
      expect(normalizeDate('2026-03-01t10:00:00z')).to.equal('2026-03-01T10:00:00.000Z');
      expect(normalizeDate('2026-03-01 10:00Z')).to.equal('2026-03-01T10:00:00.000Z');
      expect(normalizeDate('2026-03-01T10:00:00+02:00')).to.equal('2026-03-01T08:00:00.000Z');
      expect(normalizeDate('2026-03-01T10:00:00-0530')).to.equal('2026-03-01T15:30:00.000Z');
      expect(normalizeDate('2026-03-01T10:00+01')).to.equal('2026-03-01T09:00:00.000Z');
      expect(normalizeDate('2026-03-01T10:00:00 +01:00')).to.equal('2026-03-01T09:00:00.000Z');
      expect(normalizeDate('2026-03-01T10:00:00-00:00')).to.equal('2026-03-01T10:00:00.000Z');
    });

    it('moves across a day, month and year boundary with the offset', () => {
      expect(normalizeDate('2026-01-01T00:30:00+01:00')).to.equal('2025-12-31T23:30:00.000Z');
      expect(normalizeDate('2026-02-28T23:30:00-01:00')).to.equal('2026-03-01T00:30:00.000Z');
    });

    it('keeps fractions of a second to the millisecond', () => {
      expect(normalizeDate('2026-03-01T10:00:00.5Z')).to.equal('2026-03-01T10:00:00.500Z');
      expect(normalizeDate('2026-03-01T10:00:00,25Z')).to.equal('2026-03-01T10:00:00.250Z');
      expect(normalizeDate('2026-03-01T10:00:00.029Z')).to.equal('2026-03-01T10:00:00.029Z');
      expect(normalizeDate('2026-03-01T10:00:00.123456789Z')).to.equal('2026-03-01T10:00:00.123Z');
      expect(normalizeDate('2026-03-01T10:00:00.9999Z')).to.equal('2026-03-01T10:00:00.999Z');
      expect(normalizeDate('2026-03-01T10:00:00.1234567890Z')).to.equal(undefined);
      expect(normalizeDate('2026-03-01T10:00.5Z')).to.equal(undefined);
    });

    it('rejects impossible clock times and offsets', () => {
      for (const v of [
        '2026-03-01T24:00:00Z',
        '2026-03-01T25:00Z',
        '2026-03-01T10:60Z',
        '2026-03-01T10:00:60Z',
        '2026-03-01T10:00:00+19:00',
        '2026-03-01T10:00:00+01:60',
        '2026-03-01T10:00:00+1',
        '2026-02-30T10:00:00Z',
      ])
        expect(normalizeDate(v), v).to.equal(undefined);
    });

    it('reads zone-less date-times in Copenhagen, winter and summer', () => {
      expect(normalizeDate('2026-01-15T10:00')).to.equal('2026-01-15T09:00:00.000Z');
      expect(normalizeDate('2026-07-15T10:00:00.250')).to.equal('2026-07-15T08:00:00.250Z');
      expect(normalizeDate('2026-03-29T01:59:59')).to.equal('2026-03-29T00:59:59.000Z');
      expect(normalizeDate('2026-03-29T03:00')).to.equal('2026-03-29T01:00:00.000Z');
      expect(normalizeDate('2026-10-25T03:00')).to.equal('2026-10-25T02:00:00.000Z');
    });

    it('reads a zone-less time skipped by the spring change as the time after it', () => {
      // 02:30 does not exist on 29 March 2026 in Copenhagen; RFC 5545 and Temporal read it
      // with the offset before the gap, i.e. as 03:30 summer time.
      expect(normalizeDate('2026-03-29T02:30')).to.equal('2026-03-29T01:30:00.000Z');
    });

    it('reads a zone-less time repeated by the autumn change as the first one', () => {
      // 02:30 happens twice on 25 October 2026; RFC 5545 and Temporal take the first (summer time).
      expect(normalizeDate('2026-10-25T02:30')).to.equal('2026-10-25T00:30:00.000Z');
      expect(normalizeDate('2026-10-25T02:00')).to.equal('2026-10-25T00:00:00.000Z');
      expect(normalizeDate('2026-10-25T01:59')).to.equal('2026-10-24T23:59:00.000Z');
    });

    it('reads zone-less date-times in another zone when asked', () => {
      expect(normalizeDate('2026-07-15T10:00', 'America/New_York')).to.equal('2026-07-15T14:00:00.000Z');
      expect(normalizeDate('2026-07-15T10:00', 'UTC')).to.equal('2026-07-15T10:00:00.000Z');
    });

    it('gives the same value when its output is normalised again', () => {
      for (const v of ['2026-03-01', '2026-03-01T10:00:00+02:00', '2026-03-29T02:30', '2026-10-25T02:30']) {
        const once = normalizeDate(v)!;
        expect(normalizeDate(once)).to.equal(once);
      }
    });
  });

  describe('zoned time', () => {
    it('reads the Copenhagen wall clock of an instant', () => {
      expect(zonedParts(new Date('2026-03-29T00:59:59Z'))).to.deep.equal({ year: 2026, month: 3, day: 29, hour: 1, minute: 59, second: 59 });
      expect(zonedParts(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({ year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 });
      expect(zonedParts(new Date('2026-12-31T23:00:00Z'))).to.deep.equal({ year: 2027, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
    });

    it('finds the instant of a wall-clock time', () => {
      expect(iso(fromZoned({ year: 2026, month: 7, day: 1, hour: 0, minute: 0, second: 0 }))).to.equal('2026-06-30T22:00:00.000Z');
      expect(iso(fromZoned({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0 }, 'Europe/Copenhagen', 7))).to.equal('2025-12-31T23:00:00.007Z');
    });

    it('finds every instant again from its wall clock (the first one in a repeated hour)', () => {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom('Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe'), (t, tz) => {
          const back = fromZoned(zonedParts(new Date(t), tz), tz, new Date(t).getUTCMilliseconds()).getTime();
          // Lord Howe moves its clock by 30 minutes.
          if (back !== t && !(back < t && (t - back === 3_600_000 || t - back === 1_800_000))) throw new Error(`${new Date(t).toISOString()} in ${tz} came back as ${new Date(back).toISOString()}`);
          if (JSON.stringify(zonedParts(new Date(back), tz)) !== JSON.stringify(zonedParts(new Date(t), tz))) throw new Error('different wall clock');
        }),
        { numRuns: 2000 },
      );
    });

    it('tells calendar days from instants', () => {
      expect(isDateOnly('2026-03-01')).to.equal(true);
      expect(isDateOnly('2026-03-01T00:00:00.000Z')).to.equal(false);
    });

    it('starts and ends a calendar day at Copenhagen midnight, also on change days', () => {
      expect(iso(toInstant('2026-01-15'))).to.equal('2026-01-14T23:00:00.000Z');
      expect(iso(endInstant('2026-01-15'))).to.equal('2026-01-15T23:00:00.000Z');
      expect(iso(toInstant('2026-03-29'))).to.equal('2026-03-28T23:00:00.000Z');
      expect(iso(endInstant('2026-03-29'))).to.equal('2026-03-29T22:00:00.000Z');
      expect(iso(toInstant('2026-10-25'))).to.equal('2026-10-24T22:00:00.000Z');
      expect(iso(endInstant('2026-10-25'))).to.equal('2026-10-25T23:00:00.000Z');
    });

    it('keeps an instant as it is', () => {
      expect(iso(toInstant('2026-03-01T10:00:00.000Z'))).to.equal('2026-03-01T10:00:00.000Z');
      expect(iso(endInstant('2026-03-01T10:00:00.000Z'))).to.equal('2026-03-01T10:00:00.000Z');
    });

    it('gives the Copenhagen calendar day of an instant', () => {
      expect(calendarDate(new Date('2026-03-01T22:59:59.999Z'))).to.equal('2026-03-01');
      expect(calendarDate(new Date('2026-03-01T23:00:00.000Z'))).to.equal('2026-03-02');
      expect(calendarDate(new Date('2026-07-01T22:00:00.000Z'))).to.equal('2026-07-02');
      expect(calendarDate(new Date('2026-07-01T22:00:00.000Z'), 'UTC')).to.equal('2026-07-01');
    });
  });

  describe('parseDuration', () => {
    it('reads ISO 8601 durations', () => {
      expect(parseDuration('P8W')).to.deep.equal({ weeks: 8 });
      expect(parseDuration('p1m15d')).to.deep.equal({ months: 1, days: 15 });
      expect(parseDuration('PT36H')).to.deep.equal({ hours: 36 });
      expect(parseDuration(' P2W ')).to.deep.equal({ weeks: 2 });
      expect(parseDuration('P1Y2M3W4DT5H6M7S')).to.deep.equal({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 });
      expect(parseDuration('P0D')).to.deep.equal({ days: 0 });
      expect(parseDuration('PT1M')).to.deep.equal({ minutes: 1 });
      expect(parseDuration('P1M')).to.deep.equal({ months: 1 });
    });

    it('reads decimal fractions with a point or a comma', () => {
      expect(parseDuration('P1,5D')).to.deep.equal({ days: 1.5 });
      expect(parseDuration('PT0.5H')).to.deep.equal({ hours: 0.5 });
    });

    it('rejects what is not a duration', () => {
      for (const v of ['P', 'PT', 'P1DT', '8W', 'P-1D', 'P1H', 'P1M1Y', 'P1D2W', 'PT1D', 'P1.W', 'P.5D', '8 uger', '', 'P 8W'])
        expect(parseDuration(v), v).to.equal(undefined);
      for (const v of [8, null, undefined, {}, ['P8W']]) expect(parseDuration(v)).to.equal(undefined);
    });
  });

  describe('addDuration', () => {
    it('keeps the wall-clock time across the spring change (29 March 2026)', () => {
      const start = new Date('2026-03-28T09:00:00Z'); // 10:00 winter time
      expect(iso(addDuration(start, { days: 1 }))).to.equal('2026-03-29T08:00:00.000Z'); // 10:00 summer time
      expect(iso(addDuration(start, { weeks: 1 }))).to.equal('2026-04-04T08:00:00.000Z');
      expect(iso(addDuration(new Date('2026-03-01T11:00:00Z'), { months: 1 }))).to.equal('2026-04-01T10:00:00.000Z');
    });

    it('keeps the wall-clock time across the autumn change (25 October 2026)', () => {
      const start = new Date('2026-10-24T08:00:00Z'); // 10:00 summer time
      expect(iso(addDuration(start, { days: 1 }))).to.equal('2026-10-25T09:00:00.000Z'); // 10:00 winter time
      expect(iso(addDuration(start, { weeks: 8 }))).to.equal('2026-12-19T09:00:00.000Z');
    });

    it('adds hours, minutes and seconds as elapsed time', () => {
      expect(iso(addDuration(new Date('2026-03-28T09:00:00Z'), { hours: 24 }))).to.equal('2026-03-29T09:00:00.000Z'); // 11:00 summer time
      expect(iso(addDuration(new Date('2026-10-24T08:00:00Z'), { hours: 24 }))).to.equal('2026-10-25T08:00:00.000Z'); // 09:00 winter time
      expect(iso(addDuration(new Date('2026-03-01T10:00:00Z'), { minutes: 90, seconds: 30 }))).to.equal('2026-03-01T11:30:30.000Z');
    });

    it('makes the change days 23 and 25 hours long from midnight to midnight', () => {
      expect(iso(addDuration(toInstant('2026-03-29'), { days: 1 }))).to.equal('2026-03-29T22:00:00.000Z');
      expect(iso(addDuration(toInstant('2026-10-25'), { days: 1 }))).to.equal('2026-10-25T23:00:00.000Z');
    });

    it('lands a skipped wall-clock time after the gap and a repeated one on the first', () => {
      // 02:30 on 28 March + 1 day: 02:30 does not exist on the 29th, so 03:30 summer time.
      expect(iso(addDuration(new Date('2026-03-28T01:30:00Z'), { days: 1 }))).to.equal('2026-03-29T01:30:00.000Z');
      // 02:30 summer time on 24 October + 1 day: the first 02:30 on the 25th (still summer time).
      expect(iso(addDuration(new Date('2026-10-24T00:30:00Z'), { days: 1 }))).to.equal('2026-10-25T00:30:00.000Z');
    });

    it('keeps milliseconds', () => {
      expect(iso(addDuration(new Date('2026-03-28T09:00:00.123Z'), { days: 1 }))).to.equal('2026-03-29T08:00:00.123Z');
    });

    it('clamps to the end of a shorter month', () => {
      expect(addDays('2026-01-31', 'P1M')).to.equal('2026-02-28');
      expect(addDays('2024-01-31', 'P1M')).to.equal('2024-02-29');
      expect(addDays('2026-03-31', 'P1M')).to.equal('2026-04-30');
      expect(addDays('2024-02-29', 'P1Y')).to.equal('2025-02-28');
      expect(addDays('2026-10-31', 'P13M')).to.equal('2027-11-30');
      expect(addDays('2026-01-31', 'P1M1D')).to.equal('2026-03-01');
    });

    it('adds months and years across a year end', () => {
      expect(addDays('2026-12-15', 'P1M')).to.equal('2027-01-15');
      expect(addDays('2026-11-30', 'P3M')).to.equal('2027-02-28');
      expect(addDays('2026-01-05', 'P2Y')).to.equal('2028-01-05');
      expect(addDays('2026-01-05', 'P0.5Y')).to.equal('2026-07-05');
    });

    it('adds weeks and days as calendar days', () => {
      expect(addDays('2026-01-05', 'P8W')).to.equal('2026-03-02');
      expect(addDays('2026-02-20', 'P10D')).to.equal('2026-03-02');
      expect(addDays('2026-12-28', 'P1W')).to.equal('2027-01-04');
      expect(addDays('2026-03-01', 'P0D')).to.equal('2026-03-01');
    });

    it('adds a fraction of a day as hours', () => {
      expect(iso(addDuration(new Date('2026-03-01T09:00:00Z'), { days: 1.5 }))).to.equal('2026-03-02T21:00:00.000Z');
    });

    it('does not drop a fraction of a month', () => {
      // Half a month is half of the month it lands in, in whole days: 14 of February's 28.
      expect(addDays('2026-01-01', 'P1.5M')).to.equal('2026-02-15');
      expect(addDays('2026-01-01', 'P0.5M')).to.equal('2026-01-17');
    });

    it('gives an Invalid Date, never an exception, for a result no Date can hold', () => {
      expect(Number.isNaN(addDuration(new Date('2026-03-01T10:00:00Z'), parseDuration('P99999999999Y')!).getTime())).to.equal(true);
      expect(Number.isNaN(addDuration(new Date('2026-03-01T10:00:00Z'), parseDuration('P9999999999999W')!).getTime())).to.equal(true);
      expect(Number.isNaN(addDuration(new Date('2026-03-01T10:00:00Z'), parseDuration('PT99999999999999999999H')!).getTime())).to.equal(true);
      expect(Number.isNaN(addDuration(new Date(NaN), { days: 1 }).getTime())).to.equal(true);
      expect(iso(addDuration(new Date('2026-03-01T10:00:00Z'), parseDuration('P1000Y')!))).to.equal('3026-03-01T10:00:00.000Z');
    });

    it('adds in another time zone when asked', () => {
      // US summer time starts 8 March 2026.
      expect(iso(addDuration(new Date('2026-03-07T15:00:00Z'), { days: 1 }, 'America/New_York'))).to.equal('2026-03-08T14:00:00.000Z');
    });
  });
});
