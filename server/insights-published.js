// "Du sagde – vi gjorde": what the municipality changed because of what citizens said, written
// by staff and shown on the public insights page. One JSON object per line in its own file
// (published.jsonl beside feedback.jsonl), each fsync'd before staff are told it is published.
// A last line torn by a crash was never confirmed, so it is cut off on start with a warning.
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
 */

/** The longest text staff may publish in one field. */
export const MAX_PUBLISHED_CHARS = 2000;

export class PublishedLog {
  /** @param {{ file: string, log?: Pick<Console, 'warn'> }} opts */
  constructor({ file, log = console }) {
    this.file = file;
    this.log = log;
    /** @type {PublishedEntry[]} */
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
    await mkdir(path.dirname(this.file), { recursive: true });
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
      } catch {
        this.log.warn(`klar-server: warning: ${path.basename(this.file)}: a line that is not JSON was skipped`);
      }
    }
    this.size = end;
    this.fh = await open(this.file, 'a');
    if (created) {
      // The new file's name must survive a crash too: fsync its folder (not possible on Windows).
      const dir = await open(path.dirname(this.file), 'r').catch(() => undefined);
      await dir?.sync().catch(() => {});
      await dir?.close();
    }
    return this;
  }

  /**
   * Stores an entry; resolves once it is on disk.
   * @param {{ said: string, did: string, principle?: string }} input
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
    };
    const write = this.queue.then(async () => {
      const fh = /** @type {import('node:fs/promises').FileHandle} */ (this.fh);
      const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
      try {
        await fh.write(line);
        await fh.sync();
      } catch (e) {
        // Cut off whatever part reached the file, so the next entry starts on its own line.
        await truncate(this.file, this.size).catch(() => {});
        throw e;
      }
      this.size += line.length;
      this.entries.push(entry);
      return entry;
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
