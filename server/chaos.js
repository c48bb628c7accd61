// The chaos switch: makes the API misbehave on purpose, to show and test how the elements
// cope. Set it with KLAR_CHAOS=<mode> at start or GET/POST /api/chaos?mode=<mode>.
// Modes:
//   off          behave (default)
//   slow         answer after a delay (&delay=ms, default 3000)
//   500          answer 500 Internal Server Error
//   503          answer 503 Service Unavailable with Retry-After (&retryAfter=s, default 2)
//   drop         close the connection without an answer
//   drop-after   do the work (store the feedback), then close the connection without an answer:
//                the lost-answer case that Idempotency-Key exists for
// `&times=n` limits the mode to the next n requests, after which it turns itself off.
// `&path=/api/feedback` limits it to requests whose path starts with that prefix.
// Only /api/* is affected, never /api/chaos and /api/clock themselves.

export const CHAOS_MODES = ['off', 'slow', '500', '503', 'drop', 'drop-after'];

export class Chaos {
  /** @param {string} [initial] e.g. "503" or "slow" from KLAR_CHAOS */
  constructor(initial) {
    /** @type {string} */
    this.mode = 'off';
    this.delayMs = 3000;
    this.retryAfter = 2;
    /** @type {number | undefined} */
    this.remaining = undefined;
    this.only = '/api/';
    if (initial) this.set({ mode: initial });
  }

  /**
   * @param {{ mode?: string | null, delay?: string | null, retryAfter?: string | null, times?: string | null, path?: string | null }} opts
   */
  set(opts) {
    const mode = (opts.mode ?? 'off').trim().toLowerCase();
    if (!CHAOS_MODES.includes(mode)) throw new Error(`Unknown chaos mode "${mode}"; use one of ${CHAOS_MODES.join(', ')}.`);
    this.mode = mode;
    if (opts.delay) this.delayMs = clampInt(opts.delay, 0, 120_000, 3000);
    if (opts.retryAfter) this.retryAfter = clampInt(opts.retryAfter, 0, 3600, 2);
    this.remaining = opts.times ? clampInt(opts.times, 1, 1_000_000, 1) : undefined;
    this.only = opts.path && opts.path.startsWith('/api/') ? opts.path : '/api/';
    return this.describe();
  }

  /** @returns {{ mode: string, delayMs: number, retryAfter: number, remaining: number | null, path: string }} */
  describe() {
    return { mode: this.mode, delayMs: this.delayMs, retryAfter: this.retryAfter, remaining: this.remaining ?? null, path: this.only };
  }

  /**
   * Decides what happens to one request, counting it against `times`.
   * @param {string} pathname
   * @returns {string} the mode to apply ('off' for none)
   */
  take(pathname) {
    if (this.mode === 'off' || !pathname.startsWith(this.only) || pathname.startsWith('/api/chaos') || pathname.startsWith('/api/clock')) return 'off';
    const mode = this.mode;
    if (this.remaining !== undefined && --this.remaining <= 0) {
      this.mode = 'off';
      this.remaining = undefined;
    }
    return mode;
  }
}

/**
 * @param {string} v @param {number} min @param {number} max @param {number} fallback
 */
function clampInt(v, min, max, fallback) {
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
