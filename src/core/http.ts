/**
 * Fetch helpers for real networks, shared by <klar-case> and <klar-feedback-form>:
 * a timeout through AbortController, capped exponential backoff with jitter, Retry-After,
 * and waiting for the browser to come back online. Timers use setTimeout, so tests can
 * drive them with a fake clock.
 */

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

export interface RetryOptions {
  /** How many times to try again after the first attempt. */
  retries?: number;
  /** The first backoff delay, doubled each attempt. */
  baseDelayMs?: number;
  /** The longest backoff delay. */
  maxDelayMs?: number;
  /** The longest Retry-After we honour; longer ones are capped here. */
  maxRetryAfterMs?: number;
  /** Which HTTP statuses are worth trying again. */
  retryOn?: (status: number) => boolean;
  /** Source of randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

export interface RequestOptions extends RetryOptions {
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
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves when the browser is online (at once if it is). */
export function waitForOnline(signal?: AbortSignal): Promise<void> {
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
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** One fetch with a timeout. Maps failures to HttpError('network' | 'timeout' | 'aborted'). */
export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 15_000, signal?: AbortSignal): Promise<Response> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (signal?.aborted) throw new HttpError('aborted', 'Aborted');
    return await fetch(url, { ...init, signal: ctrl.signal });
  } catch (e) {
    if (e instanceof HttpError) throw e;
    if (timedOut) throw new HttpError('timeout', `No answer within ${Math.round(timeoutMs / 1000)} s`);
    if (signal?.aborted) throw new HttpError('aborted', 'Aborted');
    throw new HttpError('network', e instanceof Error ? e.message : 'Network error');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches with timeout and retries: network errors, timeouts and the statuses in `retryOn`
 * are tried again after a backoff (or the server's Retry-After); other 4xx are not.
 * Resolves with the first response that is ok or 304; rejects with the last HttpError.
 * The response body of a failed attempt is discarded.
 */
export async function fetchWithRetry(url: string, init: RequestInit = {}, opts: RequestOptions = {}): Promise<Response> {
  const {
    retries = 4,
    baseDelayMs = 1000,
    maxDelayMs = 30_000,
    maxRetryAfterMs = 5 * 60_000,
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
      const res = await fetchWithTimeout(url, init, timeoutMs, signal);
      if (res.ok || res.status === 304) return res;
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
    if (attempt >= retries) throw error;
    const delayMs =
      error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, maxRetryAfterMs) : backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
    opts.onRetry?.({ attempt: attempt + 1, delayMs, error });
    await sleep(delayMs, signal);
  }
}
