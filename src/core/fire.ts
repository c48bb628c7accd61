/**
 * Fires a klar event from an element: bubbling and composed, so a page hears it through shadow
 * roots. Tells whether no listener cancelled it (only a `cancelable` event can be cancelled).
 */
export function fire<T>(el: HTMLElement, name: string, detail: T, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
