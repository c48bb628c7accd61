import { DayChange } from '../core/day-change.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { stateTokens } from '../core/state-tokens.js';
import { CaseFetchController, DEFAULT_MAX_BYTES, type CaseLoadDetail, type CaseParser } from '../case/case-fetch.js';
import { contactLine, focusAfterRetry, hasContact, loadNotice, noticeClass, noticeKind, noticeRegion, type NoticeKind } from '../case/case-notice.js';
import { LiveAnnouncer } from '../core/announcer.js';
import type { Case } from '../core/case-model.js';
import { caseTextLang, markedMessage, markText } from '../core/case-lang.js';
import { dueText, soonText } from '../core/date-text.js';
import { headersConverter, nowConverter } from '../core/converters.js';
import { heading, levelOf } from '../core/heading.js';
import type { RetryOptions } from '../core/http.js';
import { icon } from '../core/icons.js';
import { leadLines } from '../core/lead-text.js';
import { KlarLightElement, uniqueId } from '../core/light-element.js';
import { LocalizeController, mergeCatalogs, type MessageParams } from '../core/localize.js';
import { noticeStyles } from '../core/notice.styles.js';
import { outcomeSaysMore, toCase } from '../core/parse-case.js';
import { safeUrl } from '../core/safe-url.js';
import { scheduleCase, type CaseSchedule } from '../core/schedule.js';
import { KIND_ICON, CASE_GROUPS, caseGroup, citizenAction, statusKind, statusLabel, statusWords, type CaseGroup, type StatusKind } from '../core/status-kind.js';
import { warnOnce, reason } from '../core/warn.js';
import { caseListMessages } from '../translations/case-list.js';
import { caseMessages } from '../translations/case.js';
import { coreMessages } from '../translations/core.js';
import { styles } from './case-list.styles.js';
import { drawKeepingPlace } from '../core/scroll-anchor.js';

/** The notice's words said of the citizen's cases, where the case's say "din sag" (case/case-notice.ts). */
const LIST_KEYS: Record<string, string> = {
  'case.slow': 'caseList.slow',
  'case.error.unauthorized': 'caseList.error.unauthorized',
  'case.error.not-found.title': 'caseList.error.not-found.title',
  'case.error.forbidden.title': 'caseList.error.forbidden.title',
  'case.error.unreadable': 'caseList.error.unreadable',
  ...Object.fromEntries(['unavailable', 'timeout', 'network', 'unreadable', 'configuration'].map((k) => [`case.error.${k}.title`, 'caseList.error.title'])),
};

/** One case with what the list says about it, worked out once per render. */
interface Row {
  c: Case;
  s: CaseSchedule;
  group: CaseGroup;
  kind: StatusKind;
  /** The instant the row sorts by inside its group (ms), or undefined. */
  at?: number;
  index: number;
}

const time = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const t = Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(t) ? undefined : t;
};

/**
 * Whether `a` (read at `aAt`, ms) is newer than `b` (read at `bAt`): by `updatedAt` when both
 * have one and they differ, else the one read last (ties go to `a`). Two changes in one second
 * share an `updatedAt` where a system keeps whole seconds: the row kept the first.
 */
const newer = (a: Case, aAt: number, b: Case, bAt: number): boolean => {
  const ta = time(a.updatedAt);
  const tb = time(b.updatedAt);
  return ta !== undefined && tb !== undefined && ta !== tb ? ta > tb : aAt >= bAt;
};

/**
 * A citizen's cases in one compact list ("Mine sager"), sorted by what matters to them: first
 * the cases where they must do something, then the cases in progress, then the closed ones.
 * Each row says the status in words, what happens next, when (the same sentence as the status
 * card and the timeline), and links to the case.
 *
 * It reads every case from one URL (`src`: a JSON array of case documents, or an object with a
 * `cases` array) with one request per refresh however many cases there are, through the same
 * fetcher as `<klar-case>` (ETags, retries, pausing while the page is hidden); or from its `cases`
 * property. Every case goes through `toCase`; one that cannot be read is left out with a console
 * warning, never blanking the others. Load errors are said plainly with a retry button and the
 * contact from `contact-phone` or `contact-url`, never with an HTTP code. When a refresh brings a
 * new status, it says so once, politely; an unchanged refresh is silent.
 *
 * A case that a `<klar-case>` on the same page loads (its `klar-case-load`, also from its event
 * stream) replaces that case's row at once, without a request, when it is newer (`updatedAt`;
 * without one, the one read last): the row beside the open case never says an older status
 * than the case. The list leaves the announcement of such a case's news to the `<klar-case>`'s
 * status, so a screen reader hears it once.
 *
 * It renders into the light DOM, so read-aloud, page translation and reader views read every
 * row (select its parts with `[part~=…]`); `render-mode="shadow"` keeps a shadow root instead.
 *
 * Serves the principle "Tydelige forventninger": the citizen sees at once where they must act
 * and when they can expect an answer in each case.
 *
 * @tagname klar-case-list
 * @summary A citizen's cases, sorted act now, in progress, closed: status, next step, when, and a link.
 *
 * @csspart base - The list wrapper.
 * @csspart group - One group of cases (act, in progress, closed).
 * @csspart group-heading - The heading of a group.
 * @csspart row - One case.
 * @csspart row-current - The row of the case named by `current` (beside `row`): its title and status only, as the page says the rest.
 * @csspart title - The case title (a link when `case-href` is set).
 * @csspart status-tag - The status in words with an icon.
 * @csspart action - What the citizen must do.
 * @csspart next - The next step.
 * @csspart lead - When the citizen can expect an answer.
 * @csspart empty - The text shown when there are no cases.
 * @csspart notice - The error or stale notice.
 * @csspart retry - The retry button.
 * @csspart announcer - The live region.
 * @csspart icon - Icons (decorative: hidden from assistive technology, the words beside them say it).
 *
 * @cssprop [--klar-case-list-background] - Background of the list (defaults to --klar-color-background; its headings' colours are for it).
 * @cssprop [--klar-case-list-row-background] - Background of a row (defaults to --klar-color-background).
 * @cssprop [--klar-case-list-row-border-color] - Border of a row (defaults to --klar-color-border).
 * @cssprop [--klar-case-list-act-color] - The bar marking rows where the citizen must act (defaults to the warning colour).
 *
 * @fires {CustomEvent<CaseListLoadDetail>} klar-case-list-load - The list was read (first load or refresh).
 * @fires {CustomEvent<CaseErrorDetail>} klar-case-error - A load failed after its retries; the same detail as `<klar-case>`'s.
 */
export class KlarCaseList extends KlarLightElement {
  static override styles = [...KlarLightElement.styles, stateTokens, ...noticeStyles, styles];
  // `static properties` rather than decorators: a page then carries no decorator code.
  static override properties = {
    src: {},
    format: {},
    refresh: { type: Number },
    credentials: {},
    headers: { converter: headersConverter },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    cases: { attribute: false },
    caseHref: { attribute: 'case-href' },
    current: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    contactPhone: { attribute: 'contact-phone' },
    contactUrl: { attribute: 'contact-url' },
    loginUrl: { attribute: 'login-url' },
    timeZone: { attribute: 'time-zone' },
    now: { converter: nowConverter },
    parser: { attribute: false },
    retry: { attribute: false },
    shown: { state: true },
  };

  #l10n = new LocalizeController(this, mergeCatalogs(coreMessages, caseMessages, caseListMessages));
  #announcer = new LiveAnnouncer(this);
  #fetcher = new CaseFetchController(this, () => ({
    // The `cases` property wins: nothing is fetched while it is set.
    src: this.cases ? '' : this.src,
    format: this.format,
    parser: this.parser,
    refresh: this.refresh,
    credentials: this.credentials,
    headers: this.headers,
    timeout: this.timeout,
    maxBytes: this.maxBytes,
    retry: this.retry,
    list: true,
    given: !!this.cases,
  }));

  /** The URL of the list: a JSON array of case documents, or an object with a `cases` array (http or https). */
  src = '';

  /** The format of each case in the list: `klar` (default), `open311` or `zgw`. */
  format = 'klar';

  /** Seconds between refreshes (one request for the whole list); 0 turns polling off. Paused while the page is hidden. */
  refresh = 0;

  /** Whether cookies go with the request: `omit` (default), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';

  /** Extra request headers (a JSON object in the attribute), as on `<klar-case>`: while set, no redirect is followed. */
  headers?: Record<string, string>;

  /** Seconds before a request is given up, counting until the whole document has arrived. */
  timeout = 15;

  /** The largest list document read, in bytes (default 1 MB). */
  maxBytes = DEFAULT_MAX_BYTES;

  /**
   * Sets the cases to show instead of fetching: raw case JSON or cases from `parseCase` (each goes
   * through `toCase`; one that cannot be read is left out with a console warning).
   */
  cases?: ReadonlyArray<Case | Record<string, unknown>>;

  /**
   * The link of each case: a URL in which `{id}` and `{reference}` are replaced by the case's
   * (URL-encoded), e.g. `/min-sag?case={id}`. Without it the titles are not links.
   */
  caseHref = '';

  /** The id of the case the page shows now: its link says so to screen readers (`aria-current="page"`) and its row is marked. */
  current = '';

  /** The heading level of the group headings (1–6, anything else is 2); each case title is one level deeper. */
  headingLevel = 2;

  /** A phone number citizens can call, shown in the error notice. */
  contactPhone = '';

  /** A page on how to contact the municipality, linked from the error notice. */
  contactUrl = '';

  /** Where to log in again; linked from the notice when the server says the citizen is logged out. */
  loginUrl = '';

  /** The time zone dates are shown in. */
  timeZone = '';

  /** The moment "now" for working out next steps and dates (tests and stories pin it); an ISO date or instant. */
  now?: Date;

  /** Turns each fetched entry into a Case yourself (may be async); wins over `format`. The result is checked by `toCase`. */
  parser?: CaseParser;

  /** Tunes retries: `retries`, `baseDelayMs`, `maxDelayMs`, `maxRetryAfterMs`, `random`. */
  retry?: RetryOptions;

  private shown: readonly Case[] | undefined;

  readonly #uid = uniqueId('case-list');
  #parsedFrom?: unknown;
  #parsed: Case[] = [];
  /** Status of each case id at the last render, to announce what changed. */
  #lastStatus: Map<string, string> | undefined;
  /** The list as read (fetched or set), and when it was read (ms). */
  #read?: readonly Case[];
  #readAt = 0;
  /** The newest case each id's `<klar-case>` loads on this page, and when (ms): shown while newer than the list's own. */
  #loaded = new Map<string, { c: Case; at: number }>();
  /** The id each `<klar-case>` on the page shows now: its status announces that case's news, the list does not. */
  #shownBy = new Map<Element, string>();

  /** The cases shown, in the order shown (act now, in progress, closed). */
  get sortedCases(): Case[] {
    return this.#rows().map((r) => r.c);
  }

  /** Fetches the list again now. */
  reload(): void {
    this.#fetcher.reload();
  }

  constructor() {
    super();
    // Draws the rows again when the day changes ("Senest i dag" of yesterday stayed until the next refresh).
    new DayChange(this, () => this.#l10n.timeZone);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A sibling, not a child: the list hears a <klar-case> anywhere on the page (the event is composed).
    document.addEventListener('klar-case-load', this.#handleCaseLoad);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('klar-case-load', this.#handleCaseLoad);
  }

  /** A refresh above the screen moves nothing the citizen reads (core/scroll-anchor.ts). */
  protected override update(changed: PropertyValues): void {
    drawKeepingPlace(this, () => super.update(changed));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const read = this.cases ? this.#parseProperty() : this.#fetcher.value.cases;
    if (read !== this.#read) {
      this.#read = read;
      this.#readAt = Date.now();
    }
    // Each row shows the newer of the list's case and the one a <klar-case> here loaded (a new
    // array then on every update: the announcement compares statuses, so it says nothing twice).
    const list = this.#loaded.size
      ? read?.map((c) => {
          const l = this.#loaded.get(c.id);
          if (l && newer(l.c, l.at, c, this.#readAt)) return l.c;
          this.#loaded.delete(c.id); // the list has caught up
          return c;
        })
      : read;
    if (list === this.shown) return;
    this.shown = list;
    this.#announceChanges(list ?? []);
  }

  /** A `<klar-case>` on the page loaded a case: its row follows at once when that is newer. */
  #handleCaseLoad = (e: Event): void => {
    const c = (e as CustomEvent<CaseLoadDetail>).detail?.case;
    const from = e.composedPath()[0];
    if (!c?.id || !(from instanceof Element)) return;
    this.#shownBy.set(from, c.id);
    const had = this.#loaded.get(c.id);
    const at = Date.now();
    if (!had || newer(c, at, had.c, had.at)) this.#loaded.set(c.id, { c, at });
    this.requestUpdate();
  };

  /** Parses the `cases` property once per array; an entry that cannot be read is left out. */
  #parseProperty(): Case[] {
    if (this.cases === this.#parsedFrom) return this.#parsed;
    this.#parsedFrom = this.cases;
    const out: Case[] = [];
    for (const [i, entry] of (Array.isArray(this.cases) ? this.cases : []).entries()) {
      try {
        out.push(toCase(entry));
      } catch (e) {
        warnOnce(`<klar-case-list> cases[${i}] is not valid case data and is left out (${reason(e)}).`);
      }
    }
    if (this.cases && !Array.isArray(this.cases)) warnOnce('<klar-case-list> the `cases` property must be an array of cases.');
    this.#parsed = out;
    return out;
  }

  /**
   * Says once, politely, which cases got a new status since the last list (never on the first).
   * Not a case a `<klar-case>` on the page shows: its status says it.
   */
  #announceChanges(list: readonly Case[]): void {
    const next = new Map(list.map((c) => [c.id, `${c.status.code}|${c.status.label}`]));
    const before = this.#lastStatus;
    this.#lastStatus = next;
    if (!before) return;
    for (const el of this.#shownBy.keys()) if (!el.isConnected) this.#shownBy.delete(el);
    const told = new Set(this.#shownBy.values());
    const changed = list.filter((c) => before.has(c.id) && before.get(c.id) !== next.get(c.id) && !told.has(c.id));
    if (changed.length === 1) {
      const c = changed[0];
      const status = statusLabel(c, (k) => this.#l10n.t(k));
      // The title and the case's own label in the case's language; a code said in words is the interface's.
      this.#announcer.announce(this.#caseMessage(c, 'caseList.changed.one', status === c.status.label ? { title: c.title, status } : { title: c.title }, { status }));
    } else if (changed.length > 1) {
      this.#announcer.announce(this.#l10n.t('caseList.changed.many', { count: changed.length }));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    focusAfterRetry(this, this.#fetcher.value);
  }

  get #nowDate(): Date {
    return this.now ?? new Date();
  }

  /** The rows in the order shown: group first, then the most pressing date, then the source order. */
  #rows(): Row[] {
    const rows = (this.shown ?? []).map((c, index): Row => {
      let s: CaseSchedule;
      try {
        s = scheduleCase(c, this.#nowDate, this.#l10n.timeZone);
      } catch (e) {
        warnOnce(`<klar-case-list> could not work out the schedule of ${c.id}: ${String(e)}`);
        s = { steps: [] };
      }
      const group = caseGroup(c, s);
      // Act now: the earliest due date first. In progress: the earliest expected answer first.
      // Closed: the most recent first (so `at` is negated).
      const at =
        group === 'act'
          ? time(citizenAction(c, s)?.dueDate)
          : group === 'progress'
            ? time(s.lead?.date)
            : -(time(c.decision?.decidedAt) ?? time(c.status.since) ?? time(c.updatedAt) ?? 0);
      return { c, s, group, kind: statusKind(c, s, this.#l10n.timeZone), at, index };
    });
    const order = (g: CaseGroup) => CASE_GROUPS.indexOf(g);
    return rows.sort(
      (a, b) =>
        order(a.group) - order(b.group) ||
        (a.at ?? Infinity) - (b.at ?? Infinity) ||
        a.index - b.index,
    );
  }

  override render(): TemplateResult {
    // Cases set that none of could be read: what the same list fetched from `src` says, not "no cases".
    const unreadable = this.cases?.length && !this.shown?.length;
    const kind = unreadable ? 'unreadable' : noticeKind(this.#fetcher.value);
    const fetching = !this.cases && !!this.src;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.shown?.length) body = this.#renderGroups(this.#rows());
    else if (this.shown && !unreadable) body = html`<p part="empty" class="klar-empty">${this.#l10n.t('caseList.empty')}</p>`;
    else if (fetching && (!kind || kind === 'slow')) body = html`<p class="klar-loading" aria-busy="true">${this.#l10n.t('caseList.loading')}</p>`;
    // The notice sits in a live region that always exists, so a failure is announced once (case/case-notice.ts).
    return html`<div part="base" class="klar-base" dir=${this.#l10n.dir} lang=${this.#l10n.lang}>
        ${noticeRegion(this, kind, kind ? this.#renderNotice(kind) : this.#renderLeftOut())}
        ${body}
      </div>
      ${this.#announcer.render()}`;
  }

  #renderGroups(rows: Row[]): TemplateResult {
    const level = levelOf(this);
    return html`${CASE_GROUPS.map((g) => {
      const inGroup = rows.filter((r) => r.group === g);
      if (!inGroup.length) return nothing;
      const id = `${this.#uid}-${g}`;
      return html`<section part="group" class="klar-group klar-${g}" aria-labelledby=${id}>
        ${heading(level, this.#l10n.t(`caseList.group.${g}`), { part: 'group-heading', cls: 'klar-group-heading', id })}
        <ul class="klar-rows">
          ${inGroup.map((r) => this.#renderRow(r, level + 1))}
        </ul>
      </section>`;
    })}`;
  }

  /** The link of a case from `case-href`, checked by safeUrl. */
  #hrefFor(c: Case): string | undefined {
    if (!this.caseHref) return undefined;
    const url = this.caseHref.replace(/\{(id|reference)\}/g, (_m, key: 'id' | 'reference') => encodeURIComponent(c[key] ?? ''));
    return safeUrl(url);
  }

  /** Case text, marked with the case's language when the interface speaks another (WCAG 3.1.2). */
  #caseText(c: Case, text: string): TemplateResult | string {
    return markText(text, caseTextLang(c, this.#l10n.lang));
  }

  /** A message around case text ("Næste skridt: {step}"), the case text marked with the case's language when the interface speaks another. */
  #caseMessage(c: Case, key: string, caseValues: Record<string, string>, params: MessageParams = {}): TemplateResult | string {
    return markedMessage((k, p) => this.#l10n.t(k, p), key, params, caseValues, caseTextLang(c, this.#l10n.lang));
  }

  /** A date to meet or to expect, after "senest", as the status and the timeline say it (core/date-text.ts). */
  #soon(value: string): string {
    return soonText(this.#l10n, value, this.#nowDate);
  }

  #renderRow(r: Row, level: number): TemplateResult {
    const { c, s, kind } = r;
    const href = this.#hrefFor(c);
    const title = this.#caseText(c, c.title);
    // The case the page shows now says its task, next step and dates there: its row names it and its status, once.
    const current = !!this.current && this.current === c.id;
    const a = r.group === 'act' && !current ? citizenAction(c, s) : undefined;
    // The step to come, never the one in progress ("Næste skridt: Vi træffer afgørelse" under that status): the lead says when it ends.
    const target = r.group === 'closed' || current ? undefined : s.next;
    // The one answer to "when?", the same sentence the status card and the timeline say (core/lead-text.ts),
    // before the next step, as the status card has it: after "Næste skridt: Din digitale tilladelse bliver
    // aktiv." the answer's date (16 December) read as that step's (17 December; demo review, stop 55).
    const due = a?.dueDate ? dueText(this.#l10n, a.dueDate, this.#nowDate, 'caseList.action.due', 'caseList.action.passed') : undefined;
    const lead = current ? [] : leadLines(s.lead, (d) => this.#soon(d), c.endsIn).filter((l) => l.key !== 'lead.complaint');
    const outcome = kind === 'decided' && c.decision?.kind ? ` klar-outcome-${c.decision.kind}` : '';
    // A space after each line, so text read as one string (read-aloud, copy) keeps its sentences apart.
    return html`<li part=${current ? 'row row-current' : 'row'} class="klar-row klar-${r.group}${current ? ' klar-current' : ''}">
      ${heading(level, href ? html`<a href=${href} aria-current=${current ? 'page' : nothing}>${title}</a>` : title, { part: 'title', cls: 'klar-title' })}
      <p part="status-tag" class="klar-tag klar-${kind}${outcome}">
        <span class="klar-visually-hidden">${this.#l10n.t('caseList.status')}: </span>${icon(KIND_ICON[kind])}<span>${statusWords(c, kind, this.#l10n)}</span>
      </p>
      ${a
        ? html`<p part="action" class="klar-action">${icon('action')}<span><strong>${this.#l10n.t('caseList.action')}</strong> ${this.#caseText(c, a.text)}${due ? html` <strong>${due.text}</strong>` : nothing}</span></p> `
        : nothing}
      ${lead.map((l) => html`<p part="lead" class="klar-lead${l.warn ? ' klar-warn' : ''}">${icon(l.warn ? 'warning' : 'calendar')} ${this.#l10n.t(l.key, l.values)}</p> `)}
      ${target ? html`<p part="next" class="klar-next">${this.#caseMessage(c, 'caseList.next', { step: target.step.title })}</p> ` : nothing}
      ${c.decision && !current ? html`<p class="klar-decision">${this.#decision(c, c.decision)}</p>` : nothing}
    </li>`;
  }

  /**
   * "Afgørelse: Afslag." in the case's words. A reader of another language than the case's gets
   * the outcome's kind in their own words, as the status's tag says it ("Decision: Refused.", not
   * "Decision: Afslag."), and the case's words after it when they say more ("Decision: Granted (Du
   * har fået byggetilladelse)."); a language with no words for the kind keeps the case's.
   */
  #decision(c: Case, d: NonNullable<Case['decision']>): TemplateResult | string {
    const word = d.kind && d.kind !== 'other' && caseTextLang(c, this.#l10n.lang) ? this.#l10n.t(`outcome.${d.kind}`, {}, '') : '';
    if (!word) return this.#caseMessage(c, 'caseList.decision', { outcome: d.outcome });
    return outcomeSaysMore(d.outcome) ? this.#caseMessage(c, 'caseList.decisionMore', { words: d.outcome }, { outcome: word }) : this.#l10n.t('caseList.decision', { outcome: word });
  }

  /** The contact line of a notice, from `contact-phone` / `contact-url`, when they give one. */
  #contactParagraph(t: (key: string) => string): TemplateResult | typeof nothing {
    return hasContact(this.contactPhone, this.contactUrl) ? html`<p class="klar-contact">${contactLine(t, this.contactPhone, this.contactUrl)}</p>` : nothing;
  }

  /** Cases that could not be read are said, not left out in silence: the citizen would miss them. */
  #renderLeftOut(): TemplateResult | typeof nothing {
    const count = this.cases ? (Array.isArray(this.cases) ? this.cases.length : 0) - (this.shown?.length ?? 0) : (this.#fetcher.value.leftOut ?? 0);
    if (!this.shown?.length || count <= 0) return nothing;
    const t = (key: string, params?: Record<string, string | number>): string => this.#l10n.t(key, params);
    return html`<div part="notice" class="klar-notice klar-warning">${icon('warning')}<p class="klar-text">${t('caseList.leftOut', { count })}</p> ${this.#contactParagraph(t)}</div>`;
  }

  #renderNotice(kind: NoticeKind | 'stale'): TemplateResult {
    const t = (key: string, params?: Record<string, string>): string => this.#l10n.t(LIST_KEYS[key] ?? key, params);
    const contact = kind !== 'unauthorized' ? this.#contactParagraph(t) : nothing;
    // Trying again cannot mend cases the page set by script.
    return html`<div part="notice" class=${noticeClass(kind)}>${loadNotice(this, t, this.#fetcher.value, kind, { loginUrl: this.loginUrl, contact, retry: !this.cases, l10n: this.#l10n })}</div>`;
  }
}
