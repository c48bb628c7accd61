/**
 * The hand-off from a principle to a feedback form, by event only: a badge fires
 * `klar-principle-feedback`, and a form that has said "I take principle feedback" (with
 * `acceptPrincipleFeedback`) receives it, unless a page listener called `preventDefault()`.
 * Neither element finds the other in the DOM or calls the other's methods; this module holds
 * no element, only the callbacks the forms gave it.
 */

/** The event a badge fires when the citizen chooses "Lever vi op til det?". */
export const PRINCIPLE_FEEDBACK_EVENT = 'klar-principle-feedback';

/** Detail of `klar-principle-feedback`: which principle the citizen wants to give feedback on, and where. */
export interface PrincipleFeedbackDetail {
  /** The principle's slug. */
  readonly principle: string;
  /** The principle's set (`god-service` for the nine built-in principles). */
  readonly set: string;
  /** The id of the form to hand over to; empty means the form nearest the badge. */
  readonly formId: string;
}

export type PrincipleFeedbackEvent = CustomEvent<PrincipleFeedbackDetail>;

/** Returns a `klar-principle-feedback` event: bubbles, composed (leaves shadow roots), cancelable. */
export function principleFeedbackEvent(detail: PrincipleFeedbackDetail): PrincipleFeedbackEvent {
  return new CustomEvent<PrincipleFeedbackDetail>(PRINCIPLE_FEEDBACK_EVENT, { detail, bubbles: true, composed: true, cancelable: true });
}

type Receive = (detail: PrincipleFeedbackDetail) => void;

const receivers = new Map<Element, Receive>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

/** The parent of a node across shadow boundaries (a shadow root's parent is its host). */
function parentOf(n: Node): Node | null {
  return n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
}

/**
 * Picks the receiving form: among the forms with the wanted id (or all forms when no id is
 * wanted), the one that shares the deepest ancestor with the badge, so a page with a badge
 * and a form per section hands over within the section; ties go to the first in the document.
 */
function pick(path: readonly EventTarget[], formId: string): Element | undefined {
  let best: Element | undefined;
  let bestDepth = Infinity;
  for (const form of receivers.keys()) {
    if (formId && form.id !== formId) continue;
    let depth = Infinity;
    for (let n: Node | null = form; n; n = parentOf(n)) {
      const i = path.indexOf(n);
      if (i >= 0) {
        depth = i;
        break;
      }
    }
    const first = best && depth === bestDepth && form.compareDocumentPosition(best) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!best || depth < bestDepth || first) {
      best = form;
      bestDepth = depth;
    }
  }
  return best;
}

function handleEvent(e: Event): void {
  const event = e as PrincipleFeedbackEvent;
  const detail = event.detail;
  if (!detail || typeof detail.principle !== 'string') return;
  // The path is only known while the event is dispatched; the decision waits until every
  // listener has run (dispatchEvent has returned), so a page listener added after ours can
  // still call preventDefault() and handle the feedback itself.
  const path = event.composedPath();
  queueMicrotask(() => {
    if (event.defaultPrevented) return;
    const form = pick(path, detail.formId ?? '');
    if (form) receivers.get(form)?.(detail);
  });
}

/**
 * Makes `form` receive principle feedback: `receive` is called with the detail of each
 * `klar-principle-feedback` meant for it that no page listener cancelled. Call it when the
 * form connects; returns a function to call when it disconnects.
 */
export function acceptPrincipleFeedback(form: Element, receive: Receive): () => void {
  if (!receivers.size && typeof window !== 'undefined') window.addEventListener(PRINCIPLE_FEEDBACK_EVENT, handleEvent);
  receivers.set(form, receive);
  changed();
  return () => {
    if (!receivers.delete(form)) return;
    if (!receivers.size && typeof window !== 'undefined') window.removeEventListener(PRINCIPLE_FEEDBACK_EVENT, handleEvent);
    changed();
  };
}

/** Tells whether a connected form takes principle feedback: the one with id `formId`, or any when empty. */
export function hasFeedbackReceiver(formId = ''): boolean {
  for (const form of receivers.keys()) if (!formId || form.id === formId) return true;
  return false;
}

/** Calls `listener` when a form starts or stops taking principle feedback; returns a function that stops it. */
export function onFeedbackReceiversChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'klar-principle-feedback': PrincipleFeedbackEvent;
  }
}
