import { BUILT_IN_SET, hasPrinciple } from '../core/principles/index.js';
import { phoneOf } from '../core/phone.js';
import { redactAddress, redactCpr, redactCprToFit } from '../core/pii.js';
import { VERSION } from '../core/version.js';
import { MAX_TEXT, MAX_WHERE, type FeedbackMode, type FeedbackPayload, type FeedbackValues, type PiiPolicy, type Rating } from './feedback-form.types.js';

export { MAX_TEXT, MAX_WHERE };

export interface PayloadOptions {
  mode: FeedbackMode;
  lang: string;
  /** The page's address (location.href). */
  href: string;
  keepQuery?: boolean;
  /** The `case-reference` the citizen may tick to attach in report mode. */
  caseReference?: string;
  /** The case the form is about (surrounding `<klar-case>` or `case-ref`) and its current step: always sent. */
  caseInfo?: { reference?: string; step?: string };
  pii: PiiPolicy;
  /** What a CPR-like number becomes in `redact` mode ("[CPR-nummer fjernet]"). */
  cprReplacement: string;
  /** Returns the text label of a rating, in the language shown. */
  ratingLabel: (r: Rating) => string;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * Returns the page address safe to send: origin and path only (query and fragment too with
 * `keepQuery`), without user name or password, and with e-mail addresses and CPR-like
 * numbers taken out in every case (they turn up in paths and query strings of real sites).
 */
export function sanitizePageUrl(href: string, keepQuery = false): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '';
  }
  url.username = '';
  url.password = '';
  if (!keepQuery) {
    url.search = '';
    url.hash = '';
  }
  let s = url.href;
  // Decode so "%40" and encoded separators are seen, clean, then keep it a valid URL.
  try {
    s = decodeURIComponent(s);
  } catch {
    /* keep it encoded */
  }
  s = redactAddress(s);
  try {
    return new URL(s).href.slice(0, 2048);
  } catch {
    return encodeURI(s).slice(0, 2048);
  }
}

function text(v: string | undefined, max: number, pii: PiiPolicy, replacement: string): string | undefined {
  const t = (v ?? '').trim();
  if (!t) return undefined;
  // Every policy keeps a CPR number out of what leaves the browser: `warn` differs from `redact`
  // only in what the citizen is told (the number is masked either way; `block` never sends).
  void pii;
  // The form refuses a text over `max` before it gets here; masking never takes it over (the short
  // label when the long one would), so nothing the citizen wrote is cut off.
  return redactCprToFit(t, replacement, max);
}

/** Builds the JSON body from what the citizen entered; only fields of the current mode are included. */
export function buildPayload(values: FeedbackValues, o: PayloadOptions): FeedbackPayload {
  const r = o.cprReplacement;
  const answers: FeedbackPayload['answers'] = {};
  if (o.mode === 'quick') {
    if (values.helped) answers.helped = values.helped;
    const c = text(values.comment, MAX_TEXT, o.pii, r);
    if (c) answers.comment = c;
  } else if (o.mode === 'full') {
    if (values.rating) answers.rating = { value: values.rating, label: o.ratingLabel(values.rating) };
    const w = text(values.worked, MAX_TEXT, o.pii, r);
    if (w) answers.worked = w;
    const i = text(values.improve, MAX_TEXT, o.pii, r);
    if (i) answers.improve = i;
  } else {
    const w = text(values.whatWentWrong, MAX_TEXT, o.pii, r);
    if (w) answers.whatWentWrong = w;
    const wh = text(values.where, MAX_WHERE, o.pii, r);
    if (wh) answers.where = wh;
  }
  const payload: FeedbackPayload = {
    mode: o.mode,
    answers,
    pageUrl: sanitizePageUrl(o.href, o.keepQuery),
    lang: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(o.lang) ? o.lang : 'da',
    version: VERSION,
    clientTimestamp: (o.now?.() ?? new Date()).toISOString(),
  };
  // A principle chosen in the full form goes with every message, also a quick comment: a reload
  // of a page whose form is quick restored the choice into the quick form, and its send dropped it.
  const set = values.principleSet || BUILT_IN_SET;
  if (hasPrinciple(set, values.principle)) {
    payload.principle = values.principle;
    payload.principleSet = set;
  }
  if (o.mode === 'report' && values.attachCase && o.caseReference?.trim()) {
    payload.caseReference = redactCpr(o.caseReference.trim(), r).slice(0, 200);
  }
  const caseRef = redactCpr(o.caseInfo?.reference?.trim() ?? '', '').trim().slice(0, 200);
  if (caseRef) payload.caseReference = caseRef;
  const step = redactCpr(o.caseInfo?.step?.trim() ?? '', '').trim().slice(0, 200);
  if (step) payload.step = step;
  if (o.mode !== 'quick' && values.wantsAnswer) {
    const contact: NonNullable<FeedbackPayload['contact']> = {};
    if (values.email?.trim()) contact.email = values.email.trim();
    if (values.phone?.trim()) contact.phone = phoneOf(values.phone);
    if (contact.email || contact.phone) {
      answers.wantsAnswer = true;
      payload.contact = contact;
    }
  }
  return payload;
}

/** The part of a payload that decides whether it is "the same content" (everything but the timestamp). */
export function contentFingerprint(p: FeedbackPayload): string {
  const { clientTimestamp: _t, ...rest } = p;
  return JSON.stringify(rest);
}
