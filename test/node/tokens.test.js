// Every design token the elements document (`@cssprop` on KlarElement, the README's theming
// table) changes something: it feeds a private `--_k-*` token, and some rule reads that token.
// Two documented tokens (--klar-color-surface, --klar-space-xl) fed private tokens no rule read,
// so a theme that set them changed nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** @returns {string[]} every .ts file under `dir` */
const files = (/** @type {string} */ dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
const source = files('src').map((f) => readFileSync(f, 'utf8')).join('\n');

test('every documented --klar-* token feeds a private token that some rule reads', () => {
  const documented = [...readFileSync('src/core/klar-element.ts', 'utf8').matchAll(/@cssprop \[(--klar-[a-z0-9-]+)/g)].map((m) => m[1]);
  assert.ok(documented.length >= 10, `the documented tokens (${documented.length})`);
  const unread = [];
  for (const token of documented) {
    const feeds = [...source.matchAll(new RegExp(`(--_k-[a-z0-9-]+):\\s*var\\(${token}[,)]`, 'g'))].map((m) => m[1]);
    const read = feeds.some((p) => source.includes(`var(${p})`) || source.includes(`var(${p},`));
    // A token read directly by a rule counts too.
    if (!read && !new RegExp(`var\\(${token}[,)]`).test(source.replace(/--_k-[a-z0-9-]+:\s*var\(--klar-[a-z0-9-]+[^;]*;/g, ''))) unread.push(token);
  }
  assert.deepEqual(unread, [], 'documented tokens that change nothing');
});

test('every private --_k-* token that is set is read somewhere', () => {
  const set = [...new Set([...source.matchAll(/(--_k-[a-z0-9-]+):/g)].map((m) => m[1]))];
  const unread = set.filter((p) => !source.includes(`var(${p})`) && !source.includes(`var(${p},`));
  assert.deepEqual(unread, [], 'private tokens no rule reads');
});
