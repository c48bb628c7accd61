// The framework integrations (src/react/index.ts, types/*.d.ts, editor/*.json) are generated
// from custom-elements.json by scripts/generate-integrations.js and committed; these tests keep
// them in step with the sources (through the manifest the build writes), and the manifest in
// step with the registered elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

// custom-elements.json is built, not committed (`npm run analyze`; `npm test` builds first).
if (!existsSync('custom-elements.json')) throw new Error('custom-elements.json is missing: run npm run analyze first.');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));

test('the generated files match what custom-elements.json gives', { timeout: 60_000 }, () => {
  const r = spawnSync(process.execPath, ['scripts/generate-integrations.js', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('every registered element is in the manifest (each class has a @tagname JSDoc tag)', () => {
  const registered = readdirSync('src')
    .filter((f) => /^klar-.*\.ts$/.test(f))
    .map((f) => f.slice(0, -3));
  assert.deepEqual(tags.toSorted(), registered.toSorted());
});

test('every element has a React wrapper, and every event an onKlarXxx prop', () => {
  const react = readFileSync('src/react/index.ts', 'utf8');
  for (const m of manifest.modules) {
    for (const d of m.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      assert.match(react, new RegExp(`export const ${d.name} = createComponent\\(\\{\\n  tagName: '${d.tagName}'`));
      for (const e of d.events ?? []) {
        const prop = `on${e.name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
        assert.ok(react.includes(`${prop}: '${e.name}' as EventName<GlobalEventHandlersEventMap['${e.name}']>`), `${d.tagName}: ${prop}`);
      }
    }
  }
});

test('editor data lists the words an attribute takes, resolved from the TypeScript types', () => {
  const vscode = JSON.parse(readFileSync('editor/vscode.html-custom-data.json', 'utf8'));
  const mode = vscode.tags.find((t) => t.name === 'klar-feedback-form').attributes.find((a) => a.name === 'mode');
  assert.deepEqual(mode.values.map((v) => v.name), ['full', 'quick', 'report']);
  const webTypes = JSON.parse(readFileSync('editor/web-types.json', 'utf8'));
  const form = webTypes.contributions.html.elements.find((e) => e.name === 'klar-feedback-form');
  assert.equal(form.attributes.find((a) => a.name === 'mode').value.type, "'full' | 'quick' | 'report'");
  assert.equal(form.attributes.find((a) => a.name === 'no-draft').value.kind, 'no-value');
  assert.match(form.js.events.find((e) => e.name === 'klar-feedback-sent').description, /FeedbackSentDetail/);
});
