import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { stateTokens } from '../core/state-tokens.js';
import { guard } from 'lit/directives/guard.js';
import { KlarLightElement, uniqueId } from '../core/light-element.js';
import { KlarCaseView, decisionPart, delayPart, ownerHtml, ownerText, waitingPart } from '../core/case-view.js';
import { noticeStyles } from '../core/notice.styles.js';
import { calendarStyles, taskEventId } from '../core/calendar.js';
import { mergeCatalogs } from '../core/localize.js';
import { LiveAnnouncer } from '../core/announcer.js';
import { caseGone } from '../core/context.js';
import { onDemand } from '../core/on-demand.js';
import { safeUrl } from '../core/safe-url.js';
import { warnOnce, reason } from '../core/warn.js';
import { sameMoment } from '../core/dates.js';
import { heading as headingTag, levelOf } from '../core/heading.js';
import { numberIn } from '../core/number-in.js';
import { nowConverter } from '../core/converters.js';
import { leadLines, leadSays } from '../core/lead-text.js';
import { citizenAction, citizenTasks, type CitizenTask } from '../core/status-kind.js';
import { linkRowStyles } from '../core/outcome.js';
import { movedEarlier, noticeDelay, scheduleCase, type CaseSchedule, type Held, type StepSchedule, type When } from '../core/schedule.js';
import type { Case, CitizenAction, Delay, Owner, Step } from '../core/case-model.js';
import { fire } from '../core/fire.js';
import { icon } from '../core/icons.js';
import { coreMessages } from '../translations/core.js';
import { caseFactMessages } from '../translations/case-facts.js';
import { timelineMessages } from '../translations/expectation-timeline.js';
import { timelineStyles } from './expectation-timeline.styles.js';
import type { TimelineSource, TimelineToggleDetail, TimelineView } from './expectation-timeline.types.js';

/** Works out what a refresh changed, in words (announce.ts), imported the first time a refresh brings news. */
const announce = onDemand<typeof import('./announce.js')>(() => import('./announce.js'));
/** What a refresh may bring news of: the steps, their delays, a decision. */
const news = (c: Case): string => JSON.stringify([c.steps, c.delays, !!c.decision]);

/** Reads `<klar-step>` children into a case (read-steps.ts), imported when a timeline has them: a service description, not "Min sag". */
const stepReader = onDemand<typeof import('./read-steps.js')>(() => import('./read-steps.js'));

const messages = mergeCatalogs(coreMessages, caseFactMessages, timelineMessages);

const DAY = 86_400_000;

/**
 * The owner every step has, when there are several steps and one owner does them all: said once
 * above the list, not as the same "Hvem: …" line on every step (each fact once).
 */
function sharedOwner(owners: readonly (Owner | undefined)[]): Owner | undefined {
  const texts = new Set(owners.map((o) => (o ? ownerText(o) : '')));
  return owners.length > 1 && texts.size === 1 ? owners[0] : undefined;
}
/** Windows as said ("1.–15. december 2026", "12. marts 2027 kl. 08:00–12:00"), by language, zone and ends. */
const rangeCache = new Map<string, string>();
/** What is there of a step's optional pieces, in one value: one binding for them all. */
function present(...pieces: (TemplateResult | typeof nothing)[]): TemplateResult | TemplateResult[] | typeof nothing {
  const out = pieces.filter((p): p is TemplateResult => p !== nothing);
  return out.length > 1 ? out : (out[0] ?? nothing);
}

/** The timeline's headings: the shared helper, with part and class named alike. */
function heading(level: number, content: unknown, cls: string, id?: string): TemplateResult {
  return headingTag(level, content, { part: cls, cls: `klar-${cls}`, id });
}

/**
 * Tells a citizen what will happen in their case, and when: each step with its state in words,
 * when it was done or is expected, delays with their reason, honest "we are late" notices,
 * waiting that pauses the clock, what the citizen must do, the service promise and its three
 * distinct dates, and the decision with the right to appeal.
 *
 * Serves the principle "Tydelige forventninger" (clear expectations), and "Ydmyghed" through
 * the appeal route shown with every decision.
 *
 * @tagname klar-expectation-timeline
 * @summary The steps of a case, with honest dates and what the citizen must do.
 *
 * @slot - `<klar-step>` elements for a service description (declarative mode). They are read as
 *   data and are readable as plain text before the element upgrades or without JavaScript.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The main heading.
 * @csspart progress - "Trin 2 af 4: …" and its bar of one segment per step.
 * @csspart section-heading - The headings of the summary sections.
 * @csspart lead - The answer to "when?" (the same sentence `<klar-case-status>` leads with; left to it in the same `<klar-case>`).
 * @csspart summary - The block above the steps: waiting, actions, decision, promise.
 * @csspart waiting - The notice that the case is waiting (the clock is paused).
 * @csspart actions - The "what you need to do" summary (without the task a `<klar-case-status>` in the same `<klar-case>` already says).
 * @csspart action - One thing the citizen must do (in the summary and in a step).
 * @csspart promise - The service promise and its dates.
 * @csspart decision - The decision (left to a `<klar-case-status>` in the same `<klar-case>`, which says it).
 * @csspart outcome - The decision's outcome as a tag (its own words, icon and colour per kind).
 * @csspart appeal - The right to appeal and its deadline.
 * @csspart calendar-link - An "add to calendar" button, drawn as a link (a link to the file when server-rendered).
 * @csspart fold-button - The button that shows or hides earlier steps.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step; also `step-<state>`, `step-delayed`, `step-overdue`, `step-current`.
 * @csspart marker - A step's icon marker on the line.
 * @csspart marker-icon - The icon inside a step's marker.
 * @csspart title - A step's title.
 * @csspart status-tag - A step's state in words (and flags such as "delayed").
 * @csspart date - A step's date.
 * @csspart notice - A delay, overdue, waiting or stopped notice inside a step.
 * @csspart description - A step's description.
 * @csspart owner - Who does a step; said once above the list when one owner does every step.
 * @csspart loading - The loading state.
 * @csspart error - Case data it cannot show: the same notice as the status's.
 * @csspart empty - The empty state.
 * @csspart announcer - The polite live region.
 * @csspart icon - Icons (decorative: hidden from assistive technology, the words beside them say it).
 *
 * @cssprop [--klar-timeline-background=var(--klar-color-background)] - Background of the timeline (its text colours are for it).
 * @cssprop [--klar-timeline-marker-size=1.5rem] - Size of a step's marker icon.
 * @cssprop [--klar-timeline-line-width=2px] - Width of the line joining the steps.
 * @cssprop [--klar-timeline-line-color=var(--klar-color-border)] - Colour of that line.
 * @cssprop [--klar-timeline-done-color=var(--klar-color-success)] - Marker colour of done steps.
 * @cssprop [--klar-timeline-current-color=var(--klar-color-accent)] - Marker and edge of the current step.
 * @cssprop [--klar-timeline-attention-color=var(--klar-color-warning)] - Delays, waiting, overdue.
 * @cssprop [--klar-timeline-attention-surface=var(--klar-color-warning-surface)] - Their background.
 * @cssprop [--klar-timeline-action-surface=var(--klar-color-info-surface)] - Background of what the citizen must do.
 * @cssprop [--klar-timeline-gap=var(--klar-space-m)] - Space between steps.
 * @cssprop [--klar-timeline-loading-size=12rem] - Height reserved while loading.
 *
 * @event klar-timeline-toggle - The citizen showed or hid the earlier steps. Detail: `{ expanded, hiddenCount }`.
 * @event klar-calendar-add - The citizen downloaded a calendar file. Detail: `{ kind, date, fileName }`.
 */
export class KlarExpectationTimeline extends KlarCaseView {
  static override styles = [...KlarLightElement.styles, stateTokens, ...noticeStyles, linkRowStyles, calendarStyles, timelineStyles];
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    case: { attribute: false },
    now: { converter: nowConverter },
    headingLevel: { type: Number, attribute: 'heading-level' },
    heading: {},
    overdueText: { attribute: 'overdue-text' },
    foldAfter: { type: Number, attribute: 'fold-after' },
    timeZone: { attribute: 'time-zone' },
    processingTime: { attribute: 'processing-time' },
    policyUrl: { attribute: 'policy-url' },
    noRelativeDates: { type: Boolean, attribute: 'no-relative-dates' },
    expanded: { state: true },
    printing: { state: true },
    contextValue: { state: true },
    declarative: { state: true },
  };

  readonly #announcer = new LiveAnnouncer(this);

  constructor() {
    // Inside a <klar-case> with a <klar-case-status>, the status says the task, the decision, the
    // appeal, the lead answer (with the promise box's rows that say its date), the waiting notice and
    // its delay notice (it claims them first, core/context.ts); the timeline keeps its progress line,
    // its steps' tags and dates, and says them all when alone.
    super(messages, ['task', 'decision', 'appeal', 'when', 'waiting', 'delay', 'next', 'news'], 1);
  }

  /**
   * Sets the case to show: raw case JSON (as the schema and the reference server give it) or a
   * case from `parseCase`. Everything goes through `toCase`, so links, dates and text are checked
   * once, whatever the source. Wins over a surrounding `<klar-case>`. To fetch a case, wrap the
   * timeline in `<klar-case src="…">`.
   */
  override case?: Case | Record<string, unknown>;

  /** Sets the moment dates are compared with (tests, stories, server rendering); defaults to the clock. */
  override now?: Date;

  /** Sets the level of the main heading (1–6, anything else is 2); section and step headings go one level below. */
  headingLevel = 2;

  /** Replaces the default heading text. */
  heading?: string;

  /** Replaces the default text shown when a step is late without a delay being announced. */
  overdueText?: string;

  /** Folds the earlier steps when more than this many come before the current one; 0 never folds. */
  foldAfter = 3;

  /** Sets the time zone dates are shown in; Europe/Copenhagen by default. */
  override timeZone?: string;

  /** Declarative mode: the usual processing time (ISO 8601 duration, e.g. 'P8W') to state as the promise. */
  processingTime?: string;

  /** Declarative mode: a link to the published service level. */
  policyUrl?: string;

  /** Hides relative dates such as "om 3 uger". */
  noRelativeDates = false;

  private expanded = false;
  private printing = false;
  private declarative?: Case;

  #resolved?: Case;
  #source: TimelineSource = 'none';
  #schedule?: CaseSchedule;
  #scheduledFor?: Case;
  #scheduleKey = '';
  #epoch = 0;
  #invalid = false;
  /** The case last announced against. */
  #announced?: Case;
  readonly #stepVersions = new Map<string, { step: Step; delay?: Delay; json?: string; version: number }>();
  #stepVersionSeq = 0;
  /** The owner of every step, said once above the list (see sharedOwner); set at each render. */
  #sharedOwner?: Owner;
  /** The first step that is late: its notice says so with the apology, once for the case. */
  #firstOverdue?: StepSchedule;
  #lightObserver?: MutationObserver;
  /** The step reader on its way, while this timeline has `<klar-step>` children to read. */
  #reading?: Promise<void>;
  /** The base of this instance's ids: the light DOM shares the page's id space. */
  readonly #uid = uniqueId('timeline');
  readonly #onBeforePrint = () => {
    this.printing = true;
  };
  readonly #onAfterPrint = () => {
    this.printing = false;
  };

  /** Where the shown case came from: 'property', 'context', 'declarative' or 'none'. */
  get dataSource(): TimelineSource {
    return this.#source;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readDeclarative();
    // Only the author's <klar-step> children count, not what this element rendered itself.
    this.#lightObserver = new MutationObserver((records) => {
      if (records.some((r) => !this.isOwnRender(r))) this.#readDeclarative();
    });
    this.#lightObserver.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightObserver?.disconnect();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The one rule of core/heading.ts, once for every heading below (sections and steps one deeper).
    if (changed.has('headingLevel')) this.headingLevel = levelOf(this);
    // A whole number of steps (0: never); "abc", -1 or 1.5 is 3, with a warning.
    if (changed.has('foldAfter')) this.foldAfter = numberIn(this, 'fold-after', this.foldAfter, 0, 1000, 3);
    // An update no property asked for comes from a language, direction or catalog change:
    // render every step again (the guards below key on this epoch).
    if (changed.size === 0) this.#epoch++;
    try {
      this.#resolve();
    } catch (e) {
      this.#invalid = true;
      this.#schedule = undefined;
      this.#scheduledFor = undefined;
      this.#scheduleKey = '';
      warnOnce(`<klar-expectation-timeline> the case could not be shown: ${reason(e)}`);
    }
  }

  /** Waits for the step reader before drawing a service description's steps (see readDeclarative); `updateComplete` includes the wait. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#reading ? this.#reading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override hasContent(): boolean {
    return !!this.case || !!this.contextValue?.case || !!this.declarative || caseGone(this.contextValue);
  }

  // ——— data ———

  #resolve(): void {
    let c: Case | undefined;
    let source: TimelineSource = 'none';
    this.#invalid = false;
    if (this.case) {
      // Raw JSON is parsed once per object, not on every update.
      c = this.parsedCase();
      this.#invalid = this.invalidCase;
      if (c) source = 'property';
    } else if (this.contextValue) {
      c = this.contextValue.case;
      source = 'context';
    } else if (this.declarative) {
      c = this.declarative;
      source = 'declarative';
    }
    this.#source = source;
    const now = this.nowDate;
    // The zone as every date on the page reads it (knownTimeZone: an unknown one is Copenhagen), not the raw attribute.
    const tz = this.l10n.timeZone;
    // Schedule again only when the case, the clock or the zone changed (not on a language switch).
    const key = this.now ? `${now.getTime()}|${tz}` : `${Math.floor(now.getTime() / 60_000)}|${tz}`;
    if (c !== this.#scheduledFor || key !== this.#scheduleKey) {
      this.#schedule = c ? scheduleCase(c, now, tz) : undefined;
      this.#scheduledFor = c;
      this.#scheduleKey = key;
    }
    if (c !== this.#resolved) {
      this.#announceChanges(c);
      this.#resolved = c;
    }
  }

  #readDeclarative(): void {
    const els = Array.from(this.querySelectorAll<HTMLElement>('klar-step')).filter(
      (el) => el.closest('klar-expectation-timeline') === this,
    );
    if (!els.length) {
      if (this.declarative) this.declarative = undefined;
      return;
    }
    const reader = stepReader.now();
    if (!reader) {
      // The first render waits for the reader (scheduleUpdate): the steps are drawn at once.
      this.#reading ??= stepReader.load().then(
        () => {
          this.#reading = undefined;
          this.#readDeclarative();
        },
        (e: unknown) => {
          this.#reading = undefined;
          warnOnce(`<klar-expectation-timeline> could not read its <klar-step> children (${reason(e)}).`);
        },
      );
      return;
    }
    const c = reader.readService(this, els);
    // Drawn into the list, the author's steps are hidden by the attribute too, not by CSS alone: reader
    // views and tools that read a copy of the page (textContent) said every step twice. Set only when
    // not yet (the observer above sees the attribute).
    for (const el of els) if (!el.hidden) el.hidden = true;
    if (this.declarative && JSON.stringify(this.declarative) === JSON.stringify(c)) return;
    this.declarative = c;
  }

  /**
   * Speaks what changed when a refresh brings the same case with other steps, delays or a
   * decision (the first load and a different case stay quiet). The words are worked out by
   * announce.ts, imported the first time there is news: a case that never changes while the page
   * is open never downloads it.
   */
  #announceChanges(c: Case | undefined): void {
    if (!c) return;
    const prev = this.#announced;
    this.#announced = c;
    if (prev?.id !== c.id || news(prev) === news(c)) return;
    // A status beside it says a change of status ("Status på din sag er ændret til: Afgjort."): one
    // live region speaks for one change. Steps that moved while the status stayed are said here.
    if (!this.says('news') && (prev.status.code !== c.status.code || prev.status.label !== c.status.label)) return;
    const sched = this.#schedule;
    announce.load().then(
      (m) => {
        const text = m.announcement.call(this, prev, c, sched);
        if (text) this.#announcer.announce(text);
      },
      (e: unknown) => warnOnce(`<klar-expectation-timeline> could not say what changed (${reason(e)}).`),
    );
  }

  // ——— event handlers ———

  #handleToggle(hiddenCount: number): void {
    this.expanded = !this.expanded;
    fire<TimelineToggleDetail>(this, 'klar-timeline-toggle', { expanded: this.expanded, hiddenCount });
  }

  // ——— formatting ———

  /** Whether this timeline tells of a step's delay: not the one the status of its <klar-case> tells of (the step keeps its tag). */
  #saysDelay(s: StepSchedule): boolean {
    return this.says('delay') || s.delay !== noticeDelay(this.#resolved!, this.#schedule!);
  }

  /** A service description (declarative mode) has no case language to mark. */
  protected override get textCase(): Case | undefined {
    return this.#source === 'declarative' ? undefined : this.#resolved;
  }

  #fmt(d: Date, dateOnly: boolean): string {
    return dateOnly ? this.l10n.date(d) : this.l10n.dateTime(d);
  }

  /** A day, an instant or a window ("1.–15. december 2026"). */
  formatWhen(w: When): string {
    if (w.earliest.getTime() === w.latest.getTime()) return this.#fmt(w.earliest, w.dateOnly);
    // formatRange costs ~50 µs a call (20× a plain format), so windows are memoised.
    const key = `${this.l10n.lang}|${this.l10n.timeZone}|${w.dateOnly}|${w.earliest.getTime()}|${w.latest.getTime()}`;
    let out = rangeCache.get(key);
    if (out === undefined) {
      const l = this.l10n;
      // Clock times as the page says them elsewhere ("12. marts 2027 kl. 08:00–12:00"), not Intl's "08.00–12.00".
      out = w.dateOnly
        ? l.dateRange(w.earliest, w.latest)
        : l.days(w.earliest, w.latest)
          ? `${l.dateTime(w.earliest)} – ${l.dateTime(w.latest)}`
          : l.t('dateTime', { date: l.date(w.earliest), time: `${l.time(w.earliest).split(' (')[0]}–${l.time(w.latest)}` });
      if (rangeCache.size > 5000) rangeCache.clear();
      rangeCache.set(key, out);
    }
    return out;
  }

  #days(ms: number): number {
    return Math.max(1, Math.round(ms / DAY));
  }

  /** "Datoen er 7 dage senere end først planlagt, fordi sagen har ventet", with the days waited when the move is more (core/schedule.ts waitedIf). */
  #moved(ms: number, waited: number | undefined): string {
    return this.l10n.t('timeline.paused.moved', waited ? { count: this.#days(ms), waited } : { count: this.#days(ms) });
  }

  // ——— rendering ———

  override render(): TemplateResult {
    const view = this.#view();
    // Inside a failing <klar-case>: the provider's notice says it once; a heading over nothing would only repeat it.
    if (view === 'provided-error') return html`<div part="base" class="klar-base klar-view-error" hidden>${this.#announcer.render()}</div>`;
    const lone = this.#source === 'none' && this.noCase('put it in a <klar-case src>, set its case, or give it <klar-step> children');
    if (lone) return html`<div part="base" class="klar-base klar-view-error">${lone}${this.#announcer.render()}</div>`;
    const level = this.headingLevel;
    const declarative = this.#source === 'declarative';
    const title = this.heading || this.l10n.t(declarative ? 'timeline.heading.service' : 'timeline.heading');
    // A <div>, not a <section>: several timelines on one page must not make look-alike landmarks.
    return html`<div part="base" class="klar-base klar-view-${view}" aria-busy=${view === 'loading' ? 'true' : 'false'}>
      ${heading(level, title, 'heading', `${this.#uid}-heading`)}
      ${view === 'loading'
        ? // Beside a status in the same <klar-case> (it says when, and that it is on its way), the space stays and the words are said once, there.
          html`<p part="loading" class="klar-loading">${this.#source === 'context' && !this.says('when') ? nothing : this.l10n.t('loading')}</p>`
        : view === 'error'
          ? this.renderUnreadable()
          : view === 'empty'
            ? html`<p part="empty" class="klar-empty">${this.l10n.t('timeline.empty')}</p>`
            : this.#renderReadySafely()}
      ${this.#announcer.render()}
    </div>`;
  }

  #view(): TimelineView {
    if (this.#invalid) return 'error';
    const c = this.#resolved;
    if (this.#source === 'context' && !c) {
      // The provider shows load errors itself, once for every element inside it.
      const s = this.contextValue?.state;
      return s === 'error' ? 'provided-error' : s === 'loading' || s === 'idle' ? 'loading' : 'empty';
    }
    // Inside a <klar-case> not upgraded yet: it gives its case later.
    if (!c) return 'loading';
    if (!this.#schedule) return 'error';
    if (!c.steps.length && !c.decision && !c.promise) return 'empty';
    return 'ready';
  }

  /** Never throws: data the model allows but we did not foresee shows the plain error instead. */
  #renderReadySafely(): TemplateResult {
    try {
      return this.#renderReady();
    } catch (e) {
      warnOnce(`<klar-expectation-timeline> could not render the case: ${reason(e)}`);
      this.#invalid = true;
      return this.renderUnreadable();
    }
  }

  #renderReady(): TemplateResult {
    const c = this.#resolved!;
    const sched = this.#schedule!;
    const steps = sched.steps;
    const currentIndex = sched.current?.index ?? steps.findIndex((s) => s.step.state !== 'done' && s.step.state !== 'skipped');
    const anchor = currentIndex < 0 ? steps.length : currentIndex;
    // Keep the step just before the current one in view, so the citizen sees where they came from.
    const foldable = this.foldAfter > 0 && anchor > this.foldAfter ? anchor - 1 : 0;
    const folded = foldable > 0 && !this.expanded && !this.printing;
    const visible = folded ? steps.slice(foldable) : steps;
    const now = this.nowDate;
    this.#sharedOwner = sharedOwner(steps.map((s) => this.owner(c, s.step)));
    // The lead says a missed answer with the apology and what happens now: the late step then says its
    // date in the past tense as later ones do, not "Vi er forsinket … Vi kontakter dig" a second time.
    this.#firstOverdue = sched.lead?.missed && !this.overdueText ? undefined : steps.find((s) => s.overdue);
    const shared = [
      this.#epoch,
      this.l10n.lang,
      this.l10n.timeZone,
      // Relative dates change with the day, not the millisecond.
      Math.floor(now.getTime() / 3_600_000),
      this.headingLevel,
      this.overdueText ?? '',
      this.noRelativeDates,
      !!sched.openSuspension,
      this.says('delay'),
      this.says('when'),
      this.#sharedOwner && ownerText(this.#sharedOwner),
    ].join('|');
    const summary = [c.decision || !this.says('when') ? nothing : this.#renderLead(sched), this.#renderWaiting(sched), this.#renderActions(c, sched, !!steps.length && currentIndex < 0), decisionPart.now()?.decision.call(this, c, sched, { level: this.headingLevel + 1, cls: 'klar-section-heading', icon: true, id: `${this.#uid}-decision` }) ?? nothing, this.#renderPromise(c, sched)];
    // No steps, and all it would say the status beside it says (an Open311 case): a heading over nothing says less than this.
    if (!steps.length && summary.every((p) => p === nothing)) return html`<p part="empty" class="klar-empty">${this.l10n.t('timeline.empty')}</p>`;
    // A stale case (a refresh failed) is said once, by the surrounding <klar-case>.
    return html`${this.#renderProgress(sched)}<div part="summary" class="klar-summary">
        ${summary[0]} ${summary[1]} ${summary[2]} ${summary[3]} ${summary[4]}
      </div>
      ${this.#sharedOwner ? html`<p part="owner" class="klar-owner">${this.tc('timeline.owner.all', { owner: ownerHtml(this.#sharedOwner) })}</p>` : nothing}
      ${foldable
        ? html`<button
            type="button"
            part="fold-button"
            class="klar-fold"
            aria-expanded=${folded ? 'false' : 'true'}
            aria-controls=${`${this.#uid}-steps`}
            @click=${() => this.#handleToggle(foldable)}
          >
            ${icon('chevron', 'fold-icon')}${this.l10n.t(folded ? 'timeline.fold.show' : 'timeline.fold.hide', { count: foldable })}
          </button>`
        : nothing}
      ${steps.length
        ? html`<ol part="list" class="klar-list" id=${`${this.#uid}-steps`} aria-label=${this.l10n.t('timeline.steps')} start=${folded ? foldable + 1 : 1}>
            ${visible.map(
              // A step whose inputs are unchanged is not rendered again: in a long case an update
              // costs one key per step, and only the changed step's DOM is touched. Items are kept
              // by position, not by id (Lit's keyed `repeat` costs 0.7 KiB brotli on every page):
              // a step that comes to a new position (unfolding, a step added) has another version
              // in its key, so that position renders it afresh.
              (s) => guard(this.#stepKey(s, s.index === currentIndex, shared), () => this.#renderStepSafely(s, s.index === currentIndex)),
            )}
          </ol>`
        : // No steps beside a promise: said, not a heading "Det sker i din sag" over the promise alone.
          html`<p part="empty" class="klar-empty">${this.l10n.t('timeline.empty')}</p>`}`;
  }

  /**
   * "Trin 3 af 5: Vi vurderer sagen" (with none begun, "Næste trin: …") as text, and a bar of one segment per step that tells done,
   * current and to come apart by shape (filled, half, outline), never by colour alone. Skipped
   * steps are not counted. A service description with nothing started yet says nothing here.
   */
  #renderProgress(sched: CaseSchedule): TemplateResult | typeof nothing {
    const counted = sched.steps.filter((s) => s.step.state !== 'skipped');
    if (counted.length < 2 || !counted.some((s) => s.step.state !== 'upcoming')) return nothing;
    const at = counted.findIndex((s) => s.step.state !== 'done');
    // Nothing begun yet: the step to come is named as the next one, not as "Trin 2 af 3" beside its "Kommer senere".
    const next = counted[at]?.step.state === 'upcoming';
    const text =
      at < 0
        ? this.l10n.t('timeline.progress.done', { total: counted.length })
        : this.tc(next ? 'timeline.progress.next' : 'timeline.progress', { title: counted[at].step.title }, { n: at + 1, total: counted.length });
    return html`<div part="progress" class="klar-progress">
      <p class="klar-progress-text">${text}</p>
      <span class="klar-progress-bar${counted.length > 12 ? ' klar-many' : ''}" aria-hidden="true"
        >${counted.map((_s, i) => html`<span class="klar-seg ${i < at || at < 0 ? 'klar-seg-done' : i === at && !next ? 'klar-seg-current' : 'klar-seg-todo'}"></span>`)}</span
      >
    </div>`;
  }

  /** The one answer to "when?", the same sentence the status leads with (core/lead-text.ts). */
  #renderLead(sched: CaseSchedule): TemplateResult | typeof nothing {
    const lines = leadLines(sched.lead, (d) => this.soonDate(d), this.#resolved?.endsIn);
    if (!lines.length) return nothing;
    return html`<div part="lead" class="klar-lead-answer">
      ${lines.map((l) => html`<p class=${l.warn ? 'klar-warn' : ''}>${icon(l.warn ? 'warning' : 'calendar')} ${this.l10n.t(l.key, l.values)}</p> `)}
    </div>`;
  }

  #renderWaiting(sched: CaseSchedule): TemplateResult | typeof nothing {
    const s = sched.openSuspension;
    return s && this.says('waiting') ? (waitingPart.now()?.timelineWaiting.call(this, s) ?? nothing) : nothing;
  }

  /**
   * Everything the citizen must still do (core/status-kind.ts citizenTasks). Inside a <klar-case>
   * whose status says the task, the one task it says is left out here.
   */
  #citizenActions(c: Case, sched: CaseSchedule): CitizenTask[] {
    const said = this.says('task') ? undefined : citizenAction(c, sched);
    return citizenTasks(c, sched).filter((t) => t.action.text !== said?.text);
  }

  /**
   * `done`: every step is done (the progress says so), and a task is still open, as a fee to pay
   * after the decision: it is kept, and said as what is still to do, not beside "færdige" as if
   * that were not so.
   */
  #renderActions(c: Case, sched: CaseSchedule, done: boolean): TemplateResult | typeof nothing {
    const actions = this.#citizenActions(c, sched);
    if (!actions.length) return nothing;
    return html`<div part="actions" class="klar-actions">
      ${heading(this.headingLevel + 1, html`${icon('action')}${this.l10n.t(done ? 'action.still' : 'timeline.actions.heading')}`, 'section-heading', `${this.#uid}-actions`)}
      <ul>
        ${actions.map(
          ({ action, from }) => html`<li part="action" class="klar-action">
            ${this.#renderActionText(action)}
            ${action.dueDate && !this.due(action.dueDate, 'action.due').passed
              ? this.renderCalendar('action', action.dueDate, this.l10n.t('calendar.action', { text: action.text }), taskEventId(c, from), c, this.l10n.t('calendar.add.action'))
              : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderActionText(a: CitizenAction): TemplateResult {
    const url = safeUrl(a.url);
    return html`<span class="klar-action-text">${this.taskText(a, url ? html`<a href=${url}>${this.ct(a.text)}</a>` : html`<span>${this.ct(a.text)}</span>`)}</span>`;
  }

  #renderPromise(c: Case, sched: CaseSchedule): TemplateResult | typeof nothing {
    const p = sched.promise;
    if (!p || c.decision) return nothing;
    // A service description (declarative mode) states the usual time but has no case to date.
    const promised = this.#source === 'declarative' ? undefined : p.promisedDate;
    // A case that ends in work done (a service request) is never said to end in a decision.
    const done = c.endsIn === 'done';
    const moved = (ms: number | undefined, waited: number | undefined) => (ms ? html` ${this.#moved(ms, waited)}` : nothing);
    // A date on hold while the case waits is said relative to the wait, and not offered to a calendar.
    const dp = sched.dates?.processingTime;
    const dl = sched.dates?.planned;
    const processingHeld = dp?.held;
    const plannedHeld = dl?.held;
    // A step's delay never moves the answer (core/schedule.ts lead): the box says the promise as it is.
    const lead = sched.lead;
    const planned = p.planned;
    const missed = (passed: boolean | undefined) => (passed ? html` ${this.l10n.t('timeline.promise.missed')}` : nothing);
    // The box claims what only it says: the processing time, a date of its own, a missed promise, the
    // legal deadline. Beside a status that says when (core/context.ts), a date the status's lead answer
    // says (and the move to it) is left to the status, as is a case delay's new date the status's
    // delay notice tells of. Alone, the box leaves out the date its own lead answer says.
    const leaveWhen = !this.says('when');
    // The lead answer is said above the box, by the status or by this timeline itself: a row with its date would say it twice.
    // A stopped case keeps no date (core/schedule.ts lead): the box holds back its dates too, beside
    // "Sagen er stoppet"; the usual time, a missed date and the legal deadline stay.
    const repeats = (at: { date?: string; held?: Held; missed?: boolean } | undefined) => leadSays(lead, at) || (lead?.stopped !== undefined && !at?.missed);
    const plannedMissed = !!dl?.missed;
    // A plan at or before the service goal's date already says when: the goal's date beside it would
    // be a second "at the latest" for the same answer (7 and 11 January), so the box keeps the usual
    // time and leaves that date out. A plan past it keeps the goal's date, said as one the case will
    // pass. A missed date and a date on hold are said as before.
    // While the case waits, both are on hold from the same wait: they compare by the days left
    // ("svar inden for 27 dage" beside "senest 23 dage efter …" was the same two answers).
    // The plan is the lead answer's: the planned date, or the steps' own plan where it runs past the
    // goal and the planned date (core/schedule.ts lead). NaN, with no date or days, compares as none.
    const planEnd = !dp?.missed && promised && !lead?.missed && !lead?.held === !processingHeld ? +(lead?.held?.days ?? lead?.when?.latest ?? NaN) : undefined;
    const goalEnd = +(processingHeld?.days ?? promised?.latest ?? 0);
    // A missed lead ("Vi regnede med at svare senest …. Det nåede vi ikke … Vi svarer, så snart vi kan")
    // is the one answer: the usual time stays said as the norm above, never as a second date for the
    // case, ahead ("For din sag betyder det senest 15. januar", a date nobody now promises this case:
    // the plan for it was missed) or missed too (a second apology).
    // A plan a few days past the goal (a weekend, a holiday: 7 January beside 8 January) is no news and
    // read as an unexplained delay ("men din sag tager længere tid"): the plan says when, once, and the
    // usual time stays the norm. Only a plan more than a week past it says the goal's date beside it.
    // Beside a status that tells of the delay, its notice says the date before it ("Før regnede vi
    // med 3. december") and its lead that we are later than promised: a usual date on that day is
    // said there, missed ("For din sag betyder det senest 3. december. Den dato nåede vi ikke." said
    // it again) or still ahead ("Normalt ville det for din sag være 3. december, men din sag tager
    // længere tid." did).
    const before = promised && !this.says('delay') ? noticeDelay(c, sched)?.previousDate : undefined;
    const toldBefore = !!before && this.l10n.date(before) === this.l10n.date(promised!.latest);
    const processingShown = !!promised && !repeats(dp) && !lead?.missed && !toldBefore && !(planEnd! <= goalEnd + (processingHeld ? 7 : 7 * DAY));
    // Past the goal: the goal's date is said as what it would usually have been, never as a second "senest" beside the plan.
    const longer = planEnd! > goalEnd;
    // A case-wide delay this box tells of: the old date and the reason here, the new one in the lead answer.
    // A lead that rests on the plan says its date; one with another (the steps' own plan runs past it) leaves it out: no second answer.
    const plannedShown = !!planned && !repeats(dl) && !(lead?.when ?? lead?.held) && !(p.caseDelay && !this.says('delay'));
    const movedFrom = p.caseDelay && this.says('delay') ? dl?.movedFrom : undefined;
    // No usual time, no date and no legal deadline (one the case data gave could not be read), and
    // no date from the steps' own plan: the box's question is answered plainly rather than left with
    // a link under it. With a plan's date the lead answer says it ("Vi kan ikke vise en dato lige nu."
    // stood right under "Du kan forvente svar senest 29. januar 2027.").
    const processingTime = p.processingTime
      ? html`<p class="klar-lead">${this.l10n.t('timeline.promise.lead', { duration: this.#duration(p.processingTime, p.processingTimeWorkingDays) })}</p>`
      : !p.planned && !promised && !p.legalDeadline && !(lead?.when ?? lead?.held)
        ? html`<p class="klar-lead">${this.l10n.t('timeline.promise.unknown')}</p>`
        : nothing;
    const legalPassed = sched.dates?.legalDeadline?.passed;
    const rows = present(
      processingShown
        ? html`<div class="klar-promise-row" data-kind="processing">
            <dt>${this.l10n.t('timeline.promise.processing')}</dt>
            <dd>${this.l10n.t(longer ? 'timeline.promise.processingLonger' : 'timeline.promise.processingDate', { date: processingHeld ? this.held(processingHeld) : this.formatWhen(promised!) })}${moved(p.pausedMs, p.waitedDays)}${missed(dp?.missed)}</dd>
          </div>`
        : nothing,
      plannedShown || movedFrom
        ? html`<div class="klar-promise-row" data-kind="planned">
            <dt>${this.l10n.t(done ? 'timeline.promise.planned.done' : 'timeline.promise.planned')}</dt>
            <dd>
              ${plannedShown ? html`${plannedHeld ? this.held(plannedHeld) : this.formatWhen(planned!)}${plannedMissed ? missed(true) : nothing}` : nothing}${movedFrom
                ? `${plannedShown ? (plannedMissed ? ' ' : '. ') : ''}${this.l10n.t('timeline.promise.moved', { date: this.caseDate(movedFrom) })}`
                : nothing}
              ${p.caseDelay?.reason && this.says('delay') ? this.tc('timeline.delay.reason', { reason: p.caseDelay.reason }) : nothing}${plannedShown ? moved(p.plannedPausedMs, p.plannedWaitedDays) : nothing}
            </dd>
          </div>`
        : nothing,
      p.legalDeadline
        ? html`<div class="klar-promise-row" data-kind="legal">
            <dt>${this.l10n.t('timeline.promise.legal')}</dt>
            <dd>${legalPassed || lead?.pastLegal ? this.l10n.t(legalPassed ? 'timeline.promise.legalPassed' : lead!.held ? 'timeline.promise.legalHeld' : 'timeline.promise.legalAfter', { date: this.caseDate(p.legalDeadline) }) : this.caseDate(p.legalDeadline)}</dd>
          </div>`
        : nothing,
    );
    // The lead's date (core/case-view.ts renderAnswerCalendar); beside a date the status says, the
    // status offers it (the link goes beside the date it adds: said once, there).
    const calendar = (planned || promised) && !(leaveWhen && leadSays(lead, { when: lead?.when })) ? this.renderAnswerCalendar(c, lead) : nothing;
    // Everything left to the status: no heading over nothing.
    if (processingTime === nothing && rows === nothing && calendar === nothing && !p.policyUrl) return nothing;
    // Beside a status that answers "when?", the box holds the service's goal and limits, not that
    // answer: asked again as its heading, "Hvornår får du svar?" was answered by "normalt inden for 10
    // dage" on a case the status said was late (demo review, stop 55).
    const title = leaveWhen ? 'timeline.promise.heading.goal' : done ? 'timeline.promise.heading.done' : 'timeline.promise.heading';
    return html`<div part="promise" class="klar-promise">
      ${heading(this.headingLevel + 1, html`${icon('clock')}${this.l10n.t(title)}`, 'section-heading', `${this.#uid}-promise`)}
      ${processingTime} ${rows === nothing ? nothing : html`<dl>${rows}</dl>`}
      <p class="klar-links">
        ${calendar}
        ${p.policyUrl ? html`<a href=${p.policyUrl}>${icon('link')}${this.l10n.t('timeline.promise.policy')}</a>` : nothing}
      </p>
    </div>`;
  }

  /**
   * A number that changes only when a step's data or its delay does. The same objects keep their
   * version at no cost (a language switch, the clock ticking); a refreshed case's new objects are
   * compared by content, once each; a first render compares nothing.
   */
  #stepVersion(s: StepSchedule): number {
    const prev = this.#stepVersions.get(s.step.id);
    if (prev && prev.step === s.step && prev.delay === s.delay) return prev.version;
    const json = prev ? JSON.stringify([s.step, s.delay]) : undefined;
    if (prev && (prev.json ??= JSON.stringify([prev.step, prev.delay])) === json) {
      Object.assign(prev, { step: s.step, delay: s.delay, json });
      return prev.version;
    }
    // Versions only grow, so forgetting old ids (another case) can never make a new step look unchanged.
    if (this.#stepVersions.size > 10_000) this.#stepVersions.clear();
    const version = ++this.#stepVersionSeq;
    this.#stepVersions.set(s.step.id, { step: s.step, delay: s.delay, json, version });
    return version;
  }

  /** Everything a step's rendering depends on, compared item by item by `guard`. */
  #stepKey(s: StepSchedule, isCurrent: boolean, shared: string): unknown[] {
    const w = s.expected;
    const o = this.owner(this.#resolved!, s.step);
    return [shared, isCurrent, o && ownerText(o), s.overdue, s.waitsOnYou, s === this.#firstOverdue, s.pausedMs, w?.earliest.getTime(), w?.latest.getTime(), w?.dateOnly, this.#stepVersion(s)];
  }

  // Steps render inside `repeat` at commit time, outside render()'s try: guard each one.
  #renderStepSafely(s: StepSchedule, isCurrent: boolean): TemplateResult {
    try {
      return this.#renderStep(s, isCurrent);
    } catch (e) {
      warnOnce(`<klar-expectation-timeline> could not render step "${s.step.id}": ${reason(e)}`);
      return html`<li part="step" class="klar-step" data-step-id=${s.step.id}><span part="marker" class="klar-marker"></span><div class="klar-body">${heading(this.headingLevel + 1, this.ct(s.step.title), 'title')}</div></li>`;
    }
  }

  #renderStep(s: StepSchedule, isCurrent: boolean): TemplateResult {
    const st = s.step;
    const owner = this.owner(this.#resolved!, st);
    const finished = st.state === 'done' || st.state === 'skipped';
    // The step the case waits in is on hold, not in progress: one state in words, not "I gang" and
    // "På pause" at once. A stopped step stays stopped (its notice says what happens next).
    const paused = isCurrent && !!this.#schedule?.openSuspension && st.state !== 'blocked';
    // The citizen has something to do in the step: its own task, or the wait it is in is for them
    // (a task given with the wait, or its reason): bol-0893's waiting step said
    // only "På pause", as though nobody had to act.
    const action = !finished && (st.citizenAction || (paused && this.#schedule!.openSuspension!.waitingFor === 'citizen'));
    const parts = ['step', `step-${st.state}`];
    if (isCurrent) parts.push('step-current');
    // A date moved earlier is no delay (its notice says "rykket frem"); past that date, the step is late as any.
    const delayed = !!s.delay && !finished && !movedEarlier(s.delay, this.l10n.timeZone);
    if (delayed) parts.push('step-delayed');
    if (s.overdue) parts.push('step-overdue');
    const level = this.headingLevel + 1;
    // The optional pieces go into one binding each for the tags and the notices: a step costs a
    // few parts, not one per piece it might have (a long timeline has hundreds of steps). Each
    // piece starts with a space, as the pieces were apart in the markup.
    const tags = present(
      s.overdue || delayed
        ? html` <span part="status-tag" class="klar-tag klar-tag-attention">${icon('warning')}${this.l10n.t(s.overdue ? 'timeline.tag.overdue' : 'timeline.tag.delayed')}</span>`
        : nothing,
      action ? html` <span part="status-tag" class="klar-tag klar-tag-action">${icon('action')}${this.l10n.t('timeline.tag.action')}</span>` : nothing,
      this.#renderStepDate(s),
    );
    const notices = present(
      // A status beside it says the stop where it would say when (one sentence for the case, core/case-facts).
      st.state === 'blocked' && this.says('when') ? html` <p part="notice" class="klar-notice klar-stopped">${icon('blocked')}<span>${this.l10n.t('stopped')}</span></p>` : nothing,
      s.delay && !finished && this.#saysDelay(s) ? (delayPart.now()?.timelineDelay.call(this, s) ?? nothing) : nothing,
      s === this.#firstOverdue ? this.#renderOverdue(s) : nothing,
      // Past its date while it waits for the citizen's task: it ends when we have it, not "we are late".
      s.waitsOnYou ? html` <p part="notice" class="klar-notice klar-waits-on-you">${icon('action')}<span>${this.l10n.t('timeline.waitsOnYou')}</span></p>` : nothing,
      isCurrent && !finished && s.pausedMs > 0 && s.expected
        ? html` <p part="notice" class="klar-notice klar-paused">${icon('pause')}<span>${this.#moved(s.pausedMs, s.waitedDays)}</span></p>`
        : nothing,
      st.description ? html` <p part="description" class="klar-description">${this.ct(st.description)}</p>` : nothing,
      owner && !this.#sharedOwner ? html` <p part="owner" class="klar-owner">${this.tc('timeline.step.owner', { owner: ownerHtml(owner) })}</p>` : nothing,
    );
    // The marker is the icon named as the state (core/icons.ts has one per state; tsc checks it).
    return html`<li part=${parts.join(' ')} class=${parts.map((p) => `klar-${p}`).join(' ')} aria-current=${isCurrent && st.state !== 'upcoming' ? 'step' : nothing} data-step-id=${st.id}>
      <span part="marker" class="klar-marker">${icon(st.state, 'marker-icon')}</span>
      <div class="klar-body">
        ${heading(level, this.ct(st.title), 'title')}
        <p class="klar-meta">
          ${paused
            ? html`<span part="status-tag" class="klar-tag klar-tag-attention">${icon('pause')}${this.l10n.t('timeline.tag.paused')}</span>`
            : html`<span part="status-tag" class="klar-tag klar-tag-${st.state}">${this.l10n.t(`state.${st.state}`)}</span>`}
          ${tags}
        </p>
        ${notices}
      </div>
    </li>`;
  }

  #renderStepDate(s: StepSchedule): TemplateResult | typeof nothing {
    const st = s.step;
    let text = '';
    let rel = '';
    if (st.state === 'done') {
      // The moment of the decision is said once, with it ("Afgjort den 1. december 2026 kl. 12:00.", by
      // this timeline or the status beside it): a step done in that minute says "Færdig" alone, where
      // the date and time stood a second time a few lines below (demo review, stop 55).
      if (st.completedAt && !sameMoment(st.completedAt, this.#resolved?.decision?.decidedAt, this.l10n.timeZone))
        text = this.l10n.t('timeline.step.done', { date: this.caseDate(st.completedAt) });
    } else if (st.state === 'skipped') {
      return nothing;
    } else if (s.held) {
      // Held while the case waits with no end date: relative to the wait, never a sliding date.
      text = this.l10n.t('timeline.step.expectedDone', { date: this.held(s.held) });
    } else if (s.overdue || s.waitsOnYou) {
      // A passed date is never said as one to come ("Forventet 28. november" on 3 December). The first
      // late step's notice says it with the apology; each later one says it in the past tense, once.
      if (s === this.#firstOverdue && !this.overdueText) return nothing;
      text = this.l10n.t('timeline.step.wasExpected', { date: this.formatWhen(s.expected!) });
    } else if (s.expected) {
      // A step's date is when it ends, also for one not begun: "Forventet 28. december" read as its start.
      // A window already begun is said by its end: "8.–15. december" on 9 December offered a day gone by.
      const now = this.nowDate;
      const { earliest, latest } = s.expected;
      const begun = earliest < now && latest > earliest;
      text = begun
        ? this.l10n.t('timeline.step.expectedBy', { date: this.#fmt(latest, s.expected.dateOnly) })
        : this.l10n.t('timeline.step.expectedDone', { date: this.formatWhen(s.expected) });
      const from = begun ? latest : earliest;
      // A step due today says so ("Forventet færdig 6. december 2026 (i dag)"), as the answer's date does.
      const today = s.expected.dateOnly && this.l10n.days(from, now) === 0;
      if (!this.noRelativeDates && (today || from > now) && from.getTime() - now.getTime() < 730 * DAY) {
        const relative = this.l10n.relative(from, now, latest > from ? latest : undefined);
        if (relative) rel = this.l10n.t('timeline.step.relative', { relative });
      }
    } else if (st.expected?.kind === 'duration') {
      text = this.l10n.t('timeline.step.duration', { duration: this.#duration(st.expected.duration, st.expected.workingDays) });
    }
    if (!text) return nothing;
    return rel
      ? html` <span part="date" class="klar-date">${text} <span class="klar-relative">${rel}</span></span>`
      : html` <span part="date" class="klar-date">${text}</span>`;
  }

  /** A duration in words; one the case counts in working days says so ("10 arbejdsdage", never "10 dage"). */
  #duration(iso: string, workingDays: boolean | undefined): string {
    return workingDays ? this.l10n.t('timeline.workingDays', { count: parseInt(iso.slice(1), 10) }) : this.l10n.duration(iso);
  }

  #renderOverdue(s: StepSchedule): TemplateResult {
    const date = s.expected ? this.formatWhen(s.expected) : '';
    return html` <p part="notice" class="klar-notice klar-overdue">${icon('warning')}<span>${this.overdueText || this.l10n.t('timeline.overdue', { date })}</span></p>`;
  }
}
