import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region. Call `announce(text)` when something really changed; render
 * `announcer.render()` once in the template, always (a live region must exist before its text
 * changes, or screen readers miss it). What it said is emptied after 7 s, so read-aloud,
 * copy-and-paste and `innerText` do not read an old "Status på din sag er ændret til …" or
 * "Du er offline" long after it stopped being news; what the element shows stays on screen.
 */
export class LiveAnnouncer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private text: string | TemplateResult = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * Says `text` once, politely, then empties the region. The same text twice in a row is said
   * again. A template keeps the case's words marked with their language (core/case-lang.ts), so a
   * screen reader on an English page says "Afgjort" in a Danish voice (WCAG 3.1.2).
   */
  announce(text: string | TemplateResult): void {
    this.set('');
    // Clearing first and filling on the next task makes screen readers notice a repeat.
    this.timer = setTimeout(() => {
      this.set(text);
      this.timer = setTimeout(() => this.set(''), 7000);
    }, 100);
  }

  private set(text: string | TemplateResult): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="klar-visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announcer">${this.text}</div>`;
  }
}
