/**
 * Hands the custom elements manifest to the stories' Playground (.storybook/playground.ts) the way
 * Storybook's setCustomElementsManifest does, for browser tests that render a Playground story.
 * Needs `custom-elements.json` (npm run analyze, part of npm run build).
 */
export async function loadStorybookManifest(): Promise<void> {
  const g = globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: unknown };
  if (g.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__) return;
  const res = await fetch('/custom-elements.json');
  if (!res.ok) throw new Error('custom-elements.json is missing: run npm run analyze (or npm run build) first');
  g.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = await res.json();
}
