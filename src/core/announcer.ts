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
