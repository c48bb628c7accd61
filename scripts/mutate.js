// `npm run mutate`: Stryker over the core modules (stryker.config.mjs, mocha in Node) and over
// the server's feedback store and API (stryker.server.config.mjs, node:test files). Both run
// even when the first is under its threshold; reports in reports/mutation/{core,server}/.
// Extra arguments go to both, e.g. `npm run mutate -- --checkers typescript`.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);
let status = 0;
const start = Date.now();
for (const config of ['stryker.config.mjs', 'stryker.server.config.mjs']) {
  const r = spawnSync(npx, ['stryker', 'run', config, ...extra], { stdio: 'inherit' });
  if (r.status !== 0) status = r.status ?? 1;
}
console.log(`\nnpm run mutate: done in ${Math.round((Date.now() - start) / 60000)} min; reports in reports/mutation/core/ and reports/mutation/server/`);
process.exit(status);
