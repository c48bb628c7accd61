// The reference server has its own package.json, so `cd server && npm install --omit=dev`
// installs what it needs and library users never install it. These tests keep that list
// complete: every package the server imports, and every package it serves under /vendor/, is a
// dependency there, in the range the project itself uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/reference-server.js';

const server = JSON.parse(readFileSync(path.join(ROOT, 'server/package.json'), 'utf8'));
const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

test('server/package.json is private and lists every package the server imports or serves', () => {
  assert.equal(server.private, true);
  assert.equal(server.type, 'module');
  const needed = new Set();
  for (const f of readdirSync(path.join(ROOT, 'server')).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(path.join(ROOT, 'server', f), 'utf8');
    for (const [, spec] of source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
      if (spec && !spec.startsWith('.') && !spec.startsWith('node:')) needed.add(packageOf(spec));
    }
  }
  const vendor = readFileSync(path.join(ROOT, 'server/static.js'), 'utf8').match(/const VENDOR = \[([^\]]*)\]/);
  assert.ok(vendor, 'server/static.js names its VENDOR packages');
  for (const [, pkg] of vendor[1].matchAll(/'([^']+)'/g)) needed.add(pkg);
  // lit brings lit-html, lit-element and @lit/reactive-element with it.
  for (const pkg of needed) {
    const direct = ['lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg) ? 'lit' : pkg;
    assert.ok(server.dependencies?.[direct], `server/package.json does not list ${direct} (the server needs ${pkg})`);
  }
  assert.ok(needed.has('ajv'), 'the scan found the server\'s imports');
});

test('the server pins the same ranges as the project', () => {
  for (const [pkg, range] of Object.entries(server.dependencies)) {
    assert.equal(range, root.dependencies?.[pkg] ?? root.devDependencies?.[pkg], `${pkg}: server ${range}`);
  }
  assert.deepEqual(server.devDependencies ?? {}, {});
});
