// What `npm publish` would ship (npm pack --dry-run): what a municipality's legal and web teams
// need beside the code, and nothing that points at files left out. Needs the build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';

if (!existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run npm run build first.');

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map((f) => f.path));

test('ships the licence, the changelog and the README', () => {
  // package.json says MIT, and MIT's terms travel with the copies: without the text a
  // municipality's lawyer has a licence name and no licence.
  assert.ok(files.has('LICENSE'), 'LICENSE');
  assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.equal(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).license, 'MIT');
  // Every break is listed there with what to do (README, "Versions"): an upgrade is read from the package.
  assert.ok(files.has('CHANGELOG.md'), 'CHANGELOG.md');
  assert.ok(files.has('README.md'), 'README.md');
});

test('every source map in the package reads without files the package leaves out', () => {
  const maps = [...files].filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 50, `${maps.length} maps`);
  const bad = [];
  for (const m of maps) {
    const map = JSON.parse(readFileSync(path.join(ROOT, m), 'utf8'));
    const missing = map.sources.filter((s, i) => !map.sourcesContent?.[i] && !files.has(path.posix.join(path.posix.dirname(m), s)));
    if (missing.length) bad.push(`${m}: ${missing[0]}`);
  }
  assert.deepEqual(bad.slice(0, 5), [], `${bad.length} maps point at files not in the package`);
});

test('ships no tests, stories or server', () => {
  assert.deepEqual([...files].filter((f) => /(^|\/)(test|stories|server|demo)\/|\.test\.|\.stories\./.test(f)), []);
});
