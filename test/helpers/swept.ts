/**
 * True in Chromium, where the end-to-end accessibility sweep (test/e2e/a11y-sweep.e2e.js) runs
 * axe over every Storybook story in Danish and English, with stricter rules (WCAG 2.2 AA and best
 * practices) than a browser test's `to.be.accessible()`. A browser test that only renders a story
 * and runs axe on it leaves Chromium to the sweep and checks the other engines, whose axe results
 * can differ (computed styles, contrast, names).
 */
export const sweptInThisEngine = /Chrome\//.test(navigator.userAgent);
