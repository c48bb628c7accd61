/**
 * A delay, or a date moved earlier, as <klar-case-status> and <klar-expectation-timeline> tell of
 * it, with its Danish texts: imported when the case shown has a delay (issue 15; see `casePart` in
 * ./case-view.ts), not with the elements: most cases keep their dates. One module for both, so a
 * page with both fetches one file and both draw in the same frame. The elements' members are
 * reached as `this['name']`, TypeScript's checked access to protected members, as in
 * expectation-timeline/announce.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Case } from './case-model.js';
import type { KlarCaseView } from './case-view.js';
import { isOver } from './dates.js';
import { icon } from './icons.js';
import { leadSays } from './lead-text.js';
import { movedEarlier, noticeDelay, type CaseSchedule, type StepSchedule, type When } from './schedule.js';
import { caseDelayMessages } from '../translations/case-delay.js';

/** The part's Danish texts (English is in the English pack). */
export const messages = caseDelayMessages.da;

/** The status's delay notice; `since`: the status's "Siden …" as shown, so a delay told at that moment leaves it there (said once). */
export function statusDelay(this: KlarCaseView, c: Case, s: CaseSchedule, since?: string): TemplateResult | typeof nothing {
  const d = noticeDelay(c, s);
  if (!d) return nothing;
  const l10n = this['l10n'];
  const date = (v: string) => this['caseDate'](v);
  const announced = d.announcedAt && date(d.announcedAt);
  // A step's delay names its step and says when that step, not the case, is expected (the answer
  // is the lead's); a new date that has passed is said as passed, never as one to expect.
  const step = d.stepId ? s.steps.find((x) => x.delay === d)?.step.title : undefined;
  // A date moved earlier is no delay: said as moved earlier ("rykket frem"), as news, not a warning.
  const earlier = movedEarlier(d, l10n.timeZone);
  // The lead answer ("Du kan forvente svar senest …") says a step's new date when it is the same day,
  // and the case's own always (its date, moved further by any wait since, or on hold): once, there.
  const saysNew = step ? !leadSays(s.lead, { date: d.newDate }) : s.lead?.delay !== d;
  // The new date passed too and the lead says it as missed: the date before it is history, not news
  // ("Før regnede vi med 3. december" read as if a newer date stood; the lead says the one that did).
  const previous = d.previousDate && (saysNew || !s.lead?.missed) ? l10n.t('caseStatus.delay.previous', { date: date(d.previousDate) }) : '';
  return html`<div part="notice" class="klar-notice klar-${earlier ? 'info' : 'warning'}">
    ${icon('clock')}
    <div>
      <p><strong>${step ? this['tc'](earlier ? 'caseStatus.delay.stepEarlier' : 'caseStatus.delay.step', { step }) : l10n.t(earlier ? 'caseStatus.delay.earlier' : 'caseStatus.delay.title')}</strong></p>
      <p>${saysNew ? l10n.t(isOver(d.newDate, this['nowDate'], l10n.timeZone) ? 'caseStatus.delay.passed' : step ? 'caseStatus.delay.stepNew' : 'caseStatus.delay.new', { date: date(d.newDate) }) : ''}
      ${previous}</p>
      ${d.reason ? html`<p>${this['tc']('caseStatus.reason', { reason: d.reason })}</p>` : nothing}
      ${d.legalBasis ? html`<p>${this['tc']('delay.basis', { basis: d.legalBasis })}</p>` : nothing}
      ${announced && announced !== since ? html`<p class="klar-muted">${l10n.t(earlier ? 'delay.announcedEarlier' : 'delay.announced', { date: announced })}</p>` : nothing}
    </div>
  </div>`;
}

/**
 * The notice of a step's delay in the timeline. The new date is the step's own line ("Forventet færdig
 * 10. december 2026") while it is ahead: the notice says what it was before, not the new date again.
 */
export function timelineDelay(this: KlarCaseView & { formatWhen(w: When): string }, s: StepSchedule): TemplateResult {
  const d = s.delay!;
  const l10n = this['l10n'];
  const date = (v: string) => this['caseDate'](v);
  const previous = d.previousDate ?? (s.step.expected?.kind === 'date' ? s.step.expected.date : undefined);
  const earlier = movedEarlier(d, l10n.timeZone);
  return html` <div part="notice" class="klar-notice klar-delay">
    ${icon('warning')}
    <div>
      <p><strong>${l10n.t(earlier ? 'timeline.delay.earlier' : 'timeline.delay.title')}</strong> ${s.expected && !s.overdue ? '' : l10n.t('timeline.delay.newDate', { date: s.expected ? this.formatWhen(s.expected) : date(d.newDate) })}
        ${previous ? html`<span class="klar-previous">${l10n.t('timeline.delay.previous', { date: date(previous) })}</span>` : nothing}</p>
      ${d.reason ? html`<p>${this['tc']('timeline.delay.reason', { reason: d.reason })}</p>` : nothing}
      ${d.legalBasis ? html`<p>${this['tc']('delay.basis', { basis: d.legalBasis })}</p>` : nothing}
      ${d.announcedAt ? html`<p class="klar-announced">${l10n.t(earlier ? 'delay.announcedEarlier' : 'delay.announced', { date: date(d.announcedAt) })}</p>` : nothing}
    </div>
  </div>`;
}
