import { normalizeDate, toInstant } from './dates.js';

/**
 * Reads `now` from an attribute: a 'YYYY-MM-DD' day (Copenhagen midnight) or an ISO instant.
 * Anything else (including an invalid date) reads as "not set", never as an Invalid Date.
 */
export const nowConverter = {
  fromAttribute(value: string | null): Date | undefined {
    const n = value ? normalizeDate(value) : undefined;
    if (!n) return undefined;
    const d = toInstant(n);
    return Number.isNaN(d.getTime()) ? undefined : d;
  },
  toAttribute(value: Date | undefined): string | null {
    return value && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
  },
};

/** Reads the `headers` attribute (<klar-case>, <klar-case-list>): a JSON object of header names and values. */
export const headersConverter = {
  fromAttribute(value: string | null): Record<string, string> | undefined {
    if (!value) return undefined;
    try {
      const o = JSON.parse(value) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o)) {
        return Object.fromEntries(Object.entries(o as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      }
    } catch {
      /* reported below */
    }
    console.warn('klar-elements: `headers` must be a JSON object, e.g. {"Authorization":"Bearer …"}; ignored.');
    return undefined;
  },
};
