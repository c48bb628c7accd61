/**
 * The module-level caches of pure results (formatters, a date's parts, digit values): each is
 * a Map from `newCache()`, so the Node test runs can empty them all between tests. Mutation
 * testing (`npm run mutate`) runs every test in one process: a value cached by one test, or
 * while another mutant was active, would otherwise hide a defect from the next test.
 */
const caches: Map<unknown, unknown>[] = [];

/** Returns an empty Map that `clearCaches` empties. */
export function newCache<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  caches.push(m as Map<unknown, unknown>);
  return m;
}

/** Empties every cache made by `newCache`: for tests, so each one starts cold. */
export function clearCaches(): void {
  for (const c of caches) c.clear();
}
