// The source check in `npm test` (`node scripts/check-source.js [root]`). Fails when:
//  1. the source uses APIs that break a strict Content-Security-Policy or Trusted Types, or that
//     render markup from data: municipal sites run under such policies;
//  2. an import crosses a boundary of the layout (CONTRIBUTING.md, "Where code lives"):
//     - src/core/ imports no adapter and no element folder (core is what everything shares);
//     - an element folder imports no other element folder's files (elements meet through
//       context and events; what two elements need belongs in src/core/);
//     - only the provider (src/case/) imports adapters, and adapters import no element.
//     The registering files (src/klar-*.ts), the entries (src/index.ts, src/core.ts) and
//     src/ssr/ put elements together and may import anything.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FORBIDDEN = [
  [/\bunsafeHTML\b/, 'unsafeHTML'],
  [/\bunsafeSVG\b/, 'unsafeSVG'],
  [/\bunsafeStatic\b/, 'unsafeStatic'],
  [/\.innerHTML\b|\bouterHTML\s*=|insertAdjacentHTML/, 'innerHTML'],
  [/\bsrcdoc\b/, 'srcdoc'],
  [/\bstyleMap\b/, 'styleMap'],
  [/\sstyle\s*=\s*["'$]/, 'inline style='],
  [/\.style\.cssText\s*=|setAttribute\(\s*['"]style['"]/, 'inline style='],
  [/\beval\s*\(|new Function\s*\(/, 'eval'],
];

/** Folders of src/ that are not elements; every other folder of src/ is one element's. */
const SHARED = new Set(['core', 'translations', 'adapters', 'ssr']);

// Known crossings still to be removed, written `importer -> imported` (paths from the project
// root). Empty since issue 11 moved the fetch controller to src/case/ and the principles to
// src/core/principles/: every crossing fails the check.
export const PENDING_VIOLATIONS = [];

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The files of src/ to check, as paths relative to `root` with forward slashes. */
function sources(root) {
  return walk(path.join(root, 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .sort();
}

/** Uses of APIs that break strict CSP / Trusted Types, as `file:line: name: code`. */
export function findUnsafeApis(root = '.') {
  const problems = [];
  for (const file of sources(root)) {
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      if (/^\s*\*/.test(line)) return; // JSDoc prose may name the APIs it avoids
      for (const [re, name] of FORBIDDEN) if (re.test(code)) problems.push(`${file}:${i + 1}: ${name}: ${line.trim()}`);
    });
  }
  return problems;
}

/** 'core', 'adapters', an element folder's name, or 'entry' (src/*.ts and src/ssr/). */
function areaOf(file) {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length === 2 || parts[1] === 'ssr') return 'entry';
  return parts[1];
}
const isElement = (area) => area !== 'entry' && !SHARED.has(area);

/**
 * The one fetcher and its notices, shared by the two elements that fetch: <klar-case> (their
 * home) and <klar-case-list> (many cases in one request). Only these files of src/case/, only
 * from src/case-list/: one way to fetch, poll and stream, not a second copy.
 */
const SHARED_FETCHER = new Set(['src/case/case-fetch.ts', 'src/case/case-notice.ts']);

/** The rule `from` breaks by importing `to`, or undefined. */
function brokenRule(from, to) {
  const a = areaOf(from);
  const b = areaOf(to);
  if (a === 'case-list' && SHARED_FETCHER.has(to)) return undefined;
  if (a === b || a === 'entry' || a === 'translations' || b === 'core' || b === 'translations') return undefined;
  if (a === 'core') return b === 'adapters' ? 'core imports no adapter' : isElement(b) ? 'core imports no element' : `core imports nothing from src/${b}/`;
  if (a === 'adapters') return 'adapters import only src/core/';
  if (b === 'adapters') return a === 'case' ? undefined : 'only <klar-case> (src/case/) imports adapters';
  if (isElement(b)) return `an element imports no other element's files`;
  return `an element imports nothing from src/${b}/`;
}

// `from '…'` (import and export), `import '…'` and `import('…')`, relative paths only.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Imports that cross a boundary, as { file, line, target, rule, pending }. */
export function findBoundaryViolations(root = '.') {
  const found = [];
  for (const file of sources(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const lineText = text.slice(lineStart, text.indexOf('\n', m.index) === -1 ? undefined : text.indexOf('\n', m.index));
      if (/^\s*(\*|\/\/)/.test(lineText)) continue; // an example in a comment
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2])).replace(/\.js$/, '.ts');
      const rule = brokenRule(file, target);
      if (!rule) continue;
      const line = text.slice(0, m.index).split('\n').length;
      found.push({ file, line, target, rule, pending: PENDING_VIOLATIONS.includes(`${file} -> ${target}`) });
    }
  }
  return found;
}

function main(root) {
  let failed = false;
  const unsafe = findUnsafeApis(root);
  if (unsafe.length) {
    failed = true;
    console.error(`source check: ${unsafe.length} use(s) of APIs that break strict CSP / Trusted Types:\n${unsafe.join('\n')}`);
  } else console.log('source check: no unsafeHTML, unsafeSVG, unsafeStatic, innerHTML, srcdoc, inline style or styleMap in src/.');

  const crossings = findBoundaryViolations(root);
  const show = (v) => `${v.file}:${v.line} imports ${v.target} (${v.rule})`;
  const real = crossings.filter((v) => !v.pending);
  const pending = crossings.filter((v) => v.pending);
  if (real.length) {
    failed = true;
    console.error(`source check: ${real.length} import(s) across a boundary of the layout (see CONTRIBUTING.md):\n${real.map(show).join('\n')}`);
  } else console.log('source check: no import crosses a boundary (core → adapters or elements, element → element).');
  if (pending.length) console.log(`source check: ${pending.length} known crossing(s) still pending (PENDING_VIOLATIONS):\n${pending.map(show).join('\n')}`);
  const gone = PENDING_VIOLATIONS.filter((p) => !pending.some((v) => `${v.file} -> ${v.target}` === p));
  if (gone.length) console.log(`source check: fixed, remove from PENDING_VIOLATIONS: ${gone.join(', ')}`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv[2] ?? '.');
