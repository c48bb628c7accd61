import type { ArgTypes, Args, StoryObj } from '@storybook/web-components-vite';

/**
 * A Playground story built from the element's public API in custom-elements.json, so its
 * controls are exactly what an integrator can set and nothing else: one control per attribute
 * (set as the attribute, the way a municipal page writes it in HTML) and, where asked, a control
 * for a public property that has no attribute (such as `case`). Every other row of the args
 * table keeps its documentation but gets no control, so no control does nothing.
 *
 * Rows for a property that has an attribute are folded into the attribute's row (its
 * description names the property), so each setting is listed once.
 *
 * The manifest is the one .storybook/preview.ts hands to Storybook (setCustomElementsManifest);
 * it is read when Storybook first asks for the story's args, not when the stories file is
 * imported, so tests that import a stories file for its samples need no manifest.
 * Tests that render the Playground load it first with test/helpers/storybook-manifest.ts.
 */

interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
interface Member {
  kind?: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
  type?: { text?: string };
  description?: string;
}
interface Documented {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  slots?: Documented[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}

type Manifest = { modules: { declarations?: Declaration[] }[] };

function hasManifest(): boolean {
  const g = globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: unknown; __STORYBOOK_CUSTOM_ELEMENTS__?: unknown };
  return Boolean(g.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ ?? g.__STORYBOOK_CUSTOM_ELEMENTS__);
}

function manifest(): Manifest {
  const g = globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: Manifest; __STORYBOOK_CUSTOM_ELEMENTS__?: Manifest };
  const m = g.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ ?? g.__STORYBOOK_CUSTOM_ELEMENTS__;
  if (!m) throw new Error('playground: no custom elements manifest (Storybook sets it in .storybook/preview.ts; tests load it with test/helpers/storybook-manifest.ts)');
  return m;
}

/** The element's declaration in the manifest (throws when a tag is missing: run npm run analyze). */
export function declarationOf(tag: string): Declaration {
  const d = manifest()
    .modules.flatMap((m) => m.declarations ?? [])
    .find((x) => x.tagName === tag);
  if (!d) throw new Error(`playground: <${tag}> is not in custom-elements.json (run npm run analyze)`);
  return d;
}

/** Public, writable instance fields: what a page may set as a property. */
export function publicFields(tag: string): Member[] {
  return (declarationOf(tag).members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_') && !m.readonly,
  );
}

/** The manifest default as a control value: `'tag'` → tag, `false` → false, `0` → 0, `15000 ms` → 15000 (the manifest writes a number with its unit); anything else → undefined. */
function parseDefault(text: string | undefined, type: string): unknown {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (type === 'boolean') return t === 'true';
  const number = /^(-?\d+(?:\.\d+)?)(?: [a-z ]+)?$/.exec(t);
  if (number) return Number(number[1]);
  const quoted = /^(['"`])(.*)\1$/.exec(t);
  if (quoted) return quoted[2];
  return undefined;
}

export interface PlaygroundOptions {
  /** Allowed values of an attribute whose type is a union (from the element's `*.types.ts` array). */
  options?: Record<string, readonly (string | number)[]>;
  /** Start values, by attribute name or property name. */
  args?: Args;
  /** Public properties without an attribute to offer as JSON controls (e.g. `case`). */
  properties?: string[];
  /** Attributes to leave without a control (e.g. a URL that only makes sense on the real server). */
  skip?: string[];
  /** Children to put inside the element (slotted content, child elements); rebuilt on every render. */
  children?: (args: Args) => Node[] | string;
  /** Puts the element where it works, e.g. a `<klar-step>` inside a timeline; returns the outer node. */
  around?: (el: HTMLElement) => HTMLElement;
}

/**
 * The args table of `tag` with no controls, for a stories file's meta: the examples document
 * the API but only the Playground changes it. Empty when no manifest is loaded (in tests).
 */
export function apiArgTypes(tag: string): Partial<ArgTypes> {
  if (!hasManifest()) return {};
  const { argTypes } = playground(tag);
  for (const k of Object.keys(argTypes)) argTypes[k] = { ...argTypes[k], control: false };
  return argTypes;
}

/**
 * The Playground story of `tag`: its args and argTypes come from the manifest the first time
 * Storybook (or a test) reads them.
 */
export function playgroundStory(tag: string, opts: PlaygroundOptions = {}): StoryObj {
  let built: ReturnType<typeof playground> | undefined;
  const get = () => (built ??= playground(tag, opts));
  return {
    name: 'Playground',
    get args() {
      return get().args;
    },
    get argTypes() {
      return get().argTypes;
    },
    render: renderElement(tag, opts),
  } as StoryObj;
}

/** Returns `args`, `argTypes` and `render` for a Playground story of `tag`. */
export function playground(tag: string, opts: PlaygroundOptions = {}): { args: Args; argTypes: Partial<ArgTypes>; render: (args: Args) => HTMLElement } {
  const decl = declarationOf(tag);
  const attributes = (decl.attributes ?? []).filter((a) => !opts.skip?.includes(a.name));
  const args: Args = {};
  const argTypes: Partial<ArgTypes> = {};
  const fieldsWithAttribute = new Set((decl.attributes ?? []).map((a) => a.fieldName).filter(Boolean));

  for (const a of attributes) {
    const type = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined/g, '');
    const options = opts.options?.[a.name];
    let control: { type: 'inline-radio' | 'select' | 'boolean' | 'number' | 'text' } | false;
    if (options) control = { type: options.length <= 4 ? 'inline-radio' : 'select' };
    else if (type === 'boolean') control = { type: 'boolean' };
    else if (type === 'number') control = { type: 'number' };
    else if (type === 'string' || type === 'Date') control = { type: 'text' };
    else control = false; // objects (e.g. headers) are set as properties in code, not typed as an attribute
    const property = a.fieldName && a.fieldName !== a.name ? ` Property: \`${a.fieldName}\`.` : '';
    argTypes[a.name] = {
      name: a.name,
      description: `${a.description ?? ''}${property}`,
      control,
      ...(options ? { options: [...options] } : {}),
      table: { category: 'attributes' },
    };
    let start = opts.args?.[a.name] ?? (a.fieldName ? opts.args?.[a.fieldName] : undefined) ?? parseDefault(a.default, type);
    // A text box, not Storybook's "Set string" button: an empty attribute is left out when rendered.
    if (start === undefined && control && control.type === 'text') start = '';
    if (control && start !== undefined) args[a.name] = start;
  }
  // The manifest's property rows of fields that have an attribute: folded into the attribute row.
  for (const f of publicFields(tag)) {
    if (fieldsWithAttribute.has(f.name) && f.attribute !== f.name) argTypes[f.name] = { table: { disable: true }, control: false };
    else if (!fieldsWithAttribute.has(f.name)) {
      const offered = opts.properties?.includes(f.name);
      argTypes[f.name] = { description: f.description, control: offered ? { type: 'object' } : false, table: { category: 'properties' } };
      if (offered && opts.args?.[f.name] !== undefined) args[f.name] = opts.args[f.name];
    }
  }

  // Slots, parts, custom properties and events are documented in the table but are not settings:
  // without this, Storybook would offer a text box for a named slot that changes nothing. Storybook
  // keys its rows by bare name, so a part named as a property (`retry`, the button, beside the
  // `retry` options) took the property's row and vanished, and the default slot ('') had no row:
  // such rows get a key of their own, under their category.
  const categories = { slots: 'slots', events: 'events', cssParts: 'css shadow parts', cssProperties: 'css custom properties' } as const;
  const taken = new Set([...(decl.attributes ?? []), ...(decl.members ?? [])].map((x) => x.name));
  for (const k of Object.keys(categories) as (keyof typeof categories)[])
    for (const item of decl[k] ?? []) {
      const own = !item.name || taken.has(item.name) ? `${item.name || 'default'} (${categories[k]})` : item.name;
      argTypes[own] = { name: item.name || '(default)', description: item.description, control: false, table: { category: categories[k] } };
      // A method of the same name (`submit()` beside the part `submit`) keeps its own row.
      const method = (decl.members ?? []).find((m) => m.name === item.name && m.kind === 'method');
      if (own !== item.name && method) argTypes[method.name] = { description: method.description, control: false, table: { category: 'methods' } };
      taken.add(item.name);
    }

  return { args, argTypes, render: renderElement(tag, opts) };
}

/**
 * Renders `tag` from args keyed by attribute name (booleans toggle the attribute) and, for the
 * names in `opts.properties`, by property. Needs no manifest, so tests can render it directly.
 */
function renderElement(tag: string, opts: PlaygroundOptions): (a: Args) => HTMLElement {
  return (a) => {
    const el = buildElement(tag, opts, a);
    return opts.around ? opts.around(el) : el;
  };
}

function buildElement(tag: string, opts: PlaygroundOptions, a: Args): HTMLElement {
  const el = document.createElement(tag);
  // Marks the element the controls drive (test/e2e/storybook-docs.e2e.js finds it by this).
  el.dataset.playground = '';
  for (const [k, v] of Object.entries(a)) {
    if (opts.properties?.includes(k)) {
      if (v !== undefined) (el as unknown as Record<string, unknown>)[k] = v;
    } else if (typeof v === 'function') {
      // Storybook's actions for the element's events (`onKlarCalendarAdd`): listened to, so the
      // Actions panel shows them. Set as attributes they were minified functions in "Show code".
      if (/^on[A-Z]/.test(k)) el.addEventListener(k.slice(2).replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`), v as EventListener);
    } else if (typeof v === 'boolean') el.toggleAttribute(k, v);
    else if (v !== undefined && v !== null && v !== '') el.setAttribute(k, String(v));
  }
  const kids = opts.children?.(a);
  if (typeof kids === 'string') el.textContent = kids;
  else if (kids) el.append(...kids);
  return el;
}
