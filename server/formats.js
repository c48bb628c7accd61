// The same case in the two external formats klar-elements reads, shaped like real API
// answers (fields the library does not use included), so the adapters meet what they will
// meet in production:
//  - Open311 GeoReport v2 service request  (https://wiki.open311.org/GeoReport_v2/)
//  - ZGW Zaken API zaak with `_expand`     (https://vng-realisatie.github.io/gemma-zaken/)
import { createHash } from 'node:crypto';
import { danishDay } from './cases.js';

/** The organisation number (CVR) of the fictional municipality. */
const CVR = '29189919';

/**
 * A stable UUID (v5 style) for a name, so ZGW URLs stay the same across restarts.
 * @param {string} name
 */
export function uuidFor(name) {
  const h = createHash('sha1').update(`klar-elements:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Turns a case date ('YYYY-MM-DD' or a UTC instant) into a W3C date-time with an offset, as
 * Open311 wants. A calendar day becomes midnight Copenhagen time.
 * @param {unknown} value
 */
function w3c(value) {
  if (typeof value !== 'string' || !value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00+01:00`;
  return value.replace(/\.\d{3}Z$/, 'Z').replace(/Z$/, '+00:00');
}

/** @param {unknown} value */
/**
 * The zaaktype's doorlooptijd: the days from receipt to the case's legal deadline, or, for a case
 * with none, half a year (a zaaktype must have one; no Danish rule gives these services less).
 * @param {any} c
 */
function legalPeriod(c) {
  const from = c.receivedAt && Date.parse(String(c.receivedAt).slice(0, 10));
  const to = c.promise?.legalDeadline && Date.parse(String(c.promise.legalDeadline).slice(0, 10));
  return from && to && to > from ? `P${Math.round((to - from) / 86_400_000)}D` : 'P26W';
}

/** The Danish calendar day of a date or an instant (server/cases.js's `danishDay`). */
function dateOnly(value) {
  if (typeof value !== 'string' || !value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value.slice(0, 10) : danishDay(t);
}

/**
 * @typedef {Record<string, any>} KlarCase
 * @typedef {{ place: { address: string, zipcode: string, lat: number, long: number, serviceCode: string }, version: number }} CaseMeta
 */

/**
 * Returns the Open311 GeoReport v2 answer for one request: an array with one service request.
 * Open311 has no steps; the current status goes in `status_notes`, the planned date in
 * `expected_datetime`, and the department in `agency_responsible`.
 * @param {KlarCase} c
 * @param {CaseMeta} meta
 */
export function toOpen311(c, meta) {
  const current = (c.steps ?? []).find((/** @type {any} */ s) => s.state === 'current');
  const delay = (c.delays ?? []).at(-1);
  const notes = [c.status?.label, c.status?.description].filter(Boolean).join(': ');
  return [
    {
      service_request_id: c.reference ?? c.id,
      status: c.decision ? 'closed' : 'open',
      status_notes: notes || null,
      service_name: c.service ?? null,
      service_code: meta.place.serviceCode,
      description: c.title,
      agency_responsible: current?.owner?.department ?? c.contact?.department ?? null,
      service_notice: c.promise?.processingTime ? `Forventet sagsbehandlingstid: ${humanDuration(c.promise.processingTime)}` : null,
      requested_datetime: w3c(c.receivedAt),
      updated_datetime: w3c(c.updatedAt),
      expected_datetime: w3c(delay?.newDate ?? c.promise?.plannedDate),
      address: meta.place.address,
      address_id: uuidFor(`adresse:${meta.place.address}`),
      zipcode: meta.place.zipcode,
      lat: meta.place.lat,
      long: meta.place.long,
      media_url: null,
    },
  ];
}

/** @param {string} d an ISO duration like P8W or P10D */
function humanDuration(d) {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?$/.exec(d);
  if (!m) return d;
  if (m[1]) return `${m[1]} uger`;
  if (m[2]) return `${m[2]} dage`;
  return d;
}

/**
 * Returns a ZGW zaak with `_expand` for zaaktype (with its statustypen), status (with its
 * statustype), statussen and resultaat (with its resultaattype), as the Zaken API returns
 * with `?expand=zaaktype.statustypen,status.statustype,resultaat.resultaattype`.
 * Steps become statustypen (in order, then the end status "Afgehandeld"), each step that has
 * begun a status and a finished case the end status; delays become `verlenging`, an open
 * suspension `opschorting`, the decision the `resultaat`.
 * @param {KlarCase} c
 * @param {CaseMeta} meta
 * @param {string} base the API root, e.g. http://127.0.0.1:8080/api/zgw
 */
export function toZgw(c, meta, base) {
  const zaakUuid = uuidFor(`zaak:${c.id}`);
  const zaakUrl = `${base}/zaken/${c.id}`;
  const zaaktypeUuid = uuidFor(`zaaktype:${meta.place.serviceCode}`);
  const zaaktypeUrl = `${base}/catalogi/zaaktypen/${zaaktypeUuid}`;
  const steps = c.steps ?? [];
  const catalogusUrl = `${base}/catalogi/catalogussen/${uuidFor('catalogus')}`;

  /**
   * A status type as the Catalogi API gives it.
   * @param {string} key what makes its UUID
   * @param {number} volgnummer
   * @param {{ omschrijving: string, omschrijvingGeneriek: string, statustekst: string, doorlooptijd?: string | null, toelichting?: string | null }} own
   */
  const statustype = (key, volgnummer, own) => {
    const uuid = uuidFor(`statustype:${meta.place.serviceCode}:${key}`);
    return {
      url: `${base}/catalogi/statustypen/${uuid}`,
      uuid,
      doorlooptijd: null,
      toelichting: null,
      ...own,
      zaaktype: zaaktypeUrl,
      zaaktypeIdentificatie: meta.place.serviceCode,
      volgnummer,
      // The Catalogi API's end status is the type with the highest volgnummer.
      isEindstatus: volgnummer === steps.length + 1,
      informeren: true,
      checklistitemStatustype: [],
      catalogus: catalogusUrl,
      eigenschappen: [],
      zaakobjecttypen: [],
      beginGeldigheid: '2024-01-01',
      eindeGeldigheid: null,
      beginObject: '2024-01-01',
      eindeObject: null,
    };
  };
  // One status type per step, and after them the end status, which closes the zaak: a status is
  // set when the zaak enters it, so the work on the last step needs a status of its own before
  // the end (a zaaktype in Open Zaak ends in such a status, "Afgehandeld"). With the last step as
  // the end status, the step before it ran until the decision: afg-1188's "Dine naboer fik
  // besked" said 27 November in the ZGW view, 13 November in the klar view.
  const statustypen = [
    ...steps.map((/** @type {any} */ s, /** @type {number} */ i) =>
      statustype(s.id, i + 1, {
        omschrijving: s.title,
        omschrijvingGeneriek: s.id,
        // The text the citizen is told when the status is reached: the step's own title (the adapter
        // reads it as the status's and the step's name); the longer description has no ZGW field.
        statustekst: s.title,
        doorlooptijd: typeof s.expected === 'string' && s.expected.startsWith('P') ? s.expected : null,
        toelichting: s.owner?.department ?? null,
      }),
    ),
    statustype('afgehandeld', steps.length + 1, { omschrijving: 'Afgehandeld', omschrijvingGeneriek: 'afgehandeld', statustekst: 'Sagen er afsluttet' }),
  ];

  /**
   * A status set on the zaak.
   * @param {string} key what makes its UUID
   * @param {any} type its status type
   * @param {string} gezet when
   * @param {string} toelichting
   */
  const status = (key, type, gezet, toelichting) => {
    const uuid = uuidFor(`status:${c.id}:${key}`);
    return {
      url: `${base}/zaken/statussen/${uuid}`,
      uuid,
      zaak: zaakUrl,
      statustype: type.url,
      datumStatusGezet: gezet,
      statustoelichting: toelichting,
      indicatieLaatstGezetteStatus: false,
      gezetdoor: null,
      zaakinformatieobjecten: [],
      _expand: { statustype: type },
    };
  };
  // A step's status is set when the step began: the previous step's completion, or receipt for
  // the first. The end status is set when the last step is done (or the case decided), at that
  // moment; the adapter reads a step as done when a later status is set.
  /** @type {any[]} */
  const statussen = steps.flatMap((/** @type {any} */ s, /** @type {number} */ i) =>
    s.state === 'done' || s.state === 'current'
      ? [status(s.id, statustypen[i], i === 0 ? c.receivedAt : (steps[i - 1].completedAt ?? c.status?.since ?? c.receivedAt), s.state === 'current' ? c.status?.description ?? '' : '')]
      : [],
  );
  if (steps.length && (c.decision || steps.every((/** @type {any} */ s) => s.state === 'done'))) {
    statussen.push(status('eind', statustypen[steps.length], steps.at(-1).completedAt ?? c.decision?.decidedAt ?? c.status?.since, c.status?.description ?? ''));
  }
  const current = statussen.at(-1);
  if (current) current.indicatieLaatstGezetteStatus = true;

  let resultaat = null;
  if (c.decision) {
    const rtUuid = uuidFor(`resultaattype:${meta.place.serviceCode}:${c.decision.outcome}`);
    const uuid = uuidFor(`resultaat:${c.id}`);
    resultaat = {
      url: `${base}/zaken/resultaten/${uuid}`,
      uuid,
      zaak: zaakUrl,
      resultaattype: `${base}/catalogi/resultaattypen/${rtUuid}`,
      toelichting: c.decision.summary ?? '',
      _expand: {
        resultaattype: {
          url: `${base}/catalogi/resultaattypen/${rtUuid}`,
          uuid: rtUuid,
          zaaktype: zaaktypeUrl,
          omschrijving: c.decision.outcome,
          resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1',
          omschrijvingGeneriek: 'Afgehandeld',
          selectielijstklasse: 'https://selectielijst.openzaak.nl/api/v1/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829',
          toelichting: c.decision.appeal ? `Klage: ${c.decision.appeal.body}, senest ${c.decision.appeal.deadline}` : '',
          archiefnominatie: 'blijvend_bewaren',
          archiefactietermijn: 'P10Y',
          brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld', datumkenmerk: '', einddatumBekend: false, objecttype: '', registratie: '', procestermijn: null },
          catalogus: catalogusUrl,
          besluittypen: [],
          informatieobjecttypen: [],
          beginGeldigheid: '2024-01-01',
          eindeGeldigheid: null,
        },
      },
    };
  }

  const delay = (c.delays ?? []).at(-1);
  const openSuspension = (c.suspensions ?? []).find((/** @type {any} */ s) => !s.until);
  const zaaktype = {
    url: zaaktypeUrl,
    uuid: zaaktypeUuid,
    identificatie: meta.place.serviceCode,
    omschrijving: c.service ?? c.title,
    omschrijvingGeneriek: c.service ?? '',
    vertrouwelijkheidaanduiding: 'openbaar',
    doel: c.service ?? '',
    aanleiding: 'Ansøgning fra borger',
    toelichting: '',
    indicatieInternOfExtern: 'extern',
    handelingInitiator: 'Ansøge',
    onderwerp: c.service ?? '',
    handelingBehandelaar: 'Behandle',
    // ZGW's doorlooptijd is the period the law allows (required; a zaak's uiterlijkeEinddatumAfdoening
    // is its start plus it), servicenorm the service target. The service target as doorlooptijd made
    // the adapter read par-5521's 10 days as a legal deadline passed, and tell the citizen to complain.
    doorlooptijd: legalPeriod(c),
    servicenorm: c.promise?.processingTime ?? null,
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: true,
    verlengingstermijn: 'P6W',
    trefwoorden: [],
    publicatieIndicatie: false,
    publicatietekst: '',
    verantwoordingsrelatie: [],
    productenOfDiensten: [],
    selectielijstProcestype: 'https://selectielijst.openzaak.nl/api/v1/procestypen/aa8aa2fd-b9c6-4e34-9a6c-58a677f60ea0',
    referentieproces: { naam: c.service ?? '', link: '' },
    concept: false,
    verantwoordelijke: CVR,
    broncatalogus: null,
    bronzaaktype: null,
    catalogus: catalogusUrl,
    statustypen: statustypen.map((/** @type {any} */ s) => s.url),
    resultaattypen: resultaat ? [resultaat.resultaattype] : [],
    eigenschappen: [],
    informatieobjecttypen: [],
    roltypen: [],
    besluittypen: [],
    deelzaaktypen: [],
    gerelateerdeZaaktypen: [],
    beginGeldigheid: '2024-01-01',
    eindeGeldigheid: null,
    versiedatum: '2024-01-01',
    beginObject: '2024-01-01',
    eindeObject: null,
    _expand: { statustypen },
  };

  return {
    url: zaakUrl,
    uuid: zaakUuid,
    identificatie: c.reference ?? c.id,
    bronorganisatie: CVR,
    omschrijving: c.title,
    toelichting: c.status?.description ?? '',
    zaaktype: zaaktypeUrl,
    registratiedatum: dateOnly(c.receivedAt),
    verantwoordelijkeOrganisatie: CVR,
    startdatum: dateOnly(c.receivedAt),
    einddatum: c.decision ? dateOnly(c.decision.decidedAt) : null,
    // ZGW has no "delay" of the plan: a municipality moves einddatumGepland. (A verlenging
    // extends the legal period, which the demo's delays are not.)
    einddatumGepland: delay?.newDate ?? c.promise?.plannedDate ?? null,
    uiterlijkeEinddatumAfdoening: c.promise?.legalDeadline ?? null,
    publicatiedatum: null,
    communicatiekanaal: '',
    communicatiekanaalNaam: '',
    productenOfDiensten: [],
    vertrouwelijkheidaanduiding: 'openbaar',
    betalingsindicatie: '',
    betalingsindicatieWeergave: '',
    laatsteBetaaldatum: null,
    zaakgeometrie: { type: 'Point', coordinates: [meta.place.long, meta.place.lat] },
    verlenging: null,
    opschorting: { indicatie: Boolean(openSuspension), eerdereOpschorting: (c.suspensions ?? []).length > 0, reden: openSuspension?.reason ?? '' },
    selectielijstklasse: '',
    hoofdzaak: null,
    deelzaken: [],
    relevanteAndereZaken: [],
    eigenschappen: [],
    rollen: [],
    status: current?.url ?? null,
    zaakinformatieobjecten: [],
    zaakobjecten: [],
    kenmerken: [{ kenmerk: c.reference ?? c.id, bron: 'Klarby Kommune sagssystem' }],
    archiefnominatie: null,
    archiefstatus: 'nog_te_archiveren',
    archiefactiedatum: null,
    resultaat: resultaat?.url ?? null,
    opdrachtgevendeOrganisatie: '',
    processobjectaard: '',
    startdatumBewaartermijn: null,
    processobject: { datumkenmerk: '', identificatie: '', objecttype: '', registratie: '' },
    _expand: {
      zaaktype,
      status: current ?? null,
      statussen,
      resultaat,
    },
  };
}

/**
 * The same zaak as a ZGW API answers without `expand`: the zaak with URL-only references, and
 * its statussen, zaaktype and statustypen as the list and detail endpoints give them. The
 * reference server serves these so the BFF example (zgw-bff.js) fetches over real HTTP.
 * @param {KlarCase} c
 * @param {CaseMeta} meta
 * @param {string} base
 */
export function zgwResources(c, meta, base) {
  const { _expand: ex, ...zaak } = toZgw(c, meta, base);
  const strip = (/** @type {any} */ o) => {
    const { _expand, ...rest } = o;
    return rest;
  };
  return {
    zaak,
    statussen: ex.statussen.map(strip),
    zaaktype: strip(ex.zaaktype),
    statustypen: ex.zaaktype._expand.statustypen.map(strip),
  };
}

/**
 * A paginated ZGW list with everything on one page.
 * @param {unknown[]} results
 */
export function zgwList(results) {
  return { count: results.length, next: null, previous: null, results };
}
