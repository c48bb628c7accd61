// Runs in every browser test page (web-test-runner.config.js testRunnerHtml): a heartbeat
// to the test runner once a second. A page whose main thread hangs (an endless loop, an
// endless update cycle) stops beating, and test/helpers/watchdog.js fails its file within
// seconds instead of letting the run wait for testsFinishTimeout. A test that merely waits
// forever is caught sooner, by mocha's per-test timeout.
import { executeServerCommand } from '@web/test-runner-commands';

const beat = () => executeServerCommand('klar-heartbeat').catch(() => {});
beat();
setInterval(beat, 1000);
