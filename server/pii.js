// The one place the server takes its personal-data detector from: the library's own
// src/core/pii.ts (the detector the feedback form uses), never a second regex here.
// In a checkout (src/ and esbuild, a devDependency, are there) the source itself is transpiled,
// so the server never masks with a stale build; an installed package has no src/ and uses the
// build, dist/core/pii.js (`npm run build`, which `npm start` runs).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'core', 'pii.js');
const source = path.join(root, 'src', 'core', 'pii.ts');

/** @returns {Promise<Record<string, any>>} */
async function load() {
  /** @type {typeof import('esbuild').transform | undefined} */
  let transform;
  if (existsSync(source)) transform = await import('esbuild').then((m) => m.transform, () => undefined);
  if (!transform) {
    if (!existsSync(built)) throw new Error('klar-server: dist/core/pii.js is missing. Run `npm run build` (npm start does it for you).');
    return import(pathToFileURL(built).href);
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
