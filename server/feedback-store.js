// Durable feedback storage: one JSON object per line in a file, appended and fsync'd before
// the caller may answer 201. Writes go through one queue and are group-committed (every line
// waiting is written in one write() and one fsync()), so concurrent posts never interleave
// and 100 posts at once cost a handful of fsyncs, not 100.
//
// On start the file is read back: a last line without its newline is a write torn by a crash
// (it was never acknowledged, because we fsync before answering), so it is moved aside to
// `<file>.torn-<time>` and cut off with a warning; the client's retry stores it properly.
// The Idempotency-Key of every stored record is remembered, so a retry gets the first answer.
// Every record gets a random link token (`linkToken`): the `id` the API answers, the only value a
// follow-up's `answerTo` links with (a receipt is sequential, so anyone could guess another's).
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * @typedef {object} StoredRecord
 * @property {string} receipt the number the citizen is shown, e.g. "KF-000042"
 * @property {string} [linkToken] 16 random bytes (base64url): the `id` the API returns, which a follow-up sends as
 *   `answerTo` to be linked to this record (FeedbackStore.byLink). A record stored before there were tokens has none
 *   and cannot be linked to.
 * @property {string} receivedAt when the server accepted it (UTC ISO)
 * @property {string} [idempotencyKey]
 * @property {string} fingerprint sha256 of the content (without clientTimestamp)
 * @property {'json' | 'form'} source how it arrived
 * @property {string} [linksTo] the receipt of the answer this one follows up (a comment after a one-click Ja/Nej)
 * @property {string} [carries] the Idempotency-Key of a one-click answer this message carries (its `answerKey`) that
 *   the store did not hold when the message came: the answer's own request, arriving later, is a replay of this record
 * @property {Record<string, any>} feedback the payload as validated against schema/feedback.schema.json
 */

/**
 * @typedef {{ status: 'created' | 'replayed', record: StoredRecord } | { status: 'conflict', record: StoredRecord }} AppendResult
 */

/**
 * Serialises a value with sorted keys, so the same content always gives the same fingerprint.
 * @param {unknown} v
 * @returns {string}
 */
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(/** @type {Record<string, unknown>} */ (v)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Returns the fingerprint of a payload's content. The time the citizen pressed send is left
 * out: the form keeps its Idempotency-Key when nothing but that time changed.
 * @param {Record<string, unknown>} payload
 */
export function fingerprintOf(payload) {
  const { clientTimestamp: _t, ...rest } = payload;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

/**
 * The fingerprint of the one-click answer a message carries (its `answerKey`, FeedbackStore.append
 * `carries`): that answer's own request, as the form builds it (a quick message of the Ja/Nej alone,
 * with the page, language, version, case and step the message has), is the only content its key
 * replays the message for. Made from the message as stored, so a record read back on start gives
 * the same.
 * @param {Record<string, any>} feedback the carrying message, as stored
 */
export function carriedFingerprintOf(feedback) {
  /** @type {Record<string, unknown>} */
  const answer = { mode: 'quick', answers: { helped: feedback.answers?.helped }, pageUrl: feedback.pageUrl, lang: feedback.lang, version: feedback.version };
  for (const k of ['caseReference', 'step']) if (feedback[k] !== undefined) answer[k] = feedback[k];
  return fingerprintOf(answer);
}

/** @param {number} n */
const receiptFor = (n) => `KF-${String(n).padStart(6, '0')}`;

export class FeedbackStore {
  /**
   * @param {{ file: string, log?: Pick<Console, 'warn' | 'info'> }} opts
   */
  constructor({ file, log = console }) {
    this.file = file;
    this.log = log;
    /** @type {StoredRecord[]} */
    this.records = [];
    /**
     * Idempotency-Key → the record stored under it, the content it stands for and how it came
     * (`source`: a post replays it only with that content, the same way); `carried`: the message that
     * carries the one-click answer sent under it (StoredRecord `carries`), which only that answer's
     * own JSON request replays (carriedFingerprintOf).
     * @type {Map<string, { fingerprint: string, source: 'json' | 'form', carried?: boolean, result: Promise<StoredRecord> }>}
     */
    this.byKey = new Map();
    /** @type {Map<string, StoredRecord>} */
    this.byReceipt = new Map();
    /** Link token → the record it links to (StoredRecord `linkToken`). @type {Map<string, StoredRecord>} */
    this.byToken = new Map();
    /** Receipt → the receipts of the records that follow it up. @type {Map<string, string[]>} */
    this.links = new Map();
    this.lastSeq = 0;
    /** Bytes of the file that hold complete lines. */
    this.size = 0;
    /** @type {import('node:fs/promises').FileHandle | undefined} */
    this.fh = undefined;
    /** @type {Array<{ record: StoredRecord, line: string, resolve: (r: StoredRecord) => void, reject: (e: unknown) => void }>} */
    this.pending = [];
    this.flushing = false;
    /** Warnings met while reading the file on start (also logged). */
    /** @type {string[]} */
    this.warnings = [];
  }

  /** Reads the file (recovering a torn last line) and opens it for writing at its end. */
  async open() {
    // Citizens' messages and contact details: the folder and files the server makes are its own only.
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    /** @type {Buffer} */
    let buf;
    let created = false;
    try {
      buf = await readFile(this.file);
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
      buf = Buffer.alloc(0);
      created = true;
    }
    let end = buf.lastIndexOf(0x0a) + 1; // bytes up to and including the last newline
    if (end < buf.length) {
      const torn = buf.subarray(end);
      const aside = `${this.file}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await writeFile(aside, torn, { flush: true, mode: 0o600 });
      this.warn(
        `${path.basename(this.file)}: the last line (${torn.length} bytes) was cut off by a crash before it was acknowledged; ` +
          `moved it to ${path.basename(aside)} and skipped it`,
      );
    }
    const text = buf.subarray(0, end).toString('utf8');
    let lineNo = 0;
    for (const line of text.split('\n')) {
      lineNo++;
      if (!line.trim()) continue;
      let rec;
      try {
        rec = JSON.parse(line);
      } catch {
        this.warn(`${path.basename(this.file)}:${lineNo}: not valid JSON; skipped`);
        continue;
      }
      // (A number, string or list parsed from a line has no receipt either.)
      if (!rec || typeof rec.receipt !== 'string' || !rec.feedback) {
        this.warn(`${path.basename(this.file)}:${lineNo}: not a feedback record; skipped`);
        continue;
      }
      this.remember(rec);
    }
    // Written at the position the store keeps, also in a file it creates ('wx+', not 'a+': appending
    // ignores the position, so after a half line that could not be cut off the next record landed
    // behind it, was acknowledged, and was lost on restart).
    this.fh = await open(this.file, created ? 'wx+' : 'r+', 0o600);
    if (end < buf.length) {
      await this.fh.truncate(end);
      await this.fh.sync();
    }
    this.size = end;
    if (created) await syncDir(path.dirname(this.file));
    return this;
  }

  /** @param {string} msg */
  warn(msg) {
    this.warnings.push(msg);
    this.log.warn(`klar-server: warning: ${msg}`);
  }

  /** @param {StoredRecord} rec */
  remember(rec) {
    this.add(rec);
    const n = Number(/^KF-(\d+)$/.exec(rec.receipt)?.[1]);
    if (Number.isFinite(n)) this.lastSeq = Math.max(this.lastSeq, n);
    if (rec.idempotencyKey && !this.byKey.has(rec.idempotencyKey)) {
      this.byKey.set(rec.idempotencyKey, { fingerprint: rec.fingerprint, source: rec.source === 'form' ? 'form' : 'json', result: Promise.resolve(rec) });
    }
    if (rec.carries && !this.byKey.has(rec.carries)) this.byKey.set(rec.carries, { fingerprint: carriedFingerprintOf(rec.feedback), source: 'json', carried: true, result: Promise.resolve(rec) });
  }

  /**
   * Adds a stored record to the in-memory indexes.
   * @param {StoredRecord} rec
   */
  add(rec) {
    this.records.push(rec);
    this.byReceipt.set(rec.receipt, rec);
    if (typeof rec.linkToken === 'string' && rec.linkToken) this.byToken.set(rec.linkToken, rec);
    if (rec.linksTo) this.links.set(rec.linksTo, [...(this.links.get(rec.linksTo) ?? []), rec.receipt]);
  }

  /**
   * Returns the stored record with this receipt number, if any.
   * @param {string} receipt
   */
  get(receipt) {
    return this.byReceipt.get(receipt);
  }

  /**
   * Returns the record stored under this Idempotency-Key (once it is on disk, if it is being
   * written), or the message that carries the one-click answer sent under it, or undefined.
   * @param {string} key
   */
  async withKey(key) {
    return this.byKey.get(key)?.result.catch(() => undefined);
  }

  /**
   * Returns the stored record a follow-up may link to with this token (its `answerTo`: the `id` the
   * API returned for the record), if any. A receipt is no token: it links nothing.
   * @param {string} token
   */
  byLink(token) {
    return this.byToken.get(token);
  }

  /**
   * Returns the records that follow up the one with this receipt (e.g. the comment written
   * after a one-click answer), oldest first.
   * @param {string} receipt
   */
  followUps(receipt) {
    return (this.links.get(receipt) ?? []).map((r) => /** @type {StoredRecord} */ (this.byReceipt.get(r)));
  }

  /**
   * Stores one validated payload, once per Idempotency-Key. Resolves after the line is on disk
   * (fsync'd). A second call with the same key gets the first record back ('replayed'), also
   * while the first is still being written; with the same key but other content, or the same
   * content sent the other way (a JSON post under a no-JavaScript page's token, or a form post under
   * a JSON post's key: never the same citizen's retry), 'conflict'.
   * `fingerprint` is the content the key stands for when what is stored was made from it with what
   * the store held at the time (a link the server made): a retry is then the same content.
   * `carries` is the key of a one-click answer this message carries and the store does not hold:
   * that answer's own request, when it comes after all (it was slow, not lost), gets this record
   * back ('replayed'), so the citizen's Ja/Nej is stored and counted once; only that answer's content
   * (carriedFingerprintOf), sent as JSON: anything else under that key is a conflict (a key in a
   * cached page's HTML claimed first swallowed the next citizen's message, who was thanked with the
   * claimant's receipt).
   * @param {Record<string, any>} feedback
   * @param {{ idempotencyKey?: string, source?: 'json' | 'form', fingerprint?: string, carries?: string }} [opts]
   * @returns {Promise<AppendResult>}
   */
  async append(feedback, opts = {}) {
    if (!this.fh) throw new Error('FeedbackStore is not open');
    const fingerprint = opts.fingerprint ?? fingerprintOf(feedback);
    const source = opts.source ?? 'json';
    const key = opts.idempotencyKey;
    // Stryker disable next-line ConditionalExpression: equivalent; nothing is ever kept under no key (the set below and remember() ask for one), so the look-up finds nothing then.
    if (key) {
      const seen = this.byKey.get(key);
      if (seen) {
        const record = await seen.result;
        return { status: seen.fingerprint === fingerprint && seen.source === source ? 'replayed' : 'conflict', record };
      }
    }
    /** @type {StoredRecord} */
    const record = {
      receipt: receiptFor(++this.lastSeq),
      linkToken: randomBytes(16).toString('base64url'),
      receivedAt: new Date().toISOString(),
      ...(key ? { idempotencyKey: key } : {}),
      fingerprint,
      source,
      ...(typeof feedback.answerTo === 'string' ? { linksTo: feedback.answerTo } : {}),
      ...(opts.carries ? { carries: opts.carries } : {}),
      feedback,
    };
    const result = new Promise((resolve, reject) => {
      this.pending.push({ record, line: `${JSON.stringify(record)}\n`, resolve, reject });
    });
    // Stryker disable next-line ConditionalExpression: equivalent; an entry kept under no key is never read (the look-up above and the clean-up below ask for a key).
    if (key) this.byKey.set(key, { fingerprint, source, result: /** @type {Promise<StoredRecord>} */ (result) });
    const carried = opts.carries && !this.byKey.has(opts.carries) ? opts.carries : undefined;
    if (carried) this.byKey.set(carried, { fingerprint: carriedFingerprintOf(feedback), source: 'json', carried: true, result: /** @type {Promise<StoredRecord>} */ (result) });
    void this.flush();
    try {
      await result;
    } catch (e) {
      // Not stored: forget the key so the client's retry can try again.
      // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: equivalent; every other call with this key awaits this one's result instead of keeping its own, so the entry is still this call's, and with no key there is none.
      if (key && this.byKey.get(key)?.result === result) this.byKey.delete(key);
      if (carried && this.byKey.get(carried)?.result === result) this.byKey.delete(carried);
      throw e;
    }
    return { status: 'created', record };
  }

  /** Writes everything waiting in one write and one fsync, until nothing waits. */
  async flush() {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, this.pending.length);
        const data = Buffer.from(batch.map((b) => b.line).join(''));
        const fh = /** @type {import('node:fs/promises').FileHandle} */ (this.fh);
        try {
          let written = 0;
          while (written < data.length) {
            const { bytesWritten } = await fh.write(data, written, data.length - written, this.size + written);
            written += bytesWritten;
          }
          await fh.sync();
          this.size += data.length;
          for (const b of batch) {
            this.add(b.record);
            b.resolve(b.record);
          }
        } catch (e) {
          // Cut off whatever part of the batch reached the file, so the next write starts on a line.
          await fh.truncate(this.size).catch(() => {});
          for (const b of batch) b.reject(e);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Waits for queued writes and closes the file. */
  async close() {
    while (this.flushing || this.pending.length) await new Promise((r) => setTimeout(r, 5));
    await this.fh?.close();
    this.fh = undefined;
  }
}

/**
 * fsyncs a directory so a newly created file's name survives a crash (no-op where unsupported).
 * @param {string} dir
 */
async function syncDir(dir) {
  try {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    /* Windows cannot open directories; the file's own fsync is the best we can do there. */
  }
}
