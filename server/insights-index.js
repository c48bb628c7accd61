// The in-memory index behind the insights pages: one small row per stored feedback record and
// running totals, kept up to date by reading only the records appended since the last look
// (the store reads feedback.jsonl once at start). The public page renders from the totals
// alone; the staff view filters the rows, which is a quick pass over plain objects, and masks
// only the texts it shows, once each.
import { detector, maskPii } from './pii.js';

/** The citizen's free-text answers, with the labels staff see. */
export const TEXT_FIELDS = /** @type {const} */ ([
  ['comment', 'Kommentar'],
  ['worked', 'Det virkede godt'],
  ['improve', 'Det kan gøres bedre'],
  ['whatWentWrong', 'Det gik galt'],
  ['where', 'Hvor'],
]);

/**
 * @typedef {object} Row
 * @property {number} n the record's place in the store
 * @property {string} day the day it arrived, in Danish time (YYYY-MM-DD)
 * @property {string} week the Monday of that week (YYYY-MM-DD)
 * @property {string} mode
 * @property {string} principle '' when none; a slug of the nine principles as sent, one of another set
 *   as "set/slug" (principleOf), so it is never counted as the built-in principle of that name
 * @property {string} page the path of the page the form was on
 * @property {string} step the case step the citizen was at, '' when unknown
 * @property {string} helped 'yes', 'no' or ''
 * @property {number} rating 1–5, 0 when none
 * @property {boolean} text whether the citizen wrote something (here or in a follow-up)
 * @property {number} wants the record number of the message that asked for an answer with a way to give it
 *   (`answers.wantsAnswer` and `contact`; here or in a follow-up), -1 when none: the first that asked,
 *   never replaced by a later follow-up's
 * @property {number[]} [follows] the record numbers of follow-ups (a comment or a full message sent after a one-click answer)
 */

/**
 * @typedef {object} Counts
 * @property {number} total
 * @property {Record<string, number>} modes
 * @property {Record<string, number>} helped
 * @property {Record<string, number>} ratings
 * @property {Record<string, number>} principles
 * @property {Map<string, { total: number, yes: number, no: number }>} weeks by Monday
 * @property {number} texts records with free text
 * @property {number} wants answers that asked for an answer (with an e-mail or phone)
 * @property {string} first the first day (Danish time, YYYY-MM-DD) with an answer, '' when none
 */

/** @typedef {{ from?: string, to?: string, principle?: string, page?: string, step?: string, wants?: boolean }} Filter */

/** @returns {Counts} */
export function emptyCounts() {
  return { total: 0, modes: {}, helped: {}, ratings: {}, principles: {}, weeks: new Map(), texts: 0, wants: 0, first: '' };
}

/**
 * The principle a message names, as the index keeps it: the slug when it is of the nine
 * principles' set (no principleSet, or the built-in one), else "set/slug" (a "/" is in no slug).
 * @param {Record<string, any>} f the feedback
 */
export function principleOf(f) {
  if (typeof f.principle !== 'string' || !f.principle) return '';
  const set = f.principleSet;
  return typeof set === 'string' && set && set !== detector.BUILT_IN_SET ? `${set}/${f.principle}` : f.principle;
}

/** Whether a message asked for an answer and gave a way to give it. @param {Record<string, any>} f the feedback */
const asksAnswer = (f) => f.answers?.wantsAnswer === true && !!f.contact && typeof f.contact === 'object';

/**
 * Adds one row to counts (or, with `by` = -1, takes it out again).
 * @param {Counts} c
 * @param {Row} r
 * @param {1 | -1} [by]
 */
export function count(c, r, by = 1) {
  c.total += by;
  // A count a follow-up moved to 0 goes: no "Hurtigt svar 0" for the citizen whose answer became an assessment.
  const inc = (/** @type {Record<string, number>} */ o, /** @type {string | number} */ k) => {
    const n = (o[k] ?? 0) + by;
    if (n) o[k] = n;
    else delete o[k];
  };
  if (r.mode) inc(c.modes, r.mode);
  if (r.helped) inc(c.helped, r.helped);
  if (r.rating) inc(c.ratings, r.rating);
  if (r.principle) inc(c.principles, r.principle);
  if (r.text) c.texts += by;
  if (r.wants >= 0) c.wants += by;
  // Rows are never taken out for good (a follow-up takes its answer out and puts it back on the same day).
  if (by > 0 && r.day && (!c.first || r.day < c.first)) c.first = r.day;
  let w = c.weeks.get(r.week);
  if (!w) c.weeks.set(r.week, (w = { total: 0, yes: 0, no: 0 }));
  w.total += by;
  if (r.helped === 'yes') w.yes += by;
  if (r.helped === 'no') w.no += by;
}

/** @param {Record<string, any>} answers */
const hasText = (answers) => TEXT_FIELDS.some(([k]) => typeof answers[k] === 'string' && answers[k].trim() !== '');

/** The rating 1–5 in the answers, 0 when none. @param {Record<string, any>} answers */
const ratingOf = (answers) => {
  const r = Number(answers.rating?.value);
  return r >= 1 && r <= 5 ? r : 0;
};

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Returns the Monday (YYYY-MM-DD) of the week a day is in.
 * @param {string} day YYYY-MM-DD
 */
export function mondayOf(day) {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

export class InsightsIndex {
  /** @param {{ records: import('./feedback-store.js').StoredRecord[] }} store */
  constructor(store) {
    this.store = store;
    /** How many of the store's records are indexed. */
    this.seen = 0;
    /** @type {Row[]} */
    this.rows = [];
    this.totals = emptyCounts();
    /** @type {Map<string, number>} */
    this.pages = new Map();
    /** @type {Map<string, number>} */
    this.steps = new Map();
    /** Memos: the hour a record arrived → its day, a day → its Monday, a URL → its path. */
    /** @type {Map<string, string>} */
    this.dayOfHour = new Map();
    /** @type {Map<string, string>} */
    this.mondays = new Map();
    /** @type {Map<string, string>} */
    this.paths = new Map();
    /** The row of each answer, by receipt, so a follow-up finds the answer it belongs to. */
    /** @type {Map<string, Row>} */
    this.byReceipt = new Map();
    /** Masked texts, by record number. */
    /** @type {Map<number, Array<[string, string]>>} */
    this.masked = new Map();
  }

  /** Indexes the records appended to the store since the last call. */
  update() {
    const records = this.store.records;
    for (; this.seen < records.length; this.seen++) {
      const rec = records[this.seen];
      const to = rec.linksTo ?? rec.feedback?.answerTo;
      const answer = typeof to === 'string' ? this.byReceipt.get(to) : undefined;
      if (answer) {
        this.followUp(answer, rec, this.seen);
        continue;
      }
      const row = this.rowOf(rec, this.seen);
      this.rows.push(row);
      this.byReceipt.set(rec.receipt, row);
      count(this.totals, row);
      if (row.page) this.pages.set(row.page, (this.pages.get(row.page) ?? 0) + 1);
      if (row.step) this.steps.set(row.step, (this.steps.get(row.step) ?? 0) + 1);
    }
    return this;
  }

  /**
   * Joins a follow-up to the answer it follows (a comment after a one-click Ja/Nej): the answer
   * is counted once, with the follow-up's text, with its Ja/Nej when the citizen changed it, and
   * with the principle and rating it gives (a full message opened after the click). A full or
   * report follow-up makes it that kind of message: the citizen's one answer is an assessment or
   * a report with its Ja/Nej, not a quick answer (it was counted under "quick").
   * @param {Row} row
   * @param {import('./feedback-store.js').StoredRecord} rec
   * @param {number} n
   */
  followUp(row, rec, n) {
    (row.follows ??= []).push(n);
    this.masked.delete(row.n);
    const f = rec.feedback ?? {};
    const a = f.answers ?? {};
    const helped = a.helped === 'yes' || a.helped === 'no' ? a.helped : row.helped;
    const text = row.text || hasText(a);
    const principle = principleOf(f) || row.principle;
    const rating = ratingOf(a) || row.rating;
    const mode = f.mode === 'full' || f.mode === 'report' ? f.mode : row.mode;
    // The first contact given stays the one to answer at, never replaced by a later follow-up's
    // (its record keeps it; staff wrote to whoever sent the last one).
    const wants = row.wants >= 0 ? row.wants : asksAnswer(f) ? n : -1;
    if (helped === row.helped && text === row.text && principle === row.principle && rating === row.rating && mode === row.mode && wants === row.wants) return;
    count(this.totals, row, -1);
    Object.assign(row, { helped, text, principle, rating, mode, wants });
    count(this.totals, row);
  }

  /**
   * @param {import('./feedback-store.js').StoredRecord} rec
   * @param {number} n
   * @returns {Row}
   */
  rowOf(rec, n) {
    const f = rec.feedback ?? {};
    const a = f.answers ?? {};
    const day = this.dayOf(String(rec.receivedAt ?? ''));
    let week = this.mondays.get(day);
    if (week === undefined) this.mondays.set(day, (week = DAY.test(day) ? mondayOf(day) : ''));
    return {
      n,
      day,
      week,
      mode: typeof f.mode === 'string' ? f.mode : '',
      principle: principleOf(f),
      page: this.pathOf(f.pageUrl),
      step: String(f.step ?? f.caseStep ?? ''),
      helped: a.helped === 'yes' || a.helped === 'no' ? a.helped : '',
      rating: ratingOf(a),
      text: hasText(a),
      wants: asksAnswer(f) ? n : -1,
    };
  }

  /** @param {string} receivedAt ISO time */
  dayOf(receivedAt) {
    const hour = receivedAt.slice(0, 13);
    let day = this.dayOfHour.get(hour);
    if (day === undefined) {
      const t = Date.parse(receivedAt);
      day = Number.isNaN(t) ? '' : dayFormat.format(t);
      this.dayOfHour.set(hour, day);
    }
    return day;
  }

  /** @param {unknown} url */
  pathOf(url) {
    if (typeof url !== 'string' || !url) return '';
    let p = this.paths.get(url);
    if (p === undefined) {
      try {
        p = new URL(url, 'http://x.invalid').pathname;
      } catch {
        p = '';
      }
      if (this.paths.size < 100_000) this.paths.set(url, p);
    }
    return p;
  }

  /**
   * The rows that pass a filter, oldest first.
   * @param {Filter} f
   */
  filter(f) {
    if (!f.from && !f.to && !f.principle && !f.page && !f.step && !f.wants) return this.rows;
    return this.rows.filter(
      (r) =>
        (!f.from || r.day >= f.from) &&
        (!f.to || r.day <= f.to) &&
        (!f.principle || r.principle === f.principle) &&
        (!f.page || r.page === f.page) &&
        (!f.step || r.step === f.step) &&
        (!f.wants || r.wants >= 0),
    );
  }

  /**
   * Counts rows.
   * @param {Row[]} rows
   */
  countsOf(rows) {
    if (rows === this.rows) return this.totals;
    const c = emptyCounts();
    for (const r of rows) count(c, r);
    return c;
  }

  /** The stored record behind a row. @param {Row} row */
  record(row) {
    return this.store.records[row.n];
  }

  /**
   * Every receipt number behind a row, its follow-ups' too: the citizen was shown the last one
   * (the comment after a one-click answer), and staff must find the row by it.
   * @param {Row} row
   */
  receipts(row) {
    return [row.n, ...(row.follows ?? [])].map((n) => this.store.records[n].receipt);
  }

  /**
   * An answer's free texts, its follow-ups' included, with CPR numbers, e-mail addresses and
   * phone numbers masked.
   * @param {Row} row
   * @returns {Array<[string, string]>} [field, masked text]
   */
  texts(row) {
    let t = this.masked.get(row.n);
    if (!t) {
      /** @type {Array<[string, string]>} */
      const out = [];
      for (const n of [row.n, ...(row.follows ?? [])]) {
        const a = this.store.records[n]?.feedback?.answers ?? {};
        for (const [k] of TEXT_FIELDS) if (typeof a[k] === 'string') out.push([k, maskPii(a[k])]);
      }
      this.masked.set(row.n, (t = out));
    }
    return t;
  }
}
