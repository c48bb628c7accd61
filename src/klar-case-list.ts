import { define } from './core/define.js';
import { KlarCaseList } from './case-list/case-list.js';
import type { CaseErrorDetail, CaseListLoadDetail } from './case/case-fetch.js';

define('klar-case-list', KlarCaseList);

export { KlarCaseList };
export type { CaseErrorDetail, CaseListLoadDetail, CaseParser } from './case/case-fetch.js';
export { CASE_GROUPS, type CaseGroup } from './core/status-kind.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-case-list': KlarCaseList;
  }
  interface GlobalEventHandlersEventMap {
    'klar-case-list-load': CustomEvent<CaseListLoadDetail>;
    'klar-case-error': CustomEvent<CaseErrorDetail>;
  }
}
