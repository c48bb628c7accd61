// The insights pages over 100,000 stored feedback records: the public page, the staff view and
// a filtered staff view, each against reading the feedback file once (read + JSON.parse of
// every line), which is the least any page that rescanned the data per request would pay.
// Runs in Node against the real reference server; the browser page is not used.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeGeneratedFeedback } from '../test/helpers/feedback-records.js';
import { startServer } from '../server/index.js';

export const title = 'Insights over 100,000 records vs reading feedback.jsonl once';

const N = 100_000;
const TOKEN = 'bench-token';

export default async function ({ measure, log }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'klar-bench-'));
  const file = path.join(dataDir, 'feedback.jsonl');
  writeGeneratedFeedback(file, N);
  const quiet = { info() {}, warn() {}, error() {} };
  const t0 = performance.now();
  const app = await startServer({ port: 0, host: '127.0.0.1', tickSeconds: 0, dataDir, staffToken: TOKEN, log: quiet });
  log(`server start with ${N.toLocaleString('en')} records: ${(performance.now() - t0).toFixed(0)} ms`);
  try {
    const readOnce = await measure(async () => {
      const t = performance.now();
      let n = 0;
      for (const line of readFileSync(file, 'utf8').split('\n')) if (line) n += JSON.parse(line).receipt ? 1 : 0;
      if (n !== N) throw new Error(`read ${n} records`);
      return performance.now() - t;
    });
    /** @param {string} p @param {Record<string, string>} [headers] */
    const page = (p, headers = {}) =>
      measure(async () => {
        const t = performance.now();
        const res = await fetch(`${app.url}${p}`, { headers });
        await res.text();
        if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
        return performance.now() - t;
      });
    const staff = { Authorization: `Bearer ${TOKEN}` };
    const base = readOnce.median;
    const rows = [{ name: 'read feedback.jsonl once (baseline)', value: base, unit: 'ms' }];
    for (const [name, p, headers] of [
      ['/insights (public)', '/insights', {}],
      ['/insights/staff', '/insights/staff', staff],
      ['/insights/staff, filtered', '/insights/staff?principle=klar-tale&step=behandles&page=%2Fbyggesag', staff],
    ]) {
      const r = await page(p, headers);
      rows.push({ name, value: r.median, unit: 'ms', baseline: base, note: `max ${r.max.toFixed(1)} ms` });
    }
    return rows;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
