// "Du sagde – vi gjorde": what the municipality changed because of what citizens said, written
// by staff and shown on the public insights page. One JSON object per line in its own file
// (published.jsonl beside feedback.jsonl), each fsync'd before staff are told it is published.
// A last line torn by a crash was never confirmed, so it is cut off on start with a warning.
// The file is only appended to: an entry staff withdraw gets a line of its own that says so
// ({"withdrawn": id, "at": …}), so the file keeps what was public and when it stopped being.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, truncate } from 'node:fs/promises';
import path from 'node:path';

/**
 * @typedef {object} PublishedEntry
 * @property {string} id
 * @property {string} publishedAt UTC ISO time
 * @property {string} said what citizens told us, in staff's words
 * @property {string} did what we changed
 * @property {string} [principle] the principle it concerns
 * @property {string} [key] what it was published under (the preview's token, else its content):
 *   the same post again while it is public publishes nothing new
 */

/** The longest text staff may publish in one field. */
export const MAX_PUBLISHED_CHARS = 2000;

export class PublishedLog {
  /** @param {{ file: string, log?: Pick<Console, 'warn'> }} opts */
  constructor({ file, log = console }) {
    this.file = file;
    this.log = log;
    /** @type {PublishedEntry[]} the public ones, oldest first */
    this.entries = [];
    /** @type {import('node:fs/promises').FileHandle | undefined} */
    this.fh = undefined;
    /** One write at a time, in order. */
    /** @type {Promise<unknown>} */
    this.queue = Promise.resolve();
    /** Bytes of the file that hold complete lines. */
    this.size = 0;
  }

  async open() {
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    let buf = Buffer.alloc(0);
    let created = false;
    try {
      buf = await readFile(this.file);
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
      created = true;
    }
    const end = buf.lastIndexOf(0x0a) + 1;
    if (end < buf.length) {
      this.log.warn(`klar-server: warning: ${path.basename(this.file)}: the last line was cut off by a crash before it was confirmed; removed it`);
      await truncate(this.file, end);
    }
    for (const line of buf.subarray(0, end).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line);
        if (e && typeof e.said === 'string' && typeof e.did === 'string') this.entries.push(e);
        else if (e && typeof e.withdrawn === 'string') this.entries = this.entries.filter((x) => x.id !== e.withdrawn);
      } catch {
        this.log.warn(`klar-server: warning: ${path.basename(this.file)}: a line that is not JSON was skipped`);
      }
    }
    this.size = end;
    this.fh = await open(this.file, 'a', 0o600);
    if (created) {
      // The new file's name must survive a crash too: fsync its folder (not possible on Windows).
      const dir = await open(path.dirname(this.file), 'r').catch(() => undefined);
      await dir?.sync().catch(() => {});
      await dir?.close();
    }
    return this;
  }

  /**
   * Stores an entry; resolves once it is on disk. An entry still public under the same `key` is
   * the one answered (a second click, a retry): nothing new is written.
   * @param {{ said: string, did: string, principle?: string, key?: string }} input
   * @returns {Promise<PublishedEntry>}
   */
  append(input) {
    /** @type {PublishedEntry} */
    const entry = {
      id: randomUUID(),
      publishedAt: new Date().toISOString(),
      said: input.said,
      did: input.did,
      ...(input.principle ? { principle: input.principle } : {}),
      ...(input.key ? { key: input.key } : {}),
    };
    return this.#write(entry, () => {
      const same = input.key ? this.entries.find((e) => e.key === input.key) : undefined;
      if (same) return same;
      this.entries.push(entry);
      return entry;
    });
  }

  /**
   * Takes a public entry off the page: a line that says so is added (the entry's own line stays,
   * as the record of what was public). Resolves to the entry, or undefined when none is public by that id.
   * @param {string} id
   */
  async withdraw(id) {
    if (!this.entries.some((e) => e.id === id)) return undefined;
    /** @type {PublishedEntry | undefined} */
    let gone;
    await this.#write({ withdrawn: id, at: new Date().toISOString() }, () => {
      gone = this.entries.find((e) => e.id === id);
      this.entries = this.entries.filter((e) => e.id !== id);
      return gone;
    });
    return gone;
  }

  /**
   * Writes one line after those before it, fsynced; `done` runs once it is on disk (not when an
   * earlier line in the queue already did what this one would: it returns that instead).
   * @template T
   * @param {object} record
   * @param {() => T} done
   * @returns {Promise<T>}
   */
  #write(record, done) {
    const write = this.queue.then(async () => {
      if ('key' in record && typeof record.key === 'string' && this.entries.some((e) => e.key === record.key)) return done();
      if ('withdrawn' in record && !this.entries.some((e) => e.id === record.withdrawn)) return done();
      const fh = /** @type {import('node:fs/promises').FileHandle} */ (this.fh);
      const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
      try {
        await fh.write(line);
        await fh.sync();
      } catch (e) {
        // Cut off whatever part reached the file, so the next entry starts on its own line.
        await truncate(this.file, this.size).catch(() => {});
        throw e;
      }
      this.size += line.length;
      return done();
    });
    this.queue = write.catch(() => {});
    return write;
  }

  /** The newest entries first. */
  newest(limit = 20) {
    return this.entries.slice(-limit).reverse();
  }

  async close() {
    await this.queue;
    await this.fh?.close();
    this.fh = undefined;
  }
}
