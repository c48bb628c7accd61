// Starts the reference server (server/index.js) for tests: in process for the server tests,
// or as a child process for the end-to-end tests (so it can be killed like a real crash).
// Each gets its own free port and its own temporary data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/index.js';
import { before, after } from './node-test.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Makes a temporary data directory; remove it with `rmSync(dir, { recursive: true })`. */
export function tempDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'klar-data-'));
}

/** A console stand-in that keeps what was logged. */
export function quietLog() {
  /** @type {{ info: string[], warn: string[], error: string[] }} */
  const lines = { info: [], warn: [], error: [] };
  return {
    lines,
    info: (/** @type {unknown[]} */ ...a) => lines.info.push(a.join(' ')),
    warn: (/** @type {unknown[]} */ ...a) => lines.warn.push(a.join(' ')),
    error: (/** @type {unknown[]} */ ...a) => lines.error.push(a.join(' ')),
  };
}

/**
 * Runs `check` against a server (in this process) whose data file already holds `lines`, as the
 * server writes them (one JSON record a line): records read back at start. Removes it all after.
 * @param {string[]} lines
 * @param {(srv: Awaited<ReturnType<typeof startTestServer>>) => Promise<void>} check
 * @param {Partial<import('../../server/index.js').ServerOptions>} [opts]
 */
export async function withStoredLines(lines, check, opts = {}) {
  const dataDir = tempDataDir();
  try {
    writeFileSync(path.join(dataDir, 'feedback.jsonl'), lines.map((l) => `${l}\n`).join(''));
    const srv = await startTestServer({ ...opts, dataDir });
    try {
      await check(srv);
    } finally {
      await srv.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Starts the server in this process on a free port.
 * @param {Partial<import('../../server/index.js').ServerOptions>} [opts]
 */
export async function startTestServer(opts = {}) {
  const dataDir = opts.dataDir ?? tempDataDir();
  const log = opts.log ?? quietLog();
  const app = await startServer({ port: 0, host: '127.0.0.1', tickSeconds: 0, heartbeatSeconds: 15, ...opts, dataDir, log });
  return {
    ...app,
    dataDir,
    log,
    /** Closes the server; removes the data directory unless `keep`. */
    async stop(keep = false) {
      await app.close();
      if (!keep && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One server for the tests of the enclosing `describe`: started before the first of them,
 * stopped after the last. The object returned is that server from the first test on.
 * @param {Partial<import('../../server/index.js').ServerOptions>} [opts]
 */
export function useTestServer(opts = {}) {
  const srv = /** @type {Awaited<ReturnType<typeof startTestServer>>} */ ({});
  before(async () => {
    Object.assign(srv, await startTestServer(opts));
  });
  after(async () => {
    await srv.stop?.();
  });
  return srv;
}

/**
 * Starts `node server/index.js` as a child process and waits for its "listening" line.
 * @param {{ port: number, dataDir: string, env?: Record<string, string> }} opts
 */
export async function spawnServer({ port, dataDir, env = {} }) {
  const child = spawn(process.execPath, ['server/index.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KLAR_DATA_DIR: dataDir, KLAR_TICK_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const check = () => {
      if (output.includes('reference server: http')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    /** Kills the process like a crash (SIGKILL) and waits until it is gone. */
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await gone;
    },
  };
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A valid feedback payload (quick mode) with overrides.
 * @param {Record<string, unknown>} [over]
 */
export function quickFeedback(over = {}) {
  return {
    mode: 'quick',
    answers: { helped: 'yes', comment: 'Det var let at se, hvad der skal ske nu.' },
    principle: 'tydelige-forventninger',
    pageUrl: 'http://127.0.0.1/min-sag',
    lang: 'da',
    version: '0.1.0',
    clientTimestamp: new Date().toISOString(),
    ...over,
  };
}
