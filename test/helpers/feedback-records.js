// Generated feedback records, written straight to a feedback.jsonl as the store writes them,
// for the insights tests and `npm run bench`: many records, over many weeks, with known
// principles, pages, steps and comments. Deterministic (a fixed-seed generator).
import { writeFileSync } from 'node:fs';

const PRINCIPLES = ['oejenhoejde', 'klar-tale', 'tydelige-forventninger', 'ydmyghed', 'haand-om-fejl', 'professionalisme', 'sammenhaeng', 'udvikling', 'ressourcer-med-omtanke'];
const PAGES = ['/min-sag', '/byggesag', '/parkering', '/affald', '/boligstoette'];
const STEPS = ['modtaget', 'behandles', 'afgjort'];

/**
 * A stored record as FeedbackStore writes it.
 * @param {number} seq receipt number
 * @param {string} receivedAt ISO time
 * @param {Record<string, any>} feedback
 */
export function storedRecord(seq, receivedAt, feedback) {
  return {
    receipt: `KF-${String(seq).padStart(6, '0')}`,
    receivedAt,
    fingerprint: `f${seq}`,
    source: 'json',
    feedback: { pageUrl: 'http://127.0.0.1/min-sag', lang: 'da', version: '0.1.0', clientTimestamp: receivedAt, ...feedback },
  };
}

/**
 * Writes `n` generated records, one a line, spread evenly over `days` days up to `end`.
 * @param {string} file
 * @param {number} n
 * @param {{ days?: number, end?: Date }} [opts]
 */
export function writeGeneratedFeedback(file, n, { days = 365, end = new Date() } = {}) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (/** @type {string[]} */ a) => a[Math.floor(rand() * a.length)];
  const span = days * 86_400_000;
  const lines = [];
  for (let i = 1; i <= n; i++) {
    const at = new Date(end.getTime() - span + (span * i) / n).toISOString();
    const helped = rand() < 0.7 ? 'yes' : 'no';
    const comment = rand() < 0.3 ? `Kommentar nummer ${i}: ${helped === 'yes' ? 'tak, det var tydeligt' : 'jeg forstod ikke, hvad der sker nu'}.` : undefined;
    lines.push(
      JSON.stringify(
        storedRecord(i, at, {
          mode: 'quick',
          answers: { helped, ...(comment ? { comment } : {}) },
          principle: pick(PRINCIPLES),
          pageUrl: `http://127.0.0.1${pick(PAGES)}`,
          step: pick(STEPS),
        }),
      ),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
