/**
 * The three-step building permit the case tests read: received (done when the case came),
 * "Vi vurderer dit projekt" (`assess`: its state and date) and the decision a week after it.
 * `more` sets the rest (id, title, status, promise, delays …).
 */
export function permitCase<M extends object>(receivedAt: string, assess: { state: string; expected: string }, more = {} as M) {
  return {
    id: 'permit',
    title: 'Byggetilladelse til carport',
    receivedAt,
    steps: [
      { id: 'received', title: 'Vi har modtaget din ansøgning', state: 'done', completedAt: receivedAt },
      { id: 'assess', title: 'Vi vurderer dit projekt', ...assess },
      { id: 'decision', title: 'Du får vores afgørelse', state: 'upcoming', expected: 'P1W' },
    ],
    ...more,
  };
}

/**
 * The audit's step delay (finding 1): received 2 November, 8 weeks (28 December); the step of
 * 20 November delayed to 2 December, told 19 November. On 5 December its new date has passed.
 * `newDate` moves the step's delay elsewhere.
 */
export function stepDelayCase(newDate = '2026-12-02') {
  return permitCase(
    '2026-11-02T09:00:00+01:00',
    { state: 'current', expected: '2026-11-20' },
    {
      id: 'step-delay',
      title: 'Byggetilladelse',
      status: { code: 'in-progress', label: 'Under behandling', since: '2026-11-02T10:00:00+01:00' },
      promise: { processingTime: 'P8W' },
      delays: [{ stepId: 'assess', reason: 'Sygdom', previousDate: '2026-11-20', newDate, announcedAt: '2026-11-19T10:00:00+01:00' }],
      suspensions: [],
      handoffs: [],
    },
  );
}
