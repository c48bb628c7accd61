import { fixture, html } from '@open-wc/testing';
import '../../src/klar-feedback-form.js';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';

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
  records: { key: string; body: Record<string, unknown> }[];
  attempts: { key: string; behaviour: string; referer: string; cookie: string; url: string }[];
  /** One-click answers (quick mode), kept apart from the messages. */
  answers: {
    count: number;
    records: { key: string; body: Record<string, unknown>; receipt: string }[];
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

export function $(el: KlarFeedbackForm, sel: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`No ${sel} in the shadow root`);
  return found;
}

export function maybe(el: KlarFeedbackForm, sel: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(sel);
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

/** The element focused inside the form's shadow root. */
export function focused(el: KlarFeedbackForm): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Answers the quick question and writes a comment. */
export async function fillQuick(el: KlarFeedbackForm, comment = 'Siden var god'): Promise<void> {
  await click(el, '#f-helped-yes');
  await type(el, '#f-comment', comment);
}

export async function send(el: KlarFeedbackForm): Promise<void> {
  await click(el, 'button[type=submit]');
}
