/**
 * The personal-data detector (pii.ts) on demand: a page with a feedback form fetches it when
 * the citizen first types, not with the form (issue 15). Until it has arrived, nothing that may
 * hold a CPR number is written or sent: callers either know the text cannot hold one
 * (`mayHoldCpr`: fewer than ten decimal digits) or wait for `loadPii()`.
 */
import type * as Pii from './pii.js';
import { onDemand } from './on-demand.js';

/** What the elements use of the detector. */
export type PiiDetector = Pick<typeof Pii, 'containsCpr' | 'containsContactDetails' | 'redactCpr' | 'redactCprDeep' | 'removeCpr'>;

// Destructured, so a bundler that inlines the import (the all-in-one file) keeps only these.
const importDetector = (): Promise<PiiDetector> =>
  import('./pii.js').then(({ containsCpr, containsContactDetails, redactCpr, redactCprDeep, removeCpr }) => ({
    containsCpr,
    containsContactDetails,
    redactCpr,
    redactCprDeep,
    removeCpr,
  }));
const detector = onDemand(importDetector);

/** Returns the detector when it has arrived, else undefined. */
export const piiNow = (): PiiDetector | undefined => detector.now();

/** Loads the detector (once; a failed load is tried again on the next call). */
export const loadPii = (): Promise<PiiDetector> => detector.load();

/** Gives the detector at once: server rendering has no time to wait for an import. */
export const providePii = (m: PiiDetector): void => detector.provide(m);

/**
 * Tells whether `text` can hold a CPR number: only text with ten or more decimal digits can.
 * The detector reads the digits of every script (`\p{Nd}`) and only those as digits, and a CPR
 * number has ten, so text with fewer is CPR-free without it.
 */
export function mayHoldCpr(text: string): boolean {
  return (text.match(/\p{Nd}/gu)?.length ?? 0) >= 10;
}

/** Tells whether any string in `value` (strings, arrays, plain objects) can hold a CPR number. */
export function mayHoldCprDeep(value: unknown): boolean {
  if (typeof value === 'string') return mayHoldCpr(value);
  if (value && typeof value === 'object') return Object.values(value).some(mayHoldCprDeep);
  return false;
}

/**
 * Returns `text` with CPR-like numbers removed, or undefined when that cannot be told yet (the
 * detector is on its way: call `loadPii()` and ask again).
 */
export function withoutCpr(text: string): string | undefined {
  const pii = detector.now();
  if (pii) return pii.redactCpr(text, '');
  return mayHoldCpr(text) ? undefined : text;
}

/**
 * For tests: replaces how the detector is imported (a test holds the import to type before it
 * arrives) and forgets the one loaded; without an argument, restores the real import.
 */
export const setPiiImport = (fn?: () => Promise<PiiDetector>): void => detector.setImport(fn);
