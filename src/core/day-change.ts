import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { calendarDate, endInstant } from './dates.js';

const DAY = 86_400_000;

/**
 * Draws its element again when the day changes in the element's time zone, so a page left open
 * over midnight says "i dag", "i morgen", "om 3 dage" and a passed deadline of the new day. A case
 * set by script, or a `<klar-case>` that does not poll, drew nothing new before: at 00:08 the page
 * still said "Senest i dag" of yesterday. A timer for the next midnight, and a look at the day when
 * the page is shown again (a timer does not run while the computer sleeps).
 */
export class DayChange implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #timeZone: () => string;
  #timer?: ReturnType<typeof setTimeout>;
  /** The day the element last drew, in its time zone. */
  #day = '';

  constructor(host: ReactiveControllerHost, timeZone: () => string) {
    this.#host = host;
    this.#timeZone = timeZone;
    host.addController(this);
  }

  hostConnected(): void {
    this.#arm();
    document.addEventListener('visibilitychange', this.#check);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#check);
  }

  /** Draws again if the day changed since the timer was set. */
  readonly #check = (): void => {
    if (document.visibilityState !== 'hidden' && calendarDate(new Date(), this.#timeZone()) !== this.#day) {
      this.#host.requestUpdate();
      this.#arm();
    }
  };

  #arm(): void {
    clearTimeout(this.#timer);
    const now = new Date();
    const tz = this.#timeZone();
    this.#day = calendarDate(now, tz);
    // A second past the next midnight; at most a day (a zone changed meanwhile is read again then).
    const wait = Math.min(endInstant(this.#day, tz).getTime() - now.getTime() + 1000, DAY);
    this.#timer = setTimeout(() => {
      this.#host.requestUpdate();
      this.#arm();
    }, wait);
  }
}
