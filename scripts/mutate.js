// `npm run mutate`: Stryker over the core modules (stryker.config.mjs, mocha in Node) and over
// the server's feedback store and API (stryker.server.config.mjs, the node:test files under
// mocha). The two run side by side: the server's tests mostly wait on the disk (every stored
// answer is fsynced before its 201) while the core's keep the processor busy, so together they
// take little more than the longer one alone (one after the other they took 26 min here).
// Both run even when one is under its threshold; each one's output goes to
// reports/mutation/<name>.log and its summary table is printed at the end; reports in
// reports/mutation/{core,server}/. Extra arguments go to both, e.g. `npm run mutate -- --force`.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);
const start = Date.now();
const minutes = () => ((Date.now() - start) / 60000).toFixed(1);
mkdirSync('reports/mutation', { recursive: true });

/** Runs one Stryker config, its output to a log file; resolves with its exit code. */
function stryker(name, config) {
  const log = `reports/mutation/${name}.log`;
  const out = createWriteStream(log);
  const child = spawn(npx, ['stryker', 'run', config, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  // A line now and then, so a long run is seen to be moving.
  let decile = 0;
  child.stdout.on('data', (d) => {
    const m = /Mutation testing (\d+)%.*? (\d+)\/(\d+) tested \((\d+) survived, (\d+) timed out\)/.exec(String(d));
    if (m && Math.floor(Number(m[1]) / 10) > decile) {
      decile = Math.floor(Number(m[1]) / 10);
      console.log(`${name}: ${m[1]} % (${m[2]} of ${m[3]} mutants, ${m[4]} survived, ${m[5]} timed out) after ${minutes()} min`);
    }
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      out.end();
      console.log(`${name}: finished after ${minutes()} min (exit ${code}); full output in ${log}`);
      resolve({ name, log, code: code ?? 1 });
    });
  });
}

console.log('npm run mutate: the core modules and the server run side by side; progress every 10 %.');
const results = await Promise.all([stryker('core', 'stryker.config.mjs'), stryker('server', 'stryker.server.config.mjs')]);
for (const { name, log } of results) {
  const text = readFileSync(log, 'utf8');
  // The clear-text table and the threshold verdict.
  const table = text.split('\n').filter((l) => /^[-|]|^\s*[|]|^File |^All files|^ \S.*\|/.test(l) || /Final mutation score|Done in/.test(l));
  console.log(`\n== ${name}\n${table.join('\n')}`);
}
console.log(`\nnpm run mutate: done in ${minutes()} min; reports in reports/mutation/core/ and reports/mutation/server/`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
