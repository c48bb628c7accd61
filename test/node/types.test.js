// The type test: test/types/ uses klar-elements in each typing (plain TypeScript, React 19 JSX
// and wrappers, Vue, Svelte) and compiles it strictly. Each file holds at least one misuse under
// `// @ts-expect-error`, so a typing that grows too loose fails here as surely as a wrong one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

test('usage in plain TypeScript, React 19, Vue and Svelte compiles (and each misuse is an error)', { timeout: 120_000 }, () => {
  const r = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc -p test/types/tsconfig.json failed:\n${r.stdout}${r.stderr}`);
});
