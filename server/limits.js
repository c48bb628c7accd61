// What keeps one client from taking the server down: a token bucket per client address for
// requests (feedback posts, staff log-ins), and counts of open connections and event streams
// per address and in total. Everything is in memory, per process.
import net from 'node:net';

/**
 * A token bucket per key: `limit` requests, refilled evenly over `windowMs`. A limit of 0 or
 * less lets everything through.
 */
export class RateLimiter {
  /** @param {{ limit: number, windowMs?: number, now?: () => number }} opts */
  constructor({ limit, windowMs = 60_000, now = Date.now }) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    /** @type {Map<string, { tokens: number, at: number }>} */
    this.buckets = new Map();
    // Full buckets are forgotten, so the map holds only clients seen in the last window.
    this.sweeper = setInterval(() => this.sweep(), windowMs);
    this.sweeper.unref();
  }

  /**
   * The tokens `b` holds at `now`: what it had, refilled evenly since, up to the limit.
   * @param {{ tokens: number, at: number }} b
   * @param {number} now
   */
  #refilled(b, now) {
    return Math.min(this.limit, b.tokens + (now - b.at) * (this.limit / this.windowMs));
  }

  /**
   * The seconds until a bucket holding `tokens` has one again (at least 1).
   * @param {number} tokens
   */
  #secondsUntilOne(tokens) {
    return Math.max(1, Math.ceil((1 - tokens) / (this.limit / this.windowMs) / 1000));
  }

  /**
   * Takes one token for `key`. Returns 0 when allowed, else the seconds until a token is back.
   * @param {string} key
   */
  take(key) {
    if (!(this.limit > 0)) return 0;
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    b.tokens = this.#refilled(b, now);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return this.#secondsUntilOne(b.tokens);
  }

  /**
   * The seconds until `key` may take a token again (0: it may now), without taking one.
   * @param {string} key
   */
  wait(key) {
    if (!(this.limit > 0)) return 0;
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = this.#refilled(b, this.now());
    return tokens >= 1 ? 0 : this.#secondsUntilOne(tokens);
  }

  sweep() {
    const now = this.now();
    for (const [k, b] of this.buckets) if (this.#refilled(b, now) >= this.limit) this.buckets.delete(k);
  }

  stop() {
    clearInterval(this.sweeper);
  }
}

/** Counts things per key (open connections, event streams per client address). */
export class Counter {
  constructor() {
    /** @type {Map<string, number>} */
    this.counts = new Map();
    this.total = 0;
  }

  /** @param {string} key */
  get(key) {
    return this.counts.get(key) ?? 0;
  }

  /** @param {string} key */
  add(key) {
    this.counts.set(key, this.get(key) + 1);
    this.total++;
  }

  /** @param {string} key */
  remove(key) {
    const n = this.get(key) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
    this.total--;
  }
}

/**
 * The client's address: the socket's peer, or with `trustProxy` the address the proxy in
 * front of us put last in X-Forwarded-For (the one it saw; earlier entries are the client's
 * own claims). IPv4-mapped IPv6 addresses are written as IPv4.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} [trustProxy]
 */
export function clientAddress(req, trustProxy = false) {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => net.isIP(s));
    if (forwarded.length) return plainAddress(/** @type {string} */ (forwarded.at(-1)));
  }
  return plainAddress(req.socket.remoteAddress ?? 'unknown');
}

/** @param {string} addr */
export function plainAddress(addr) {
  return addr.startsWith('::ffff:') && net.isIPv4(addr.slice(7)) ? addr.slice(7) : addr;
}
