import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The element that said the page's last announcement, and when (ms): another element's waits
 * until 1.5 s after it. Two regions filled at the same moment (a case's new status and the form's
 * "Dit svar er gemt") made screen readers say one and drop or clip the other. Only an element
 * still on the page holds the next one back; an element's own next one (a CPR warning as the
 * citizen types) is said at once, in the region it refills.
 */
let lastBy: Element | undefined;
let lastAt = 0;

/**
 * A polite live region. Call `announce(text)` when something really changed; render
 * `announcer.render()` once in the template, always (a live region must exist before its text
 * changes, or screen readers miss it). What it said is emptied after 7 s, so read-aloud,
 * copy-and-paste and `innerText` do not read an old "Status på din sag er ændret til …" or
 * "Du er offline" long after it stopped being news; what the element shows stays on screen.
 *
 * Its timers run on when the element leaves the page: a CMS that moves the element (out and in
 * again, in one task) stopped them, and an announcement due in the 100 ms pause was never said
 * ("Det ligner et CPR-nummer" in a form moved as the citizen typed one), one said was never
 * emptied. Now it is said once, from the region where the element is now, and emptied on time.
 * (A timer outlives an element removed for good by 7 s at most, and draws it where no one sees.)
 * An announcement that falls due while the element is out of the page (a CMS that holds it out
 * for more than the 100 ms) waits for it: a region filled out of the page is in place, not a
 * change, when it comes back, and screen readers never said it. Its one hook is `hostConnected`;
 * a disconnect stops nothing.
 */
export class LiveAnnouncer implements ReactiveController {
  // #private: the minifier shortens them (`text` and `unsaid` are read by the feedback form's on-demand part).
  private readonly host: ReactiveControllerHost & Element;
  private text: string | TemplateResult = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** What fell due out of the page, said when the element is back: unsaid until then. */
  private unsaid?: string | TemplateResult;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Unsaid until it is said, 100 ms after the return: a host that finds it stale drops it with
    // announce('') in the update the return brings (the feedback form, whose mode or language
    // changed while it was out: a page switched to English finds it only now; feedback-more.ts).
    const unsaid = this.unsaid;
    if (unsaid) this.announce(unsaid), (this.unsaid = unsaid);
  }

  /**
   * Says `text` once, politely, then empties the region. The same text twice in a row is said
   * again. A template keeps the case's words marked with their language (core/case-lang.ts), so a
   * screen reader on an English page says "Afgjort" in a Danish voice (WCAG 3.1.2).
   */
  announce(text: string | TemplateResult): void {
    this.#set('');
    // Clearing first and filling on the next task makes screen readers notice a repeat.
    const say = (): void => {
      if (!this.host.isConnected) return void (this.unsaid = text);
      const now = Date.now();
      if (lastBy !== this.host && lastBy?.isConnected && lastAt > now - 1500) return void (this.#timer = setTimeout(say, lastAt + 1500 - now));
      lastBy = this.host;
      lastAt = now;
      this.#set(text);
      this.#timer = setTimeout(() => this.#set(''), 7000);
    };
    this.#timer = setTimeout(say, 100);
  }

  #set(text: string | TemplateResult): void {
    clearTimeout(this.#timer);
    this.unsaid = undefined;
    this.text = text;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="klar-visually-hidden" role="status" aria-live="polite" aria-atomic="true" part="announcer">${this.text}</div>`;
  }
}
