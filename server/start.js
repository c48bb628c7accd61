// `npm start`: builds the library when dist/ is missing or older than src/, then starts the
// reference server with the demo and prints where to look.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Returns the newest modification time of any file below `dir` (0 when there is none).
 * @param {string} dir
 */
function newest(dir) {
  let max = 0;
  if (!existsSync(dir)) return max;
  for (const f of readdirSync(dir, { recursive: true })) {
    const st = statSync(path.join(dir, String(f)));
    if (st.isFile() && st.mtimeMs > max) max = st.mtimeMs;
  }
  return max;
}

/** Tells why a build is needed, or '' when dist/ is up to date. */
function buildReason() {
  const outputs = ['dist/index.js', 'dist/cdn/klar.js', 'dist/cdn/klar-all.js'].map((f) => path.join(root, f));
  if (outputs.some((f) => !existsSync(f))) return 'dist/ is missing';
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(newest(path.join(root, 'src')), statSync(path.join(root, 'rollup.config.js')).mtimeMs);
  return sources > built ? 'src/ changed since the last build' : '';
}

const reason = buildReason();
if (reason) {
  console.info(`klar-elements: building (${reason}) …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    // The build runs rollup first, then tsc and the manifest: a type error fails the build
    // although the JavaScript the demo needs was written. Serve that, but say so.
    if (buildReason() === 'dist/ is missing') {
      console.error('klar-elements: the build failed; see the messages above. Fix them and run `npm start` again.');
      process.exit(r.status ?? 1);
    }
    console.warn('klar-elements: the build reported errors (see above); the demo serves what is in dist/ now.');
  }
}

// Imported only now: the server takes its PII detector from dist/core.js, which the build above
// writes on a fresh clone (a static import would run before the build and stop at "missing").
const { optionsFromEnv, startServer } = await import('./index.js');
/** @type {import('./index.js').ServerOptions} */
let opts = {};
try {
  // Refuses a setting it cannot start with (a short KLAR_STAFF_TOKEN in production).
  opts = optionsFromEnv();
} catch (e) {
  console.error(`klar-elements: could not start the server: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
const app = await startServer(opts).catch((e) => {
  const busy = e && e.code === 'EADDRINUSE';
  console.error(busy ? `klar-elements: port ${opts.port} is taken. Try PORT=8081 npm start.` : `klar-elements: could not start the server: ${e?.message ?? e}`);
  process.exit(1);
});

console.info(`
  klar-elements demo is running:

    Min sag (demo)        ${app.url}/
    CMS page (CDN file)   ${app.url}/cms.html
    What citizens say     ${app.url}/insights
    Case API              ${app.url}/api/cases

  Feedback is stored in ${path.relative(process.cwd(), app.dataFile) || app.dataFile}
  ${app.clock.tickSeconds > 0 ? `A case moves on every ${app.clock.tickSeconds} s (KLAR_TICK_SECONDS)` : 'The cases stand still (KLAR_TICK_SECONDS=0)'}. Press Ctrl+C to stop.
`);

const stop = () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
