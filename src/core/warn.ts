/**
 * One console warning per distinct message per page, with one prefix, so a failing poll or a
 * re-render never floods the console and one warning never silences an unrelated other.
 * The message is for developers: the citizen sees a plain notice instead.
 */
const seen = new Set<string>();

export function warnOnce(message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`klar-elements: ${message}`);
}

/**
 * An enumerated attribute's value when it is one of `valid`; else the first of them, with one
 * warning naming the element, the value and the valid ones (a typo such as `variant="compakt"`
 * was shown as the default with no word why).
 */
export function oneOf<T extends string>(tag: string, name: string, value: string, valid: readonly T[]): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  warnOnce(`<${tag}> ${name}="${value}" is unknown; using "${valid[0]}". Valid: ${valid.join(', ')}.`);
  return valid[0]!;
}

/** What went wrong, for a warning: an error's message, else the thrown value as text. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
