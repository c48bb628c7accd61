/**
 * A module imported the first time it is needed, not with the element (issue 15): the CPR
 * detector (pii-lazy.ts) and the principle registry of the feedback form. `now()` is there once
 * it has arrived; `provide()` gives it at once, for server rendering, which cannot wait.
 */
export interface OnDemand<T> {
  /** Returns the module when it has arrived, else undefined. */
  now(): T | undefined;
  /** Loads it (once; a failed load is tried again on the next call). */
  load(): Promise<T>;
  /** Gives it at once. */
  provide(m: T): void;
  /** For tests: replaces how it is imported (to hold it) and forgets the one loaded; without an argument, restores the real import. */
  setImport(fn?: () => Promise<T>): void;
}

/** Returns an on-demand handle for the module that `importer` imports. */
export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let imp = importer;
  let here: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    now: () => here,
    load() {
      loading ??= imp().then(
        (m) => (here = m),
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      );
      return loading;
    },
    provide(m) {
      here = m;
      loading = Promise.resolve(m);
    },
    setImport(fn = importer) {
      imp = fn;
      here = undefined;
      loading = undefined;
    },
  };
}
