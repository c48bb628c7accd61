// A stand-in for the parts of vue's types that types/vue.d.ts uses (vue is not installed here).
// Real vue: DefineComponent<Props> is a component constructor whose instances have $props; volar
// checks a template's attributes and @event handlers against GlobalComponents[tag] that way.
export type DefineComponent<Props = {}> = new (...args: any[]) => { $props: Props };
export interface GlobalComponents {}
