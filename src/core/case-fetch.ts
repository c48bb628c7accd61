import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Case } from './case-model.js';
import type { CaseContextValue, CaseErrorReason } from './context.js';
import { HttpError, fetchWithRetry, type RetryOptions } from './http.js';
import { CaseDataError, parseCase } from './parse-case.js';

/**
 * CaseFetchController: fetches one case from `src`, keeps it fresh and tells its host.
 * Used by <klar-case>; any element with its own `src` (e.g. a timeline) can reuse it.
 *
 * ```ts
 * private fetcher = new CaseFetchController(this, () => ({ src: this.src, format: this.format, refresh: this.refresh }));
 * render() { const { state, case: c, error } = this.fetcher.value; … }
 * ```
 *
 * What it does for you:
 * - a timeout per request, `credentials` and extra `headers`;
 * - retries network errors, timeouts, 5xx, 408 and 429 with capped exponential backoff and
 *   jitter, honouring Retry-After (core/http fetchWithRetry); never retries other 4xx;
 * - polls every `refresh` seconds with If-None-Match (a 304 keeps the case), paused while
 *   the page is hidden or the browser offline, catching up at once on return;
 * - listens to `eventsSrc` (Server-Sent Events) while it is open and polls while it is not;
 * - numbers every request, so a response that arrives after a newer one is dropped;
 * - aborts its requests, timers and event stream when the host is disconnected.
 *
 * It dispatches `klar-case-load`, `klar-case-change` and `klar-case-error` on the host
 * (bubbling, composed) and calls `host.requestUpdate()` whenever `value` changes.
 */

/** Formats `<klar-case format>` understands out of the box. */
export const CASE_FORMATS = ['klar', 'open311', 'zgw'] as const;
export type CaseFormat = (typeof CASE_FORMATS)[number];

/** Turns a fetched JSON document into a Case; throws CaseDataError when it cannot. */
export type CaseParser = (json: unknown) => Case;

export interface CaseFetchConfig {
  /** The URL of the case document. Nothing is fetched while it is empty. */
  src?: string;
  /** The document's format; the Open311 and ZGW adapters are loaded only when asked for. */
  format?: string;
  /** A parser of your own; wins over `format`. */
  parser?: CaseParser;
  /** Seconds between refreshes; 0 or less: no polling. */
  refresh?: number;
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
  /** Seconds before a request is given up (default 15). */
  timeout?: number;
  /** A Server-Sent Events URL that says when the case changed. */
  eventsSrc?: string;
  /** Retry tuning: retries, baseDelayMs, maxDelayMs, maxRetryAfterMs, random. */
  retry?: RetryOptions;
}

export interface CaseLoadDetail {
  readonly case: Case;
  /** Where the document came from: a response to a request, or a server-sent event. */
  readonly source: 'fetch' | 'event';
}
export interface CaseChangeDetail {
  readonly case: Case;
  readonly previous: Case;
}
export interface CaseErrorDetail {
  readonly reason: CaseErrorReason;
  readonly message: string;
  readonly status?: number;
  /** True when the last good case is still shown. */
  readonly stale: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** JSON with object keys sorted, so two equal cases compare equal whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}

/** Finds the parser for a format, loading an adapter module only when it is used. */
export async function parserFor(format: string | undefined): Promise<CaseParser | undefined> {
  switch ((format ?? 'klar').trim().toLowerCase() || 'klar') {
    case 'klar':
      return parseCase;
    case 'open311':
      return (await import('../adapters/open311.js')).fromOpen311;
    case 'zgw':
      return (await import('../adapters/zgw.js')).fromZgw;
    default:
      return undefined;
  }
}

/** Reads a response body as a case document: text, BOM stripped, never HTML, valid JSON. */
export function readJson(text: string, contentType: string | null): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(contentType ?? '') || body.startsWith('<')) {
    throw new CaseDataError(['(root): the server sent a web page, not JSON']);
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new CaseDataError(['(root): not valid JSON']);
  }
}

export class CaseFetchController implements ReactiveController {
  /** What the host shows: the last good case, the load state and the last error. */
  value: CaseContextValue = { state: 'idle' };

  private readonly host: Host;
  private readonly config: () => CaseFetchConfig;
  private key = '';
  private refreshMs = 0;
  private seq = 0;
  private appliedSeq = 0;
  private inFlight = new Map<number, AbortController>();
  private etag: string | undefined;
  private json: string | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAttemptAt = 0;
  private source: EventSource | undefined;
  private sseOpen = false;
  private connected = false;
  private warned = '';
  private resuming = false;

  constructor(host: Host, config: () => CaseFetchConfig) {
    this.host = host;
    this.config = config;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.handleWake);
    window.addEventListener('online', this.handleWake);
    // Start on the next update, when the host's properties are set.
    this.resuming = true;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.connected) return;
    const c = this.config();
    const key = stableJson([c.src ?? '', c.format ?? '', c.credentials ?? '', c.headers ?? {}, c.eventsSrc ?? '', c.timeout ?? 0]);
    const refreshMs = Math.max(0, Number(c.refresh) || 0) * 1000;
    const resuming = this.resuming;
    this.resuming = false;
    if (key !== this.key) {
      this.key = key;
      this.refreshMs = refreshMs;
      this.restart();
    } else if (resuming) {
      // Moved in the page (disconnected and connected again): keep the case, check for news.
      this.refreshMs = refreshMs;
      this.openEvents();
      void this.load();
    } else if (refreshMs !== this.refreshMs) {
      this.refreshMs = refreshMs;
      this.schedule();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.handleWake);
    window.removeEventListener('online', this.handleWake);
    this.stop();
  }

  /** Fetches again now, e.g. from a retry button. A slower request still on its way is dropped. */
  reload = (): void => {
    void this.load();
  };

  private handleWake = (): void => {
    if (!this.connected || !this.isAwake()) return;
    // Catch up at once when a refresh fell due while we slept; else keep the rhythm.
    this.schedule(Date.now() - this.lastAttemptAt >= this.refreshMs);
  };

  private isAwake(): boolean {
    return document.visibilityState !== 'hidden' && navigator.onLine !== false;
  }

  private stop(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    for (const ctrl of this.inFlight.values()) ctrl.abort();
    this.inFlight.clear();
    this.source?.close();
    this.source = undefined;
    this.sseOpen = false;
  }

  private restart(): void {
    this.stop();
    this.etag = undefined;
    this.json = undefined;
    const c = this.config();
    if (!c.src) {
      this.set({ state: 'idle' });
      return;
    }
    this.set({ state: 'loading' });
    this.openEvents();
    void this.load();
  }

  private set(v: Omit<CaseContextValue, 'retry'>): void {
    this.value = { ...v, retry: this.reload };
    this.host.requestUpdate();
  }

  /** Plans the next poll (or runs it now), unless the event stream keeps us fresh. */
  private schedule(now = false): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    if (!this.connected || !this.refreshMs || this.sseOpen || !this.config().src) return;
    if (!this.isAwake()) return; // handleWake picks it up again
    const wait = now ? 0 : Math.max(0, this.refreshMs - (Date.now() - this.lastAttemptAt));
    if (wait === 0) {
      void this.load();
      return;
    }
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      if (this.isAwake()) void this.load();
    }, wait);
  }

  private fire<T>(name: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private async load(): Promise<void> {
    const c = this.config();
    if (!c.src) return;
    const seq = ++this.seq;
    const ctrl = new AbortController();
    this.inFlight.set(seq, ctrl);
    clearTimeout(this.pollTimer);
    this.lastAttemptAt = Date.now();
    const hadCase = !!this.value.case;
    try {
      const parser = c.parser ?? (await parserFor(c.format));
      if (!parser) throw new FetchProblem('configuration', `Unknown format "${c.format}"; use klar, open311 or zgw, or set a parser.`);
      const headers: Record<string, string> = { Accept: 'application/json', ...(c.headers ?? {}) };
      if (this.etag && hadCase) headers['If-None-Match'] = this.etag;
      const res = await fetchWithRetry(
        c.src,
        { headers, credentials: c.credentials ?? 'omit', cache: 'no-store' },
        { timeoutMs: (c.timeout && c.timeout > 0 ? c.timeout : 15) * 1000, signal: ctrl.signal, retries: 3, ...(c.retry ?? {}) },
      );
      if (res.status === 304) {
        if (seq < this.appliedSeq) return;
        if (!this.value.case) throw new CaseDataError(['(root): 304 Not Modified without a case to keep']);
        this.applied(seq);
        this.set({ ...this.value, state: 'ready', error: undefined, updatedAt: Date.now() });
        return;
      }
      const text = await res.text();
      if (seq < this.appliedSeq) return;
      const data = readJson(text, res.headers.get('Content-Type'));
      const etag = res.headers.get('ETag') ?? undefined;
      this.accept(seq, parser(data), 'fetch');
      this.etag = etag;
    } catch (e) {
      if (ctrl.signal.aborted || seq < this.appliedSeq || !this.connected) return;
      if (e instanceof HttpError && e.reason === 'aborted') return;
      this.applied(seq);
      this.fail(e);
    } finally {
      this.inFlight.delete(seq);
      if (seq === this.seq) this.schedule();
    }
  }

  /** Marks `seq` as shown and aborts older requests still on their way. */
  private applied(seq: number): void {
    this.appliedSeq = seq;
    for (const [s, ctrl] of this.inFlight) {
      if (s < seq) {
        ctrl.abort();
        this.inFlight.delete(s);
      }
    }
  }

  private accept(seq: number, next: Case, source: 'fetch' | 'event'): void {
    this.applied(seq);
    const previous = this.value.case;
    const json = stableJson(next);
    const changed = previous !== undefined && json !== this.json;
    const shown = changed || !previous ? next : previous;
    this.json = json;
    const problems = next.warnings.join('; ');
    if (problems && problems !== this.warned) console.warn(`klar-elements: case data had problems: ${problems}`);
    this.warned = problems || this.warned;
    this.set({ case: shown, state: 'ready', updatedAt: Date.now() });
    this.fire<CaseLoadDetail>('klar-case-load', { case: shown, source });
    if (changed && previous) this.fire<CaseChangeDetail>('klar-case-change', { case: next, previous });
  }

  private fail(e: unknown): void {
    let reason: CaseErrorReason = 'network';
    let message = 'Network error';
    let status: number | undefined;
    if (e instanceof FetchProblem) {
      reason = e.reason;
      message = e.message;
    } else if (e instanceof HttpError) {
      reason = e.reason === 'timeout' ? 'timeout' : e.reason === 'http' ? 'http' : 'network';
      message = e.message;
      status = e.status;
    } else if (e instanceof CaseDataError) {
      reason = 'invalid-data';
      message = e.message;
    } else if (e instanceof Error) {
      reason = e.name === 'TypeError' ? 'network' : 'invalid-data';
      message = e.message;
    }
    const error = status === undefined ? { reason, message } : { reason, message, status };
    const stale = !!this.value.case;
    this.set({ ...this.value, state: stale ? 'stale' : 'error', error });
    // Warn once per distinct problem: a failing poll every minute must not flood the console.
    if (reason !== 'network' && reason !== 'timeout' && message !== this.warned) {
      console.warn(`klar-elements: could not load the case from ${(this.config().src ?? '').slice(0, 120)}: ${message}`);
      this.warned = message;
    }
    this.fire<CaseErrorDetail>('klar-case-error', status === undefined ? { reason, message, stale } : { reason, message, status, stale });
  }

  private openEvents(): void {
    const c = this.config();
    if (!c.eventsSrc || typeof EventSource === 'undefined') return;
    const es = new EventSource(c.eventsSrc, { withCredentials: c.credentials === 'include' });
    this.source = es;
    es.onopen = () => {
      this.sseOpen = true;
      clearTimeout(this.pollTimer);
    };
    es.onerror = () => {
      // Reconnecting (CONNECTING) or given up (CLOSED): poll meanwhile.
      this.sseOpen = false;
      if (es.readyState === EventSource.CLOSED && this.source === es) this.source = undefined;
      this.schedule(Date.now() - this.lastAttemptAt >= this.refreshMs);
    };
    es.onmessage = (ev: MessageEvent<string>) => void this.handleEvent(ev.data);
    es.addEventListener('changed', () => void this.load());
  }

  /** A message with a JSON object is the new case document; anything else means "fetch again". */
  private async handleEvent(data: string): Promise<void> {
    const c = this.config();
    let doc: unknown;
    try {
      doc = JSON.parse(data);
    } catch {
      doc = undefined;
    }
    if (!doc || typeof doc !== 'object') {
      await this.load();
      return;
    }
    const seq = ++this.seq;
    try {
      const parser = c.parser ?? (await parserFor(c.format));
      if (!parser || seq < this.appliedSeq) return;
      this.accept(seq, parser(doc), 'event');
      // The ETag belonged to the fetched document, no longer the one shown.
      this.etag = undefined;
    } catch (e) {
      if (seq < this.appliedSeq) return;
      this.applied(seq);
      this.fail(e);
    }
  }
}

class FetchProblem extends Error {
  readonly reason: CaseErrorReason;
  constructor(reason: CaseErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
