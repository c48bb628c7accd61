import { LitElement, type PropertyValues } from 'lit';
import { VERSION } from './version.js';
import { TEXTS, langOf, languagePending } from './language-pack.js';

/**
 * The base of every klar element: the library version, the language wait, and the theming API
 * below (the tokens themselves, src/core/theme.ts, are the styles of KlarLightElement, the base
 * of every element that draws: `<klar-step>` draws nothing and carries none).
 *
 * @cssprop [--klar-color-text=#1b1b1b] - Body text colour.
 * @cssprop [--klar-color-text-muted=#4b4f54] - Secondary text (dates, hints).
 * @cssprop [--klar-color-background=#ffffff] - Background of cards and panels.
 * @cssprop [--klar-color-border=#6b7079] - Borders and markers of non-text UI (3:1 or more).
 * @cssprop [--klar-color-accent=#0b5cad] - Primary actions and the current step.
 * @cssprop [--klar-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--klar-color-link=#0b5cad] - Links.
 * @cssprop [--klar-color-success=#1e6b34] - Done and positive states.
 * @cssprop [--klar-color-success-surface=#e8f3ec] - Background of positive notices.
 * @cssprop [--klar-color-warning=#8a4b00] - Delays and waiting.
 * @cssprop [--klar-color-warning-surface=#fdf3e1] - Background of warnings.
 * @cssprop [--klar-color-danger=#b3261e] - Errors and stopped cases.
 * @cssprop [--klar-color-danger-surface=#fbeaea] - Background of errors.
 * @cssprop [--klar-color-info=#0b5cad] - Information.
 * @cssprop [--klar-color-info-surface=#e8f0fa] - Background of information.
 * @cssprop [--klar-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--klar-font-size-s=0.875rem] - Small text.
 * @cssprop [--klar-font-size-m=1rem] - Body text.
 * @cssprop [--klar-font-size-l=1.25rem] - Subheadings.
 * @cssprop [--klar-font-size-xl=1.5rem] - Headings.
 * @cssprop [--klar-line-height=1.5] - Line height of body text.
 * @cssprop [--klar-space-xs=0.25rem] - Smallest gap.
 * @cssprop [--klar-space-s=0.5rem] - Small gap.
 * @cssprop [--klar-space-m=1rem] - Default gap.
 * @cssprop [--klar-space-l=1.5rem] - Large gap.
 * @cssprop [--klar-radius=0.25rem] - Corner radius.
 * @cssprop [--klar-focus-color=#0b5cad] - Focus outline colour.
 * @cssprop [--klar-focus-width=3px] - Focus outline width.
 */
export class KlarElement extends LitElement {
  /** The klar-elements version that defined this element. */
  static version = VERSION;
  /**
   * Lit's defaults plus `serializable`: `getHTML({ serializableShadowRoots: true })`, and the
   * reader and archiving tools that use it, see what a shadow root shows (the feedback form,
   * and any element with `render-mode="shadow"`).
   */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, serializable: true } as ShadowRootInit;

  /**
   * Waits for the library's texts in the element's language before drawing (a language pack is
   * imported the first time a page reads English): the citizen never sees Danish flash by.
   * `updateComplete` includes the wait. Danish and loaded languages draw at once.
   */
  /** The parts of a language pack this element draws with (elements that show principles add `principles`). */
  static languageParts: readonly string[] = TEXTS;

  /** The pack parts this instance's next render needs: the class's `languageParts`, or more while it shows more (an open badge). */
  protected partsToDraw(): readonly string[] {
    return (this.constructor as typeof KlarElement).languageParts;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const parts = this.partsToDraw();
    this.#waited = parts;
    const pending = languagePending(langOf(this), parts);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The parts this update has waited for. */
  #waited?: readonly string[];

  /**
   * What the render needs may have grown since the wait above: a page set a decided case while
   * the draw waited for another part, or set it before the element upgraded (Lit gives such a
   * property to the element only as its first update begins). Then this render is put off, in
   * `:state(loading)`, and the element draws with every change once the part has come. A part
   * already waited for is not waited for again (one that cannot be loaded is drawn without, and
   * asked for again on the next draw).
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const parts = this.partsToDraw().filter((p) => !this.#waited?.includes(p));
    const pending = parts.length ? languagePending(langOf(this), parts) : undefined;
    if (!pending) return super.shouldUpdate(changed);
    void this.loadingWhile(
      pending.then(() => {
        for (const [k, v] of changed) this.requestUpdate(k, v);
        this.requestUpdate();
      }),
    );
    return false;
  }

  /**
   * Keeps the element sized while `drawn`, a draw that waits, is on its way, and returns it: an
   * element that draws marks it (KlarLightElement: `:state(loading)`); this base draws nothing.
   */
  protected loadingWhile(drawn: void | Promise<unknown>): void | Promise<unknown> {
    return drawn;
  }
}
