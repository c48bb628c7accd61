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

/** What went wrong, for a warning: an error's message, else the thrown value as text. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
