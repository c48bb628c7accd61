import { fetchTextWithRetry, HttpError, RefusedResponse, type RequestOptions } from '../core/http.js';
import { redactCpr, redactCprDeep } from '../core/pii.js';
import { contentFingerprint } from './feedback-payload.js';
import type { FeedbackFieldError, FeedbackPayload } from './feedback-form.types.js';
import { uuid } from './uuid.js';
import { warnOnce } from '../core/warn.js';

export { uuid };

export type SubmitResult =
  /** `receipt`: the number to show (`receipt`, else `id`); `id`: the value a follow-up links with as `answerTo` (`id`, else `receipt`). */
  | { ok: true; status: number; receipt?: string; id?: string }
  | { ok: false; reason: 'invalid'; status: number; errors: FeedbackFieldError[] }
  | { ok: false; reason: 'network' | 'timeout' | 'http' | 'aborted'; status?: number };

/** Reads `{ errors: [{ field, message }] }`, keeping only well-formed, short, CPR-free entries. */
async function readFieldErrors(res: Response | undefined): Promise<FeedbackFieldError[]> {
  if (!res) return [];
  try {
    const body = (await res.json()) as { errors?: unknown };
    if (!Array.isArray(body?.errors)) return [];
    return body.errors
      .filter((e): e is { field?: unknown; message: string } => !!e && typeof (e as { message?: unknown }).message === 'string')
      .slice(0, 20)
      .map((e) => ({
        field: typeof e.field === 'string' ? e.field.slice(0, 100) : '',
        message: redactCpr(e.message.slice(0, 500), ''),
      }));
  } catch {
    return [];
  }
}

/** A send that may be in flight: its Idempotency-Key and a CPR-free fingerprint of its content, as a draft keeps it. */
export interface InFlight {
  key: string;
  fp: string;
  /** The key of the one-click answer it carries (`answerKey`), so its retries carry it too. */
  answer?: string;
}

/**
 * Returns a short, CPR-free fingerprint of a payload's content (the time left out), for the
 * draft: it tells whether restored content is what was in flight, without holding the text twice.
 */
export function draftFingerprint(payload: FeedbackPayload): string {
  return hash53(contentFingerprint(redactCprDeep(payload, ''))).toString(36);
}

/**
 * The Idempotency-Key of a draft's content: the draft's id (a UUID, DraftData `id`) with its last
 * 48 bits replaced by a hash of the whole id and the content, the time left out. A tab opened from
 * this one starts with a copy of the draft, id included: the same words sent from both tabs go
 * under one key and are stored once, with one receipt; words changed in either get a key of their
 * own and are stored too. Still a well-formed UUID. The id's last 48 bits are in the hash and not
 * in the key, so a key does not tell which of a few guessable contents (a rating alone) was sent.
 */
export function draftKey(id: string, payload: FeedbackPayload): string {
  return id.slice(0, 24) + (hash53(id + contentFingerprint(payload)) % 2 ** 48).toString(16).padStart(12, '0');
}

/** cyrb53 (public domain): a 53-bit hash of `s`, plenty to tell two drafts apart. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Sends feedback payloads: JSON POST with an Idempotency-Key that stays the same for every
 * retry of the same content (so a server that stored a request whose answer was lost does
 * not store it twice) and changes when the content changes. Timeouts, backoff with jitter,
 * Retry-After and waiting for the network come from core/http.
 */
export class FeedbackSubmitter {
  #fingerprint?: string;
  #key?: string;
  #resumed?: InFlight;

  /**
   * Returns the Idempotency-Key for this content: the previous one when nothing but the time
   * changed, or the one of a send a reload interrupted (see `resume`) when the content is that one;
   * else, with the id of the draft it was written in, `draftKey` (a copy of the draft in another
   * tab sends the same words under the same key), or a random one.
   */
  keyFor(payload: FeedbackPayload, draft?: string): string {
    const fp = contentFingerprint(payload);
    const resumed = this.#resumed;
    this.#resumed = undefined;
    if (resumed && !this.#key && resumed.fp === draftFingerprint(payload)) {
      this.#fingerprint = fp;
      this.#key = resumed.key;
    }
    if (fp !== this.#fingerprint || !this.#key) {
      this.#fingerprint = fp;
      this.#key = draft ? draftKey(draft, payload) : uuid();
    }
    return this.#key;
  }

  /** Takes over the key of a send that was in flight when the page was reloaded (from the draft). */
  resume(inFlight: InFlight): void {
    this.#resumed = inFlight;
  }

  /** Forgets the key, so the next message gets a new one (after a message was delivered). */
  reset(): void {
    this.#fingerprint = undefined;
    this.#key = undefined;
    this.#resumed = undefined;
  }

  /**
   * POSTs `payload` to `action`; resolves with what happened, never rejects. 201, 202 and 204
   * say the POST was taken; any other 2xx is a delivery only when it came straight from `action`
   * and is not a page: a CMS catch-all or a login page answers 200 with HTML, and a redirect that
   * turned the POST into a GET (301, 302, 303) ends on a page that stored nothing.
   */
  async send(action: string, payload: FeedbackPayload, key: string, opts: RequestOptions, keepalive?: boolean): Promise<SubmitResult> {
    // The citizen is told in plain words, with no HTTP code; the integrator learns here, once per
    // action and kind of failure, what the endpoint did (never what was sent), as <klar-case>
    // says what its `src` answered. A send that was aborted (reset) is no failure.
    const failed = (result: SubmitResult, why: string): SubmitResult => {
      warnOnce(`klar-feedback-form: could not send feedback to ${action.slice(0, 120)}: ${why}`);
      return result;
    };
    const page = (status: number, how: string): SubmitResult =>
      failed({ ok: false, reason: 'http', status }, `HTTP ${status} ${how} a page, not the endpoint's receipt (a CMS catch-all, a login page?); nothing was stored.`);
    try {
      const { response: res, text } = await fetchTextWithRetry(
        action,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(payload),
          // No cookies: feedback is anonymous unless the citizen writes how to reach them.
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          // Outlives the page: the last try when the page goes away (sendOnLeave, feedback-send.ts).
          keepalive,
        },
        // A receipt is a few bytes; a larger answer is a page, not read to its end.
        { ...opts, maxBytes: 65_536 },
      );
      const body = text.trim();
      const isPage = !!body && (body[0] === '<' || /html/i.test(res.headers.get('Content-Type') ?? ''));
      if (![201, 202, 204].includes(res.status) && (isPage || res.redirected)) return page(res.status, res.redirected ? 'after a redirect (a POST turned into a GET) is' : 'is');
      let receipt: string | undefined;
      let id: string | undefined;
      try {
        const json = JSON.parse(body) as { receipt?: unknown; id?: unknown };
        const text = (v: unknown, shown?: boolean): string | undefined =>
          typeof v === 'string' || typeof v === 'number' ? (shown ? redactCpr(String(v), '') : String(v)).slice(0, 100) || undefined : undefined;
        // Two values from the reference server: the receipt is for people (sequential), the id an
        // unguessable token a follow-up links with. A server that answers one of them: it is both.
        // The receipt is shown, so a CPR-like number in it is not; the id goes back to the server
        // as it came (a ten-digit id such as 2512011234 reads as a CPR number, and would link nothing).
        receipt = text(json?.receipt ?? json?.id, true);
        id = text(json?.id ?? json?.receipt);
      } catch {
        /* an empty or non-JSON answer is still a delivery, without a receipt */
      }
      return { ok: true, status: res.status, receipt, id };
    } catch (e) {
      // A page too large to be a receipt.
      if (e instanceof RefusedResponse) return page(e.status!, 'over 64 KB is');
      if (!(e instanceof HttpError)) return failed({ ok: false, reason: 'network' }, String(e));
      if (e.reason === 'http' && (e.status === 400 || e.status === 422)) {
        const errors = await readFieldErrors((e as HttpError & { response?: Response }).response);
        return failed({ ok: false, reason: 'invalid', status: e.status, errors }, `${e.message}: it refused the message's content (the citizen sees its field errors).`);
      }
      const result: SubmitResult = { ok: false, reason: e.reason, status: e.status };
      if (e.reason === 'aborted') return result;
      // fetch gives the page no more than "Failed to fetch" when the host is unknown or down, or its CORS answer or the page's CSP blocked the request.
      return failed(result, e.reason === 'network' ? `no answer (${e.message}): is the host right and up, does it allow this origin (CORS), and does the page's CSP connect-src allow it?` : `${e.message}.`);
    }
  }
}
