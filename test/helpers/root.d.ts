/** Returns the node `el` renders into: its shadow root, or its light-DOM render container, or `el` itself before its first render. */
export function root(el: Element): ParentNode & Node & { querySelector: ParentNode['querySelector']; activeElement?: Element | null };
/** The text an element rendered (its render root's textContent, whitespace collapsed). */
export function rootText(el: Element): string;
