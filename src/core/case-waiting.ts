/**
 * A case that waits (an open suspension), as <klar-case-status> and <klar-expectation-timeline>
 * tell of it, with its Danish texts: imported when the case shown waits (issue 15; see `casePart`
 * in ./case-view.ts), not with the elements: most cases do not wait. One module for both, so a
 * page with both fetches one file and both draw in the same frame. The elements' members are
 * reached as `this['name']`, TypeScript's checked access to protected members, as in
 * ./case-delay.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Case, Suspension } from './case-model.js';
import type { KlarCaseView } from './case-view.js';
import { icon } from './icons.js';
import { caseWaitingMessages } from '../translations/case-waiting.js';

/** The part's Danish texts (English is in the English pack). */
export const messages = caseWaitingMessages.da;

/** The status's waiting notice; `label`: the status tag's words, as shown above it. */
export function statusWaiting(this: KlarCaseView, c: Case, w: Suspension, label: string): TemplateResult {
  const l10n = this['l10n'];
  const citizen = w.waitingFor === 'citizen';
  const title = l10n.t(citizen ? 'caseStatus.waiting.citizen' : 'caseStatus.waiting.other');
  // The status tag above says the wait in its own words ("Venter på dig"): the notice does not
  // say it again as its title ("Vi venter på dig"); a tag in other words ("Under behandling") keeps it.
  const tagSays = title.toLowerCase().includes(label.trim().toLowerCase() || '\0');
  const since = this['caseDate'](w.from);
  // The status tag's "Siden …" above says the same moment when the wait is what the status is: once, there.
  const saysSince = !c.status.since || this['caseDate'](c.status.since) !== since;
  // "Du behøver ikke gøre noget" only when the source says the wait is for others: a ZGW
  // opschorting does not say whom it waits for, and may wait for the citizen's own papers.
  return html`<div part="notice" class="klar-notice ${citizen ? 'klar-warning' : 'klar-info'}">
    ${icon('pause')}
    <div>
      ${tagSays ? nothing : html`<p><strong>${title}</strong></p>`}
      ${w.reason ? html`<p>${this['ct'](w.reason)}</p>` : nothing}
      ${w.waitingFor === 'other' ? html`<p>${l10n.t('caseStatus.waiting.otherText')}</p>` : nothing}
      ${saysSince ? html`<p class="klar-muted">${l10n.t('caseStatus.waiting.since', { date: since })}</p>` : nothing}
      ${w.until ? html`<p>${l10n.t('waiting.until', { date: this['caseDate'](w.until) })}</p>` : nothing}
      <p>${l10n.t('waiting.paused')}</p>
    </div>
  </div>`;
}

/** The timeline's waiting notice. */
export function timelineWaiting(this: KlarCaseView, s: Suspension): TemplateResult {
  const l10n = this['l10n'];
  const forCitizen = s.waitingFor === 'citizen';
  return html`<div part="waiting" class="klar-notice klar-waiting" role="note">
    ${icon('pause')}
    <div>
      <p><strong>${l10n.t(forCitizen ? 'timeline.waiting.citizen' : 'timeline.waiting.other', { date: this['caseDate'](s.from) })}</strong></p>
      ${s.reason ? html`<p>${this['tc']('timeline.waiting.reason', { reason: s.reason })}</p>` : nothing}
      ${s.until ? html`<p>${l10n.t('waiting.until', { date: this['caseDate'](s.until) })}</p>` : nothing}
      <p>${l10n.t('waiting.paused')}</p>
    </div>
  </div>`;
}
