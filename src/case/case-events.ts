/**
 * The event stream of a `<klar-case events-src>` (case-fetch.ts imports this module when a
 * case has one: a page that only fetches, or polls, never downloads it). It imports nothing, so
 * the all-in-one CDN file can keep it in a chunk of its own.
 *
 * - The stream counts as keeping the case fresh while it is open and has spoken within the
 *   heartbeat; when it fails, or stays silent past the heartbeat, the fetcher polls again.
 * - A message holding a JSON object is a new case document; any other message, or a `changed`
 *   event, means "fetch again", at most once per second however many arrive.
 */

/** What the stream asks of its fetcher. */
export interface CaseEventsHost {
  /** The heartbeat, in ms: how long the stream may stay silent. */
  heartbeatMs(): number;
  /** The stream spoke after a silence: polling stops. */
  live(): void;
  /** Poll again: at once (`now` true: the stream fell silent, or failed while it was live) or, when a reconnect failed (`now` undefined), only if a poll is due. */
  quiet(now?: boolean): void;
  /** Fetches the case again. */
  load(): void;
  /** A case document arrived in a message. */
  push(doc: object): void;
  /** The server refused the stream (an HTTP error, or not an event stream), said in `why`: the browser does not try again. */
  refused(why: string): void;
}

/** At most one refetch per this many ms for "fetch again" hints from the event stream. */
const HINT_INTERVAL_MS = 1000;

export class CaseEvents {
  /** The stream is open and has spoken within the heartbeat. */
  live = false;
  readonly #host: CaseEventsHost;
  #es?: EventSource;
  #silenceTimer?: ReturnType<typeof setTimeout>;
  #lastHeardAt = 0;
  #hintTimer?: ReturnType<typeof setTimeout>;
  #lastHintAt = -Infinity;

  constructor(url: string, withCredentials: boolean, host: CaseEventsHost) {
    this.#host = host;
    const es = new EventSource(url, { withCredentials });
    this.#es = es;
    es.onopen = () => this.#heard();
    es.onerror = () => {
      // Reconnecting (CONNECTING) or given up (CLOSED): poll meanwhile. A stream that was keeping the
      // case fresh polls at once: an outage is then said within seconds, not after a poll interval
      // of silence (up to a minute of a page that looked live). Failed reconnects wait their turn.
      const was = this.live;
      this.#quiet();
      if (es.readyState === EventSource.CLOSED) (this.#es = undefined), host.refused(`the event stream at ${url.slice(0, 120)} was refused (an HTTP error such as 404, or not text/event-stream): polling instead.`);
      host.quiet(was || undefined);
    };
    es.onmessage = (ev: MessageEvent<string>) => {
      this.#heard();
      this.#handleMessage(ev.data);
    };
    es.addEventListener('changed', () => {
      this.#heard();
      this.#hint();
    });
    // Comments (": ping") never reach the page, so a keep-alive must be an event.
    for (const name of ['ping', 'heartbeat']) es.addEventListener(name, () => this.#heard());
  }

  /** Closes the stream and forgets its timers. */
  close(): void {
    this.#es?.close();
    this.#es = undefined;
    this.#quiet();
    clearTimeout(this.#hintTimer);
    this.#hintTimer = undefined;
  }

  #quiet(): void {
    this.live = false;
    clearTimeout(this.#silenceTimer);
    this.#silenceTimer = undefined;
  }

  /** The stream spoke: it keeps us fresh until it stays silent past the heartbeat. */
  #heard(): void {
    this.#lastHeardAt = Date.now();
    if (!this.live) {
      this.live = true;
      this.#host.live();
    }
    // One timer, re-armed only when it fires: a burst of messages sets no timers.
    if (this.#silenceTimer === undefined) this.#watchSilence(this.#host.heartbeatMs());
  }

  #watchSilence(ms: number): void {
    this.#silenceTimer = setTimeout(() => {
      this.#silenceTimer = undefined;
      const quiet = Date.now() - this.#lastHeardAt;
      if (quiet < this.#host.heartbeatMs()) {
        this.#watchSilence(this.#host.heartbeatMs() - quiet);
        return;
      }
      // Open but silent (a proxy buffering the stream, a server that hung): poll again.
      this.live = false;
      this.#host.quiet(true);
    }, ms);
  }

  /** A "fetch again" hint: at most one request per second, however many hints arrive. */
  #hint(): void {
    if (this.#hintTimer !== undefined) return;
    const wait = Math.max(0, HINT_INTERVAL_MS - (Date.now() - this.#lastHintAt));
    this.#hintTimer = setTimeout(() => {
      this.#hintTimer = undefined;
      this.#lastHintAt = Date.now();
      this.#host.load();
    }, wait);
  }

  /** A message with a JSON object is the new case document; anything else means "fetch again". */
  #handleMessage(data: string): void {
    // Only something that looks like an object is parsed: 5,000 "ping" messages cost no exceptions.
    let doc: unknown;
    if (/^\s*\{/.test(data)) {
      try {
        doc = JSON.parse(data);
      } catch {
        doc = undefined;
      }
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) this.#hint();
    else this.#host.push(doc);
  }
}
