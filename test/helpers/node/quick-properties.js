// Loaded only by Stryker (stryker.config.mjs testRunnerNodeArgs): each mutant reruns the
// tests that cover it, and the property tests (hundreds of generated cases each) would make a
// run take hours on a 2-core machine. Here each property checks a fixed number of generated
// cases from a fixed seed, so a run is repeatable and its score does not depend on how busy
// the machine is (a time limit per property did: fewer cases, fewer mutants caught, under load).
// The full properties still run in the browser and in plain `npx mocha`. The hand-written
// examples beside them kill most mutants on their own.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261202, numRuns: 25 });
