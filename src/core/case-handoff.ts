/**
 * A case moved to another unit, as <klar-case-status> tells of it, with its Danish texts: imported
 * when the case shown has moved (issue 15; see `casePart` in ./case-view.ts), not with the
 * element: most cases stay where they began. The element's members are reached as
 * `this['name']`, TypeScript's checked access to protected members, as in ./case-delay.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Handoff } from './case-model.js';
import type { KlarCaseView } from './case-view.js';
import { icon } from './icons.js';
import { caseHandoffMessages } from '../translations/case-handoff.js';

/** The part's Danish texts (English is in the English pack). */
export const messages = caseHandoffMessages.da;

/**
 * The status's notice of the case's latest move; `sameDay`: the status's "Siden …" above says its
 * date (said once, there); `label`: the status tag's words, as shown above it.
 */
export function statusHandoff(this: KlarCaseView, h: Handoff, sameDay: boolean, label: string): TemplateResult {
  // A tag that names where the case went ("Sendt videre til Natur og Miljø") said the move four lines
  // above "Din sag er flyttet fra Byggesag til Natur og Miljø": the notice then says where it came from
  // (demo review, stop 55). Not to a reader of another language than the case's: for them the
  // notice is the one plain word of the move.
  const tagged = !this['caseLang'] && label.toLowerCase().includes(h.to.trim().toLowerCase() || '\0');
  const key = `caseStatus.handoff${tagged ? '.tagged' : ''}${sameDay ? '.since' : ''}`;
  return html`<div part="handoff" class="klar-notice klar-info">
    ${icon('handoff')}
    <div>
      <p>${this['tc'](key, { from: h.from, to: h.to }, sameDay ? {} : { date: this['l10n'].date(h.at) })}</p>
      ${h.reason ? html`<p>${this['tc']('caseStatus.reason', { reason: h.reason })}</p>` : nothing}
    </div>
  </div>`;
}
