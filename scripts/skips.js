// No silent skips: `npm test` lists every skipped test with its reason, and fails the run on
// a skip that gives no reason or whose reason means "not built" or "nothing found" (such a
// suite tests nothing, yet looks green). Reads node:test's TAP lines ("ok 3 - name # SKIP why")
// and the browser summary reporter's lines ("browser skip: file › test").

/** Reasons that mean the test could not check anything, so the run must fail. */
const NOTHING_CHECKED = /not (yet )?(built|written|found|there)|build first|npm run build|missing|nothing (found|to check)|no .*\b(found|yet)\b|does not (exist|register)|export no/i;

/**
 * @param {string} out a runner's output
 * @param {string} runner its name, for the report
 * @returns {{ runner: string, name: string, reason: string }[]}
 */
export function findSkips(out, runner) {
  const skips = [];
  for (const m of out.matchAll(/^\s*ok \d+ - (.*?) # SKIP\b ?(.*)$/gim)) skips.push({ runner, name: m[1], reason: m[2].trim() });
  for (const m of out.matchAll(/^browser skip: (.*)$/gm)) skips.push({ runner, name: m[1].trim(), reason: '' });
  return skips;
}

/** True when a skip must fail the run: no reason given, or a reason that means nothing was tested. */
export function skipFailsRun(/** @type {{ reason: string }} */ skip) {
  return !skip.reason || NOTHING_CHECKED.test(skip.reason);
}

/**
 * Prints every skip with its reason; returns the ones that fail the run.
 * @param {{ runner: string, name: string, reason: string }[]} skips
 */
export function reportSkips(skips) {
  if (!skips.length) return [];
  console.log(`\nSkipped tests (${skips.length}):`);
  for (const s of skips) console.log(`  ${skipFailsRun(s) ? '✗' : '-'} ${s.runner}: ${s.name} — ${s.reason || 'no reason given'}`);
  const bad = skips.filter(skipFailsRun);
  if (bad.length) console.log(`${bad.length} skip(s) give no reason or mean that nothing was tested (not built, nothing found): they fail the run.`);
  return bad;
}
