/**
 * A decision and the right to appeal it, as <klar-case-status> and <klar-expectation-timeline>
 * say it, with its Danish texts: imported when the case shown has a decision (issue 15; see
 * `casePart` in ./case-view.ts), not with the elements, which a case in progress never needs.
 * One module for both, so a page with both fetches one file and both draw in the same frame. The
 * elements' members are reached as `this['name']`, TypeScript's checked access to protected
 * members, as in expectation-timeline/announce.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Case } from './case-model.js';
import type { KlarCaseView } from './case-view.js';
import { deadlineDay } from './dates.js';
import { heading } from './heading.js';
import { icon } from './icons.js';
import { outcomeDetail, outcomeNextKey, outcomeTag } from './outcome.js';
import { safeUrl } from './safe-url.js';
import type { CaseSchedule } from './schedule.js';
import { caseDecisionMessages } from '../translations/case-decision.js';

/** The part's Danish texts (English is in the English pack). */
export const messages = caseDecisionMessages.da;

/** Its look, which the elements add to theirs when it has arrived (./case-view.ts). */
export { decisionStyles } from './case-decision.styles.js';

/** The outcome tag in the element's words (core/outcome.ts). */
export function outcome(this: KlarCaseView, c: Case): TemplateResult {
  return outcomeTag(c.decision!, (k, p) => this['l10n'].t(k, p), this['caseLang']);
}

/** The element's way of heading its sections: level, class, an icon before the words (the timeline's), the heading's id. */
export interface DecisionHeading {
  level: number;
  cls: string;
  icon?: boolean;
  id?: string;
}

/**
 * The decision and the right to appeal it: one block, in the same words and order in the status
 * and in the timeline (headed as the element heads its other sections), so a citizen reads the
 * same sentences wherever the page shows them. A deadline that has passed is said as passed.
 */
export function decision(this: KlarCaseView, c: Case, s: CaseSchedule, h: DecisionHeading): TemplateResult | typeof nothing {
  const d = c.decision;
  if (!d || !this['says']('decision')) return nothing;
  const t = this['l10n'].t.bind(this['l10n']);
  const date = (v: string) => this['caseDate'](v);
  const a = this['says']('appeal') ? d.appeal : undefined;
  const doc = safeUrl(d.documentUrl);
  const appealUrl = safeUrl(a?.url);
  const detail = outcomeDetail(d, this['caseLang']);
  const next = outcomeNextKey(d);
  const title = t('decision.title');
  // The outcome's words are a tag of their own kind (never the success green for a refusal).
  return html`<section part="decision" class="klar-decision">
    ${heading(h.level, h.icon ? html`${icon('decision')}${title}` : title, { part: 'section-heading', cls: h.cls, id: h.id })}
    ${outcome.call(this, c)}
    ${detail ? html`<p class="klar-outcome"><strong>${this['ct'](detail)}</strong></p>` : nothing}
    <p>${t('decision.date', { date: date(d.decidedAt) })}</p>
    ${d.summary ? html`<p>${this['ct'](d.summary)}</p>` : nothing}
    ${doc ? html`<p class="klar-links"><a href=${doc}>${icon('link')}${t('decision.document')}</a></p>` : nothing}
    ${next ? html`<p class="klar-next-step">${t(next)}</p>` : nothing}
    ${a
      ? s.dates?.appealDeadline?.passed
        ? html`<p part="appeal" class="klar-appeal klar-passed">${this['tc']('appeal.passed', { body: a.body }, { date: date(deadlineDay(a.deadline, this['l10n'].timeZone)) })}</p>`
        : html`<div part="appeal" class="klar-appeal">
            <p><strong>${this['tc']('appeal.text', { body: a.body }, { date: this['soonDate'](a.deadline) })}</strong></p>
            ${a.howTo ? html`<p>${this['ct'](a.howTo)}</p>` : nothing}
            <p class="klar-links">
              ${appealUrl ? html`<a href=${appealUrl}>${icon('link')}${t('appeal.link')}</a>` : nothing}
              ${this['renderCalendar']('appeal', a.deadline, t('calendar.appeal', { title: c.title }), `${c.id}-appeal`, c, t('calendar.add.appeal'))}
            </p>
          </div>`
      : nothing}
  </section>`;
}
