// @lit-labs/ssr, @lit/react and react are optional peer dependencies: a user who imports
// klar-elements/ssr or klar-elements/react without them gets one line saying what to install,
// not a bare "Cannot find package". Each test installs the built package the way npm would
// (dist/ and package.json copied into a temporary node_modules/klar-elements, its dependencies
// beside it) with or without the peer, and imports the entry from a script in that project.
// Needs the build in dist/ (`npm run build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';

if (!existsSync(path.join(ROOT, 'dist/ssr/entry.js'))) throw new Error('dist/ssr/entry.js is missing: run npm run build first.');

// What `npm install klar-elements` brings (dependencies and what they depend on), never a peer.
const DEPENDENCIES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit-labs/ssr-dom-shim', '@types/trusted-types'];

let dir;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'klar-peers-'));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A project with klar-elements (copied: a link would let Node find the repository's own node_modules) and `peers`. */
function project(name, peers) {
  const root = path.join(dir, name);
  const pkg = path.join(root, 'node_modules/klar-elements');
  mkdirSync(pkg, { recursive: true });
  cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  for (const dep of [...DEPENDENCIES, ...peers]) {
    const from = path.join(ROOT, 'node_modules', dep);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(path.join(root, 'node_modules', dep)), { recursive: true });
    symlinkSync(from, path.join(root, 'node_modules', dep), 'dir');
  }
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  return root;
}

function run(root, code) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

test('klar-elements/ssr without @lit-labs/ssr says in one line what to install', { timeout: 90_000 }, () => {
  const root = project('no-ssr', []);
  const r = run(root, `try { await import('klar-elements/ssr'); console.log('loaded'); } catch (e) { console.log(e.message); process.exitCode = 3; }`);
  assert.equal(r.status, 3, `${r.stdout}${r.stderr}`);
  assert.equal(r.stdout.trim(), 'klar-elements/ssr needs @lit-labs/ssr: npm install @lit-labs/ssr');
});

test('klar-elements/ssr with @lit-labs/ssr installed renders', { timeout: 90_000 }, () => {
  const root = project('with-ssr', ['@lit-labs/ssr']);
  const r = run(
    root,
    `const ssr = await import('klar-elements/ssr'); const all = await import('./node_modules/klar-elements/dist/ssr/index.js');` +
      `console.log(Object.keys(ssr).join() === Object.keys(all).join() ? 'same exports' : 'exports differ: ' + Object.keys(ssr) + ' / ' + Object.keys(all));` +
      `console.log(await ssr.renderToString('klar-principle-badge', { principle: 'klar-tale' }));`,
  );
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /^same exports$/m, 'klar-elements/ssr gives everything the renderer exports');
  assert.match(r.stdout, /<klar-principle-badge[\s\S]*Klar tale/);
});

test('klar-elements/react without @lit/react says in one line what to install', { timeout: 90_000 }, () => {
  const root = project('no-react', ['react']);
  const r = run(root, `try { await import('klar-elements/react'); console.log('loaded'); } catch (e) { console.log(e.message); process.exitCode = 3; }`);
  assert.equal(r.status, 3, `${r.stdout}${r.stderr}`);
  assert.equal(r.stdout.trim(), 'klar-elements/react needs @lit/react and react: npm install @lit/react react');
});

test('klar-elements/react with @lit/react and react installed gives the wrappers', { timeout: 90_000 }, () => {
  const root = project('with-react', ['react', '@lit/react']);
  const r = run(root, `const m = await import('klar-elements/react'); console.log(Object.keys(m).sort().join(' '), m.KlarCaseStatus.displayName);`);
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /^KlarCase KlarCaseList KlarCaseStatus KlarExpectationTimeline .*KlarStep KlarCaseStatus$/m);
});

test('a missing dependency that is not a peer is not reported as one', { timeout: 90_000 }, () => {
  const root = project('no-lit', ['@lit-labs/ssr']);
  rmSync(path.join(root, 'node_modules/@lit/context'));
  const r = run(root, `try { await import('klar-elements/ssr'); } catch (e) { console.log(e.message); }`);
  assert.match(r.stdout, /Cannot find package '@lit\/context'/);
});
