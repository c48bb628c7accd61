// Lets the pure core tests (test/core/*.test.ts and a few others, listed in .mocharc.json) run
// in Node under mocha, for Stryker's mutation runs (`npm run mutate`). The browser runs are
// unchanged: there, '@open-wc/testing' is the real package. Here it resolves to a small shim
// that hands out chai's `expect`, and TypeScript is compiled by tsx.
import { register } from 'node:module';

register('./resolve-open-wc.js', import.meta.url);
