// A stand-in for svelte/elements (svelte is not installed here): the attributes every element takes.
// The real HTMLAttributes<T> has every global attribute and DOM event handler; these few are enough
// to show the generated svelteHTML.IntrinsicElements merge with them.
export interface HTMLAttributes<T extends EventTarget> {
  class?: string | null;
  id?: string | null;
  lang?: string | null;
  hidden?: boolean | null;
  onclick?: ((event: MouseEvent & { currentTarget: T }) => void) | null;
}
