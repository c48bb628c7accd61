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
  Owner,
  Step,
  StepState,
  Suspension,
  WaitingFor,
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

class Reader {
  warnings: string[] = [];
  errors: string[] = [];

  warn(path: string, msg: string): void {
    this.warnings.push(`${path}: ${msg}`);
  }

  text(o: Obj, key: string, path: string, required: 'fatal' | 'warn' | false = false): string | undefined {
    const v = own(o, key);
    const p = path ? `${path}.${key}` : key;
    if (v === undefined || v === null) {
      if (required === 'fatal') this.errors.push(`${p}: is required`);
      if (required === 'warn') this.warn(p, 'is missing');
      return undefined;
    }
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string') {
      const msg = `expected text, got ${Array.isArray(v) ? 'array' : typeof v}`;
      if (required === 'fatal') this.errors.push(`${p}: ${msg}`);
      else this.warn(p, msg);
      return undefined;
    }
    const s = cap(v.trim(), MAX_TEXT);
    if (!s) {
      if (required === 'fatal') this.errors.push(`${p}: is empty`);
      else if (required === 'warn') this.warn(p, 'is empty');
      return undefined;
    }
    return s;
  }

  date(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = own(o, key);
    const p = path ? `${path}.${key}` : key;
    if (v === undefined || v === null || v === '') {
      if (required) this.warn(p, 'is missing');
      return undefined;
    }
    const d = normalizeDate(v);
    if (!d) this.warn(p, 'not a valid date');
    return d;
  }

  url(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined || v === null || v === '') return undefined;
    const u = safeUrl(v);
    if (!u) this.warn(`${path}.${key}`, 'not a safe link (only https, http, mailto and tel are kept)');
    return u;
  }

  duration(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined || v === null || v === '') return undefined;
    if (!parseDuration(v)) {
      this.warn(`${path}.${key}`, 'not an ISO 8601 duration');
      return undefined;
    }
    return (v as string).trim().toUpperCase();
  }

  /** Reads `{ "workingDays": n }` (a whole number of working days, 0–3650) as 'P{n}D'. */
  workingDays(o: Obj, path: string): string | undefined {
    const v = own(o, 'workingDays');
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3650) return `P${v}D`;
    this.warn(`${path}.workingDays`, 'expected a whole number of working days');
    return undefined;
  }

  obj(o: Obj, key: string, path: string): Obj | undefined {
    const v = own(o, key);
    if (v === undefined || v === null) return undefined;
    if (!isObj(v)) {
      this.warn(path ? `${path}.${key}` : key, 'expected an object');
      return undefined;
    }
    return v;
  }

  list<T>(o: Obj, key: string, each: (item: Obj, path: string, index: number) => T | undefined): T[] {
    const v = own(o, key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.warn(key, 'expected a list');
      return [];
    }
    const out: T[] = [];
    v.forEach((item, i) => {
      const p = `${key}[${i}]`;
      if (!isObj(item)) {
        this.warn(p, 'expected an object');
        return;
      }
      const r = each(item, p, i);
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

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function readAction(r: Reader, o: Obj, key: string, path: string): CitizenAction | undefined {
  const a = r.obj(o, key, path);
  if (!a) return undefined;
  const p = `${path}.${key}`;
  const text = r.text(a, 'text', p, 'warn');
  if (!text) return undefined;
  return strip({ text, dueDate: r.date(a, 'dueDate', p), url: r.url(a, 'url', p) });
}

function readExpected(r: Reader, o: Obj, path: string): Expected | undefined {
  const v = own(o, 'expected');
  const p = `${path}.expected`;
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') {
    if (v.trim().toUpperCase().startsWith('P')) {
      if (parseDuration(v)) return { kind: 'duration', duration: v.trim().toUpperCase() };
      r.warn(p, 'not an ISO 8601 duration');
      return undefined;
    }
    const date = normalizeDate(v);
    if (date) return { kind: 'date', date };
    r.warn(p, 'not a valid date');
    return undefined;
  }
  if (!isObj(v)) {
    r.warn(p, 'expected a date, a window or a duration');
    return undefined;
  }
  if (own(v, 'date') !== undefined) {
    const date = r.date(v, 'date', p);
    return date ? { kind: 'date', date } : undefined;
  }
  if (own(v, 'earliest') !== undefined || own(v, 'latest') !== undefined) {
    const earliest = r.date(v, 'earliest', p);
    const latest = r.date(v, 'latest', p);
    if (earliest && latest) {
      // Compared as instants, so a day and a date-time given the wrong way round are swapped too.
      return toInstant(earliest) <= toInstant(latest)
        ? { kind: 'window', earliest, latest }
        : { kind: 'window', earliest: latest, latest: earliest };
    }
    // A window with an end it could not read says nothing true: kept as a single date, one end
    // could make the step look late too early (or promise too much). Both are left out.
    if ((own(v, 'earliest') !== undefined && !earliest) || (own(v, 'latest') !== undefined && !latest)) return undefined;
    const one = earliest ?? latest;
    return one ? { kind: 'date', date: one } : undefined;
  }
  if (own(v, 'duration') !== undefined) {
    const duration = r.duration(v, 'duration', p);
    return duration ? { kind: 'duration', duration } : undefined;
  }
  if (own(v, 'workingDays') !== undefined) {
    const duration = r.workingDays(v, p);
    return duration ? { kind: 'duration', duration, workingDays: true } : undefined;
  }
  r.warn(p, 'expected a date, a window or a duration');
  return undefined;
}

function readStep(r: Reader, o: Obj, path: string, index: number): Step | undefined {
  const title = r.text(o, 'title', path, 'warn');
  if (!title) return undefined;
  let state: StepState = 'upcoming';
  const rawState = own(o, 'state');
  if (typeof rawState === 'string' && (STEP_STATES as readonly string[]).includes(rawState)) {
    state = rawState as StepState;
  } else {
    r.warn(`${path}.state`, rawState === undefined ? 'is missing; shown as upcoming' : 'unknown state; shown as upcoming');
  }
  const ownerObj = r.obj(o, 'owner', path);
  let owner: Owner | undefined;
  if (ownerObj) {
    const department = r.text(ownerObj, 'department', `${path}.owner`, 'warn');
    if (department) owner = strip({ department, name: r.text(ownerObj, 'name', `${path}.owner`) });
  }
  return strip({
    id: r.text(o, 'id', path) ?? `step-${index + 1}`,
    title,
    description: r.text(o, 'description', path),
    state,
    expected: readExpected(r, o, path),
    completedAt: r.date(o, 'completedAt', path),
    owner,
    citizenAction: readAction(r, o, 'citizenAction', path),
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

function readOutcomeKind(r: Reader, o: Obj, outcome: string): OutcomeKind {
  const v = own(o, 'kind');
  if (typeof v === 'string' && (OUTCOME_KINDS as readonly string[]).includes(v)) return v as OutcomeKind;
  if (v !== undefined && v !== null) r.warn('decision.kind', `expected one of ${OUTCOME_KINDS.join(', ')}; read from the outcome`);
  return inferOutcomeKind(outcome);
}

function readEndsIn(r: Reader, o: Obj): 'done' | undefined {
  const v = own(o, 'endsIn');
  if (v === 'done') return 'done';
  if (v !== undefined && v !== null && v !== 'decision') r.warn('endsIn', 'expected "decision" or "done"; read as "decision"');
  return undefined;
}

/** A BCP 47 language tag as far as a page needs it: a 2–3 letter language, then subtags. */
const LANG_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function readLang(r: Reader, o: Obj): string {
  const v = own(o, 'lang');
  if (v === undefined || v === null || v === '') return 'da';
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
  const r = new Reader();
  const title = r.text(input, 'title', '', 'fatal');

  let status: CaseStatus | undefined;
  const st = own(input, 'status');
  if (st === undefined || st === null) r.errors.push('status: is required');
  else if (typeof st === 'string' && st.trim()) {
    const label = cap(st.trim(), MAX_TEXT);
    status = { code: label, label };
  } else if (!isObj(st)) r.errors.push('status: expected an object');
  else {
    const code = r.text(st, 'code', 'status');
    // A code the elements say in words (open, closed, received) needs no label: only another code's missing label is warned of.
    const given = r.text(st, 'label', 'status', code && !SAID_CODES.has(code.toLowerCase()) ? 'warn' : false);
    const label = given ?? (code && statusText(code, own(input, 'lang')));
    if (!label) r.errors.push('status.label: is required');
    else
      status = strip({
        code: code ?? label,
        label,
        description: r.text(st, 'description', 'status'),
        since: r.date(st, 'since', 'status'),
      });
  }

  // Where each kept step was in the input, so warnings name the input's path even after
  // unusable steps before it were dropped.
  const inputIndex = new Map<Step, number>();
  const steps = r.list(input, 'steps', (o, p, i) => {
    const step = readStep(r, o, p, i);
    if (step) inputIndex.set(step, i);
    return step;
  });
  // Step ids key rendering and delays, so they must be unique.
  const taken = new Set(steps.map((s) => s.id));
  const seen = new Set<string>();
  steps.forEach((s) => {
    const i = inputIndex.get(s) ?? 0;
    if (seen.has(s.id)) {
      r.warn(`steps[${i}].id`, `duplicate id "${s.id}"; renamed`);
      let id = `${s.id}~${i + 1}`;
      for (let n = 2; taken.has(id); n++) id = `${s.id}~${i + 1}-${n}`;
      s.id = id;
      taken.add(id);
    }
    seen.add(s.id);
  });

  const promiseObj = r.obj(input, 'promise', '');
  const ptObj = promiseObj && isObj(own(promiseObj, 'processingTime')) ? (own(promiseObj, 'processingTime') as Obj) : undefined;
  const processingTime = ptObj ? r.workingDays(ptObj, 'promise.processingTime') : promiseObj && r.duration(promiseObj, 'processingTime', 'promise');
  const promise = promiseObj
    ? strip({
        processingTime,
        processingTimeWorkingDays: ptObj && processingTime ? true : undefined,
        plannedDate: r.date(promiseObj, 'plannedDate', 'promise'),
        legalDeadline: r.date(promiseObj, 'legalDeadline', 'promise'),
        policyUrl: r.url(promiseObj, 'policyUrl', 'promise'),
      })
    : undefined;

  const delays = r.list<Delay>(input, 'delays', (o, p) => {
    const newDate = r.date(o, 'newDate', p, true);
    if (!newDate) return undefined;
    return strip({
      stepId: r.text(o, 'stepId', p),
      reason: r.text(o, 'reason', p, 'warn') ?? '',
      previousDate: r.date(o, 'previousDate', p),
      newDate,
      announcedAt: r.date(o, 'announcedAt', p),
      legalBasis: r.text(o, 'legalBasis', p),
    });
  });

  const suspensions = r.list<Suspension>(input, 'suspensions', (o, p) => {
    const from = r.date(o, 'from', p, true);
    if (!from) return undefined;
    const wf = own(o, 'waitingFor');
    let waitingFor: WaitingFor = 'other';
    if (typeof wf === 'string' && (WAITING_FOR as readonly string[]).includes(wf)) waitingFor = wf as WaitingFor;
    else if (wf !== undefined) r.warn(`${p}.waitingFor`, 'expected "citizen", "other" or "unknown"');
    return strip({
      reason: r.text(o, 'reason', p, 'warn') ?? '',
      from,
      until: r.date(o, 'until', p),
      waitingFor,
      citizenAction: readAction(r, o, 'citizenAction', p),
    });
  });

  const contactObj = r.obj(input, 'contact', '');
  let contact: Contact | undefined;
  if (contactObj) {
    const department = r.text(contactObj, 'department', 'contact', 'warn');
    let email = r.text(contactObj, 'email', 'contact');
    if (email && !isEmail(email)) {
      r.warn('contact.email', 'not an e-mail address');
      email = undefined;
    }
    // A phone written with words ("Tlf. 33 66 33 66", "… (tast 2)") is kept as written: the
    // status links the one number in it (phoneParts). Only a value with no number is dropped.
    let phone = r.text(contactObj, 'phone', 'contact');
    if (phone && !isPhone(phone.replace(/\D/g, ''))) {
      r.warn('contact.phone', 'not a phone number');
      phone = undefined;
    }
    const fields = strip({
      name: r.text(contactObj, 'name', 'contact'),
      role: r.text(contactObj, 'role', 'contact'),
      phone,
      email,
      url: r.url(contactObj, 'url', 'contact'),
      hours: r.text(contactObj, 'hours', 'contact'),
    });
    if (department || Object.keys(fields).length) contact = { department: department ?? '', ...fields };
  }

  const handoffs = r.list<Handoff>(input, 'handoffs', (o, p) => {
    const from = r.text(o, 'from', p, 'warn');
    const to = r.text(o, 'to', p, 'warn');
    const at = r.date(o, 'at', p, true);
    if (!from || !to || !at) return undefined;
    return strip({ from, to, at, reason: r.text(o, 'reason', p) });
  });

  const decObj = r.obj(input, 'decision', '');
  let decision: Decision | undefined;
  if (decObj) {
    const outcome = r.text(decObj, 'outcome', 'decision', 'warn');
    const decidedAt = r.date(decObj, 'decidedAt', 'decision', true);
    const apObj = r.obj(decObj, 'appeal', 'decision');
    let appeal: Appeal | undefined;
    if (apObj) {
      const deadline = r.date(apObj, 'deadline', 'decision.appeal', true);
      const body = r.text(apObj, 'body', 'decision.appeal', 'warn');
      if (deadline && body)
        appeal = strip({ deadline, body, url: r.url(apObj, 'url', 'decision.appeal'), howTo: r.text(apObj, 'howTo', 'decision.appeal') });
    }
    if (outcome && decidedAt)
      decision = strip({
        outcome,
        kind: readOutcomeKind(r, decObj, outcome),
        decidedAt,
        summary: r.text(decObj, 'summary', 'decision'),
        documentUrl: r.url(decObj, 'documentUrl', 'decision'),
        appeal,
      });
  }

  if (r.errors.length || !title || !status) throw new CaseDataError(r.errors.length ? r.errors : ['(root): unusable']);

  // Each field is read once, so a bad one is warned about once.
  const reference = r.text(input, 'reference', '');
  const id = r.text(input, 'id', '') ?? reference ?? '';
  const result: Case = strip({
    id,
    reference,
    title,
    lang: readLang(r, input),
    endsIn: readEndsIn(r, input),
    service: r.text(input, 'service', ''),
    receivedAt: r.date(input, 'receivedAt', ''),
    status,
    steps,
    promise: promise && Object.keys(promise).length ? promise : undefined,
    delays,
    suspensions,
    contact,
    handoffs,
    decision,
    updatedAt: r.date(input, 'updatedAt', ''),
    warnings: r.warnings,
  });
  parsed.add(result);
  return deepFreeze(result);
}
