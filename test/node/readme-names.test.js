// Every name README.md shows an integrator exists: what it imports from klar-elements is exported
// there, every dist/ and schema/ path is in the build, every translation key it overrides is a key,
// every part, custom property, slot, event and element attribute it names is one an element has.
// integrations.test.js checks the other way (everything an element has is in the README).
// An audit found names the README had kept after the code moved on; this test finds the next one.
// Needs the build (`npm run build`: dist/ and custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

if (!existsSync('custom-elements.json') || !existsSync('dist/index.d.ts')) throw new Error('readme-names.test.js needs the build: run npm run build first.');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** @type {Record<string, any>} */
const elements = Object.fromEntries(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
const every = (/** @type {string} */ key) => new Set(Object.values(elements).flatMap((d) => (d[key] ?? []).map((x) => x.name)));
// A part's description may name the parts made from it: "One step; also `step-<state>`, `step-current`".
const parts = new Set([
  ...every('cssParts'),
  ...Object.values(elements).flatMap((d) => (d.cssParts ?? []).flatMap((p) => [...(p.description ?? '').matchAll(/`([a-z-]+(?:<[a-z]+>)?)`/g)].map((m) => m[1]))),
]);
const customProperties = every('cssProperties');
const events = every('events');
const slots = every('slots');
const translationKeys = new Set(
  readdirSync('src/translations')
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(`src/translations/${f}`, 'utf8').matchAll(/^\s+'([^']+)':/gm)].map((m) => m[1])),
);
// klar-* words that are neither a tag nor an event: the package, a CDN file, a principle slug,
// the render container and data attributes, and example ids ("klar-timeline-3-steps", "klar-s-…").
const otherKlarWords = new Set(['klar-elements', 'klar-all', 'klar-tale', 'klar-root', 'klar-ssr', 'klar-text', 'klar-draft']); // klar-draft: the drafts' sessionStorage prefix (src/core/draft-storage.ts DRAFT_PREFIX)
const isExampleId = (/** @type {string} */ w) => /^klar-(s-|[a-z-]+-\d+-[a-z-]+$)/.test(w);
const htmlGlobal = new Set(['id', 'lang', 'dir', 'slot', 'class', 'hidden', 'title']);

/** The names a .d.ts of package.json "exports" exports, through re-exports, as TypeScript resolves them. */
const exportsOf = (() => {
  // One program for every entry's typings: each program of its own reads lib.dom.d.ts again.
  const roots = Object.values(pkg.exports).flatMap((e) => (typeof e === 'object' && e.types && existsSync(e.types) ? [path.resolve(e.types)] : []));
  /** @type {ts.Program | undefined} */
  let program;
  return (/** @type {string} */ dts) => {
    program ??= ts.createProgram(roots, { noEmit: true, skipLibCheck: true, types: [] });
    const file = program.getSourceFile(path.resolve(dts));
    const module = file && program.getTypeChecker().getSymbolAtLocation(file);
    return new Set(module ? program.getTypeChecker().getExportsOfModule(module).map((s) => s.name) : []);
  };
})();

/** What package.json "exports" maps `klar-elements/…` to, or undefined. */
function exportTarget(/** @type {string} */ specifier) {
  const sub = specifier === 'klar-elements' ? '.' : `./${specifier.slice('klar-elements/'.length)}`;
  if (pkg.exports[sub]) return pkg.exports[sub];
  const star = Object.keys(pkg.exports).find((k) => k.endsWith('*') && sub.startsWith(k.slice(0, -1)));
  return star ? pkg.exports[star].replace('*', sub.slice(star.length - 1)) : undefined;
}

/** A path with `<hash>` or `…` in it exists when some file in its folder fits it. */
function pathExists(/** @type {string} */ p) {
  if (!/<hash>|…/.test(p)) return existsSync(p);
  const dir = path.dirname(p.replace(/(<hash>|…).*/, 'x'));
  const fits = new RegExp(`^${p.split(/<hash>|…/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9_-]+')}$`);
  return existsSync(dir) && readdirSync(dir).some((f) => fits.test(path.join(dir, f)));
}

/**
 * Returns what `text` (README.md) names that does not exist, one line each, and how many names it checked.
 * @param {string} text
 */
function missingNames(text) {
  /** @type {string[]} */
  const missing = [];
  let checked = 0;
  const expect = (/** @type {boolean} */ ok, /** @type {string} */ what) => {
    checked++;
    if (!ok) missing.push(what);
  };

  // Imports: `import { a, b } from 'klar-elements/x'`, `import 'klar-elements/x'`, `import type {} from …`.
  for (const [, names, specifier] of text.matchAll(/import\s+(?:type\s+)?(?:\{([^}]*)\}\s+from\s+)?'(klar-elements[^']*)'/g)) {
    const target = exportTarget(specifier);
    expect(target !== undefined, `import '${specifier}': not in package.json "exports"`);
    if (target === undefined) continue;
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) expect(existsSync(file), `import '${specifier}': ${file} is not in the build`);
    for (const name of (names ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      expect(typeof target !== 'string' && exportsOf(target.types).has(name), `import { ${name} } from '${specifier}': not exported there`);
    }
  }

  // Paths in `code` and links: dist/cdn/chunks/all-en-<hash>.js, schema/…, and bare chunk names.
  for (const [, p] of text.matchAll(/`((?:dist|src|schema|test|server|scripts|docs|demo)\/[^`\s]*)`/g)) expect(pathExists(p.replace(/<file>$/, '')), `path ${p} does not exist`);
  for (const [, p] of text.matchAll(/\]\(((?:dist|src|schema|test|server|scripts|docs|demo)\/[^)#\s]+)/g)) expect(existsSync(p), `link ${p} does not exist`);
  for (const [, f] of text.matchAll(/`(all-[a-z0-9-]+-<hash>\.js)`/g)) expect(pathExists(`dist/cdn/chunks/${f}`), `chunk ${f} does not exist`);

  // Translation keys overridden in samples: registerTranslation('en', { 'retry': … }), .texts = { 'feedback.helped': … }.
  for (const [, body] of text.matchAll(/(?:registerTranslation\([^,]+,|\.texts\s*=)\s*\{([^}]*)\}/g)) {
    for (const [, key] of body.matchAll(/'([^']+)'\s*:/g)) expect(translationKeys.has(key), `translation key '${key}' does not exist`);
  }

  // Parts: part="x", [part~="x"], ::part(x), and the "Parts: …" lists.
  const partNames = new Set([...text.matchAll(/part~?="([a-z-]+)"/g), ...text.matchAll(/::part\(([a-z-]+)\)/g)].map((m) => m[1]));
  for (const [, list] of text.matchAll(/^Parts: ([\s\S]*?)\.$/gm)) for (const p of list.replace(/`/g, ' ').match(/[a-z][a-z-]*(?:<[a-z]+>)?/g) ?? []) partNames.add(p);
  for (const p of partNames) expect(parts.has(p), `part ${p}: no element has it`);

  // Custom properties: full names, and "`-line-width`" or "(+ `-surface`)" after a full name.
  let last = '';
  for (const [, full, suffix, plus] of text.matchAll(/`(?:(--klar-[a-z0-9-]+)|(-[a-z][a-z0-9-]*))`(\))?/g)) {
    if (full) {
      last = full;
      expect(customProperties.has(full), `custom property ${full}: no element has it`);
    } else if (plus) {
      for (const state of ['success', 'warning', 'danger', 'info']) expect(customProperties.has(`--klar-color-${state}${suffix}`), `custom property --klar-color-${state}${suffix}: no element has it`);
    } else if (last) {
      const segments = last.slice(2).split('-');
      const candidates = segments.map((_, i) => `--${segments.slice(0, i).join('-')}${suffix}`).filter((c) => c.startsWith('--klar-'));
      expect(candidates.some((c) => customProperties.has(c)), `custom property ${suffix} after ${last}: none of ${candidates.join(', ')} exists`);
    }
  }

  // Every other klar-* word is a tag or an event (also Svelte's `onklar-…`); React's `onKlarFeedbackSent` is an event.
  for (const [, word] of text.matchAll(/(?:(?<![\w/-])|(?<=\bon))(klar-[a-z0-9-]+)/g)) {
    if (elements[word] || otherKlarWords.has(word) || isExampleId(word) || text.includes(`--${word}`)) continue;
    expect(events.has(word), `${word}: no element has that tag or fires that event`);
  }
  for (const [, prop] of text.matchAll(/\bon(Klar[A-Z]\w*)/g)) {
    const event = prop.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);
    expect(events.has(event), `on${prop}: no element fires ${event}`);
  }

  // Attributes on the elements in HTML samples; slots anywhere.
  for (const [, html] of text.matchAll(/```html\n([\s\S]*?)```/g)) {
    for (const [, tag, attrs] of html.matchAll(/<(klar-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)) {
      for (const [, a] of attrs.replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-]+)(?==|\s|$)/g)) {
        expect(htmlGlobal.has(a) || Boolean(elements[tag]?.attributes?.some((x) => x.name === a)), `<${tag} ${a}>: no such attribute`);
      }
    }
  }
  for (const [, s] of text.matchAll(/slot="([a-z-]+)"/g)) expect(slots.has(s), `slot ${s}: no element has it`);

  return { missing, checked };
}

test('every name the README shows exists: imports, paths, translation keys, parts, custom properties, events, attributes, slots', { timeout: 60_000 }, (t) => {
  const { missing, checked } = missingNames(readFileSync('README.md', 'utf8'));
  t.diagnostic(`${checked} names checked`);
  assert.ok(checked >= 200, `checked only ${checked} names: has the README changed shape?`);
  assert.deepEqual(missing, []);
});

test('every name docs/adapters.md (shipped in the package) shows exists', { timeout: 60_000 }, () => {
  assert.deepEqual(missingNames(readFileSync('docs/adapters.md', 'utf8')).missing, []);
});

test('the check finds a name that does not exist, of each kind', { timeout: 60_000 }, () => {
  const bogus = [
    "import { parseCase, parseCaseFast } from 'klar-elements/core';",
    "import 'klar-elements/case-viewer.js';",
    '`dist/cdn/klar-lite.js`, `dist/cdn/chunks/all-nope-<hash>.js`',
    "registerTranslation('en', { 'feedback.helpd': 'x' });",
    '`[part~="step-title"]`, `::part(headline)`',
    '`--klar-timeline-marker-size`, `-line-colour`; `--klar-colour-text`',
    'Events: `klar-feedback-done`, `onklar-case-chnage`, `onKlarFeedbackSend`.',
    '```html\n<klar-case src="/x" poll="60"><p slot="contacts">x</p></klar-case>\n```',
  ].join('\n');
  const { missing } = missingNames(bogus);
  for (const name of ['parseCaseFast', 'case-viewer.js', 'klar-lite.js', 'all-nope-', 'feedback.helpd', 'step-title', 'headline', '-line-colour', '--klar-colour-text', 'klar-feedback-done', 'klar-case-chnage', 'onKlarFeedbackSend', 'poll', 'contacts']) {
    assert.ok(missing.some((m) => m.includes(name)), `not found: ${name}\n${missing.join('\n')}`);
  }
  assert.equal(missing.length, 14, missing.join('\n'));
});
