import { expect } from '@open-wc/testing';
import {
  CHRISTMAS_AND_NEW_YEARS_EVE,
  addWorkingDays,
  danishHolidays,
  easterSunday,
  isClosedDay,
  nextWorkingDay,
} from '../../src/core/workdays.js';

// The Danish public holidays 2026–2030, written out by hand from a printed calendar (Easter
// Sunday from the almanac; the rest counted on a calendar page, not computed), plus
// grundlovsdag. 2028: 2. pinsedag is 5 June, grundlovsdag.
const HOLIDAYS: Record<number, string[]> = {
  2026: ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25', '2026-06-05', '2026-12-25', '2026-12-26'],
  2027: ['2027-01-01', '2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17', '2027-06-05', '2027-12-25', '2027-12-26'],
  2028: ['2028-01-01', '2028-04-13', '2028-04-14', '2028-04-16', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-05', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-29', '2029-03-30', '2029-04-01', '2029-04-02', '2029-05-10', '2029-05-20', '2029-05-21', '2029-06-05', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-18', '2030-04-19', '2030-04-21', '2030-04-22', '2030-05-30', '2030-06-09', '2030-06-10', '2030-06-05', '2030-12-25', '2030-12-26'],
};
const EASTER: Record<number, string> = { 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21' };

/** Every calendar day of a year, with its weekday (0 = Sunday), by plain UTC date arithmetic. */
function daysOf(year: number): { day: string; weekday: number }[] {
  const out = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    out.push({ day: d.toISOString().slice(0, 10), weekday: d.getUTCDay() });
  }
  return out;
}

describe('core/workdays', () => {
  it('finds Easter Sunday 2026–2030 as the almanac gives it, and for the edge years of the algorithm', () => {
    for (const [y, day] of Object.entries(EASTER)) expect(easterSunday(+y), y).to.equal(day);
    // Earliest and latest possible Easter, and two years often used to check the algorithm.
    expect(easterSunday(1818)).to.equal('1818-03-22');
    expect(easterSunday(2038)).to.equal('2038-04-25');
    expect(easterSunday(1961)).to.equal('1961-04-02');
    expect(easterSunday(2024)).to.equal('2024-03-31');
  });

  it('closes exactly on weekends and the hand-written holidays, every day of 2026–2030', () => {
    for (const year of [2026, 2027, 2028, 2029, 2030]) {
      const holidays = new Set(HOLIDAYS[year]);
      expect(new Set(danishHolidays(year).keys()), `${year}`).to.deep.equal(holidays);
      for (const { day, weekday } of daysOf(year)) {
        const expected = weekday === 0 || weekday === 6 || holidays.has(day);
        expect(isClosedDay(day), day).to.equal(expected);
      }
    }
  });

  it('names the holidays in Danish', () => {
    const h = danishHolidays(2026);
    expect(h.get('2026-04-02')).to.equal('skærtorsdag');
    expect(h.get('2026-05-14')).to.equal('Kristi himmelfartsdag');
    expect(h.get('2026-06-05')).to.equal('grundlovsdag');
    expect(danishHolidays(2028).get('2028-06-05')).to.equal('2. pinsedag');
  });

  it('keeps store bededag up to 2023 and not after', () => {
    // Easter 2023 was 9 April, so store bededag was Friday 5 May 2023; in 2024 it would have been 26 April.
    expect(isClosedDay('2023-05-05')).to.equal(true);
    expect(danishHolidays(2023).get('2023-05-05')).to.equal('store bededag');
    expect(isClosedDay('2024-04-26')).to.equal(false);
    expect(isClosedDay('2026-05-01')).to.equal(false);
  });

  it('closes extra days when asked: every year as MM-DD, or one day', () => {
    expect(isClosedDay('2026-12-24')).to.equal(false);
    expect(isClosedDay('2026-12-24', { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE })).to.equal(true);
    expect(isClosedDay('2027-12-31', { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE })).to.equal(true);
    // 19 November is a Thursday in 2026 and a Friday in 2027: a one-day entry closes only its year.
    expect(isClosedDay('2026-11-19', { extraClosedDays: ['2026-11-19'] })).to.equal(true);
    expect(isClosedDay('2027-11-19', { extraClosedDays: ['2026-11-19'] })).to.equal(false);
  });

  it('moves a closed day to the next working day and keeps a working day', () => {
    expect(nextWorkingDay('2026-12-02')).to.equal('2026-12-02');
    expect(nextWorkingDay('2026-12-05')).to.equal('2026-12-07'); // Saturday
    expect(nextWorkingDay('2026-12-25')).to.equal('2026-12-28'); // juledag Fri, 2. juledag Sat, Sun
    expect(nextWorkingDay('2026-04-02')).to.equal('2026-04-07'); // skærtorsdag to Tuesday after Easter
    expect(nextWorkingDay('2028-06-04')).to.equal('2028-06-06'); // pinsedag + 2. pinsedag/grundlovsdag
    expect(nextWorkingDay('2026-12-24', { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE })).to.equal('2026-12-28');
    expect(nextWorkingDay('2026-12-31', { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE })).to.equal('2027-01-04');
    expect(nextWorkingDay('not a day')).to.equal('not a day');
  });

  it('adds working days, not counting the day it starts from', () => {
    expect(addWorkingDays('2026-12-04', 1)).to.equal('2026-12-07'); // Friday + 1 = Monday
    expect(addWorkingDays('2026-12-02', 10)).to.equal('2026-12-16');
    // Over Christmas: 21, 22, 23, 24, 28, 29, 30, 31 Dec, 4, 5 Jan.
    expect(addWorkingDays('2026-12-18', 10)).to.equal('2027-01-05');
    expect(addWorkingDays('2026-12-18', 10, { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE })).to.equal('2027-01-07');
    // Over Easter 2027: 24 Mar, 30, 31 Mar, 1 Apr.
    expect(addWorkingDays('2027-03-23', 4)).to.equal('2027-04-01');
    expect(addWorkingDays('2026-12-05', 0)).to.equal('2026-12-07');
    expect(addWorkingDays('2026-12-07', -1)).to.equal('2026-12-04');
  });

  it('never lands on a closed day, whatever the start and count (2026–2030)', () => {
    const starts = daysOf(2026).concat(daysOf(2029)).filter((_, i) => i % 3 === 0);
    for (const { day } of starts) {
      for (const n of [1, 5, 10, 20]) {
        const d = addWorkingDays(day, n, { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE });
        expect(isClosedDay(d, { extraClosedDays: CHRISTMAS_AND_NEW_YEARS_EVE }), `${day} + ${n}`).to.equal(false);
      }
      expect(isClosedDay(nextWorkingDay(day)), day).to.equal(false);
    }
  });
});
