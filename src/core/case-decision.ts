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
import { heading } from './heading.js';
import { icon } from './icons.js';
import { outcomeDetail, outcomeNextKey, outcomeTag } from './outcome.js';
import { safeUrl } from './safe-url.js';
import type { CaseSchedule } from './schedule.js';
import { caseDecisionMessages } from '../translations/case-decision.js';

/** The part's Danish texts (English is in the English pack). */
export const messages = caseDecisionMessages.da;

/** A line of its own for `content`, or nothing (no empty paragraph); a space after it keeps sentences apart in text read as one string. */
const line = (content: TemplateResult | typeof nothing) => (content === nothing ? nothing : html`<p>${content}</p> `);

/** The outcome tag in the element's words (core/outcome.ts). */
export function outcome(this: KlarCaseView, c: Case): TemplateResult {
  return outcomeTag(c.decision!, (k, p) => this['l10n'].t(k, p), this['caseLang']);
}

/** The status's decision section; `level`: its section headings' level. */
export function statusDecision(this: KlarCaseView, c: Case, s: CaseSchedule, level: number): TemplateResult | typeof nothing {
  const d = c.decision;
  if (!d || !this['says']('decision')) return nothing;
  const t = this['l10n'].t.bind(this['l10n']);
  const date = (v: string) => this['caseDate'](v);
  const doc = safeUrl(d.documentUrl);
  const appealUrl = safeUrl(d.appeal?.url);
  const detail = outcomeDetail(d, this['caseLang']);
  const next = outcomeNextKey(d);
  const appealPassed = !!s.dates?.appealDeadline?.passed;
  const appeal = d.appeal && this['says']('appeal') ? d.appeal : undefined;
  // The outcome's words are a tag of their own kind (never the success green for a refusal).
  return html`<section part="decision" class="klar-decision">
    ${heading(level, t('caseStatus.decision.title'), { part: 'section-heading', cls: 'klar-subheading' })}
    ${outcome.call(this, c)}
    ${detail ? html`<p class="klar-outcome">${this['ct'](detail)}</p>` : nothing}
    <p>${t('caseStatus.decision.date', { date: date(d.decidedAt) })}</p>
    ${d.summary ? html`<p>${this['ct'](d.summary)}</p>` : nothing}
    ${doc ? html`<p><a href=${doc}>${icon('decision')} ${t('caseStatus.decision.document')}</a></p>` : nothing}
    ${next ? html`<p class="klar-next-step">${t(next)}</p>` : nothing}
    ${appeal
      ? appealPassed
        ? html`<p class="klar-appeal klar-passed">${this['tc']('appeal.passed', { body: appeal.body }, { date: date(appeal.deadline) })}</p>`
        : html`<div class="klar-appeal">
            <p><strong>${this['tc']('caseStatus.appeal.text', { body: appeal.body }, { date: date(appeal.deadline) })}</strong></p>
            ${appeal.howTo ? html`<p>${this['ct'](appeal.howTo)}</p>` : nothing}
            ${appealUrl ? html`<p><a href=${appealUrl}>${t('caseStatus.appeal.link')}</a></p>` : nothing}
            ${line(this['renderCalendar']('appeal', appeal.deadline, t('calendar.appeal', { title: c.title }), `${c.id}-appeal`, c, t('calendar.add.appeal')))}
          </div>`
      : nothing}
  </section>`;
}

/** The timeline's decision block; `level`: its heading's level, `id`: the heading's id. */
export function timelineDecision(this: KlarCaseView, c: Case, sched: CaseSchedule, level: number, id: string): TemplateResult | typeof nothing {
  const d = c.decision;
  if (!d || !this['says']('decision')) return nothing;
  const t = this['l10n'].t.bind(this['l10n']);
  const date = (v: string) => this['caseDate'](v);
  const a = this['says']('appeal') ? d.appeal : undefined;
  const doc = safeUrl(d.documentUrl);
  const appealUrl = safeUrl(a?.url);
  const detail = outcomeDetail(d, this['caseLang']);
  const next = outcomeNextKey(d);
  const passed = !!sched.dates?.appealDeadline?.passed;
  return html`<div part="decision" class="klar-decision">
    ${heading(level, html`${icon('decision')}${t('timeline.decision.heading')}`, { part: 'section-heading', cls: 'klar-section-heading', id })}
    ${outcome.call(this, c)}
    ${detail ? html`<p class="klar-outcome"><strong>${this['ct'](detail)}</strong></p>` : nothing}
    <p>${t('timeline.decision.made', { date: date(d.decidedAt) })}</p>
    ${d.summary ? html`<p>${this['ct'](d.summary)}</p>` : nothing}
    ${doc ? html`<p><a href=${doc}>${icon('link')}${t('timeline.decision.document')}</a></p>` : nothing}
    ${next ? html`<p class="klar-next-step">${t(next)}</p>` : nothing}
    ${a
      ? passed
        ? html`<div part="appeal" class="klar-appeal klar-passed">
            <p><strong>${this['tc']('appeal.passed', { body: a.body }, { date: date(a.deadline) })}</strong></p>
          </div>`
        : html`<div part="appeal" class="klar-appeal">
            <p><strong>${this['tc']('timeline.appeal.deadline', { body: a.body }, { date: date(a.deadline) })}</strong></p>
            ${a.howTo ? html`<p>${this['ct'](a.howTo)}</p>` : nothing}
            <p class="klar-links">
              ${appealUrl ? html`<a href=${appealUrl}>${icon('link')}${t('timeline.appeal.how')}</a>` : nothing}
              ${this['renderCalendar']('appeal', a.deadline, t('calendar.appeal', { title: c.title }), `${c.id}-appeal`, c, t('calendar.add.appeal'))}
            </p>
          </div>`
      : nothing}
  </div>`;
}
