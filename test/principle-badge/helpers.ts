/**
 * Identity checks for DOM nodes that fail with a short message. A failing chai
 * `expect(node).to.equal(other)` where either side is an element inside a Lit shadow root
 * makes @web/test-runner hang while it serialises the diff (seen with @open-wc/testing 4),
 * so these compare with === and describe the nodes by tag and part only.
 */
export function describeNode(n: unknown): string {
  if (n instanceof Element) {
    const part = n.getAttribute('part');
    const id = n.id;
    return `<${n.localName}${id ? `#${id}` : ''}${part ? ` part="${part}"` : ''}>`;
  }
  return String(n);
}

/** Throws unless `actual` is the very same node (or value) as `expected`. */
export function expectSame(actual: unknown, expected: unknown, what = 'node'): void {
  if (actual !== expected) throw new Error(`${what}: expected ${describeNode(expected)}, got ${describeNode(actual)}`);
}

/** Throws unless `actual` is null (no such element). */
export function expectNone(actual: unknown, what = 'element'): void {
  if (actual !== null && actual !== undefined) throw new Error(`${what}: expected none, got ${describeNode(actual)}`);
}
