import type { Case } from '../core/case-model.js';
import { calendarDate, normalizeDate } from '../core/dates.js';
import { CaseDataError, parseCase } from '../core/parse-case.js';

/**
 * Turns an Open311 GeoReport v2 service request into a Case.
 * https://wiki.open311.org/GeoReport_v2/#get-service-request
 *
 * Accepts what `GET /requests/{id}.json` returns (an array with one request), a single
 * request object, or `{ "service_requests": [...] }` / `{ "requests": [...] }` wrappers some
 * servers use. Fields we do not use (lat, long, media_url, extended attributes, …) are ignored.
 *
 * The field mapping is documented in docs/adapters.md. A service request is not a decision:
 * the adapter never makes one, and a closed request keeps no plan for the future. The
 * expected time is a calendar day (Open311 servers often write midnight, which is no real time);
 * once it has passed, the schedule says it was missed (`scheduleCase(c).dates.planned.missed`).
 *
 * Throws CaseDataError when there is no request in the document.
 */
export function fromOpen311(json: unknown, opts: { lang?: string } = {}): Case {
  const req = pick(json);
  if (!req) throw new CaseDataError(['(root): expected an Open311 service request or a list with one']);
  const str = (k: string): string | undefined => {
    const v = Object.prototype.hasOwnProperty.call(req, k) ? req[k] : undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const id = str('service_request_id') ?? str('token');
  const status = (str('status') ?? 'open').toLowerCase();
  const updated = str('updated_datetime') ?? str('requested_datetime');
  const title = str('service_name') ?? str('description') ?? str('service_code');
  const expected = normalizeDate(str('expected_datetime'));
  const expectedDay = expected && status !== 'closed' ? (expected.length === 10 ? expected : calendarDate(new Date(expected))) : undefined;
  const doc = {
    id,
    reference: str('service_request_id'),
    title,
    lang: opts.lang,
    // A service request ends in work done, not in a decision: "færdig", never "afgørelse".
    endsIn: 'done',
    service: str('service_name'),
    receivedAt: str('requested_datetime'),
    status: { code: status, label: status, description: str('status_notes') ?? str('service_notice'), since: updated },
    promise: expectedDay ? { plannedDate: expectedDay } : undefined,
    contact: str('agency_responsible') ? { department: str('agency_responsible') } : undefined,
    updatedAt: updated,
  };
  return parseCase(doc);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(json: unknown): Obj | undefined {
  if (Array.isArray(json)) return json.find(isObj);
  if (!isObj(json)) return undefined;
  for (const k of ['service_requests', 'requests', 'request']) {
    const inner = json[k];
    if (Array.isArray(inner)) return inner.find(isObj);
    if (isObj(inner)) return inner;
  }
  return json;
}
