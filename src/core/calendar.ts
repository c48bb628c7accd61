import { css } from 'lit';
import type { Case, Step, Suspension } from './case-model.js';
import { DEFAULT_TIME_ZONE, calendarDate } from './dates.js';
import { onDemand } from './on-demand.js';

/**
 * The "add to calendar" buttons of <klar-case-status> and <klar-expectation-timeline> (drawn by
 * their shared base, core/case-view.ts; links to the file when server-rendered): what they are,
 * how their files are named, and the .ics writer (./ics.ts), imported when a citizen first
 * points at, focuses or presses one, so a page where nobody adds a date to a calendar never
 * downloads it. Whichever element says a date on a
 * page (the task, the appeal, the expected answer) offers its link.
 */

/** The kinds of date a citizen can add to their calendar. */
export const CALENDAR_KINDS = ['decision', 'appeal', 'action'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** Detail of `klar-calendar-add`: the citizen downloaded a calendar file. */
export interface CalendarAddDetail {
  readonly kind: CalendarKind;
  readonly date: string;
  readonly fileName: string;
}

/**
 * The calendar event id of a citizen's task: one per wait (`wait-<from>`) or per step, so the
 * status and the timeline name the same task alike and adding it twice updates one event.
 */
export const taskEventId = (c: Case, from: Suspension | Step): string => `${c.id}-${'waitingFor' in from ? `wait-${from.from}` : from.id}-action`;

/** The .ics writer, on demand. */
export const ics = onDemand<typeof import('./ics.js')>(() => import('./ics.js'));

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

/**
 * The control's look: its icon beside its words; not printed (a paper cannot download a file).
 * The button looks as the link it replaces (a server render's, core/case-view.ts), not as the
 * outlined buttons (button.styles.ts, which come before this sheet): the same line, nothing moves.
 */
export const calendarStyles = css`
  .klar-calendar {
    display: inline-flex;
    gap: var(--_k-space-xs);
    align-items: center;
    min-block-size: 1.5rem;
  }
  button.klar-calendar {
    font: inherit;
    color: var(--_k-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    min-inline-size: 0;
    /* Selectable as the link's words were: Firefox's own sheet makes a button's text unselectable,
       so select-all (and a tool that reads the selection aloud) skipped it. */
    user-select: text;
  }
  @media print {
    .klar-calendar {
      display: none !important;
    }
  }
`;
