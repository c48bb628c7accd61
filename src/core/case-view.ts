import { DayChange } from './day-change.js';
import { ContextConsumer } from '@lit/context';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ics, icsFileName, type CalendarAddDetail, type CalendarKind } from './calendar.js';
import type { Case, CitizenAction, Handoff, Owner, Step } from './case-model.js';
import { FactClaimer, caseContext, says, type CaseContextValue, type CaseFact } from './context.js';
import { caseTextLang, markText, markedMessage } from './case-lang.js';
import { caseDateText, dueText, soonText } from './date-text.js';
import { calendarDate, deadlineDay, isDateOnly, toInstant } from './dates.js';
import { fire } from './fire.js';
import { SLOW_MS } from './http.js';
import { icon } from './icons.js';
import { addLanguagePack, addPackLoader } from './language-pack.js';
import { KlarLightElement } from './light-element.js';
import { LocalizeController, type Catalog, type MessageParams, type Messages } from './localize.js';
import { onDemand, type OnDemand } from './on-demand.js';
import { toCase } from './parse-case.js';
import { isOpen, type Held, type LeadAnswer, type When } from './schedule.js';
import { reason, warnOnce } from './warn.js';
import { drawKeepingPlace } from './scroll-anchor.js';

type IcsWriter = typeof import('./ics.js');

/** Who does a step, as the citizen reads it: "Mette Holm, Byggesag". */
export const ownerText = (o: Owner): string => (o.name ? `${o.name}, ${o.department}` : o.department);

/**
 * The same, shown: a person's name is not translated when the page is ("Holm", "Bak" are words
 * too; translate="no", as on the contact's name, the reference, the phone and the e-mail), while
 * the unit ("Byggesag", "Natur og Miljø") is Danish prose a translator helps a reader with.
 */
export const ownerHtml = (o: Owner): TemplateResult | string => (o.name ? html`<span translate="no">${o.name}</span>, ${o.department}` : o.department);

/**
 * A branch of a case that few cases have (issue 15): its code for the status and the timeline and
 * its Danish texts, a module of its own, imported when the case shown has one. It is a part of the
 * language packs (core/language-pack.ts) of the same name, so an element whose case needs it waits
 * for it before it draws, as for its texts: the first render that shows it draws it whole, both
 * elements in the same frame, and nothing moves. A part that cannot be loaded is drawn without
 * (with one warning) and asked for again on the next draw. Server rendering has them at once
 * (src/ssr/index.ts).
 */
function casePart<T extends { messages: Messages }>(name: string, importer: () => Promise<T>): OnDemand<T> {
  const part = onDemand(importer);
  addPackLoader('da', name, () => part.load().then((m) => m.messages));
  // Given at once (server rendering): its texts with it, as a load brings them.
  return {
    ...part,
    provide(m) {
      part.provide(m);
      addLanguagePack('da', m.messages, name);
    },
  };
}

/** The decision and the right to appeal it (./case-decision.ts). */
export const decisionPart = casePart('decision', () => import('./case-decision.js'));

/** A delay, or a date moved earlier (./case-delay.ts). */
export const delayPart = casePart('delay', () => import('./case-delay.js'));

/** A case that waits: its waiting notices (./case-waiting.ts). */
export const waitingPart = casePart('waiting', () => import('./case-waiting.js'));

/** A case moved to another unit: the status's notice of it (./case-handoff.ts). */
export const handoffPart = casePart('handoff', () => import('./case-handoff.js'));

/** The parts only an element that may say the fact of the same name draws (the compact status says neither, the timeline no move). */
const OWN_FACT: readonly string[] = ['waiting', 'handoff'];

/** The parts (see casePart) that drawing case `c` at `now` in zone `tz` needs. */
const partsOf = (c: Case, now: Date, tz: string): string[] =>
  [c.decision && 'decision', c.delays.length && 'delay', c.suspensions.some((s) => isOpen(s, now, tz)) && 'waiting', c.handoffs.length && 'handoff'].filter((p): p is string => !!p);

/** The case's latest move to another unit, the one the status tells of. */
export const lastHandoff = (c: Case): Handoff | undefined => [...c.handoffs].sort((a, b) => (a.at < b.at ? 1 : -1))[0];

/**
 * The base of the elements that show one case, <klar-case-status> and
 * <klar-expectation-timeline>: one copy of what both do before they render. They take their
 * case from the `case` property (through `toCase`, once per object) or from a surrounding
 * `<klar-case>` (context), claim the facts they say there (core/context.ts), and say case text
 * and dates the same way: case text marked with the case's language (WCAG 3.1.2), a case date
 * as a day or an instant, a date held while the case waits relative to the wait.
 *
 * Each element declares `case`, `now` and the `contextValue` state in its own `static
 * properties`, with its own documentation.
 */
export class KlarCaseView extends KlarLightElement {
  /** The case to show, as set (raw JSON or a parsed case); each element declares and documents it. */
  declare case?: Case | Record<string, unknown>;
  /** The moment dates are compared with; each element declares and documents it. */
  declare now?: Date;
  /** The IANA time zone of the case's dates; each element declares and documents it. */
  declare timeZone?: string;
  /** What a surrounding `<klar-case>` provides (a reactive state of each element). */
  protected declare contextValue?: CaseContextValue;

  protected readonly l10n: LocalizeController;
  readonly #claims: FactClaimer;
  #parsedFrom?: unknown;
  #parsed?: Case;
  /** The `case` property was set and is not case data. */
  protected invalidCase = false;
  /** A task has passed since the element was connected: a case set by script right after has come by now. */
  #settled = false;
  /** As long as a slow load has passed since the element was connected with no case: none is coming. */
  #waited = false;
  #waitTimer?: ReturnType<typeof setTimeout>;

  /** `messages`: the element's catalog; `facts` and `rank`: what it claims to say in a `<klar-case>` (core/context.ts). */
  constructor(messages: Catalog, facts: readonly CaseFact[] | (() => readonly CaseFact[]), rank: number) {
    super();
    this.l10n = new LocalizeController(this, messages);
    // "i dag", "om 3 dage" and passed deadlines are said of the day it is, on a page left open over midnight.
    new DayChange(this, () => this.l10n.timeZone);
    this.#claims = new FactClaimer(this, facts, rank);
    // Subscribes to a surrounding <klar-case>: the source when no `case` property is set.
    new ContextConsumer(this, {
      context: caseContext,
      subscribe: true,
      callback: (value) => {
        this.contextValue = value;
        if (!this.case) this.#claims.update(value);
      },
    });
  }

  /**
   * Adds the decision's look to the element's once its code has arrived (before the first render
   * that shows a decision, which waits for it): a page whose case is in progress never fetches it.
   * Here, not in render: a server render writes a shadow root's styles before it renders.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const d = decisionPart.now();
    if (d) this.addStyles(d.decisionStyles);
  }

  /** A live update above the screen moves nothing the citizen reads (./scroll-anchor.ts). */
  protected override update(changed: PropertyValues): void {
    drawKeepingPlace(this, () => super.update(changed));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => {
      this.#settled = true;
      this.requestUpdate();
    });
    clearTimeout(this.#waitTimer);
    this.#waitTimer = setTimeout(() => {
      this.#waited = true;
      if (!this.case && !this.contextValue) this.requestUpdate();
    }, SLOW_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#waitTimer);
    this.#claims.drop();
  }

  /**
   * What an element with nothing to show says: nothing in its first task (a case set by script
   * right after it was added comes by then), nothing more inside a `<klar-case>` (one not upgraded
   * yet gives its case later), then the loading text for as long as a slow load may take (a page
   * that fetches the case and sets `case` itself, as the README shows), and only after that that
   * the page is not set up, with a console warning of what to set. `undefined` while the element
   * has a case or a provider.
   */
  protected noCase(what: string): TemplateResult | typeof nothing | undefined {
    if (this.case || this.contextValue || this.closest?.('klar-case')) return undefined;
    if (!this.#settled) return nothing;
    if (!this.#waited) return html`<div class="klar-loading" aria-busy="true">${this.l10n.t('loading')}</div>`;
    warnOnce(`<${this.localName}> has no case: ${what}.`);
    return html`<p class="klar-plain">${this.l10n.t('error.configuration')}</p>`;
  }

  /**
   * Case data it cannot show (no title or status, or a case that failed to draw): one notice, the
   * same words in the status and the timeline, drawn as <klar-case>'s load errors are.
   */
  protected renderUnreadable(): TemplateResult {
    return html`<div part="error" class="klar-notice klar-danger" role="alert">${icon('error')}<p class="klar-text"><strong>${this.l10n.t('error.title')}</strong> ${this.l10n.t('error.invalid-data')}</p></div>`;
  }

  /** The pack parts of the next render: the texts, and the parts its case needs (see casePart). */
  protected override partsToDraw(): readonly string[] {
    const c = this.case ? this.parsedCase() : this.contextValue?.case;
    const parts = super.partsToDraw();
    // A part only another element says is not fetched for this one (the facts it may say: its claimer's).
    const facts = this.#claims.facts;
    return c ? [...parts, ...partsOf(c, this.nowDate, this.l10n.timeZone).filter((p) => !OWN_FACT.includes(p) || facts.includes(p as CaseFact))] : parts;
  }

  /**
   * Every draw that waits (for its texts, or a part its case needs) is in `:state(loading)`, not
   * only the first (KlarElement.loadingWhile): the placeholder sheet sizes it as while its
   * <klar-case> loads, since the provider's state ends when the case arrives, and the element would
   * otherwise shrink to its loading line for the time the part takes, and grow again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.loadingWhile(super.scheduleUpdate());
  }

  /** Claims again (the facts said depend on how the element is shown, and that changed). */
  protected reclaim(): void {
    this.#claims.drop();
    this.#claims.update(this.contextValue);
  }

  /** The `case` property through `toCase`, once per object; what it left out warns once, invalid data warns once and gives undefined (`invalidCase`). */
  protected parsedCase(): Case | undefined {
    if (this.case !== this.#parsedFrom) {
      this.#parsedFrom = this.case;
      try {
        const parsed = (this.#parsed = toCase(this.case));
        this.invalidCase = false;
        // Raw JSON parsed here: its problems are told as <klar-case> tells a fetched case's.
        if (parsed !== this.case && parsed.warnings.length) warnOnce(`<${this.localName}> case data had problems: ${parsed.warnings.join('; ')}`);
      } catch (e) {
        this.#parsed = undefined;
        this.invalidCase = true;
        warnOnce(`<${this.localName}> the \`case\` property is not valid case data (${reason(e)}).`);
      }
    }
    return this.#parsed;
  }

  /** The case whose text is shown, for its language (a service description has none: undefined). */
  protected get textCase(): Case | undefined {
    return undefined;
  }

  /** Whether this element says `fact`: yes, unless another element of its <klar-case> does. */
  protected says(fact: CaseFact): boolean {
    return !!this.case || says(this.contextValue, this, fact);
  }

  /** The case's language when the interface speaks another (WCAG 3.1.2), else undefined. */
  protected get caseLang(): string | undefined {
    const c = this.textCase;
    return c ? caseTextLang(c, this.l10n.lang) : undefined;
  }

  /** Case text, marked with the case's language when the interface speaks another. */
  protected ct(text: string): TemplateResult | string {
    return markText(text, this.caseLang);
  }

  /** A message with case text in it, the case text marked with the case's language. */
  protected tc(key: string, caseValues: Record<string, string | TemplateResult>, params: MessageParams = {}): TemplateResult | string {
    return markedMessage((k, p) => this.l10n.t(k, p), key, params, caseValues, this.caseLang);
  }

  /**
   * A date held while the case waits: "14. december 2026, hvis vi får det, vi mangler fra dig, i
   * dag"; "9 dage efter, at vi har fået det, …" when the plan gives no date for a wait ending today.
   */
  protected held(h: Held): string {
    const citizen = h.waitingFor === 'citizen';
    if (h.date) return this.l10n.t(citizen ? 'held.citizenToday' : 'held.otherToday', { date: this.caseDate(h.date) });
    return this.l10n.t(citizen ? 'held.citizen' : 'held.other', { count: h.days });
  }

  /** A case date: a whole day as "3. november 2026", an instant with its clock time. */
  protected caseDate(value: string): string {
    return caseDateText(this.l10n, value);
  }

  /**
   * A task's deadline as the citizen reads it: `key` ("Senest 3. december 2026", "Senest i dag,
   * 3. december 2026") while it is to come; once it is over, that it was and has passed, and to contact us (never a date in the past
   * said as one to meet). `passed` leaves out its "add to calendar" link.
   */
  protected due(value: string, key: string): { text: string; passed: boolean } {
    return dueText(this.l10n, value, this.nowDate, key, 'action.passed');
  }

  /**
   * A date to meet or to expect, as said after "senest"/"Fristen er": "i dag, 6. december 2026" and
   * "i morgen, …" when it is that close (a task's deadline, the answer's date, the appeal deadline).
   */
  protected soonDate(value: string): string {
    return soonText(this.l10n, value, this.nowDate);
  }

  /**
   * A task (`text`: its words, or a link with them) and its deadline as one sentence: "Send tegningerne
   * senest 4. december 2026"; after a task of whole sentences, a sentence of its own ("… under din
   * ansøgning. Fristen er 11. december 2026."), never one begun in lower case, nor a capital mid-line
   * ("Send tegningerne Senest …"). A passed deadline is sentences of their own, on a line of their own.
   */
  protected taskText(a: CitizenAction, text: TemplateResult | string): TemplateResult {
    const due = a.dueDate ? this.due(a.dueDate, /[.!?]\s*$/.test(a.text) ? 'action.dueSentence' : 'action.due') : undefined;
    return html`${text}${due ? html` ${due.passed ? html`<br />` : nothing}<strong class="klar-due">${due.text}</strong>` : nothing}`;
  }

  /**
   * Who does a step as the page says it: its owner, except a step in progress (current or
   * stopped) that the case moved on from after it began: then the unit it moved to, as the
   * status says ("Din sag er flyttet fra Byggesag til Natur og Miljø" above "Hvem: Byggesag" said
   * two things). The person named was of the unit before, so the unit alone. A step began when
   * the step before it was done (the first, when we received the case); when that is not known,
   * the move is the latest word on who has it. A done or coming step keeps its own.
   */
  protected owner(c: Case, st: Step): Owner | undefined {
    const o = st.owner;
    const h = lastHandoff(c);
    if (!o || !h || o.department === h.to || (st.state !== 'current' && st.state !== 'blocked')) return o;
    let began = c.receivedAt;
    for (const x of c.steps) {
      if (x.id === st.id) break;
      began = x.completedAt ?? began;
    }
    const tz = this.l10n.timeZone;
    return !began || toInstant(h.at, tz) > toInstant(began, tz) ? { department: h.to } : o;
  }

  /** `now`, or the clock when it is not set (or not a date). */
  protected get nowDate(): Date {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : new Date();
  }

  /**
   * An "add to calendar" control for a file titled `title`. Its text says which date it adds
   * ("Sæt klagefristen i din kalender"), in words on screen and nothing hidden: a screen reader's
   * list of controls, voice control, page translation and read-aloud all get the same one sentence.
   * `uid` names the event, so adding the same date again (from the status or the timeline,
   * on this page or another) updates it rather than adding a second.
   *
   * In the browser it is a button: the file is made when it is asked for, by the .ics writer
   * (./ics.ts) that loads when a citizen points at, focuses or presses it. A link to "#" until
   * then was announced as a link to this page, copied as "#", and without the script jumped to
   * the top. Server-rendered (klar-elements/ssr has the writer), it is a real link to the file, so
   * a page read without JavaScript downloads it; the element's first render puts the button in
   * its place, drawn the same (calendarStyles), so nothing moves.
   */
  protected renderCalendar(kind: CalendarKind, date: string | When, title: string, uid: string, c: Case, text: string): TemplateResult | typeof nothing {
    const tz = this.l10n.timeZone;
    if (typeof date === 'string') date = deadlineDay(date, tz);
    const start = typeof date === 'string' ? toInstant(date, tz) : date.latest;
    if (Number.isNaN(start.getTime())) return nothing;
    const allDay = typeof date === 'string' ? isDateOnly(date) : date.dateOnly;
    const description = [c.title, c.reference].filter(Boolean).join(' — ');
    const file = (w: IcsWriter) =>
      w.icsHref(w.buildIcs({ uid: `${uid}@klar-elements`, title, description, start, allDay, stamp: this.nowDate, alarm: kind === 'decision' ? undefined : 'P2D' }, tz));
    const fileName = icsFileName(title.split(':')[0] ?? kind, start, tz);
    const detail: CalendarAddDetail = { kind, date: typeof date === 'string' ? date : allDay ? calendarDate(start, tz) : start.toISOString(), fileName };
    const words = html`${icon('calendar')}<span>${text}</span>`;
    const w = ics.now();
    return isServer && w
      ? html`<a part="calendar-link" class="klar-calendar" href=${file(w)} download=${fileName} data-kind=${kind}>${words}</a>`
      : html`<button
          type="button"
          part="calendar-link"
          class="klar-calendar"
          data-kind=${kind}
          @pointerenter=${this.#prepareIcs}
          @touchstart=${this.#prepareIcs}
          @focus=${this.#prepareIcs}
          @click=${() => this.#addToCalendar(file, detail)}
        >${words}</button>`;
  }

  /**
   * The link for the date of the answer (or of the work done, for a case that ends in work done),
   * beside whichever element says that date: the lead answer's, none while it is held (no `when`)
   * or while a step late with no new date puts it in doubt (`lateStep`); nothing once it has passed.
   */
  protected renderAnswerCalendar(c: Case, lead: LeadAnswer | undefined): TemplateResult | typeof nothing {
    const done = c.endsIn === 'done';
    const when = lead?.lateStep === undefined && lead?.when;
    return when && when.latest > this.nowDate
      ? this.renderCalendar('decision', when, this.l10n.t(done ? 'calendar.done' : 'calendar.decision', { title: c.title }), `${c.id}-decision`, c, this.l10n.t(done ? 'calendar.add.done' : 'calendar.add.decision'))
      : nothing;
  }

  /** Starts importing the .ics writer when a citizen reaches for a calendar button, so the press finds it here. */
  readonly #prepareIcs = (): void => {
    ics.load().catch(() => undefined);
  };

  /**
   * A calendar button was pressed: the file is made (once the writer is here, a few milliseconds
   * from the page's own server when it was not yet) and downloaded through a link made for it,
   * in the element for the click and gone again at once; then `klar-calendar-add`.
   */
  #addToCalendar(file: (w: IcsWriter) => string, detail: CalendarAddDetail): void {
    const go = (w: IcsWriter) => {
      const a = document.createElement('a');
      a.href = file(w);
      a.download = detail.fileName;
      this.append(a);
      a.click();
      a.remove();
      fire<CalendarAddDetail>(this, 'klar-calendar-add', detail);
    };
    const w = ics.now();
    if (w) go(w);
    else ics.load().then(go, (err: unknown) => warnOnce(`the calendar file could not be made (${reason(err)}).`));
  }
}
