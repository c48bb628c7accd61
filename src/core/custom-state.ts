/**
 * Sets or clears a CSS custom state of an element (`:state(name)`), which the placeholder sheet
 * (src/core/placeholder.styles.ts) sizes elements by while they wait. Chromium before 125 takes
 * only `--dashed` states and throws: there the element simply keeps no placeholder.
 */
export function setCustomState(states: CustomStateSet | undefined, name: string, on: boolean): void {
  if (!states || states.has(name) === on) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Chromium before 125: no placeholder, nothing else changes.
  }
}
