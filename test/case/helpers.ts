// Helpers for tests that talk to the real endpoints in test/helpers/routes/case.js.
// Timers captured before any test installs sinon's fake clock, so waiting for the network
// keeps working while the element's own timers are faked.
import sinon from 'sinon';
import { root } from '../helpers/root.js';
import { until } from '../helpers/until.js';
const realSetTimeout = window.setTimeout.bind(window);

export interface LogEntry {
  n: number;
  path: string;
  method: string;
  ifNoneMatch: string | null;
  headers: { authorization: string | null; xTest: string | null; accept: string | null; cookie: string | null };
  status: number | null;
  aborted: boolean;
  /** Body bytes the server wrote (streaming routes only). */
  bytes: number;
}

/** A fresh id per test, so tests never share server state. */
export function uid(prefix = 't'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

export function realSleep(ms: number): Promise<void> {
  return new Promise((r) => realSetTimeout(r, ms));
}

export async function serverLog(id: string): Promise<LogEntry[]> {
  const res = await fetch(`/api/case-log/${id}`, { cache: 'no-store' });
  return (await res.json()) as LogEntry[];
}

/** Waits until the server has answered (or seen) `n` requests for `id`. */
export async function requests(id: string, n: number, answered = true): Promise<LogEntry[]> {
  let log: LogEntry[] = [];
  await until(async () => {
    log = await serverLog(id);
    return log.length >= n && (!answered || log.slice(0, n).every((e) => e.status !== null || e.aborted));
  }, { message: `${n} request(s) to ${id}` });
  return log;
}

export async function putDoc(id: string, doc: unknown): Promise<void> {
  await fetch(`/api/case/doc/${id}`, { method: 'PUT', body: typeof doc === 'string' ? doc : JSON.stringify(doc) });
}

export async function fixtureJson<T = Record<string, unknown>>(name: string): Promise<T> {
  const res = await fetch(`/test/fixtures/${name}.json`);
  return (await res.json()) as T;
}

/** Records the klar-case-* events an element fires. */
export function recordEvents(el: EventTarget): { type: string; detail: any }[] {
  const seen: { type: string; detail: any }[] = [];
  for (const type of ['klar-case-load', 'klar-case-change', 'klar-case-error']) {
    el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  return seen;
}

/**
 * Pretends the page is hidden or visible, as a browser tab switch would. The test runner
 * runs two pages at once and the one in the background really is 'hidden' (and gets no
 * animation frames), so network tests pin 'visible' first.
 */
export function setVisibility(state: 'hidden' | 'visible', notify = true): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  if (notify) document.dispatchEvent(new Event('visibilitychange'));
}

/** Gives the page its real visibility back. */
export function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
}

const mounted: Element[] = [];
/** Puts `el` in the page inside a `<div lang>`, without waiting for an animation frame. */
export function attach<T extends Element>(el: T, lang = 'da'): T {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

/** Removes everything attach() put in the page. */
export function detachAll(): void {
  for (const w of mounted.splice(0)) w.remove();
}

/**
 * The text a person sees: the rendered text (innerText) of an element's shadow root, its light
 * children and every shadow root inside them. Hidden parts are left out, as on screen.
 */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const visit = (host: Element) => {
    for (const child of host.shadowRoot?.children ?? []) {
      if (child instanceof HTMLElement && child.tagName !== 'STYLE') parts.push(child.innerText);
    }
    if (host instanceof HTMLElement) parts.push(host.innerText);
    for (const inner of [...host.querySelectorAll('*'), ...(host.shadowRoot?.querySelectorAll("*") ?? [])]) if (inner.shadowRoot) visit(inner);
  };
  visit(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text a person sees in an element's shadow root (and its light children). */
export function shadowText(el: Element): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits (in real time) until a fake-timers clock holds a timer due `ms` from its now (±`slack`):
 * the element has read a response and set its next retry or poll. Ticking before that moves the
 * clock past a timer that is not set yet, and the test waits forever for a request that never
 * comes (seen under load in Firefox ESR). @sinonjs/fake-timers keeps its timers in `timers` or, in
 * newer versions, in `timerHeap`.
 */
export async function timerDue(clock: { now: number }, ms: number, slack = 50): Promise<void> {
  const pending = (): { callAt: number }[] => {
    const c = clock as unknown as { timers?: Record<string, { callAt: number }>; timerHeap?: { timers?: { callAt: number }[] } };
    return [...Object.values(c.timers ?? {}), ...(c.timerHeap?.timers ?? [])];
  };
  await until(() => pending().some((t) => Math.abs(t.callAt - clock.now - ms) <= slack), { message: `a timer due in ${ms} ms` });
}

/**
 * The hooks of a describe() that checks console warnings: the page visible, `console.warn`
 * stubbed for each test (handed to `set`), the elements removed after each and the visibility
 * restored after all.
 */
export function watchWarnings(set: (warn: sinon.SinonStub) => void): void {
  let warn: sinon.SinonStub | undefined;
  beforeEach(() => {
    setVisibility('visible', false);
    warn = sinon.stub(console, 'warn');
    set(warn);
  });
  afterEach(() => {
    warn?.restore();
    detachAll();
  });
  after(() => restoreVisibility());
}
