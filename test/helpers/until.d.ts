export interface UntilOptions<T> {
  /** Accepts a value of `read` (default: any truthy value). */
  ok?: (value: T) => boolean;
  /** Gives up after this many milliseconds of real time (browser 5000, Node 15000). */
  timeout?: number;
  /** Milliseconds between tries (browser 10, Node 100). */
  interval?: number;
  /** What is awaited, for the error message ("the error notice"). */
  message?: string;
}

/** Calls `read` until its value is accepted and resolves with it; rejects after `timeout`. */
export function until<T>(read: () => T | Promise<T>, options?: UntilOptions<T>): Promise<T>;

