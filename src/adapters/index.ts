import type { Case } from '../core/case-model.js';
import { parseCase } from '../core/parse-case.js';

/**
 * The format registry: which case document formats `<klar-case format>` reads, and the parser
 * for each. Only the provider (src/case/) imports it; src/core/ imports no adapter. The
 * Open311 and ZGW adapters are loaded with `import()` the first time their format is used,
 * so a page that reads klar JSON never downloads them.
 */

/** Formats `<klar-case format>` understands out of the box. */
export const CASE_FORMATS = ['klar', 'open311', 'zgw'] as const;
export type CaseFormat = (typeof CASE_FORMATS)[number];

/**
 * Turns a fetched JSON document into a Case; throws CaseDataError when it cannot. May be async
 * (e.g. to fetch related resources). The provider passes what it returns through `toCase`, so
 * a hand-built object is checked like any other input.
 */
export type CaseParser = (json: unknown) => Case | Promise<Case>;

/** Returns the parser for a format (case and spaces ignored; empty means klar), or undefined for an unknown one. */
export async function parserFor(format: string | undefined): Promise<CaseParser | undefined> {
  switch ((format ?? '').trim().toLowerCase() || 'klar') {
    case 'klar':
      return parseCase;
    case 'open311':
      return (await import('./open311.js')).fromOpen311;
    case 'zgw':
      return (await import('./zgw.js')).fromZgw;
    default:
      return undefined;
  }
}

/**
 * The format a document looks like, for the console when it cannot be read: an Open311 request
 * (`service_request_id`), a ZGW zaak (`zaaktype`), or klar JSON (`steps`); else undefined.
 */
export function formatOf(doc: unknown): CaseFormat | undefined {
  const d: unknown = Array.isArray(doc) ? doc[0] : doc;
  if (!d || typeof d !== 'object') return undefined;
  return 'service_request_id' in d ? 'open311' : 'zaaktype' in d ? 'zgw' : 'steps' in d ? 'klar' : undefined;
}
