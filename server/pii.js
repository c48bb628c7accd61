// The one place the server takes its personal-data detector from: the library's own
// src/core/pii.ts (the detector the feedback form uses), never a second regex here.
// Production runs the build (dist/core/pii.js, which `npm start` makes). In a checkout where
// src/core/pii.ts is newer than the build, or there is no build yet, the source is transpiled
// with esbuild (a devDependency), so tests and the demo always mask with the current detector.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'core', 'pii.js');
const source = path.join(root, 'src', 'core', 'pii.ts');

/** @returns {Promise<Record<string, any>>} */
async function load() {
  const mtime = (/** @type {string} */ f) => (existsSync(f) ? statSync(f).mtimeMs : -1);
  if (mtime(built) >= mtime(source)) return import(pathToFileURL(built).href);
  let transform;
  try {
    ({ transform } = await import('esbuild'));
  } catch {
    if (existsSync(built)) return import(pathToFileURL(built).href);
    throw new Error('klar-server: dist/core/pii.js is missing. Run `npm run build` (npm start does it for you).');
  }
  const out = await transform(readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: source });
  return import(`data:text/javascript;base64,${Buffer.from(out.code).toString('base64')}`);
}

const pii = await load();

/**
 * Masks every CPR number, e-mail address and phone number in a citizen's text:
 * "[CPR fjernet]", "[e-mail fjernet]", "[telefon fjernet]".
 * @type {(text: string) => string}
 */
export const maskPii =
  pii.maskPii ??
  // The detector before maskPii existed: the same three finders, composed in the same order.
  ((text) => {
    const noCpr = pii.redactCpr(text ?? '', '[CPR fjernet]');
    const noEmail = pii.redactEmails(noCpr, '[e-mail fjernet]');
    let out = '';
    let pos = 0;
    for (const m of pii.findPhones(noEmail)) {
      out += `${noEmail.slice(pos, m.index)}[telefon fjernet]`;
      pos = m.index + m.length;
    }
    return out + noEmail.slice(pos);
  });
