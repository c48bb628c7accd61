// For test/node/scripts/browser-resume.test.js only: with KLAR_CRASH_ONCE=<a file path> set, the
// first page that sends the command `klar-crash-once` ends the test runner at once (exit 1,
// before any summary: what a runner that dies under load does), and leaves that file behind so
// the next runner goes on. Without the variable the command does nothing.
import { existsSync, writeFileSync } from 'node:fs';

export function crashOncePlugin() {
  return {
    name: 'klar-crash-once',
    executeCommand({ command, payload }) {
      if (command !== 'klar-crash-once') return undefined;
      // A payload names a marker of its own (a second file that dies once); 'always' dies every time.
      const base = process.env.KLAR_CRASH_ONCE;
      if (base && payload === 'always') process.exit(1);
      const marker = base && typeof payload === 'string' ? `${base}-${payload}` : base;
      if (marker && !existsSync(marker)) {
        writeFileSync(marker, 'crashed once\n');
        process.exit(1);
      }
      return true;
    },
  };
}
