// Preloaded into each browser test runner by scripts/run-engines.js (NODE_OPTIONS): when a
// runner ends early, before its summary (test/helpers/summary-reporter.js sets
// KLAR_WTR_SUMMARY), it writes who ended it to stderr, at once: a runner under load once ended
// mid-file with exit 1 and not a word, and the next time it happens this says why. (A signal that
// kills it is seen by scripts/run-engines.js, which runs it with node, not npx.)
const { writeSync } = require('node:fs');

const say = (text) => {
  if (process.env.KLAR_WTR_SUMMARY) return;
  try {
    writeSync(2, `\nbrowser runner ending early: ${text}\n`);
  } catch {
    // stderr is gone: nothing to tell.
  }
};
const exit = process.exit;
process.exit = function (code) {
  if (code) say(`process.exit(${code}) called from\n${new Error().stack}`);
  return exit.apply(this, arguments);
};
process.on('uncaughtExceptionMonitor', (error, origin) => say(`${origin}: ${error?.stack ?? error}`));
