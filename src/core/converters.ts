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
