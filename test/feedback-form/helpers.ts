import { fixture, html } from '@open-wc/testing';
import '../../src/klar-feedback-form.js';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { root } from '../helpers/root.js';

export { root };

// Captured before any test installs fake timers, so polling keeps working under a fake clock.
const realSetTimeout = window.setTimeout.bind(window);

let n = 0;
/** A test id unique to this page load, so server state never leaks between tests. */
export function testId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++n}`;
}

/** The action URL for `seq` (see test/helpers/routes/feedback.js). */
export function actionFor(t: string, seq = '201', extra = ''): string {
  return `/api/feedback?t=${t}&seq=${encodeURIComponent(seq)}${extra}`;
}

export interface Records {
  count: number;
  records: { key: string; body: Record<string, unknown>; receipt: string; id: string; digits: string }[];
  attempts: { key: string; behaviour: string; referer: string; cookie: string; url: string }[];
  /** One-click answers (quick mode), kept apart from the messages. */
  answers: {
    count: number;
    /** `id` is the link token with &reply=ids, `digits` the ten-digit id with &reply=digits. */
    records: { key: string; body: Record<string, unknown>; receipt: string; id: string; digits: string }[];
    attempts: { key: string; behaviour: string; referer: string; cookie: string; url: string }[];
  };
}

/** Asks the test server what it stored for test id `t`. */
export async function records(t: string): Promise<Records> {
  const res = await fetch(`/api/feedback/records?t=${t}`);
  return res.json();
}

/** Waits `ms` of real time (also under a fake clock). */
export function realWait(ms: number): Promise<void> {
  return new Promise((r) => realSetTimeout(r, ms));
}

/** Creates a form. */
export async function makeForm(opts: { t?: string; seq?: string; mode?: string; id?: string; extra?: string; attrs?: Record<string, string> } = {}): Promise<KlarFeedbackForm> {
  const t = opts.t ?? testId();
  const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form
    id=${opts.id ?? `form-${t}`}
    mode=${opts.mode ?? 'quick'}
    action=${actionFor(t, opts.seq ?? '201', opts.extra ?? '')}
    min-time="0"
    retry-delay="10"
  ></klar-feedback-form>`);
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}


/**
 * The prefix of every id the form writes (`klar-ff-3-`): read from the honeypot field, which every
 * form renders. `#f-comment` in a selector here means the form's own `#klar-ff-3-f-comment`.
 */
export function idPrefix(el: KlarFeedbackForm): string {
  const id = root(el).querySelector('input[name=website]')?.id ?? '';
  return id.slice(0, -'f-website'.length);
}

/** `sel` with every `#id` made the form's own id. */
export function own(el: KlarFeedbackForm, sel: string): string {
  const p = idPrefix(el);
  // An id that already is one (`#klar-ff-3-…`, read from the page) stays; `[for=x]` is made own too.
  return sel.replace(/(#|\[for=)(?!klar-)([A-Za-z][\w-]*)/g, (_, how: string, id: string) => `${how}${p}${id}`);
}

/** The form's own id `id` without its prefix (for comparing `aria-describedby`, `for`, `href`). */
export function bare(el: KlarFeedbackForm, ids: string | null | undefined): string | null {
  if (ids == null) return null;
  const p = idPrefix(el);
  return ids
    .split(' ')
    .map((id) => (id.startsWith('#' + p) ? '#' + id.slice(p.length + 1) : id.startsWith(p) ? id.slice(p.length) : id))
    .join(' ');
}

export function $(el: KlarFeedbackForm, sel: string): HTMLElement {
  const found = maybe(el, sel);
  if (!found) throw new Error(`No ${sel} in the form`);
  return found;
}

export function maybe(el: KlarFeedbackForm, sel: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(own(el, sel));
}

/** Types `text` into a field as a person would (sets the value, fires input). */
export async function type(el: KlarFeedbackForm, sel: string, text: string): Promise<void> {
  const f = $(el, sel) as HTMLInputElement | HTMLTextAreaElement;
  f.focus();
  f.value = text;
  f.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await el.updateComplete;
}

export async function click(el: KlarFeedbackForm, sel: string): Promise<void> {
  $(el, sel).click();
  await el.updateComplete;
}

/** The element focused inside the form (its light DOM, or its shadow root with `render-mode="shadow"`). */
export function focused(el: KlarFeedbackForm): Element | null {
  // Light DOM: the document's focus, or the shadow root's the form sits in.
  const active = (el.shadowRoot ?? (el.getRootNode() as Document | ShadowRoot)).activeElement;
  return active && root(el).contains(active) ? active : null;
}

/** Answers the quick question and writes a comment. */
export async function fillQuick(el: KlarFeedbackForm, comment = 'Siden var god'): Promise<void> {
  await click(el, '#f-helped-yes');
  await type(el, '#f-comment', comment);
}

export async function send(el: KlarFeedbackForm): Promise<void> {
  await click(el, 'button[type=submit]');
}

/** The id, without the form's prefix, of the element focused inside the form. */
export function focusedId(el: KlarFeedbackForm): string | null {
  return bare(el, focused(el)?.id);
}

/** What describes the form's field `#id` (its own id without the prefix), as its aria-describedby composes it, spaces collapsed. */
export function describedAs(el: KlarFeedbackForm, id: string): string {
  return ($(el, `#${id}`).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((ref) => $(el, `#${ref}`).textContent!.replace(/\s+/g, ' ').trim())
    .join(' ');
}
