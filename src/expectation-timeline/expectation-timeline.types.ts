/** What the timeline is showing: designed states, reused by stories and tests. */
export const TIMELINE_VIEWS = ['loading', 'error', 'empty', 'ready', 'provided-error'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Where the case came from, in order of precedence. */
export const TIMELINE_SOURCES = ['property', 'context', 'declarative', 'none'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export { CALENDAR_KINDS, type CalendarKind, type CalendarAddDetail } from '../core/calendar.js';

/** Detail of `klar-timeline-toggle`: the citizen showed or hid the earlier steps. */
export interface TimelineToggleDetail {
  readonly expanded: boolean;
  readonly hiddenCount: number;
}

