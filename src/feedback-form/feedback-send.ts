/**
 * What <klar-feedback-form> does once it sends, part of its sending code (feedback-sending.ts):
 * imported on the citizen's first input or click, not with the form (issue 15). The form's own
 * members are reached as `this['name']`, TypeScript's checked access to a class's private members,
 * so this stays the form's code without widening its public API.
 */
import type { PiiDetector } from '../core/pii-lazy.js';
import type { KlarFeedbackForm, QuickAnswer, Senders } from './feedback-form.js';
import type { FeedbackSubmitter, SubmitResult } from './feedback-submitter.js';
import { controlOf, type FeedbackAnswerDetail, type FeedbackErrorDetail, type FeedbackPayload, type FeedbackSubmitDetail } from './feedback-form.types.js';
import type { RequestOptions } from '../core/http.js';
import { fire } from '../core/fire.js';
import { numberIn } from '../core/number-in.js';
import { warnOnce } from '../core/warn.js';
import { answerHandedOver, answerOffline, cannotSend, failedStatus, focusSummary, ratingLabel, waitForNetwork } from './feedback-more.js';
import { uuid } from './uuid.js';

/**
 * What a page's listener sees of `payload` (klar-feedback-submit): CPR-like numbers taken out of
 * what the citizen entered and of the page's address, the links to an earlier answer (answerTo,
 * answerKey: the server's id and the form's key) whole, so a page that sends it itself links it.
 */
function forPage(pii: PiiDetector, payload: FeedbackPayload, replacement: string): FeedbackPayload {
  const { answerTo, answerKey } = payload;
  return { ...pii.redactCprDeep(payload, replacement), ...(answerTo && { answerTo }), ...(answerKey && { answerKey }) };
}

/** Builds the body of a message (or of a one-click answer, with `values` and `mode` given). */
function payloadFor(this: KlarFeedbackForm, { m }: Senders, values = this.values, mode = this.mode): FeedbackPayload {
  return m.buildPayload(values, {
    mode,
    lang: this['l10n'].lang,
    href: location.href,
    keepQuery: this.keepQuery,
    caseReference: this.caseReference,
    caseInfo: this['caseInfo'](),
    pii: this.pii,
    cprReplacement: this['t']('feedback.cpr.masked'),
    ratingLabel: (r) => ratingLabel.call(this, r),
  });
}

/**
 * Fires the cancelable `klar-feedback-submit` (`detail`: the body without CPR-like numbers) and, when
 * no listener took the send over, waits out the rest of `min-time` (clamped, so a clock that jumps
 * backwards cannot hold a message for longer), then sends `payload` under `key` with `submitter` and
 * the `options` of that moment. Undefined when the page took it over (it calls showSent() or
 * showFailed()). Until it is answered, leaving the page sends it once more (sendOnLeave). `stored` is
 * what a one-click answer's sender does with its receipt: taken over, the page's `showSent(receipt)`
 * does it (feedback-more.ts), so the answer is stored as when the form sends it.
 */
async function submit(
  this: KlarFeedbackForm,
  { m }: Senders,
  submitter: FeedbackSubmitter,
  payload: FeedbackPayload,
  key: string,
  detail: FeedbackSubmitDetail,
  options: () => RequestOptions,
  stored?: (receipt?: string, id?: string) => void,
): Promise<SubmitResult | undefined> {
  answerHandedOver.delete(this);
  if (!fire<FeedbackSubmitDetail>(this, 'klar-feedback-submit', detail, true)) {
    if (stored) answerHandedOver.set(this, stored);
    return undefined;
  }
  const left = sendOnLeave.call(this, submitter, payload, key);
  try {
    const minTime = ms(this, 'min-time', this.minTime, 0, 3000);
    const wait = Math.min(minTime, minTime - (Date.now() - this['renderedAt']));
    if (wait > 0) await m.sleep(wait);
    return await submitter.send(this['safeAction'], payload, key, options());
  } finally {
    left();
  }
}

/**
 * A milliseconds attribute of the form: a whole number from `min` to a day, else the form's
 * default (warned once). `timeout="abc"` timed every attempt out at once, `retry-delay="-1"`
 * retried without a pause, `min-time="1e9"` held a message 11 days.
 */
const ms = (el: KlarFeedbackForm, name: string, value: number, min: number, fallback: number): number => numberIn(el, name, value, min, 86_400_000, fallback);

/** The request options every send shares: the form's timeout, retries (unless given; 0 to 10: "abc" retried for ever) and backoff. */
function requestOptions(this: KlarFeedbackForm, retries = numberIn(this, 'retries', this.retries, 0, 10, 4)): RequestOptions {
  const timeoutMs = ms(this, 'timeout', this.timeout, 1, 15_000);
  // <klar-case>'s `timeout` is in seconds: `timeout="15"` copied here gave up on every attempt after 15 ms.
  if (timeoutMs < 100) warnOnce(`<klar-feedback-form> timeout="${timeoutMs}" is in milliseconds, not seconds: for ${timeoutMs} s write ${timeoutMs * 1000}.`);
  return { timeoutMs, retries, baseDelayMs: ms(this, 'retry-delay', this.retryDelay, 1, 1000), random: this.random };
}

/**
 * Sends `payload` once more under `key`, with `keepalive`, when the page goes away (the tab closed,
 * a link followed) before the form heard back: a "Ja" clicked within `min-time`, or a message on its
 * way or waiting to try again, reached no server, and its draft went with the tab. The key makes it
 * one record whichever copy arrives. Returns what takes the listener off again.
 */
function sendOnLeave(this: KlarFeedbackForm, submitter: FeedbackSubmitter, payload: FeedbackPayload, key: string): () => void {
  // Resolved now: while a page goes, Firefox may no longer resolve a relative URL against it.
  const action = new URL(this['safeAction'], document.baseURI).href;
  const leave = (): void => void submitter.send(action, payload, key, { retries: 0 }, true);
  addEventListener('pagehide', leave);
  return () => removeEventListener('pagehide', leave);
}

/** Each form's countdown of the wait before its next try ("Vi prøver igen om 3 sekunder"). */
const countdown = new WeakMap<KlarFeedbackForm, ReturnType<typeof setTimeout>>();

/** Sends the checked form (the send button's work once the sending code is here). */
export async function sendMessage(this: KlarFeedbackForm, senders: Senders, pii: PiiDetector): Promise<void> {
  const { m, message } = senders;
  // An answer handed to the page earlier is not what this message's showSent() is about.
  answerHandedOver.delete(this);
  failedStatus.delete(this);
  this.status = 'sending';
  const offline = (): void => waitForNetwork.call(this);
  if (this['answerSending']) {
    // The one-click answer goes first; offline, it waits for the network, and the citizen is told so.
    if (navigator.onLine === false) offline();
    await this['answerSending'];
  }
  let answer = this['answer'];
  if (answer && !answer.id) {
    // The server may have stored the answer although the form never got its receipt (a timeout, a
    // connection dropped after the write, retries that ran out after one attempt was stored): the
    // Ja/Nej carried in this message again would be a second record, and insights would count the
    // citizen's answer twice. Asked once more under its own key, a server that has it replays its
    // receipt, and the message links to it. One attempt, no retries: a replay is the least work a
    // server does, so one that does not answer it within `timeout` will not answer a retry after a
    // backoff either, and the citizen waits at most one `timeout` more than before (no backoff, no
    // Retry-After). Not answered, or not stored, it goes in this message as before: nothing is lost.
    if (navigator.onLine === false) offline();
    await sendAnswer.call(this, answer, senders, pii, 0);
    answer = this['answer'];
  }
  if (!this['busy']) return; // reset meanwhile
  const payload = payloadFor.call(this, senders);
  // The Ja/Nej goes in every mode's message (the form shows it there, see renderAnswer in
  // feedback-more.ts): the full form a badge opened after a "Nej" that failed carried none, and
  // the answer was lost.
  if (this.values.helped) payload.answers.helped = this.values.helped;
  if (answer?.id) {
    // Linked to the answer in every mode: the full form a badge opened after "Ja" or "Nej" (with
    // the comment carried into it) is the same citizen's story, not a second one.
    payload.answerTo = answer.id;
    // The answer is stored already: it goes again only when the citizen changed it.
    if (payload.answers.helped === answer.helped) delete payload.answers.helped;
    if (!Object.keys(payload.answers).length) {
      // Nothing to add to the stored answer: done, nothing is counted twice.
      if (!payload.principle) return void this.showSent(answer.receipt ?? answer.id);
      // But the promise the quick form shows beside it (renderPromise, feedback-more.ts): it goes
      // with the answer again, which the link counts once.
      payload.answers.helped = answer.helped;
    }
  } else {
    // An answer the server did not record goes in this message (`answers.helped`), never twice:
    // named by its key (`answerKey`, kept with the send for its retries and a reload), so a server
    // that stored it after all (the ask above stored it and its reply was lost) links the two.
    const carried = answer?.key ?? this['inFlight']?.answer;
    if (carried && payload.answers.helped) payload.answerKey = carried;
    this['answer'] = undefined;
  }
  const key = message.keyFor(payload, this['draftId']);
  this['inFlight'] = { key, fp: m.draftFingerprint(payload), answer: payload.answerKey };
  this['saveDraft']();
  const detail = { payload: forPage(pii, payload, this['t']('feedback.cpr.masked')), idempotencyKey: key };
  const result = await submit.call(this, senders, message, payload, key, detail, () => ({
    ...requestOptions.call(this),
    signal: (this['abort'] = new AbortController()).signal,
    onOffline: offline,
    onRetry: ({ delayMs }) => {
      const first = this.status !== 'retrying';
      this.status = 'retrying';
      this['retryInSeconds'] = Math.max(1, Math.round(delayMs / 1000));
      // The note above the questions is no live region: a screen reader hears the wait once, here.
      if (first) this['announcer'].announce(this['t']('feedback.retrying', { seconds: this['retryInSeconds'] }));
      // Counted down to "nu", so it stays true while the next try waits out its timeout; one count
      // a form (a try that failed before the last second of the wait before it starts its own).
      const tick = (): void => {
        if (this.status !== 'retrying' || !this['retryInSeconds']) return;
        this['retryInSeconds']--;
        this.requestUpdate();
        countdown.set(this, setTimeout(tick, 1000));
      };
      clearTimeout(countdown.get(this));
      countdown.set(this, setTimeout(tick, 1000));
    },
  }));
  // When a listener cancels it, the integrator sends it; they call showSent() or showFailed().
  if (!result) return;
  this['busy'] = false;
  if (result.ok) {
    void this.showSent(result.receipt);
  } else if (result.reason === 'aborted') {
    this.status = 'idle';
  } else if (result.reason === 'invalid' && result.errors.some((x) => controlOf(x.field))) {
    this.status = 'idle';
    // An error about no field the citizen can change ('answerTo', a server's own names) is left to
    // the fields it does name; with none, below, the form's failed notice says it for the whole form.
    const errors = result.errors.filter((x) => controlOf(x.field)).map((x) => ({ field: x.field, message: x.message }));
    this['errors'] = errors;
    fire<FeedbackErrorDetail>(this, 'klar-feedback-error', { reason: 'invalid', status: result.status, errors });
    await this.updateComplete;
    focusSummary.call(this);
  } else {
    // Refused content the form cannot point to is said as not sent, for the whole form (the first
    // question was marked "Fejl: Vi kunne ikke sende din besked", with no "Prøv igen"), and, as for
    // another 4xx, as a form not working: sent again, it is refused again.
    failedStatus.set(this, result.status);
    void this.showFailed(result.reason, result.status);
  }
}

/**
 * POSTs the one-click answer under its own key (`retries` times more at most, the form's by
 * default); remembers the id the server returns.
 */
export async function sendAnswer(this: KlarFeedbackForm, answer: QuickAnswer, senders: Senders, pii: PiiDetector, retries?: number): Promise<void> {
  // Nowhere to send it: said at once, as the send button says it.
  if (!this['safeAction']) return cannotSend.call(this);
  // Stored already: what is left to send is a change.
  if (answer.id) return sendAnswerChange.call(this, senders, pii);
  // Built once and kept with its key (and in the draft): asked for again (a lost receipt, a reload),
  // the server replays its receipt only for the same content under the key. Rebuilt, it took the
  // page's address and language of that moment: a single-page app that had navigated, or a switch
  // to English, made it other content (422), and the answer went in the message too, counted twice.
  // A quick answer whatever the form shows now: a badge may have opened the full form while the
  // sending code was on its way, and a full message of a Ja/Nej alone is refused (422), not stored.
  if (!answer.body) {
    answer.body = payloadFor.call(this, senders, { helped: answer.helped }, 'quick');
    this['saveDraft']();
  }
  const payload = answer.body;
  // `id` links a follow-up (answerTo), `receipt` is shown; the page's own `showSent(receipt)` gives one value, both.
  const stored = (receipt?: string, id = receipt): Promise<void> | void => {
    if (this['answer'] !== answer || !id) return; // reset meanwhile; no id: a message carries it
    this['answer'] = { ...answer, id, ...(receipt && receipt !== id ? { receipt } : {}) };
    this['saveDraft']();
    // Changed while it was on its way: the change goes after it.
    if (this.values.helped !== answer.helped) return sendAnswerChange.call(this, senders, pii);
    answerStored.call(this, receipt, answer.helped);
  };
  const detail = { payload: forPage(pii, payload, ''), idempotencyKey: answer.key };
  const options = (): RequestOptions => ({
    ...requestOptions.call(this, retries),
    // Offline it waits for the network: said beside the answer, and once to a screen reader (with
    // a message on its way, that message's offline note says it for both).
    onOffline: () => {
      if (this['busy']) return;
      answerOffline.add(this);
      this.requestUpdate();
      this['announcer'].announce(this['t']('feedback.answer-offline'));
    },
  });
  const result = await submit.call(this, senders, senders.answer, payload, answer.key, detail, options, stored);
  if (answerOffline.delete(this)) this.requestUpdate();
  if (!result || this['answer'] !== answer) return; // taken over, or reset meanwhile
  if (result.ok) return stored(result.receipt, result.id);
  if (!this['busy']) {
    // Not recorded, and no message on its way to carry it: the citizen is told (the notice is an
    // alert; focus stays where they are typing, as this may come many seconds after the click)
    // and "Prøv igen" sends it again under its key. A comment sent meanwhile carries it.
    const { status } = result;
    const reason = result.reason as FeedbackErrorDetail['reason']; // never 'aborted': an answer's send has no abort signal
    this.status = 'failed';
    fire<FeedbackErrorDetail>(this, 'klar-feedback-error', status === undefined ? { reason } : { reason, status });
  }
}

/**
 * Saves the Ja/Nej the citizen changed to, after their first was stored: a quick message with
 * the new answer alone, linked to the stored one (`answerTo`), so it is counted once, with the
 * answer given last. Under a key of its own (a different message), with the form's retries. Not
 * saved (offline, a server error), it stays the form's answer: the comment carries it, and the
 * form shows it without "Dit svar er gemt".
 */
async function sendAnswerChange(this: KlarFeedbackForm, senders: Senders, pii: PiiDetector): Promise<void> {
  const answer = this['answer'];
  const helped = this.values.helped;
  if (!answer?.id || !helped || answer.helped === helped || this['busy'] || this.status === 'sent') return;
  const payload = { ...payloadFor.call(this, senders, { helped }, 'quick'), answerTo: answer.id };
  const key = uuid();
  const stored = (receipt?: string): void => {
    // Reset, or sent with a message, meanwhile: nothing to add.
    const now = this['answer'];
    if (!now || now.id !== answer.id) return;
    this['answer'] = { ...now, helped };
    this['saveDraft']();
    answerStored.call(this, receipt, helped);
  };
  const result = await submit.call(this, senders, senders.answer, payload, key, { payload: forPage(pii, payload, ''), idempotencyKey: key }, () => requestOptions.call(this), stored);
  if (result?.ok) stored(result.receipt);
}

/**
 * A one-click answer, or the change to it, is stored: "Tak. Dit svar er gemt." (with a message on
 * its way the citizen hears how the message went, its thank-you page, as for a failure), and
 * `klar-feedback-answer` for the page's own counting. `klar-feedback-sent` stays the message's: a
 * page that shows its own thanks on it must not do so while the comment is still to come. A page
 * counting `onKlarFeedbackSent` counted none of the one-click answers.
 */
function answerStored(this: KlarFeedbackForm, receipt: string | undefined, helped: 'yes' | 'no'): void {
  if (!this['busy']) this['announcer'].announce(this['t']('feedback.answer-saved'));
  fire<FeedbackAnswerDetail>(this, 'klar-feedback-answer', receipt ? { receipt, helped } : { helped });
}
