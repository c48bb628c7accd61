import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region inside the element's shadow root. Call `announce(text)` when
 * something really changed; render `announcer.render()` once in the template, always
 * (a live region must exist before its text changes, or screen readers miss it).
 */
export class LiveAnnouncer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The text currently in the live region. */
  get message(): string {
    return this.text;
  }

  /** Says `text` once, politely. The same text twice in a row is said again. */
  announce(text: string): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    // Clearing first and filling on the next task makes screen readers notice a repeat.
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 100);
  }

  render(): TemplateResult {
    return html`<div class="klar-visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announcer">${this.text}</div>`;
  }
}

/**
 * A live region for news about a case that is emptied once said (7 s), so read-aloud,
 * copy-and-paste and `innerText` do not read an old "Status på din sag er ændret til …" after
 * the last step. (The feedback form keeps the plain one: its messages stay true while the form
 * shows them, and its first paint has no bytes to spare.)
 */
export class FleetingAnnouncer extends LiveAnnouncer {
  #later: ReturnType<typeof setTimeout> | undefined;

  override announce(text: string): void {
    super.announce(text);
    clearTimeout(this.#later);
    if (text) this.#later = setTimeout(() => super.announce(''), 7100);
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    clearTimeout(this.#later);
  }
}
