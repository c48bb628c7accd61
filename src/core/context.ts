import { ContextRoot, createContext } from '@lit/context';
import type { Case } from './case-model.js';

export type CaseLoadState = 'idle' | 'loading' | 'ready' | 'error' | 'stale';
/**
 * Why a load failed: `not-found` (HTTP 404, 410), `unauthorized` (401, 403), `http` (another
 * error status), `network`, `timeout`, `too-large` (over the provider's byte limit),
 * `invalid-data` (not a case document) or `configuration` (bad src, unknown format, a refused redirect).
 */
export type CaseErrorReason = 'network' | 'timeout' | 'http' | 'not-found' | 'unauthorized' | 'too-large' | 'invalid-data' | 'configuration';

/** What a `<klar-case>` hands to the elements inside it. */
export interface CaseContextValue {
  /** The last good case, also kept while a refresh fails ('stale'). */
  case?: Case;
  /** A list fetcher's (`<klar-case-list>`) last good cases, in the document's order; kept while a refresh fails. */
  cases?: readonly Case[];
  state: CaseLoadState;
  error?: { reason: CaseErrorReason; message: string; status?: number };
  /** When the case was last fetched successfully (ms since epoch). */
  updatedAt?: number;
  /** Fetches again now. */
  retry?: () => void;
  /**
   * True when the value comes from a provider (`<klar-case>`) that shows the load error and
   * the stale notice itself, once for every element inside it: those elements show neither.
   */
  provided?: boolean;
}

/**
 * The context key for the case. A string key (not a Symbol) so a provider and consumers
 * from two copies of the library on one page still find each other.
 */
export const caseContext = createContext<CaseContextValue>('klar-case');

let rootAttached = false;

/**
 * Makes a context request wait for its provider. Without this, a <klar-case-status> that
 * upgrades before <klar-case> is defined (e.g. modules loaded in another order, or the
 * provider lazily loaded) would ask once, get no answer, and never show the case.
 * Called by every provider and consumer; attaches once per page.
 */
export function ensureContextRoot(): void {
  if (rootAttached || typeof document === 'undefined') return;
  rootAttached = true;
  new ContextRoot().attach(document.documentElement);
}
