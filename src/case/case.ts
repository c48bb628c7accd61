import { ContextProvider } from '@lit/context';
import { stateTokens } from '../core/state-tokens.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Case } from '../core/case-model.js';
import { CaseFetcher, DEFAULT_HEARTBEAT, DEFAULT_MAX_BYTES, type CaseParser } from './case-fetch.js';
import { FactClaims, caseContext, type CaseContextValue } from '../core/context.js';
import { contactLine, focusAfterRetry, hasContact, loadNotice, noticeClass, noticeKind, noticeRegion, type NoticeKind } from './case-notice.js';

/** Notices after which no copy of the case stays on screen, or that are said anyway (the page's set-up, a slow load, old data). */
const NO_SERVER_COPY = new Set<NoticeKind | 'stale'>(['not-found', 'unauthorized', 'forbidden', 'configuration', 'slow', 'stale']);
import type { RetryOptions } from '../core/http.js';
import { KlarLightElement, SSR_ATTR } from '../core/light-element.js';
import { noticeStyles } from '../core/notice.styles.js';
import { LocalizeController, mergeCatalogs } from '../core/localize.js';
import { headersConverter } from '../core/converters.js';
import { caseMessages } from '../translations/case.js';
import { coreMessages } from '../translations/core.js';
import { styles } from './case.styles.js';
import { drawKeepingPlace } from '../core/scroll-anchor.js';


/**
 * Fetches one case and shares it, with its loading state, with every klar element inside it,
 * so a status and a timeline on the same page make one request between them. It is the only
 * element in the library that fetches, polls and listens to a stream.
 *
 * It shows, once for all of them, the notices about fetching, each with one retry button:
 * a plain error when the first load fails ("Vi kan ikke finde sagen", "Du er blevet logget
 * ud" with a link to `login-url`, or "Prøv igen senere"), with the contact from
 * `contact-phone`, `contact-url` or the `contact` slot; and "Sidst opdateret kl. 14:32 — vi
 * kan ikke hente nye oplysninger lige nu" when a refresh fails (the last good case stays on
 * screen in the elements inside). No HTTP status code is ever shown: it goes to the
 * `klar-case-error` event and the console. Elements inside show their own loading placeholder,
 * and no error or stale notice of their own (the context value says `provided: true`).
 *
 * Guards the request: one deadline (`timeout`) covers headers and body; documents over
 * `max-bytes` are refused; with `headers` no redirect is followed, so a token never reaches
 * another origin; `src` and `events-src` must be http(s) URLs.
 *
 * Moved in the page (`insertBefore`, `append`, `moveBefore()`), it keeps its case and its open
 * stream: no request, no new stream. Taken out of the page, it aborts its requests and closes the
 * stream; put back later, it keeps the case it had and asks the server for news.
 *
 * Serves the principle "Sammenhæng": everyone on the page tells the citizen the same, current story.
 *
 * @tagname klar-case
 * @summary Fetches a case (klar JSON, Open311 or ZGW) and provides it to the elements inside.
 *
 * @slot - The elements that show the case, e.g. `<klar-case-status>` and `<klar-expectation-timeline>`.
 * @slot contact - How to reach the municipality, shown in the error notice (wins over `contact-phone` and `contact-url`). In the light DOM (the default) the element stays where you put it and is shown only while an error notice needs it: put it first inside `<klar-case>`, so it reads right after the notice.
 *
 * @csspart notice - The stale or error notice.
 * @csspart contact - The contact line in the error notice.
 * @csspart login - The "log in again" link.
 * @csspart retry - The retry button.
 * @csspart icon - The icon of its notices (decorative).
 *
 * @cssprop [--klar-case-notice-background] - Background of the notice (defaults to the warning or danger surface).
 *
 * @fires {CustomEvent<CaseLoadDetail>} klar-case-load - A case document was read (first load, refresh or server-sent event).
 * @fires {CustomEvent<CaseChangeDetail>} klar-case-change - The case differs from the one shown before (not on the first load, not on an identical refresh).
 * @fires {CustomEvent<CaseErrorDetail>} klar-case-error - A load failed after its retries. `reason`: not-found (404, 410), unauthorized (401, 403), http (another status), network, timeout, too-large, invalid-data or configuration (a bad src, an unknown format, a redirect refused because `headers` is set); `status` holds the HTTP status when there was one; `stale` says whether the last good case is still shown.
 */
export class KlarCase extends KlarLightElement {
  static override styles = [...KlarLightElement.styles, stateTokens, ...noticeStyles, styles];
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    src: {},
    format: {},
    refresh: { type: Number },
    credentials: {},
    headers: { converter: headersConverter },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    eventsSrc: { attribute: 'events-src' },
    heartbeat: { type: Number },
    contactPhone: { attribute: 'contact-phone' },
    contactUrl: { attribute: 'contact-url' },
    loginUrl: { attribute: 'login-url' },
    parser: { attribute: false },
    retry: { attribute: false },
    hasSlottedContact: { state: true },
  };

  #l10n = new LocalizeController(this, mergeCatalogs(coreMessages, caseMessages));
  #fetcher = new CaseFetcher(this, () => ({
    src: this.src,
    format: this.format,
    parser: this.parser,
    refresh: this.refresh,
    credentials: this.credentials,
    headers: this.headers,
    timeout: this.timeout,
    maxBytes: this.maxBytes,
    eventsSrc: this.eventsSrc,
    heartbeat: this.heartbeat,
    retry: this.retry,
  }));
  // Elements inside claim the facts they say (core/context.ts), so each is said once on the page.
  #claims = new FactClaims(() => this.requestUpdate());
  #provided?: { from: CaseContextValue; sayers: FactClaims['sayers'] };
  #provider = new ContextProvider(this, { context: caseContext, initialValue: this.#contextValue() });

  /** The URL of the case document: http or https, absolute or relative; anything else is refused. */
  src = '';

  /** The document's format: `klar` (default), `open311` (GeoReport v2) or `zgw` (ZGW Zaken API with `_expand`). */
  format = 'klar';

  /** Seconds between refreshes; 0 turns polling off. Paused while the page is hidden or offline. */
  refresh = 0;

  /** Whether cookies go with the request: `omit` (default: an embed sends no cookies unless asked), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';

  /**
   * Extra request headers, as a JSON object in the attribute or an object in the property.
   * While set, no redirect is followed (the headers must never reach another origin): point
   * `src` at the final URL, or a redirect ends in a `configuration` error.
   */
  headers?: Record<string, string>;

  /** Seconds before a request is given up, counting until the whole document has arrived. */
  timeout = 15;

  /** The largest case document read, in bytes (default 1 MB); a larger one ends in a `too-large` error without being downloaded. */
  maxBytes = DEFAULT_MAX_BYTES;

  /**
   * A Server-Sent Events URL (http or https). A message holding a JSON object is the new case
   * document; any other message, or a `changed` event, means "fetch again" (at most once a second).
   * Polling takes over while the stream fails or stays silent past `heartbeat`.
   */
  eventsSrc = '';

  /**
   * Seconds the event stream may stay silent before polling takes over (default 45). Send a
   * message or a `ping` event more often than this: comments (`: ping`) never reach the page.
   * Polling runs every `refresh` seconds, or every `heartbeat` seconds when `refresh` is 0.
   */
  heartbeat = DEFAULT_HEARTBEAT;

  /** A phone number citizens can call, shown in the error notice (the `contact` slot wins). */
  contactPhone = '';

  /** A page on how to contact the municipality, linked from the error notice (the `contact` slot wins). */
  contactUrl = '';

  /** Where to log in again; linked from the notice when the server says the citizen is logged out (401, 403). */
  loginUrl = '';

  /** Turns the fetched JSON into a Case yourself (may be async); wins over `format`. The result is checked by `toCase`. */
  parser?: CaseParser;

  /** Tunes retries: `retries`, `baseDelayMs`, `maxDelayMs`, `maxRetryAfterMs` (the longest Retry-After waited for, default 30 s; a longer one is the error at once), `random`. */
  retry?: RetryOptions;

  private hasSlottedContact = false;

  /** The last good case, if any. */
  get case(): Case | undefined {
    return this.#fetcher.value.case;
  }

  /** The load state: idle, loading, ready, error or stale. */
  get state(): CaseContextValue['state'] {
    return this.#fetcher.value.state;
  }

  /** Fetches the case again now. */
  reload(): void {
    this.#fetcher.reload();
  }

  /**
   * Takes in a move by `Element.moveBefore()`, which calls this instead of a disconnect and a
   * connect: the case, its requests and its stream stay (case-fetch.ts); the new place is taken
   * in as on a connect (the root its styles go into, a shadow root whose `lang` it follows).
   */
  connectedMoveCallback(): void {
    this.connectedCallback();
  }

  protected override update(changed: PropertyValues): void {
    const value = this.#contextValue();
    if (this.#provider.value !== value) this.#provider.setValue(value);
    // While the first answer is on its way the elements inside keep their reserved size
    // (src/core/placeholder.styles.ts), so the page does not jump when the case arrives.
    this.showLoading();
    // A notice that comes or goes above the screen moves nothing the citizen reads (core/scroll-anchor.ts).
    drawKeepingPlace(this, () => super.update(changed));
  }

  /** While the first answer is on its way (or about to be asked for). */
  protected override loadingOwn(): boolean {
    const { state } = this.#fetcher.value;
    return state === 'loading' || (state === 'idle' && !!this.src);
  }

  /** The fetcher's value with who says what; a new object only when either changed. */
  #contextValue(): CaseContextValue {
    const from = this.#fetcher.value;
    const sayers = this.#claims.sayers;
    if (this.#provided?.from === from && this.#provided.sayers === sayers) return this.#provider.value;
    this.#provided = { from, sayers };
    return { ...from, sayers, claim: this.#claims.claim };
  }


  #handleContactSlot = (e: Event): void => {
    this.hasSlottedContact = (e.target as HTMLSlotElement).assignedNodes().some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    focusAfterRetry(this, this.#fetcher.value);
  }

  override render(): TemplateResult {
    let value = this.#fetcher.value;
    let kind = noticeKind(value);
    // The server's render of the case (klar-elements/ssr) is still on screen and the first load
    // failed: it is the case as of the page's load, so it is said as such ("Sidst opdateret kl. …"),
    // not "Vi kan ikke vise din sag" above a case that is shown. Not found and logged out drop it.
    if (kind && !NO_SERVER_COPY.has(kind) && this.querySelector(`[${SSR_ATTR}]`)) {
      kind = 'stale';
      value = { ...value, updatedAt: value.updatedAt ?? performance.timeOrigin };
    }
    // In the light DOM nothing is projected: the author's `slot="contact"` child stays where it
    // is (shown by CSS while a notice needs it), and no fallback line is rendered beside it.
    const light = this.isLight;
    const authorContact = light ? this.authorChildren('contact').length > 0 : this.hasSlottedContact;
    const showContact = !!kind && kind !== 'stale' && kind !== 'unauthorized' && (authorContact || this.#hasContact());
    this.toggleAttribute('data-klar-contact', showContact && authorContact);
    // The notice sits in a live region that always exists, so the change is announced once.
    // The contact slot always exists too (hidden when not needed), so the author's content is never dropped.
    const contact = html`<p part="contact" class="klar-contact" ?hidden=${!showContact || (light && authorContact)}>
      ${light ? this.#renderContact() : html`<slot name="contact" @slotchange=${this.#handleContactSlot}>${this.#renderContact()}</slot>`}
    </p>`;
    const t = (key: string, params?: Record<string, string>): string => this.#l10n.t(key, params);
    const notice = html`<div part=${kind ? 'notice' : nothing} class=${kind ? `${noticeClass(kind)} klar-case-notice` : 'klar-quiet'}>
      ${kind ? loadNotice(this, t, value, kind, { loginUrl: this.loginUrl, contact, retry: true, l10n: this.#l10n }) : contact}
    </div>`;
    return html`${noticeRegion(this, kind, notice)} ${light ? nothing : html`<slot></slot>`}`;
  }

  #hasContact(): boolean {
    return hasContact(this.contactPhone, this.contactUrl);
  }

  /** The contact line from the attributes: a phone link and a contact page link, each only when valid. */
  #renderContact(): TemplateResult | typeof nothing {
    return contactLine((k) => this.#l10n.t(k), this.contactPhone, this.contactUrl);
  }
}
