import type { Case, OutcomeKind } from '../core/case-model.js';
import { addDuration, calendarDate, normalizeDate, parseDuration, toInstant } from '../core/dates.js';
import { CaseDataError, parseCase } from '../core/parse-case.js';

/**
 * Turns a zaak from the Dutch ZGW Zaken API (with its Catalogi API types) into a Case.
 * https://vng-realisatie.github.io/gemma-zaken/standaard/zaken/
 *
 * The usual shape is one document: `GET /zaken/{uuid}?expand=zaaktype,zaaktype.statustypen,
 * status,status.statustype,resultaat,resultaat.resultaattype,rollen`, where the related
 * resources sit in `_expand`. Anything not expanded can be passed in `related` (e.g. a list
 * of statussen fetched separately; paginated `{ results: [...] }` lists are fine). A bundle
 * `{ "zaak": {...}, "statussen": [...], ... }` made by a portal backend works too.
 * Fields we do not use are ignored. See docs/adapters.md for the field mapping.
 */
export interface ZgwRelated {
  /** The zaaktype (Catalogi API), for `servicenorm`, `doorlooptijd` and its name. */
  zaaktype?: unknown;
  /** The current status (else the zaak's expanded `status`, else the latest of `statussen`). */
  status?: unknown;
  /** Every status the zaak has had, for the dates of the steps done. */
  statussen?: unknown;
  /** The zaaktype's status types: the steps, in `volgnummer` order. */
  statustypen?: unknown;
  resultaat?: unknown;
  resultaattype?: unknown;
  /** The zaak's roles, for who to contact (the `behandelaar`). */
  rollen?: unknown;
  /**
   * Who the case waits for while it is suspended (`opschorting`). ZGW does not say, so the
   * default is 'unknown': the elements then never tell the citizen they need not act.
   */
  waitingFor?: 'citizen' | 'other' | 'unknown';
  /** The language of the zaak's texts (e.g. 'nl'); without it, the library's default 'da'. */
  lang?: string;
  /** When the suspension started, if you know; else the date the current status was set. */
  suspendedSince?: string;
  /** Contact details to use when the zaak has no behandelaar with them. */
  contact?: { department: string; name?: string; phone?: string; email?: string; url?: string; hours?: string };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj | undefined, k: string): unknown => (o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
const str = (o: Obj | undefined, k: string): string | undefined => {
  const v = own(o, k);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};
const obj = (v: unknown): Obj | undefined => (isObj(v) ? v : undefined);
const expand = (o: Obj | undefined): Obj | undefined => obj(own(o, '_expand'));
/** A list, or the `results` of a paginated ZGW list. */
const list = (v: unknown): Obj[] => {
  if (Array.isArray(v)) return v.filter(isObj);
  const results = own(obj(v), 'results');
  return Array.isArray(results) ? results.filter(isObj) : [];
};
/** The URLs in a list of references (what the APIs return when nothing is expanded). */
const refs = (v: unknown): string[] => {
  const arr = Array.isArray(v) ? v : (own(obj(v), 'results') as unknown[] | undefined);
  return Array.isArray(arr) ? arr.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
};
const sameRef = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && (a === b || a.replace(/\/$/, '').split('/').pop() === b.replace(/\/$/, '').split('/').pop());
const lastSegment = (url: string | undefined): string | undefined => url?.replace(/\/$/, '').split('/').pop();

/** Adds an ISO duration to a date and returns a calendar date, or undefined. */
function plus(date: string | undefined, duration: string | undefined): string | undefined {
  const d = parseDuration(duration);
  const n = normalizeDate(date);
  if (!d || !n) return undefined;
  return calendarDate(addDuration(toInstant(n), d));
}

export function fromZgw(input: unknown, related: ZgwRelated = {}): Case {
  let zaak = obj(input);
  let rel: ZgwRelated = related;
  // A bundle { zaak, statussen, … } from a portal backend.
  if (zaak && isObj(own(zaak, 'zaak')) && !str(zaak, 'url') && !str(zaak, 'identificatie')) {
    rel = { ...(zaak as ZgwRelated), ...related };
    zaak = obj(own(zaak, 'zaak'));
  }
  if (!zaak) throw new CaseDataError(['(root): expected a ZGW zaak object']);
  const ex = expand(zaak);

  const zaaktype = obj(rel.zaaktype) ?? obj(own(ex, 'zaaktype'));
  const statussen = list(rel.statussen ?? own(ex, 'statussen'));
  // Status types come expanded, fetched separately, inline, or only as URLs in the zaaktype:
  // every object we were given is used, and a URL is matched to one of them.
  const known: Obj[] = [];
  const addType = (t: Obj | undefined) => {
    if (t && !known.some((k) => sameRef(str(k, 'url'), str(t, 'url')) && !!str(t, 'url'))) known.push(t);
  };
  for (const t of [...list(rel.statustypen), ...list(own(expand(zaaktype), 'statustypen')), ...list(own(zaaktype, 'statustypen'))]) addType(t);
  for (const st of [obj(rel.status), obj(own(ex, 'status')), ...statussen]) addType(obj(own(expand(st), 'statustype')));
  const typeUrls = [...refs(own(zaaktype, 'statustypen')), ...refs(rel.statustypen)];
  const resolved = typeUrls.map((u) => known.find((t) => sameRef(str(t, 'url'), u)));
  // A URL we cannot resolve means we do not know every step: then show none rather than a wrong list.
  const allKnown = resolved.every(Boolean);
  const statustypen = allKnown ? (typeUrls.length ? (resolved as Obj[]) : known).filter((t, i, a) => a.indexOf(t) === i) : [];
  const statusUrl = str(zaak, 'status');
  const byDate = [...statussen].sort((a, b) => ((str(a, 'datumStatusGezet') ?? '') < (str(b, 'datumStatusGezet') ?? '') ? 1 : -1));
  const status =
    obj(rel.status) ??
    obj(own(ex, 'status')) ??
    statussen.find((s) => sameRef(str(s, 'url'), statusUrl)) ??
    statussen.find((s) => own(s, 'indicatieLaatstGezetteStatus') === true) ??
    byDate[0];
  const typeOf = (s: Obj | undefined): Obj | undefined =>
    obj(own(expand(s), 'statustype')) ?? known.find((t) => sameRef(str(t, 'url'), str(s, 'statustype')));
  const currentType = typeOf(status);
  const citizenText = (t: Obj | undefined): string | undefined => str(t, 'statustekst') ?? str(t, 'omschrijving');

  const resultaat = obj(rel.resultaat) ?? obj(own(ex, 'resultaat'));
  const resultaattype = obj(rel.resultaattype) ?? obj(own(expand(resultaat), 'resultaattype'));

  const startdatum = str(zaak, 'startdatum') ?? str(zaak, 'registratiedatum');
  const since = str(status, 'datumStatusGezet');
  const isEnd = own(currentType, 'isEindstatus') === true || !!str(zaak, 'einddatum');

  // Steps: the status types in order; those before the current one are done. A status we
  // cannot resolve (only its URL) says nothing about the steps, so none are shown rather than
  // a first step wrongly marked as current.
  const typesInOrder = statustypen.every((t) => Number.isFinite(Number(own(t, 'volgnummer'))))
    ? [...statustypen].sort((a, b) => Number(own(a, 'volgnummer')) - Number(own(b, 'volgnummer')))
    : statustypen;
  const types = !currentType && (statusUrl || status) ? [] : typesInOrder;
  const currentIndex = currentType ? types.findIndex((t) => t === currentType || sameRef(str(t, 'url'), str(currentType, 'url'))) : -1;
  const currentNr = currentIndex >= 0 ? currentIndex : Number(own(currentType, 'volgnummer'));
  // When the zaak reached each status type (the latest time it was set).
  const setAt = types.map((t) =>
    statussen
      .filter((s) => sameRef(str(s, 'statustype'), str(t, 'url')))
      .map((s) => str(s, 'datumStatusGezet'))
      .filter((d): d is string => !!d)
      .sort()
      .pop(),
  );
  const steps = types.map((t, i) => {
    const nr = currentIndex >= 0 ? i : Number(own(t, 'volgnummer'));
    // A status is set when the zaak enters it, so a step is done when the zaak reached a later
    // status (the first one set after it); the end status is done when it is reached (a zaak
    // closed at another status: at its einddatum). Read as the step's own date, every done step
    // said the day it began.
    const isCurrent = !!currentType && (sameRef(str(t, 'url'), str(currentType, 'url')) || nr === currentNr);
    const end = str(zaak, 'einddatum');
    const set = isCurrent && isEnd ? (own(t, 'isEindstatus') === true ? (setAt[i] ?? end) : (end ?? setAt[i])) : setAt.slice(i + 1).filter((d): d is string => !!d).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    const state = !currentType ? (i === 0 ? 'current' : 'upcoming') : nr < currentNr || (isCurrent && isEnd) ? 'done' : isCurrent ? 'current' : 'upcoming';
    // A status type's doorlooptijd is how long that status takes: the current one counts from
    // when it was set (the schedule anchors the current step there), the ones after from the one before.
    return {
      id: lastSegment(str(t, 'url')) ?? `status-${Number.isFinite(nr) ? nr : i + 1}`,
      title: citizenText(t),
      state,
      completedAt: state === 'done' ? (set ?? (isCurrent ? since : undefined)) : undefined,
      // The end status is set when the zaak is done, so without a doorlooptijd of its own it is
      // expected on the zaak's planned end (einddatumGepland), the one per-zaak date ZGW has.
      expected:
        state === 'done' ? undefined : parseDuration(str(t, 'doorlooptijd')) ? str(t, 'doorlooptijd') : own(t, 'isEindstatus') === true ? str(zaak, 'einddatumGepland') : undefined,
    };
  });

  // The three dates of the promise.
  const doorlooptijd = str(zaaktype, 'doorlooptijd');
  const servicenorm = str(zaaktype, 'servicenorm');
  const verlenging = obj(own(zaak, 'verlenging'));
  const verlengingDuur = str(verlenging, 'duur');
  const originalDeadline = plus(startdatum, doorlooptijd);
  const extendedDeadline = verlengingDuur ? plus(originalDeadline ?? str(zaak, 'uiterlijkeEinddatumAfdoening'), verlengingDuur) : undefined;
  const uiterlijk = str(zaak, 'uiterlijkeEinddatumAfdoening');
  const legalDeadline = verlengingDuur && uiterlijk && originalDeadline && uiterlijk <= originalDeadline ? extendedDeadline : (uiterlijk ?? extendedDeadline ?? originalDeadline);
  const promise = {
    processingTime: servicenorm ?? doorlooptijd,
    plannedDate: str(zaak, 'einddatumGepland'),
    legalDeadline,
  };

  // A verlenging extends the legal period only: the plan (einddatumGepland) stays as it is,
  // so it is not a delay of the answer.

  // ZGW says neither when an opschorting began nor whom it waits for: it began no later than
  // the current status (never "today", which would move with the page), and whom it waits for
  // is unknown unless the backend says. Without a reden no reason is made up: the elements say
  // that the case waits, since when.
  const opschorting = obj(own(zaak, 'opschorting'));
  const suspendedFrom = rel.suspendedSince ?? since ?? startdatum;
  const suspensions =
    opschorting && own(opschorting, 'indicatie') === true && !isEnd && suspendedFrom
      ? [{ reason: str(opschorting, 'reden'), from: suspendedFrom, waitingFor: rel.waitingFor ?? 'unknown' }]
      : [];

  let decision: Obj | undefined;
  const outcome = str(resultaattype, 'omschrijving') ?? str(resultaat, 'toelichting');
  const decidedAt = str(zaak, 'einddatum') ?? (isEnd ? since : undefined);
  if (resultaat && outcome && decidedAt) {
    decision = {
      outcome,
      kind: dutchOutcomeKind(`${str(resultaattype, 'omschrijving') ?? ''} ${str(resultaattype, 'omschrijvingGeneriek') ?? ''}`),
      decidedAt,
      summary: str(resultaattype, 'omschrijving') ? str(resultaat, 'toelichting') : undefined,
    };
  }

  const doc = {
    id: str(zaak, 'uuid') ?? str(zaak, 'identificatie') ?? lastSegment(str(zaak, 'url')),
    reference: str(zaak, 'identificatie'),
    title: str(zaak, 'omschrijving') ?? str(zaaktype, 'omschrijving') ?? str(zaak, 'identificatie'),
    service: str(zaaktype, 'omschrijving'),
    receivedAt: startdatum,
    lang: rel.lang,
    status: currentType
      ? { code: isEnd ? 'closed' : (str(currentType, 'omschrijvingGeneriek') ?? str(currentType, 'omschrijving') ?? 'open'), label: citizenText(currentType), description: str(status, 'statustoelichting'), since }
      : statusUrl || status
        ? // A status is set but we cannot read which: say only what is true, open or closed.
          { code: isEnd ? 'closed' : 'open', label: isEnd ? 'closed' : 'open', description: str(status, 'statustoelichting'), since }
        : { code: isEnd ? 'closed' : 'received', label: isEnd ? 'closed' : 'received', since: startdatum },
    steps,
    promise: promise.processingTime || promise.plannedDate || promise.legalDeadline ? promise : undefined,
    delays: [],
    suspensions,
    contact: contactFrom(list(rel.rollen ?? own(ex, 'rollen'))) ?? rel.contact,
    decision,
    updatedAt: byDate[0] ? str(byDate[0], 'datumStatusGezet') : since,
  };
  return parseCase(doc);
}

/** Reads a Dutch resultaattype conservatively; undefined leaves it to parseCase's reading of the words. */
function dutchOutcomeKind(text: string): OutcomeKind | undefined {
  const t = text.toLowerCase();
  if (/gedeeltelijk|deels/.test(t)) return 'partly-granted';
  if (/geweigerd|afgewezen|weigering|afwijzing|niet verleend|niet toegekend/.test(t)) return 'refused';
  if (/buiten behandeling|niet[- ]ontvankelijk/.test(t)) return 'dismissed';
  if (/verleend|toegekend|vergund|verleen|toegewezen/.test(t)) return 'granted';
  return undefined;
}

/**
 * The behandelaar (case worker or unit) and its contact person, when the zaak has one. The unit is
 * an organisatorische eenheid's name: the behandelaar's own, or another behandelaar role's (a zaak
 * may give the unit and the medewerker as two roles); else `roltoelichting`; else there is none,
 * and the contact is the person (no empty unit).
 */
function contactFrom(rollen: Obj[]): Obj | undefined {
  const behandelaars = rollen.filter((r) => str(r, 'omschrijvingGeneriek') === 'behandelaar');
  const rol = behandelaars[0];
  if (!rol) return undefined;
  const who = obj(own(rol, 'betrokkeneIdentificatie'));
  const person = obj(own(rol, 'contactpersoonRol'));
  const type = str(rol, 'betrokkeneType');
  const unitRol = behandelaars.find((r) => own(r, 'betrokkeneType') === 'organisatorische_eenheid');
  const unit = str(obj(own(unitRol, 'betrokkeneIdentificatie')), 'naam');
  const medewerker =
    type === 'medewerker' ? [str(who, 'voorletters'), str(who, 'voorvoegselAchternaam'), str(who, 'achternaam')].filter(Boolean).join(' ') || undefined : undefined;
  const out = {
    department: unit ?? str(rol, 'roltoelichting'),
    name: str(person, 'naam') ?? medewerker,
    role: str(person, 'functie'),
    phone: str(person, 'telefoonnummer'),
    email: str(person, 'emailadres'),
  };
  return out.department || out.name || out.phone || out.email ? out : undefined;
}
