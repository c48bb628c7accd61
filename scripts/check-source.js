// Fails when the source uses APIs that break a strict Content-Security-Policy or Trusted
// Types, or that render markup from data: municipal sites run under such policies.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const problems = [];
for (const file of walk('src').filter((f) => f.endsWith('.ts'))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*\*/.test(line)) return; // JSDoc prose may name the APIs it avoids
    for (const [re, name] of FORBIDDEN) if (re.test(code)) problems.push(`${file}:${i + 1}: ${name}: ${line.trim()}`);
  });
}
if (problems.length) {
  console.error(`source check: ${problems.length} use(s) of APIs that break strict CSP / Trusted Types:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('source check: no unsafeHTML, unsafeSVG, unsafeStatic, innerHTML, srcdoc, inline style or styleMap in src/.');
