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
  /** How many entries of the list document could not be read and are not in `cases`. */
  leftOut?: number;
  state: CaseLoadState;
  error?: { reason: CaseErrorReason; message: string; status?: number };
  /** True while a retry the citizen asked for ("Prøv igen") is on its way after an error. */
  retrying?: boolean;
  /** True while the first load has taken longer than usual (8 s): the provider says so, and that it keeps trying. */
  slow?: boolean;
  /** When the case was last fetched successfully (ms since epoch). */
  updatedAt?: number;
  /** Fetches again now. */
  retry?: () => void;
  /**
   * True when the value comes from a provider (`<klar-case>`) that shows the load error and
   * the stale notice itself, once for every element inside it: those elements show neither.
   */
  provided?: boolean;
  /**
   * Who says which fact, when several elements share one provider: each fact is said by one
   * element only (a fact missing here has no claimant yet: say it). See `claim`.
   */
  sayers?: Partial<Record<CaseFact, object>>;
  /**
   * Asks the provider to let `who` say `facts`; the claim with the lowest `rank` wins each fact
   * (ties: the first in the document). Returns the function that takes the claim back
   * (call it when the element leaves the page).
   */
  claim?: (who: Element, facts: readonly CaseFact[], rank: number) => () => void;
}

/**
 * Whether the provider found the case gone for this citizen: not found, or logged out. An element
 * then drops what the server rendered before (klar-elements/ssr): a case the system no longer
 * gives, or one the citizen is no longer logged in to see, is not left on screen.
 */
export const caseGone = (v: CaseContextValue | undefined): boolean => v?.state === 'error' && (v.error?.reason === 'not-found' || v.error?.reason === 'unauthorized');

/**
 * Facts more than one element can say about a case. Inside one `<klar-case>` each is said once
 * (a citizen should meet their task once, not four times); a standalone element says them all.
 * `when` is the lead answer ("You can expect an answer by …") with its date wherever else it would
 * be said (the timeline's promise rows; core/lead-text.ts leadSays), `waiting` the notice that the
 * case waits, `delay` the notice of the delay the status shows (core/schedule.ts noticeDelay) with
 * its new date and move, `next` where the case is now, who does the next step and when (the timeline's progress line and step row say them),
 * `news` a change of status told to screen readers (one live region speaks for one change).
 */
export type CaseFact = 'task' | 'decision' | 'appeal' | 'handoff' | 'when' | 'waiting' | 'delay' | 'next' | 'news';

/** What a full `<klar-case-status>` says inside a `<klar-case>` (the elements beside it leave these out). */
export const FULL_STATUS_FACTS: readonly CaseFact[] = ['task', 'decision', 'appeal', 'handoff', 'when', 'waiting', 'delay', 'news'];

/** Whether `who` should say `fact`: yes unless another element of the same provider says it. */
export function says(value: CaseContextValue | undefined, who: object, fact: CaseFact): boolean {
  const sayer = value?.sayers?.[fact];
  return !sayer || sayer === who;
}

interface Claim {
  who: Element;
  facts: readonly CaseFact[];
  rank: number;
}

/**
 * The provider's side of `claim`: keeps the claims and works out who says what. `changed` runs
 * when the answer changes, so the provider can hand its elements a new context value.
 */
export class FactClaims {
  #claims: Claim[] = [];
  sayers: Partial<Record<CaseFact, object>> = {};

  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  claim = (who: Element, facts: readonly CaseFact[], rank: number): (() => void) => {
    const c: Claim = { who, facts, rank };
    this.#claims.push(c);
    this.#resolve();
    return () => {
      this.#claims = this.#claims.filter((x) => x !== c);
      this.#resolve();
    };
  };

  #resolve(): void {
    const next: Partial<Record<CaseFact, object>> = {};
    const order = [...this.#claims].sort((a, b) =>
      a.rank !== b.rank ? a.rank - b.rank : a.who === b.who ? 0 : a.who.compareDocumentPosition(b.who) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    for (const c of order) for (const f of c.facts) next[f] ??= c.who;
    const keys = new Set([...Object.keys(next), ...Object.keys(this.sayers)]) as Set<CaseFact>;
    if ([...keys].every((k) => next[k] === this.sayers[k])) return;
    this.sayers = next;
    this.#changed();
  }
}

/**
 * The context key for the case. A string key (not a Symbol) so a provider and consumers
 * from two copies of the library on one page still find each other.
 */
export const caseContext = createContext<CaseContextValue>('klar-case');

let rootAttached = false;

/**
 * Makes a context request wait for its provider. Without this, a <klar-case-status> or a
 * timeline that upgrades before <klar-case> is defined (the CDN loader imports each element's
 * chunk on its own, an npm page imports elements in its own order) asks once, gets no answer,
 * and never shows the case. Attached once per page, when this module is first evaluated: every
 * provider and consumer imports `caseContext` from here, so the root is there before any element
 * class exists, whatever the entry (loader chunk, klar-all.js, npm). Calling it again is harmless.
 */
export function ensureContextRoot(): void {
  if (rootAttached || typeof document === 'undefined' || !document.documentElement) return;
  rootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

ensureContextRoot();

/**
 * An element's side of `claim`: give it each context value, and call `drop()` when the element
 * leaves the page. Claims once per provider; `facts` may be a function, read at each claim, for an
 * element whose facts depend on how it is shown (drop and update again when that changes).
 */
export class FactClaimer {
  #release?: () => void;
  #claimedWith?: CaseContextValue['claim'];

  readonly #host: Element;
  readonly #facts: readonly CaseFact[] | (() => readonly CaseFact[]);
  readonly #rank: number;

  constructor(host: Element, facts: readonly CaseFact[] | (() => readonly CaseFact[]), rank: number) {
    this.#host = host;
    this.#facts = facts;
    this.#rank = rank;
  }

  /** The facts the host may say, now. */
  get facts(): readonly CaseFact[] {
    return typeof this.#facts === 'function' ? this.#facts() : this.#facts;
  }

  update(value: CaseContextValue | undefined): void {
    if (!value?.claim || value.claim === this.#claimedWith) return;
    this.#release?.();
    this.#claimedWith = value.claim;
    this.#release = value.claim(this.#host, this.facts, this.#rank);
  }

  drop(): void {
    this.#release?.();
    this.#release = undefined;
    this.#claimedWith = undefined;
  }
}
