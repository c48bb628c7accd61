import { stateTokens } from '../core/state-tokens.js';
import { css, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LiveAnnouncer } from '../core/announcer.js';
import type { Case, Contact } from '../core/case-model.js';
import { icon } from '../core/icons.js';
import { KlarLightElement } from '../core/light-element.js';
import { KlarCaseView, decisionPart, delayPart, handoffPart, lastHandoff, ownerHtml, waitingPart } from '../core/case-view.js';
import { FULL_STATUS_FACTS, caseGone } from '../core/context.js';
import { noticeStyles } from '../core/notice.styles.js';
import { calendarStyles, taskEventId } from '../core/calendar.js';
import { mergeCatalogs } from '../core/localize.js';
import { mailtoHref, phoneParts, safeUrl } from '../core/safe-url.js';
import { oneOf, warnOnce } from '../core/warn.js';
import { momentKeys, sameMoment, toInstant } from '../core/dates.js';
import { heading, levelOf } from '../core/heading.js';
import { nowConverter } from '../core/converters.js';
import { linkRowStyles } from '../core/outcome.js';
import { leadLines, leadSays } from '../core/lead-text.js';
import { isClosedStatus, noticeDelay, scheduleCase, type CaseSchedule, type When } from '../core/schedule.js';
import { KIND_ICON, citizenTask, statusKind, statusLabel, statusWords } from '../core/status-kind.js';
import { caseStatusMessages } from '../translations/case-status.js';
import { coreMessages } from '../translations/core.js';
import { caseFactMessages } from '../translations/case-facts.js';
import { styles } from './case-status.styles.js';
import { CASE_STATUS_VARIANTS, type CaseStatusVariant, type StatusKind } from './case-status.types.js';

const messages = mergeCatalogs(coreMessages, caseFactMessages, caseStatusMessages);

/** `text` with a chance to wrap at each of `at`'s (empty) matches: an e-mail wider than a narrow
 * card breaks after its "@" or before a dot, a reference after a hyphen (Firefox never breaks
 * "2026-2417" there), not mid-name ("klarb|y.example"). The chance is an empty span whose ::before
 * is a zero-width space with no text for assistive technology (.klar-wbr in the styles), not
 * <wbr>: Chromium names a link with <wbr> "byggesag@ klarby .example" (a space per <wbr>) in
 * screen readers' link lists, braille and voice control. Neither is copied with the text. One
 * span, so a flex link (inline-flex) has one item, not a squeezed one per piece. */
const breakAt = (text: string, at: RegExp) => html`<span>${text.split(at).map((p, i) => (i ? html`<span class="klar-wbr"></span>${p}` : p))}</span>`;

/** A line of the status: drawn, or nothing. */
type Line = TemplateResult | typeof nothing;

/**
 * Shows the status of one case at a glance: the status in words with an icon, since when,
 * what happens next and who does it, anything the citizen must do, who to contact, moves
 * between departments, and the decision with how to appeal.
 *
 * Inside a `<klar-case>` it shows that case; on its own it shows the `case` property. With
 * neither a task after it was added, it says the page is not set up and warns once in the console.
 * When the status changes while the page is open it says so once, politely; an unchanged
 * refresh is silent.
 *
 * Serves the principle "Sammenhæng": the citizen always knows the next step and who to turn
 * to, also when the case moves between departments.
 *
 * @tagname klar-case-status
 * @summary The status of a case, the next step and who to contact.
 *
 * @csspart base - The card.
 * @csspart title - The case title.
 * @csspart reference - The case number line.
 * @csspart copy - The copy button.
 * @csspart status-tag - The status tag (icon and words).
 * @csspart lead - The answer to "when?": the date to expect, a missed or held date, the right to complain.
 * @csspart action - What the citizen must do.
 * @csspart section-heading - The headings of the task, next step, decision and contact sections.
 * @csspart next - The next step.
 * @csspart handoff - The notice that the case moved to another department.
 * @csspart notice - Delay and waiting notices.
 * @csspart error - Case data it cannot show (no title or status): the same notice as the timeline's.
 * @csspart decision - The decision and how to appeal.
 * @csspart appeal - The right to appeal: its deadline, how, and the calendar button (or that the deadline has passed).
 * @csspart contact - Who to contact.
 * @csspart updated - When the case last changed ("Sagen blev sidst ændret …").
 * @csspart outcome - The decision's outcome as a tag (its own words, icon and colour per kind).
 * @csspart link - The link to the full case (compact).
 * @csspart announcer - The live region.
 * @csspart calendar-link - An "add to calendar" button, drawn as a link (the task's deadline, the appeal deadline; a link to the file when server-rendered).
 * @csspart icon - Icons (decorative: hidden from assistive technology, the words beside them say it).
 *
 * @event klar-calendar-add - The citizen downloaded a calendar file. Detail: `{ kind, date, fileName }`.
 *
 * @cssprop [--klar-case-status-background] - Card background (defaults to --klar-color-background).
 * @cssprop [--klar-case-status-border-color] - Card border (defaults to --klar-color-border).
 * @cssprop [--klar-case-status-tag-color] - Status tag text and border (defaults by status kind).
 * @cssprop [--klar-case-status-action-background] - Background of the citizen's task (defaults to the warning surface).
 */
export class KlarCaseStatus extends KlarCaseView {
  static override styles = [
    ...KlarLightElement.styles,
    stateTokens,
    ...noticeStyles,
    linkRowStyles,
    calendarStyles,
    styles,
    // The server's "Kopiér", drawn `hidden` (renderReference): while the page has JavaScript its box
    // keeps its place, unseen, out of the tab order and unheard (visibility), so the element's own
    // button takes it without moving a line; without JavaScript, or without klar-elements.css, it
    // takes no place. Its word comes from CSS, so it is in no copy of the page's text. Here rather than in case-status.styles.ts: a browser bundle, whose `isServer`
    // is false, drops it with the branch (a css`` of its own would stay, as a call it must keep).
    ...(isServer
      ? [
          css`
            .klar-copy[hidden] {
              visibility: hidden;
            }
            .klar-copy[hidden] > span::before {
              content: attr(data-text);
            }
            @media (scripting: none) {
              .klar-copy[hidden] {
                display: none;
              }
            }
          `,
        ]
      : []),
  ];
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    case: { attribute: false },
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    href: {},
    timeZone: { attribute: 'time-zone' },
    now: { converter: nowConverter },
    contextValue: { state: true },
    copyMessage: { state: true },
  };

  #announcer = new LiveAnnouncer(this);

  constructor() {
    // Inside a <klar-case>, the status says the task, the decision, the appeal, a handoff, the lead
    // answer, and the waiting and delay notices; the other elements there leave them out, so the
    // citizen meets each once (core/context.ts). A compact status shows only the task and the lead
    // answer (its outcome tag only when no one says the decision in full): it claims just those.
    // Where the case is, who does the next step and when it leaves to a timeline there ('next').
    super(
      messages,
      () => (this.variant === 'compact' ? ['task', 'when', 'news'] : FULL_STATUS_FACTS),
      0,
    );
  }

  /**
   * Sets the case to show on its own: raw case JSON or a case from `parseCase` (everything goes
   * through `toCase`, so links, dates and text are checked once). Inside a `<klar-case>` the
   * provided case is used when this is not set.
   */
  override case?: Case | Record<string, unknown>;

  /** The layout: `full` (default) for a case page, `compact` for lists and sidebars. */
  variant: CaseStatusVariant = 'full';

  /** The heading level of the case title (1–6, anything else is 2), so the page outline stays right. */
  headingLevel = 2;

  /** The link to the full case page, shown in the compact variant. */
  href = '';

  /** The time zone dates are shown in. */
  override timeZone = '';

  /** The moment "now" for working out the next step (tests and stories pin it); as an attribute an ISO date or instant, so server-rendered HTML hydrates with the same "now". */
  override now?: Date;

  private copyMessage = '';

  #lastStatusKey: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A misspelt variant ("compakt") showed the full status with no word why.
    this.variant = oneOf('klar-case-status', 'variant', this.variant, CASE_STATUS_VARIANTS);
    // A compact status shows no waiting or delay notice: claim again, so the timeline says them.
    if (changed.has('variant') && this.hasUpdated && !this.case) this.reclaim();
    const c = this.#shownCase;
    if (!c || typeof c.status?.label !== 'string') return;
    const key = `${c.id}|${c.status.code}|${c.status.label}`;
    const sameCase = this.#lastStatusKey?.split('|')[0] === c.id;
    if (this.#lastStatusKey !== undefined && sameCase && key !== this.#lastStatusKey) {
      const status = this.#statusLabel(c);
      // The case's own label in the case's language; a code said in words is the interface's.
      const said = status === c.status.label ? this.tc('caseStatus.changed', { status }) : this.l10n.t('caseStatus.changed', { status });
      // A decision says what it is: "Afgjort." alone left a blind citizen to go and find out whether it was a yes.
      const outcome = c.decision?.outcome.trim().replace(/[.!]+$/, '');
      this.#announcer.announce(outcome ? html`${said} ${this.ct(outcome)}.` : said);
    }
    this.#lastStatusKey = key;
  }

  protected override hasContent(): boolean {
    return !!this.case || !!this.#shownCase || caseGone(this.contextValue);
  }

  /** The `case` property (invalid data shows a plain message, never a blank), else the case of a surrounding <klar-case>. */
  get #shownCase(): Case | undefined {
    return this.case ? this.parsedCase() : this.contextValue?.case;
  }

  protected override get textCase(): Case | undefined {
    return this.#shownCase;
  }

  #handleCopy = async (): Promise<void> => {
    const ref = this.#shownCase?.reference;
    if (!ref) return;
    try {
      await navigator.clipboard.writeText(ref);
      this.copyMessage = this.l10n.t('caseStatus.copied');
    } catch {
      this.copyMessage = this.l10n.t('caseStatus.copyFailed');
    }
    this.#announcer.announce(this.copyMessage);
  };

  override render(): TemplateResult {
    const c = this.#shownCase;
    const ctx = this.contextValue;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.case && this.invalidCase) {
      body = this.renderUnreadable();
    } else if (c) {
      body = this.variant === 'compact' ? this.#renderCompact(c) : this.#renderFull(c);
    } else if (ctx) {
      // Inside <klar-case> without its case: loading, or an error <klar-case> says once for every element inside it.
      if (ctx.state !== 'error') body = html`<div class="klar-loading" aria-busy="true">${this.l10n.t('loading')}</div>`;
    } else body = this.noCase('put it in a <klar-case src> or set its case') ?? nothing;
    return html`${body === nothing ? nothing : html`<div part="base" class="klar-base klar-${this.variant}" dir=${this.l10n.dir} lang=${this.l10n.lang}>${body}</div>`}
      ${this.#announcer.render()}`;
  }

  #statusLabel(c: Case): string {
    return statusLabel(c, (k) => this.l10n.t(k));
  }


  #heading(content: TemplateResult | string, part: string, cls = ''): TemplateResult {
    return heading(levelOf(this), content, { part, cls: `klar-heading ${cls}`.trim() });
  }

  #subheading(text: string): TemplateResult {
    return heading(levelOf(this) + 1, text, { part: 'section-heading', cls: 'klar-subheading' });
  }

  #whenText(w: When): string {
    if (w.earliest.getTime() !== w.latest.getTime()) return this.l10n.dateRange(w.earliest, w.latest);
    return w.dateOnly ? this.l10n.date(w.earliest) : this.caseDate(w.earliest.toISOString());
  }

  #renderTag(c: Case, kind: StatusKind): TemplateResult {
    // A refusal or dismissal is never shown as green success: its own class, colour and icon.
    const outcome = kind === 'decided' && c.decision?.kind ? ` klar-outcome-${c.decision.kind}` : '';
    const negative = outcome === ' klar-outcome-refused' || outcome === ' klar-outcome-dismissed';
    return html`<p part="status-tag" class="klar-tag klar-${kind}${outcome}">
      <span class="klar-visually-hidden">${this.l10n.t('caseStatus.label')}: </span>${icon(negative ? 'info' : KIND_ICON[kind])} <span>${statusWords(c, kind, this.l10n)}</span>
    </p>`;
  }

  #renderReference(c: Case): TemplateResult | typeof nothing {
    if (!c.reference) return nothing;
    // translate="no" (here, and on the phone, the e-mail and a person's name): what the citizen reads
    // back on the phone stays as written when the page is translated ("BYG-2026-2417", "Bak").
    return html`<p part="reference" class="klar-reference">
      <span>${this.l10n.t('caseStatus.reference')}: <bdi class="klar-ref" translate="no">${breakAt(c.reference, /(?<=-)/)}</bdi></span>
      ${isServer
        ? // Without JavaScript the button would do nothing (the number is there to select): the
          // server draws it hidden, in its place (see `styles`), so the element's own moves nothing
          // (it took a line of its own at 320 px, and pushed the page down 52 px).
          // Its word drawn by CSS (::before), not written: tools that read the page's text
          // (textContent) would read "Kopiér" for a button that is not there.
          html`<button type="button" part="copy" class="klar-copy" hidden>${icon('copy')}<span data-text=${this.l10n.t('caseStatus.copy')}></span></button>`
        : html`<button type="button" part="copy" class="klar-copy" aria-label=${this.l10n.t('caseStatus.copy.label')} @click=${this.#handleCopy}>
            ${icon('copy')}<span aria-hidden="true">${this.l10n.t('caseStatus.copy')}</span>
          </button>`}
      ${this.copyMessage ? html`<span class="klar-hint">${this.copyMessage}</span>` : nothing}
    </p>`;
  }

  #citizenTask(c: Case, s: CaseSchedule): ReturnType<typeof citizenTask> {
    return this.says('task') ? citizenTask(c, s) : undefined;
  }

  /** The heading over the task: on a case decided or closed, what is still to do (a fee after the decision), never "Du skal gøre noget" as if nothing were settled. */
  #taskTitle(c: Case): string {
    return this.l10n.t(c.decision || isClosedStatus(c) ? 'action.still' : 'caseStatus.action.title');
  }

  /** A line of its own for `content`, or nothing (no empty paragraph). */
  #line(content: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    // A space after the line, so text read as one string (read-aloud, copy) keeps its sentences apart.
    return content === nothing ? nothing : html`<p>${content}</p> `;
  }

  #renderAction(c: Case, task: ReturnType<typeof citizenTask>): TemplateResult | typeof nothing {
    if (!task) return nothing;
    const a = task.action;
    const url = safeUrl(a.url);
    const due = a.dueDate ? this.due(a.dueDate, 'caseStatus.action.due') : undefined;
    return html`<section part="action" class="klar-action">
      ${icon('action')}
      <div>
        ${this.#subheading(this.#taskTitle(c))}
        <p>${this.ct(a.text)}</p>
        ${due ? html`<p class="klar-due"><strong>${due.text}</strong></p>` : nothing}
        ${url ? html`<p><a href=${url}>${this.l10n.t('caseStatus.action.link')}</a></p>` : nothing}
        ${a.dueDate && !due!.passed ? this.#line(this.renderCalendar('action', a.dueDate, this.l10n.t('calendar.action', { text: a.text }), taskEventId(c, task.from), c, this.l10n.t('calendar.add.action'))) : nothing}
      </div>
    </section>`;
  }

  #renderNext(c: Case, s: CaseSchedule, compact = false): TemplateResult | typeof nothing {
    if (c.decision || isClosedStatus(c)) return nothing;
    // The last step in progress is not a next step ("Næste skridt: Vi træffer afgørelse" under the
    // status "Vi træffer afgørelse") when the lead answer above says when the case ends: said as
    // where the case is, when the status does not already say it and no timeline beside it does.
    // Resting on that step's own date, the step stays: its line says the date, and that it is late.
    const target = s.next ?? (s.lead?.basis === 'step' ? s.current : undefined);
    const lines: Line[] = [];
    // Compact, the heading is a lead-in of the first line's sentence ("Næste skridt: Du får svar"): a bare
    // text before the paragraph was read apart from it by reader views and read-aloud (citizen review, stop 54).
    const label = compact ? `${this.l10n.t('caseStatus.next.title')}: ` : '';
    const now = s.current?.step.title;
    if (!target && now && s.current!.step.state !== 'upcoming' && !compact && this.says('next') && now.trim().toLowerCase() !== c.status.label.trim().toLowerCase()) {
      lines.push(html`<p class="klar-muted">${this.tc('caseStatus.next.now', { step: now })}</p>`);
    }
    if (target) {
      // A timeline beside it in the same <klar-case> says where the case is (its progress line), and
      // who does the step and when (the step's row).
      const details = this.says('next');
      // Nothing begun yet, the next step is the first to come: no "Lige nu" for a step that has not started.
      if (s.next && s.current !== s.next && !compact && details) lines.push(html`<p class="klar-muted">${this.tc('caseStatus.next.now', { step: s.current!.step.title })}</p>`);
      lines.push(html`<p class="klar-next-title">${label}${this.ct(target.step.title)}</p>`);
      const owner = this.owner(c, target.step);
      if (owner && !compact && details) lines.push(html`<p>${icon('person')} ${this.tc('caseStatus.next.who', { who: ownerHtml(owner) })}</p>`);
      // When: said on the timeline's row, or by the lead answer above when the step is the answer itself.
      if (!details || leadSays(s.lead, { held: target.held, when: target.expected })) {
        // Said once, there.
      } else if (target.held) {
        // While the case waits with no end date, the step's date is said relative to the wait.
        lines.push(html`<p>${icon('calendar')} ${this.l10n.t('caseStatus.next.when', { date: this.held(target.held) })}</p>`);
      } else if (target.expected) {
        lines.push(html`<p>${icon('calendar')} ${this.l10n.t('caseStatus.next.when', { date: this.#whenText(target.expected) })}</p>`);
        if (target.overdue && !compact) lines.push(html`<p class="klar-warn">${this.l10n.t('caseStatus.next.overdue', { date: this.#whenText(target.expected) })}</p>`);
      }
    } else if (!lines.length && (!s.lead || (s.lead.basis === 'none' && s.lead.stopped === undefined))) {
      lines.push(html`<p>${label}${this.l10n.t('caseStatus.next.none')}</p>`);
    }
    if (!lines.length) return nothing;
    // A space between the lines, so text read as one string (read-aloud, copy, textContent) keeps its sentences apart.
    const spaced = lines.map((l) => html`${l} `);
    if (compact) return html`<div part="next" class="klar-next">${spaced}</div>`;
    return html`<section part="next" class="klar-next">${this.#subheading(this.l10n.t('caseStatus.next.title'))} ${spaced}</section>`;
  }

  /**
   * The lead answer: a date to expect, a missed date said plainly, or a date held while the case
   * waits. The one answer to "when?", the same sentence the timeline leads with (core/schedule.ts
   * leadAnswer), said under the status, never under "Næste skridt": there "Du kan forvente svar
   * senest 7. januar" read as the date of the next step ("Dine naboer får besked").
   */
  #renderLead(c: Case, s: CaseSchedule, compact: boolean): Line[] {
    if (c.decision || isClosedStatus(c)) return [];
    // Resting on a step's own date, the step line below already says it: say it once (the right to complain still here).
    const own = s.lead?.basis === 'step' && !s.lead.held;
    const lines: Line[] = leadLines(s.lead, (d) => this.soonDate(d), c.endsIn)
      .filter((l) => (l.key === 'lead.complaint' ? !compact : !own))
      .map((l) =>
        l.key === 'lead.complaint'
          ? html`<p class="klar-warn">${this.l10n.t(l.key, l.values)}</p> `
          : html`<p part="lead" class="klar-lead${l.warn ? ' klar-warn' : ''}">${icon(l.warn ? 'warning' : 'calendar')} ${this.l10n.t(l.key, l.values)}</p> `,
      );
    // The date said here goes to the calendar from here (a timeline beside it leaves its link out);
    // a date held while the case waits has no `when`, a missed one no link, nor a promise a late step puts in doubt.
    const calendar = own ? nothing : this.renderAnswerCalendar(c, s.lead);
    if (calendar !== nothing) lines.splice(1, 0, this.#line(calendar));
    // A stopped step leaves no date to expect: said where the date would be (a timeline beside it leaves it here).
    if (s.lead?.stopped !== undefined) lines.push(html`<p part="lead" class="klar-lead klar-warn">${icon('blocked')} ${this.l10n.t('stopped')}</p> `);
    return lines;
  }


  /** `sinceShown`: the status's "Siden …" is on screen; a move on that day then leaves its date to it (said once). */
  #renderHandoff(c: Case, sinceShown: boolean): TemplateResult | typeof nothing {
    if (!c.handoffs.length || !this.says('handoff')) return nothing;
    const h = lastHandoff(c)!;
    // A move before the decision is no longer news: "Du behøver ikke gøre noget" above the appeal would say the opposite of it.
    if (c.decision && toInstant(h.at) <= toInstant(c.decision.decidedAt)) return nothing;
    const sameDay = sinceShown && !!c.status.since && this.l10n.date(c.status.since) === this.l10n.date(h.at);
    return handoffPart.now()?.statusHandoff.call(this, h, sameDay, this.#statusLabel(c)) ?? nothing;
  }

  #renderWaiting(c: Case, s: CaseSchedule): TemplateResult | typeof nothing {
    const w = s.openSuspension;
    return w ? (waitingPart.now()?.statusWaiting.call(this, c, w, this.#statusLabel(c)) ?? nothing) : nothing;
  }

  #renderContact(contact: Contact | undefined): TemplateResult | typeof nothing {
    if (!contact) return nothing;
    const tel = phoneParts(contact.phone);
    const mailto = mailtoHref(contact.email);
    const url = safeUrl(contact.url);
    const { name, role } = contact;
    // A space between each label and its value, not drawn between flex items: text extraction
    // (textContent, reader tools) reads "Telefon +45 99 10 20 30", not "Telefon+45 99 10 20 30".
    return html`<section part="contact" class="klar-contact">
      ${this.#subheading(this.l10n.t('caseStatus.contact.title'))}
      ${name || role
        ? // A person's name is not translated ("Bak", "Holm" are words too); the role is prose.
          html`<p>${icon('person')} ${name ? html`<span translate="no">${this.ct(name)}</span>${role ? ', ' : ''}` : ''}${role ? this.ct(role) : ''}</p>`
        : nothing}
      ${contact.department ? html`<p>${this.ct(contact.department)}</p>` : nothing}
      <dl>
        ${contact.phone
          ? html`<div><dt>${this.l10n.t('caseStatus.contact.phone')}</dt> <dd>${tel ? html`${tel[0] && this.ct(tel[0])}<a dir="ltr" translate="no" href=${tel[3]}>${tel[1]}</a>${tel[2] && this.ct(tel[2])}` : this.ct(contact.phone)}</dd></div>`
          : nothing}
        ${mailto
          ? html`<div><dt>${this.l10n.t('caseStatus.contact.email')}</dt> <dd><a dir="ltr" translate="no" href=${mailto}>${breakAt(contact.email!, /(?<=@)|(?=\.)/)}</a></dd></div>`
          : nothing}
        ${url ? html`<div><dt>${this.l10n.t('caseStatus.contact.web')}</dt> <dd><a href=${url}>${this.l10n.t('caseStatus.contact.webLink')}</a></dd></div>` : nothing}
        ${contact.hours ? html`<div><dt>${this.l10n.t('caseStatus.contact.hours')}</dt> <dd>${this.ct(contact.hours)}</dd></div>` : nothing}
      </dl>
    </section>`;
  }

  /** Two case dates as keys to compare, in the case's time zone (core/dates.ts momentKeys). */
  #keys(a: string, b: string): [string, string] {
    return momentKeys(a, b, this.l10n.timeZone);
  }

  /** Whether two case dates say one moment (core/dates.ts sameMoment). */
  #same(a: string, b?: string): boolean {
    return sameMoment(a, b, this.l10n.timeZone);
  }

  /** `said`: the moments the status already says (since when, the decision, a delay's notice), as the case gives them. */
  #renderUpdated(c: Case, said: readonly (string | undefined)[]): TemplateResult | typeof nothing {
    // When the case last changed, as the case says. Not when we fetched it: that is the
    // provider's stale notice ("Sidst opdateret kl. …"), a different fact.
    const at = c.updatedAt ? new Date(c.updatedAt.length === 10 ? `${c.updatedAt}T12:00:00Z` : c.updatedAt) : undefined;
    if (!at || Number.isNaN(at.getTime())) return nothing;
    // The last change is a moment said above ("Siden …", "Afgjort den …", "Vi fortalte om forsinkelsen …"): once, there.
    if (said.some((m) => m && this.#same(c.updatedAt!, m))) return nothing;
    // Nor is a last change said that is older than a change the case itself gives ("sidst ændret 10. november"
    // under "Siden 20. november"): not clamped to the latest of those, which is no more than a lower bound.
    const changes = [c.receivedAt, c.status.since, c.decision?.decidedAt, ...c.steps.map((x) => x.completedAt), ...c.delays.map((x) => x.announcedAt), ...c.handoffs.map((x) => x.at), ...c.suspensions.map((x) => x.from)];
    for (const m of changes) {
      if (!m) continue;
      const [u, k] = this.#keys(c.updatedAt!, m);
      if (u < k) return nothing;
    }
    // A whole day has no clock time to show.
    const text = c.updatedAt!.length === 10 ? this.l10n.t('updatedDay', { date: this.l10n.date(c.updatedAt!) }) : this.l10n.t('updated', { date: this.l10n.date(at), time: this.l10n.time(at) });
    return html`<p part="updated" class="klar-updated klar-muted">
      ${icon('clock')} ${text}
    </p>`;
  }

  #safeSchedule(c: Case): CaseSchedule {
    try {
      return scheduleCase(c, this.nowDate, this.l10n.timeZone);
    } catch (e) {
      warnOnce(`<klar-case-status> could not work out the schedule: ${String(e)}`);
      return { steps: [] };
    }
  }

  #renderFull(c: Case): TemplateResult {
    const s = this.#safeSchedule(c);
    const kind = statusKind(c, s, this.l10n.timeZone);
    const decidedAt = c.decision && this.says('decision') ? c.decision.decidedAt : undefined;
    // "Siden …" is the moment of the decision said below ("Afgjort den …") when the status is that decision: once, there.
    const since = c.status.since && !this.#same(c.status.since, decidedAt) ? this.caseDate(c.status.since) : undefined;
    const announced = noticeDelay(c, s)?.announcedAt;
    // A description that only repeats the outcome said below ("Du har fået byggetilladelse.") is said there, once.
    const plain = (t: string) => t.trim().replace(/[.!?]+$/, '').toLowerCase();
    const description = c.status.description && !(decidedAt && plain(c.status.description) === plain(c.decision!.outcome)) ? c.status.description : undefined;
    return html`<div class="klar-head">
        ${this.#heading(this.ct(c.title), 'title', 'klar-title')}
        ${this.#renderReference(c)}
        <div class="klar-status">
          ${this.#renderTag(c, kind)}
          ${since ? html`<span class="klar-muted">${this.l10n.t('caseStatus.since', { date: since })}</span>` : nothing}
        </div>
        ${description ? html`<p class="klar-description">${this.ct(description)}</p>` : nothing}
        ${this.#renderLead(c, s, false)}
      </div>
      ${this.#renderAction(c, this.#citizenTask(c, s))} ${this.#renderWaiting(c, s)} ${delayPart.now()?.statusDelay.call(this, c, s, since)} ${this.#renderHandoff(c, !!since)}
      ${this.#renderNext(c, s)} ${decisionPart.now()?.decision.call(this, c, s, { level: levelOf(this) + 1, cls: 'klar-subheading' })} ${this.#renderContact(c.contact)} ${this.#renderUpdated(c, [since && c.status.since, decidedAt, announced])}`;
  }

  #renderCompact(c: Case): TemplateResult {
    const s = this.#safeSchedule(c);
    const kind = statusKind(c, s, this.l10n.timeZone);
    const href = safeUrl(this.href);
    const a = this.#citizenTask(c, s)?.action;
    return html`${this.#heading(this.ct(c.title), 'title', 'klar-title')} ${this.#renderTag(c, kind)} ${this.#renderLead(c, s, true)}
      ${a
        ? html`<p part="action" class="klar-action klar-compact">
            ${icon('action')}<span><strong>${this.#taskTitle(c)}:</strong> ${this.taskText(a, this.ct(a.text))}</span>
          </p>`
        : nothing}
      ${this.#renderNext(c, s, true)}
      ${c.decision && this.says('decision') ? decisionPart.now()?.outcome.call(this, c) : nothing}
      ${href
        ? html`<p><a part="link" href=${href} aria-label=${this.l10n.t('caseStatus.open.label', { title: c.title })}>${this.l10n.t('caseStatus.open')} ${icon('chevron')}</a></p>`
        : nothing}`;
  }
}
