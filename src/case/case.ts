import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Case } from '../core/case-model.js';
import { CaseFetchController, type CaseParser } from '../core/case-fetch.js';
import { caseContext, ensureContextRoot, type CaseContextValue } from '../core/context.js';
import type { RetryOptions } from '../core/http.js';
import { icon } from '../core/icons.js';
import { KlarElement } from '../core/klar-element.js';
import { LocalizeController, mergeCatalogs } from '../core/localize.js';
import { caseMessages } from '../translations/case.js';
import { coreMessages } from '../translations/core.js';
import { styles } from './case.styles.js';

/** Reads the `headers` attribute: a JSON object of header names and values. */
const headersConverter = {
  fromAttribute(value: string | null): Record<string, string> | undefined {
    if (!value) return undefined;
    try {
      const o = JSON.parse(value) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o)) {
        return Object.fromEntries(Object.entries(o as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      }
    } catch {
      /* reported below */
    }
    console.warn('klar-elements: <klar-case headers> must be a JSON object, e.g. {"Authorization":"Bearer …"}; ignored.');
    return undefined;
  },
};

/**
 * Fetches one case and shares it, with its loading state, with every klar element inside it,
 * so a status and a timeline on the same page make one request between them.
 *
 * It shows, once for all of them, the notices about fetching: a plain error with a retry
 * button when the first load fails, and "Sidst opdateret kl. 14:32 — vi kan ikke hente nye
 * oplysninger lige nu" with a retry button when a refresh fails (the last good case stays on
 * screen in the elements inside). Elements inside show their own loading placeholder.
 *
 * Serves the principle "Sammenhæng": everyone on the page tells the citizen the same, current story.
 *
 * @tagname klar-case
 * @summary Fetches a case (klar JSON, Open311 or ZGW) and provides it to the elements inside.
 *
 * @slot - The elements that show the case, e.g. `<klar-case-status>` and `<klar-expectation-timeline>`.
 *
 * @csspart notice - The stale or error notice.
 * @csspart retry - The retry button.
 *
 * @cssprop [--klar-case-notice-background] - Background of the notice (defaults to the warning or danger surface).
 *
 * @fires {CustomEvent<CaseLoadDetail>} klar-case-load - A case document was read (first load, refresh or server-sent event).
 * @fires {CustomEvent<CaseChangeDetail>} klar-case-change - The case differs from the one shown before (not on the first load, not on an identical refresh).
 * @fires {CustomEvent<CaseErrorDetail>} klar-case-error - A load failed after its retries; `reason` is network, timeout, http, invalid-data or configuration.
 */
export class KlarCase extends KlarElement {
  static override styles = [...KlarElement.styles, styles];

  private l10n = new LocalizeController(this, mergeCatalogs(coreMessages, caseMessages));
  private fetcher = new CaseFetchController(this, () => ({
    src: this.src,
    format: this.format,
    parser: this.parser,
    refresh: this.refresh,
    credentials: this.credentials,
    headers: this.headers,
    timeout: this.timeout,
    eventsSrc: this.eventsSrc,
    retry: this.retry,
  }));
  private provider = new ContextProvider(this, { context: caseContext, initialValue: this.fetcher.value });

  /** The URL of the case document. */
  @property() src = '';

  /** The document's format: `klar` (default), `open311` (GeoReport v2) or `zgw` (ZGW Zaken API with `_expand`). */
  @property() format = 'klar';

  /** Seconds between refreshes; 0 turns polling off. Paused while the page is hidden or offline. */
  @property({ type: Number }) refresh = 0;

  /** Whether cookies go with the request: `omit` (default: an embed sends no cookies unless asked), `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Extra request headers, as a JSON object in the attribute or an object in the property. */
  @property({ converter: headersConverter }) headers?: Record<string, string>;

  /** Seconds before a request is given up. */
  @property({ type: Number }) timeout = 15;

  /** A Server-Sent Events URL; each message is the new case document or a hint to fetch again. Polling takes over when it fails. */
  @property({ attribute: 'events-src' }) eventsSrc = '';

  /** Turns the fetched JSON into a Case yourself; wins over `format`. */
  @property({ attribute: false }) parser?: CaseParser;

  /** Tunes retries: `retries`, `baseDelayMs`, `maxDelayMs`, `maxRetryAfterMs`, `random`. */
  @property({ attribute: false }) retry?: RetryOptions;

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The last good case, if any. */
  get case(): Case | undefined {
    return this.fetcher.value.case;
  }

  /** The load state: idle, loading, ready, error or stale. */
  get state(): CaseContextValue['state'] {
    return this.fetcher.value.state;
  }

  /** Fetches the case again now. */
  reload(): void {
    this.fetcher.reload();
  }

  protected override update(changed: PropertyValues): void {
    if (this.provider.value !== this.fetcher.value) this.provider.setValue(this.fetcher.value);
    super.update(changed);
  }

  private handleRetry = (): void => {
    this.fetcher.reload();
  };

  override render(): TemplateResult {
    // The notice sits in a live region that always exists, so the change is announced once.
    return html`<div role="status" aria-live="polite">${this.renderNotice()}</div>
      <slot></slot>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const { state, error, updatedAt } = this.fetcher.value;
    if (state === 'stale' && updatedAt) {
      return html`<div part="notice" class="notice stale">
        ${icon('warning')}
        <p class="text">${this.l10n.t('stale', { time: this.l10n.time(new Date(updatedAt)) })}</p>
        <button type="button" part="retry" @click=${this.handleRetry}>${icon('refresh')}${this.l10n.t('retry')}</button>
      </div>`;
    }
    if (state === 'error') {
      const reason = error?.reason ?? 'network';
      const text = this.l10n.t(`error.${reason}`, { status: error?.status ?? '' }) || this.l10n.t('case.error.unknown');
      return html`<div part="notice" class="notice error">
        ${icon('error')}
        <p class="text"><strong>${this.l10n.t('error.title')}</strong> ${text}</p>
        <button type="button" part="retry" @click=${this.handleRetry}>${icon('refresh')}${this.l10n.t('retry')}</button>
      </div>`;
    }
    return nothing;
  }
}
