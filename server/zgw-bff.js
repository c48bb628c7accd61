// A small backend-for-frontend (BFF) for ZGW APIs: an example to copy, not a product.
//
// Why a backend: the Zaken and Catalogi APIs only answer requests carrying a JWT signed with
// the client's secret (https://vng-realisatie.github.io/gemma-zaken/themas/achtergronddocumentatie/authenticatie-autorisatie).
// That secret must never reach a browser, and the API must not be open to the internet. So the
// page asks your backend, which checks that the signed-in citizen may see the zaak, fetches it
// with the secret, and answers one document that <klar-case format="zgw"> reads:
//
//   { zaak, statussen, statustypen, zaaktype, lang }
//
// A plain `GET /zaken/{uuid}` gives only URLs for its status and zaaktype; without the statussen
// and statustypen the element can show the title, number and dates, but not the steps.
import { createHmac } from 'node:crypto';

/**
 * The ZGW API's answer cannot be used: it points outside the API (another origin), or a URL in
 * it cannot be read. Answer it as any other upstream failure (502).
 */
export class ZgwUpstreamError extends Error {
  name = 'ZgwUpstreamError';
}

/**
 * Refuses a URL outside the API: a URL in an answer (the zaak's own, its zaaktype, a list's
 * `next`) is followed with the secret's JWT only to the API it came from.
 * @param {unknown} u
 * @param {string} origin
 * @returns {string}
 */
function inside(u, origin) {
  let url;
  try {
    url = new URL(String(u));
  } catch {
    throw new ZgwUpstreamError(`The ZGW API answered a URL that cannot be read: ${String(u).slice(0, 200)}`);
  }
  if (url.origin !== origin) throw new ZgwUpstreamError(`The ZGW API pointed to ${url.origin}, outside ${origin}; it was not fetched.`);
  return url.href;
}

/**
 * Makes the JWT a ZGW API expects (HS256, `client_id` and `iat` claims).
 * @param {{ clientId: string, secret: string, userId?: string, now?: number }} opts
 */
export function zgwJwt({ clientId, secret, userId = '', now = Date.now() }) {
  const b64 = (/** @type {unknown} */ o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'HS256', typ: 'JWT' });
  const body = b64({ iss: clientId, client_id: clientId, iat: Math.floor(now / 1000), user_id: userId, user_representation: '' });
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/**
 * A resource without `_expand` (the bundle carries the related resources itself).
 * @param {any} o
 */
function plain(o) {
  if (!o || typeof o !== 'object') return o;
  const { _expand, ...rest } = o;
  return rest;
}

/**
 * Puts a zaak and its related resources into the one document the zgw adapter reads. Only the
 * fields the element uses are kept from the zaak, so internal notes (`toelichting`,
 * `kenmerken`, …) never leave the backend.
 * @param {{ zaak: any, statussen?: any[], statustypen?: any[], zaaktype?: any, lang?: string }} parts
 */
export function zgwBundle({ zaak, statussen = [], statustypen = [], zaaktype, lang }) {
  const z = plain(zaak);
  const keep = ['url', 'uuid', 'identificatie', 'omschrijving', 'zaaktype', 'registratiedatum', 'startdatum', 'einddatum', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening', 'verlenging', 'opschorting', 'status', 'resultaat'];
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const k of keep) if (k in z) out[k] = z[k];
  return {
    zaak: out,
    statussen: statussen.map(plain),
    statustypen: statustypen.map(plain),
    ...(zaaktype ? { zaaktype: plain(zaaktype) } : {}),
    ...(lang ? { lang } : {}),
  };
}

/**
 * Reads every page of a paginated ZGW list (`{ results, next }`); at most `maxPages`. Every
 * page's `next` must be on `origin`.
 * @param {string} url
 * @param {(url: string) => Promise<any>} fetchJson
 * @param {string} origin
 */
async function listAll(url, fetchJson, origin, maxPages = 20) {
  /** @type {any[]} */
  const out = [];
  /** @type {string | null} */
  let next = url;
  for (let i = 0; next && i < maxPages; i++) {
    const page = await fetchJson(inside(next, origin));
    if (Array.isArray(page)) return out.concat(page);
    out.push(...(Array.isArray(page?.results) ? page.results : []));
    next = typeof page?.next === 'string' ? page.next : null;
  }
  return out;
}

/**
 * Fetches a zaak, its statussen, its zaaktype and the zaaktype's statustypen, and returns the
 * bundle. `fetchJson` does the authenticated GET (add `Authorization: Bearer <zgwJwt(…)>`).
 * The list endpoints follow the ZGW layout: `…/zaken/api/v1/zaken/{uuid}` has its statussen at
 * `…/zaken/api/v1/statussen?zaak=…`, and `…/catalogi/api/v1/zaaktypen/{uuid}` its status types
 * at `…/catalogi/api/v1/statustypen?zaaktype=…`.
 *
 * Only URLs on `origin` (the configured API; by default `zaakUrl`'s own) are fetched: a zaak,
 * zaaktype or `next` URL that points elsewhere is refused with a ZgwUpstreamError, so the JWT
 * never goes to a server the API named. Build `zaakUrl` from your configuration, never from the
 * request (its Host header is the caller's to choose).
 * @param {string} zaakUrl
 * @param {{ fetchJson: (url: string) => Promise<any>, lang?: string, origin?: string }} opts
 */
export async function fetchZaakBundle(zaakUrl, { fetchJson, lang, origin }) {
  const api = origin ?? new URL(zaakUrl).origin;
  const zaak = await fetchJson(inside(zaakUrl, api));
  const self = inside(typeof zaak?.url === 'string' ? zaak.url : zaakUrl, api);
  const statussenUrl = new URL('../statussen', self);
  statussenUrl.searchParams.set('zaak', self);
  const zaaktypeUrl = typeof zaak?.zaaktype === 'string' ? inside(zaak.zaaktype, api) : undefined;
  const [statussen, zaaktype] = await Promise.all([listAll(statussenUrl.href, fetchJson, api), zaaktypeUrl ? fetchJson(zaaktypeUrl) : undefined]);
  let statustypen = [];
  if (zaaktypeUrl) {
    const typesUrl = new URL('../statustypen', zaaktypeUrl);
    typesUrl.searchParams.set('zaaktype', zaaktypeUrl);
    statustypen = await listAll(typesUrl.href, fetchJson, api);
  }
  return zgwBundle({ zaak, statussen, statustypen, zaaktype, lang });
}
