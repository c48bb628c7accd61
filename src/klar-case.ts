import { define } from './core/define.js';
import { KlarCase } from './case/case.js';
import type { CaseChangeDetail, CaseErrorDetail, CaseLoadDetail } from './case/case-fetch.js';

define('klar-case', KlarCase);

export { KlarCase };
export type { CaseChangeDetail, CaseErrorDetail, CaseLoadDetail, CaseParser, CaseFetchConfig } from './case/case-fetch.js';

declare global {
  interface HTMLElementTagNameMap {
    'klar-case': KlarCase;
  }
  interface GlobalEventHandlersEventMap {
    'klar-case-load': CustomEvent<CaseLoadDetail>;
    'klar-case-change': CustomEvent<CaseChangeDetail>;
    'klar-case-error': CustomEvent<CaseErrorDetail>;
  }
}
