import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { WITH_PRINCIPLES, langOf, languagePending } from '../core/language-pack.js';
import type { CaseContextValue } from '../core/context.js';
import { safeHttpUrl } from '../core/safe-url.js';
import { oneOf } from '../core/warn.js';
import { KlarLightElement, uniqueId } from '../core/light-element.js';
import { TextController, dirOf, type MessageParams } from '../core/texts.js';
import { LiveAnnouncer } from '../core/announcer.js';
import { hasDrafts, type DraftController } from '../core/draft-storage.js';
import { heading, headingLevel } from '../core/heading.js';
import { loadPii, piiNow, withoutCpr, type PiiDetector } from '../core/pii-lazy.js';
import { acceptPrincipleFeedback, type PrincipleFeedbackDetail } from '../core/principles/feedback.js';
import { feedbackModes, WITH_MODES, type FeedbackModes } from './feedback-modes-lazy.js';
import { feedbackMore, WITH_MORE, type FeedbackMore } from './feedback-more-lazy.js';
import { feedbackFormMessages } from '../translations/feedback-form.js';
import { styles } from './feedback-form.styles.js';
import { buttonStyles } from '../core/button.styles.js';
import type { FeedbackSubmitter, InFlight } from './feedback-submitter.js';
import { uuid } from './uuid.js';
import { fire } from '../core/fire.js';
import {
  FREE_TEXT_FIELDS,
  FEEDBACK_MODES,
  FIRST_FIELD,
  type FeedbackErrorDetail,
  type FeedbackFieldError,
  type FeedbackMode,
  type FeedbackPayload,
  type FeedbackStatus,
  type FeedbackValues,
  type FreeTextField,
  type PiiPolicy,
} from './feedback-form.types.js';

type QuickStep = 'ask' | 'comment';

/** What sending needs, imported on the first sign of use (src/feedback-form/feedback-sending.ts). */
type Sending = typeof import('./feedback-sending.js');


/** The sending code and this form's two senders: messages, and one-click answers. */
export interface Senders {
  m: Sending;
  message: FeedbackSubmitter;
  answer: FeedbackSubmitter;
}

/**
 * A one-click answer: its own Idempotency-Key, the answer, the body first sent under that key, the
 * id the server returned for it (what a follow-up sends as `answerTo`), and its receipt, to show
 * (`receipt ?? id`: a server that returned one value gave both).
 */
export interface QuickAnswer {
  key: string;
  helped: 'yes' | 'no';
  body?: FeedbackPayload;
  id?: string;
  receipt?: string;
}

/** What a draft holds (src/feedback-form/feedback-more.ts keeps it). */
export interface DraftData {
  /**
   * The draft's id (a UUID), made at its first save. A tab opened from this one (window.open,
   * "Duplicate tab") starts with a copy of the draft, id included: the same words sent from both
   * go under one Idempotency-Key and are stored once (feedback-submitter.ts `draftKey`).
   */
  id?: string;
  values: FeedbackValues;
  quickStep: QuickStep;
  /** The send in flight, so a reload resends it under the same Idempotency-Key. */
  sending?: InFlight;
  /** The one-click answer, so a comment after a reload is still linked to it. */
  answer?: QuickAnswer;
}

/**
 * Lets citizens say what worked and what went wrong, in three forms: a quick "did you get
 * help?", a full rating with comments, and "report a problem". Nothing typed is lost: the
 * draft survives a reload, sending waits for the network and retries, and a failure keeps
 * every word in place. Nothing is leaked: CPR-like numbers are caught before sending and never
 * reach storage, the console, a URL or an event.
 *
 * Serves the principles "Udvikling" (listen to users' suggestions) and "Hånd om fejl"
 * (handle errors openly; errors are a source of learning).
 *
 * @tagname klar-feedback-form
 * @summary A feedback and problem-report form that never loses a word and never leaks a CPR number.
 *
 * @slot heading - Replaces the form's heading text. In the light DOM (the default) your node stays where you put it, a child of the form, and is shown in the heading's place (ours hidden); give it a heading element (`<h2 slot="heading">`) to keep the page's outline.
 * @slot intro - Replaces the text under the heading (shown there, your node staying put).
 * @slot thanks - Extra content on the thank-you page (e.g. a link back to the case), shown only there, before "Skriv en ny besked".
 *
 * Renders into the light DOM, so page translation, read-aloud and reader views find its words;
 * `render-mode="shadow"` keeps a shadow root (and `::part()`). In the light DOM select parts as
 * `[part~="submit"]` under an id of your page.
 *
 * @csspart base - The outer box.
 * @csspart form - The form element (`<form>`) around the questions.
 * @csspart heading - The heading of the form and of the thank-you page.
 * @csspart error-summary - The error summary.
 * @csspart submit - The send button.
 * @csspart notice - Status notices (draft restored, offline, failed).
 * @csspart announcer - The polite live region.
 * @csspart icon - Icons.
 *
 * @cssprop [--klar-feedback-gap=var(--klar-space-m)] - Space between questions.
 * @cssprop [--klar-feedback-background=var(--klar-color-background)] - Background of the form.
 * @cssprop [--klar-feedback-border-color=var(--klar-color-border)] - Border of the form.
 * @cssprop [--klar-feedback-max-width=40rem] - Widest the form gets.
 *
 * In quick mode a click on "Ja" or "Nej" is recorded at once (its own POST); a comment written
 * afterwards, or a full or report message the citizen opens after the click, is sent with
 * `answerTo`, the id the server returned, so the two are linked and the answer is counted once. Inside a `<klar-case>` (or with `case-ref` and `step`), every message
 * carries the case reference and the current step.
 *
 * @event {CustomEvent<FeedbackSubmitDetail>} klar-feedback-submit - Fires before sending, cancelable; `detail.payload` is the body. Cancel it to send the payload yourself, then call `showSent()` or `showFailed()`.
 * @event {CustomEvent<FeedbackSentDetail>} klar-feedback-sent - Fires when the server accepted the message (the comment, or the full or report form: the form then thanks the citizen); `detail.receipt` is its receipt number, if any.
 * @event {CustomEvent<FeedbackAnswerDetail>} klar-feedback-answer - Fires when the server stored a one-click "Ja"/"Nej", or a change to it (the form goes on to the comment); `detail: { receipt?, helped }`.
 * @event {CustomEvent<FeedbackErrorDetail>} klar-feedback-error - Fires when the server refused the content (field errors), sending failed after every retry, or a "Ja"/"Nej" or a send met a form with no usable `action` (`configuration`).
 */
export class KlarFeedbackForm extends KlarLightElement {
  static override styles = [...KlarLightElement.styles, buttonStyles, styles];
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    mode: { reflect: true },
    action: {},
    formId: { attribute: 'form-id' },
    pii: {},
    keepQuery: { type: Boolean, attribute: 'keep-query' },
    caseReference: { attribute: 'case-reference' },
    caseRef: { attribute: 'case-ref' },
    step: {},
    noCaseContext: { type: Boolean, attribute: 'no-case-context' },
    answerDays: { type: Number, attribute: 'answer-days' },
    minTime: { type: Number, attribute: 'min-time' },
    timeout: { type: Number },
    retries: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    principle: {},
    principleSet: { attribute: 'principle-set' },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    texts: { attribute: false },
    values: { attribute: false },
    status: { attribute: false },
    random: { attribute: false },
    quickStep: { state: true },
    errors: { state: true },
    draftRestored: { state: true },
    retryInSeconds: { state: true },
    receipt: { state: true },
    honeypot: { state: true },
    caseValue: { state: true },
    answer: { state: true },
  };
  static override languageParts = WITH_PRINCIPLES;

  private l10n = new TextController(this, feedbackFormMessages);
  private announcer = new LiveAnnouncer(this);
  /** The draft store, made when feedback-more.ts arrives. */
  private draft?: DraftController<DraftData>;
  /**
   * The case of a surrounding `<klar-case>`: its consumer (feedback-case.ts) is imported when the
   * form finds itself inside one, and the first draw waits for it, so the case note does not pop in.
   */
  #caseArrival?: Promise<void>;

  /** Which form to show: `quick` (did you get help?), `full` (rating and comments) or `report` (report a problem); anything else is `quick`, with a console warning. */
  mode: FeedbackMode = 'quick';

  /** The URL the JSON payload is POSTed to (and the form posts to without JavaScript); only http(s) URLs are used. Without one it sends nothing, says so to a citizen who answers, and warns in the console once the page has loaded and 2 s have passed (a framework may set it after the first draw). */
  action = '';

  /** Names this form's draft, with the action URL; defaults to the element's id. */
  formId = '';

  /** What the citizen is told about CPR-like numbers in free text: `redact` (default) warns and says the number will be taken out, `warn` only warns, `block` stops sending until it is removed. Whatever the policy, the number never leaves the browser: not in the POST body, events, drafts, URLs or the console. */
  pii: PiiPolicy = 'redact';

  /** Keeps the page's query string and fragment in `pageUrl` (e-mails and CPR-like numbers are still removed). */
  keepQuery = false;

  /** The case reference the citizen may choose to attach in `report` mode. */
  caseReference = '';

  /** The case reference every message carries (wins over a surrounding `<klar-case>`). */
  caseRef = '';

  /** The id of the case step the citizen is at (wins over the current step of a surrounding `<klar-case>`). */
  step = '';

  /** Ignores a surrounding `<klar-case>`: messages carry no case reference or step from it. */
  noCaseContext = false;

  /**
   * The promised answer time in working days, shown when the citizen asks for an answer: a whole
   * number from 1 to 99; anything else is the default, with a console warning (answer-days.ts,
   * whose ANSWER_DAYS a test keeps equal to this default: importing it here costs the first download bytes).
   */
  answerDays = 5;

  /** The shortest time in milliseconds (0 to a day) between first showing the form and sending (a spam guard); an earlier send waits. */
  minTime = 3000;

  /** How long to wait for the server per attempt, in milliseconds (1 to a day). */
  timeout = 15_000;

  /** How many times (0 to 10) to try again after a network error, 5xx, 408 or 429. */
  retries = 4;

  /** The first backoff delay in milliseconds, 1 to a day (doubled each retry, capped at 30 s, with jitter). */
  retryDelay = 1000;

  /** The heading level (1–6, as on every element) of the form's heading, so the page's outline stays right. */
  headingLevel = 2;

  /** Preselects a principle of `principle-set` (a slug such as `haand-om-fejl`). */
  principle = '';

  /** The registered principle set the "which promise?" question lists; empty means the nine built-in principles. A badge of another set switches the question to its set. */
  principleSet = '';

  /** Does not keep a draft in sessionStorage. */
  noDraft = false;

  /** Replaces any text by its message key (e.g. `{ 'feedback.helped': 'Var siden nyttig?' }`). */
  texts: Record<string, string> = {};

  /** What the citizen has entered; set it to prefill the form. */
  values: FeedbackValues = {};

  /** The submission status: idle, sending, offline, retrying, failed or sent. Read it; set it only for demos. */
  status: FeedbackStatus = 'idle';

  /** The source of randomness for backoff jitter (tests pass a fixed one). */
  random: () => number = Math.random;

  private quickStep: QuickStep = 'ask';
  private errors: FeedbackFieldError[] = [];
  private draftRestored = false;
  private retryInSeconds = 0;
  private receipt = '';
  private honeypot = '';
  private caseValue?: CaseContextValue;
  private answer?: QuickAnswer;

  // Flags start undefined (false): no initialiser is a few bytes less on every form page.
  private busy?: boolean;
  private renderedAt = 0;
  private draftLoaded?: boolean;
  /** Whether a sign of use (pointer, focus) asked for feedback-more.ts already. */
  #intended?: boolean;
  /** Whether focus was in the server's render when the first draw was asked for, or came while it waited (see `needsMore`). */
  #serverFocus?: boolean;
  /** A draft save asked for before feedback-more.ts (which saves) arrived. */
  private draftDue?: boolean;
  private abort?: AbortController;
  private cprShown = new Set<string>();
  private stopPrinciples: (() => void)[] = [];
  /** Whether the registry's changes draw the form again (subscribed once it is here). */
  private watchingPrinciples?: boolean;
  /** The `principle` preset is still to be applied (it waits for the registry). */
  private presetWaiting?: boolean;
  /** The principle registry on its way; updateComplete waits for it. */
  private principlesArrival?: Promise<void>;
  /** The send in flight (kept in the draft until the server confirmed it). */
  private inFlight?: InFlight;
  /** The draft's id (DraftData `id`): forgotten once its message was sent, or the form reset. */
  private draftId?: string;
  /** The one-click answer's send, awaited before a follow-up is sent. */
  private answerSending?: Promise<void>;
  /** The sending code, once imported (on the first input or click, or when a send is asked for). */
  private senders?: Senders;
  /** The CPR detector on its way (see `needPii`); updateComplete waits for it. */
  #piiArrival?: Promise<void>;
  /** Free-text fields typed into before the detector arrived: checked when it does. */
  private unchecked = new Set<FreeTextField>();
  /**
   * What every id this form writes starts with (`klar-ff-3-`): in the light DOM the form shares
   * the page's ids, so two forms on a page (or a page's own `id="heading"`) never meet, and every
   * `for`, `aria-*` and summary link points inside its own form.
   */
  private readonly idp = uniqueId('ff') + '-';
  /** Draws again when the author's `heading`, `intro` or `thanks` children come or go (light DOM has no slotchange). */
  #authorWatch?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isLight) (this.#authorWatch ??= new MutationObserver(() => this.requestUpdate())).observe(this, { childList: true });
    if (!this.#caseArrival && this.closest('klar-case')) this.#caseArrival = import('./feedback-case.js').then((m) => m.consumeCase(this), () => undefined);
    window.addEventListener('online', this.#handleOnline);
    // "Lever vi op til det?" on a badge arrives as an event (see src/core/principles/feedback.ts).
    this.stopPrinciples = [acceptPrincipleFeedback(this, this.#handlePrincipleFeedback)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#authorWatch?.disconnect();
    window.removeEventListener('online', this.#handleOnline);
    for (const stop of this.stopPrinciples) stop();
    this.stopPrinciples = [];
    this.watchingPrinciples = false;
    // A send in flight is not aborted: moving the element in the DOM must not lose a message
    // (nor the focus: the base puts it back, core/light-element.ts).
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown mode (a typo, `mode="fuld"`) is the default, as the badge's unknown variant is: it
    // drew an empty heading and report mode's questions, sent a message the server refused (422),
    // and looking up its first field recursed without end. Checked here, not in feedback-more.ts:
    // offline, that module could not come, and the form said its questions could not be loaded.
    this.mode = oneOf('klar-feedback-form', 'mode', this.mode, FEEDBACK_MODES);
    if (changed.has('principle') || changed.has('principleSet')) this.presetWaiting = true;
    const more = feedbackMore.now();
    // Its styles, the preset (with the principle registry), drafts and taking over the server's
    // form are feedback-more.ts's work; a preset waiting asks for it.
    if (more) more.willUpdate.call(this);
    else if (this.presetWaiting && this.principle && !this.values.principle) void this.#loadMore().then((m) => m && this.requestUpdate());
    // Prefilled or restored text: its notes (CPR, contact details) need the detector.
    if (FREE_TEXT_FIELDS.some((f) => this.values[f])) this.needPii();
  }

  /**
   * Waits, besides the render, for the CPR detector asked for and a draft save waiting for it:
   * whoever awaits `updateComplete` after typing sees the warning and the stored draft.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#piiArrival || this.draft?.settling || this.principlesArrival) {
      await Promise.all([this.#piiArrival, this.draft?.settling, this.principlesArrival]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Full and report mode draw with their texts too (the packs' part `feedback-modes`), any state beyond the quick question with `feedback-more`. */
  protected override partsToDraw(): readonly string[] {
    return this.mode !== 'quick' ? WITH_MODES : this.#needsMore() ? WITH_MORE : WITH_PRINCIPLES;
  }

  /** Whether the next draw shows more than the quick question (feedback-more.ts): a comment, a notice, an error, a draft to restore. */
  #needsMore(): boolean {
    return (
      this.mode !== 'quick' ||
      this.quickStep !== 'ask' ||
      // A comment kept while the question is asked again ("Skift svar"): feedback-more.ts says so.
      !!this.values.comment ||
      this.status !== 'idle' ||
      this.errors.length > 0 ||
      this.draftRestored ||
      // No usable action: feedback-more.ts warns at once, and tells a citizen who answers that nothing can be sent.
      !this.safeAction ||
      (!this.draftLoaded && !this.noDraft && !!this.action && hasDrafts()) ||
      // A server-rendered form (klar-elements/ssr) with focus in it is taken over by feedback-more.ts,
      // which puts focus on the same control in ours. Full and report mode (whose typed words it
      // takes over too) need it anyway; a quick one has nothing to type into, and without focus
      // draws without it, as a fresh one does. Asked when the first draw is asked for, and once
      // more when a draw that waited is due (see scheduleUpdate), so the draw that waits for it
      // and the draw that shows agree.
      (this.fromServer && !this.hasUpdated && (this.#serverFocus ??= this.matches(':focus-within')))
    );
  }

  /**
   * Full and report mode draw with their questions (feedback-modes.ts) and texts, imported when
   * first shown: the form waits for them, so it draws whole (a quick form a badge switches keeps
   * its question meanwhile); when they cannot be loaded, it draws a plain message with "Try again".
   * Likewise any state beyond the quick question waits for what shows it (feedback-more.ts, see
   * `needsMore`), which the first sign of use has usually fetched already. A first draw that waits (for them or for a language pack) keeps the size the placeholder
   * sheet gave the form before it was defined (`:state(loading)`, src/core/placeholder.styles.ts).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wanted = [this.mode !== 'quick' && feedbackModes, this.#needsMore() && feedbackMore].filter((h) => h && !h.now()) as { load(): Promise<unknown> }[];
    const loads = wanted.map((h) => h.load());
    if (!this.hasUpdated && this.#caseArrival) loads.push(this.#caseArrival);
    const more = loads.length ? Promise.all(loads).catch(() => undefined) : undefined;
    // The language pack is fetched alongside them, not after.
    const texts = languagePending(langOf(this), this.partsToDraw());
    // Focus that came into the server's form while its first draw waited (for the pack, the case):
    // that draw takes focus over (see `needsMore`), so it waits for what does that too. Drawn
    // without it, focus fell to <body>.
    const drawn =
      more || texts
        ? Promise.all([more, texts]).then(() =>
            this.#serverFocus === false && !this.hasUpdated && (this.#serverFocus = this.matches(':focus-within')) ? this.scheduleUpdate() : super.scheduleUpdate(),
          )
        : super.scheduleUpdate();
    return this.hasUpdated ? drawn : this.loadingWhile(drawn);
  }

  /**
   * Page translation rewrote our text, so the light-DOM base drew into a fresh container: the
   * field the citizen was typing in gets focus back, caret and all (feedback-more.ts; the base
   * would leave it on the heading). What was typed is in `values`, so the new field has it.
   */
  protected override update(changed: PropertyValues): void {
    const had = this.renderRoot.querySelector(':focus');
    super.update(changed);
    if (had && !had.isConnected) feedbackMore.now()?.refocus.call(this, had);
  }

  protected override firstUpdated(): void {
    this.renderedAt = Date.now();
    // A one-click answer whose send a reload interrupted: sent again under its key (or a change to it, saved).
    if (this.answer && (!this.answer.id || this.values.helped !== this.answer.helped)) this.answerSending = this.sendAnswer();
  }

  protected override updated(): void {
    // Radios and checkboxes are bound by attribute (?checked), so the server-rendered form never
    // ticks a box that is not ticked; once a person has clicked one, only the property counts.
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
      input.checked = input.hasAttribute('checked');
    }
  }

  // ——— event handlers ———

  #handleOnline = (): void => {
    if (this.status === 'offline') this.status = 'sending';
    this.requestUpdate(); // questions that could not be loaded offline are asked for again
  };

  #handlePrincipleFeedback = (detail: PrincipleFeedbackDetail): void => {
    void this.requestFeedback(detail.principle, detail.set);
  };

  private handleInput(name: keyof FeedbackValues, value: string | boolean | number): void {
    const before = this.values[name];
    this.values = { ...this.values, [name]: value };
    if (this.errors.some((e) => e.field === name)) this.errors = this.errors.filter((e) => e.field !== name);
    this.#prepare();
    // Free-text fields are drawn by feedback-more.ts, so it is here to check them.
    feedbackMore.now()?.noteInput.call(this, name, value);
    // The draft controller holds text that may hold a CPR number until the detector is here.
    if (before !== value) this.saveDraft();
  }

  #handleHelpedClick(e: Event, answer: 'yes' | 'no'): void {
    // The buttons submit the form only without JavaScript (the server-rendered fallback).
    e.preventDefault();
    this.handleInput('helped', answer);
    this.quickStep = 'comment';
    // One answer per form, sent at once; a double click sends nothing more. A changed answer is
    // saved too, linked to the first, after it (sendAnswerChange): it was kept only for a comment,
    // and a citizen who changed "Nej" to "Ja" and left was counted with "Nej".
    // Without a usable action, the sending code says so (feedback-send.ts `sendAnswer`).
    if (this.status !== 'sent' && !this.honeypot) {
      this.answer ??= { key: uuid(), helped: answer };
      this.answerSending = this.sendAnswer(this.answerSending);
    }
    this.saveDraft();
    // Keys typed before the comment field is drawn (its code may still be on its way) go into it:
    // they went nowhere ("Fint." became "int."). AltGr (ctrl+alt) types "@" on a Danish keyboard.
    let typed = '';
    const keep = (k: KeyboardEvent): void => {
      if (k.key.length === 1 && !k.metaKey && k.ctrlKey <= k.altKey) (typed += k.key), k.preventDefault();
    };
    this.addEventListener('keydown', keep);
    this.updateComplete.then(() => {
      this.removeEventListener('keydown', keep);
      if (typed) this.handleInput('comment', (this.values.comment ?? '') + typed);
      this.focusId('f-comment');
    });
  }

  async #handleSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return; // double click, repeated Enter: one send
    if (this.status === 'sent') return;
    let more = this.more();
    if (!more) {
      this.busy = true;
      more = await this.#loadMore();
      this.busy = false;
    }
    // Offline before it arrived: every word stays, and the form says so with "Prøv igen".
    if (!more) return this.showFailed('network');
    await more.submit.call(this);
  }

  /**
   * Loads feedback-more.ts and the sending code on the first sign of use (a pointer over the form,
   * focus in it), so a click that goes offline finds them here; once: offline, what needs them asks again.
   */
  #handleIntent(): void {
    if (!this.#intended) void this.#loadMore(), this.#prepare();
    this.#intended = true;
  }

  // ——— public methods ———

  /** Sends the form, as if the citizen pressed the send button. */
  submit(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  /**
   * Selects `principle` of the registered set `set` (default: `principle-set`, else the nine),
   * shows the questions (switching from quick to full mode), moves focus to the first of them
   * (scrolled into view) and says the chosen promise to screen readers; the principle question
   * further down keeps it chosen. A `klar-principle-feedback` event that no page
   * listener cancelled does this. (Its work is in feedback-more.ts, which full mode needs anyway;
   * offline, the form switches and says the questions could not be loaded, with "Prøv igen".)
   */
  requestFeedback(principle: string, set: string = this.principleSet): Promise<void> {
    return feedbackMore.load().then(
      (m) => m.requestFeedback.call(this, principle, set),
      () => void (this.mode = 'full'),
    );
  }

  /** Checks the fields, shows the error summary (focused) when something is wrong, and tells whether the form can be sent. */
  async reportValidity(): Promise<boolean> {
    const more = this.more() ?? (await this.#loadMore());
    if (more) return more.reportValidity.call(this);
    this.errors = [{ field: FIRST_FIELD[this.mode], message: this.t('feedback.questions-failed') }];
    return false;
  }

  /** Empties the form and deletes its draft. */
  reset(): void {
    this.abort?.abort();
    this.busy = false;
    this.values = {};
    this.presetWaiting = true; // the `principle` preset again
    this.quickStep = 'ask';
    this.errors = [];
    this.draftRestored = false;
    this.cprShown.clear();
    this.status = 'idle';
    this.inFlight = undefined;
    this.draftId = undefined;
    this.answer = undefined;
    this.answerSending = undefined;
    this.senders?.message.reset();
    this.draft?.clear();
  }

  /**
   * Shows the thank-you page (focused) and fires `klar-feedback-sent`; call it after sending a cancelled submit yourself.
   * After a one-click answer's cancelled submit it records that answer as stored with `receipt`, as when the form sends it:
   * the comment step stays, and `klar-feedback-answer` fires.
   */
  showSent(receipt?: string): Promise<void> {
    // The thank-you page is drawn by feedback-more.ts, here already after a send.
    return feedbackMore.load().then((m) => m.showSent.call(this, receipt));
  }

  /** Shows that sending failed, with "Try again" and every word kept; fires `klar-feedback-error`. */
  async showFailed(reason: FeedbackErrorDetail['reason'] = 'network', status?: number): Promise<void> {
    this.busy = false;
    this.status = 'failed';
    fire<FeedbackErrorDetail>(this, 'klar-feedback-error', status === undefined ? { reason } : { reason, status });
    await this.updateComplete;
    this.focusId('failed');
  }

  // ——— helpers ———

  private t(key: string, params?: MessageParams): string {
    const own = this.texts?.[key];
    if (typeof own === 'string') return own.replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k]) : m));
    return this.l10n.t(key, params);
  }

  /**
   * The action when it is an http(s) URL (absolute or relative), else ''. One that is not is a set-up
   * error said by feedback-more.ts (its warning, and "Formularen er ikke sat rigtigt op"), which a form
   * without a usable action brings at once (see `needsMore`): its words are not carried by every form.
   */
  private get safeAction(): string {
    return (this.action && safeHttpUrl(this.action)) || '';
  }

  /** The case reference and current step the messages carry (attributes win over `<klar-case>`). */
  private caseInfo(): { reference?: string; step?: string } {
    const c = this.noCaseContext ? undefined : this.caseValue?.case;
    const reference = this.caseRef || c?.reference || c?.id || undefined;
    const step = this.step || c?.steps.find((x) => x.state === 'current')?.id || undefined;
    return { reference, step };
  }

  /**
   * POSTs the one-click answer at once, under its own key, and remembers the id the server
   * returns; once it is stored, an answer the citizen changed (after the sends before it, `before`).
   */
  private async sendAnswer(before?: Promise<void>): Promise<void> {
    await before;
    const answer = this.answer;
    if (!answer) return;
    const loaded = await this.sendingCode();
    if (this.answer !== answer) return; // reset meanwhile
    if (loaded) await loaded[0].m.sendAnswer.call(this, answer, ...loaded);
    else if (!answer.id) void this.showFailed('network'); // "Prøv igen" asks again; a comment sent meanwhile carries the answer
  }

  /** Full and report mode's questions, when they and their texts are here (else undefined; the next draw asks again). */
  private questions(): FeedbackModes | undefined {
    return languagePending(this.l10n.lang, WITH_MODES) ? undefined : feedbackModes.now();
  }

  /** Imports the sending code (once) and makes this form's two senders. */
  async #sender(): Promise<Senders> {
    if (!this.senders) {
      const m = await import('./feedback-sending.js');
      if (!this.senders) {
        this.senders = { m, message: new m.FeedbackSubmitter(), answer: new m.FeedbackSubmitter() };
        // A send a reload interrupted (restored from the draft) goes again under its key.
        if (this.inFlight) this.senders.message.resume(this.inFlight);
      }
    }
    return this.senders;
  }

  /**
   * The sending code and the CPR detector (with feedback-more.ts, whose texts a send announces).
   * Offline, a send waits for the network like any offline send (`offline` is told first), then
   * asks again; undefined when they could not be loaded online.
   */
  private async sendingCode(offline?: () => void): Promise<[Senders, PiiDetector] | undefined> {
    for (;;) {
      const got = await Promise.all([this.#sender(), loadPii(), this.#loadMore()]).then(
        ([s, p, more]): [Senders, PiiDetector] | undefined => (more ? [s, p] : undefined),
        () => undefined,
      );
      if (got || navigator.onLine !== false) return got;
      offline?.();
      await new Promise((online) => addEventListener('online', online, { once: true }));
    }
  }

  /** Fetches what checking and sending need, on the citizen's first sign of use (not with the form). */
  #prepare(): void {
    this.needPii();
    void this.#sender().catch(() => undefined); // a send asks again
  }

  /** Asks for the CPR detector (once); when it arrives, checks what was typed meanwhile and draws again. */
  private needPii(): void {
    if (piiNow() || this.#piiArrival) return;
    this.#piiArrival = loadPii().then(
      () => {
        this.#piiArrival = undefined;
        for (const name of this.unchecked) feedbackMore.now()?.noteInput.call(this, name, this.values[name] ?? '');
        this.unchecked.clear();
        this.requestUpdate();
      },
      () => {
        this.#piiArrival = undefined; // the next input asks again; drafts and sends keep waiting
      },
    );
  }

  /** Returns `text` without CPR-like numbers; '…' while that needs the detector, which it asks for. */
  private cprFree(text: string): string {
    const clean = withoutCpr(text);
    if (clean !== undefined) return clean.trim();
    this.needPii();
    return '…';
  }

  /** Saves the draft (feedback-more.ts does; asked before it is here, it saves when it arrives). */
  private saveDraft(): void {
    const more = feedbackMore.now();
    if (more) more.saveDraft.call(this);
    else this.draftDue = true;
  }

  /** feedback-more.ts with its texts, when both are here (else undefined; the next draw asks again). */
  private more(): FeedbackMore | undefined {
    const more = feedbackMore.now();
    return more && !languagePending(this.l10n.lang, WITH_MORE) ? more : undefined;
  }

  /** Loads feedback-more.ts and its texts; undefined when they cannot be loaded (offline). */
  #loadMore(): Promise<FeedbackMore | undefined> {
    return Promise.all([feedbackMore.load(), languagePending(this.l10n.lang, WITH_MORE)]).then(
      () => this.more(),
      () => undefined,
    );
  }

  private focusId(id: string, preventScroll = false): HTMLElement | null {
    const el = this.renderRoot.querySelector<HTMLElement>(`#${this.idp}${id}`);
    el?.focus({ preventScroll });
    return el;
  }

  private errorFor(field: string): FeedbackFieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  // ——— render ———

  override render(): TemplateResult {
    const quick = this.mode === 'quick';
    // What the form shows beyond the quick question, when it and its texts are here (feedback-more.ts);
    // a fresh quick question draws without it, also on the server, so a hydrating form draws what the server did.
    const more = this.#needsMore() ? this.more() : undefined;
    const modes = quick ? undefined : this.questions();
    const ask = quick && (this.quickStep === 'ask' || !this.values.helped);
    const sent = this.status === 'sent' && !!more;
    const [thanks, again] = more?.renderSent.call(this) ?? [];
    const { reference: rawRef, step: caseStep } = this.caseInfo();
    const caseRef = rawRef ? this.cprFree(rawRef) : '';
    const p = this.idp;
    // In the light DOM nothing is projected: the author's `heading` and `intro` children stay
    // children of the form, after our render, and the form's styles show them where those slots
    // are (our text hidden); `thanks` shows only on the thank-you page (data-klar-sent).
    const [ownHeading, ownIntro] = this.isLight ? [this.authorChildren('heading'), this.authorChildren('intro')] : [[], []];
    const intro = this.t(`feedback.intro.${this.mode}`);
    this.toggleAttribute('data-klar-sent', sent);
    // The idempotency token serves only the server's form posted without JavaScript (one per
    // render); in the browser, handleSubmit sends JSON under a key of its own.
    // method, action and the named fields (mode and lang hidden) let the server-rendered form
    // (declarative shadow DOM) post as a plain urlencoded form when JavaScript is off; with
    // JavaScript, handleSubmit cancels that and sends JSON.
    return html`
      <section
        part="base"
        class="klar-base"
        dir=${dirOf(this, this.l10n.lang)}
        lang=${this.l10n.lang}
        aria-labelledby=${sent ? p + 'thanks' : ownHeading.length ? nothing : p + 'heading'}
        aria-label=${!sent && ownHeading.length ? ownHeading.map((e) => e.textContent!.trim()).join(' ') : nothing}
        @focusin=${this.#handleIntent}
        @pointerover=${this.#handleIntent}
      >
        ${this.announcer.render()}
        <form
          part="form"
          method="post"
          action=${this.safeAction || nothing}
          novalidate
          ?hidden=${sent}
          @submit=${this.#handleSubmit}
        >
          <input type="hidden" name="mode" value=${this.mode} />
          <input type="hidden" name="lang" value=${this.l10n.lang} />
          <input type="hidden" name="pii" value=${this.pii} />
          ${isServer ? html`<input type="hidden" name="idempotencyKey" value=${uuid()} />` : nothing}
          ${caseRef && caseRef !== '…' ? html`<input type="hidden" name="caseReference" value=${caseRef} />` : nothing}
          ${caseStep ? html`<input type="hidden" name="step" value=${caseStep} />` : nothing}
          ${this.renderHeading('heading', html`<slot name="heading">${this.t(`feedback.heading.${this.mode}`)}</slot>`, false, ownHeading.length > 0)}
          <p class="klar-intro" ?hidden=${!intro || ownIntro.length > 0}><slot name="intro">${intro}</slot></p>
          ${caseRef ? html`<p class="klar-hint" id="${p}case-note">${this.t('feedback.case-note', { reference: caseRef })}</p>` : nothing}
          ${more?.renderNotices.call(this) ?? (ask && this.#needsMore() ? this.#renderQuestionsFailed() : nothing)}
          ${ask ? this.#renderAsk(more) : !more || (!quick && !modes) ? this.#renderQuestionsFailed() : quick ? more.renderComment.call(this) : (this.mode === 'full' ? modes!.renderFull : modes!.renderReport).call(this)}
          ${this.#renderHoneypot()}
          ${!more || (quick && this.quickStep === 'ask') || (!quick && !modes) ? nothing : more.renderSend.call(this)}
        </form>
        <div class="klar-sent" ?hidden=${!sent}>${thanks}<slot name="thanks"></slot>${again}</div>
      </section>
    `;
  }

  /**
   * Questions that could not be loaded (offline): a plain message and "Try again", never an empty
   * form; what was typed stays in `values`. Its notice box and icon come with feedback-more.ts
   * (full and report questions that failed after it came); without it the message stands as words
   * alone, unstyled like the rest of what did not come, rather than an icon every page carries.
   */
  #renderQuestionsFailed(): TemplateResult {
    return html`<div class="klar-notice klar-danger" part="notice" id="${this.idp}questions-failed" role="alert">
      ${feedbackMore.now()?.errorIcon()}
      <div>
        <p>${this.t('feedback.questions-failed')}</p>
        <button type="button" @click=${() => this.requestUpdate()}>${this.t('feedback.retry')}</button>
      </div>
    </div>`;
  }

  /** The form's and the thank-you page's heading, through the one heading helper (core/heading.ts). */
  private renderHeading(id: string, content: unknown, focusable = false, hidden = false): TemplateResult {
    const p = this.idp;
    return heading(headingLevel(this.headingLevel), content, {
      id: p + id,
      cls: hidden ? 'klar-heading klar-hidden' : 'klar-heading',
      part: 'heading',
      focus: focusable,
      describedby: focusable && this.receipt ? p + 'receipt' : undefined,
    });
  }

  /** The quick question: "Ja" and "Nej" (submit buttons, for the form without JavaScript). */
  #renderAsk(more?: FeedbackMore): TemplateResult {
    const err = this.errorFor('helped');
    const p = this.idp;
    return html`<div class="klar-field" role="group" aria-labelledby="${p}q-helped">
      <p id="${p}q-helped" class="klar-question">${this.t('feedback.helped')}</p>
      ${more?.renderError.call(this, 'helped')}
      <div class="klar-buttons">
        ${(['yes', 'no'] as const).map(
          (a) =>
            html`<button
              type="submit"
              id="${p}f-helped-${a}"
              name="helped"
              value=${a}
              aria-describedby=${err ? p + 'f-helped-error' : nothing}
              @click=${(e: Event) => this.#handleHelpedClick(e, a)}
            >
              ${this.t(`feedback.${a}`)}
            </button>`,
        )}
      </div>
    </div>`;
  }

  #renderHoneypot(): TemplateResult {
    // Hidden from people and assistive tech; scripts that fill every field fill this one. Its
    // name is an attribute, not page text: read-aloud, translation and reader views read the
    // page's text nodes, and said "Lad dette felt være tomt" in the middle of the form.
    return html`<div class="klar-visually-hidden" aria-hidden="true">
      <input
        type="text"
        id="${this.idp}f-website"
        name="website"
        aria-label=${this.t('feedback.honeypot')}
        tabindex="-1"
        autocomplete="off"
        .value=${this.honeypot}
        @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }
}
