import { define } from './core/define.js';
import { KlarCaseStatus } from './case-status/case-status.js';
import type { CalendarAddDetail } from './core/calendar.js';

define('klar-case-status', KlarCaseStatus);

export { KlarCaseStatus };
export type { CalendarAddDetail };
export { CASE_STATUS_VARIANTS, STATUS_KINDS, type CaseStatusVariant, type StatusKind } from './case-status/case-status.types.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-case-status': KlarCaseStatus;
  }
  interface GlobalEventHandlersEventMap {
    'klar-calendar-add': CustomEvent<CalendarAddDetail>;
  }
}
