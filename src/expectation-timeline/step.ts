import { nothing } from 'lit';
import { KlarElement } from '../core/klar-element.js';
import type { StepState } from '../core/case-model.js';

/**
 * One step of a service description, read by a surrounding `<klar-expectation-timeline>`.
 * It renders nothing itself and has no shadow root: its text stays ordinary page text, so the
 * steps are readable before the elements upgrade, without JavaScript, and by search engines.
 * The first child element is the title (e.g. `<strong>` or `<h3>`), the rest is the
 * description; a `label` attribute overrides the title.
 *
 * Serves "Tydelige forventninger": a service page says how a case usually goes.
 *
 * @tagname klar-step
 * @summary A declarative step for `<klar-expectation-timeline>`.
 *
 * @slot - The step's title (first element) and description (the rest).
 *
 * Every property reflects to its attribute, so `step.expected = '2026-12-01'` (or a framework
 * prop) changes the timeline exactly as `expected="2026-12-01"` in the HTML does.
 */
export class KlarStep extends KlarElement {
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    state: { reflect: true },
    date: { reflect: true },
    expected: { reflect: true },
    duration: { reflect: true },
    label: { reflect: true },
  };
  /** Sets the step's state: done, current, upcoming, skipped or blocked. */
  state: StepState = 'upcoming';

  /** Sets when the step was done (done steps) or is expected (others): 'YYYY-MM-DD' or an ISO instant. */
  date?: string;

  /** Sets when the step is expected: a date, a window 'YYYY-MM-DD/YYYY-MM-DD', or a duration 'P2W'. */
  expected?: string;

  /** Sets how long the step usually takes, as an ISO 8601 duration ('P2W'). */
  duration?: string;

  /** Overrides the title taken from the first child element. */
  label?: string;

  // Light DOM: the content is the page's own text, shown as is when used alone.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): typeof nothing {
    return nothing;
  }
}
