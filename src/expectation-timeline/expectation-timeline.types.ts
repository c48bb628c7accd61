/** What the timeline is showing: designed states, reused by stories and tests. */
export const TIMELINE_VIEWS = ['loading', 'error', 'empty', 'ready', 'provided-error'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Where the case came from, in order of precedence. */
export const TIMELINE_SOURCES = ['property', 'context', 'declarative', 'none'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

/** The kinds of date a citizen can add to their calendar. */
export const CALENDAR_KINDS = ['decision', 'appeal', 'action'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** Detail of `klar-timeline-toggle`: the citizen showed or hid the earlier steps. */
export interface TimelineToggleDetail {
  readonly expanded: boolean;
  readonly hiddenCount: number;
}

/** Detail of `klar-calendar-add`: the citizen downloaded a calendar file. */
export interface CalendarAddDetail {
  readonly kind: CalendarKind;
  readonly date: string;
  readonly fileName: string;
}
