// The SSR and end-to-end suites test what `npm run build` makes. Without the build they fail
// with one clear message instead of skipping: a skipped suite looks green in CI.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Throws (failing the test file) unless every file, relative to the project root, exists.
 * @param {...string} files
 */
export function requireBuild(...files) {
  const missing = files.filter((f) => !existsSync(path.join(ROOT, f)));
  if (missing.length) throw new Error(`${missing.join(' and ')} missing: run \`npm run build\` first`);
}
