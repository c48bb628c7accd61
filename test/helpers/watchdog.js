// Fails a browser test file whose page stops answering (see watchdog-page.js), so a hang is a
// red file with a plain message within a minute, not a stalled run. web-test-runner's own
// testsFinishTimeout stays as the outer limit for a file that is alive but slow.
// The plugin takes the heartbeats; the reporter (which sees the sessions) ends the silent ones.

/** The page may be silent this long (a slow axe run on a loaded machine blocks for seconds). */
export const QUIET_MS = 40_000;
/**
 * KLAR_WATCHDOG_QUIET_MS shortens it for test/node/scripts/browser-failures.test.js, whose page
 * hangs in an endless loop on purpose: 40 s of a core spinning was 40 s of CI's processor time.
 */
const quietFromEnv = Number(process.env.KLAR_WATCHDOG_QUIET_MS);

/** @type {Map<string, number>} session id → time of the last heartbeat */
const lastBeat = new Map();

export function watchdogPlugin() {
  return {
    name: 'klar-watchdog',
    executeCommand({ command, session }) {
      if (command !== 'klar-heartbeat') return undefined;
      lastBeat.set(session.id, Date.now());
      return true;
    },
  };
}

export function watchdogReporter({ quietMs = quietFromEnv > 0 ? quietFromEnv : QUIET_MS } = {}) {
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let timer;
  /** @type {Set<string>} */
  const ended = new Set();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (s) => {
        if (s.status === 'TEST_STARTED' && !lastBeat.has(s.id)) lastBeat.set(s.id, Date.now());
      });
      timer = setInterval(() => {
        for (const s of sessions.all()) {
          if (s.status !== 'TEST_STARTED' || ended.has(s.id)) continue;
          const silent = Date.now() - (lastBeat.get(s.id) ?? Date.now());
          if (silent < quietMs) continue;
          ended.add(s.id);
          const message = `${s.testFile}: the page stopped answering for ${Math.round(silent / 1000)} s (an endless loop or update cycle?); its tests are counted as failed.`;
          // Close a page whose main thread is stuck first: web-test-runner would otherwise wait
          // on it (reading coverage) before it moves on. Puppeteer-driven engines expose it.
          // On a loaded machine closing a stuck page can itself hang: after 5 s the file ends anyway.
          Promise.race([Promise.resolve().then(() => s.browser.getPage?.(s.id)?.close()), new Promise((r) => setTimeout(r, 5000).unref?.())])
            .catch(() => {})
            .finally(() => sessions.updateStatus({ ...s, passed: false, errors: [...(s.errors ?? []), { message }] }, 'TEST_FINISHED'));
        }
      }, 1000);
      timer.unref?.();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
