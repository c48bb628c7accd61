/**
 * Fetch helpers for real networks, shared by <klar-case> and <klar-feedback-form>:
 * a timeout through AbortController, capped exponential backoff with jitter, Retry-After,
 * and waiting for the browser to come back online. Timers use setTimeout, so tests can
 * drive them with a fake clock.
 */

/** Why a request failed: no network, no answer in time, an HTTP error status, or aborted by the caller. */
/** How long a first load may take before the citizen is told it takes longer than usual (ms). */
export const SLOW_MS = 8000;

export type HttpFailure = 'network' | 'timeout' | 'http' | 'aborted';

export class HttpError extends Error {
  readonly reason: HttpFailure;
  readonly status?: number;
  readonly retryAfterMs?: number;
  constructor(reason: HttpFailure, message: string, status?: number, retryAfterMs?: number) {
    super(message);
    this.name = 'HttpError';
    this.reason = reason;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * A response the client refused to take: a body over the byte limit ('too-large'), or a
 * redirect met by a `redirect: 'manual'` request ('redirect'). Never retried.
 */
export class RefusedResponse extends Error {
  readonly reason: 'too-large' | 'redirect';
  readonly status?: number;
  constructor(reason: 'too-large' | 'redirect', message: string, status?: number) {
    super(message);
    this.name = 'RefusedResponse';
    this.reason = reason;
    this.status = status;
  }
}

export interface RetryOptions {
  /** How many times to try again after the first attempt. */
  retries?: number;
  /** The first backoff delay, doubled each attempt. */
  baseDelayMs?: number;
  /** The longest backoff delay. */
  maxDelayMs?: number;
  /** The longest Retry-After we wait for (default 30 s); asked to wait longer, we give up at once, with the error. */
  maxRetryAfterMs?: number;
  /** Which HTTP statuses are worth trying again. */
  retryOn?: (status: number) => boolean;
  /** Source of randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

export interface RequestOptions extends RetryOptions {
  /** The deadline of one attempt; with fetchTextWithRetry it covers the headers and the whole body. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called before each wait: the attempt number (1-based), the delay and why. */
  onRetry?: (info: { attempt: number; delayMs: number; error: HttpError }) => void;
  /** Called when the browser is offline and the request waits for the network. */
  onOffline?: () => void;
}

/** Statuses a server uses to say "try again later". */
const defaultRetryOn = (status: number): boolean => status >= 500 || status === 429 || status === 408;

/**
 * Returns the backoff before retry number `attempt` (0-based): the exponential delay,
 * capped, with "equal jitter" (half fixed, half random) so many clients never retry in step.
 */
export function backoffDelay(attempt: number, baseDelayMs = 1000, maxDelayMs = 30_000, random: () => number = Math.random): number {
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(exp / 2 + (exp / 2) * random());
}

/** Reads Retry-After (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** Waits `ms`, or rejects with an aborted HttpError when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new HttpError('aborted', 'Aborted'));
    const id = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(id);
      reject(new HttpError('aborted', 'Aborted'));
    };
    // Stryker disable next-line BooleanLiteral,ObjectLiteral: equivalent; an AbortSignal fires 'abort' at most once, so `once` changes nothing.
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves when the browser is online (at once if it is). */
function waitForOnline(signal?: AbortSignal): Promise<void> {
  // Stryker disable next-line all: equivalent; only called right after the attempt loop read navigator.onLine === false, in the same task, so this second look always finds it offline.
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      window.removeEventListener('online', done);
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      window.removeEventListener('online', done);
      reject(new HttpError('aborted', 'Aborted'));
    };
    window.addEventListener('online', done);
    // Stryker disable next-line BooleanLiteral,ObjectLiteral: equivalent; an AbortSignal fires 'abort' at most once, so `once` changes nothing.
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Reads a response body as UTF-8 text, counting bytes as they arrive: past `maxBytes` it stops
 * reading, cancels the body (which closes the connection) and fails with RefusedResponse 'too-large', so a
 * 50 MB document is never held in memory. A declared Content-Length over the limit fails at once.
 */
async function readText(res: Response, maxBytes = Infinity): Promise<string> {
  const tooLarge = () => new RefusedResponse('too-large', `The document is larger than ${maxBytes} bytes`, res.status);
  const declared = Number(res.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  // TextDecoder drops a leading byte order mark, as res.text() does.
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * One attempt: fetch, then `read` the response, all under one deadline and one abort signal,
 * so a body that trickles forever times out and aborting the caller's signal stops the body
 * read too (not only the wait for headers). Maps failures to HttpError.
 */
async function attemptOnce<T>(url: string, init: RequestInit, timeoutMs: number, signal: AbortSignal | undefined, read: (res: Response) => Promise<T>): Promise<T> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const onAbort = () => ctrl.abort();
  // Stryker disable next-line BooleanLiteral,ObjectLiteral: equivalent; an AbortSignal fires 'abort' at most once, so `once` changes nothing.
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    // Stryker disable next-line StringLiteral: equivalent; the catch below throws its own HttpError('aborted', 'Aborted') for an aborted signal.
    if (signal?.aborted) throw new HttpError('aborted', 'Aborted');
    return await read(await fetch(url, { ...init, signal: ctrl.signal }));
  } catch (e) {
    // Whatever went wrong, stop the transfer: the connection goes back to the browser's pool.
    ctrl.abort();
    // The time it waited, as `timeout` says it (ms): rounded to seconds, one under 500 ms said "within 0 s".
    if (timedOut) throw new HttpError('timeout', `No complete answer within ${timeoutMs} ms`);
    if (signal?.aborted) throw new HttpError('aborted', 'Aborted');
    if (e instanceof HttpError || e instanceof RefusedResponse) throw e;
    throw new HttpError('network', e instanceof Error ? e.message : 'Network error');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export interface TextRequestOptions extends RequestOptions {
  /** The largest body read, in bytes; a larger one fails with RefusedResponse 'too-large' and is not retried. */
  maxBytes?: number;
}

/** A response with its body, read under the same deadline as its headers. */
export interface TextResponse {
  readonly response: Response;
  /** The body of an ok response; empty for a 304. */
  readonly text: string;
}

/**
 * The one fetcher of the library (<klar-case>, <klar-case-list>, the feedback form): fetches with
 * a deadline per attempt that covers the headers and the body read as text, a byte limit, and
 * retries: network errors, timeouts and the statuses in `retryOn` are tried again after a backoff
 * (or the server's Retry-After, up to `maxRetryAfterMs`: asked to wait longer, it gives up); other 4xx are not. Resolves with the
 * first response that is ok or 304; rejects with the last HttpError. A `redirect: 'manual'`
 * request that meets a redirect fails with RefusedResponse 'redirect'.
 */
export function fetchTextWithRetry(url: string, init: RequestInit = {}, opts: TextRequestOptions = {}): Promise<TextResponse> {
  return retrying(url, init, opts, (res) => (res.ok ? readText(res, opts.maxBytes) : Promise.resolve('')));
}

async function retrying(url: string, init: RequestInit, opts: RequestOptions, read: (res: Response) => Promise<string>): Promise<TextResponse> {
  const {
    retries = 4,
    baseDelayMs = 1000,
    maxDelayMs = 30_000,
    maxRetryAfterMs = 30_000,
    retryOn = defaultRetryOn,
    random = Math.random,
    timeoutMs = 15_000,
    signal,
  } = opts;
  for (let attempt = 0; ; attempt++) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      opts.onOffline?.();
      await waitForOnline(signal);
    }
    let error: HttpError;
    try {
      const answer = await attemptOnce(url, init, timeoutMs, signal, async (response) => {
        // With redirect: 'manual' the browser hides where a redirect leads (an opaque response).
        if (response.type === 'opaqueredirect') throw new RefusedResponse('redirect', 'The server answered with a redirect, which is not followed here');
        return { response, text: await read(response) };
      });
      const res = answer.response;
      if (res.ok || res.status === 304) return answer;
      const retryAfter = parseRetryAfter(res.headers.get('Retry-After'));
      error = new HttpError('http', `HTTP ${res.status}`, res.status, retryAfter);
      if (!retryOn(res.status)) {
        (error as HttpError & { response?: Response }).response = res;
        throw error;
      }
      res.body?.cancel().catch(() => {});
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      if (e.reason === 'aborted' || (e.reason === 'http' && !retryOn(e.status ?? 0))) throw e;
      error = e;
    }
    // Not `attempt >= retries`: that is never true for a retries that is no number (NaN), which retried for ever.
    // A server that asks for more than `maxRetryAfterMs` is not waited for: a citizen in front of a
    // spinner for 5 minutes a try (up to 20 in all) had no way out; the error says "Prøv igen".
    if (!(attempt < retries) || error.retryAfterMs! > maxRetryAfterMs) throw error;
    const delayMs = error.retryAfterMs ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
    opts.onRetry?.({ attempt: attempt + 1, delayMs, error });
    await sleep(delayMs, signal);
  }
}
