// The one place the server takes its personal-data detector from: the library's own detector
// (src/core/pii.ts, the one the feedback form uses), never a second regex here. It comes from
// the build's side-effect-free entry, dist/core.js (`npm run build`; `npm start` rebuilds when
// dist/ is older than src/, and `npm test` builds before the server tests run).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'core.js');
if (!existsSync(built)) {
  console.error('klar-server: dist/core.js is missing. Run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

/** The library's detector (findCpr, redactCpr, containsCpr, maskPii, …). */
export const detector = /** @type {typeof import('../src/core.js')} */ (await import(pathToFileURL(built).href));

/**
 * Masks every CPR number, e-mail address and phone number in a citizen's text, with the
 * library's marks: "[CPR-nummer fjernet]" (as a stored message says it), "[e-mail fjernet]",
 * "[telefon fjernet]"; a span of time said as one ("kl. 10.00-12.00") is kept (src/core/pii.ts).
 */
export const maskPii = detector.maskPii;
