// The messages the localize tests use (localize.test.ts in the browser, localize-format.test.ts
// in both the browser and Node).
import type { Catalog } from '../../src/core/localize.js';

export const catalog: Catalog = {
  da: {
    hello: 'Hej {name}',
    'only.da': 'Kun på dansk',
    'in.both': 'Dansk tekst',
    count: (p) => (p.n === 1 ? '1 sag' : `${p.n} sager`),
    'override.me': 'Original dansk',
    'unknown.param': 'Sag {toString} {constructor}',
  },
  en: {
    hello: 'Hello {name}',
    'only.en': 'Only in English',
    'in.both': 'English text',
    count: (p) => (p.n === 1 ? '1 case' : `${p.n} cases`),
    'override.me': 'Original English',
  },
};

/** A zone's name as the Localizer writes it after a clock time in another zone ("Vesteuropæisk tid", "Eastern Time"): the browser's own. */
export const zoneName = (lang: string, timeZone: string, d: Date): string | undefined =>
  new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
