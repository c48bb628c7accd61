/**
 * What <klar-feedback-form> shows after the citizen's first input, or in a state a fresh quick
 * form never starts in: the comment step, the notices (draft restored, offline, retrying, failed,
 * CPR and contact notes), the error summary and inline errors, the checks, the send button, the
 * thank-you page, and drafts. Imported on the first sign of use, not with the form (issue 15;
 * ./feedback-more-lazy.ts); the full and report questions (./feedback-modes.ts) build on it. The
 * form's own members are reached as `this['name']`, as in feedback-send.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DraftController } from '../core/draft-storage.js';
import { CLOCK, ERROR, INFO, REFRESH, WARNING, drawIcon } from '../core/notice-icons.js';
import { mayHoldCpr, mayHoldCprDeep, piiNow, loadPii, withoutCpr } from '../core/pii-lazy.js';
import { BUILT_IN_SET } from '../core/principles/types.js';
import { principleRegistry, type PrincipleRegistry } from './feedback-principles.js';
import { feedbackModes } from './feedback-modes-lazy.js';
import { caseTextLang, markedMessage } from '../core/case-lang.js';
import { fire } from '../core/fire.js';
import { mailtoHref, phoneParts } from '../core/safe-url.js';
import { oneOf, warnOnce } from '../core/warn.js';
import { levelOf } from '../core/heading.js';
import type { DraftData, KlarFeedbackForm } from './feedback-form.js';
import { uuid } from './uuid.js';
import { ANSWER_DAYS, answerDaysOf } from './answer-days.js';
import { QUESTION } from './feedback-questions.js';
import { controlOf, FIRST_FIELD, FREE_TEXT_FIELDS, MAX_TEXT, PII_POLICIES, MAX_WHERE, type FeedbackErrorDetail, type FeedbackSentDetail, type FeedbackFieldError, type FeedbackValues, type FreeTextField, type Rating } from './feedback-form.types.js';

import { moreStyles } from './feedback-more.styles.js';

export { moreStyles };

/**
 * The form's draft store (sessionStorage), made when this module arrives. A draft belongs to its
 * case (`case-ref`, the case of its `<klar-case>`, or the `case-reference` it may attach): on a
 * shared computer, one kept by action and form id alone came back in the next citizen's case, with
 * the first one's name, phone and health details (privacy review, stop 58). Inside a `<klar-case>`
 * (defined or not yet) with no case shown, nothing is read or written: one that failed to load
 * would share its draft with every other that failed. What was typed meanwhile is written once the
 * case is here (`draftDue`).
 */
export function draftsOf(this: KlarFeedbackForm): DraftController<DraftData> {
  return (this['draft'] ??= new DraftController(this, {
    namespace: () => {
      const scope = this['caseInfo']().reference || this.caseReference.trim() || undefined;
      const inCase = !this.noCaseContext && !this.caseRef && (!!this['caseValue']?.provided || !!this.closest?.('klar-case'));
      if (inCase && !this['caseValue']?.case) return undefined;
      return { action: absoluteAction.call(this), formId: this.formId || this.id || 'feedback', scope };
    },
    entered: 'values',
  }));
}

/** The key of the draft each form read (and writes): another key is another case. */
const draftKeyOf = new WeakMap<KlarFeedbackForm, string>();

/**
 * The page shows the form another case (a single-page app, or a page that picks a case): what was
 * typed about the last one stays in its own draft, and this case's comes back. Kept in the form, it
 * was written into the new case's draft and sent with its reference. Not while a message is on its way.
 */
function caseChanged(this: KlarFeedbackForm): void {
  const draft = this['draft'];
  const key = draft?.key;
  if (!this['draftLoaded'] || key === undefined || draftKeyOf.get(this) === key || ['sending', 'retrying', 'offline'].includes(this.status)) return;
  this['draft'] = undefined; // reset() deletes the form's draft: the last case's stays
  this.reset();
  this['draft'] = draft;
  this['draftLoaded'] = false;
  restoreDraft.call(this);
}

function absoluteAction(this: KlarFeedbackForm): string {
  try {
    return new URL(this['safeAction'], location.href).href;
  } catch {
    return this['safeAction'];
  }
}

/**
 * Tells whether the citizen entered or chose anything. A principle counts when it is not the page's
 * `principle` preset (which comes back by itself): one chosen from a badge or the question, or
 * "Ingen af dem" over the preset, was lost on a reload when nothing was typed yet.
 */
function hasContent(this: KlarFeedbackForm, v: FeedbackValues): boolean {
  return Object.entries(v).some(([k, x]) =>
    k === 'principle' ? x !== undefined && x !== this.principle : k !== 'principleSet' && (typeof x === 'string' ? x.trim() !== '' : x !== undefined && x !== false),
  );
}

/** The words of rating `r`, as the form shows them and a message carries them. */
export function ratingLabel(this: KlarFeedbackForm, r: Rating): string {
  return this['t'](`feedback.rating.${r}`);
}

/** Forms whose restored draft had CPR-like numbers taken out (the citizen's words changed): the restore notice says so. */
const cprCut = new WeakSet<KlarFeedbackForm>();

/** Reads the saved draft once its key can be told (a key that may hold a CPR number waits for the detector). */
export function restoreDraft(this: KlarFeedbackForm): void {
  const draft = draftsOf.call(this);
  if (!draft.ready) return; // read when the case has come (the case's change draws the form)
  if (draft.key === undefined) return this['needPii']();
  this['draftLoaded'] = true;
  draftKeyOf.set(this, draft.key);
  const saved = draft.load();
  if (!saved || !hasContent.call(this, saved.data.values)) return;
  // Read after the first paint (its key waited for the detector), a draft never replaces what the citizen typed since.
  const typed = this.hasUpdated ? Object.fromEntries(Object.entries(this.values).filter(([, v]) => v !== undefined && v !== '' && v !== false)) : {};
  this.values = { ...this.values, ...saved.data.values, ...typed };
  this['quickStep'] = this.values.helped ? saved.data.quickStep : 'ask';
  this['draftRestored'] = true;
  if (saved.cprRemoved) cprCut.add(this);
  if (saved.data.sending) this['senders']?.message.resume(saved.data.sending);
  this['inFlight'] = saved.data.sending;
  this['answer'] = saved.data.answer;
  // Only an id as the form makes them: it goes into an HTTP header.
  const { id } = saved.data;
  if (typeof id === 'string' && /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/.test(id)) this['draftId'] = id;
  if (!this.hasUpdated) return;
  // What was typed since joins the draft (a draft read again is not written again: its 2 hours run from the last keystroke).
  if (Object.keys(typed).length) saveDraft.call(this);
  // An answer (or a change to it) a reload interrupted: sent now, as the click would have.
  if (this['answer'] && (!this['answer'].id || this.values.helped !== this['answer'].helped)) this['answerSending'] = this['sendAnswer']();
}

/** Saves what the citizen entered (an empty form deletes the draft). */
export function saveDraft(this: KlarFeedbackForm): void {
  // Off the page, a form writes no draft: one a single-page app took away while its answer was on
  // the way wrote its old values, at the receipt, over the draft of the form in its place, which
  // may have sent them and deleted it (the next visit "remembered" what was sent). A form a CMS
  // moves writes it when it draws again.
  if (!this.isConnected) return void (this['draftDue'] = true);
  this['draftDue'] = false;
  if (this.noDraft || !this['safeAction']) return;
  // The old draft is read before anything is written over it; until it can be (the case is not
  // here yet), what was typed is written once it is.
  if (!this['draftLoaded']) restoreDraft.call(this);
  if (!this['draftLoaded']) return void (this['draftDue'] = true);
  const data: DraftData = { id: (this['draftId'] ??= uuid()), values: this.values, quickStep: this['quickStep'] };
  if (this['inFlight']) data.sending = this['inFlight'];
  if (this['answer']) data.answer = this['answer'];
  draftsOf.call(this).save(data, !hasContent.call(this, this.values));
}

/** The errors in what the citizen entered, by field, in the form's order. */
export function check(this: KlarFeedbackForm): FeedbackFieldError[] {
  const v = this.values;
  const t = this['t'].bind(this);
  const errs: FeedbackFieldError[] = [];
  const more = this['questions']();
  if (this.mode === 'quick' && !v.helped) errs.push({ field: 'helped', message: t('feedback.error.helped') });
  if (this.mode !== 'quick') {
    if (more) more.checkRequired.call(this, errs);
    else errs.push({ field: FIRST_FIELD[this.mode], message: t('feedback.questions-failed') });
  }
  // Sending and reportValidity() load the detector first; without it (offline), ten digits count as a CPR number.
  const cpr = (text = ''): boolean => piiNow()?.containsCpr(text) ?? mayHoldCpr(text);
  const num = counted.bind(this);
  for (const f of visibleTextFields.call(this)) {
    const max = limitOf(f);
    // Characters as the server counts them (JSON Schema maxLength: code points): an emoji is one, not two UTF-16 units.
    const count = [...(v[f] ?? '').trim()].length;
    if (count > max) errs.push({ field: f, message: t('feedback.error.too-long', { max: num(max), count: num(count) }) });
    else if (this.pii === 'block' && cpr(v[f])) errs.push({ field: f, message: t('feedback.error.cpr-block') });
  }
  if (this.mode !== 'quick') more?.checkContact.call(this, errs, cpr);
  return errs;
}

/**
 * The working days the form promises an answer in: its `answer-days` (answer-days.ts), else the
 * default, said once to the integrator ("abc" showed "NaN arbejdsdage", "1.5" a day and a half).
 */
export function answerDays(this: KlarFeedbackForm): number {
  const days = answerDaysOf(this.answerDays);
  if (days === undefined) warnOnce(`<klar-feedback-form> answer-days="${this.getAttribute('answer-days') ?? this.answerDays}" is not a whole number of working days from 1 to 99; the form promises ${ANSWER_DAYS}.`);
  return days ?? ANSWER_DAYS;
}

/** The most characters free-text field `f` takes: the schema's (schema/feedback.schema.json, the server's limit). */
const limitOf = (f: FreeTextField): number => (f === 'where' ? MAX_WHERE : MAX_TEXT);

/** A count as the page's language writes it (5.210 in Danish); an unknown language tag gives plain digits. */
function counted(this: KlarFeedbackForm, n: number): string {
  try {
    return n.toLocaleString(this['l10n'].lang);
  } catch {
    return String(n);
  }
}

/**
 * "Skriv højst 5.000 tegn.": free-text field `name`'s limit, under its label, before it is sent
 * (the server-rendered form's too: a citizen without JavaScript learnt it from the page that
 * refused the text). It describes the field (textDescribedBy).
 */
export function renderLimit(this: KlarFeedbackForm, name: FreeTextField): TemplateResult | typeof nothing {
  const limit = limitSaid.call(this, name);
  return limit ? html`<p class="klar-hint" id="${this['idp']}f-${name}-limit">${limit}</p>` : nothing;
}

/**
 * Field `name`'s limit as its hint says it, or undefined while its error says it ("Teksten er for
 * lang. Du har skrevet 5.210 tegn. Skriv højst 5.000 tegn." under "Skriv højst 5.000 tegn.": the
 * limit twice at the field, and twice in what describes it).
 */
function limitSaid(this: KlarFeedbackForm, name: FreeTextField): string | undefined {
  const said = this['t']('feedback.limit', { max: counted.call(this, limitOf(name)) });
  return this['errorFor'](name)?.message.includes(said) ? undefined : said;
}

function visibleTextFields(this: KlarFeedbackForm): FreeTextField[] {
  if (this.mode === 'quick') return this['quickStep'] === 'comment' ? ['comment'] : [];
  return this.mode === 'full' ? ['worked', 'improve'] : ['whatWentWrong', 'where'];
}

/** The send button's work once this module is here: check, then hand over to the sending code. */
export async function submit(this: KlarFeedbackForm): Promise<void> {
  // The CPR check comes on the first input: a send of text that may hold a CPR number before it is here waits for it.
  if (!piiNow() && mayHoldCprDeep(this.values)) {
    this['busy'] = true;
    await loadPii().catch(() => undefined); // offline: check() counts ten digits as a CPR number
    this['busy'] = false;
  }
  const errors = check.call(this);
  if (errors.length) {
    this['errors'] = errors;
    await this.updateComplete;
    focusSummary.call(this);
    if (this.pii === 'block' && errors.some((x) => x.message === this['t']('feedback.error.cpr-block'))) {
      fire<FeedbackErrorDetail>(this, 'klar-feedback-error', { reason: 'blocked', errors: piiNow()?.redactCprDeep(errors, '') ?? errors });
    }
    return;
  }
  this['errors'] = [];
  if (this['honeypot']) {
    // Filled by a script: look done, send nothing.
    this.status = 'sent';
    return;
  }
  if (!this['safeAction']) return cannotSend.call(this);
  this['busy'] = true;
  // The sending code comes on the first sign of use; a send before it is here waits for it, and
  // offline for the network, with the note any offline send shows.
  const loaded = await this['sendingCode'](() => waitForNetwork.call(this));
  if (!this['busy']) return; // reset meanwhile
  if (!loaded) {
    // It could not be loaded online: every word stays, and "Try again" asks for it again.
    void this.showFailed('network');
    return;
  }
  await loaded[0].m.sendMessage.call(this, ...loaded);
}

/**
 * What a form with no usable `action` does when asked to send (the send button, a "Ja"/"Nej"): it
 * sends nothing and says so plainly, "Formularen er ikke sat rigtigt op" (an alert; focus stays),
 * and fires `klar-feedback-error` (`configuration`). A "Ja"/"Nej" went on to "Du svarede: Ja" and the
 * comment as if saved, and nothing was sent, told or fired.
 */
export function cannotSend(this: KlarFeedbackForm): void {
  this.status = 'failed';
  fire<FeedbackErrorDetail>(this, 'klar-feedback-error', { reason: 'configuration' });
}

/**
 * Says that the send waits for the network (the citizen can stay on the page); `handleOnline` ends
 * it. Focus on the send button, which can do nothing more now ("Sender …"), moves to the note, so
 * a screen reader reads why and the citizen is not left on a control that does nothing; focus
 * elsewhere (typing on) stays, and the note is announced instead.
 */
export function waitForNetwork(this: KlarFeedbackForm): void {
  const active = (this.shadowRoot ?? (this.getRootNode() as Document)).activeElement;
  const onButton = active?.getAttribute('part') === 'submit' && this.renderRoot.contains(active);
  this.status = 'offline';
  if (onButton) this.updateComplete.then(() => this['focusId']('offline'));
  else this['announcer'].announce(this['t']('feedback.offline'));
}

/** The id (without the form's prefix) of the control that shows `field`, to focus or link to. */
export function targetFor(this: KlarFeedbackForm, field: string): string {
  if (field === 'rating' && this.values.rating) return `f-rating-${this.values.rating}`;
  if (field === 'helped' && this.mode === 'quick' && this['quickStep'] === 'comment') return 'f-change';
  return controlOf(field) ?? targetFor.call(this, FIRST_FIELD[this.mode]);
}

export function focusSummary(this: KlarFeedbackForm): void {
  this['focusId']('error-summary');
}

function focusFirstField(this: KlarFeedbackForm): void {
  this['focusId'](targetFor.call(this, FIRST_FIELD[this.mode]));
}

function startAgain(this: KlarFeedbackForm, focus = true): void {
  // In quick mode the Ja/Nej the server stored stays, and "Skriv en ny besked" opens the comment on
  // it (linked by `answerTo`): it asked "Fik du hjælp" again, and a second answer was counted.
  const answer = this.mode === 'quick' ? this['answer'] : undefined;
  this.reset();
  this['receipt'] = '';
  if (answer?.id) {
    this['answer'] = answer;
    this.values = { helped: answer.helped };
    this['quickStep'] = 'comment';
    this['saveDraft']();
  }
  if (focus) this.updateComplete.then(() => (answer?.id ? this['focusId']('f-comment') : focusFirstField.call(this)));
}

/**
 * Checks what the citizen typed into a free-text field for a CPR-like number, and announces one
 * the first time it appears there; before the detector is here, the field waits for it.
 */
export function noteInput(this: KlarFeedbackForm, name: keyof FeedbackValues, value: unknown): void {
  if (typeof value !== 'string' || !(FREE_TEXT_FIELDS as readonly string[]).includes(name)) return;
  if (piiNow()) noteCpr.call(this, name as FreeTextField);
  else this['unchecked'].add(name as FreeTextField);
}

/** Announces a CPR-like number the first time it appears in a field (the detector is here). */
function noteCpr(this: KlarFeedbackForm, name: FreeTextField): void {
  const has = !!piiNow()?.containsCpr(this.values[name] ?? '');
  const shown = this['cprShown'];
  if (has && !shown.has(name)) this['announcer'].announce(this['t']('feedback.cpr.warning'));
  if (has) shown.add(name);
  else shown.delete(name);
}

/** Selects the principle the `principle` attribute presets (when it is in the set and nothing is chosen yet). */
export function applyPreset(this: KlarFeedbackForm): void {
  const registry = principles.call(this);
  if (!registry) return; // again when it has arrived
  this['presetWaiting'] = false;
  if (registry.hasPrinciple(this.principleSet, this.principle)) {
    this.values = { ...this.values, principle: this.principle, principleSet: this.principleSet || BUILT_IN_SET };
  }
}

/** The principle registry when it is here; else asks for it (once) and draws again when it arrives. */
export function principles(this: KlarFeedbackForm): PrincipleRegistry | undefined {
  const registry = principleRegistry.now();
  if (!registry) {
    this['principlesArrival'] ??= principleRegistry.load().then(
      () => {
        this['principlesArrival'] = undefined;
        this.requestUpdate();
      },
      () => {
        this['principlesArrival'] = undefined; // the question lists no principles; the form still sends
      },
    );
    return undefined;
  }
  if (!this['watchingPrinciples'] && this.isConnected) {
    // A set registered later (or its texts) shows in the question at once.
    this['watchingPrinciples'] = true;
    this['stopPrinciples'].push(registry.onPrinciplesChange(() => this.requestUpdate()));
  }
  return registry;
}

/** The forms whose missing or unusable `action` is waiting to be said (warnWithoutAction). */
const actionChecks = new WeakSet<KlarFeedbackForm>();
/** How long after the page's load event a form may still be given its `action` before that is said. */
export const ACTION_GRACE = 2000;

/**
 * No action at all (forgotten, or stripped by a CMS), or one that is not http(s): said while the
 * form is on the page (a form without a usable one brings this module at once, see needsMore), not
 * when a citizen first sends. Not at its first draw: a framework or a page script often sets
 * `action` after that (a React effect, a Vue or Angular binding filled later, a setting fetched,
 * a DOMContentLoaded handler), and the warning then blamed a page that was right. It is said when
 * the page has loaded and ACTION_GRACE has passed, if the form is still on the page without one.
 */
function warnWithoutAction(form: KlarFeedbackForm): void {
  const say = () =>
    form.action
      ? warnOnce('klar-feedback-form: `action` must be an http(s) URL (no javascript: or data:).')
      : warnOnce('klar-feedback-form: set the `action` attribute to the URL that receives the feedback; this form sends nothing.');
  // A server render (klar-elements/ssr) is the whole page as sent: nothing sets it later.
  if (typeof document === 'undefined') return say();
  if (actionChecks.has(form)) return;
  actionChecks.add(form);
  const check = () =>
    setTimeout(() => {
      actionChecks.delete(form);
      if (form.isConnected && !form['safeAction']) say();
    }, ACTION_GRACE);
  if (document.readyState === 'complete') check();
  else addEventListener('load', check, { once: true });
}

/** The form's `willUpdate` once this module is here: its styles, the preset, the draft, the server's form. */
export function willUpdate(this: KlarFeedbackForm): void {
  // (An unknown mode is made `quick` by the form's own willUpdate, before this runs.)
  for (const styles of moreStyles) this['addStyles'](styles);
  if (!this['safeAction']) warnWithoutAction(this);
  // Its heading draws with core/heading.ts's rule in the first download; a level it does not take is said here.
  levelOf(this);
  // The privacy switch, read only here (the CPR notes and the payload): `pii="Block"` meant `redact` in
  // silence, and a page that meant to refuse CPR numbers masked and sent them with no word to its team
  // (integrator review, stop 54). Said once the form is in use, as the heading level is.
  this.pii = oneOf('klar-feedback-form', 'pii', this.pii, PII_POLICIES);
  if (this['presetWaiting']) {
    // A choice of the citizen's, "Ingen af dem" ('') too, stays over the preset.
    if (this.values.principle !== undefined || !this.principle) this['presetWaiting'] = false;
    else applyPreset.call(this);
  }
  if (this['safeAction'] && !this.noDraft) {
    caseChanged.call(this);
    if (!this['draftLoaded']) restoreDraft.call(this);
  }
  if (!this.hasUpdated && this['fromServer']) takeOver.call(this);
  carryText.call(this);
  if (this['draftDue']) saveDraft.call(this);
  // Said in another mode or language, an announcement is stale: the live region sits in the form, so
  // a screen reader reading on, read-aloud and translation read it beside the text that says it now
  // ("Tak. Dit svar er gemt." inside the full form, or inside lang="en"). So is one that fell due
  // while a CMS held the form out of the page (core/announcer.ts keeps it to say on the return):
  // it was due in the old mode or language. One not yet due stays.
  const heard = this.mode + ' ' + this['l10n'].lang;
  const said = this['announcer'];
  if (saidIn.get(this) !== heard && (said['text'] || said['unsaid'])) said.announce('');
  saidIn.set(this, heard);
  // Said, an announcement the form also shows ("Tak. Dit svar er gemt." after "Du svarede: Ja.",
  // the CPR warning under its field, the offline and retrying notes) leaves the region once a screen
  // reader has taken it: left for the region's 7 s, reading on in browse mode met it twice. One
  // the form does not show ("CPR-nummeret er fjernet.") stays the 7 s.
  const now = said['text'];
  if (shownTwice.get(this)?.said !== now) {
    const mark = { said: now };
    shownTwice.set(this, mark);
    if (now && typeof now === 'string') {
      setTimeout(() => {
        if (shownTwice.get(this) === mark && this.renderRoot.querySelector('[part=form]')?.textContent!.includes(now)) {
          said['text'] = '';
          this.requestUpdate();
        }
      }, HEARD_MS);
    }
  }
}

/** The mode and language each form's live region last spoke in. */
const saidIn = new WeakMap<KlarFeedbackForm, string>();

/** What each form's live region says now (a new object for each change), for the check above. */
const shownTwice = new WeakMap<KlarFeedbackForm, { said: unknown }>();

/**
 * How long (ms) an announcement the form also shows stays in the live region: a screen reader takes
 * a region's words when it changes (and speaks them on, emptied or not), and 2 s leaves room for
 * one busy with the focus move the same click made.
 */
const HEARD_MS = 2000;

/**
 * Moves text in a field the form's mode does not show into the field of this mode that fits it,
 * after a blank line (text already there is not added twice): a badge's "Lever vi op til det?"
 * turned a quick form with a comment into the full form with two empty boxes, and its send posted
 * without the comment and deleted the draft. The comment after "Ja" (what helped) is what worked;
 * any other text becomes what to improve, what went wrong, or the quick comment. Shown, it stays in
 * the draft and is sent.
 */
function carryText(this: KlarFeedbackForm): void {
  const v = { ...this.values };
  const mode = this.mode;
  const shown: readonly FreeTextField[] = mode === 'quick' ? ['comment'] : visibleTextFields.call(this);
  for (const f of FREE_TEXT_FIELDS) {
    const text = v[f]?.trim();
    if (!text || shown.includes(f)) continue;
    const to = mode === 'quick' ? 'comment' : mode === 'report' ? 'whatWentWrong' : f === 'comment' && v.helped === 'yes' ? 'worked' : 'improve';
    const there = v[to]?.trim();
    v[to] = !there ? text : there.includes(text) ? there : there + '\n\n' + text;
    delete v[f];
    this.values = v;
    this['draftDue'] = true;
  }
}

/**
 * Takes over the form klar-elements/ssr rendered, before the first render of ours replaces it:
 * what the citizen typed or chose there before the JavaScript came is kept (over a draft), and
 * focus moves to the same field in ours, caret and all.
 */
function takeOver(this: KlarFeedbackForm): void {
  const server = this.querySelector(':scope > .klar-root[data-klar-ssr]');
  if (!server) return;
  const typed: Record<string, string | number | boolean> = {};
  for (const c of server.querySelectorAll<HTMLInputElement>('textarea, select, input:not([type=hidden], [type=submit])')) {
    const name = c.name as keyof FeedbackValues;
    if (c.type === 'radio') {
      if (c.checked) typed[name] = Number(c.value);
    } else if (c.type === 'checkbox') {
      if (c.checked) typed[name] = true;
    } else if (c.value && c.name !== 'website') typed[name] = c.value;
  }
  // A contact typed there is an answer asked for, as the server takes it without JavaScript (feedback-api.js fromForm).
  if (typed.email || typed.phone) typed.wantsAnswer = true;
  if (Object.keys(typed).length) {
    this.values = { ...this.values, ...typed };
    this['draftDue'] = true;
  }
  const active = document.activeElement as HTMLInputElement | null;
  if (active && server.contains(active) && active.name) {
    const { selectionStart: from, selectionEnd: to } = active;
    void this.updateComplete.then(() => {
      // A radio, or the quick form's "Ja" and "Nej" (submit buttons named `helped`), by its value too.
      const twin = this.renderRoot.querySelector<HTMLInputElement>(`[name="${active.name}"]${/radio|submit/.test(active.type) ? `[value="${active.value}"]` : ''}`);
      twin?.focus();
      if (to != null) twin?.setSelectionRange(from, to);
    });
  }
}

/** Focuses the field in this render that stands where `lost` stood (the same id), with the caret where it was. */
export function refocus(this: KlarFeedbackForm, lost: Element): void {
  const twin = lost.id && this.renderRoot.querySelector<HTMLInputElement>(`[id="${lost.id}"]`);
  if (!twin) return;
  twin.focus();
  const { selectionStart: from, selectionEnd: to } = lost as HTMLInputElement;
  // Only fields with a caret have a selection (a radio's is null; setting one would throw).
  if (to != null) twin.setSelectionRange(from, to);
}

/** The form's `reportValidity()` once this module is here. */
export async function reportValidity(this: KlarFeedbackForm): Promise<boolean> {
  await loadPii().catch(() => undefined); // without it, check() takes every ten digits for a CPR number
  this['errors'] = check.call(this);
  await this.updateComplete;
  if (this['errors'].length) focusSummary.call(this);
  return this['errors'].length === 0;
}

/** The form's `requestFeedback()` (see there). */
export async function requestFeedback(this: KlarFeedbackForm, principle: string, set: string): Promise<void> {
  void feedbackModes.load().catch(() => undefined); // the full form's questions, alongside the registry
  const registry = principleRegistry.now() ?? (await principleRegistry.load().catch(() => undefined));
  if (this.status === 'sent') startAgain.call(this, false);
  if (this.mode === 'quick') this.mode = 'full';
  const chosen = !!registry?.hasPrinciple(set, principle);
  if (chosen) {
    this.values = { ...this.values, principle, principleSet: set || BUILT_IN_SET };
    this['saveDraft']();
  } else {
    registry?.warnUnknownPrinciple('klar-feedback-form', set, principle);
  }
  await this.updateComplete;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Focus on the first question, not on the promise question the badge filled in: that one is the
  // last but one, and focus there (scrolled to, 515 px below the questions on a phone) led on to
  // "Send" and an error for the questions never seen (review, stop 55). The chosen promise is said
  // instead, once, and stays chosen further down. The field is scrolled into view, not the form's top.
  const field = this['focusId'](targetFor.call(this, FIRST_FIELD[this.mode]), true);
  (field ?? this).scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  if (chosen) this['announcer'].announce(this['t']('feedback.principle.chosen', { principle: principleName.call(this, registry, set || BUILT_IN_SET, principle).name }));
}

/**
 * A one-click answer (or a change to it) whose `klar-feedback-submit` the page cancelled, to send it
 * itself: what the page's `showSent(receipt)` then means, set by the sending code (feedback-send.ts).
 * Each submit event clears it first, so it is always the last send handed over.
 */
export const answerHandedOver = new WeakMap<KlarFeedbackForm, (receipt?: string) => void>();

/**
 * Forms whose one-click answer waits for the network (feedback-send.ts): the comment step says so
 * beside "Du svarede: Ja." A citizen who answers and leaves took the answer for sent.
 */
export const answerOffline = new WeakSet<KlarFeedbackForm>();

/** Forms whose sent message had a comment: the thank-you page says so after what was typed has gone (showSent). */
const sentComment = new WeakSet<KlarFeedbackForm>();

/** The form's `showSent()` (see there). */
export async function showSent(this: KlarFeedbackForm, receipt?: string): Promise<void> {
  // A receipt that may hold a CPR number waits for the detector (here already after a send).
  let clean = receipt ? withoutCpr(receipt) : '';
  if (clean === undefined) clean = await loadPii().then((p) => p.redactCpr(receipt!, ''), () => '');
  // The page sent a one-click answer itself: stored, as when the form sends it. The citizen stays
  // in the comment step, which the thank-you page took away, and `klar-feedback-answer` fires
  // (not `klar-feedback-sent`, which a page counts as a message).
  const answer = answerHandedOver.get(this);
  answerHandedOver.delete(this);
  if (answer) return answer(clean || undefined);
  this['busy'] = false;
  this['receipt'] = clean;
  this.status = 'sent';
  this['draft']?.clear();
  this['draftRestored'] = false;
  this['inFlight'] = undefined;
  this['draftId'] = undefined;
  this['senders']?.message.reset();
  // What the live region said while the citizen wrote ("Det ligner et CPR-nummer …") is not
  // about the thank-you page, which takes focus and is read from there.
  this['announcer'].announce('');
  fire<FeedbackSentDetail>(this, 'klar-feedback-sent', clean ? { receipt: clean, mode: this.mode } : { mode: this.mode });
  // What was typed leaves the page once it is sent (the event's listeners have read `values`): on a
  // shared computer a Back press brought the page back from the browser's cache with it, CPR number
  // and all (privacy review, stop 58). The thank-you page keeps what it says: the answer, whether a
  // reply was asked for, a comment or none.
  const v = this.values;
  if (v.comment?.trim()) sentComment.add(this);
  else sentComment.delete(this);
  this.values = { helped: v.helped, wantsAnswer: v.wantsAnswer };
  await this.updateComplete;
  this['focusId']('thanks');
}

/** The error icon, for the form's "questions could not be loaded" message (the form does not carry the icons). */
export const errorIcon = (): TemplateResult => drawIcon(ERROR);

// ——— handlers ———

function handleChangeAnswer(this: KlarFeedbackForm): void {
  this['quickStep'] = 'ask';
  this['saveDraft']();
  if (commentKept.call(this)) this['announcer'].announce(this['t']('feedback.comment-kept'));
  this.updateComplete.then(() => this['focusId'](this.values.helped === 'no' ? 'f-helped-no' : 'f-helped-yes'));
}

function handleRemoveCpr(this: KlarFeedbackForm, name: FreeTextField): void {
  const pii = piiNow();
  if (!pii) return; // the button is shown only once the detector found a number
  const value = pii.removeCpr(this.values[name] ?? '');
  this['handleInput'](name, value);
  // The note on an e-mail or phone number shows once the CPR warning is gone: said with the removal,
  // as focus stays in the field and a note there is not read out.
  const contact = piiIn.call(this, value).contact && this['t'](this.mode === 'quick' ? 'feedback.contact-in-text.quick' : 'feedback.contact-in-text');
  this['announcer'].announce(contact ? `${this['t']('feedback.cpr.removed')} ${contact}` : this['t']('feedback.cpr.removed'));
  this.updateComplete.then(() => this['focusId'](`f-${name}`));
}

/** Sends the one-click answer again (its key unchanged); focus goes back to the comment. */
function handleRetryAnswer(this: KlarFeedbackForm): void {
  this.status = 'idle';
  this['answerSending'] = this['sendAnswer']();
  this.updateComplete.then(() => this['focusId']('f-comment'));
}

/** Takes the promise out of the quick form's message; focus goes to the question or the comment, where the citizen goes on. */
function handleRemovePromise(this: KlarFeedbackForm): void {
  this['handleInput']('principle', '');
  this['announcer'].announce(this['t']('feedback.principle.removed'));
  this.updateComplete.then(() => this['focusId'](this['quickStep'] === 'comment' && this.values.helped ? 'f-comment' : 'f-helped-yes'));
}

/** "Slet og start forfra" on a restored draft ("Ryd" read as closing the notice): as a new message, a stored Ja/Nej kept. */
function handleClearDraft(this: KlarFeedbackForm): void {
  startAgain.call(this);
  this['announcer'].announce(this['t']('feedback.draft.cleared'));
}

function handleSummaryClick(this: KlarFeedbackForm, e: Event, field: string): void {
  e.preventDefault();
  this['focusId'](targetFor.call(this, field));
}

// ——— render ———

/** The notices above the questions: draft restored, the error summary, offline / retrying / failed; then the Ja/Nej a full or report message carries. */
export function renderNotices(this: KlarFeedbackForm): unknown[] {
  return [renderDraftNotice.call(this), renderSummary.call(this), renderStatus.call(this), renderAnswer.call(this), renderPromise.call(this), renderKept.call(this)];
}

/** A comment is written and the quick question is asked again ("Skift svar"): the hidden comment is kept, and the page says so (it went from view unsaid). */
function commentKept(this: KlarFeedbackForm): boolean {
  return this.mode === 'quick' && this['quickStep'] === 'ask' && !!this.values.helped && !!this.values.comment?.trim();
}

function renderKept(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  return commentKept.call(this) ? html`<p>${this['t']('feedback.comment-kept')}</p>` : nothing;
}

/**
 * In the quick form, the promise its message carries (chosen from a badge or in the full form
 * before a reload, or the page's preset), with "Fjern løftet": it went with the comment unseen.
 * (Full and report mode show it in their question.)
 */
function renderPromise(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  const { principle, principleSet } = this.values;
  const registry = this.mode === 'quick' && principle ? principles.call(this) : undefined;
  const set = principleSet || BUILT_IN_SET;
  // Shown exactly when the payload sends it (feedback-payload.ts: a principle of a registered set).
  if (!registry?.hasPrinciple(set, principle)) return nothing;
  const t = this['t'].bind(this);
  const { name } = principleName.call(this, registry, set, principle!);
  return html`<p>
    ${t('feedback.principle.chosen', { principle: name })}
    <button type="button" class="klar-link" @click=${() => handleRemovePromise.call(this)}>${t('feedback.principle.remove')}</button>
  </p>`;
}

/**
 * A principle's name as the form says it: the author's `.texts` (`principle.<slug>`), else the
 * registry's in the page's language, else the slug; `lang` is set when the registry fell back to
 * another language (the option is marked with it, WCAG 3.1.2). The question's options and the
 * quick form's promise line both name it so.
 */
export function principleName(this: KlarFeedbackForm, registry: PrincipleRegistry | undefined, set: string, slug: string): { name: string; lang?: string } {
  const own = this.texts?.[`principle.${slug}`];
  if (own) return { name: own };
  const page = this['l10n'].lang;
  const p = registry?.resolvePrinciple(set, slug, page);
  const lang = page.toLowerCase();
  return { name: p?.name ?? slug, lang: p && p.lang !== lang && p.lang !== lang.split('-')[0] ? p.lang : undefined };
}

/**
 * The one-click Ja/Nej above the full and report questions (the quick comment says it itself):
 * stored already, or going with this message (feedback-send.ts). A badge opened the full form
 * after the click, and the citizen saw nothing of the answer their message was to carry.
 */
function renderAnswer(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  const helped = this.values.helped;
  if (this.mode === 'quick' || !helped) return nothing;
  const answer = this['answer'];
  const t = this['t'].bind(this);
  return html`<p>${t('feedback.you-answered', { answer: t(`feedback.${helped}`) })} ${t(answer?.id && answer.helped === helped ? 'feedback.answer-saved' : 'feedback.answer-along')}</p>`;
}

function renderDraftNotice(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  if (!this['draftRestored'] || this.status !== 'idle') return nothing;
  return html`<div class="klar-notice" part="notice">
    ${drawIcon(INFO)}
    <div>
      <p>${this['t']('feedback.draft.restored')}</p>
      ${this['inFlight'] ? html`<p>${this['t']('feedback.draft.not-sent')}</p>` : nothing}
      ${cprCut.has(this) ? html`<p>${this['t']('feedback.draft.cpr-removed')}</p>` : nothing}
      <button type="button" class="klar-link" @click=${() => handleClearDraft.call(this)}>${this['t']('feedback.draft.clear')}</button>
    </div>
  </div>`;
}

function renderSummary(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  const errors = this['errors'];
  if (!errors.length) return nothing;
  // Two links in the same words but their numbers ("Teksten er for lang. Du har skrevet 5.001 tegn …"
  // and "… 5.100 tegn …") lead to different fields: each names its question, without "(valgfrit)",
  // so a list of links says where each goes.
  const shape = (m: string): string => m.replace(/\d[\d.,]*/g, '#');
  const said = (e: (typeof errors)[number]): string => {
    const q = (QUESTION as Partial<Record<string, string>>)[e.field];
    return q && errors.filter((o) => shape(o.message) === shape(e.message)).length > 1 ? `${this['t'](q as never).replace(/\s*\(.*\)$/, '')} ${e.message}` : e.message;
  };
  // Focused, and its words in an alert inside it, not the alert itself with a name: the alert and
  // the focus on one element were heard twice (screen-reader review, stop 58), and GOV.UK Frontend's
  // tests across screen readers moved its alert to a child for the same kind of trouble (PR 2677).
  return html`<div id="${this['idp']}error-summary" class="klar-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <p id="${this['idp']}error-summary-title" class="klar-question">${this['t']('feedback.error.summary')}</p>
      <ul>
        ${errors.map(
          (e) => html`<li><a href="#${this['idp']}${targetFor.call(this, e.field)}" @click=${(ev: Event) => handleSummaryClick.call(this, ev, e.field)}>${said(e)}</a></li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/**
 * The HTTP status a message's send failed with, while the form says it failed (feedback-send.ts
 * sets it): a retry does not mend every failure, and "Prøv igen om lidt" was said to all.
 */
export const failedStatus = new WeakMap<KlarFeedbackForm, number | undefined>();

/** What the failed notice says for a status: a login that has ended (401, 403), a form gone (another 4xx but 408, 429), else try again. */
const failedKey = (status = 0): string =>
  status === 401 || status === 403 ? 'feedback.failed.login' : status >= 400 && status < 500 && status !== 408 && status !== 429 ? 'feedback.failed.gone' : 'feedback.failed';

function renderStatus(this: KlarFeedbackForm): TemplateResult | typeof nothing {
  const t = this['t'].bind(this);
  if (this.status === 'offline') {
    return html`<div class="klar-notice klar-warning" part="notice" id="${this['idp']}offline" tabindex="-1">${drawIcon(CLOCK)}<div><p>${t('feedback.offline')}</p></div></div>`;
  }
  if (this.status === 'retrying') {
    return html`<div class="klar-notice klar-warning" part="notice">
      ${drawIcon(REFRESH)}
      <div><p>${t('feedback.retrying', { seconds: this['retryInSeconds'] })}</p></div>
    </div>`;
  }
  if (this.status === 'failed') {
    const action = this['safeAction'];
    // A one-click answer the server did not record (a message that carried it leaves none); with
    // no action nothing was sent, which the form says as for a message.
    const answer = action && this['answer'] && !this['answer'].id;
    // The full and report form carry that answer with their message and say so (renderAnswer):
    // no "Dit svar er ikke sendt … Prøv igen" for the answer alone beside "Vi sender dit svar med din besked".
    if (answer && this.mode !== 'quick') return nothing;
    return html`<div class="klar-notice klar-danger" part="notice" id="${this['idp']}failed" role="alert" tabindex="-1" aria-labelledby="${this['idp']}failed-title">
      ${drawIcon(ERROR)}
      <div>
        <p id="${this['idp']}failed-title" class="klar-question">${t(answer ? 'feedback.answer-failed.title' : 'feedback.failed.title')}</p>
        <p>${answer ? t('feedback.answer-failed') : action ? t(failedKey(failedStatus.get(this))) : t('feedback.invalid-config')}</p>
        ${action
          ? html`<button type="button" class="klar-primary" @click=${() => (answer ? handleRetryAnswer.call(this) : this.submit())}>${drawIcon(REFRESH)}${t('feedback.retry')}</button>`
          : nothing}
      </div>
    </div>`;
  }
  return nothing;
}

/** The inline error of `field`, if it has one. */
export function renderError(this: KlarFeedbackForm, field: string): TemplateResult | typeof nothing {
  const e = this['errorFor'](field);
  if (!e) return nothing;
  // One text: Chromium leaves a text of spaces alone (between two parts) out of the description
  // a screen reader reads after the field ("Fejl:Vælg hvor tilfreds …").
  return html`<p class="klar-error" id="${this['idp']}f-${field}-error">${drawIcon(ERROR)}<span>${`${this['t']('feedback.error.prefix')} ${e.message}`}</span></p>`;
}

/** The ids given (without the form's prefix), joined for `aria-describedby` (none: no attribute). */
export function describedBy(this: KlarFeedbackForm, ...ids: (string | false | undefined)[]): string | typeof nothing {
  return ids.filter(Boolean).map((id) => this['idp'] + id).join(' ') || nothing;
}

/** What the detector says about a field's text: a CPR-like number, contact details (nothing before it is here). */
export function piiIn(this: KlarFeedbackForm, value: string): { cpr: boolean; contact: boolean } {
  const pii = piiNow();
  const cpr = !!pii?.containsCpr(value);
  return { cpr, contact: !cpr && !this.values.wantsAnswer && !!pii?.containsContactDetails(value) };
}

/** The CPR warning (with a one-click remove) and the contact-details note under a free-text field. */
export function renderPiiNotes(this: KlarFeedbackForm, name: FreeTextField): TemplateResult {
  const { cpr, contact } = piiIn.call(this, this.values[name] ?? '');
  const t = this['t'].bind(this);
  return html`
    ${cpr
      ? html`<div class="klar-notice klar-warning" part="notice" id="${this['idp']}f-${name}-cpr">
          ${drawIcon(WARNING)}
          <div>
            <p id="${this['idp']}f-${name}-cpr-text">${
              // One text: Chromium dropped the space between two at a line's end ("besked.Sender" in the field's description).
              this.pii === 'warn' ? t('feedback.cpr.warning') : `${t('feedback.cpr.warning')} ${t(this.pii === 'block' ? 'feedback.cpr.block' : 'feedback.cpr.redact')}`
            }</p>
            <button type="button" @click=${() => handleRemoveCpr.call(this, name)}>${t('feedback.cpr.remove')}</button>
          </div>
        </div>`
      : nothing}
    ${contact
      ? html`<div class="klar-notice" part="notice" id="${this['idp']}f-${name}-contact">
          ${drawIcon(INFO)}
          <div><p>${t(this.mode === 'quick' ? 'feedback.contact-in-text.quick' : 'feedback.contact-in-text')}</p></div>
        </div>`
      : nothing}
  `;
}

/** Each mode's first free-text field: the hint not to write personal details is shown under its label. */
const FIRST_TEXT = { quick: 'comment', full: 'worked', report: 'whatWentWrong' } as const;

/**
 * What describes free-text field `name` (for `aria-describedby`, after its own hint): the one hint
 * not to write personal details, which every free-text field of the form shares; its limit; its error; the
 * CPR warning's text (not its button, which has a name of its own) and the contact-details note.
 */
export function textDescribedBy(this: KlarFeedbackForm, name: FreeTextField, hintId?: string): string | typeof nothing {
  const { cpr, contact } = piiIn.call(this, this.values[name] ?? '');
  return describedBy.call(this, hintId, 'f-no-personal', !!limitSaid.call(this, name) && `f-${name}-limit`, !!this['errorFor'](name) && `f-${name}-error`, cpr && `f-${name}-cpr-text`, contact && `f-${name}-contact`);
}

/**
 * Keeps a focused free-text field where it is on screen while the page above it changes height (a
 * live update of the case, a notice coming or going), as long as it has focus. Scroll anchoring is
 * meant to (the focused field is a priority candidate,
 * https://drafts.csswg.org/css-scroll-anchoring/#anchor-node-selection), but WebKit has none, and
 * Chromium and Firefox anchor on what is first on screen, which may be the changing case itself:
 * the box moved 13–108 px under the citizen's fingers (test/feedback-form/scroll-keep.test.ts). The
 * field's place is read after each scroll (the citizen's or the browser's) and kept after
 * each change of the page's height, before it is painted (ResizeObserver); the window's scroll only.
 */
function keepInView(e: FocusEvent): void {
  const field = e.target as HTMLElement;
  const y = () => field.getBoundingClientRect().top;
  const stop = new AbortController();
  // Scrolled only when the field moved: a scroll of 0 still asked WebKit for another round of the
  // observer in the same frame ("ResizeObserver loop completed with undelivered notifications").
  const keep = new ResizeObserver(() => (document.activeElement === field ? Math.abs(y() - top) < 1 || scrollBy(0, y() - top) : (keep.disconnect(), stop.abort())));
  let top = y();
  keep.observe(document.body);
  // Less than a pixel is our own scroll rounded to the screen's pixels: kept, the rounding would add up.
  addEventListener('scroll', () => Math.abs(y() - top) < 1 || (top = y()), { signal: stop.signal });
  field.addEventListener('blur', () => (keep.disconnect(), stop.abort()), { signal: stop.signal });
}

/** A free-text field with its label, hints, error and notes. */
export function renderTextarea(this: KlarFeedbackForm, name: FreeTextField, label: string, hint?: string | TemplateResult, required = false): TemplateResult {
  const value = this.values[name] ?? '';
  const err = this['errorFor'](name);
  return html`<div class="klar-field">
    <label for="${this['idp']}f-${name}">${label}</label>
    ${hint ? html`<p class="klar-hint" id="${this['idp']}f-${name}-hint">${typeof hint === 'string' ? this['t'](hint) : hint}</p>` : nothing}
    ${name === FIRST_TEXT[this.mode] ? html`<p class="klar-hint" id="${this['idp']}f-no-personal">${this['t']('feedback.no-personal')}</p>` : nothing} ${renderLimit.call(this, name)}
    ${renderError.call(this, name)}
    <textarea
      id="${this['idp']}f-${name}"
      name=${name}
      rows="4"
      spellcheck="true"
      autocomplete="off"
      ?required=${required}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${err ? 'true' : nothing}
      aria-describedby=${textDescribedBy.call(this, name, hint && `f-${name}-hint`)}
      .value=${value}
      @input=${(e: Event) => this['handleInput'](name, (e.target as HTMLTextAreaElement).value)}
      @focus=${keepInView}
    ></textarea>
    ${renderPiiNotes.call(this, name)}
  </div>`;
}

/** The quick form after "Ja" or "Nej": the answer, "Skift svar", and the comment, described by "we cannot answer here" (a citizen wrote "Ring til mig" and was only thanked). */
export function renderComment(this: KlarFeedbackForm): TemplateResult {
  const helped = this.values.helped!;
  const answer = this['answer'];
  const t = this['t'].bind(this);
  return html`
    <p>
      ${t('feedback.you-answered', { answer: t(`feedback.${helped}`) })}
      ${answer?.id && answer.helped === helped ? t('feedback.answer-saved') : answerOffline.has(this) ? t('feedback.answer-offline') : nothing}
      <button type="button" class="klar-link" id="${this['idp']}f-change" @click=${() => handleChangeAnswer.call(this)}>${t('feedback.change-answer')}</button>
    </p>
    ${renderTextarea.call(this, 'comment', t(helped === 'yes' ? 'feedback.comment.yes' : 'feedback.comment.no'), noReply.call(this))}
  `;
}

/**
 * "Vi kan ikke svare dig her …" and whom to ask instead: inside a <klar-case>, the case's contact
 * with a phone or e-mail link ("… så kontakt Mette Holm på 33 66 33 66.", "kontakt os på …" for a
 * contact with a way but no name); with no way known, that the field is not for questions about
 * the case ("kontakt os" named no number and no way). The
 * number is the one the status links, from the same helper: a phone the case writes with words
 * ("Tlf. 33 66 33 66", "0045 33 66 33 66 (tast 2)") gives its one number (the words are the
 * status's to say), a compact Danish one in pairs; two numbers give none (the e-mail, else "os").
 * Read back on the phone, the number and the address are kept from page translation, as there.
 */
function noReply(this: KlarFeedbackForm): TemplateResult | string {
  const c = this.noCaseContext ? undefined : this['caseValue']?.case;
  const who = c?.contact;
  const name = who?.name || who?.department;
  const tel = phoneParts(who?.phone);
  const mail = mailtoHref(who?.email);
  const how = tel ? [tel[3], tel[1]] : mail ? [mail, who!.email!.trim()] : undefined;
  if (!c || !how) return 'feedback.no-reply';
  const t = this['t'].bind(this);
  return html`${name ? markedMessage(t, 'feedback.no-reply.to', {}, { who: name }, caseTextLang(c, this['l10n'].lang)) : t('feedback.no-reply.us')} <a dir="ltr" translate="no" href=${how[0]}>${how[1]}</a>.`;
}

/** The send button (says "Sender …" while busy). */
export function renderSend(this: KlarFeedbackForm): TemplateResult {
  const busy = this['busy'] || this.status === 'sending' || this.status === 'offline' || this.status === 'retrying';
  return html`<div class="klar-buttons">
    <button type="submit" class="klar-primary" part="submit" aria-disabled=${busy ? 'true' : nothing}>
      ${busy ? this['t']('feedback.sending') : this['t']('feedback.send')}
    </button>
  </div>`;
}

/** The thank-you page: its heading and texts (before the `thanks` slot), and "Skriv en ny besked" (after it). */
export function renderSent(this: KlarFeedbackForm): [TemplateResult, TemplateResult] {
  const t = this['t'].bind(this);
  const receipt = this['receipt'];
  // The number in an element of its own that never wraps: "KF-000003" broke at its hyphen on a
  // 360 px phone. Its text stays as sent, so copying it gives the number the server knows. (A
  // text of the page's own without {receipt} gets the number after it.)
  const [before, after = ''] = t('feedback.receipt', { receipt: '\0' }).split('\0');
  // A Ja/Nej sent without a comment is an answer, not a message: "Tak for din besked" puzzled a
  // citizen who wrote nothing.
  const thanks = this.mode === 'quick' && !sentComment.has(this) ? 'feedback.thanks.quick' : 'feedback.thanks';
  return [
    html`${this['renderHeading']('thanks', t(thanks), true)}
    ${receipt ? html`<p id="${this['idp']}receipt" class="klar-receipt">${before}<span class="klar-receipt-number">${receipt}</span>${after}</p>` : nothing}
    <p>${t(`${thanks}.body`)}</p>
    ${this.values.wantsAnswer && this.mode !== 'quick' ? html`<p>${t('feedback.thanks.answer', { days: answerDays.call(this) })}</p>` : nothing}`,
    html`<div class="klar-buttons klar-again"><button type="button" @click=${() => startAgain.call(this)}>${t('feedback.again')}</button></div>`,
  ];
}
