// Every JavaScript and TypeScript sample in README.md parses: a newcomer copies them as they are.
// (The SSR sample once read `{ case, lang: 'da' }`, a syntax error: `case` is a reserved word.)
// What the samples do is run by the end-to-end tests (readme-quickstart, ssr, react).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```(js|ts|jsx|tsx)\n([\s\S]*?)```/g)];

test('the README has code samples to check', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
});

for (const [i, [, loader, code]] of blocks.entries()) {
  test(`README sample ${i + 1} (${loader}) parses: ${code.split('\n')[0].slice(0, 60)}`, async () => {
    await assert.doesNotReject(transform(code, { loader, format: 'esm' }), `README sample ${i + 1}:\n${code}`);
  });
}
