import { fire } from '../core/fire.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatOf, parserFor, type CaseParser } from '../adapters/index.js';
import type { Case } from '../core/case-model.js';
import type { CaseContextValue, CaseErrorReason } from '../core/context.js';
import { HttpError, RefusedResponse, SLOW_MS, fetchTextWithRetry, type RetryOptions } from '../core/http.js';
import { CaseDataError, toCase } from '../core/parse-case.js';
import { safeHttpUrl } from '../core/safe-url.js';
import { warnOnce, reason } from '../core/warn.js';
import { numberIn } from '../core/number-in.js';
import { onDemand } from '../core/on-demand.js';
import type { CaseEvents } from './case-events.js';

export { CASE_FORMATS, parserFor, type CaseFormat, type CaseParser } from '../adapters/index.js';

/**
 * CaseFetcher: fetches one case from `src`, keeps it fresh and tells its host; CaseFetchController
 * is the same fetcher that also reads a list of cases (`list`). The one fetcher of the library:
 * <klar-case> uses it for one case and <klar-case-list> for many in one request (a page without a
 * list does not download the list code); every other element gets its case through context or
 * its `case` property.
 *
 * What it does:
 * - one deadline per request that covers the headers and the whole body, a byte limit read
 *   with a counter (the rest is never downloaded), `credentials` and extra `headers`;
 * - with extra `headers`, follows no redirect (`redirect: 'manual'`), so they never reach
 *   another origin; a redirect is refused as a configuration error;
 * - retries network errors, timeouts, 5xx, 408 and 429 with capped exponential backoff and
 *   jitter, honouring Retry-After up to a cap (core/http); never retries other 4xx;
 * - polls every `refresh` seconds with If-None-Match (a 304 keeps the case), paused while
 *   the page is hidden or the browser offline, catching up at once on return; offline, the case
 *   shown is said to be stale as after a failed refresh (see #schedule);
 * - listens to `eventsSrc` (Server-Sent Events) while it is live and polls while it is not:
 *   when it fails, or stays silent past `heartbeat` seconds; messages that are not a case
 *   document ("fetch again" hints) make at most one request per second;
 * - numbers every request and every pushed document, so one that arrives after a newer one
 *   is dropped;
 * - aborts its requests (body included), timers and event stream when the host leaves the page,
 *   not when it is moved (out and in again before a microtask runs).
 *
 * It dispatches `klar-case-load`, `klar-case-change` and `klar-case-error` on the host
 * (bubbling, composed) and calls `host.requestUpdate()` whenever `value` changes.
 */

export interface CaseFetchConfig {
  /** The URL of the case document (http or https, absolute or relative). Nothing is fetched while it is empty. */
  src?: string;
  /** The document's format; the Open311 and ZGW adapters are loaded only when asked for. */
  format?: string;
  /** A parser of your own; wins over `format`. What it returns goes through `toCase`. */
  parser?: CaseParser;
  /** Seconds between refreshes, 0.1 to a day; 0: no polling (except as the fallback of a silent event stream). Anything else is 0, with a warning. */
  refresh?: number;
  credentials?: RequestCredentials;
  /** Extra request headers. When set, redirects are not followed. */
  headers?: Record<string, string>;
  /** Seconds, 0.1 to a day, before a request (headers and body) is given up (default 15). */
  timeout?: number;
  /** The largest case document read, in bytes, 1 to 2^30 (default 1 MB). */
  maxBytes?: number;
  /** A Server-Sent Events URL that says when the case changed. */
  eventsSrc?: string;
  /** Seconds, 0.1 to a day, the event stream may stay silent before polling takes over (default 45). */
  heartbeat?: number;
  /** Retry tuning: retries, baseDelayMs, maxDelayMs, maxRetryAfterMs, random. */
  retry?: RetryOptions;
  /**
   * The document is a list of cases: a JSON array, or an object whose `cases` is one. Each
   * entry goes through the parser and `toCase`; an entry that cannot be read is left out
   * (and warned about once), so one bad case never hides the others. The value holds `cases`;
   * the host gets `klar-case-list-load` instead of `klar-case-load`/`klar-case-change`.
   */
  list?: boolean;
  /** The host has its data from a property (a list's `cases`): nothing to fetch, and no `src` is no mistake. */
  given?: boolean;
}

/** 1 MB: a case document is a few kilobytes; anything near this is a wrong URL or an attack. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** The values fetch() takes for `credentials`. */
const CREDENTIALS: readonly string[] = ['omit', 'same-origin', 'include'];

/** Seconds of silence after which an event stream no longer counts as keeping the case fresh. */
export const DEFAULT_HEARTBEAT = 45;

/** The longest `refresh`, `timeout` and `heartbeat`, in seconds: a day. */
const DAY_S = 86_400;
/** The event stream of a case with `events-src`, imported when one is opened (exported for tests, which hold or fail it). */
export const caseEvents = onDemand<typeof import('./case-events.js')>(() => import('./case-events.js'));

export interface CaseLoadDetail {
  readonly case: Case;
  /** Where the document came from: a response to a request, or a server-sent event. */
  readonly source: 'fetch' | 'event';
}
export interface CaseListLoadDetail {
  readonly cases: readonly Case[];
  /** Where the document came from: a response to a request, or a server-sent event. */
  readonly source: 'fetch' | 'event';
}
export interface CaseChangeDetail {
  readonly case: Case;
  readonly previous: Case;
}
export interface CaseErrorDetail {
  /**
   * Why: `not-found` (404, 410), `unauthorized` (401, 403), `http` (another status), `network`,
   * `timeout`, `too-large`, `invalid-data` or `configuration` (bad src, unknown format, refused redirect).
   */
  readonly reason: CaseErrorReason;
  /** For developers, in English; never shown to the citizen. */
  readonly message: string;
  /** The HTTP status, when there was one. */
  readonly status?: number;
  /** True when the last good case is still shown. */
  readonly stale: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** JSON with object keys sorted, so two equal cases compare equal whatever the key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
    }
    return v;
  });
}

/** Reads a response body as a case document: BOM stripped, never HTML, valid JSON. */
function readJson(text: string, contentType: string | null): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (/html/i.test(contentType ?? '') || body.startsWith('<')) {
    // JSON labelled a web page is refused too (a browser opening the address would run it as HTML),
    // but said as what it is: "check the src URL" sent an integrator with the right URL looking.
    throw new CaseDataError([
      /^[[{]/.test(body) ? `(root): the server sent JSON as a web page (Content-Type: ${contentType}); send it as application/json` : '(root): the server sent a web page (HTML), not JSON; check the src URL',
    ]);
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new CaseDataError(['(root): not valid JSON']);
  }
}

/** Maps an HTTP status to the reason the provider reports. */
function reasonForStatus(status: number | undefined): CaseErrorReason {
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'unauthorized';
  return 'http';
}

export class CaseFetcher implements ReactiveController {
  /** What the host shows: the last good case, the load state and the last error. */
  value: CaseContextValue = { state: 'idle', provided: true };

  readonly #host: Host;
  protected readonly config: () => CaseFetchConfig;
  #key = '';
  /** The parser the last update had (see hostUpdate). */
  #parserWas?: CaseParser;
  #refreshMs = 0;
  #seq = 0;
  #appliedSeq = 0;
  #inFlight = new Map<number, AbortController>();
  #etag: string | undefined;
  protected json: string | undefined;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #lastAttemptAt = 0;
  #slowTimer: ReturnType<typeof setTimeout> | undefined;
  /** The event stream, once open (case-events.ts). */
  #events?: CaseEvents;
  #connected = false;
  #resuming = false;

  constructor(host: Host, config: () => CaseFetchConfig) {
    this.#host = host;
    this.config = config;
    host.addController(this);
  }

  hostConnected(): void {
    // Back before the teardown below ran: moved in the page (a CMS's insertBefore or append). The
    // case, its requests and its stream stay.
    if (this.#connected) return;
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#handleWake);
    window.addEventListener('online', this.#handleWake);
    window.addEventListener('offline', this.#handleWake);
    // Start on the next update, when the host's properties are set.
    this.#resuming = true;
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    if (!this.#connected) return;
    const c = this.config();
    const key = stableJson([c.src ?? '', c.format ?? '', c.credentials ?? '', c.headers ?? {}, c.eventsSrc ?? '', c.timeout ?? 0, c.maxBytes ?? 0, c.heartbeat ?? 0, !!c.list, !!c.given]);
    // "1m", "60s" or -1: no refresh, with a warning; Infinity or 1e9 polled every millisecond, 0.001 nearly.
    // So is a bare `refresh` (read as 0), written as if it turned refreshing on.
    const refreshMs = c.refresh === 0 && this.#host.getAttribute('refresh')?.trim() !== '' ? 0 : this.#seconds('refresh', c.refresh, 0);
    const resuming = this.#resuming;
    this.#resuming = false;
    // A parser set after a load that showed no case (the README's adapter snippet, after an
    // await) reads it again. Beside a case on screen a new parser waits for the next load: a
    // framework may hand a new inline function on every render.
    const parser = c.parser !== this.#parserWas && !this.value.case;
    this.#parserWas = c.parser;
    if (key !== this.#key || parser) {
      this.#key = key;
      this.#refreshMs = refreshMs;
      this.#restart();
    } else if (resuming) {
      // Back in the page after it was taken out (the stream closed): keep the case, check for news.
      this.#refreshMs = refreshMs;
      if (!this.#src()) return;
      this.#openEvents();
      void this.#load();
    } else if (refreshMs !== this.#refreshMs) {
      this.#refreshMs = refreshMs;
      this.#schedule();
    }
  }

  hostDisconnected(): void {
    // Torn down once the script that took the host out is done, unless it put the host back (a
    // move is a disconnect and a connect in one go): a move cost a request and a new stream, in
    // whose gap an update could be missed.
    queueMicrotask(() => this.#host.isConnected || this.#leave());
  }

  #leave(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#handleWake);
    window.removeEventListener('online', this.#handleWake);
    window.removeEventListener('offline', this.#handleWake);
    this.#stop();
  }

  /**
   * Fetches again now, e.g. from a retry button. A request still on its way is dropped: offline,
   * each press waited for the network with a request of its own, and all went together on return.
   */
  reload = (): void => {
    if (!this.#src()) return;
    for (const ctrl of this.#inFlight.values()) ctrl.abort();
    this.#inFlight.clear();
    // After an error the notice stays while the new try is on its way: it says so (case-notice.ts retryButton).
    if (this.value.error) this.set({ ...this.value, retrying: true });
    void this.#load();
  };

  /** Visible or hidden, online or offline: #schedule decides what each means. */
  #handleWake = (): void => {
    if (!this.#connected) return;
    const awake = document.visibilityState !== 'hidden' && navigator.onLine !== false;
    // Back online: a stream whose code could not be fetched is tried again.
    if (awake && !this.#events) this.#openEvents();
    // Back with the stale notice on screen (gone offline, or a refresh failed): look at once, so
    // "Sidst opdateret kl. …" goes as soon as the case can be had, even while an event stream is
    // live again (it says what changes from now on, not what changed while we were away); not
    // twice when a request (a "Prøv igen" pressed offline) was waiting for the network. Else catch
    // up at once when a refresh fell due while we slept, or keep the rhythm.
    if (!awake || this.value.state !== 'stale') this.#schedule(Date.now() - this.#lastAttemptAt >= this.#pollMs());
    else if (!this.#inFlight.size) void this.#load();
  };

  /** " from <src>" for a warning, so a page with several cases says which one (or "" without a src). */
  protected from(): string {
    const src = this.config().src;
    return src ? ` from ${src.slice(0, 120)}` : '';
  }

  /** The checked `src`: http(s) only, so `javascript:` or `data:` is never fetched. */
  #src(): string | undefined {
    return safeHttpUrl(this.config().src);
  }

  /** How often to poll: `refresh`, or the heartbeat while an event stream should have kept us fresh but does not. */
  #pollMs(): number {
    if (this.#refreshMs) return this.#refreshMs;
    return this.#eventsSrc() ? this.#heartbeatMs() : 0;
  }

  #heartbeatMs(): number {
    return this.#seconds('heartbeat', this.config().heartbeat, DEFAULT_HEARTBEAT);
  }

  /** A seconds attribute in ms: 0.1 s to a day, else `fallback` (warned once). */
  #seconds(name: string, value: unknown, fallback: number): number {
    const s = numberIn(this.#host, name, value, 0.1, DAY_S, fallback, false);
    // The feedback form's `timeout` is in milliseconds: `timeout="15000"` copied here waited over four hours, in silence.
    if (name !== 'refresh' && s >= 1000) warnOnce(`<${this.#host.localName}> ${name}="${s}" is in seconds, not milliseconds: for ${s / 1000} s write ${s / 1000}.`);
    return s * 1000;
  }

  #eventsSrc(): string | undefined {
    return safeHttpUrl(this.config().eventsSrc);
  }

  #stop(): void {
    clearTimeout(this.#slowTimer);
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    for (const ctrl of this.#inFlight.values()) ctrl.abort();
    this.#inFlight.clear();
    this.#closeEvents();
  }

  #restart(): void {
    this.#stop();
    this.#etag = undefined;
    this.json = undefined;
    const c = this.config();
    const refuse = () =>
      this.#fail(new FetchProblem('configuration', c.src || !c.list ? `src must be an http(s) URL; "${String(c.src).slice(0, 60)}" is not fetched.` : 'set src to the URL of the list, or the cases property.'));
    if (!c.src) {
      this.set({ state: 'idle' });
      // Still no src a task later: not a src a script is about to set but an empty one (a CMS
      // variable left blank). Said at once, not shown as loading for ever. A list may get its
      // cases from the page's own fetch: it waits for them as a status waits for its case (8 s),
      // then says so; it stayed blank for ever, with no word to the integrator.
      if (!c.given) setTimeout(() => this.#connected && !this.config().src && !this.config().given && refuse(), c.list ? SLOW_MS : 0);
      return;
    }
    if (!this.#src()) {
      refuse();
      return;
    }
    // A value fetch() refuses ("yes-please") is the page's set-up, not the citizen's network: said at once, never retried.
    if (c.credentials !== undefined && !CREDENTIALS.includes(c.credentials)) {
      this.#fail(new FetchProblem('configuration', `credentials must be omit, same-origin or include; "${String(c.credentials).slice(0, 40)}" is not.`));
      return;
    }
    if (c.eventsSrc && !this.#eventsSrc()) warnOnce(`<klar-case events-src> must be an http(s) URL; "${c.eventsSrc.slice(0, 60)}" is ignored.`);
    this.set({ state: 'loading' });
    this.#openEvents();
    void this.#load();
  }

  protected set(v: Omit<CaseContextValue, 'retry' | 'provided'>): void {
    this.value = { ...v, provided: true, retry: this.reload };
    // A first load still on its way after 8 s (a slow system, retries after timeouts, which can
    // take a minute before the error): said, so "Henter …" does not stand alone that long.
    clearTimeout(this.#slowTimer);
    if (v.state === 'loading' && !v.slow) this.#slowTimer = setTimeout(() => this.value.state === 'loading' && this.set({ ...this.value, slow: true }), SLOW_MS);
    this.#host.requestUpdate();
  }

  /** Plans the next poll (or runs it now), unless a live event stream keeps us fresh. */
  #schedule(now = false): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    const every = this.#pollMs();
    if (!this.#connected || !every || !this.#src() || document.visibilityState === 'hidden') return; // handleWake picks it up again
    if (navigator.onLine === false) {
      // Offline, nothing is requested (it could not arrive), so no refresh fails and the case
      // stayed on screen as if current for as long as the network was gone, under a page that
      // says it updates itself. With refreshing on, it is said as after a failed refresh ("Sidst
      // opdateret kl. …", #fail's stale value and its klar-case-error, reason network): 5 s after
      // the `offline` event, or after a refresh or the event stream fell due offline. Not at the
      // next refresh: that may be a minute or a day away, and a live event stream has none. Not at
      // once: a Wi-Fi handover or a 1 s blip would flash a warning (and make a screen reader say
      // it); `online` within the 5 s clears this timer. Checked before the event stream, which
      // cannot be live offline (the browser may take its time to see it end). A notice already
      // there (a failed refresh) is not said again: only a case shown as current is.
      this.#pollTimer = setTimeout(() => this.value.state === 'ready' && this.#fail(new HttpError('network', 'the browser is offline')), 5000);
      return;
    }
    if (this.#events?.live) return;
    const wait = now ? 0 : Math.max(0, every - (Date.now() - this.#lastAttemptAt));
    if (wait === 0) {
      void this.#load();
      return;
    }
    // Due: this again, so a page hidden or offline meanwhile waits for handleWake, or says it is stale.
    this.#pollTimer = setTimeout(() => this.#schedule(true), wait);
  }

  protected fire<T>(name: string, detail: T): void {
    fire(this.#host, name, detail);
  }

  async #parser(): Promise<CaseParser> {
    const c = this.config();
    // Only the adapter's download may fail for want of a network; an error a parser throws is the data's or the parser's.
    const parser =
      c.parser ??
      (await parserFor(c.format).catch((e: unknown) => {
        throw new FetchProblem('network', `the ${c.format} adapter could not be loaded: ${reason(e)}`);
      }));
    if (!parser) throw new FetchProblem('configuration', `Unknown format "${c.format}"; use klar, open311 or zgw, or set a parser.`);
    return parser;
  }

  async #load(): Promise<void> {
    const c = this.config();
    const src = this.#src();
    if (!src) return;
    const seq = ++this.#seq;
    const ctrl = new AbortController();
    this.#inFlight.set(seq, ctrl);
    clearTimeout(this.#pollTimer);
    this.#lastAttemptAt = Date.now();
    const hadCase = !!(this.value.case ?? this.value.cases);
    try {
      const parser = await this.#parser();
      const custom = Object.keys(c.headers ?? {}).length > 0;
      const headers: Record<string, string> = { Accept: 'application/json', ...(c.headers ?? {}) };
      if (this.#etag && hadCase) headers['If-None-Match'] = this.#etag;
      const { response, text } = await fetchTextWithRetry(
        src,
        // Custom headers (often a token) must never follow a redirect to another origin. The
        // browser hides where a manual redirect leads, so with custom headers none is followed.
        { headers, credentials: c.credentials ?? 'omit', cache: 'no-store', redirect: custom ? 'manual' : 'follow' },
        {
          timeoutMs: this.#seconds('timeout', c.timeout, 15),
          maxBytes: numberIn(this.#host, 'max-bytes', c.maxBytes, 1, 2 ** 30, DEFAULT_MAX_BYTES),
          signal: ctrl.signal,
          // Offline the request waits for the network (core/http). With nothing on screen yet it is
          // said at once ("Tjek dit internet"): a page opened offline said only "Henter …", then
          // that the system was slow. The request goes on waiting, and the case comes when the
          // network is back. A case on screen is left to #schedule's stale notice. ('loading' is a
          // first load's alone: a new src aborts the requests before it, and a retry comes after an error.)
          // A "Prøv igen" pressed offline is said so too, and the button is free again: it said
          // "Prøver igen …" under the old error for as long as the browser was offline.
          onOffline: () => (this.value.state === 'loading' || this.value.retrying) && this.#fail(new HttpError('network', 'the browser is offline')),
          retries: 3,
          ...(c.retry ?? {}),
        },
      );
      if (response.status === 304) {
        if (seq < this.#appliedSeq) return;
        if (!(this.value.case ?? this.value.cases)) throw new CaseDataError(['(root): 304 Not Modified without a case to keep']);
        this.applied(seq);
        this.set({ ...this.value, state: 'ready', error: undefined, retrying: false, updatedAt: Date.now() });
        return;
      }
      const next = await this.read(parser, readJson(text, response.headers.get('Content-Type')));
      // The out-of-order guard: an answer older than the one shown is dropped, even when it
      // was complete before the newer one arrived (a slow parser, a pushed document).
      if (seq < this.#appliedSeq) return;
      this.accept(seq, next, 'fetch');
      this.#etag = response.headers.get('ETag') ?? undefined;
    } catch (e) {
      if (ctrl.signal.aborted || seq < this.#appliedSeq || !this.#connected) return;
      if (e instanceof HttpError && e.reason === 'aborted') return;
      this.applied(seq);
      this.#fail(e);
    } finally {
      this.#inFlight.delete(seq);
      if (seq === this.#seq) {
        // The server answers: a stream whose code could not be fetched before is tried again.
        if (!this.#events && !this.value.error) this.#openEvents();
        this.#schedule();
      }
    }
  }

  /** Marks `seq` as shown and aborts older requests still on their way. */
  protected applied(seq: number): void {
    this.#appliedSeq = seq;
    for (const [s, ctrl] of this.#inFlight) {
      if (s < seq) {
        ctrl.abort();
        this.#inFlight.delete(s);
      }
    }
  }

  /** One case document through the parser and `toCase`. */
  protected async read(parser: CaseParser, doc: unknown): Promise<Case | Case[]> {
    try {
      return toCase(await parser(doc));
    } catch (e) {
      throw this.hinted(e, doc);
    }
  }

  /**
   * Data that cannot be read and looks like another format than `format` says which to set (the
   * console's message), and is the page's set-up: "Siden er ikke sat rigtigt op", with no "Prøv
   * igen" that could never help.
   */
  protected hinted(e: unknown, doc: unknown): unknown {
    const c = this.config();
    const f = formatOf(doc);
    return e instanceof CaseDataError && f && !c.parser && f !== ((c.format ?? '').trim().toLowerCase() || 'klar')
      ? new FetchProblem('configuration', `${e.message}. It looks like ${f} data: set format="${f}"`)
      : e;
  }

  protected accept(seq: number, doc: Case | Case[], source: 'fetch' | 'event'): void {
    const next = doc as Case;
    this.applied(seq);
    const previous = this.value.case;
    const json = stableJson(next);
    const changed = previous !== undefined && json !== this.json;
    const shown = changed || !previous ? next : previous;
    this.json = json;
    if (next.warnings.length) warnOnce(`case data${this.from()} had problems: ${next.warnings.join('; ')}`);
    this.set({ case: shown, state: 'ready', updatedAt: Date.now() });
    this.fire<CaseLoadDetail>('klar-case-load', { case: shown, source });
    if (changed && previous) this.fire<CaseChangeDetail>('klar-case-change', { case: next, previous });
  }

  #fail(e: unknown): void {
    let reason: CaseErrorReason = 'invalid-data';
    let message = String(e);
    let status: number | undefined;
    if (e instanceof FetchProblem) {
      reason = e.reason;
      message = e.message;
    } else if (e instanceof HttpError) {
      message = e.message;
      status = e.status;
      reason = e.reason === 'http' ? reasonForStatus(e.status) : e.reason === 'timeout' ? 'timeout' : 'network';
    } else if (e instanceof RefusedResponse && e.reason === 'too-large') {
      reason = 'too-large';
      message = `${e.message}; raise max-bytes if this is really a case document.`;
    } else if (e instanceof RefusedResponse) {
      reason = 'configuration';
      message =
        'The server answered with a redirect. With custom headers, <klar-case> follows no redirect, so the headers never reach another origin: point src at the final URL.';
    } else if (e instanceof CaseDataError) {
      reason = 'invalid-data';
      message = e.message;
    } else if (e instanceof Error) {
      // fetch's own failures arrive as HttpError: a TypeError here came from a parser or an adapter
      // reading odd data, never from the citizen's internet ("Tjek din internetforbindelse" blamed them).
      message = e.message;
    }
    const error = status === undefined ? { reason, message } : { reason, message, status };
    const stale = !!(this.value.case ?? this.value.cases);
    this.set({ ...this.value, state: stale ? 'stale' : 'error', error, retrying: false });
    // Once per distinct problem: a failing poll every minute must not flood the console.
    warnOnce(`could not load the ${this.config().list ? 'list of cases' : 'case'}${this.from()}: ${message}`);
    const src = this.config().src;
    // No answer from another origin while the browser is online: most often the page's set-up.
    const origin = reason === 'network' && navigator.onLine && src ? new URL(src, location.href).origin : location.origin;
    if (origin !== location.origin)
      warnOnce(
        `${origin} gave no answer the browser may read, though it is online: check its CORS headers (Access-Control-Allow-Origin) and the page's CSP connect-src.`,
      );
    this.fire<CaseErrorDetail>('klar-case-error', status === undefined ? { reason, message, stale } : { reason, message, status, stale });
  }

  /**
   * Opens the event stream (case-events.ts, imported now: a case without `events-src` never
   * downloads it). Polling covers the moments before it is open, as when it fails.
   */
  #openEvents(): void {
    const url = this.#eventsSrc();
    if (!url || typeof EventSource === 'undefined') return;
    const key = this.#key;
    caseEvents.load().then(
      (m) => {
        // Disconnected, pointed elsewhere or opened meanwhile: nothing to open.
        if (!this.#connected || this.#key !== key || this.#events) return;
        this.#events = new m.CaseEvents(url, this.config().credentials === 'include', {
          heartbeatMs: () => this.#heartbeatMs(),
          live: () => {
            clearTimeout(this.#pollTimer);
            this.#pollTimer = undefined;
          },
          quiet: (now) => this.#schedule(now ?? Date.now() - this.#lastAttemptAt >= this.#pollMs()),
          load: () => void this.#load(),
          push: (doc) => void this.#handleDocument(doc),
          refused: warnOnce,
        });
      },
      (e: unknown) => {
        if (this.#connected && this.#key === key) warnOnce(`could not open the event stream (${reason(e)}); polling instead, and trying again when the server answers.`);
      },
    );
  }

  #closeEvents(): void {
    this.#events?.close();
    this.#events = undefined;
  }

  /** A case document the event stream pushed. */
  async #handleDocument(doc: object): Promise<void> {
    const seq = ++this.#seq;
    try {
      const next = await this.read(await this.#parser(), doc);
      if (seq < this.#appliedSeq) return;
      this.accept(seq, next, 'event');
      // The ETag belonged to the fetched document, no longer the one shown.
      this.#etag = undefined;
    } catch (e) {
      if (seq < this.#appliedSeq) return;
      this.applied(seq);
      this.#fail(e);
    }
  }
}

/**
 * The fetcher of <klar-case-list>: CaseFetcher, and with `list` every entry of a list document
 * goes through the parser and `toCase`.
 */
export class CaseFetchController extends CaseFetcher {
  protected override async read(parser: CaseParser, doc: unknown): Promise<Case | Case[]> {
    if (!this.config().list) return super.read(parser, doc);
    const entries = Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? (doc as { cases?: unknown }).cases : undefined;
    if (!Array.isArray(entries)) throw new CaseDataError(['(root): expected a list of cases (a JSON array, or an object with a "cases" array)']);
    const cases: Case[] = [];
    const problems: string[] = [];
    for (const [i, entry] of entries.entries()) {
      try {
        cases.push(toCase(await parser(entry)));
      } catch (e) {
        problems.push(`cases[${i}]: ${reason(e)}`);
      }
    }
    if (problems.length && !cases.length) throw this.hinted(new CaseDataError(problems), entries[0]);
    if (problems.length) warnOnce(`left out ${problems.length} of ${entries.length} cases that could not be read: ${problems.join('; ').slice(0, 400)}`);
    // How many were left out travels with the list (not in its JSON: an identical refresh stays identical).
    return Object.assign(cases, { leftOut: problems.length });
  }

  protected override accept(seq: number, next: Case | Case[], source: 'fetch' | 'event'): void {
    if (!Array.isArray(next)) {
      super.accept(seq, next, source);
      return;
    }
    this.applied(seq);
    const previous = this.value.cases;
    const json = stableJson(next);
    // An identical refresh keeps the same array, so the host renders and announces nothing.
    const shown = previous && json === this.json ? previous : next;
    this.json = json;
    const warnings = next.flatMap((c) => c.warnings.map((w) => `${c.id}: ${w}`));
    if (warnings.length) warnOnce(`case data${this.from()} had problems: ${warnings.join('; ')}`);
    this.set({ cases: shown, leftOut: (next as { leftOut?: number }).leftOut, state: 'ready', updatedAt: Date.now() });
    this.fire<CaseListLoadDetail>('klar-case-list-load', { cases: shown, source });
  }
}

class FetchProblem extends Error {
  readonly reason: CaseErrorReason;
  constructor(reason: CaseErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
