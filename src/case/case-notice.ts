import { html, nothing, type TemplateResult } from 'lit';
import type { CaseContextValue, CaseErrorReason } from '../core/context.js';
import { icon } from '../core/icons.js';
import { safeHttpUrl, telHref } from '../core/safe-url.js';

/**
 * What the fetching elements (<klar-case>, <klar-case-list>) tell the citizen when a load fails:
 * one kind of notice per reason, each with a plain title and text in the catalogs
 * (`case.error.<kind>`), never an HTTP status code; and the contact line from
 * `contact-phone` / `contact-url`.
 */
export type NoticeKind = 'not-found' | 'unauthorized' | 'forbidden' | 'unavailable' | 'timeout' | 'network' | 'unreadable' | 'configuration' | 'slow';

const NOTICE_FOR: Record<CaseErrorReason, NoticeKind> = {
  'not-found': 'not-found',
  unauthorized: 'unauthorized',
  http: 'unavailable',
  timeout: 'timeout',
  network: 'network',
  'too-large': 'unreadable',
  'invalid-data': 'unreadable',
  configuration: 'configuration',
};

/** What to tell the citizen, if anything: the stale notice, a first load that takes long (`slow`), or the kind of error. */
export function noticeKind(value: CaseContextValue): NoticeKind | 'stale' | undefined {
  const { state, error, updatedAt } = value;
  if (state === 'stale' && updatedAt) return 'stale';
  if (state === 'loading' && value.slow) return 'slow';
  // No answer while the browser is online is the system's (down, or set up without CORS), not the
  // citizen's internet: "Tjek dit internet" sent citizens whose internet worked to check it
  // (integrator review, stop 54). Said so only when the browser is offline.
  const reason = error?.reason ?? 'network';
  // A 403 is a login without access to this case, not one that ended: "Log ind igen" alone went round in a loop.
  if (state === 'error') return reason === 'network' && globalThis.navigator?.onLine ? 'timeout' : error?.status === 403 ? 'forbidden' : (NOTICE_FOR[reason] ?? 'unavailable');
  return undefined;
}

/** Whether `contact-phone` or `contact-url` gives a usable contact. */
export function hasContact(phone: string, url: string): boolean {
  return !!(telHref(phone) || safeHttpUrl(url));
}

/** The contact line from the attributes: a phone link and a contact page link, each only when valid. */
export function contactLine(t: (key: string) => string, phone: string, url: string): TemplateResult | typeof nothing {
  const tel = telHref(phone);
  const page = safeHttpUrl(url);
  if (!tel && !page) return nothing;
  return html`${tel ? html`${t('case.contact.phone')} <a href=${tel} translate="no">${phone.trim()}</a>.` : nothing}
    ${page ? html`<a href=${page}>${t('case.contact.url')}</a>` : nothing}`;
}

/** What differs between the fetching elements' notices: what each shows beside the words. */
export interface NoticeOptions {
  /** `login-url`: offered when the citizen was logged out. */
  loginUrl: string;
  /** The contact line, as the element shows it (the case keeps an author's slotted contact), or nothing. */
  contact: TemplateResult | typeof nothing;
  /** Whether "Prøv igen" is offered (not for a page's set-up, nor for data the page set by script). */
  retry: boolean;
  /** The element's dates and clock times, in its language and time zone. */
  l10n: { date(d: Date): string; time(d: Date): string; dateTime(d: Date): string };
}

/** The notice's classes: a slow load is said plainly, old data as a warning, an error as one. */
export const noticeClass = (kind: NoticeKind | 'stale'): string => `klar-notice${kind === 'slow' ? '' : kind === 'stale' ? ' klar-warning' : ' klar-danger'}`;

/**
 * The one renderer of a load notice for <klar-case> and <klar-case-list>: its icon and plain
 * words (`case.*` keys; the list's `t` says them of its cases), the way back in when the citizen
 * was logged out, the contact line and "Prøv igen". The element wraps it in its live region.
 */
export function loadNotice(host: Element, t: (key: string, params?: Record<string, string>) => string, value: CaseContextValue, kind: NoticeKind | 'stale', o: NoticeOptions): TemplateResult {
  if (kind === 'slow') return html`${icon('clock')}<p class="klar-text">${t('case.slow')}</p>${o.contact}`;
  // Logged out during a refresh: the old data stays, and the way back in is offered too.
  const login = kind === 'unauthorized' || kind === 'forbidden' || (kind === 'stale' && value.error?.reason === 'unauthorized') ? safeHttpUrl(o.loginUrl) : undefined;
  const loginLine = login ? html`<p class="klar-login"><a part="login" href=${login}>${t('case.login')}</a></p>` : nothing;
  const retry = o.retry && kind !== 'configuration' ? retryButton(host, t, value) : nothing;
  if (kind === 'stale') {
    const at = new Date(value.updatedAt ?? Date.now());
    // In a tab left open overnight, "kl. 14:32" alone reads as today's.
    const today = o.l10n.date(at) === o.l10n.date(new Date());
    // Why, when the login is the reason: "Log ind igen" alone did not say the login had ended.
    const why = value.error?.reason === 'unauthorized' ? ` ${t(`case.error.${value.error.status === 403 ? 'forbidden' : 'unauthorized'}.title`)}.` : '';
    return html`${icon('warning')}<p class="klar-text">${t(today ? 'stale' : 'stale.day', { time: today ? o.l10n.time(at) : o.l10n.dateTime(at) })}${why}</p>${loginLine}${retry}`;
  }
  return html`${icon('error')}<p class="klar-text"><strong>${t(`case.error.${kind}.title`)}</strong> ${t(`case.error.${kind}`)}</p>${loginLine}${o.contact}${retry}`;
}

/** Hosts whose "Prøv igen" the citizen pressed, until that retry has ended. */
const pressed = new WeakSet<Element>();

/** Within this time, another element's notice is taken for the same outage (their retries end within seconds). */
const ONE_OUTAGE_MS = 15_000;
/** The notice announced last: which element, when, and whether it said a slow load. */
let last: { host: Element; at: number; slow: boolean } | undefined;
/** Each element's notice as decided: its kind, and whether it is heard (in the live region) or only shown. */
const decided = new WeakMap<Element, [string, boolean]>();

/**
 * Whether the element's notice is announced. The case and the list on one page read the same
 * system, so one outage fails both: the first notice is heard, another element's of the same sort
 * (within seconds, or while the first is still shown) is shown but kept out of the live region (a
 * screen reader user heard that news already). Decided once per notice; one the citizen asked for
 * with "Prøv igen" is heard.
 */
function isHeard(host: Element, kind?: string): boolean {
  const had = decided.get(host);
  if (!kind) decided.delete(host);
  else if (had?.[0] !== kind || (!had[1] && pressed.has(host))) {
    const slow = kind === 'slow';
    // One outage: within seconds of the last notice heard, or for as long as that element still shows
    // it (the case and the list refresh a minute apart, and a screen reader heard the news twice).
    const heard = pressed.has(host) || !last || last.host === host || last.slow !== slow || !last.host.isConnected || (Date.now() - last.at > ONE_OUTAGE_MS && decided.get(last.host)?.[0] !== kind);
    decided.set(host, [kind, heard]);
    if (heard) last = { host, at: Date.now(), slow };
    return heard;
  }
  return !kind || had![1];
}

/**
 * The live region of a fetching element's notice, which always exists (so a change is announced
 * once), with the notice in it, or after it when another element announced the same outage.
 */
export function noticeRegion(host: Element, kind: NoticeKind | 'stale' | undefined, content: TemplateResult | typeof nothing): TemplateResult {
  const heard = isHeard(host, kind);
  return html`<div role="status" aria-live="polite">${heard ? content : nothing}</div>${heard ? nothing : content}`;
}

/**
 * The "Prøv igen" button of a load notice. While the retry the citizen asked for is on its way it
 * says "Prøver igen …" and is `aria-disabled` (focus stays on it; pressing again does nothing), so
 * a press is never met with silence, however long the system takes.
 */
export function retryButton(host: Element, t: (key: string) => string, value: CaseContextValue): TemplateResult {
  const busy = !!value.retrying;
  const press = (): void => {
    if (busy) return;
    pressed.add(host);
    value.retry?.();
  };
  return html`<button type="button" class="klar-primary" part="retry" aria-disabled=${busy ? 'true' : nothing} @click=${press}>${icon('refresh')}${t(busy ? 'case.retrying' : 'retry')}</button>`;
}

/**
 * Call after each update. When a retry the citizen pressed brought the case, the button went with
 * the notice: focus moves to the first heading of what came instead (or the host), never left on
 * `<body>`. A retry that failed again keeps the button, and focus on it; focus the citizen moved
 * elsewhere meanwhile is left alone.
 */
export function focusAfterRetry(host: HTMLElement, value: CaseContextValue): void {
  if (!pressed.has(host) || value.retrying) return;
  pressed.delete(host);
  if (value.error) return;
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target = (host.shadowRoot ?? host).querySelector<HTMLElement>('h1,h2,h3,h4,h5,h6') ?? host;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  });
}
