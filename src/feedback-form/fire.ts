/** Fires the form's event `name` (bubbling, composed); tells whether no listener cancelled it. */
export function fire<T>(el: HTMLElement, name: string, detail: T, cancelable = false): boolean {
  return el.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
