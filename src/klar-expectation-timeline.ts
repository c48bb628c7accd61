import { define } from './core/define.js';
import { KlarExpectationTimeline } from './expectation-timeline/expectation-timeline.js';
import type { CalendarAddDetail, TimelineToggleDetail } from './expectation-timeline/expectation-timeline.types.js';
import './klar-step.js';

define('klar-expectation-timeline', KlarExpectationTimeline);

export { KlarExpectationTimeline };
export type { CalendarAddDetail, TimelineToggleDetail };

declare global {
  interface HTMLElementTagNameMap {
    'klar-expectation-timeline': KlarExpectationTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'klar-timeline-toggle': CustomEvent<TimelineToggleDetail>;
    'klar-calendar-add': CustomEvent<CalendarAddDetail>;
  }
}
