import type {
  Appeal,
  Case,
  CaseStatus,
  CitizenAction,
  Contact,
  Decision,
  Delay,
  Expected,
  Handoff,
  OutcomeKind,
  Step,
  Suspension,
} from './case-model.js';
import { OUTCOME_KINDS, STEP_STATES, WAITING_FOR } from './case-model.js';
import { normalizeDate, parseDuration, toInstant } from './dates.js';
import { isEmail, isPhone, safeUrl } from './safe-url.js';

export { safeUrl } from './safe-url.js';

/** Thrown when case data cannot be shown at all; `problems` lists each with its JSON path. */
export class CaseDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid case data: ${problems.join('; ')}`);
    this.name = 'CaseDataError';
    this.problems = problems;
  }
}

type Obj = Record<string, unknown>;
const MAX_TEXT = 10_000;

/** Cases this module made: `toCase` passes them as they are and parses everything else. */
const parsed = new WeakSet<object>();

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads an own property only: `__proto__` and `constructor` from JSON never reach a prototype. */
function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** Freezes a parsed case all the way down, so no one can slip an unchecked link into it later. */
function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Obj)[k]);
  }
  return v;
}

/** True for a Case that `parseCase` returned (and nothing else: no duck typing). */
export function isParsedCase(value: unknown): value is Case {
  return typeof value === 'object' && value !== null && parsed.has(value);
}

/**
 * The one way in for case data: a Case that parseCase made passes as it is; anything else
 * (raw case JSON, a hand-built object, a case made by another copy of the library) is parsed.
 * Every element's `case` property, the provider, server rendering and the React wrappers use it.
 * Throws CaseDataError when the input has no usable title or status.
 */
export function toCase(input: unknown): Case {
  return isParsedCase(input) ? input : parseCase(input);
}

/** What a link that is not kept is said as. */
const SAFE_LINK = 'not a safe link (only https, http, mailto and tel are kept)';

/**
 * Reads the fields of one object of the input, at `path` (`''` at the root), into what it
 * shares with every other reader of the same document: the warnings and the fatal errors, each
 * with its JSON path. Each field is read once, so a bad one is warned about once.
 */
class Reader {
  readonly o: Obj;
  readonly path: string;
  readonly out: { warnings: string[]; errors: string[] };

  constructor(o: Obj, path = '', out = { warnings: [] as string[], errors: [] as string[] }) {
    this.o = o;
    this.path = path;
    this.out = out;
  }

  /** The JSON path of a field of this object. */
  at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  warn(key: string, msg: string): void {
    this.out.warnings.push(`${this.at(key)}: ${msg}`);
  }

  /** A field's value, or undefined when it is missing (null or, unless `keepEmpty`, ''). */
  get(key: string, keepEmpty = false): unknown {
    const v = own(this.o, key);
    return v === null || (v === '' && !keepEmpty) ? undefined : v;
  }

  text(key: string, required: 'fatal' | 'warn' | false = false): string | undefined {
    const v = this.get(key, true);
    let msg: string | false;
    if (v === undefined) msg = required && (required === 'fatal' ? 'is required' : 'is missing');
    else if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    else if (typeof v !== 'string') msg = `expected text, got ${Array.isArray(v) ? 'array' : typeof v}`;
    else {
      const s = cap(v.trim(), MAX_TEXT);
      if (s) return s;
      msg = required && 'is empty';
    }
    if (msg) {
      if (required === 'fatal') this.out.errors.push(`${this.at(key)}: ${msg}`);
      else this.warn(key, msg);
    }
    return undefined;
  }

  date(key: string, required = false): string | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.warn(key, 'is missing');
      return undefined;
    }
    const d = normalizeDate(v);
    if (!d) this.warn(key, 'not a valid date');
    return d;
  }

  url(key: string): string | undefined {
    const v = this.get(key);
    // "www.kommune.dk/kontakt" is a web address without its https://, not a link relative to the
    // page (it led to https://portal.example/www.kommune.dk/kontakt).
    if (typeof v === 'string' && /^www\.[^\s/]+\.[a-z]{2,}(?:[/?#]|$)/i.test(v.trim())) {
      const u = safeUrl(`https://${v.trim()}`);
      this.warn(key, u ? `no https://; linked as ${u}` : SAFE_LINK);
      return u;
    }
    const u = v === undefined ? undefined : safeUrl(v);
    if (v !== undefined && !u) this.warn(key, SAFE_LINK);
    return u;
  }

  duration(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (parseDuration(v)) return (v as string).trim().toUpperCase();
    this.warn(key, 'not an ISO 8601 duration');
    return undefined;
  }

  /**
   * The field when it is one of `values`; else undefined, with `bad` warned, or `missing` when
   * there is no field.
   */
  oneOf<T>(key: string, values: readonly T[], bad: string, missing?: string): T | undefined {
    const v = own(this.o, key);
    if (values.includes(v as T)) return v as T;
    if (v !== undefined || missing) this.warn(key, v === undefined ? missing! : bad);
    return undefined;
  }

  /** Reads `{ "workingDays": n }` (a whole number of working days, 0–3650) as 'P{n}D'. */
  workingDays(): string | undefined {
    const v = own(this.o, 'workingDays');
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3650) return `P${v}D`;
    this.warn('workingDays', 'expected a whole number of working days');
    return undefined;
  }

  /** A reader of the object in `key`; undefined (and a warning) when it is something else. */
  obj(key: string): Reader | undefined {
    const v = own(this.o, key);
    if (v === undefined || v === null) return undefined;
    if (isObj(v)) return new Reader(v, this.at(key), this.out);
    this.warn(key, 'expected an object');
    return undefined;
  }

  list<T>(key: string, each: (item: Reader, index: number) => T | undefined): T[] {
    const v = own(this.o, key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.warn(key, 'expected a list');
      return [];
    }
    const out: T[] = [];
    v.forEach((item, i) => {
      const p = `${this.at(key)}[${i}]`;
      if (!isObj(item)) {
        this.out.warnings.push(`${p}: expected an object`);
        return;
      }
      const r = each(new Reader(item, p, this.out), i);
      if (r !== undefined) out.push(r);
    });
    return out;
  }
}

/** Cuts text to `max` UTF-16 units without leaving half of a surrogate pair (an emoji) at the end. */
function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** `o` when it has a field, else undefined. */
const some = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? o : undefined);

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function readAction(r: Reader): CitizenAction | undefined {
  const a = r.obj('citizenAction');
  const text = a?.text('text', 'warn');
  return text ? strip({ text, dueDate: a!.date('dueDate'), url: a!.url('url') }) : undefined;
}

function readExpected(r: Reader): Expected | undefined {
  let v = r.get('expected');
  // ISO 8601's interval, as <klar-step expected="a/b"> writes it: a window.
  const slash = typeof v === 'string' ? v.indexOf('/') : -1;
  if (slash >= 0) v = { earliest: (v as string).slice(0, slash).trim(), latest: (v as string).slice(slash + 1).trim() };
  let date: string | undefined;
  let duration: string | undefined;
  if (typeof v === 'string') {
    if (v.trim().toUpperCase().startsWith('P')) duration = r.duration('expected');
    else date = r.date('expected');
  } else if (isObj(v)) {
    const e = new Reader(v, r.at('expected'), r.out);
    const has = (k: string) => own(v, k) !== undefined;
    if (has('date')) date = e.date('date');
    else if (has('earliest') || has('latest')) {
      const earliest = e.date('earliest');
      const latest = e.date('latest');
      if (earliest && latest) {
        // Compared as instants, so a day and a date-time given the wrong way round are swapped too.
        return toInstant(earliest) <= toInstant(latest)
          ? { kind: 'window', earliest, latest }
          : { kind: 'window', earliest: latest, latest: earliest };
      }
      // A window with an end it could not read says nothing true: kept as a single date, one end
      // could make the step look late too early (or promise too much). Both are left out.
      if ((has('earliest') && !earliest) || (has('latest') && !latest)) return undefined;
      date = earliest ?? latest;
    } else if (has('duration')) duration = e.duration('duration');
    else if (has('workingDays')) {
      duration = e.workingDays();
      return duration ? { kind: 'duration', duration, workingDays: true } : undefined;
    } else r.warn('expected', 'expected a date, a window or a duration');
  } else if (v !== undefined) r.warn('expected', 'expected a date, a window or a duration');
  return date ? { kind: 'date', date } : duration ? { kind: 'duration', duration } : undefined;
}

function readStep(r: Reader, index: number): Step | undefined {
  const title = r.text('title');
  if (!title) {
    // The step goes: say so, as it may be the one the case is in ("is missing" alone hid that).
    r.warn('title', `${r.get('title', true) === undefined ? 'is missing' : 'is empty or not text'}; the step is left out`);
    return undefined;
  }
  const state = r.oneOf('state', STEP_STATES, `unknown state (one of ${STEP_STATES.join(', ')}); shown as upcoming`, 'is missing; shown as upcoming') ?? 'upcoming';
  const o = r.obj('owner');
  const department = o?.text('department', 'warn');
  const owner = department ? strip({ department, name: o!.text('name') }) : undefined;
  return strip({
    id: r.text('id') ?? `step-${index + 1}`,
    title,
    description: r.text('description'),
    state,
    expected: readExpected(r),
    completedAt: r.date('completedAt'),
    owner,
    citizenAction: readAction(r),
    afterAnswer: r.oneOf('afterAnswer', [true, false, null], 'expected true or false; read as false') === true || undefined,
  });
}

// Outcome words, read conservatively: a refusal or dismissal must never look like a grant, so
// those are looked for first, and words that say nothing clear give 'other'.
const PARTLY = /\b(delvis|delvist|partly|partially|partial)\b/i;
const REFUSED = /(afslag|afslået|ikke (bevilget|godkendt|imødekommet|fået|få)|\b(refused|rejected|denied|declined|not granted|not approved)\b)/i;
const DISMISSED = /(afvis|afvist|\bdismissed\b|\bnot considered\b)/i;
const GRANTED = /(bevilg|godkend|imødekomm|tilladelse|dispensation|\bhar fået\b|\bdu får\b|\b(granted|approved|allowed)\b)/i;

/** Reads the kind of a decision's outcome from its words, conservatively (see the patterns above). */
export function inferOutcomeKind(outcome: string): OutcomeKind {
  if (PARTLY.test(outcome)) return 'partly-granted';
  if (REFUSED.test(outcome)) return 'refused';
  if (DISMISSED.test(outcome)) return 'dismissed';
  if (GRANTED.test(outcome)) return 'granted';
  return 'other';
}

/** The case's outcome words are more than a word or two ("Tilladelse med vilkår", not "Afslag"): they say more than their kind. */
export const outcomeSaysMore = (outcome: string): boolean => outcome.trim().split(/\s+/).length > 2;

/** A BCP 47 language tag as far as a page needs it: a 2–3 letter language, then subtags. */
const LANG_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const CLOSED_DAY_RE = /^(?:(\d{4})-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The days the authority is closed besides the public holidays ('MM-DD' or 'YYYY-MM-DD'); others are warned about and left out. */
function readClosedDays(r: Reader): string[] | undefined {
  const v = r.get('closedDays');
  if (v === undefined) return undefined;
  const hint = '("12-24" every year, "2026-12-24" once)';
  if (!Array.isArray(v)) {
    r.warn('closedDays', `expected a list of days ${hint}`);
    return undefined;
  }
  const out: string[] = [];
  v.forEach((d, i) => {
    const m = CLOSED_DAY_RE.exec(String(d).trim());
    // A day that exists: in its year, or in a leap year for one every year ("02-29").
    if (m && new Date(Date.UTC(+(m[1] ?? 2000), +m[2] - 1, +m[3])).getUTCDate() === +m[3]) out.push(m[0]);
    else r.warn(`closedDays[${i}]`, `not a day ${hint}; left out`);
  });
  return out.length ? out : undefined;
}

function readLang(r: Reader): string {
  const v = r.get('lang');
  if (v === undefined) return 'da';
  if (typeof v === 'string' && LANG_RE.test(v.trim())) {
    const [first, ...rest] = v.trim().split('-');
    // The usual casing: 'da', 'en-GB', 'sr-Latn'.
    return [first.toLowerCase(), ...rest.map((x) => (x.length === 2 ? x.toUpperCase() : x.length === 4 ? x[0].toUpperCase() + x.slice(1).toLowerCase() : x.toLowerCase()))].join('-');
  }
  r.warn('lang', 'not a language tag (like "da" or "en-GB"); read as "da"');
  return 'da';
}

/** Status codes the elements say in the page's language from their catalog (status.code.*, core/status-kind.ts statusLabel): a label that is the code. */
export const SAID_CODES = new Set(['open', 'closed', 'received']);

/**
 * What a status without a usable label says: never its internal code ("zzz", "in-progress").
 * A code the elements translate (open, closed, received) stands as the label, so the status
 * says it from its catalog in the page's language; any other code says the case is being
 * worked on, in the case's language (its `lang`: English for "en…", else Danish).
 */
function statusText(code: string, lang: unknown): string {
  const c = code.toLowerCase();
  if (SAID_CODES.has(c)) return c;
  return typeof lang === 'string' && /^en\b/i.test(lang.trim()) ? 'In progress' : 'Under behandling';
}

/**
 * Validates and normalises case data from any source. One bad optional field never blanks
 * the case: it is dropped and listed in `warnings` with its JSON path. Only a document with
 * no usable title or status throws, as one CaseDataError listing every problem.
 * The input is never mutated.
 */
export function parseCase(input: unknown): Case {
  if (!isObj(input)) {
    throw new CaseDataError([`(root): expected an object, got ${input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input}`]);
  }
  const r = new Reader(input);
  const { errors, warnings } = r.out;
  const title = r.text('title', 'fatal');

  let status: CaseStatus | undefined;
  /** A code without a usable label, whose words are ours (statusText), not the data's. */
  let guessed: string | undefined;
  const st = own(input, 'status');
  if (st === undefined || st === null) errors.push('status: is required');
  else if (typeof st === 'string' && st.trim()) {
    const label = cap(st.trim(), MAX_TEXT);
    status = { code: label, label };
  } else if (!isObj(st)) errors.push('status: expected an object');
  else {
    const s = new Reader(st, 'status', r.out);
    const code = s.text('code');
    // A code the elements say in words (open, closed, received) needs no label: only another code's missing label is warned of.
    const unsaid = !!code && !SAID_CODES.has(code.toLowerCase());
    const given = s.text('label');
    const label = given ?? (code && statusText(code, own(input, 'lang')));
    if (!label) errors.push('status.label: is required');
    else status = strip({ code: code ?? label, label, description: s.text('description'), since: s.date('since') });
    if (unsaid && given === undefined) guessed = code;
  }

  // Where each kept step was in the input, so warnings name the input's path even after
  // unusable steps before it were dropped.
  const inputIndex = new Map<Step, number>();
  const steps = r.list('steps', (o, i) => {
    const step = readStep(o, i);
    if (step) inputIndex.set(step, i);
    return step;
  });
  if (status && guessed) {
    // "Under behandling" stood beside "Alle 3 trin er færdige." for `{ code: "refused" }`: with every
    // step finished, the case is said as closed (the catalog's words, and its kind and list group).
    const over = steps.length > 0 && steps.every((x) => x.state === 'done' || x.state === 'skipped');
    if (over) status = { ...status, code: 'closed', label: 'closed' };
    warnings.push(`status.label: is missing; shown as ${over ? '"closed" (every step is done)' : `"${status.label}"`}`);
  }
  // Step ids key rendering and delays, so they must be unique.
  const taken = new Set(steps.map((s) => s.id));
  const seen = new Set<string>();
  steps.forEach((s) => {
    const i = inputIndex.get(s) ?? 0;
    if (seen.has(s.id)) {
      warnings.push(`steps[${i}].id: duplicate id "${s.id}"; renamed`);
      let id = `${s.id}~${i + 1}`;
      for (let n = 2; taken.has(id); n++) id = `${s.id}~${i + 1}-${n}`;
      s.id = id;
      taken.add(id);
    }
    seen.add(s.id);
  });

  const p = r.obj('promise');
  const pt = p && isObj(own(p.o, 'processingTime')) ? p.obj('processingTime') : undefined;
  let processingTime = pt ? pt.workingDays() : p?.duration('processingTime');
  // Zero is no promise: the sentence would read "inden for fra den dag, vi får dem" and the answer
  // would be missed the day the case came in.
  if (processingTime && !/[1-9]/.test(processingTime)) {
    p!.warn('processingTime', 'a processing time of zero; left out');
    processingTime = undefined;
  }
  const promise = p
    ? strip({
        processingTime,
        processingTimeWorkingDays: pt && processingTime ? true : undefined,
        plannedDate: p.date('plannedDate'),
        legalDeadline: p.date('legalDeadline'),
        policyUrl: p.url('policyUrl'),
      })
    : undefined;

  const delays = r.list<Delay>('delays', (o) => {
    const newDate = o.date('newDate', true);
    if (!newDate) return undefined;
    return strip({
      stepId: o.text('stepId'),
      reason: o.text('reason', 'warn') ?? '',
      previousDate: o.date('previousDate'),
      newDate,
      announcedAt: o.date('announcedAt'),
      legalBasis: o.text('legalBasis'),
    });
  });

  const suspensions = r.list<Suspension>('suspensions', (o) => {
    const from = o.date('from', true);
    if (!from) return undefined;
    const waitingFor = o.oneOf('waitingFor', WAITING_FOR, 'expected "citizen", "other" or "unknown"') ?? 'other';
    // A source that says neither for whom nor why (a ZGW opschorting without reden) makes no
    // reason up: the elements say that the case waits, since when.
    return strip({
      reason: o.text('reason', waitingFor !== 'unknown' && 'warn'),
      from,
      until: o.date('until'),
      waitingFor,
      citizenAction: readAction(o),
    });
  });

  const c = r.obj('contact');
  let contact: Contact | undefined;
  if (c) {
    // Who the citizen reaches: the department, or else the person (a ZGW behandelaar without an
    // organisational unit), whom the status names without an empty unit.
    const department = c.text('department', c.get('name') ? false : 'warn');
    let email = c.text('email');
    if (email && !isEmail(email)) {
      c.warn('email', 'not an e-mail address');
      email = undefined;
    }
    // A phone written with words ("Tlf. 33 66 33 66", "… (tast 2)") is kept as written: the
    // status links the one number in it (phoneParts). Only a value with no number is dropped.
    let phone = c.text('phone');
    if (phone && !isPhone(phone.replace(/\D/g, ''))) {
      c.warn('phone', 'not a phone number');
      phone = undefined;
    }
    const fields = strip({ department, name: c.text('name'), role: c.text('role'), phone, email, url: c.url('url'), hours: c.text('hours') });
    contact = some(fields);
  }

  const handoffs = r.list<Handoff>('handoffs', (o) => {
    const from = o.text('from', 'warn');
    const to = o.text('to', 'warn');
    const at = o.date('at', true);
    if (!from || !to || !at) return undefined;
    return strip({ from, to, at, reason: o.text('reason') });
  });

  const d = r.obj('decision');
  let decision: Decision | undefined;
  if (d) {
    const outcome = d.text('outcome', 'warn');
    const decidedAt = d.date('decidedAt', true);
    const a = d.obj('appeal');
    let appeal: Appeal | undefined;
    if (a) {
      const deadline = a.date('deadline', true);
      const body = a.text('body', 'warn');
      if (deadline && body) appeal = strip({ deadline, body, url: a.url('url'), howTo: a.text('howTo') });
    }
    if (outcome && decidedAt)
      decision = strip({
        outcome,
        // A null kind is no kind: read from the outcome without a warning.
        kind: d.oneOf('kind', [...OUTCOME_KINDS, null], `expected one of ${OUTCOME_KINDS.join(', ')}; read from the outcome`) ?? inferOutcomeKind(outcome),
        decidedAt,
        summary: d.text('summary'),
        documentUrl: d.url('documentUrl'),
        appeal,
      });
  }

  if (errors.length || !title || !status) throw new CaseDataError(errors.length ? errors : ['(root): unusable']);

  // Each field is read once, so a bad one is warned about once.
  const reference = r.text('reference');
  const id = r.text('id') ?? reference ?? '';
  const result: Case = strip({
    id,
    reference,
    title,
    lang: readLang(r),
    endsIn: r.oneOf('endsIn', ['done', 'decision', null], 'expected "decision" or "done"; read as "decision"') === 'done' ? 'done' : undefined,
    service: r.text('service'),
    receivedAt: r.date('receivedAt'),
    status,
    steps,
    promise: promise && some(promise),
    delays,
    suspensions,
    contact,
    handoffs,
    decision,
    closedDays: readClosedDays(r),
    updatedAt: r.date('updatedAt'),
    warnings,
  });
  parsed.add(result);
  return deepFreeze(result);
}
