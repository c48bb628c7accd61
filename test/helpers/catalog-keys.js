// The message keys of the catalogues ("principle.prefix", "caseList.empty") and the camelCase
// shape of a sample's key ("newCase", "waitingForCitizen"): never text a person should see. Read
// by the accessibility sweep, which visits every story in Danish and English.
import { readFileSync, readdirSync } from 'node:fs';

/** Every message key of src/translations/. */
export const catalogKeys = new Set(
  readdirSync('src/translations', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/translations/${f}`, 'utf8').matchAll(/['"]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"]\s*:/g)].map((m) => m[1])),
);

/** The raw keys in a text: catalogue keys, and camelCase words (Danish and English text has none). */
export function rawKeysIn(/** @type {string} */ text) {
  return [...[...catalogKeys].filter((k) => text.includes(k)), ...(text.match(/\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g) ?? [])];
}
