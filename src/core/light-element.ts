import { isServer, unsafeCSS, type CSSResult, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KlarElement } from './klar-element.js';
import { tokens } from './theme.js';
import { setCustomState } from './custom-state.js';
import { encoded, lightCss, shadowCss } from './light-css.js';
import { onDemand } from './on-demand.js';

/**
 * The code that takes over a server render (ssr-takeover.ts): imported when an element finds one
 * (issue 15: a page not rendered on the server never downloads it).
 */
export const ssrTakeover = onDemand<typeof import('./ssr-takeover.js')>(() => import('./ssr-takeover.js'));

/** One light-DOM stylesheet per element class, built on first use. */
const sheets = new WeakMap<typeof KlarLightElement, CSSStyleSheet>();
/** Each stylesheet's shadow-root form (what Lit keeps and adopts), made once, and the text it was made from (light-css.ts). */
const shadows = new WeakMap<CSSResultOrNative, CSSResult>();
const sources = new WeakMap<CSSResultOrNative, string>();
function shadowStyle(s: CSSResult): CSSResult {
  let out = shadows.get(s);
  if (!out) {
    const text = encoded(s.cssText);
    shadows.set(s, (out = unsafeCSS(shadowCss(text))));
    sources.set(out, text);
  }
  return out;
}
/** A class's light-DOM sheet text: its styles (with any it added later), for `tag`. */
const lightText = (ctor: typeof KlarLightElement, tag: string): string => lightCss(ctor.elementStyles.map((s) => sources.get(s)).join(''), tag);

let counter = 0;

/**
 * Returns an id no other element on the page has: `klar-<name>-<n>`. Elements in the light
 * DOM share the page's id space, so every id they write comes from here (two timelines and a
 * page's own `<h2 id="heading">` never collide), and every `aria-*`/`for` reference points at an
 * id of the same instance. On the server (klar-elements/ssr) `klar-s-<name>-<n>`: the browser
 * counts from 1 again, and its ids must not meet the server's while both are on the page.
 */
export function uniqueId(name: string): string {
  return `klar-${isServer ? 's-' : ''}${name}-${++counter}`;
}

/** Marks the render container klar-elements/ssr writes: `<div class="klar-root" data-klar-ssr>`. */
export const SSR_ATTR = 'data-klar-ssr';

/** Whether `n` is a render container: ours, or a nested klar element's. */
export const isContainer = (n: Node): boolean => n instanceof Element && n.classList.contains('klar-root');

/** A change that only adds or removes render containers (a render of ours, or of a nested klar element). */
const containersOnly = (r: MutationRecord): boolean => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isContainer);

/** Adds `sheet` to a document's or shadow root's adopted sheets, once. */
function adopt(root: Node, sheet: CSSStyleSheet): void {
  const r = root as Document | ShadowRoot;
  if (!r.adoptedStyleSheets || r.adoptedStyleSheets.includes(sheet)) return;
  try {
    r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  } catch {
    // A sheet made by another document (the element was moved into an iframe) cannot be
    // adopted there; the element still renders, unstyled, rather than throwing.
  }
}

/**
 * The base of the content elements (status, timeline, steps, badges, principle lists and the
 * case's notices). They render into the light DOM, so every word they show is part of the page:
 * read-aloud services, page translation, reader views, find-in-page and select-and-read tools
 * walk the page's DOM and never enter a shadow root.
 *
 * - Renders into one container child, `<div class="klar-root">` (`display: contents`), placed
 *   before the author's children, which stay where the author put them (frameworks own them).
 * - Styles: the element's stylesheet in its light-DOM form (light-css.ts), adopted once
 *   into the document or the shadow root the element sits in (no `<style>` element, so a strict
 *   `style-src` needs no hash).
 * - A guard against foreign changes: page translation replaces our text nodes with its own, and
 *   Lit would then update nodes no longer on screen. When anything but our own render touched the
 *   container, the next update renders into a fresh container. Normal updates cost nothing extra.
 * - `render-mode="shadow"` keeps the old shadow DOM, for pages whose CSS reaches too far in.
 */
export class KlarLightElement extends KlarElement {
  // `static properties`, not a decorator: a page of light-DOM elements then carries no decorator code.
  static override properties: PropertyDeclarations = { renderMode: { attribute: 'render-mode', reflect: true } };
  /** The theme's tokens (src/core/theme.ts), first in every element's styles. */
  static override styles = [tokens];

  /**
   * The element's custom states (`:state()`), from ElementInternals attached on first use; none
   * where the browser has none. The set itself is held, not read from the internals each time:
   * WebKit may collect the set's script object between reads and hand out a new, empty one,
   * while the element still matches the old state (a status stayed 438 px tall, in
   * `:state(loading)`, after it drew).
   */
  #states?: CustomStateSet | null;
  protected get states(): CustomStateSet | undefined {
    this.#states ??= typeof this.attachInternals === 'function' ? (this.attachInternals().states ?? null) : null;
    return this.#states ?? undefined;
  }

  /**
   * Keeps the element in `:state(loading)` while `drawn`, a draw that waits (for texts, a part, a
   * case), is on its way: the placeholder sheet (core/placeholder.styles.ts) gives it the size it
   * had before it was defined, so nothing moves when it draws.
   */
  protected override loadingWhile(drawn: void | Promise<unknown>): void | Promise<unknown> {
    if (drawn) {
      // Each held: a draw put off for another part (KlarElement.shouldUpdate) starts waiting before
      // the wait it came from ends, and the state holds until the last one has ended, or until the
      // element draws (update below: a draw has every part it needs, so none is on its way then).
      this.#waits.add(drawn);
      this.showLoading();
      const done = (): void => {
        this.#waits.delete(drawn);
        this.showLoading();
      };
      void drawn.then(done, done);
    }
    return drawn;
  }

  /** Draws on their way (`loadingWhile`). */
  #waits = new Set<Promise<unknown>>();

  /** Whether the element loads for a reason of its own, besides a draw on its way (<klar-case>: its case). */
  protected loadingOwn(): boolean {
    return false;
  }

  /** Sets `:state(loading)` from what holds it: a draw on its way, or the element's own loading. */
  protected showLoading(): void {
    setCustomState(this.states, 'loading', this.#waits.size > 0 || this.loadingOwn());
  }

  /**
   * Renders into the light DOM (default) or, with `shadow`, into a shadow root (page text tools
   * cannot read it there). Read when the element is first connected.
   */
  renderMode: 'light' | 'shadow' = 'light';

  #guard?: MutationObserver;
  #tainted = false;
  /** The server's render container (klar-elements/ssr), on screen until the first render of ours replaces it. */
  #serverRender?: HTMLElement;
  /** Whether the element came with a server render (klar-elements/ssr): its first render of its own replaces that. */
  protected fromServer = false;
  /** The node in the element that has focus (see `handleFocus`), and the one that had it when the element left the page. */
  #focus?: HTMLElement | null;
  #focusBack?: HTMLElement | null;

  /** Gives Lit the styles' shadow-root form (`render-mode="shadow"`, and a server render of one); the light-DOM sheet is made from what they were made from. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles(styles).map((s) => shadowStyle(s as CSSResult));
  }

  /** The light-DOM stylesheet of this element class. */
  static lightSheet(tag: string): CSSStyleSheet {
    let sheet = sheets.get(this);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(lightText(this, tag));
      sheets.set(this, sheet);
    }
    return sheet;
  }

  /**
   * Adds styles that came after the element's code (with an on-demand module) to the class's,
   * after its own: its light-DOM sheet is written anew, which every root that adopted it sees at
   * once, and shadow roots made from now on have them; this instance's own shadow root gets them
   * too. Adding the same styles again does nothing.
   */
  protected addStyles(styles: CSSResult): void {
    const ctor = this.constructor as typeof KlarLightElement;
    const shadow = shadowStyle(styles);
    if (!ctor.elementStyles.includes(shadow)) {
      ctor.elementStyles.push(shadow);
      sheets.get(ctor)?.replaceSync(lightText(ctor, this.localName));
    }
    // No render root on the server (klar-elements/ssr): its page links klar-elements.css.
    if (this.renderRoot && !this.isLight) adopt(this.renderRoot, shadow.styleSheet!);
  }

  /** Whether this instance renders into the light DOM. */
  protected get isLight(): boolean {
    // No render root yet: Lit's hydration support holds back a server-rendered element with
    // `defer-hydration` until its parent has hydrated.
    return !!this.renderRoot && !(this.renderRoot instanceof ShadowRoot);
  }

  /** Shadow DOM when asked for, or when the server already rendered one (declarative shadow DOM, hydrated by Lit). */
  protected wantsShadow(): boolean {
    return !!this.shadowRoot || this.getAttribute('render-mode') === 'shadow' || this.renderMode === 'shadow';
  }

  override connectedCallback(): void {
    if (this.renderRoot ? this.isLight : !this.wantsShadow()) {
      adopt(this.getRootNode(), (this.constructor as typeof KlarLightElement).lightSheet(this.localName));
      if (!this.hasUpdated) this.#serverRender ??= [...this.children].find((c): c is HTMLElement => isContainer(c) && c.hasAttribute(SSR_ATTR));
      this.fromServer ||= !!this.#serverRender;
    }
    super.connectedCallback();
    if (this.isLight) this.#watch();
    for (const type of ['focusin', 'focusout']) this.addEventListener(type, this.#handleFocus as EventListener);
    // A CMS that moves the element (out and in again: insertBefore, append) sends focus to <body>:
    // it goes back where it was, unless the citizen has put it somewhere meanwhile (WCAG 2.4.3).
    // (moveBefore keeps it: nothing to do.) Once: a later moveBefore (<klar-case> takes it in here)
    // must not take focus back to a control the citizen left long ago.
    if (document.activeElement === document.body) this.#focusBack?.focus();
    this.#focusBack = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#guard?.disconnect();
    // Focus has gone to <body> by now, in every engine: where it was comes from `handleFocus`.
    this.#focusBack = this.#focus;
  }

  /**
   * Keeps the node in the element that has focus. Focus leaving it forgets it a microtask later,
   * unless focus is still inside: a removal's blur (Chromium fires one; Firefox and WebKit none)
   * comes before `disconnectedCallback`, in the same task, which keeps the node for the return.
   * The first node of the event's path: in a shadow root (`render-mode="shadow"`) the target is the host.
   */
  #handleFocus = (e: FocusEvent): void => {
    if (e.type === 'focusin') this.#focus = e.composedPath()[0] as HTMLElement;
    else queueMicrotask(() => this.matches(':focus-within') || (this.#focus = null));
  };

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.wantsShadow()) return super.createRenderRoot();
    return this.#freshContainer();
  }

  /**
   * Whether this element has something of its own to show (its case, from the property or a
   * `<klar-case>`). Until it has, a server-rendered element keeps the server's HTML on screen
   * rather than a loading state.
   */
  protected hasContent(): boolean {
    return true;
  }

  /** A server render on screen (it stays there meanwhile): the code that takes it over comes first. A failed import draws without it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const draw = (): void | Promise<unknown> => super.scheduleUpdate();
    return this.#serverRender && !ssrTakeover.now() ? ssrTakeover.load().then(draw, draw) : draw();
  }

  /** Holds updates back while the server's render is on screen and the element has nothing better (ssr-takeover.ts). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !(this.#serverRender && ssrTakeover.now()?.holdsBack(this, this.#serverRender, changed)) && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.#focused();
    if (this.isLight && (this.#tainted || (this.renderRoot as HTMLElement).parentNode !== this)) {
      // Someone else (page translation, a browser extension) rewrote our nodes: render anew
      // rather than patch nodes that are no longer on screen. The same when a framework or a
      // CMS script emptied the element (our container went with it).
      this.#tainted = false;
      const old = this.renderRoot as HTMLElement;
      (this as { renderRoot: HTMLElement }).renderRoot = this.#freshContainer(old);
      old.remove();
      this.#watch();
    }
    super.update(changed);
    // Drawn: a wait that ends later was for what this draw has. (The feedback form that stayed in
    // `:state(loading)`, 9rem tall, in WebKit under load was most likely the lost state set, see
    // `states` above; this rule holds all the same.)
    this.#waits.clear();
    this.showLoading();
    // Our first render is in the container: the server's goes in the same task (no paint between).
    this.#serverRender?.remove();
    this.#serverRender = undefined;
    // Our own changes are not foreign: drop them before the observer reports them.
    this.#guard?.takeRecords();
    if (focused && !focused.isConnected) this.#refocus(focused);
  }

  /** The element inside our render that has focus, if any. */
  #focused(): Element | null {
    const root = this.renderRoot;
    const active = root && (root instanceof ShadowRoot ? root : document).activeElement;
    return active && root.contains(active) ? active : null;
  }

  /**
   * A live update took away the node that had focus (a task that is done, a link drawn anew):
   * focus goes to its twin (the same part and words) or to the first heading, never to <body>,
   * where a keyboard or screen reader user would lose their place (WCAG 2.4.3).
   */
  #refocus(lost: Element): void {
    const now = document.activeElement;
    if (now && now !== document.body && now !== this) return; // the citizen moved on
    const part = lost.getAttribute('part');
    const twin = part ? [...this.renderRoot.querySelectorAll<HTMLElement>(`[part="${part}"]`)].find((e) => e.textContent === lost.textContent) : undefined;
    const target = twin ?? this.renderRoot.querySelector<HTMLElement>('h1,h2,h3,h4,h5,h6');
    if (!target) return;
    if (!twin && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }

  /**
   * The author's own children for a slot name (`''`: the default slot), without our container.
   * In the light DOM nothing is projected: these stay where the author put them.
   */
  protected authorChildren(slot = ''): Element[] {
    return [...this.children].filter((c) => c !== this.renderRoot && c !== this.#serverRender && (c.getAttribute('slot') ?? '') === slot);
  }

  /** Makes the render container and puts it before the author's children (or in place of `old`). */
  #freshContainer(old?: HTMLElement): HTMLElement {
    const c = document.createElement('div');
    c.className = 'klar-root';
    this.insertBefore(c, old?.parentNode === this ? old : this.firstChild);
    this.renderOptions.renderBefore = null;
    return c;
  }

  /** Whether a mutation is this element's own rendering (inside its container, or the container itself coming or going). */
  protected isOwnRender(r: MutationRecord): boolean {
    return (this.renderRoot as Node).contains(r.target) || containersOnly(r);
  }

  /** A change not made by a render of ours, nor by a klar element nested in our container. */
  #isForeign(r: MutationRecord): boolean {
    const at = r.target instanceof Element ? r.target : r.target.parentElement;
    return at?.closest('.klar-root') === this.renderRoot && !containersOnly(r);
  }

  #watch(): void {
    this.#guard ??= new MutationObserver((records) => {
      if (records.some((r) => this.#isForeign(r))) this.#tainted = true;
    });
    this.#guard.disconnect();
    this.#guard.observe(this.renderRoot, { childList: true, subtree: true, characterData: true });
  }
}
