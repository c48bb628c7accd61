import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPii, mayHoldCprDeep, piiNow, withoutCpr } from './pii-lazy.js';

/** Every key this controller writes starts with this, so expired drafts can be swept. */
export const DRAFT_PREFIX = 'klar-draft:v1:';
/**
 * Drafts not written for this long are deleted unread: long enough for a reload, a lost
 * connection or a break; short, for the next person at a shared computer.
 */
const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;

export interface DraftOptions<T = object> {
  /**
   * Returns the draft's key parts: the absolute action URL, the form id and the case it is about
   * (`scope`), or undefined while the case is not known yet (nothing is read or written then).
   */
  namespace: () => { action: string; formId: string; scope?: string } | undefined;
  /**
   * The field of the data that holds what the citizen entered: only it is checked for CPR-like
   * numbers. The rest is the form's own (ids, Idempotency-Keys, fingerprints), kept whole: a random
   * key reads as a CPR number about once in a thousand ("…-b1804490206a"). Default: all of it.
   */
  entered?: keyof T;
  /** How long a draft lives after it was last written (default 2 hours). */
  ttlMs?: number;
  /** Where drafts go (default sessionStorage; tests may pass another Storage). */
  storage?: () => Storage | undefined;
  /** The clock (default Date.now). */
  now?: () => number;
}

interface Stored<T> {
  savedAt: number;
  data: T;
  /** Set when CPR-like numbers were taken out of `data` before it was written. */
  cprRemoved?: true;
}

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage blocked by the browser's privacy settings
  }
}

/** Tells whether this tab holds any klar draft (a form loads its draft code only then, or once it is used). */
export function hasDrafts(): boolean {
  try {
    return draftKeys(sessionStore()).length > 0;
  } catch {
    return false; // storage blocked
  }
}

/**
 * Deletes every klar draft in this tab: for a portal's log-out, so the next person at a shared
 * computer gets nothing of what the last one typed and did not send. (Without this module, remove
 * the sessionStorage keys that start with `klar-draft:`.)
 */
export function clearDrafts(): void {
  try {
    const s = sessionStore();
    for (const k of draftKeys(s)) s!.removeItem(k);
  } catch {
    // storage blocked: there is nothing to delete
  }
}

/** The keys of the klar drafts in `s` (throws when the storage is blocked). */
function draftKeys(s?: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; s && i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(DRAFT_PREFIX)) keys.push(k);
  }
  return keys;
}

/**
 * Keeps a form's draft in sessionStorage while the citizen types, so a reload or a
 * crash loses nothing. Drafts are namespaced by action URL, form id and case, expire 2 hours
 * after the last write, stay in the tab (sessionStorage, never localStorage) and never hold a
 * CPR-like number: those are taken out before anything is written. The CPR detector comes on
 * demand (core/pii-lazy.ts): a save or clear that needs it waits for it (the last one wins),
 * so text typed before it arrived is never written unchecked.
 */
export class DraftController<T extends object> implements ReactiveController {
  readonly #opts: DraftOptions<T>;
  /** The save or clear waiting for the detector (the last one asked for). */
  #waiting?: { data?: T };
  #flushing?: Promise<void>;

  constructor(host: ReactiveControllerHost, opts: DraftOptions<T>) {
    this.#opts = opts;
    host.addController(this);
  }

  hostConnected(): void {
    this.sweep();
  }

  /** Whether the draft's key parts are known (the case it is about has arrived). */
  get ready(): boolean {
    return !!this.#opts.namespace();
  }

  /** The storage key of this form's draft (CPR-like numbers taken out); undefined while that needs the detector, or while not `ready`. */
  get key(): string | undefined {
    const ns = this.#opts.namespace();
    return ns && withoutCpr(`${DRAFT_PREFIX}${ns.action}#${ns.formId}${ns.scope ? `@${ns.scope}` : ''}`);
  }

  /** While a save or clear waits for the detector: a promise that resolves once it was done. */
  get settling(): Promise<void> | undefined {
    return this.#flushing;
  }

  get #storage(): Storage | undefined {
    return (this.#opts.storage ?? sessionStore)();
  }

  #now(): number {
    return (this.#opts.now ?? Date.now)();
  }

  /** Returns the saved draft, when it was saved and whether CPR-like numbers were taken out of it, or undefined when there is none or it expired. */
  load(): { data: T; savedAt: number; cprRemoved?: true } | undefined {
    const s = this.#storage;
    const key = this.key;
    if (!s || !key) return undefined;
    try {
      const raw = s.getItem(key);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as Stored<T>;
      if (typeof parsed?.savedAt !== 'number' || !parsed.data || this.#now() - parsed.savedAt > (this.#opts.ttlMs ?? DRAFT_TTL_MS)) {
        s.removeItem(key);
        return undefined;
      }
      return parsed;
    } catch {
      return undefined;
    }
  }

  /** Saves `data` (CPR-like numbers removed); an empty draft deletes the stored one. */
  save(data: T, isEmpty = false): void {
    if (!this.#storage) return;
    if (isEmpty) return this.clear();
    this.#write({ data });
  }

  /** Deletes this form's draft. */
  clear(): void {
    this.#write({});
  }

  /** Saves `op.data`, or deletes the draft without it; waits for the detector when the key or the data needs it. */
  #write(op: { data?: T }): void {
    if (!this.ready) return;
    const pii = piiNow();
    const key = this.key;
    const field = this.#opts.entered;
    const entered = op.data && (field ? op.data[field] : op.data);
    if (!key || (entered && !pii && mayHoldCprDeep(entered))) {
      this.#waiting = op;
      this.#flushing ??= loadPii().then(
        () => this.#flush(),
        () => this.#flush(true),
      );
      return;
    }
    this.#waiting = undefined; // a later save or clear replaces one still waiting
    try {
      if (!op.data) return this.#storage?.removeItem(key);
      const clean = pii ? pii.redactCprDeep(entered, '') : entered;
      const data = field ? { ...op.data, [field]: clean } : (clean as T);
      // The citizen is told on restore that a number was taken out (their words changed).
      const cprRemoved = JSON.stringify(clean) !== JSON.stringify(entered) || undefined;
      this.#storage?.setItem(key, JSON.stringify({ savedAt: this.#now(), data, cprRemoved } satisfies Stored<T>));
    } catch {
      // Quota exceeded or storage blocked: the draft is a convenience, the form still works.
    }
  }

  #flush(failed = false): void {
    this.#flushing = undefined;
    const op = this.#waiting;
    this.#waiting = undefined;
    // Without the detector (it could not be loaded) nothing unchecked is written: the draft waits for the next save.
    if (op && !failed) this.#write(op);
  }

  /** Deletes every expired klar draft in this tab. */
  sweep(): void {
    const s = this.#storage;
    if (!s) return;
    try {
      const ttl = this.#opts.ttlMs ?? DRAFT_TTL_MS;
      for (const k of draftKeys(s)) {
        let savedAt = 0;
        try {
          savedAt = (JSON.parse(s.getItem(k) ?? '{}') as Stored<unknown>).savedAt ?? 0;
        } catch {
          /* unreadable: delete */
        }
        if (this.#now() - savedAt > ttl) s.removeItem(k);
      }
    } catch {
      /* storage blocked */
    }
  }
}
