import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCase } from '../../src/core/parse-case.js';
import type { Case, Step, Suspension } from '../../src/core/case-model.js';
import { isClosedStatus, leadAnswer, movedEarlier, scheduleCase, whenEnd, type CaseSchedule, type When } from '../../src/core/schedule.js';
import { isClosedDay } from '../../src/core/workdays.js';
import { calendarDate } from '../../src/core/dates.js';
import { stepDelayCase } from '../helpers/step-delay-case.js';
import { leadLines } from '../../src/core/lead-text.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function mkCase(extra: Partial<Case> = {}): Case {
  return {
    id: 'c1',
    title: 'Sag',
    status: { code: 'open', label: 'Åben' },
    steps: [],
    delays: [],
    suspensions: [],
    handoffs: [],
    warnings: [],
    ...extra,
  };
}

function step(id: string, state: Step['state'], extra: Partial<Step> = {}): Step {
  return { id, title: id, state, ...extra };
}

/** A When as ISO strings, for exact comparison. */
function w(x: When | undefined): { earliest: string; latest: string; dateOnly: boolean } | undefined {
  return x && { earliest: x.earliest.toISOString(), latest: x.latest.toISOString(), dateOnly: x.dateOnly };
}

const at = (s: string) => new Date(s);

describe('core/schedule', () => {
  describe('expected dates', () => {
    it('reads a date as that whole day in Copenhagen', () => {
      const s = scheduleCase(mkCase({ steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })] }), at('2026-02-01T12:00:00Z'));
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
      expect(whenEnd(s.steps[0].expected!).toISOString()).to.equal('2026-03-02T23:00:00.000Z');
      expect(s.steps[0].planned).to.equal(undefined);
      expect(s.steps[0].pausedMs).to.equal(0);
      expect(s.steps[0].overdue).to.equal(false);
    });

    it('reads an instant as that instant', () => {
      const s = scheduleCase(mkCase({ steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02T10:00:00.000Z' } })] }), at('2026-02-01T12:00:00Z'));
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-03-02T10:00:00.000Z', latest: '2026-03-02T10:00:00.000Z', dateOnly: false });
      expect(whenEnd(s.steps[0].expected!).toISOString()).to.equal('2026-03-02T10:00:00.000Z');
    });

    it('reads a window of days from the first day to the last', () => {
      const s = scheduleCase(
        mkCase({ steps: [step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-02', latest: '2026-03-06' } })] }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-05T23:00:00.000Z', dateOnly: true });
      expect(whenEnd(s.steps[0].expected!).toISOString()).to.equal('2026-03-06T23:00:00.000Z');
    });

    it('reads a window of instants with clock times', () => {
      const s = scheduleCase(
        mkCase({ steps: [step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-02T08:00:00.000Z', latest: '2026-03-02T12:00:00.000Z' } })] }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-03-02T08:00:00.000Z', latest: '2026-03-02T12:00:00.000Z', dateOnly: false });
    });

    it('counts a duration from when the case was received', () => {
      const s = scheduleCase(
        mkCase({ receivedAt: '2026-01-05', steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P8W' } })] }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
      expect(s.receivedAt).to.equal('2026-01-05');
    });

    it('chains durations from the step before, done or expected', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          steps: [
            step('a', 'done', { completedAt: '2026-01-07T10:00:00.000Z' }),
            step('b', 'current', { expected: { kind: 'duration', duration: 'P1W' } }),
            step('c', 'upcoming', { expected: { kind: 'date', date: '2026-02-02' } }),
            step('d', 'upcoming', { expected: { kind: 'duration', duration: 'P2W' } }),
          ],
        }),
        at('2026-01-08T12:00:00Z'),
      );
      // A computed date is a calendar day: the clock time of the step done before it is not carried over.
      expect(w(s.steps[1].expected)).to.deep.equal({ earliest: '2026-01-13T23:00:00.000Z', latest: '2026-01-13T23:00:00.000Z', dateOnly: true });
      expect(w(s.steps[3].expected)).to.deep.equal({ earliest: '2026-02-15T23:00:00.000Z', latest: '2026-02-15T23:00:00.000Z', dateOnly: true });
    });

    it('counts a duration from the end of a window before it', () => {
      const s = scheduleCase(
        mkCase({
          steps: [
            step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-02', latest: '2026-03-06' } }),
            step('b', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
          ],
        }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(w(s.steps[1].expected)).to.deep.equal({ earliest: '2026-03-12T23:00:00.000Z', latest: '2026-03-12T23:00:00.000Z', dateOnly: true });
    });

    it('has no expected time for a duration with nothing to count from', () => {
      const s = scheduleCase(mkCase({ steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P8W' } })] }), at('2026-02-01T12:00:00Z'));
      expect(s.steps[0].expected).to.equal(undefined);
      expect(s.steps[0].overdue).to.equal(false);
      expect(s.receivedAt).to.equal(undefined);
    });

    it('takes the first completed step as received when receivedAt is missing', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'done', { completedAt: '2026-01-05' }), step('b', 'current', { expected: { kind: 'duration', duration: 'P2W' } })],
          promise: { processingTime: 'P8W' },
        }),
        at('2026-01-10T12:00:00Z'),
      );
      expect(s.receivedAt).to.equal('2026-01-05');
      // The step's own plan (the last step says the promise's date, the one answer: core/schedule lead).
      expect(w(s.steps[1].planned)).to.deep.equal({ earliest: '2026-01-18T23:00:00.000Z', latest: '2026-01-18T23:00:00.000Z', dateOnly: true });
      expect(w(s.promise!.promisedDate)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
    });

    it('is pure: the same case and now give the same answer', () => {
      const c = mkCase({ receivedAt: '2026-01-05', steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P8W' } })] });
      const before = JSON.stringify(c);
      const now = at('2026-02-01T12:00:00Z');
      expect(w(scheduleCase(c, now).steps[0].expected)).to.deep.equal(w(scheduleCase(c, now).steps[0].expected));
      expect(JSON.stringify(c)).to.equal(before);
      expect(now.toISOString()).to.equal('2026-02-01T12:00:00.000Z');
    });
  });

  describe('promise', () => {
    it('gives the promised date as received plus the processing time, and passes the rest through', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          promise: { processingTime: 'P8W', plannedDate: '2026-02-27', legalDeadline: '2026-04-05', policyUrl: 'https://kommune.dk/frister' },
        }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(w(s.promise!.promisedDate)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
      expect(s.promise!.processingTime).to.equal('P8W');
      expect(s.promise!.plannedDate).to.equal('2026-02-27');
      expect(s.promise!.legalDeadline).to.equal('2026-04-05');
      expect(s.promise!.policyUrl).to.equal('https://kommune.dk/frister');
      expect(s.promise!.caseDelay).to.equal(undefined);
    });

    it('gives a calendar day, moved off a weekend, when received is an instant', () => {
      const s = scheduleCase(mkCase({ receivedAt: '2026-01-31T09:30:00.000Z', promise: { processingTime: 'P1M' } }), at('2026-02-01T12:00:00Z'));
      // 31 January + 1 month = Saturday 28 February: no clock time, and the deadline moves to Monday 2 March.
      expect(w(s.promise!.promisedDate)).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
      expect(s.dates!.processingTime).to.deep.equal({ date: '2026-03-02', passed: false, missed: false });
    });

    it('has no promised date without a processing time or a received date', () => {
      const planned = scheduleCase(mkCase({ receivedAt: '2026-01-05', promise: { plannedDate: '2026-02-27' } }), at('2026-02-01T12:00:00Z')).promise!;
      expect(planned.promisedDate).to.equal(undefined);
      expect(planned.plannedDate).to.equal('2026-02-27');
      expect(w(planned.planned)).to.deep.equal({ earliest: '2026-02-26T23:00:00.000Z', latest: '2026-02-26T23:00:00.000Z', dateOnly: true });
      expect(scheduleCase(mkCase({ promise: { processingTime: 'P8W' } }), at('2026-02-01T12:00:00Z')).promise).to.deep.equal({ processingTime: 'P8W' });
      expect(scheduleCase(mkCase({ receivedAt: '2026-01-05' }), at('2026-02-01T12:00:00Z')).promise).to.equal(undefined);
    });

    it('moves the promised date by waiting that starts on the promised day, like a step due that day', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          promise: { processingTime: 'P8W' },
          steps: [step('decision', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          suspensions: [{ reason: 'Venter', from: '2026-03-02', until: '2026-03-05', waitingFor: 'citizen' }],
        }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-05');
      expect(calendarDay(s.promise!.promisedDate)).to.equal('2026-03-05');
      expect(s.promise!.pausedMs).to.equal(3 * DAY);
    });

    it('moves the planned decision by waiting, and a case-wide delay replaces it', () => {
      const base = {
        receivedAt: '2026-01-05',
        promise: { processingTime: 'P8W', plannedDate: '2026-02-27' },
        suspensions: [{ reason: 'Venter', from: '2026-01-10', until: '2026-01-24', waitingFor: 'citizen' as const }],
      };
      const s = scheduleCase(mkCase(base), at('2026-02-01T12:00:00Z'));
      expect(calendarDay(s.promise!.planned)).to.equal('2026-03-13');
      expect(s.promise!.plannedPausedMs).to.equal(14 * DAY);
      expect(s.promise!.pausedMs).to.equal(14 * DAY);
      const delayed = scheduleCase(
        mkCase({ ...base, delays: [{ reason: 'Travlt', newDate: '2026-04-01', announcedAt: '2026-02-01T08:00:00.000Z' }] }),
        at('2026-02-02T12:00:00Z'),
      );
      // The waiting was before the delay was announced, so the new date stands as announced.
      expect(calendarDay(delayed.promise!.planned)).to.equal('2026-04-01');
      expect(delayed.promise!.plannedPausedMs).to.equal(undefined);
      expect(delayed.promise!.caseDelay!.reason).to.equal('Travlt');
    });

    it("skips the authority's own closed days (the case's closedDays) as it skips the public holidays", () => {
      // Received Thursday 17 December; 14 days land on Thursday 31 December, a closed day at this town hall:
      // then 1 January (nytårsdag) and a weekend, so Monday 4 January. 5 working days from 17 December:
      // 18, 21, 22, 23 and (24, 25, 26 closed) 28 December; with 24 December open, the 24th.
      const c = (closedDays?: string[]) =>
        scheduleCase(
          mkCase({
            receivedAt: '2026-12-17',
            closedDays,
            promise: { processingTime: 'P14D' },
            steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P5D', workingDays: true } }), step('b', 'upcoming', { expected: { kind: 'duration', duration: 'P1D' } })],
          }),
          at('2026-12-17T12:00:00Z'),
        );
      expect([calendarDay(c().promise!.promisedDate), calendarDay(c().steps[0].expected)]).to.deep.equal(['2026-12-31', '2026-12-24']);
      expect([calendarDay(c(['12-24', '12-31']).promise!.promisedDate), calendarDay(c(['12-24', '12-31']).steps[0].expected)]).to.deep.equal(['2027-01-04', '2026-12-28']);
      // One year's day, and a caller's days added to the case's.
      expect(calendarDay(c(['2026-12-31']).promise!.promisedDate)).to.equal('2027-01-04');
      const both = scheduleCase(mkCase({ receivedAt: '2026-12-17', closedDays: ['12-24'], promise: { processingTime: 'P14D' } }), at('2026-12-17T12:00:00Z'), undefined, { extraClosedDays: ['12-31'] });
      expect(calendarDay(both.promise!.promisedDate)).to.equal('2027-01-04');
    });

    it('moves a date by the calendar days waited, whatever the hour the wait began and ended', () => {
      // From 11:20 on Wednesday 20 January to Monday 25 January is 5 days, ended at 23:00 or at
      // 23:30: rounded from hours, 5 d 11 h 40 min moved the plan 5 days and 5 d 12 h 10 min 6.
      for (const until of ['2027-01-25T23:00:00+01:00', '2027-01-25T23:30:00+01:00', '2027-01-25T00:10:00+01:00']) {
        const s = scheduleCase(
          mkCase({
            receivedAt: '2027-01-11T10:00:00+01:00',
            promise: { plannedDate: '2027-02-10', processingTime: 'P4W' },
            steps: [step('a', 'upcoming', { expected: { kind: 'date', date: '2027-02-10' } })],
            suspensions: [{ reason: 'Venter', from: '2027-01-20T11:20:00+01:00', until, waitingFor: 'citizen' }],
          }),
          at('2027-01-26T09:00:00+01:00'),
        );
        // 10 February (Wednesday) + 5 days is Monday 15 February; 8 February + 5 is Saturday 13, so Monday 15.
        expect([calendarDay(s.promise!.planned), calendarDay(s.steps[0].expected), calendarDay(s.promise!.promisedDate)], until).to.deep.equal(['2027-02-15', '2027-02-15', '2027-02-15']);
      }
    });

    it('does not move the planned decision once the case is decided', () => {
      const s = scheduleCase(
        mkCase({
          promise: { plannedDate: '2026-02-27' },
          suspensions: [{ reason: 'Venter', from: '2026-01-10', until: '2026-01-24', waitingFor: 'citizen' }],
          decision: { outcome: 'Ja', decidedAt: '2026-02-20' },
        }),
        at('2026-03-01T12:00:00Z'),
      );
      expect(calendarDay(s.promise!.planned)).to.equal('2026-02-27');
      expect(s.promise!.plannedPausedMs).to.equal(undefined);
    });

    it('gives no date for a processing time too long for any date, without throwing', () => {
      const s = scheduleCase(
        mkCase({ receivedAt: '2026-01-05', promise: { processingTime: 'P99999999999Y' }, steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P99999999999Y' } })] }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(s.promise).to.deep.equal({ processingTime: 'P99999999999Y' });
      expect(s.steps[0].expected).to.equal(undefined);
      expect(s.steps[0].overdue).to.equal(false);
    });

    it('names the latest case-wide delay', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          promise: { processingTime: 'P8W' },
          delays: [
            { reason: 'first', newDate: '2026-03-15', announcedAt: '2026-02-01T00:00:00.000Z' },
            { reason: 'second', newDate: '2026-03-30', announcedAt: '2026-02-20T00:00:00.000Z' },
            { reason: 'step', stepId: 'x', newDate: '2026-05-01', announcedAt: '2026-02-25T00:00:00.000Z' },
          ],
        }),
        at('2026-02-26T12:00:00Z'),
      );
      expect(s.promise!.caseDelay!.reason).to.equal('second');
    });
  });

  describe('waiting (suspensions)', () => {
    /** One step in `state`, expected on `date`, with one suspension, scheduled at `now`. */
    const oneStepWaiting = (date: string, suspension: Suspension, now: string, state: Step['state'] = 'current', extra: Partial<Step> = {}) =>
      scheduleCase(mkCase({ steps: [step('a', state, { expected: { kind: 'date', date }, ...extra })], suspensions: [suspension] }), at(now));

    it('holds the dates after an open-ended wait began instead of moving them day by day', () => {
      const c = mkCase({
        receivedAt: '2026-01-05',
        promise: { processingTime: 'P8W' },
        steps: [
          step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } }),
          step('b', 'upcoming', { expected: { kind: 'date', date: '2026-03-02T10:00:00.000Z' } }),
        ],
        suspensions: [{ reason: 'Venter på dig', from: '2026-02-01', waitingFor: 'citizen', citizenAction: { text: 'Send lejekontrakten' } }],
      });
      const s = scheduleCase(c, at('2026-02-11T06:00:00Z'));
      expect(s.openSuspension!.reason).to.equal('Venter på dig');
      // The dates stay as planned (no sliding), and each says how long is left once the wait is over.
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-02');
      expect(s.steps[0].pausedMs).to.equal(0);
      expect(s.steps[0].held!.waitingFor).to.equal('citizen');
      expect(s.steps[0].held!.suspension.citizenAction!.text).to.equal('Send lejekontrakten');
      // 1 February (a Sunday) to Monday 2 March: 29 days; 4 weeks of 5 working days plus the Monday = 21.
      expect([s.steps[0].held!.days, s.steps[0].held!.workingDays]).to.deep.equal([29, 21]);
      expect(s.steps[1].held!.days).to.equal(29);
      expect(s.dates!.processingTime!.held!.days).to.equal(29);
      expect(s.dates!.processingTime!.passed).to.equal(false);
      expect(s.lead!.held!.days).to.equal(29);
      expect(s.lead!.date).to.equal(undefined);
      expect(s.steps.map((x) => x.overdue)).to.deep.equal([false, false]);
    });

    it('gives the same answer whether the wait has lasted ten days or ten weeks', () => {
      const c = mkCase({
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
        suspensions: [{ reason: 'Venter', from: '2026-02-01', waitingFor: 'other' }],
      });
      const early = scheduleCase(c, at('2026-02-05T06:00:00Z'));
      const late = scheduleCase(c, at('2026-04-01T06:00:00Z'));
      expect(calendarDay(early.steps[0].expected)).to.equal('2026-03-02');
      expect(calendarDay(late.steps[0].expected)).to.equal('2026-03-02');
      expect(early.steps[0].held!.days).to.equal(late.steps[0].held!.days);
      expect(late.steps[0].overdue).to.equal(false);
      expect(late.lead!.missed).to.equal(false);
    });

    it('moves dates by the full length of a wait with a known end, from the day it began', () => {
      const c = mkCase({
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
        suspensions: [{ reason: 'Venter', from: '2026-02-01', until: '2026-02-15', waitingFor: 'other' }],
      });
      // The same on the first day of the wait as after it: 14 days later.
      expect(calendarDay(scheduleCase(c, at('2026-02-02T06:00:00Z')).steps[0].expected)).to.equal('2026-03-16');
      expect(calendarDay(scheduleCase(c, at('2026-02-20T06:00:00Z')).steps[0].expected)).to.equal('2026-03-16');
    });

    it('moves expected dates by the length of a closed suspension', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          promise: { processingTime: 'P8W' },
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          suspensions: [{ reason: 'Venter', from: '2026-01-10', until: '2026-01-24', waitingFor: 'citizen' }],
        }),
        at('2026-02-01T12:00:00Z'),
      );
      expect(s.openSuspension).to.equal(undefined);
      expect(s.steps[0].pausedMs).to.equal(14 * DAY);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-16');
      expect(calendarDay(s.steps[0].planned)).to.equal('2026-03-02');
      expect(calendarDay(s.promise!.promisedDate)).to.equal('2026-03-16');
    });

    it('says how far waiting really moved a date: onto a holiday and off it again counts', () => {
      // Due Tuesday 22 December; four days of waiting land it on 26 December (2. juledag), a
      // Sunday follows: it moves to Monday 28 December, six days, not the four waited.
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-11-24',
          promise: { processingTime: 'P28D', plannedDate: '2026-12-22' },
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-12-22' } })],
          suspensions: [{ reason: 'Venter', from: '2026-11-29', until: '2026-12-03', waitingFor: 'citizen' }],
        }),
        at('2026-12-03T12:00:00Z'),
      );
      expect(calendarDay(s.promise!.planned)).to.equal('2026-12-28');
      expect(s.promise!.plannedPausedMs).to.equal(6 * DAY);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-12-28');
      expect(s.steps[0].pausedMs).to.equal(6 * DAY);
    });

    it('counts whole days across a daylight-saving change', () => {
      const s = oneStepWaiting('2026-05-01', { reason: 'Venter', from: '2026-03-20', until: '2026-04-03', waitingFor: 'other' }, '2026-04-10T12:00:00Z');
      // The date moved 14 whole days (1 to 15 May), though the wait was an hour shorter.
      expect(s.steps[0].pausedMs).to.equal(14 * DAY);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-05-15');
    });

    it('does not move a step by waiting that started after it was due', () => {
      const s = oneStepWaiting('2026-03-02', { reason: 'Venter', from: '2026-03-05', until: '2026-03-10', waitingFor: 'other' }, '2026-03-20T12:00:00Z');
      expect(s.steps[0].pausedMs).to.equal(0);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-02');
      expect(s.steps[0].overdue).to.equal(true);
    });

    it('does not count a suspension that has not started', () => {
      const s = oneStepWaiting('2026-03-02', { reason: 'Venter', from: '2026-02-20', waitingFor: 'other' }, '2026-02-10T12:00:00Z');
      expect(s.openSuspension).to.equal(undefined);
      expect(s.steps[0].pausedMs).to.equal(0);
    });

    it('does not move steps that are done', () => {
      const s = oneStepWaiting('2026-03-02', { reason: 'Venter', from: '2026-01-10', until: '2026-01-24', waitingFor: 'citizen' }, '2026-03-10T12:00:00Z', 'done', { completedAt: '2026-03-01' });
      expect(s.steps[0].pausedMs).to.equal(0);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-02');
      expect(s.steps[0].overdue).to.equal(false);
    });

    it('moves a step expected after a duration by waiting after it started counting, like the promise', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          promise: { processingTime: 'P8W' },
          steps: [
            step('received', 'done', { completedAt: '2026-01-05' }),
            step('decision', 'current', { expected: { kind: 'duration', duration: 'P8W' } }),
          ],
          suspensions: [{ reason: 'Venter', from: '2026-01-20', until: '2026-02-03', waitingFor: 'citizen' }],
        }),
        at('2026-02-10T12:00:00Z'),
      );
      expect(s.steps[1].pausedMs).to.equal(14 * DAY);
      expect(calendarDay(s.steps[1].expected)).to.equal('2026-03-16');
      expect(calendarDay(s.steps[1].planned)).to.equal('2026-03-02');
      expect(calendarDay(s.promise!.promisedDate)).to.equal('2026-03-16');
    });

    it('holds a duration step, and the steps counted from it, during an open suspension too', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          steps: [
            step('decision', 'current', { expected: { kind: 'duration', duration: 'P8W' } }),
            step('letter', 'upcoming', { expected: { kind: 'duration', duration: 'P3D' } }),
          ],
          suspensions: [{ reason: 'Venter', from: '2026-02-01', waitingFor: 'citizen' }],
        }),
        at('2026-02-11T06:00:00Z'),
      );
      expect(s.steps[0].pausedMs).to.equal(0);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-02');
      expect(s.steps[0].held!.days).to.equal(29);
      // Ended today (Wednesday 11 February), the decision is 12 March and the letter's 3 days from it a
      // Sunday, so Monday 16 March: 33 days, not the 32 counted from the wait's start (a Thursday then).
      expect(s.steps[1].held!.days).to.equal(33);
    });

    it('does not count waiting twice for a duration after a step it already moved', () => {
      const s = scheduleCase(
        mkCase({
          steps: [
            step('a', 'current', { expected: { kind: 'date', date: '2026-02-01' } }),
            step('b', 'upcoming', { expected: { kind: 'duration', duration: 'P2W' } }),
          ],
          suspensions: [{ reason: 'Venter', from: '2026-01-10', until: '2026-01-24', waitingFor: 'citizen' }],
        }),
        at('2026-01-26T12:00:00Z'),
      );
      // 1 February + 14 days of waiting is Sunday the 15th: a moved date is a computed one, so Monday.
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-02-16');
      expect(calendarDay(s.steps[1].expected)).to.equal('2026-03-02');
      expect(s.steps[1].pausedMs).to.equal(14 * DAY);
    });
  });

  describe('delays', () => {
    it('replaces the expected date with the announced one and is not overdue', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          delays: [{ stepId: 'a', reason: 'Travlt', previousDate: '2026-03-02', newDate: '2026-04-01', announcedAt: '2026-02-25T08:00:00.000Z' }],
        }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-04-01');
      expect(s.steps[0].expected!.dateOnly).to.equal(true);
      expect(calendarDay(s.steps[0].planned)).to.equal('2026-03-02');
      expect(s.steps[0].delay!.reason).to.equal('Travlt');
      expect(s.steps[0].overdue).to.equal(false);
    });

    it('uses the latest announced delay of a step', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          delays: [
            { stepId: 'a', reason: 'later one', newDate: '2026-05-01', announcedAt: '2026-03-20T08:00:00.000Z' },
            { stepId: 'a', reason: 'first one', newDate: '2026-04-01', announcedAt: '2026-02-25T08:00:00.000Z' },
            { stepId: 'b', reason: 'other step', newDate: '2026-06-01', announcedAt: '2026-03-25T08:00:00.000Z' },
          ],
        }),
        at('2026-03-21T12:00:00Z'),
      );
      expect(s.steps[0].delay!.reason).to.equal('later one');
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-05-01');
    });

    it('gives a step without a plan the announced date', () => {
      const s = scheduleCase(
        mkCase({ steps: [step('a', 'current')], delays: [{ stepId: 'a', reason: 'R', newDate: '2026-04-01T10:00:00.000Z' }] }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(w(s.steps[0].expected)).to.deep.equal({ earliest: '2026-04-01T10:00:00.000Z', latest: '2026-04-01T10:00:00.000Z', dateOnly: false });
      expect(s.steps[0].planned).to.equal(undefined);
    });

    it('moves the announced date only by waiting after it was announced', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          delays: [{ stepId: 'a', reason: 'R', newDate: '2026-04-01', announcedAt: '2026-02-15T08:00:00.000Z' }],
          suspensions: [
            { reason: 'before', from: '2026-01-10', until: '2026-01-20', waitingFor: 'other' },
            { reason: 'after', from: '2026-02-20', until: '2026-02-27', waitingFor: 'citizen' },
          ],
        }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(s.steps[0].pausedMs).to.equal(7 * DAY);
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-04-08');
    });

    it('replaces a duration with the announced date too', () => {
      const s = scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          steps: [step('a', 'current', { expected: { kind: 'duration', duration: 'P8W' } })],
          delays: [{ stepId: 'a', reason: 'R', newDate: '2026-04-01', announcedAt: '2026-02-15T08:00:00.000Z' }],
          suspensions: [{ reason: 'after', from: '2026-02-20', until: '2026-02-27', waitingFor: 'citizen' }],
        }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(calendarDay(s.steps[0].planned)).to.equal('2026-03-02');
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-04-08');
      expect(s.steps[0].pausedMs).to.equal(7 * DAY);
    });

    it('is overdue again when the announced date has passed too', () => {
      const c = mkCase({
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
        delays: [{ stepId: 'a', reason: 'R', newDate: '2026-04-01', announcedAt: '2026-02-25T08:00:00.000Z' }],
      });
      expect(scheduleCase(c, at('2026-04-01T21:59:59.999Z')).steps[0].overdue).to.equal(false);
      expect(scheduleCase(c, at('2026-04-01T22:00:00.000Z')).steps[0].overdue).to.equal(true);
    });

    it('ignores a delay for a step that is done', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'done', { expected: { kind: 'date', date: '2026-03-02' }, completedAt: '2026-03-20' })],
          delays: [{ stepId: 'a', reason: 'R', newDate: '2026-04-01' }],
        }),
        at('2026-03-25T12:00:00Z'),
      );
      expect(calendarDay(s.steps[0].expected)).to.equal('2026-03-02');
      expect(s.steps[0].overdue).to.equal(false);
    });
  });

  describe('overdue', () => {
    function overdueAt(date: string, now: string, state: Step['state'] = 'current'): boolean {
      return scheduleCase(mkCase({ steps: [step('a', state, { expected: { kind: 'date', date } })] }), at(now)).steps[0].overdue;
    }

    // The last moment a step is on time and the first moment it is overdue.
    for (const [when, date, onTime, late] of [
      ['when the expected day is over in Copenhagen (winter)', '2026-03-02', '2026-03-02T22:59:59.999Z', '2026-03-02T23:00:00.000Z'],
      ['when the expected day is over in Copenhagen (summer)', '2026-07-01', '2026-07-01T21:59:59.999Z', '2026-07-01T22:00:00.000Z'],
      ['at the end of a 23-hour day (29 March 2026)', '2026-03-29', '2026-03-29T21:59:59.999Z', '2026-03-29T22:00:00.000Z'],
      ['at the end of a 25-hour day (25 October 2026)', '2026-10-25', '2026-10-25T22:59:59.999Z', '2026-10-25T23:00:00.000Z'],
      ['at an expected instant', '2026-03-02T10:00:00.000Z', '2026-03-02T09:59:59.999Z', '2026-03-02T10:00:00.000Z'],
    ]) {
      it(`turns overdue ${when}`, () => {
        expect(overdueAt(date, onTime), onTime).to.equal(false);
        expect(overdueAt(date, late), late).to.equal(true);
      });
    }

    it('is never overdue for steps done or skipped', () => {
      expect(overdueAt('2026-03-02', '2026-04-01T00:00:00Z', 'done')).to.equal(false);
      expect(overdueAt('2026-03-02', '2026-04-01T00:00:00Z', 'skipped')).to.equal(false);
      expect(overdueAt('2026-03-02', '2026-04-01T00:00:00Z', 'upcoming')).to.equal(true);
      // A stopped step has no date to be late with: it says it has stopped, and we write when it goes on.
      expect(overdueAt('2026-03-02', '2026-04-01T00:00:00Z', 'blocked')).to.equal(false);
    });

    it('turns overdue at the end of the last day of a window', () => {
      const c = mkCase({ steps: [step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-02', latest: '2026-03-06' } })] });
      expect(scheduleCase(c, at('2026-03-06T22:59:59.999Z')).steps[0].overdue).to.equal(false);
      expect(scheduleCase(c, at('2026-03-06T23:00:00.000Z')).steps[0].overdue).to.equal(true);
    });

    it('is not overdue while the case waits', () => {
      const s = scheduleCase(
        mkCase({
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
          suspensions: [{ reason: 'Venter', from: '2026-03-05', waitingFor: 'citizen' }],
        }),
        at('2026-03-10T12:00:00Z'),
      );
      expect(s.openSuspension!.reason).to.equal('Venter');
      expect(s.steps[0].overdue).to.equal(false);
    });
  });

  describe('current and next step', () => {
    const ids = (c: Case, now = '2026-03-01T12:00:00Z') => {
      const s = scheduleCase(c, at(now));
      return [s.current?.step.id, s.next?.step.id, s.current?.index, s.next?.index];
    };

    it('takes the step in progress and the next upcoming one', () => {
      expect(ids(mkCase({ steps: [step('a', 'done'), step('b', 'current'), step('c', 'skipped'), step('d', 'upcoming'), step('e', 'upcoming')] }))).to.deep.equal([
        'b',
        'd',
        1,
        3,
      ]);
    });

    it('treats a blocked step as the current one', () => {
      expect(ids(mkCase({ steps: [step('a', 'done'), step('b', 'blocked'), step('c', 'upcoming')] }))).to.deep.equal(['b', 'c', 1, 2]);
    });

    it('takes the first upcoming step when none is in progress, and names it as the next step too', () => {
      // Dates count from it; the next step is it, not the one after it ("Næste skridt: Du får vores afgørelse" on a case just received).
      expect(ids(mkCase({ steps: [step('a', 'done'), step('b', 'upcoming'), step('c', 'upcoming')] }))).to.deep.equal(['b', 'b', 1, 1]);
    });

    it('has no next step after the last one', () => {
      expect(ids(mkCase({ steps: [step('a', 'done'), step('b', 'current')] }))).to.deep.equal(['b', undefined, 1, undefined]);
    });

    it('has no current step when all are done', () => {
      expect(ids(mkCase({ steps: [step('a', 'done'), step('b', 'skipped')] }))).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(ids(mkCase())).to.deep.equal([undefined, undefined, undefined, undefined]);
    });
  });
});

/**
 * Asserts that no date before `now` is offered as something to expect without saying it was
 * missed: the lead answer, every step not finished, and the promise dates.
 */
function assertHonest(s: CaseSchedule, now: Date, label = ''): void {
  const lead = s.lead!;
  if (lead.when && whenEnd(lead.when) <= now && lead.basis !== 'decided') expect(lead.missed, `${label} lead ${lead.date}`).to.equal(true);
  for (const x of s.steps) {
    if (x.step.state === 'done' || x.step.state === 'skipped' || !x.expected) continue;
    if (whenEnd(x.expected) <= now) expect(x.overdue || !!x.held || !!s.openSuspension, `${label} step ${x.step.id}`).to.equal(true);
  }
  for (const [k, d] of Object.entries(s.dates!)) {
    if (!d || d.held) continue;
    const end = d.date.length === 10 ? new Date(`${d.date}T00:00:00+01:00`).getTime() + DAY : new Date(d.date).getTime();
    if (end <= now.getTime() - 2 * HOUR) expect(d.passed, `${label} ${k} ${d.date}`).to.equal(true);
  }
}

describe('core/schedule: one lead answer, and every passed date said', () => {
  const NOW = at('2026-12-02T10:00:00Z');
  const THREE_DAYS_LATER = at('2026-12-05T15:31:00Z');

  it('rests on a passed processing-time date and says it was missed', () => {
    const c = parseCase({ title: 'Sag', status: 'Under behandling', receivedAt: '2026-10-01', promise: { processingTime: 'P4W' } });
    const s = scheduleCase(c, NOW);
    expect(s.lead).to.deep.include({ basis: 'processing-time', date: '2026-10-29', missed: true, complaint: false });
    expect(s.dates!.processingTime).to.deep.equal({ date: '2026-10-29', passed: true, missed: true });
    assertHonest(s, NOW);
  });

  it('rests on the planned date before the processing time, and says a passed one was missed', () => {
    const c = parseCase({ title: 'Sag', status: 'Under behandling', receivedAt: '2026-11-01', promise: { processingTime: 'P8W', plannedDate: '2026-11-30' } });
    const s = scheduleCase(c, NOW);
    expect(s.lead).to.deep.include({ basis: 'planned', date: '2026-11-30', missed: true });
    expect(s.dates!.planned).to.deep.equal({ date: '2026-11-30', passed: true, missed: true });
    // The service norm stays its own date, not merged: 1 November + 8 weeks = Sunday 27 December → Monday 28.
    expect(s.dates!.processingTime).to.deep.equal({ date: '2026-12-28', passed: false, missed: false });
    assertHonest(s, NOW);
  });

  it('keeps the legal deadline separate and, once it has passed undecided, tells the citizen they may complain', () => {
    const raw = { title: 'Sag', status: 'Under behandling', receivedAt: '2026-09-01', promise: { processingTime: 'P8W', plannedDate: '2026-11-20', legalDeadline: '2026-11-27' } };
    const s = scheduleCase(parseCase(raw), NOW);
    expect(s.lead!.basis).to.equal('planned');
    expect(s.lead!.date).to.equal('2026-11-20');
    expect(s.lead!.legalDeadline).to.deep.equal({ date: '2026-11-27', passed: true, missed: true });
    expect(s.lead!.complaint).to.equal(true);
    expect(s.dates!.legalDeadline!.missed).to.equal(true);
    assertHonest(s, NOW);
    // The last day itself still counts: not passed until it is over in Copenhagen.
    expect(scheduleCase(parseCase(raw), at('2026-11-27T22:59:00Z')).lead!.complaint).to.equal(false);
    const decided = scheduleCase(parseCase({ ...raw, decision: { outcome: 'Bevilget', decidedAt: '2026-11-30T09:12:00Z' } }), NOW);
    expect(decided.lead).to.deep.include({ basis: 'decided', date: '2026-11-30T09:12:00.000Z', missed: false, complaint: false });
    expect(decided.dates!.legalDeadline).to.deep.equal({ date: '2026-11-27', passed: true, missed: false });
    // Waiting for the citizen since before the deadline (bol-0893 on 20 January): no complaint beside
    // "Når vi har fået det, vi mangler fra dig …"; the deadline is still said as passed.
    const waits = (from: string, waitingFor: 'citizen' | 'other' = 'citizen') =>
      scheduleCase(parseCase({ ...raw, suspensions: [{ reason: 'Vi mangler din lejekontrakt', from, waitingFor }] }), NOW);
    expect(waits('2026-11-20').lead!.complaint).to.equal(false);
    expect(waits('2026-11-20').dates!.legalDeadline).to.deep.equal({ date: '2026-11-27', passed: true, missed: true });
    // Waiting for others, or for the citizen only after the deadline had passed: it is ours.
    expect(waits('2026-11-20', 'other').lead!.complaint).to.equal(true);
    expect(waits('2026-11-28').lead!.complaint).to.equal(true);
  });

  it('says a passed appeal deadline has passed', () => {
    const c = parseCase({
      title: 'Sag',
      status: 'Afgjort',
      decision: { outcome: 'Afslag', decidedAt: '2026-10-28', appeal: { deadline: '2026-11-25', body: 'Ankestyrelsen' } },
    });
    const s = scheduleCase(c, NOW);
    expect(s.dates!.appealDeadline).to.deep.equal({ date: '2026-11-25', passed: true, missed: true });
    expect(scheduleCase(c, at('2026-11-25T12:00:00Z')).dates!.appealDeadline!.passed).to.equal(false);
    expect(s.lead!.basis).to.equal('decided');
  });

  it('moves the answer, the current step and the steps after it by a delay without a step; the old dates only as movedFrom', () => {
    const c = parseCase({
      title: 'Sag',
      status: 'Forsinket',
      receivedAt: '2026-10-20',
      steps: [
        { id: 'a', title: 'Modtaget', state: 'done', completedAt: '2026-10-20T08:12:00Z' },
        { id: 'b', title: 'Vi behandler', state: 'current', expected: '2026-11-27' },
        { id: 'c', title: 'Svar', state: 'upcoming', expected: '2026-12-14' },
      ],
      promise: { plannedDate: '2026-11-30' },
      delays: [{ reason: 'Mange sager', previousDate: '2026-11-30', newDate: '2026-12-11', announcedAt: '2026-11-25T09:00:00Z' }],
    });
    const s = scheduleCase(c, NOW);
    expect(s.lead).to.deep.include({ basis: 'delay', date: '2026-12-11', movedFrom: '2026-11-30', missed: false });
    expect(s.lead!.delay!.reason).to.equal('Mange sager');
    expect(s.dates!.planned).to.deep.equal({ date: '2026-12-11', passed: false, missed: false, movedFrom: '2026-11-30' });
    // 27 November + 11 days = Tuesday 8 December.
    expect(calendarDay(s.steps[1].expected)).to.equal('2026-12-08');
    expect(s.steps[1].movedFrom).to.equal('2026-11-27');
    expect(s.steps[1].overdue).to.equal(false);
    // The answer's own step ("Svar", 14 December by the source) would move by the same 11 days, to Monday
    // 28 December (the 25th a holiday), past the new date the citizen was told: a case delay counts the
    // steps, so it says the delay's date, its own kept as planned ("svar senest 11. december" stood above
    // "Svar … 28. december").
    expect([calendarDay(s.steps[2].expected), calendarDay(s.steps[2].planned), s.steps[2].movedFrom, s.steps[2].overdue]).to.deep.equal(['2026-12-11', '2026-12-14', undefined, false]);
    assertHonest(s, NOW);
  });

  it('moves the steps after the current one by a delay without a step too, so no later step comes before it (sample delayed)', () => {
    // The story sample `delayed` (test/fixtures/klar/delayed.json) on 24 November: the answer moved
    // 20 November → 18 December. The step in progress moved with it (13 November → 11 December); the
    // answer's own step stayed on 20 November, before the step it follows, and was called late.
    const c = mkCase({
      receivedAt: '2026-08-10',
      status: { code: 'in-progress', label: 'Forsinket', since: '2026-11-12' },
      steps: [
        step('received', 'done', { completedAt: '2026-08-10' }),
        step('assessment', 'current', { expected: { kind: 'date', date: '2026-11-13' } }),
        step('decision', 'upcoming', { expected: { kind: 'date', date: '2026-11-20' } }),
        step('letter', 'upcoming', { expected: { kind: 'duration', duration: 'P1D' }, afterAnswer: true }),
      ],
      promise: { processingTime: 'P14W', plannedDate: '2026-11-20', legalDeadline: '2027-02-10' },
      delays: [{ reason: 'Mange ansøgninger', previousDate: '2026-11-20', newDate: '2026-12-18', announcedAt: '2026-11-12' }],
    });
    const now = at('2026-11-24T10:00:00Z');
    const s = scheduleCase(c, now);
    expect(s.steps.slice(1).map((x) => [calendarDay(x.expected), x.movedFrom, x.overdue])).to.deep.equal([
      ['2026-12-11', '2026-11-13', false],
      // The answer's step on the answer's new date, said as moved from its old one; the step after it counted from there.
      ['2026-12-18', '2026-11-20', false],
      ['2026-12-21', undefined, false],
    ]);
    expect(s.lead).to.deep.include({ basis: 'delay', date: '2026-12-18', missed: false });
    assertHonest(s, now);
  });

  it('moves a step and the steps after it by a delay on that step, and leaves the answer on the plan, in doubt', () => {
    const c = parseCase({
      title: 'Sag',
      status: 'Forsinket',
      receivedAt: '2026-11-02',
      steps: [
        { id: 'a', title: 'Modtaget', state: 'done', completedAt: '2026-11-02' },
        { id: 'b', title: 'Vi behandler', state: 'current', expected: '2026-11-30' },
        { id: 'c', title: 'Naboer', state: 'upcoming', expected: '2026-12-04' },
        { id: 'd', title: 'Svar', state: 'upcoming', expected: 'P1W' },
      ],
      promise: { plannedDate: '2026-12-07', legalDeadline: '2027-01-29' },
      delays: [{ stepId: 'b', reason: 'Syg', previousDate: '2026-11-30', newDate: '2026-12-11', announcedAt: '2026-11-26T12:00:00Z' }],
    });
    const s = scheduleCase(c, NOW);
    expect(calendarDay(s.steps[1].expected)).to.equal('2026-12-11');
    expect(s.steps[1].movedFrom).to.equal('2026-11-30');
    // 11 days later: 4 December → Tuesday 15 December; then a week after it.
    expect(calendarDay(s.steps[2].expected)).to.equal('2026-12-15');
    expect(s.steps[2].movedFrom).to.equal('2026-12-04');
    expect(calendarDay(s.steps[3].expected)).to.equal('2026-12-22');
    // The answer is not moved by the step's 11 days (18 December, a date nobody announced): the plan
    // (7 December) stands as the plan it is, in doubt, as the step now ends after it.
    expect(s.lead).to.deep.include({ basis: 'planned', date: '2026-12-07', lateStep: 1, missed: false, complaint: false });
    expect([s.lead!.delay, s.lead!.movedFrom]).to.deep.equal([undefined, undefined]);
    expect(s.lead!.legalDeadline!.date).to.equal('2027-01-29');
    assertHonest(s, NOW);
  });

  it("never moves the answer by a step's delay to a date nobody announced: the promise stands, in doubt once the step passes it", () => {
    // Audit finding 1: received 2 November, 8 weeks (28 December); the step of 20 November delayed to
    // 2 December. The answer read "Vi har planlagt at svare senest 11. januar 2027": 28 December plus
    // the step's 12 days, a plan nobody made, beside a promise box that still said 28 December.
    const c = (newDate: string) => parseCase(stepDelayCase(newDate));
    // Before the new date, with the steps (2 and 9 December) well inside the promise: the promise, to expect.
    const ahead = scheduleCase(c('2026-12-02'), at('2026-11-25T09:00:00Z'));
    expect(ahead.lead).to.deep.include({ basis: 'processing-time', date: '2026-12-28', missed: false });
    expect([ahead.lead!.lateStep, ahead.lead!.delay, ahead.lead!.movedFrom]).to.deep.equal([undefined, undefined, undefined]);
    // The new date passed with the step not done: the promise stands, firm while the step, done today,
    // leaves the answer's week inside it (14 December: audit B2); in doubt once it would not (from 22 December).
    const passed = scheduleCase(c('2026-12-02'), at('2026-12-05T09:00:00Z'));
    expect(passed.lead).to.deep.include({ basis: 'processing-time', date: '2026-12-28', missed: false });
    expect(passed.lead!.lateStep).to.equal(undefined);
    expect(passed.dates!.processingTime!.date).to.equal(passed.lead!.date);
    expect(scheduleCase(c('2026-12-02'), at('2026-12-21T09:00:00Z')).lead!.lateStep).to.equal(undefined);
    expect(scheduleCase(c('2026-12-02'), at('2026-12-22T09:00:00Z')).lead).to.deep.include({ date: '2026-12-28', missed: false, lateStep: 1 });
    // A step moved past the promise (to 30 December): the promise stands, in doubt.
    const past = scheduleCase(c('2026-12-30'), at('2026-11-25T09:00:00Z'));
    expect(past.lead).to.deep.include({ basis: 'processing-time', date: '2026-12-28', missed: false, lateStep: 1 });
    assertHonest(passed, at('2026-12-05T09:00:00Z'));
  });

  it('says the answer relative to the citizen\'s action while the case waits for them, and the same on any day', () => {
    const raw = {
      title: 'Boligstøtte',
      status: 'Venter på dig',
      receivedAt: '2026-11-23T08:55:00Z',
      steps: [
        { id: 'modtaget', title: 'Modtaget', state: 'done', completedAt: '2026-11-23T08:55:00Z' },
        { id: 'oplysninger', title: 'Vi mangler oplysninger', state: 'current' },
        { id: 'beregning', title: 'Vi regner', state: 'upcoming', expected: 'P1W' },
        { id: 'svar', title: 'Svar', state: 'upcoming', expected: 'P3D' },
      ],
      promise: { processingTime: 'P4W', plannedDate: '2026-12-11', legalDeadline: '2027-01-08' },
      suspensions: [{ reason: 'Vi mangler din lejekontrakt', from: '2026-11-28T11:20:00Z', waitingFor: 'citizen', citizenAction: { text: 'Send din lejekontrakt' } }],
    };
    const s = scheduleCase(parseCase(raw), NOW);
    expect(s.lead!.basis).to.equal('planned');
    expect(s.lead!.date).to.equal(undefined);
    expect(s.lead!.missed).to.equal(false);
    // 11 December was 13 days from the wait's start (Saturday 28 November); ended today (Wednesday 2
    // December), the wait moves it 4 days, to Tuesday 15 December: 13 days, 9 working days from today.
    expect(s.lead!.held).to.deep.include({ waitingFor: 'citizen', days: 13, workingDays: 9 });
    expect(s.lead!.held!.suspension.citizenAction!.text).to.equal('Send din lejekontrakt');
    // The date itself, were the wait to end today: what the page says ("Du kan forvente svar senest 15. december 2026, hvis vi i dag får det, …").
    expect(s.lead!.held!.date).to.equal('2026-12-15');
    // Three days later the same 13 days, so the date three days on: the lease sent that day (working days count from the day it is: 10 from a Saturday).
    const later = scheduleCase(parseCase(raw), THREE_DAYS_LATER);
    const said = (x: CaseSchedule) =>
      JSON.stringify([x.lead, x.dates!.planned], function (this: object, k, v) {
        return k === 'workingDays' || (k === 'date' && 'suspension' in this) ? undefined : v;
      });
    expect(said(later)).to.equal(said(s));
    expect([later.lead!.held!.date, later.dates!.planned!.held!.date]).to.deep.equal(['2026-12-18', '2026-12-18']);
    // The usual time (21 December) crosses Christmas: ended on 2 December the wait moves it 4 days, onto
    // the 25th, so 28 December, 26 days; ended on 5 December, 7 days, to the 28th too: 23 days. Each is
    // what the page says once the wait ends that day.
    expect([s.dates!.processingTime!.held!.days, later.dates!.processingTime!.held!.days]).to.deep.equal([26, 23]);
    expect(later.steps.map((x) => calendarDay(x.expected))).to.deep.equal(s.steps.map((x) => calendarDay(x.expected)));
    // The week's work after the wait: 7 days from a Wednesday; from a Saturday a week ends on a Saturday, so Monday: 9.
    expect([s.steps.map((x) => x.held?.days), later.steps.map((x) => x.held?.days)]).to.deep.equal([
      [undefined, undefined, 7, 13],
      [undefined, undefined, 9, 13],
    ]);
    assertHonest(s, NOW);
  });

  it('gives the same dates with now three days apart, to the minute', () => {
    const raw = {
      title: 'Sag',
      status: 'Under behandling',
      receivedAt: '2026-11-20T09:12:00Z',
      steps: [
        { id: 'a', title: 'Modtaget', state: 'done', completedAt: '2026-11-20T09:12:00Z' },
        { id: 'b', title: 'Vi behandler', state: 'current', expected: 'P2W' },
        { id: 'c', title: 'Svar', state: 'upcoming', expected: { workingDays: 5 } },
      ],
      promise: { processingTime: { workingDays: 20 } },
      suspensions: [{ reason: 'Udtalelse', from: '2026-11-24', until: '2026-11-26', waitingFor: 'other' }],
    };
    const a = scheduleCase(parseCase(raw), NOW);
    const b = scheduleCase(parseCase(raw), THREE_DAYS_LATER);
    const dates = (s: CaseSchedule) => [s.lead!.date, ...s.steps.map((x) => x.expected && w(x.expected)), s.dates!.processingTime!.date];
    expect(dates(b)).to.deep.equal(dates(a));
    // 20 November + 2 weeks + 2 days waited = 6 December (a Sunday) → Monday 7 December; a bare 'P2W' gets a date.
    expect(calendarDay(a.steps[1].expected)).to.equal('2026-12-07');
    // Then 5 working days: 8–11 and 14 December, its plan: the answer's own step says the answer's date.
    expect(calendarDay(a.steps[2].planned)).to.equal('2026-12-14');
    expect(calendarDay(a.steps[2].expected)).to.equal('2026-12-21');
    // 20 working days from 20 November is 18 December, plus 2 days waited = Sunday 20 → Monday 21 December.
    expect(a.lead).to.deep.include({ basis: 'processing-time', date: '2026-12-21' });
    assertHonest(a, NOW);
  });

  it('never gives a computed date a clock time', () => {
    const c = parseCase({
      title: 'Sag',
      status: 'Under behandling',
      receivedAt: '2026-11-20T09:12:00Z',
      steps: [
        { id: 'a', title: 'Modtaget', state: 'done', completedAt: '2026-11-20T09:12:00Z' },
        { id: 'b', title: 'Vi behandler', state: 'current', expected: 'PT36H' },
        { id: 'c', title: 'Svar', state: 'upcoming', expected: 'P1W' },
      ],
      promise: { processingTime: 'P4W' },
    });
    // Before the 36 hours are over: on 2 December step b is late, and the step after it has no date.
    const s = scheduleCase(c, at('2026-11-21T08:00:00Z'));
    for (const x of s.steps.slice(1)) expect(x.expected!.dateOnly, x.step.id).to.equal(true);
    expect(s.lead!.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.dates!.processingTime!.date).to.equal('2026-12-18');
    // A real event keeps its time: the decision's instant.
    const decided = scheduleCase(parseCase({ title: 'Sag', status: 'Afgjort', decision: { outcome: 'Ja', decidedAt: '2026-11-30T13:05:00Z' } }), NOW);
    expect(decided.lead!.date).to.equal('2026-11-30T13:05:00.000Z');
  });

  it('counts working days, and moves a computed date off a closed day, with extra closed days when asked', () => {
    const raw = { title: 'Sag', status: 'Under behandling', receivedAt: '2026-12-18', promise: { processingTime: { workingDays: 10 } } };
    expect(scheduleCase(parseCase(raw), NOW).lead!.date).to.equal('2027-01-05');
    expect(scheduleCase(parseCase(raw), NOW, undefined, { extraClosedDays: ['12-24', '12-31'] }).lead!.date).to.equal('2027-01-07');
    // 27 November + 4 weeks = Friday 25 December (juledag) → Monday 28 December.
    const xmas = scheduleCase(parseCase({ title: 'Sag', status: 'Under behandling', receivedAt: '2026-11-27', promise: { processingTime: 'P4W' } }), NOW);
    expect(xmas.lead!.date).to.equal('2026-12-28');
    // A date the municipality gave is kept as given.
    const given = scheduleCase(parseCase({ title: 'Sag', status: 'Under behandling', promise: { plannedDate: '2026-12-24' } }), NOW);
    expect(given.lead!.date).to.equal('2026-12-24');
  });

  it('never lands a computed date on a closed day (every receipt day in 2026–2030)', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2031, 0, 1); t += 3 * DAY) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const processingTime of ['P2W', 'P1M', 'P5D']) {
        const s = scheduleCase(parseCase({ title: 'Sag', status: 'Modtaget', receivedAt: day, promise: { processingTime } }), NOW);
        expect(isClosedDay(s.lead!.date!), `${day} + ${processingTime}`).to.equal(false);
      }
    }
  });

  it('falls back to the last step\'s date without a promise, and has no date when it knows none', () => {
    const c = parseCase({ title: 'Sag', status: 'x', steps: [{ title: 'A', state: 'current', expected: '2026-12-10' }, { title: 'B', state: 'upcoming', expected: '2026-12-20' }] });
    expect(scheduleCase(c, NOW).lead).to.deep.include({ basis: 'step', date: '2026-12-20', missed: false });
    expect(scheduleCase(parseCase({ title: 'Sag', status: 'x' }), NOW).lead).to.deep.equal({ basis: 'none', missed: false, complaint: false });
    expect(scheduleCase(parseCase({ title: 'Sag', status: 'x', steps: [{ title: 'A', state: 'done' }] }), NOW).lead!.basis).to.equal('done');
  });

  it('does not count a step delay twice when a case delay was announced with it', () => {
    const c = parseCase({
      title: 'Sag',
      status: 'x',
      steps: [{ id: 'review', title: 'Vi vurderer', state: 'current', expected: '2026-11-20' }],
      promise: { plannedDate: '2027-01-12' },
      delays: [
        { stepId: 'review', reason: 'A', previousDate: '2026-11-20', newDate: '2026-12-10', announcedAt: '2026-11-16' },
        { reason: 'B', previousDate: '2027-01-12', newDate: '2027-01-26', announcedAt: '2026-11-16' },
      ],
    });
    expect(scheduleCase(c, NOW).lead).to.deep.include({ basis: 'delay', date: '2027-01-26', movedFrom: '2027-01-12' });
    // A step delay announced later does not move the answer (to 15 February, a date nobody
    // announced); its step, on 10 December, is still well before the case delay's date.
    const later = parseCase({ ...JSON.parse(JSON.stringify(c)), delays: [c.delays[1], { ...c.delays[0], announcedAt: '2026-11-20' }] });
    expect(scheduleCase(later, NOW).lead).to.deep.include({ basis: 'delay', date: '2027-01-26', movedFrom: '2027-01-12' });
    expect(scheduleCase(later, NOW).lead!.lateStep).to.equal(undefined);
  });

  it('takes a delay\'s new date as the answer when the case has no promise', () => {
    const c = parseCase({ title: 'Sag', status: 'x', delays: [{ reason: 'Travlt', previousDate: '2026-11-30', newDate: '2026-12-14' }] });
    expect(scheduleCase(c, NOW).lead).to.deep.include({ basis: 'delay', date: '2026-12-14', movedFrom: '2026-11-30', missed: false });
  });

  it('is what leadAnswer() gives', () => {
    const c = parseCase({ title: 'Sag', status: 'x', receivedAt: '2026-10-01', promise: { processingTime: 'P4W' } });
    expect(leadAnswer(c, NOW)).to.deep.equal(scheduleCase(c, NOW).lead);
  });
});

describe('core/schedule (property)', () => {
  const day = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true });
  const dateText = fc.oneof(
    day.map((d) => d.toISOString().slice(0, 10)),
    day.map((d) => d.toISOString()),
    fc.constantFrom('2026-03-29', '2026-10-25', '2026-10-25T02:30', '2026-03-29T02:30'),
  );
  const durationText = fc.oneof(
    fc.constantFrom('P8W', 'P1M', 'P1.5M', 'PT36H', 'P0D', 'P1Y2M3W4DT5H6M7S', 'P99999999999Y', 'P9999999W', 'PT99999999999999999999H'),
    fc.tuple(fc.nat({ max: 400 }), fc.constantFrom('D', 'W', 'M', 'Y')).map(([n, u]) => `P${n}${u}`),
  );
  const expected = fc.oneof(dateText, durationText, fc.record({ earliest: dateText, latest: dateText }), fc.constant(undefined));
  const caseArb = fc.record(
    {
      title: fc.constant('Sag'),
      status: fc.constant('open'),
      receivedAt: dateText,
      steps: fc.array(
        fc.record(
          { id: fc.constantFrom('a', 'b', 'c', 'd'), title: fc.constant('T'), state: fc.constantFrom('done', 'current', 'upcoming', 'skipped', 'blocked'), expected, completedAt: dateText },
          { requiredKeys: ['title', 'state'] },
        ),
        { maxLength: 6 },
      ),
      delays: fc.array(fc.record({ stepId: fc.constantFrom('a', 'b', 'c', undefined), reason: fc.constant('R'), newDate: dateText, announcedAt: dateText }, { requiredKeys: ['reason', 'newDate'] }), {
        maxLength: 3,
      }),
      suspensions: fc.array(fc.record({ reason: fc.constant('R'), from: dateText, until: dateText, waitingFor: fc.constantFrom('citizen', 'other') }, { requiredKeys: ['reason', 'from'] }), {
        maxLength: 3,
      }),
      promise: fc.record({ processingTime: durationText, plannedDate: dateText }, { requiredKeys: [] }),
    },
    { requiredKeys: ['title', 'status'] },
  );

  it('gives a valid schedule for any parsed case and any now, and never throws', () => {
    fc.assert(
      fc.property(caseArb, day, (raw, now) => {
        const c = parseCase(raw);
        const s = scheduleCase(c, now);
        const whens = [...s.steps.flatMap((x) => [x.expected, x.planned]), s.promise?.promisedDate, s.promise?.planned];
        for (const x of whens) {
          if (!x) continue;
          if (Number.isNaN(x.earliest.getTime()) || Number.isNaN(x.latest.getTime())) throw new Error('invalid date in schedule');
        }
        for (const x of s.steps) {
          if (!Number.isFinite(x.pausedMs) || x.pausedMs < 0) throw new Error(`bad pausedMs ${x.pausedMs}`);
          if (x.overdue && (x.step.state === 'done' || x.step.state === 'skipped')) throw new Error('finished step overdue');
        }
        if (s.steps.length !== c.steps.length) throw new Error('steps lost');
        if (s.lead!.when && s.lead!.basis !== 'decided' && whenEnd(s.lead!.when) <= now && !s.lead!.missed) throw new Error('passed lead date not missed');
        if (s.lead!.held && s.lead!.date) throw new Error('held lead with a date');
        if (s.current && !['current', 'blocked', 'upcoming'].includes(s.current.step.state)) throw new Error('bad current');
        // The next step comes after the one in progress, or is the first to come when none has begun.
        if (s.next && (s.next.step.state !== 'upcoming' || s.next.index < s.current!.index || (s.next === s.current) !== (s.current!.step.state === 'upcoming'))) throw new Error('bad next');
      }),
      { numRuns: 1000 },
    );
  });
});

/** The Copenhagen calendar day a When starts on. */
function calendarDay(x: When | undefined): string | undefined {
  if (!x) return undefined;
  return calendarDate(x.earliest, 'Europe/Copenhagen'); // not en-CA formatting: WebKit writes MM/DD/YYYY
}

describe('core/schedule: the edges a citizen meets', () => {
  const day = (x: When | undefined) => x && calendarDate(x.latest);

  it('says a date is over at the midnight that ends it, not a moment before', () => {
    // 5 January + 8 weeks = Monday 2 March, over at 00:00 on 3 March Copenhagen time (23:00 UTC).
    const c = mkCase({
      receivedAt: '2026-01-05',
      promise: { processingTime: 'P8W', legalDeadline: '2026-03-02' },
    });
    const before = scheduleCase(c, at('2026-03-02T22:59:59.999Z'));
    const atEnd = scheduleCase(c, at('2026-03-02T23:00:00.000Z'));
    expect([before.dates!.processingTime!.passed, before.dates!.legalDeadline!.passed, before.lead!.missed, before.lead!.complaint]).to.deep.equal([false, false, false, false]);
    expect([atEnd.dates!.processingTime!.missed, atEnd.dates!.legalDeadline!.passed, atEnd.lead!.missed, atEnd.lead!.complaint]).to.deep.equal([true, true, true, true]);
    const appeal = mkCase({ decision: { outcome: 'Ja', decidedAt: '2026-02-01', appeal: { deadline: '2026-03-02', body: 'Ankestyrelsen' } } });
    expect(scheduleCase(appeal, at('2026-03-02T22:59:59.999Z')).dates!.appealDeadline!.passed).to.equal(false);
    expect(scheduleCase(appeal, at('2026-03-02T23:00:00.000Z')).dates!.appealDeadline).to.deep.equal({ date: '2026-03-02', passed: true, missed: true });
  });

  it('says a step is overdue at the end of its day, not before', () => {
    const c = mkCase({ steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })] });
    expect(scheduleCase(c, at('2026-03-02T22:59:59.999Z')).steps[0].overdue).to.equal(false);
    expect(scheduleCase(c, at('2026-03-02T23:00:00.000Z')).steps[0].overdue).to.equal(true);
  });

  it('pauses the clock from the very moment a wait begins until the moment it ends', () => {
    const s: Suspension = { reason: 'Venter', from: '2026-03-02T10:00:00.000Z', until: '2026-03-04T10:00:00.000Z', waitingFor: 'citizen' };
    const c = mkCase({ suspensions: [s] });
    expect(scheduleCase(c, at('2026-03-02T09:59:59.999Z')).openSuspension).to.equal(undefined);
    expect(scheduleCase(c, at('2026-03-02T10:00:00.000Z')).openSuspension).to.equal(s);
    expect(scheduleCase(c, at('2026-03-03T10:00:00.000Z')).openSuspension).to.equal(s);
    expect(scheduleCase(c, at('2026-03-04T10:00:00.000Z')).openSuspension).to.equal(undefined);
  });

  it('moves a date only by waiting that has begun, and began before the date was over', () => {
    const wait: Suspension = { reason: 'Venter', from: '2026-03-05', until: '2026-03-07', waitingFor: 'citizen' };
    const c = (suspension: Suspension) => mkCase({ steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-10' } })], suspensions: [suspension] });
    // Announced for later: nothing moves yet.
    const early = scheduleCase(c(wait), at('2026-03-01T12:00:00Z')).steps[0];
    expect([day(early.expected), early.pausedMs]).to.deep.equal(['2026-03-10', 0]);
    // From the moment it begins (00:00 on 5 March in Copenhagen), two days more.
    const begun = scheduleCase(c(wait), at('2026-03-04T23:00:00.000Z')).steps[0];
    expect([day(begun.expected), begun.pausedMs]).to.deep.equal(['2026-03-12', 2 * DAY]);
    // A wait that begins as the step's day ends came too late to hold it up.
    const after = scheduleCase(c({ ...wait, from: '2026-03-11', until: '2026-03-13' }), at('2026-03-12T12:00:00Z')).steps[0];
    expect([day(after.expected), after.pausedMs]).to.deep.equal(['2026-03-10', 0]);
  });

  it('counts waiting that begins the moment a delay is announced against the delayed date', () => {
    const s = scheduleCase(
      mkCase({
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-10' } })],
        delays: [{ stepId: 'a', reason: 'Travlt', newDate: '2026-03-20', announcedAt: '2026-03-02T09:00:00.000Z' }],
        suspensions: [{ reason: 'Venter', from: '2026-03-02T09:00:00.000Z', until: '2026-03-04T09:00:00.000Z', waitingFor: 'citizen' }],
      }),
      at('2026-03-05T12:00:00Z'),
    ).steps[0];
    // 20 March + 2 days = Sunday 22 March: Monday 23 March, 3 days later than 20 March ("flyttet 3 dage").
    // Moved from the date the plan gave.
    expect([day(s.expected), s.pausedMs, s.movedFrom]).to.deep.equal(['2026-03-23', 3 * DAY, '2026-03-10']);
    // Two of the three days are the wait's, said beside the move ("… ventet i 2 dage, og den nye dato faldt på en fridag").
    expect(s.waitedDays).to.equal(2);
  });

  it('gives the days waited only where the date moved further than the wait, for the promise and the plan as for a step', () => {
    const c = (planned: string) =>
      mkCase({
        receivedAt: '2026-03-02',
        promise: { processingTime: 'P10D', plannedDate: planned },
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-18' } })],
        suspensions: [{ reason: 'Venter', from: '2026-03-02T09:00:00.000Z', until: '2026-03-04T09:00:00.000Z', waitingFor: 'citizen' }],
      });
    // 12 March + 2 = Saturday 14 March: Monday 16, 4 days for 2 waited. 18 March + 2 = Friday 20: no roll.
    const rolled = scheduleCase(c('2026-03-12'), at('2026-03-05T12:00:00Z'));
    expect([day(rolled.promise!.promisedDate), rolled.promise!.pausedMs, rolled.promise!.waitedDays]).to.deep.equal(['2026-03-16', 4 * DAY, 2]);
    expect([day(rolled.promise!.planned), rolled.promise!.plannedPausedMs, rolled.promise!.plannedWaitedDays]).to.deep.equal(['2026-03-16', 4 * DAY, 2]);
    expect([day(rolled.steps[0].expected), rolled.steps[0].pausedMs, rolled.steps[0].waitedDays]).to.deep.equal(['2026-03-20', 2 * DAY, undefined]);
    const plain = scheduleCase(c('2026-03-18'), at('2026-03-05T12:00:00Z'));
    expect([day(plain.promise!.planned), plain.promise!.plannedPausedMs, plain.promise!.plannedWaitedDays]).to.deep.equal(['2026-03-20', 2 * DAY, undefined]);
  });

  it('moves a date with a clock time by exactly the time waited', () => {
    const s = scheduleCase(
      mkCase({
        steps: [step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-10T08:00:00.000Z', latest: '2026-03-10T12:00:00.000Z' } })],
        suspensions: [{ reason: 'Venter', from: '2026-03-02T09:00:00.000Z', until: '2026-03-04T12:00:00.000Z', waitingFor: 'citizen' }],
      }),
      at('2026-03-05T12:00:00Z'),
    ).steps[0];
    expect(w(s.expected)).to.deep.equal({ earliest: '2026-03-12T11:00:00.000Z', latest: '2026-03-12T15:00:00.000Z', dateOnly: false });
  });

  it('takes a window with a whole day at either end as whole days: no clock time made up for the whole day, and never backwards', () => {
    // It was shown "2. marts 2026 00.00–13.00", and with the ends the other way round "00.00–08.00",
    // done by 8 when the work may only begin then (time review #2, #3).
    const win = (earliest: string, latest: string) =>
      w(scheduleCase(mkCase({ steps: [step('a', 'current', { expected: { kind: 'window', earliest, latest } })] }), at('2026-02-01T12:00:00Z')).steps[0].expected);
    expect(win('2026-03-02', '2026-03-02T12:00:00.000Z')).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
    expect(win('2026-03-02T07:00:00.000Z', '2026-03-02')).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-01T23:00:00.000Z', dateOnly: true });
    expect(win('2026-03-02', '2026-03-05T12:00:00.000Z')).to.deep.equal({ earliest: '2026-03-01T23:00:00.000Z', latest: '2026-03-04T23:00:00.000Z', dateOnly: true });
    // Both ends with a time keep them.
    expect(win('2026-03-02T07:00:00.000Z', '2026-03-02T12:00:00.000Z')).to.deep.equal({ earliest: '2026-03-02T07:00:00.000Z', latest: '2026-03-02T12:00:00.000Z', dateOnly: false });
  });

  it('takes the delay announced last, and of two announced together the one listed last', () => {
    const c = (delays: Case['delays']) => scheduleCase(mkCase({ receivedAt: '2026-01-05', promise: { plannedDate: '2026-03-02' }, delays }), at('2026-02-26T12:00:00Z'));
    const together = c([
      { reason: 'first', newDate: '2026-03-16', announcedAt: '2026-02-20T08:00:00.000Z' },
      { reason: 'second', newDate: '2026-03-23', announcedAt: '2026-02-20T08:00:00.000Z' },
    ]);
    expect([together.promise!.caseDelay!.reason, together.lead!.date]).to.deep.equal(['second', '2026-03-23']);
    // A delay with no announcement time counts as announced before any that has one.
    const announced = { reason: 'announced', newDate: '2026-03-16', announcedAt: '2026-02-20T08:00:00.000Z' };
    const unannounced = { reason: 'unannounced', newDate: '2026-03-23' };
    expect(c([announced, unannounced]).lead!.delay!.reason).to.equal('announced');
    expect(c([unannounced, announced]).lead!.delay!.reason).to.equal('announced');
  });

  it("puts the answer in doubt by a step's delay announced after the case's, and only then, never moving it", () => {
    const c = (stepAnnounced: string | undefined, caseAnnounced: string | undefined, newDate = '2026-03-16') =>
      leadAnswer(
        mkCase({
          promise: { plannedDate: '2026-03-02' },
          steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-02-20' } })],
          delays: [
            { reason: 'case', newDate: '2026-03-09', previousDate: '2026-03-02', ...(caseAnnounced ? { announcedAt: caseAnnounced } : {}) },
            { reason: 'step', stepId: 'a', newDate, previousDate: '2026-02-20', ...(stepAnnounced ? { announcedAt: stepAnnounced } : {}) },
          ],
        }),
        at('2026-02-10T12:00:00Z'),
      );
    // The step's delay (to 16 March, past the case delay's 9 March) came last: the answer stays on
    // 9 March, the date the case delay announced, but in doubt (not 23 March, the step's days added).
    const later = c('2026-02-05T08:00:00.000Z', undefined);
    expect([later.basis, later.delay!.reason, later.date, later.movedFrom, later.lateStep]).to.deep.equal(['delay', 'case', '2026-03-09', '2026-03-02', 0]);
    // A step still done before the answer leaves it as it was.
    expect(c('2026-02-05T08:00:00.000Z', undefined, '2026-02-27').lateStep).to.equal(undefined);
    // The case's delay came last (or the step's has no time): its date already counts the step.
    const earlier = c(undefined, '2026-02-05T08:00:00.000Z');
    expect([earlier.delay!.reason, earlier.date, earlier.movedFrom, earlier.lateStep]).to.deep.equal(['case', '2026-03-09', '2026-03-02', undefined]);
  });

  it('knows a case is over from its status code, whatever its case or spaces', () => {
    for (const code of ['closed', ' Afsluttet ', 'LUKKET', 'done', 'Completed', 'færdig']) {
      expect(isClosedStatus(mkCase({ status: { code, label: code } })), code).to.equal(true);
    }
    for (const code of ['open', 'i gang', 'closing']) {
      expect(isClosedStatus(mkCase({ status: { code, label: code } })), code).to.equal(false);
    }
    // A closed case has no date to wait for, and no reason to complain about the processing time.
    const closed = leadAnswer(
      mkCase({ status: { code: 'Lukket', label: 'Lukket' }, promise: { plannedDate: '2026-03-02', legalDeadline: '2026-03-01' } }),
      at('2026-04-01T12:00:00Z'),
    );
    expect([closed.basis, closed.date, closed.missed, closed.complaint]).to.deep.equal(['done', undefined, false, false]);
    expect(closed.legalDeadline!.missed, 'the deadline itself is still said to have passed').to.equal(true);
  });

  it('counts the step in progress from when its status was set only when the step before says no time', () => {
    const c = (since: string | undefined, doneAt: string | undefined = '2026-01-05') =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-01-05',
          status: { code: 'open', label: 'Under behandling', ...(since ? { since } : {}) },
          steps: [
            step('received', 'done', doneAt ? { completedAt: doneAt } : {}),
            step('review', 'current', { expected: { kind: 'duration', duration: 'P2W' } }),
            step('decision', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
          ],
        }),
        at('2026-02-10T12:00:00Z'),
      );
    // The step before says no time: the status set on Monday 2 February is when the review began.
    // Two weeks later is 16 February, then a week: 23 February.
    expect(c('2026-02-02', '').steps.map((s) => day(s.expected))).to.deep.equal([undefined, '2026-02-16', '2026-02-23']);
    expect(c('2026-02-02', '').steps[1].overdue).to.equal(false);
    // From when the step before was done (5 January): 19 January, and we are late; the step after
    // the late one then has no date (not 26 January, a date past before it began). A status set
    // later (a new label within the step) does not start the review again.
    for (const since of [undefined, '2026-02-02']) {
      expect(c(since).steps.map((s) => day(s.expected)), since).to.deep.equal([undefined, '2026-01-19', undefined]);
      expect(c(since).steps[1].overdue, since).to.equal(true);
      expect(c(since).steps[2].afterLate, since).to.equal(1);
    }
    // A status older than the step before's completion says nothing about this step.
    expect(c('2026-01-02').steps.map((s) => day(s.expected))).to.deep.equal([undefined, '2026-01-19', undefined]);
  });

  /** The audit's base case (.tmp/s2.mjs): received 16 November, checked by 23 November, assess three weeks, decision one week. */
  const audit = (extra: Partial<Case> = {}, now = '2026-12-05T09:00:00Z') =>
    scheduleCase(
      mkCase({
        receivedAt: '2026-11-16T09:00:00+01:00',
        status: { code: 'in-progress', label: 'Under behandling', since: '2026-11-23T10:00:00+01:00' },
        steps: [
          step('received', 'done', { completedAt: '2026-11-16T09:00:00+01:00' }),
          step('check', 'done', { completedAt: '2026-11-23T10:00:00+01:00' }),
          step('assess', 'current', { expected: { kind: 'duration', duration: 'P3W' } }),
          step('decision', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
        ],
        promise: { processingTime: 'P8W', legalDeadline: '2027-03-31' },
        ...extra,
      }),
      at(now),
    );

  it('gives a stopped step no date, nor the steps after it, and promises no date in the lead', () => {
    // The audit's blocked-skipped case on 5 December: "Forventet færdig 20. december (om 15 dage)" beside
    // "Sagen er stoppet ved dette trin", and "Du kan forvente svar senest 11. januar 2027".
    const stopped = [
      step('received', 'done', { completedAt: '2026-11-16T09:00:00+01:00' }),
      step('hearing', 'skipped'),
      step('assess', 'blocked', { expected: { kind: 'date', date: '2026-12-20' } }),
      step('decision', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
    ];
    const c = (now: string, extra: Partial<Case> = {}) => audit({ steps: stopped, ...extra }, now);
    const s = c('2026-12-05T09:00:00Z');
    expect(s.steps.map((x) => day(x.expected))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(day(s.steps[2].planned)).to.equal('2026-12-20');
    expect(s.steps[3].afterLate).to.equal(2);
    expect(s.steps.some((x) => x.overdue)).to.equal(false);
    expect(s.lead).to.include({ basis: 'processing-time', stopped: 2, missed: false, complaint: false });
    expect([s.lead!.date, s.lead!.when, s.lead!.held, s.lead!.lateStep]).to.deep.equal([undefined, undefined, undefined, undefined]);
    // Waiting too, no date after the wait either: the stop still stands.
    const waits = c('2026-12-05T09:00:00Z', { suspensions: [{ reason: 'R', from: '2026-12-01', waitingFor: 'other' }] }).lead!;
    expect([waits.stopped, waits.date, waits.held]).to.deep.equal([2, undefined, undefined]);
    // A date already passed is still said as missed, and the legal deadline as it is.
    const missed = c('2027-04-02T09:00:00Z').lead!;
    expect(missed).to.include({ date: '2027-01-11', missed: true, stopped: 2, complaint: true });
  });

  it('gives the steps a decided or closed case left open no date: they are over', () => {
    // The audit's refused-no-appeal case: "Du får vores afgørelse — Forventet færdig 30. december (om 25 dage)"
    // beside "Du har fået afslag … Afgjort 2. december". ESDH systems and the ZGW adapter (a resultaat
    // with no end status) leave the steps as they were.
    for (const extra of [
      { decision: { outcome: 'Afslag på dispensation', kind: 'refused' as const, decidedAt: '2026-12-02T10:00:00+01:00' } },
      { status: { code: 'closed', label: 'Lukket', since: '2026-12-02T10:00:00+01:00' } },
    ]) {
      const s = audit(extra);
      expect(s.steps.map((x) => x.expected)).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(s.steps.map((x) => x.step.state)).to.deep.equal(['done', 'done', 'done', 'done']);
      expect(s.steps.map((x) => x.step.completedAt)).to.deep.equal(['2026-11-16T09:00:00+01:00', '2026-11-23T10:00:00+01:00', undefined, undefined]);
      expect([s.current, s.next, s.steps.some((x) => x.overdue)]).to.deep.equal([undefined, undefined, false]);
    }
  });

  it('keeps the step in progress on its date when the status changes within it (a wait, a handoff)', () => {
    // The audit's base case on 5 December: assess began 23 November (check done), three weeks: 14 December.
    const c = audit;
    expect(day(c({}).steps[2].expected)).to.equal('2026-12-14');
    // Handed to Natur og Miljø on 3 December, the status set anew then: still 14 December, not 24.
    const handoff = c({
      status: { code: 'in-progress', label: 'Under behandling', since: '2026-12-03T10:00:00+01:00' },
      handoffs: [{ from: 'Byggesag', to: 'Natur og Miljø', at: '2026-12-03T10:00:00+01:00' }],
    });
    // The answer's own step says the answer's date (8 weeks: 11 January), not its week after the 14th.
    expect(handoff.steps.map((s) => day(s.expected))).to.deep.equal([undefined, undefined, '2026-12-14', '2027-01-11']);
    expect(handoff.steps[2].movedFrom).to.equal(undefined);
    // Waiting for the citizen from 1 December, the status "Venter på dig" set then: 13 days were left
    // when the wait began (not 21, the step's three weeks again), the same as with the status unchanged.
    const wait: Suspension = { reason: 'Vi mangler tegninger', from: '2026-12-01T10:00:00+01:00', waitingFor: 'citizen' };
    for (const since of ['2026-11-23T10:00:00+01:00', '2026-12-01T10:00:00+01:00']) {
      const s = c({ status: { code: 'waiting', label: 'Venter på dig', since }, suspensions: [wait] });
      // The answer's own step: the lead's 41 days (to 11 January), not its week after the step before (20).
      expect([s.steps[2].held?.days, s.steps[3].held?.days, s.lead!.held?.days], since).to.deep.equal([13, 41, 41]);
    }
  });

  it('gives no date to a step after an unfinished step with no date, and never calls it late', () => {
    // byg-2417 through ZGW: the review step lost its window, and the neighbours' two weeks were
    // counted from when the review began (16 November): "late since 2 December" on 4 December.
    const c = (expected?: Step['expected']) =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-11-16',
          status: { code: 'open', label: 'Under behandling', since: '2026-11-18' },
          steps: [
            step('received', 'done', { completedAt: '2026-11-18' }),
            step('review', 'current', expected ? { expected } : {}),
            step('neighbours', 'upcoming', { expected: { kind: 'duration', duration: 'P2W' } }),
            step('decision', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
          ],
        }),
        at('2026-12-04T12:00:00Z'),
      );
    const none = c();
    expect(none.steps.map((s) => day(s.expected))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(none.steps.some((s) => s.overdue)).to.equal(false);
    expect(none.next?.expected).to.equal(undefined);
    expect(none.lead!.date).to.equal(undefined);
    // With its date the steps after it count from its end again.
    expect(c({ kind: 'window', earliest: '2026-12-07', latest: '2026-12-14' }).steps.map((s) => day(s.expected))).to.deep.equal([
      undefined,
      '2026-12-14',
      '2026-12-28',
      '2027-01-04',
    ]);
    // The same for an upcoming step without a date before the step in question.
    const upcoming = scheduleCase(
      mkCase({
        receivedAt: '2026-10-01',
        steps: [
          step('received', 'done', { completedAt: '2026-10-01' }),
          step('review', 'current', { expected: { kind: 'date', date: '2026-12-10' } }),
          step('hearing', 'upcoming'),
          step('decision', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
        ],
      }),
      at('2026-12-04T12:00:00Z'),
    );
    expect(upcoming.steps.map((s) => day(s.expected))).to.deep.equal([undefined, '2026-12-10', undefined, undefined]);
    // bol-0893: the case waits in the undated step for the citizen, with no end date: the step ends
    // with the wait, and the one after is held, said relative to it (never a date, never late).
    const waits = scheduleCase(
      mkCase({
        receivedAt: '2026-11-25',
        status: { code: 'afventer-borger', label: 'Venter på dig', since: '2026-11-30' },
        steps: [
          step('received', 'done', { completedAt: '2026-11-30' }),
          step('docs', 'current'),
          step('calc', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
        ],
        suspensions: [{ reason: 'Lejekontrakt', from: '2026-11-30', waitingFor: 'citizen' }],
      }),
      at('2026-12-18T12:00:00Z'),
    );
    // Counted from the wait's end, were it today (Friday 18 December): its own week, to Friday 25
    // December, Christmas Day, so Monday 28 December, 10 days; not from the step's start (30 November).
    expect(waits.steps[2].held).to.include({ waitingFor: 'citizen', days: 10 });
    expect(waits.steps[2].overdue).to.equal(false);
  });

  it('gives the steps after a step late with no new date no date, and says the promise as a promise', () => {
    // nat-0316 on 17 December: Natur og Miljø was expected done 9–16 December and is late.
    const nat = (now: string) =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-11-19T09:02:00Z',
          status: { code: 'overdraget', label: 'Sendt videre', since: '2026-12-02T09:15:00Z' },
          steps: [
            step('modtaget', 'done', { completedAt: '2026-11-20T08:00:00Z' }),
            step('byggesag', 'done', { completedAt: '2026-12-02T09:15:00Z' }),
            step('natur', 'current', { expected: { kind: 'window', earliest: '2026-12-09', latest: '2026-12-16' } }),
            step('afgoerelse', 'upcoming', { expected: { kind: 'date', date: '2026-12-23' } }),
          ],
          promise: { processingTime: 'P8W', plannedDate: '2026-12-23', legalDeadline: '2027-02-01' },
        }),
        at(now),
      );
    const onTime = nat('2026-12-15T12:00:00Z');
    expect(day(onTime.steps[3].expected)).to.equal('2026-12-23');
    expect(onTime.lead).to.include({ basis: 'planned', date: '2026-12-23', missed: false });
    expect(onTime.lead!.lateStep).to.equal(undefined);
    const late = nat('2026-12-17T12:00:00Z');
    expect(late.steps[2].overdue).to.equal(true);
    // The answer's own date rested on Natur og Miljø being done: not known now, nor late.
    expect(late.steps[3].expected).to.equal(undefined);
    expect(late.steps[3].overdue).to.equal(false);
    expect(late.steps[3].afterLate).to.equal(2);
    expect(day(late.steps[3].planned)).to.equal('2026-12-23');
    expect(late.next!.expected).to.equal(undefined);
    // The plan still stands as the municipality's promise, said as one; the legal deadline as it is.
    expect(late.lead).to.include({ basis: 'planned', date: '2026-12-23', missed: false, lateStep: 2 });
    expect(late.lead!.legalDeadline).to.deep.equal({ date: '2027-02-01', passed: false, missed: false });
    // Missed, it is said as missed, as before.
    const missed = nat('2026-12-24T12:00:00Z').lead!;
    expect(missed).to.include({ date: '2026-12-23', missed: true });
    expect(missed.lateStep).to.equal(undefined);

    // par-5521 on 15 December: the new date (14 December) passed too; the permit's one day is not
    // counted on from it (15 December today, 16 December tomorrow).
    const par = (now: string) =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-11-22T18:05:00Z',
          status: { code: 'forsinket', label: 'Forsinket', since: '2026-12-01T13:00:00Z' },
          steps: [
            step('modtaget', 'done', { completedAt: '2026-11-23T08:30:00Z' }),
            step('behandling', 'current', { expected: { kind: 'date', date: '2026-12-02' } }),
            step('tilladelse', 'upcoming', { expected: { kind: 'duration', duration: 'P1D' } }),
          ],
          delays: [{ stepId: 'behandling', reason: 'Mange ansøgninger', previousDate: '2026-12-02', newDate: '2026-12-14', announcedAt: '2026-12-01T13:00:00Z' }],
        }),
        at(now),
      );
    expect(day(par('2026-12-10T12:00:00Z').steps[2].expected)).to.equal('2026-12-15');
    for (const now of ['2026-12-15T12:00:00Z', '2026-12-16T12:00:00Z']) {
      const s = par(now);
      expect(s.steps[1].overdue, now).to.equal(true);
      expect(s.steps[2].expected, now).to.equal(undefined);
      expect(s.steps[2].afterLate, now).to.equal(1);
      // No promise: the answer rested on the steps, so it has no date (not the late step's passed one).
      expect(s.lead!.date, now).to.equal(undefined);
    }
    // Done late, the steps after count from when it was done.
    const done = scheduleCase(
      mkCase({
        steps: [
          step('behandling', 'done', { expected: { kind: 'date', date: '2026-12-02' }, completedAt: '2026-12-16T09:00:00Z' }),
          step('tilladelse', 'current', { expected: { kind: 'duration', duration: 'P1D' } }),
        ],
      }),
      at('2026-12-16T12:00:00Z'),
    );
    expect(day(done.steps[1].expected)).to.equal('2026-12-17');
  });

  it('says the plan as the date to expect while the last step is past its own earlier date: that step says the plan too', () => {
    const sched = (now: string) =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-10-01',
          steps: [step('a', 'done', { completedAt: '2026-10-01' }), step('svar', 'current', { expected: { kind: 'date', date: '2026-11-20' } })],
          promise: { plannedDate: '2026-12-18' },
        }),
        at(now),
      );
    // The answer's own step says the plan's date (audit B1), so it is not late before the plan is: one answer.
    for (const now of ['2026-11-20T12:00:00Z', '2026-11-24T12:00:00Z']) {
      const s = sched(now);
      expect(s.lead, now).to.include({ basis: 'planned', date: '2026-12-18', missed: false });
      expect([s.lead!.lateStep, day(s.steps[1].expected), s.steps[1].overdue], now).to.deep.equal([undefined, '2026-12-18', false]);
    }
    // Missed, it is said as missed.
    const missed = sched('2026-12-21T12:00:00Z').lead!;
    expect([missed.missed, missed.lateStep]).to.deep.equal([true, undefined]);
  });

  it('doubts the promise for a step late with no new date only when, done today, the steps after it would end past it (audit B2)', () => {
    // The audit's planned-in-a-year: the step in progress 4 days late (14 December), a week after it, the plan a year away.
    const s = (promise: Case['promise']) => audit({ promise }, '2026-12-18T09:00:00Z');
    const year = s({ plannedDate: '2027-12-06', legalDeadline: '2028-01-31' });
    expect(year.steps[2].overdue).to.equal(true);
    expect(year.lead).to.include({ basis: 'planned', date: '2027-12-06', missed: false });
    expect(year.lead!.lateStep).to.equal(undefined);
    // Done today (Friday 18 December), a week after: Christmas Day, so Monday 28 December. A plan that day holds; one on the 24th does not.
    expect(s({ plannedDate: '2026-12-28' }).lead!.lateStep).to.equal(undefined);
    expect(s({ plannedDate: '2026-12-24' }).lead).to.include({ date: '2026-12-24', lateStep: 2 });
    // The steps after it of no known time: counted from today, the promise ahead stands.
    const undated = (plannedDate: string) =>
      leadAnswer(
        mkCase({
          steps: [step('assess', 'current', { expected: { kind: 'date', date: '2026-12-01' } }), step('decision', 'upcoming')],
          promise: { plannedDate },
        }),
        at('2026-12-05T09:00:00Z'),
      ).lateStep;
    expect([undated('2026-12-07'), undated('2026-12-05')]).to.deep.equal([undefined, undefined]);
  });

  it('says a step past its date while it waits for the citizen\'s own task waits for them, not that we are late (byg-2417 on 15 December)', () => {
    const byg = (now: string, task = true, dueDate = '2026-12-11') =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-11-16T08:12:00Z',
          status: { code: 'under-behandling', label: 'Under behandling', since: '2026-11-18T12:40:00Z' },
          steps: [
            step('modtaget', 'done', { completedAt: '2026-11-16T08:12:00Z' }),
            step('gennemgang', 'current', {
              expected: { kind: 'window', earliest: '2026-12-07', latest: '2026-12-14' },
              ...(task ? { citizenAction: { text: 'Send en tegning.', dueDate } } : {}),
            }),
            step('naboer', 'upcoming', { expected: { kind: 'duration', duration: 'P2W' } }),
          ],
          promise: { processingTime: 'P8W' },
        }),
        at(now),
      );
    // Before the step's date nothing changes.
    const before = byg('2026-12-12T12:00:00Z');
    expect([before.steps[1].overdue, before.steps[1].waitsOnYou]).to.deep.equal([false, undefined]);
    const after = byg('2026-12-15T12:00:00Z');
    expect([after.steps[1].overdue, after.steps[1].waitsOnYou]).to.deep.equal([false, true]);
    // What comes after still rests on the step: no date for it. The promise stands firm while the
    // neighbours' two weeks, counted from today, end inside it (29 December); from 29 December they
    // would not (12 January): the promise said as a promise, in doubt, for the citizen's task.
    expect(after.steps[2].afterLate).to.equal(1);
    expect(after.lead).to.include({ basis: 'processing-time', date: '2027-01-11', missed: false });
    expect([after.lead!.lateStep, after.lead!.waitsOnYou]).to.deep.equal([undefined, undefined]);
    expect(byg('2026-12-29T12:00:00Z').lead).to.include({ basis: 'processing-time', date: '2027-01-11', missed: false, lateStep: 1, waitsOnYou: true });
    // Without the citizen's task the same step is ours to be late with.
    expect([byg('2026-12-15T12:00:00Z', false).steps[1].overdue, byg('2026-12-15T12:00:00Z', false).steps[1].waitsOnYou]).to.deep.equal([true, undefined]);
    const ours = byg('2026-12-29T12:00:00Z', false);
    expect(ours.lead).to.include({ lateStep: 1 });
    expect(ours.lead!.waitsOnYou).to.equal(undefined);
    // A task due after the step's own date was set when we were already late: still ours.
    const askedLate = byg('2026-12-15T12:00:00Z', true, '2026-12-18');
    expect([askedLate.steps[1].overdue, askedLate.steps[1].waitsOnYou]).to.deep.equal([true, undefined]);
    // Due the step's last day, or undated: it waits for the citizen.
    expect(byg('2026-12-15T12:00:00Z', true, '2026-12-14').steps[1].waitsOnYou).to.equal(true);
  });

  it('says the answer date with its condition while it rests on the citizen\'s task, due and still ahead (byg-2417 on 7 December)', () => {
    const byg = (now: string, task: { dueDate?: string } | null = { dueDate: '2026-12-14' }, endsIn?: 'done') =>
      scheduleCase(
        mkCase({
          receivedAt: '2026-11-16T08:12:00Z',
          ...(endsIn ? { endsIn } : {}),
          status: { code: 'under-behandling', label: 'Under behandling', since: '2026-11-18T12:40:00Z' },
          steps: [
            step('modtaget', 'done', { completedAt: '2026-11-16T08:12:00Z' }),
            step('gennemgang', 'current', { expected: { kind: 'window', earliest: '2026-12-10', latest: '2026-12-17' }, ...(task ? { citizenAction: { text: 'Send en tegning.', ...task } } : {}) }),
            step('afgoerelse', 'upcoming', { expected: { kind: 'date', date: '2027-01-11' } }),
          ],
          promise: { processingTime: 'P8W', plannedDate: '2027-01-11' },
        }),
        at(now),
      ).lead!;
    const key = (l: ReturnType<typeof byg>) => leadLines(l, (d) => d).map((x) => `${x.key} ${x.values.date ?? ''}`.trim());
    expect(byg('2026-12-07T12:00:00Z')).to.include({ date: '2027-01-11', missed: false, ifYou: true });
    expect(key(byg('2026-12-07T12:00:00Z'))).to.deep.equal(['lead.dateIfYou 2027-01-11']);
    // The deadline's own day still counts; the day after, it has passed (the schedule says what follows).
    expect(byg('2026-12-14T20:00:00Z').ifYou).to.equal(true);
    expect(byg('2026-12-15T12:00:00Z').ifYou).to.equal(undefined);
    // No task, or one with no deadline ("i tide" would say nothing): the date as it is.
    expect(key(byg('2026-12-07T12:00:00Z', null))).to.deep.equal(['lead.date 2027-01-11']);
    expect(byg('2026-12-07T12:00:00Z', {}).ifYou).to.equal(undefined);
    // A case that ends in work done says so with the same condition.
    const done = byg('2026-12-07T12:00:00Z', null, 'done');
    expect(leadLines(byg('2026-12-07T12:00:00Z', { dueDate: '2026-12-14' }, 'done'), (d) => d, 'done')[0].key).to.equal('lead.doneDateIfYou');
    expect(leadLines(done, (d) => d, 'done')[0].key).to.equal('lead.doneDate');
  });

  it('takes the received date from the first step done that says when', () => {
    const s = scheduleCase(
      mkCase({
        steps: [
          step('sent', 'done'),
          step('received', 'done', { completedAt: '2026-01-07' }),
          step('review', 'current', { expected: { kind: 'duration', duration: 'P1W' } }),
        ],
      }),
      at('2026-01-08T12:00:00Z'),
    );
    expect(s.receivedAt).to.equal('2026-01-07');
    expect(day(s.steps[2].expected)).to.equal('2026-01-14');
  });

  it('finds the current step also when it is the first one, and the next after it', () => {
    const s = scheduleCase(mkCase({ steps: [step('a', 'blocked'), step('b', 'upcoming'), step('c', 'upcoming')] }), at('2026-01-08T12:00:00Z'));
    expect([s.current?.step.id, s.next?.step.id]).to.deep.equal(['a', 'b']);
    const first = scheduleCase(mkCase({ steps: [step('a', 'current'), step('b', 'upcoming')] }), at('2026-01-08T12:00:00Z'));
    expect([first.current?.index, first.next?.index]).to.deep.equal([0, 1]);
  });

  it('gives a case with nothing dated a schedule with nothing in it', () => {
    // The schedule is plain data (server rendering serialises it): no keys without a value.
    expect(scheduleCase(mkCase(), at('2026-01-08T12:00:00Z'))).to.deep.equal({
      steps: [],
      lead: { basis: 'none', missed: false, complaint: false },
      dates: {},
    });
    const one = scheduleCase(mkCase({ steps: [step('a', 'done')] }), at('2026-01-08T12:00:00Z'));
    expect(one.steps).to.deep.equal([{ step: one.steps[0].step, index: 0, expected: undefined, pausedMs: 0, overdue: false }]);
    expect(Object.keys(one).sort()).to.deep.equal(['dates', 'lead', 'steps']);
    expect(scheduleCase(mkCase({ promise: {} }), at('2026-01-08T12:00:00Z')).promise).to.deep.equal({});
  });

  it('gives no promised date, and does not throw, for a processing time it cannot count from', () => {
    const noReceipt = scheduleCase(mkCase({ promise: { processingTime: 'P10D', processingTimeWorkingDays: true } }), at('2026-01-08T12:00:00Z'));
    expect(noReceipt.promise).to.deep.equal({ processingTime: 'P10D', processingTimeWorkingDays: true });
    expect(noReceipt.dates).to.deep.equal({});
    const unreadable = scheduleCase(mkCase({ receivedAt: '2026-01-05', promise: { processingTime: 'otte uger' } }), at('2026-01-08T12:00:00Z'));
    expect(unreadable.promise).to.deep.equal({ processingTime: 'otte uger' });
    const tooFar = scheduleCase(mkCase({ receivedAt: '2026-01-05', promise: { processingTime: 'P9000Y' } }), at('2026-01-08T12:00:00Z'));
    expect(tooFar.promise).to.deep.equal({ processingTime: 'P9000Y' });
  });

  it('says a delayed step moved from its planned date when the delay does not say', () => {
    const s = scheduleCase(
      mkCase({
        steps: [
          step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } }),
          step('b', 'upcoming', { expected: { kind: 'date', date: '2026-03-09' } }),
        ],
        delays: [{ stepId: 'a', reason: 'Travlt', newDate: '2026-03-06' }],
      }),
      at('2026-02-10T12:00:00Z'),
    );
    // Four days for step a; step b, dated by itself, moves as much: Friday 13 March.
    expect(s.steps.map((x) => [day(x.expected), x.movedFrom, day(x.planned)])).to.deep.equal([
      ['2026-03-06', '2026-03-02', '2026-03-02'],
      ['2026-03-13', '2026-03-09', '2026-03-09'],
    ]);
    expect(s.lead).to.include({ basis: 'delay', date: '2026-03-13', movedFrom: '2026-03-09' });
  });

  it('gives answers with only the facts they rest on', () => {
    const now = at('2026-02-10T12:00:00Z');
    const stepOnly = leadAnswer(mkCase({ steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } }), step('b', 'upcoming')] }), now);
    expect(stepOnly).to.deep.equal({ basis: 'step', missed: false, complaint: false, when: stepOnly.when, date: '2026-03-02' });
    const planned = leadAnswer(mkCase({ promise: { plannedDate: '2026-03-02' } }), now);
    expect(planned).to.deep.equal({ basis: 'planned', missed: false, complaint: false, when: planned.when, date: '2026-03-02' });
    const delayOnly = leadAnswer(mkCase({ delays: [{ reason: 'Travlt', newDate: '2026-03-09' }] }), now);
    expect(delayOnly).to.deep.equal({ basis: 'delay', delay: delayOnly.delay, missed: false, complaint: false, when: delayOnly.when, date: '2026-03-09' });
    const promised = scheduleCase(mkCase({ receivedAt: '2026-01-05', promise: { processingTime: 'P8W' } }), now).promise!;
    expect(Object.keys(promised).sort()).to.deep.equal(['processingTime', 'promisedDate']);
  });

  it("takes the step delay announced last, and of two announced together the one listed last, to put the answer in doubt", () => {
    const c = (aAt: string | undefined, bAt: string | undefined) =>
      leadAnswer(
        mkCase({
          promise: { plannedDate: '2026-03-02' },
          steps: [
            step('a', 'current', { expected: { kind: 'date', date: '2026-02-20' } }),
            step('b', 'upcoming', { expected: { kind: 'date', date: '2026-02-25' } }),
          ],
          delays: [
            { reason: 'a three days', stepId: 'a', newDate: '2026-02-23', previousDate: '2026-02-20', ...(aAt ? { announcedAt: aAt } : {}) },
            { reason: 'b a week', stepId: 'b', newDate: '2026-03-04', previousDate: '2026-02-25', ...(bAt ? { announcedAt: bAt } : {}) },
          ],
        }),
        at('2026-02-10T12:00:00Z'),
      );
    const t = '2026-02-05T08:00:00.000Z';
    // The answer stays on the plan (2 March), never the plan plus a step's days (5 or 9 March). In
    // doubt when the step delay announced last takes its step past it (b, to 4 March); not for a (23 February).
    expect([c(t, t).basis, c(t, t).date, c(t, t).lateStep]).to.deep.equal(['planned', '2026-03-02', 1]);
    expect([c(t, undefined).date, c(t, undefined).lateStep]).to.deep.equal(['2026-03-02', undefined]);
    expect([c(undefined, t).date, c(undefined, t).lateStep]).to.deep.equal(['2026-03-02', 1]);
  });

  it("counts a step's delay from the step's planned date when the delay gives no earlier date", () => {
    const s = scheduleCase(
      mkCase({
        promise: { plannedDate: '2026-03-04' },
        steps: [
          step('received', 'done', { expected: { kind: 'date', date: '2026-02-02' } }),
          step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } }),
        ],
        delays: [{ stepId: 'a', reason: 'Travlt', newDate: '2026-03-06', announcedAt: '2026-02-05T08:00:00.000Z' }],
      }),
      at('2026-02-10T12:00:00Z'),
    );
    // Four days later than planned (2 → 6 March), past the plan (4 March): the plan stands, in doubt.
    expect(s.lead).to.include({ basis: 'planned', date: '2026-03-04', lateStep: 1 });
    expect(s.lead!.movedFrom).to.equal(undefined);
  });

  it("leaves the answer as planned when a step's delay does not move the step later", () => {
    const lead = leadAnswer(
      mkCase({
        promise: { plannedDate: '2026-03-16' },
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-03-02' } })],
        delays: [{ stepId: 'a', reason: 'Ny sagsbehandler', newDate: '2026-03-02', previousDate: '2026-03-02', announcedAt: '2026-02-05T08:00:00.000Z' }],
      }),
      at('2026-02-10T12:00:00Z'),
    );
    expect([lead.basis, lead.date, lead.delay, lead.movedFrom]).to.deep.equal(['planned', '2026-03-16', undefined, undefined]);
  });

  it('keeps the plan beside a window a delay narrowed to one of its ends', () => {
    const c = (newDate: string) =>
      scheduleCase(
        mkCase({
          steps: [step('a', 'current', { expected: { kind: 'window', earliest: '2026-03-02', latest: '2026-03-06' } })],
          delays: [{ stepId: 'a', reason: 'Travlt', newDate }],
        }),
        at('2026-02-10T12:00:00Z'),
      ).steps[0];
    for (const end of ['2026-03-02', '2026-03-06']) {
      const s = c(end);
      expect([calendarDate(s.planned!.earliest), calendarDate(s.planned!.latest), day(s.expected)], end).to.deep.equal(['2026-03-02', '2026-03-06', end]);
    }
  });

  it("says a case delay moved the plan from the delay's own earlier date", () => {
    const s = scheduleCase(
      mkCase({ promise: { plannedDate: '2026-03-02' }, delays: [{ reason: 'Travlt', previousDate: '2026-03-05', newDate: '2026-03-12' }] }),
      at('2026-02-10T12:00:00Z'),
    );
    expect([s.dates!.planned!.date, s.dates!.planned!.movedFrom]).to.deep.equal(['2026-03-12', '2026-03-05']);
  });

  it('does not say the step in progress moved when a case delay keeps the date', () => {
    const s = scheduleCase(
      mkCase({
        promise: { plannedDate: '2026-03-02' },
        steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-02-20' } }), step('b', 'upcoming', { expected: { kind: 'date', date: '2026-03-02' } })],
        delays: [{ reason: 'Ny plan', previousDate: '2026-03-02', newDate: '2026-03-02' }],
      }),
      at('2026-02-10T12:00:00Z'),
    ).steps[0];
    expect([day(s.expected), s.movedFrom, s.planned]).to.deep.equal(['2026-02-20', undefined, undefined]);
  });

  it("uses the status time only for the step in progress, and not once that step says when it was done", () => {
    const c = (steps: Step[]) => scheduleCase(mkCase({ receivedAt: '2026-01-05', status: { code: 'open', label: 'Åben', since: '2026-02-02' }, steps }), at('2026-02-10T12:00:00Z'));
    const done = c([step('a', 'done', { expected: { kind: 'duration', duration: 'P1W' } }), step('b', 'current', { expected: { kind: 'duration', duration: 'P2W' } })]);
    expect(done.steps.map((s) => day(s.expected))).to.deep.equal(['2026-01-12', '2026-02-16']);
    const said = c([step('a', 'current', { expected: { kind: 'duration', duration: 'P2W' }, completedAt: '2026-01-20' }), step('b', 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } })]);
    expect(said.steps.map((s) => day(s.expected))).to.deep.equal(['2026-01-19', '2026-01-27']);
  });

  it('does not take a skipped step as the day the case was received', () => {
    const s = scheduleCase(
      mkCase({ steps: [step('pre', 'skipped', { completedAt: '2026-01-03' }), step('received', 'done', { completedAt: '2026-01-07' })] }),
      at('2026-01-08T12:00:00Z'),
    );
    expect(s.receivedAt).to.equal('2026-01-07');
  });

  it("dates the answer's own step as the lead does, not by the steps' durations (audit B1, the ZGW shape)", () => {
    // The audit's base case: 8 weeks (11 January); the step in progress 3 weeks from 23 November (14
    // December), the answer's own step a week more (21 December): two dates for one answer.
    const s = audit();
    expect(s.lead).to.include({ basis: 'processing-time', date: '2027-01-11', missed: false });
    expect([day(s.steps[2].expected), day(s.steps[3].expected), day(s.steps[3].planned), s.steps[3].overdue]).to.deep.equal(['2026-12-14', '2027-01-11', '2026-12-21', false]);
    // A plan, or the source's own date for the step: the same one date.
    const planned = audit({ promise: { processingTime: 'P8W', plannedDate: '2027-01-04' } });
    expect([planned.lead!.date, day(planned.steps[3].expected)]).to.deep.equal(['2027-01-04', '2027-01-04']);
    const dated = audit({ steps: [...audit().steps.slice(0, 3).map((x) => x.step), step('decision', 'upcoming', { expected: { kind: 'date', date: '2026-12-18' } })] });
    expect(day(dated.steps[3].expected)).to.equal('2027-01-11');
    // The answer's own step dated after the plan's date (21 December by its week, the plan 18 December):
    // the answer cannot come by it, so the answer is that step's date (audit defect 3: "svar senest 18.
    // december" above "Du får vores afgørelse — Forventet færdig 21. december"); the plan stays in dates.
    const after = audit({ promise: { plannedDate: '2026-12-18' } });
    expect([after.lead!.basis, after.lead!.date, day(after.steps[2].expected), day(after.steps[3].expected), after.dates!.planned!.date]).to.deep.equal(['planned', '2026-12-21', '2026-12-14', '2026-12-21', '2026-12-18']);
    assertHonest(after, at('2026-12-05T09:00:00Z'));
    // A step after the answer (afterAnswer: the letter that brings it) keeps its own date and moves nothing:
    // the decision step says the plan's 18 December, the letter its own day after the decision's.
    const letterStep = step('letter', 'upcoming', { expected: { kind: 'duration', duration: 'P3D' }, afterAnswer: true });
    const letter = audit({ promise: { plannedDate: '2026-12-18' }, steps: [...audit().steps.slice(0, 3).map((x) => x.step), step('decision', 'upcoming', { expected: { kind: 'date', date: '2026-12-17' } }), letterStep] });
    expect([letter.lead!.date, day(letter.steps[3].expected), day(letter.steps[4].expected)]).to.deep.equal(['2026-12-18', '2026-12-18', '2026-12-21']);
    // Unmarked, that last step is the answer's: the answer is its date.
    const unmarked = audit({ promise: { plannedDate: '2026-12-18' }, steps: [...letter.steps.slice(0, 4).map((x) => x.step), { ...letterStep, afterAnswer: undefined }] });
    expect(unmarked.lead!.date).to.equal('2026-12-21');
    assertHonest(s, at('2026-12-05T09:00:00Z'));
  });

  it("says the steps' own date when their plan runs past the promise with nothing late: one answer, no doubt", () => {
    // The audit's base case with a goal of 3 weeks (7 December): the step in progress ends 14 December, the
    // answer's own step 21 December. "Du kan forvente svar senest 7. december" beside those steps was two
    // answers, the first untrue by the municipality's own plan. Nothing is late ("Vi er forsinket" would be
    // untrue too), so the answer is the plan's date; the goal stays in `dates`, said as the goal it is.
    const goal = audit({ promise: { processingTime: 'P3W' } });
    expect(goal.dates!.processingTime).to.deep.equal({ date: '2026-12-07', passed: false, missed: false });
    expect(goal.lead).to.include({ basis: 'processing-time', date: '2026-12-21', missed: false });
    expect([goal.lead!.lateStep, day(goal.steps[3].expected), goal.steps[3].planned, w(goal.lead!.when)]).to.deep.equal([undefined, '2026-12-21', undefined, w(goal.steps[3].expected)]);
    assertHonest(goal, at('2026-12-05T09:00:00Z'));
    // A plan for the case (10 December) the steps run past: the same.
    expect(audit({ promise: { plannedDate: '2026-12-10' } }).lead).to.include({ basis: 'planned', date: '2026-12-21', missed: false });
    // The last step dated (by the source) before the step it follows: it says the lead's date, its own kept as planned.
    const dated = audit({ promise: { processingTime: 'P3W' }, steps: [...audit().steps.slice(0, 3).map((x) => x.step), step('decision', 'upcoming', { expected: { kind: 'date', date: '2026-12-11' } })] });
    expect([dated.lead!.date, day(dated.steps[3].expected), day(dated.steps[3].planned)]).to.deep.equal(['2026-12-14', '2026-12-14', '2026-12-11']);
    // The answer's step a window that may still end by it (1–14 December) leaves the promise as it is.
    const assessWindow = step('assess', 'current', { expected: { kind: 'window', earliest: '2026-12-01', latest: '2026-12-14' } });
    const window = audit({ promise: { processingTime: 'P3W' }, steps: [...audit().steps.slice(0, 2).map((x) => x.step), assessWindow] });
    expect(window.lead).to.include({ date: '2026-12-07', missed: false });
    // With the answer's step a week after that window (21 December), the answer cannot come by 7 December (it said so beside it).
    const windowPast = audit({ promise: { processingTime: 'P3W' }, steps: [...window.steps.map((x) => x.step), audit().steps[3].step] });
    expect([windowPast.lead!.date, day(windowPast.steps[3].expected)]).to.deep.equal(['2026-12-21', '2026-12-21']);
    // While the case waits with no end date: the answer's step's days, not the goal's 6. Ended today (5
    // December, 4 days), the step in progress ends 18 December and the answer's a week later, Christmas
    // Day, so 28 December: 23 days (counted from the wait's start, 20 days, to 25 December).
    const held = audit({ promise: { processingTime: 'P3W' }, suspensions: [{ reason: 'Tegninger', from: '2026-12-01T10:00:00+01:00', waitingFor: 'citizen' }] });
    expect([held.dates!.processingTime!.held!.days, held.lead!.held!.days, held.steps[3].held!.days]).to.deep.equal([6, 23, 23]);
    // Once the goal's date has passed, it is said as missed, as before.
    expect(audit({ promise: { processingTime: 'P3W' } }, '2026-12-08T09:00:00Z').lead).to.include({ date: '2026-12-07', missed: true });
    // A step delayed past it is lateness: the promise said as the promise, in doubt, as before.
    const delayed = audit({ promise: { processingTime: 'P3W' }, delays: [{ stepId: 'assess', reason: 'Sygdom', newDate: '2026-12-16', announcedAt: '2026-12-01T10:00:00Z' }] });
    expect(delayed.lead).to.include({ date: '2026-12-07', missed: false, lateStep: 2 });
    // The answer's own step undated: the step before it still has to end first. "Du kan forvente svar
    // senest 10. marts" above "Vi vurderer dit projekt · Forventet færdig 15. marts" (time review #1).
    const undated = audit({ promise: { processingTime: 'P3W' }, steps: [...audit().steps.slice(0, 3).map((x) => x.step), step('decision', 'upcoming')] });
    expect([undated.lead!.date, undated.lead!.lateStep, undated.dates!.processingTime!.date]).to.deep.equal(['2026-12-14', undefined, '2026-12-07']);
    // One that may still end by the promise leaves it as it is.
    expect(audit({ promise: { processingTime: 'P3W' }, steps: [...window.steps.map((x) => x.step), step('decision', 'upcoming')] }).lead).to.include({ date: '2026-12-07' });
  });

  it('says when the date to expect runs past the legal deadline still ahead, and only then', () => {
    // The steps' plan gives 21 December; the law's deadline is the 18th: "svar senest 21. december" beside
    // "Lovens frist for afgørelse: 18. december 2026" said nothing of the one being past the other.
    const past = audit({ promise: { processingTime: 'P3W', legalDeadline: '2026-12-18' } });
    expect([past.lead!.date, past.lead!.pastLegal, past.lead!.complaint]).to.deep.equal(['2026-12-21', true, false]);
    // The same day, or later: in time.
    expect(audit({ promise: { processingTime: 'P3W', legalDeadline: '2026-12-21' } }).lead!.pastLegal).to.equal(undefined);
    expect(audit({ promise: { processingTime: 'P8W', legalDeadline: '2027-03-31' } }).lead!.pastLegal).to.equal(undefined);
    // Passed: the complaint says it, not this.
    const passed = audit({ promise: { processingTime: 'P3W', legalDeadline: '2026-12-18' } }, '2026-12-19T09:00:00Z');
    expect([passed.lead!.pastLegal, passed.lead!.complaint]).to.deep.equal([undefined, true]);
  });

  it("keeps the answer's own step's date as planned while the case waits, as it does while it runs", () => {
    // 8 weeks (11 January), waiting for the citizen since 1 December: the answer's step says the lead's 41 days; its own 21 December stays in planned.
    const held = audit({ suspensions: [{ reason: 'Tegninger', from: '2026-12-01T10:00:00+01:00', waitingFor: 'citizen' }] });
    expect([held.lead!.held!.days, held.steps[3].held!.days, day(held.steps[3].planned)]).to.deep.equal([41, 41, '2026-12-21']);
    expect(day(audit().steps[3].planned)).to.equal('2026-12-21');
  });

  /** The demo's bol-0893: waiting for the lease from 1 December (`sent`: the day it came), the legal deadline 14 January. */
  const bol = (sent?: string) =>
    mkCase({
      receivedAt: '2026-11-26T08:55:00+01:00',
      status: { code: sent ? 'under-behandling' : 'afventer-borger', label: 'Status', since: sent ?? '2026-12-01T11:20:00+01:00' },
      steps: [
        step('modtaget', 'done', { completedAt: '2026-11-26T08:55:00+01:00' }),
        step('oplysninger', sent ? 'done' : 'current', sent ? { completedAt: sent } : {}),
        step('beregning', sent ? 'current' : 'upcoming', { expected: { kind: 'duration', duration: 'P1W' } }),
        step('afgoerelse', 'upcoming', { expected: { kind: 'date', date: '2026-12-28' } }),
      ],
      promise: { processingTime: 'P4W', plannedDate: '2026-12-28', legalDeadline: '2027-01-14' },
      suspensions: [{ reason: 'Lejekontrakt', from: '2026-12-01T11:20:00+01:00', waitingFor: 'citizen', ...(sent ? { until: sent } : {}) }],
    });

  it('says a held date in the days the page says once the citizen acts that day, the step after the wait its own length (bol-0893)', () => {
    // The demo's bol-0893 waited for the lease from 1 December: "Vi regner din boligstøtte ud — Forventet
    // færdig 2 dage efter, at vi har fået det" for a week's work (counted from when the waiting step
    // began, 26 November), and "svar inden for 27 dage"; sent on 5 December, the page said "14. december
    // 2026 (om 9 dage)" and "svar senest 4. januar 2027 (om 30 dage)": the 27 days ran into New Year's Day.
    const said = (now: string) => {
      const held = scheduleCase(bol(), at(now));
      const after = (n: number | undefined) => n !== undefined && calendarDate(new Date(Date.parse(`${now.slice(0, 10)}T12:00:00Z`) + n * DAY));
      const days = [after(held.steps[2].held?.days), after(held.steps[3].held?.days), after(held.lead!.held?.days), after(held.dates!.processingTime!.held?.days)];
      // The page says the date itself, with the condition "i dag": the same dates.
      expect([held.steps[2].held?.date, held.steps[3].held?.date, held.lead!.held?.date, held.dates!.processingTime!.held?.date], now).to.deep.equal(days);
      return days;
    };
    // Every day of the wait: the days said while waiting are the dates said once the lease came that day.
    for (let d = 2; d <= 31; d++) {
      const now = `2026-12-${String(d).padStart(2, '0')}T10:00:00+01:00`;
      const sent = scheduleCase(bol(now), at(now));
      expect(said(now), now).to.deep.equal([day(sent.steps[2].expected), sent.lead!.date, sent.lead!.date, sent.dates!.processingTime!.date]);
    }
    // The demo's Saturday: the week's work ends Saturday 12 December, so Monday 14 December (9 days); the
    // answer 4 January (30 days). On Monday 7 December the week is 7 days.
    const days = (now: string) => [2, 3].map((i) => scheduleCase(bol(), at(now)).steps[i].held?.days);
    expect([days('2026-12-05T10:00:00+01:00'), days('2026-12-07T10:00:00+01:00')]).to.deep.equal([
      [9, 30],
      [7, 28],
    ]);
  });

  it('gives a held answer the date itself, which stays where the count of days moved with the reader\'s day (bol-0893)', () => {
    // The audit read "svare inden for 29 dage" on Sunday 6 December and "28 dage" on the Monday, with no
    // word of why: the same answer, 4 January, counted from another day. The date is what the page says.
    const lead = (now: string) => scheduleCase(bol(), at(now)).lead!.held!;
    const [sunday, monday] = [lead('2026-12-06T10:00:00+01:00'), lead('2026-12-07T10:00:00+01:00')];
    expect([sunday.days, sunday.date, monday.days, monday.date]).to.deep.equal([29, '2027-01-04', 28, '2027-01-04']);
  });

  it('says on every day of a wait for the citizen whether the answer, were the wait to end that day, comes after the legal deadline (bol-0893)', () => {
    // "Inden for 27 dage" from 18 December landed past 14 January and nothing said so; the box said only "14. januar 2027".
    const past: string[] = [];
    for (let t = Date.UTC(2026, 11, 2); t <= Date.UTC(2027, 0, 31); t += DAY) {
      const now = `${new Date(t).toISOString().slice(0, 10)}T10:00:00+01:00`;
      const held = scheduleCase(bol(), at(now)).lead!;
      // What the page will say once the lease came that day: the answer's date.
      const sent = scheduleCase(bol(now), at(now)).lead!.date!;
      expect(!!held.pastLegal, now).to.equal(sent > '2027-01-14');
      // Never a complaint while the case waits for the citizen: the passed deadline is said as passed, the lead has none.
      expect(held.complaint, now).to.equal(false);
      if (held.pastLegal) past.push(now.slice(0, 10));
    }
    // From 19 December on (the box says "Den er gået" once the deadline has passed).
    expect([past[0], past.length]).to.deep.equal(['2026-12-19', 44]);
    // A wait for others says no such thing (it is not the citizen's to end).
    const other = bol();
    other.suspensions = [{ ...other.suspensions[0], waitingFor: 'other' }];
    expect(scheduleCase(other, at('2027-01-05T10:00:00+01:00')).lead!.pastLegal).to.equal(undefined);
  });

  it('says a delay moved its date earlier by the days of the case\'s time zone (movedEarlier), near midnight', () => {
    // 23:30 UTC on 8 December is 00:30 on 9 December in Copenhagen but 18:30 on 8 December in New York.
    const d = { reason: 'Ny plan', newDate: '2026-12-08T23:30:00Z', previousDate: '2026-12-09' };
    expect([movedEarlier(d), movedEarlier(d, 'Europe/Copenhagen'), movedEarlier(d, 'America/New_York')]).to.deep.equal([false, false, true]);
    // The lead reads it in the schedule's zone: past a plan of 20:00 UTC, the step's delay doubts it in
    // Copenhagen; in New York it moved the step earlier, no lateness.
    const c = mkCase({
      promise: { plannedDate: '2026-12-08T20:00:00Z' },
      steps: [step('a', 'current', { expected: { kind: 'date', date: '2026-12-09' } })],
      delays: [{ stepId: 'a', ...d, announcedAt: '2026-12-01T10:00:00Z' }],
    });
    const now = at('2026-12-02T10:00:00Z');
    expect([leadAnswer(c, now).lateStep, leadAnswer(c, now, 'America/New_York').lateStep]).to.deep.equal([0, undefined]);
  });
});
