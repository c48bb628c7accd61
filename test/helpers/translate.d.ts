/** Wraps every non-blank text node inside `target` as page translation does ("[EN] …" in <font><font>); returns how many. */
export function translate(target: Element | string): number;
