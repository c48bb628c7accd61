/**
 * The full and report modes of <klar-feedback-form>: their questions and their checks, imported
 * when a form shows one of them, not with the form (issue 15): the default page shows the quick
 * question only. Their texts are the language packs' part `feedback-modes`, loaded alongside
 * (./feedback-modes-lazy.ts). The form's own members are reached as `this['name']`, as in
 * feedback-send.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isEmail } from '../core/safe-url.js';
import { BUILT_IN_SET } from '../core/principles/types.js';
import type { KlarFeedbackForm } from './feedback-form.js';
import { answerDays, describedBy, principleName, principles, ratingLabel, renderError, renderLimit, renderPiiNotes, renderTextarea, textDescribedBy } from './feedback-more.js';
import { RATINGS, type FeedbackFieldError } from './feedback-form.types.js';
import { hintBeside } from './hint-beside.js';
import { phoneOf } from '../core/phone.js';

const PHONE_RE = /^\+?[0-9 ()-]{6,20}$/;
const blank = (s?: string): boolean => !s || !s.trim();

/** Adds to `errs` what the full or report form misses: a rating or a comment, or what went wrong. */
export function checkRequired(this: KlarFeedbackForm, errs: FeedbackFieldError[]): void {
  const v = this.values;
  if (this.mode === 'full' && !v.rating && blank(v.worked) && blank(v.improve)) errs.push({ field: 'rating', message: this['t']('feedback.error.full-empty') });
  if (this.mode === 'report' && blank(v.whatWentWrong)) errs.push({ field: 'whatWentWrong', message: this['t']('feedback.error.what-went-wrong') });
}

/** Adds to `errs` what is wrong with the contact details asked for; `cpr` tells whether a text holds a CPR-like number. */
export function checkContact(this: KlarFeedbackForm, errs: FeedbackFieldError[], cpr: (text?: string) => boolean): void {
  const v = this.values;
  if (!v.wantsAnswer) return;
  const t = (key: string) => this['t'](key);
  if (blank(v.email) && blank(v.phone)) errs.push({ field: 'email', message: t('feedback.error.contact-missing') });
  if (!blank(v.email) && cpr(v.email)) errs.push({ field: 'email', message: t('feedback.error.email-cpr') });
  else if (!blank(v.email) && !isEmail(v.email)) errs.push({ field: 'email', message: t('feedback.error.email') });
  if (!blank(v.phone)) {
    const p = phoneOf(v.phone!);
    // A CPR number typed here is said to be one, as in the e-mail field: "8 cifre" alone read as a typing slip.
    if (cpr(v.phone) || cpr(p)) errs.push({ field: 'phone', message: t('feedback.error.phone-cpr') });
    else if (!PHONE_RE.test(p) || p.replace(/\D/g, '').length < 8) errs.push({ field: 'phone', message: t('feedback.error.phone') });
  }
}

/** Renders the full form: rating, what worked, what to improve, the promise, contact. */
export function renderFull(this: KlarFeedbackForm): TemplateResult {
  return html`
    ${renderRating.call(this)} ${renderTextarea.call(this, 'worked', this['t']('feedback.worked') + ' ' + this['t']('feedback.optional'))}
    ${renderTextarea.call(this, 'improve', this['t']('feedback.improve') + ' ' + this['t']('feedback.optional'))} ${renderPrinciple.call(this)} ${renderContact.call(this)}
  `;
}

/** Renders the report form: what went wrong, where, the case reference to attach, the promise, contact. */
export function renderReport(this: KlarFeedbackForm): TemplateResult {
  const v = this.values;
  const whereErr = this['errorFor']('where');
  return html`
    ${renderTextarea.call(this, 'whatWentWrong', this['t']('feedback.what-went-wrong'), 'feedback.what-went-wrong.hint', true)}
    <div class="klar-field">
      <label for="${this['idp']}f-where">${this['t']('feedback.where')}</label>
      <p class="klar-hint" id="${this['idp']}f-where-hint">${this['t']('feedback.where.hint')}</p>
      ${renderLimit.call(this, 'where')} ${renderError.call(this, 'where')}
      <input
        type="text"
        id="${this['idp']}f-where"
        name="where"
        autocomplete="off"
        aria-invalid=${whereErr ? 'true' : nothing}
        aria-describedby=${textDescribedBy.call(this, 'where', 'f-where-hint')}
        .value=${v.where ?? ''}
        @input=${(e: Event) => this['handleInput']('where', (e.target as HTMLInputElement).value)}
      />
      ${renderPiiNotes.call(this, 'where')}
    </div>
    ${this.caseReference
      ? html`<div class="klar-choice">
          <input
            type="checkbox"
            id="${this['idp']}f-attachCase"
            name="attachCase"
            ?checked=${!!v.attachCase}
            @change=${(e: Event) => this['handleInput']('attachCase', (e.target as HTMLInputElement).checked)}
          />
          <label for="${this['idp']}f-attachCase">${this['t']('feedback.attach-case', { reference: this['cprFree'](this.caseReference) })}</label>
        </div>`
      : nothing}
    ${renderPrinciple.call(this)} ${renderContact.call(this)}
  `;
}

function renderRating(this: KlarFeedbackForm): TemplateResult {
  const err = this['errorFor']('rating');
  const p = this['idp'];
  // Every question of the full form looked optional, and Send said one was needed: the rule, said first.
  return html`<fieldset aria-describedby="${p}f-rating-hint${err ? ` ${p}f-rating-error` : ''}">
    <legend>${this['t']('feedback.rating')}</legend>
    <p class="klar-hint" id="${p}f-rating-hint">${this['t']('feedback.rating.hint')}</p>
    ${renderError.call(this, 'rating')}
    <div class="klar-choices">
      ${RATINGS.map(
        (r) => html`<div class="klar-choice">
          <input type="radio" id="${this['idp']}f-rating-${r}" name="rating" value=${r} ?checked=${this.values.rating === r} @change=${() => this['handleInput']('rating', r)} />
          <label for="${this['idp']}f-rating-${r}">${r} – ${ratingLabel.call(this, r)}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

function renderPrinciple(this: KlarFeedbackForm): TemplateResult {
  // The list comes from the principle registry: a registered set and its languages show here too.
  const set = this.values.principleSet || this.principleSet || BUILT_IN_SET;
  // Until the registry is here (a moment after the first paint), the question offers only "none"; the select keeps its size.
  const registry = principles.call(this);
  const current = this.values.principle ?? '';
  const hint = this['t'](set === BUILT_IN_SET ? 'feedback.principle.hint' : 'feedback.principle.hint.other');
  return html`<div class="klar-field">
    <label for="${this['idp']}f-principle">${this['t']('feedback.principle')}</label>
    <p class="klar-hint" id="${this['idp']}f-principle-hint">${hint}</p>
    <input type="hidden" name="principleSet" value=${set} />
    <select
      id="${this['idp']}f-principle"
      name="principle"
      aria-describedby="${this['idp']}f-principle-hint"
      @change=${(e: Event) => this['handleInput']('principle', (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!current}>${this['t']('feedback.principle.none')}</option>
      ${(registry?.principleSlugs(set) ?? []).map((s) => {
        const { name, lang: fallback } = principleName.call(this, registry, set, s);
        return html`<option value=${s} lang=${fallback ?? nothing} ?selected=${current === s}>${name}</option>`;
      })}
    </select>
  </div>`;
}

/**
 * "Jeg vil gerne have et svar", and the e-mail and phone fields it asks for. The fields are always
 * in the form and shown by the form's styles while the box is ticked (`:has`, feedback-more.styles.ts),
 * so the server-rendered form asks for them without JavaScript too: it posted the tick with no way
 * to give a contact. Unticked, they are not shown, so not read out or reached by Tab either.
 */
function renderContact(this: KlarFeedbackForm): TemplateResult {
  const v = this.values;
  const hint = hintBeside(this['t']('feedback.contact.hint'), this['errorFor']('email')?.message);
  const days = answerDays.call(this);
  // The days the answer is promised in go along with the server-rendered form's post without
  // JavaScript, so its thank-you page says this page's number, not the default (feedback-api.js).
  return html`<div class="klar-field">
      <input type="hidden" name="answerDays" value=${days} />
      <div class="klar-choice">
        <input
          type="checkbox"
          id="${this['idp']}f-wantsAnswer"
          name="wantsAnswer"
          aria-describedby="${this['idp']}f-answer-time"
          ?checked=${!!v.wantsAnswer}
          @change=${(e: Event) => this['handleInput']('wantsAnswer', (e.target as HTMLInputElement).checked)}
        />
        <label for="${this['idp']}f-wantsAnswer">${this['t']('feedback.wants-answer')}</label>
      </div>
      <p class="klar-hint" id="${this['idp']}f-answer-time">${this['t']('feedback.answer-time', { days })}</p>
    </div>
    ${hint ? html`<p class="klar-hint klar-contact" id="${this['idp']}f-contact-hint">${hint}</p>` : nothing}
    ${renderContactInput.call(this, 'email', 'email', !!hint)} ${renderContactInput.call(this, 'phone', 'tel', !!hint)}`;
}

/** An e-mail or phone field: `type` is also its autocomplete token. */
function renderContactInput(this: KlarFeedbackForm, name: 'email' | 'phone', type: 'email' | 'tel', hinted: boolean): TemplateResult {
  const err = this['errorFor'](name);
  return html`<div class="klar-field klar-contact">
    <label for="${this['idp']}f-${name}">${this['t'](`feedback.${name}`)}</label>
    ${renderError.call(this, name)}
    <input
      type=${type}
      id="${this['idp']}f-${name}"
      name=${name}
      autocomplete=${type}
      spellcheck=${type === 'email' ? 'false' : nothing}
      aria-invalid=${err ? 'true' : nothing}
      aria-describedby=${describedBy.call(this, hinted && 'f-contact-hint', err && `f-${name}-error`)}
      .value=${this.values[name] ?? ''}
      @input=${(e: Event) => this['handleInput'](name, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}
