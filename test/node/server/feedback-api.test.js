// The feedback API's details, each through real HTTP against the real server and read back
// from the records it stored: how a stored file is read on start, what makes two posts "the
// same content", the Idempotency-Key's spellings, the error answers, the no-JavaScript form's
// fields (rating, mode, contact, case, page address) and its thank-you page, and the schema
// being read again when it changes. The main paths are in feedback.test.js.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { fingerprintOf } from '../../../server/feedback-store.js';
import { ANSWER_DAYS, RATING_LABELS, formProblemPage, handleThanks } from '../../../server/feedback-api.js';
import { preferredLang } from '../../../server/http-util.js';
import { ROOT, quickFeedback, quietLog, startTestServer, tempDataDir, useTestServer, withStoredLines } from '../../helpers/reference-server.js';

/** The records in a data file, parsed. @param {string} file */
const records = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** @param {string} url @param {unknown} body @param {Record<string, string>} [headers] */
const post = (url, body, headers = {}) =>
  fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A stored record line, as the server writes them. @param {string} receipt @param {Record<string, unknown>} [over] */
const stored = (receipt, over = {}) =>
  JSON.stringify({ receipt, receivedAt: '2026-01-01T00:00:00.000Z', fingerprint: fingerprintOf(quickFeedback()), source: 'json', feedback: quickFeedback(), ...over });

describe('reading the stored file on start', () => {
  test('lines that are JSON but no feedback record are skipped with a warning naming the line; numbering goes on after the highest receipt', async () => {
    const lines = [stored('KF-000007'), '{"x":1}', 'null', '{"receipt":"KF-000009"}', '{"receipt":9,"feedback":{}}', stored('KF-000003'), stored('import-12')];
    await withStoredLines(lines, async (srv) => {
      assert.deepEqual(
        srv.store.records.map((r) => r.receipt),
        ['KF-000007', 'KF-000003', 'import-12'],
      );
      assert.deepEqual(
        /** @type {string[]} */ (srv.store.warnings).map((w) => w.replace(/^.*feedback\.jsonl:/, '')),
        ['2: not a feedback record; skipped', '3: not a feedback record; skipped', '4: not a feedback record; skipped', '5: not a feedback record; skipped'],
      );
      assert.match(srv.log.lines.warn[0], /^klar-server: warning: feedback\.jsonl:2: not a feedback record/);
      const res = await post(srv.url, quickFeedback());
      assert.equal((await res.json()).receipt, 'KF-000008');
    });
  });

  test('when a key was stored twice, the first record is the one a retry gets back', async () => {
    const other = quickFeedback({ answers: { helped: 'no' } });
    const lines = [stored('KF-000001', { idempotencyKey: 'k' }), stored('KF-000002', { idempotencyKey: 'k', fingerprint: fingerprintOf(other), feedback: other })];
    await withStoredLines(lines, async (srv) => {
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'k' });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('idempotent-replayed'), 'true');
      assert.equal((await res.json()).receipt, 'KF-000001');
    });
  });

  test('an empty line is passed over without a warning', async () => {
    await withStoredLines([stored('KF-000001'), '', '  ', stored('KF-000002')], async (srv) => {
      assert.equal(srv.store.records.length, 2);
      assert.deepEqual(srv.store.warnings, []);
    });
  });
});

describe('storing', () => {
  const srv = useTestServer();
  const last = () => records(srv.dataFile).at(-1);

  test('the same content with its keys in another order is the same content: a retry is replayed, not refused', async () => {
    const key = randomUUID();
    const a = quickFeedback({ answers: { helped: 'yes', comment: 'Rækkefølge' }, clientTimestamp: '2026-01-01T10:00:00Z' });
    const first = await post(srv.url, a, { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    // The same object written with every key in reverse order, at any depth.
    /** @param {unknown} v @returns {unknown} */
    const reversed = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v);
    const again = await post(srv.url, JSON.stringify(reversed({ ...a, clientTimestamp: '2026-01-01T10:00:09Z' })), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
  });

  test('other content under the same key is refused, also when only a nested answer differs', async () => {
    const key = randomUUID();
    assert.equal((await post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'a' } }), { 'Idempotency-Key': key })).status, 201);
    const res = await post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'b' } }), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).error.code, 'idempotency-key-reused');
  });

  test('a message carrying a one-click answer by its key (answerKey) is linked to it when it was stored: the answer stored and counted once; a retry is replayed', async () => {
    // The answer was stored but its response lost: the form sent the comment with the Ja/Nej and the answer's key.
    const answerKey = randomUUID();
    const answer = await (await post(srv.url, quickFeedback({ answers: { helped: 'no' } }), { 'Idempotency-Key': answerKey })).json();
    const key = randomUUID();
    const message = quickFeedback({ answers: { helped: 'no', comment: 'Fristen mangler' }, answerKey });
    const res = await post(srv.url, message, { 'Idempotency-Key': key });
    assert.equal(res.status, 201);
    const rec = last();
    assert.equal(rec.linksTo, answer.receipt);
    assert.equal(rec.feedback.answerTo, answer.receipt);
    assert.deepEqual(rec.feedback.answers, { comment: 'Fristen mangler' }, 'the Ja/Nej stored once');
    assert.equal('answerKey' in rec.feedback, false, 'the key is not stored');
    const again = await post(srv.url, { ...message, clientTimestamp: new Date().toISOString() }, { 'Idempotency-Key': key });
    assert.equal(again.headers.get('idempotent-replayed'), 'true', 'the retry of what was sent is the same content');
    assert.equal((await again.json()).receipt, rec.receipt);
    // A changed Ja/Nej is the citizen's last word: kept, linked. Nothing but the Ja/Nej: kept, linked.
    await post(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'Nu fandt jeg den' }, answerKey }), { 'Idempotency-Key': randomUUID() });
    assert.deepEqual([last().linksTo, last().feedback.answers.helped], [answer.receipt, 'yes']);
    await post(srv.url, quickFeedback({ answers: { helped: 'no' }, principle: undefined, answerKey }), { 'Idempotency-Key': randomUUID() });
    assert.deepEqual([last().linksTo, last().feedback.answers], [answer.receipt, { helped: 'no' }]);
  });

  test('a one-click answer whose own request arrives after the message that carried it (answerKey) is a replay of that message: stored and counted once, also after a restart', async () => {
    // Its request was slow, not lost: the form gave up on it, the message carried its Ja/Nej and its
    // key, and the answer's own request came in after. It was stored as a second record, and the
    // insights counted the citizen's "Nej" twice.
    const dataDir = tempDataDir();
    let srv = await startTestServer({ dataDir, log: quietLog() });
    try {
      /** @param {string} key */
      const answer = (key) => post(srv.url, quickFeedback({ answers: { helped: 'no' }, principle: undefined }), { 'Idempotency-Key': key });
      const summary = async () => (await fetch(`${srv.url}/api/feedback/summary`)).json();
      const answerKey = randomUUID();
      const message = await (await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'Svaret kom for sent' }, answerKey }), { 'Idempotency-Key': randomUUID() })).json();
      const late = await answer(answerKey);
      assert.equal(late.status, 201);
      assert.equal(late.headers.get('idempotent-replayed'), 'true', 'a replay');
      assert.equal((await late.json()).receipt, message.receipt, "the message's receipt: the answer is in it");
      assert.equal(records(path.join(dataDir, 'feedback.jsonl')).length, 1, 'one record');
      assert.deepEqual([(await summary()).total, (await summary()).helped], [1, { no: 1 }], 'counted once');
      // A second message that carries it (sent again under a new key) follows up the first.
      await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'Og en ting mere' }, answerKey }), { 'Idempotency-Key': randomUUID() });
      assert.deepEqual(records(path.join(dataDir, 'feedback.jsonl')).at(-1).linksTo, message.receipt);
      assert.deepEqual([(await summary()).total, (await summary()).helped], [1, { no: 1 }]);
      // After a restart the store knows the key from the file.
      await srv.stop(true);
      srv = await startTestServer({ dataDir, log: quietLog() });
      const again = await answer(answerKey);
      assert.deepEqual([again.status, again.headers.get('idempotent-replayed'), (await again.json()).receipt], [201, 'true', message.receipt]);
      assert.deepEqual([records(path.join(dataDir, 'feedback.jsonl')).length, (await summary()).helped], [2, { no: 1 }]);
      // A key the form never carried still stores an answer.
      assert.equal((await answer(randomUUID())).headers.get('idempotent-replayed'), null);
      assert.deepEqual((await summary()).helped, { no: 2 });
    } finally {
      await srv.stop(true);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a message carrying an answer whose key names nothing stored keeps its Ja/Nej, unlinked; a key that names no one-click answer links nothing', async () => {
    await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'Ikke gemt' }, answerKey: randomUUID() }), { 'Idempotency-Key': randomUUID() });
    assert.deepEqual([last().linksTo, last().feedback.answers, 'answerKey' in last().feedback], [undefined, { helped: 'no', comment: 'Ikke gemt' }, false]);
    const reportKey = randomUUID();
    await post(srv.url, quickFeedback({ mode: 'report', answers: { whatWentWrong: 'Siden fejler' } }), { 'Idempotency-Key': reportKey });
    await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'Hej' }, answerKey: reportKey }), { 'Idempotency-Key': randomUUID() });
    assert.deepEqual([last().linksTo, last().feedback.answers], [undefined, { helped: 'no', comment: 'Hej' }]);
  });

  test('a JSON post is stored as such, with its key only when it had one', async () => {
    const key = randomUUID();
    const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
    assert.equal(res.headers.get('idempotent-replayed'), null, 'a first post is no replay');
    const body = await res.json();
    const rec = last();
    assert.deepEqual([rec.receipt, rec.source, rec.idempotencyKey, rec.receivedAt, rec.fingerprint], [body.receipt, 'json', key, body.receivedAt, fingerprintOf(quickFeedback())]);
    assert.match(rec.receivedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(Object.keys(body).sort(), ['id', 'receipt', 'receivedAt', 'status']);
    assert.equal(body.status, 'stored');
    await post(srv.url, quickFeedback());
    assert.equal('idempotencyKey' in last(), false);
    assert.equal('linksTo' in last(), false);
  });

  test('the Idempotency-Key is read quoted or bare, trimmed; an empty one counts as none; one with a space is refused', async () => {
    const key = `k-${randomUUID()}`;
    const first = await post(srv.url, quickFeedback(), { 'Idempotency-Key': `"${key}"` });
    assert.equal(first.status, 201);
    assert.equal(last().idempotencyKey, key);
    const bare = await post(srv.url, quickFeedback(), { 'Idempotency-Key': `  ${key} ` });
    assert.equal(bare.headers.get('idempotent-replayed'), 'true');
    const before = records(srv.dataFile).length;
    assert.equal((await post(srv.url, quickFeedback(), { 'Idempotency-Key': '' })).status, 201);
    assert.equal(records(srv.dataFile).length, before + 1);
    assert.equal('idempotencyKey' in last(), false);
    for (const bad of ['a b', 'æøå']) {
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': bad });
      assert.equal(res.status, 400, bad);
      const { error } = await res.json();
      assert.deepEqual(
        [error.code, error.message, error.fields],
        [
          'invalid-idempotency-key',
          'Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.',
          [{ field: 'Idempotency-Key', path: 'header:Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
        ],
      );
    }
    assert.equal((await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'x'.repeat(255) })).status, 201);
  });

  test('a disk that refuses the write is logged for the operator', async () => {
    const other = await startTestServer({ log: quietLog() });
    try {
      await other.store.fh?.close();
      const res = await post(other.url, quickFeedback());
      assert.equal(res.status, 503);
      assert.equal((await res.json()).error.message, 'The feedback could not be stored right now. Try again later; nothing was saved.');
      assert.match(other.log.lines.error.join('\n'), /^klar-server: could not store feedback:/);
    } finally {
      other.store.fh = undefined;
      await other.stop();
    }
  });
});

describe('error answers', () => {
  const srv = useTestServer();

  test('415 says what was sent and what is accepted, also when nothing was named', async () => {
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new Uint8Array([1, 2]) });
    assert.equal(res.status, 415);
    assert.equal(res.headers.get('accept-post'), 'application/json, application/x-www-form-urlencoded');
    assert.match((await res.json()).error.message, /not "nothing"/);
    const xml = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: '<a/>' });
    assert.match((await xml.json()).error.message, /not "text\/xml"/);
  });

  test('422 lists each field once, by its form name and JSON pointer, and only what the citizen can correct', async () => {
    const res = await post(srv.url, { ...quickFeedback({ mode: 'report', answers: { where: 'Forsiden' } }), contact: { phone: 'x' } });
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.deepEqual(
      body.error.fields.map((/** @type {any} */ f) => [f.field, f.path, f.keyword]),
      [
        ['whatWentWrong', '/answers/whatWentWrong', 'required'],
        ['phone', '/contact/phone', 'pattern'],
      ],
    );
    assert.deepEqual(
      body.errors.map((/** @type {any} */ e) => Object.keys(e).sort()),
      [
        ['field', 'message', 'path'],
        ['field', 'message', 'path'],
      ],
    );
    assert.equal(body.error.message, 'The feedback does not match schema/feedback.schema.json.');
  });

  test("422's `errors`, which the form shows beside its fields, say each problem in the form's own words and the message's language; `error.fields` keep the developer's", async () => {
    // "must match pattern \"^\\+?[0-9 ()-]{6,20}$\"" stood under "Telefon" on a Danish page (failure review #4).
    for (const lang of ['da', 'en']) {
      const res = await post(srv.url, { ...quickFeedback({ mode: 'report', answers: { where: 'Forsiden' }, lang }), contact: { phone: 'x' } });
      assert.equal(res.status, 422);
      const body = await res.json();
      const said = Object.fromEntries(body.errors.map((/** @type {any} */ e) => [e.field, e.message]));
      assert.match(said.phone, lang === 'da' ? /^Skriv et telefonnummer med 8 cifre/ : /^Enter a phone number with 8 digits/, JSON.stringify(said));
      assert.match(said.whatWentWrong, lang === 'da' ? /^Skriv, hvad der gik galt/ : /^Tell us what went wrong/, JSON.stringify(said));
      for (const m of Object.values(said)) assert.doesNotMatch(String(m), /must|pattern|required|\^|\$/, `${lang}: ${m}`);
      assert.match(body.error.fields.find((/** @type {any} */ f) => f.field === 'phone').message, /must match pattern/);
    }
  });

  test('422 for a body that is not an object names the whole document, and for answers that are not an object names them', async () => {
    const res = await post(srv.url, '[1]');
    assert.equal(res.status, 422);
    const { error } = await res.json();
    assert.deepEqual(
      error.fields.map((/** @type {any} */ f) => [f.field, f.path, f.keyword, f.message]),
      [['', '/', 'type', 'must be object']],
    );
    const answers = await (await post(srv.url, quickFeedback({ answers: 'ja' }))).json();
    assert.deepEqual(answers.error.fields[0], { field: 'answers', path: '/answers', message: 'must be object', keyword: 'type' });
    assert.equal(answers.errors[0].field, 'answers');
  });

  test('a follow-up to no stored answer is kept unlinked, and other content under a used key is refused in words', async () => {
    const res = await post(srv.url, quickFeedback({ answers: { comment: 'Hej' }, answerTo: 'KF-999998' }));
    assert.equal(res.status, 201);
    const key = randomUUID();
    await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
    const reused = await post(srv.url, quickFeedback({ answers: { helped: 'no' } }), { 'Idempotency-Key': key });
    assert.equal((await reused.json()).error.message, 'This Idempotency-Key was already used for different feedback. Use a new key for new content.');
  });

  test('400 for an empty body says what to send', async () => {
    const res = await post(srv.url, '');
    assert.equal((await res.json()).error.message, 'The request body is empty; send the feedback as a JSON object.');
  });

  test('400 for invalid JSON says why, without quoting the body back', async () => {
    const res = await post(srv.url, '{"mode":');
    assert.match((await res.json()).error.message, /^The body is not valid JSON: ./);
    const quoted = (await (await post(srv.url, 'mit cpr 010190-1234 og mere tekst')).json()).error.message;
    assert.match(quoted, /^The body is not valid JSON: Unexpected token/);
    assert.doesNotMatch(quoted, /010190|mit cpr/);
  });

  test('text that cannot be stored as sent: another charset is refused, bytes that are not UTF-8 are refused, NUL bytes and lone surrogates are cleaned', async () => {
    // An audit stored "s\ufffdde" for a Latin-1 "søde" with 201, and a NUL byte that the staff page then sent in its HTML.
    const latin1 = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=iso-8859-1' }, body: Buffer.from(JSON.stringify(quickFeedback({ answers: { helped: 'yes', comment: 'søde' } })), 'latin1') });
    assert.equal(latin1.status, 415);
    const bad = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: Buffer.concat([Buffer.from('{"mode":"quick","answers":{"helped":"yes","comment":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]) });
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.code, 'invalid-utf8');
    const res = await post(srv.url, JSON.stringify(quickFeedback({ answers: { helped: 'yes', comment: 'a\u0000b\ud800c\u0007d\n e' } })));
    assert.equal(res.status, 201);
    const { receipt } = await res.json();
    const rec = srv.store.get(receipt);
    assert.equal(rec?.feedback.answers.comment, 'ab\ufffdcd\n e');
    // And without JavaScript (the form path read its values apart from the cleaning).
    const form = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'yes', comment: 'a\u0000b\u0007c', lang: 'da' }), redirect: 'manual' });
    assert.equal(form.status, 303);
    assert.equal(srv.store.records.at(-1)?.feedback.answers.comment, 'abc');
  });

  test('takes a phone number written with dots or non-breaking spaces, as the form does, and stores it with plain spaces', async () => {
    // The form took "33.66.33.66" (core/phone.ts); a client of its own, or the form without JavaScript, got a 422 (the diff review).
    for (const phone of ['33.66.33.66', '+45\u00a033\u00a066\u00a033\u00a066']) {
      const res = await post(srv.url, quickFeedback({ mode: 'full', answers: { worked: 'Fint', wantsAnswer: true }, contact: { phone } }));
      assert.equal(res.status, 201, `${phone}: ${await res.clone().text()}`);
    }
    const form = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', rating: '4', wantsAnswer: 'on', phone: '33.66.33.66', lang: 'da' }), redirect: 'manual' });
    assert.ok([200, 303].includes(form.status), `no-JS: ${form.status}`);
  });

  test('a CPR number as contact in an English form is refused in English', async () => {
    const res = await post(srv.url, quickFeedback({ lang: 'en', mode: 'full', answers: { worked: 'Fine', wantsAnswer: true }, contact: { email: '070761-4285@example.com' } }));
    assert.equal(res.status, 422);
    const { errors } = await res.json();
    // In the form's own words, as the form says it under the field when it finds it itself.
    assert.deepEqual(errors, [{ field: 'email', path: '/contact/email', message: 'That looks like a CPR number. Enter your email address, like name@example.com.' }]);
    const phone = await post(srv.url, quickFeedback({ mode: 'full', answers: { worked: 'Fint', wantsAnswer: true }, contact: { phone: '070761 4285' } }));
    assert.deepEqual((await phone.json()).error.fields, [{ field: 'phone', path: '/contact/phone', message: 'Et CPR-nummer er ikke et telefonnummer. Skriv dit telefonnummer.', keyword: 'cpr' }]);
  });
});

describe('the no-JavaScript form', () => {
  const srv = useTestServer();
  const last = () => records(srv.dataFile).at(-1);
  /** @param {Record<string, string>} fields @param {Record<string, string>} [headers] */
  const postForm = (fields, headers = {}) => fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });

  test('a rating is stored as a number with its label in the form language', async () => {
    // The form's words for 4 (they were the server's own: "Godt", "Good").
    for (const [lang, label] of [
      ['da', 'Tilfreds'],
      ['en', 'Satisfied'],
    ]) {
      assert.equal((await postForm({ rating: '4', lang })).status, 303);
      assert.deepEqual(last().feedback.answers.rating, { value: 4, label });
      assert.equal(last().feedback.mode, 'full', 'a rating alone is the full form');
    }
    const res = await postForm({ rating: 'fire', lang: 'da' });
    assert.equal(res.status, 422, 'a rating that is not a number is refused');
  });

  test("a rating's label is the one the form sends with JavaScript for that value and language: one scale in the records and on /insights", async () => {
    // The form's own catalogue as built (what <klar-feedback-form> puts in answers.rating.label).
    const { feedbackModeMessages } = await import(pathToFileURL(path.join(ROOT, 'dist/translations/feedback-form-modes.js')).href);
    const { feedbackModeMessagesEn } = await import(pathToFileURL(path.join(ROOT, 'dist/translations/en/feedback-form-modes.js')).href);
    const words = { da: feedbackModeMessages.da, en: feedbackModeMessagesEn };
    for (const lang of /** @type {const} */ (['da', 'en'])) {
      for (const value of [1, 3, 5]) {
        const label = words[lang][`feedback.rating.${value}`];
        const json = await post(srv.url, quickFeedback({ mode: 'full', lang, answers: { rating: { value, label } } }));
        assert.equal(json.status, 201);
        const withJs = last().feedback.answers.rating;
        assert.equal((await postForm({ mode: 'full', rating: String(value), lang })).status, 303);
        assert.deepEqual(last().feedback.answers.rating, withJs, `${lang} ${value}`);
      }
      // What the server says without the build's texts (RATING_LABELS; /insights and the staff view read the build's, ratingLabel) is the same scale.
      assert.deepEqual(RATING_LABELS[lang].slice(1), [1, 2, 3, 4, 5].map((v) => words[lang][`feedback.rating.${v}`]), lang);
    }
    const insights = await (await fetch(`${srv.url}/insights?lang=en`)).text();
    assert.match(insights, /5 – Very satisfied/, 'the insights page says the same scale');
  });

  test('the form it was is read from its answers unless it says so', async () => {
    await postForm({ whatWentWrong: 'Knappen virker ikke', lang: 'da' });
    assert.equal(last().feedback.mode, 'report');
    await postForm({ helped: 'no', lang: 'da' });
    assert.equal(last().feedback.mode, 'quick');
    await postForm({ mode: 'full', helped: 'no', worked: 'Lidt', lang: 'da' });
    assert.equal(last().feedback.mode, 'full');
  });

  test('the tick asks for an answer and keeps the e-mail or phone; unticked, a contact that posts along is not kept', async () => {
    await postForm({ mode: 'full', worked: 'Fint', wantsAnswer: 'on', email: 'anna@example.com', phone: '12 34 56 78', lang: 'da' });
    const { answers, contact } = last().feedback;
    assert.deepEqual([answers.wantsAnswer, contact], [true, { email: 'anna@example.com', phone: '12 34 56 78' }]);
    await postForm({ mode: 'full', improve: 'Mere', wantsAnswer: 'on', phone: '12345678', lang: 'da' });
    assert.deepEqual(last().feedback.contact, { phone: '12345678' });
    assert.deepEqual(last().feedback.answers, { improve: 'Mere', wantsAnswer: true });
    // The form's e-mail and phone fields are always in it, shown while the box is ticked: without
    // JavaScript a contact typed before the citizen took the tick away posts too. It was stored, as
    // an answer asked for; the citizen had said no.
    await postForm({ mode: 'report', whatWentWrong: 'Knappen virker ikke', email: 'anna@example.com', phone: '12 34 56 78', lang: 'da' });
    assert.equal('contact' in last().feedback, false);
    assert.deepEqual(last().feedback.answers, { whatWentWrong: 'Knappen virker ikke' });
    assert.doesNotMatch(JSON.stringify(last()), /anna@example|12 34 56 78/, 'kept nowhere in the record');
    await postForm({ mode: 'full', worked: 'Fint', email: ' ', lang: 'da' });
    assert.equal('contact' in last().feedback, false);
    assert.equal('wantsAnswer' in last().feedback.answers, false);
  });

  test('fields left empty are not stored; the version and the time of sending are', async () => {
    await postForm({ helped: 'yes', comment: '  ', caseReference: '', step: '', principle: '', lang: 'da' });
    const fb = last().feedback;
    assert.deepEqual(Object.keys(fb).sort(), ['answers', 'clientTimestamp', 'lang', 'mode', 'pageUrl', 'version']);
    assert.deepEqual(fb.answers, { helped: 'yes' });
    assert.equal(fb.version, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.ok(Math.abs(Date.parse(fb.clientTimestamp) - Date.now()) < 60_000, fb.clientTimestamp);
  });

  test('a case reference that was only a CPR number is left out; around one, the rest is kept', async () => {
    assert.equal((await postForm({ helped: 'no', caseReference: '070761-4285', lang: 'da' })).status, 303);
    assert.equal('caseReference' in last().feedback, false);
    await postForm({ whatWentWrong: 'Fejl', where: 'Forsiden', caseReference: 'SAG 070761-4285', lang: 'da' });
    assert.deepEqual([last().feedback.caseReference, last().feedback.answers.where], ['SAG', 'Forsiden']);
  });

  test('the same page sent again with other content is stored under a key made from the token and the content', async () => {
    const token = randomUUID();
    await postForm({ helped: 'yes', lang: 'da', idempotencyKey: token });
    assert.equal(last().idempotencyKey, token);
    await postForm({ helped: 'no', lang: 'da', idempotencyKey: token });
    assert.equal(last().source, 'form');
    assert.equal(last().idempotencyKey, `${token}:${fingerprintOf(last().feedback).slice(0, 16)}`);
  });

  test('the page address comes from the form, else the Referer, else the site itself; never longer than 2048', async () => {
    const host = new URL(srv.url).host;
    await postForm({ helped: 'yes', lang: 'da', pageUrl: '/min-sag?id=7#top' });
    assert.equal(last().feedback.pageUrl, `http://${host}/min-sag`);
    await postForm({ helped: 'yes', lang: 'da' }, { Referer: 'https://kommune.example/borger/sag?x=1' });
    assert.equal(last().feedback.pageUrl, 'https://kommune.example/borger/sag');
    await postForm({ helped: 'yes', lang: 'da' });
    assert.equal(last().feedback.pageUrl, `http://${host}/`);
    await postForm({ helped: 'yes', lang: 'da', pageUrl: '/%E0%A4%A' });
    assert.equal(last().feedback.pageUrl, `http://${host}/%25E0%25A4%25A`, 'a path that does not decode is kept as sent');
    await postForm({ helped: 'yes', lang: 'da', pageUrl: `/${'a'.repeat(3000)}` });
    assert.equal(last().feedback.pageUrl.length, 2048);
    await postForm({ helped: 'yes', lang: 'da', pageUrl: 'http://[::1' }, { Referer: `${srv.url}/fra-referer` });
    assert.equal(last().feedback.pageUrl, `http://${host}/fra-referer`, 'an address that does not parse gives way to the Referer');
  });

  test('the 303 is never cached and has no body', async () => {
    const res = await postForm({ helped: 'yes', lang: 'da' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('content-length'), '0');
    const q = new URL(res.headers.get('location') ?? '', srv.url).searchParams;
    assert.deepEqual([q.get('lang'), q.get('back'), q.get('receipt')], ['da', '/', last().receipt]);
  });

  test('a Referer that is not a URL links back to the front page', async () => {
    const res = await postForm({ helped: 'yes', lang: 'da' }, { Referer: 'ikke en adresse' });
    assert.equal(new URL(res.headers.get('location') ?? '', srv.url).searchParams.get('back'), '/');
  });

  test('pii=block in English refuses in English, on an English page', async () => {
    const res = await postForm({ helped: 'no', comment: 'Mit nummer 070761-4285', lang: 'en', pii: 'block' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>We could not save your message – Klarby Municipality<\/title>/);
    assert.match(html, /<p id="nojs-cpr-removed">We do not store CPR numbers, so we took a CPR number out of the text\. Read it through before you send\.<\/p>/);
    // Labelled as the form without JavaScript asked it (it said "Comment").
    // With "(optional)", and the hints the form gives the field (no one answers here, no personal details, its limit) after what to do.
    assert.match(html, /<label for="nojs-comment">Would you like to tell us more\? \(optional\)<\/label><\/p><p class="hint" id="nojs-no-reply">We cannot answer you here\. This box is not for questions about your case\.<\/p><p class="hint" id="nojs-no-personal">Do not write personal details such as your CPR number or health information\.<\/p><p class="hint" id="nojs-comment-limit">Write at most 5,000 characters\.<\/p><textarea id="nojs-comment" name="comment" rows="10" aria-describedby="nojs-cpr-removed nojs-no-reply nojs-no-personal nojs-comment-limit">Mit nummer<\/textarea>/);
    assert.match(html, /<button type="submit">Send again<\/button>/);
    assert.match(html, /aria-label="Main menu"/);
    assert.match(html, />My case</);
  });

  test('an error page names each field in the form language, and links back', async () => {
    const res = await postForm({ mode: 'quick', comment: 'Hej', lang: 'da', pageUrl: '/min-sag' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /<html lang="da">/);
    // The question as the form asked it, then what to do as the form says it (it was "…?: Skal udfyldes.").
    assert.match(html, /<li id="nojs-error-helped">Fik du hjælp til det, du søgte\? Vælg Ja eller Nej\.<\/li>/);
    assert.match(html, /<p><a href="\/min-sag">Tilbage til siden<\/a><\/p>/);
    assert.match(html, /aria-label="Hovedmenu"/);
    assert.match(html, />Min sag</);
    const two = await (await postForm({ mode: 'full', rating: '9', wantsAnswer: 'on', email: 'x', lang: 'da' })).text();
    assert.match(two, /<\/li><li>/, 'one item a field, nothing between them');
  });
});

describe('the thank-you page', () => {
  const srv = useTestServer();
  /** @param {string} query */
  const thanks = async (query) => (await fetch(`${srv.url}/api/feedback/thanks?${query}`)).text();

  test('shows a receipt number only when it is one', async () => {
    assert.match(await thanks('receipt=KF-000042&lang=en'), /<p>Your receipt number is <strong class="receipt">KF-000042<\/strong><\/p>/);
    for (const bad of ['KF-', 'XX-000042', 'xKF-000042', 'KF-000042x', 'KF-1234567890123', '<b>KF-1</b>']) {
      const html = await thanks(`receipt=${encodeURIComponent(bad)}`);
      assert.doesNotMatch(html, /class="receipt"/, bad);
      assert.doesNotMatch(html, /kvitteringsnummer/, bad);
    }
  });

  test('says when the answer comes when the message asked for one, as the form does with JavaScript, in Danish and English', async () => {
    // It showed the saved text and the receipt only: a citizen who ticked "Jeg vil gerne have et svar" was not told.
    const form = readFileSync(path.join(ROOT, 'src/feedback-form/feedback-form.ts'), 'utf8');
    // The server's ANSWER_DAYS is the build's (src/feedback-form/answer-days.ts, the form's on-demand parts' default); the element's property default is written in feedback-form.ts.
    assert.equal(ANSWER_DAYS, Number(/\banswerDays = (\d+);/.exec(form)?.[1]), "the form's answer-days default");
    for (const [lang, said] of [
      ['da', 'Vi svarer dig inden for 5 arbejdsdage.'],
      ['en', 'We will answer you within 5 working days.'],
    ]) {
      const asked = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', improve: 'Mere', wantsAnswer: 'on', phone: '12345678', lang }) });
      assert.equal(asked.status, 200, 'the redirect followed');
      const html = await asked.text();
      assert.ok(html.includes(`improve our service.</p><p>${said}</p>`) || html.includes(`service bedre.</p><p>${said}</p>`), html);
      const notAsked = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', improve: 'Mere', phone: '12345678', lang }) })).text();
      assert.ok(notAsked.includes('class="receipt"'), 'the thank-you page');
      assert.ok(!notAsked.includes(said), `${lang}: no answer promised when none was asked for`);
    }
  });

  test("says the answer days the form without JavaScript promised (its answer-days, posted with it), and the default for anything but a small positive whole number", async () => {
    // It said "Vi svarer dig inden for 5 arbejdsdage." on a page whose form promised 10.
    const sent = async (/** @type {string | undefined} */ answerDays, lang = 'da') => {
      const fields = { mode: 'report', whatWentWrong: 'Knappen virker ikke', wantsAnswer: 'on', email: 'anna@example.dk', lang, ...(answerDays === undefined ? {} : { answerDays }) };
      return (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields) })).text();
    };
    assert.match(await sent('10'), /<p>Vi svarer dig inden for 10 arbejdsdage\.<\/p>/);
    assert.match(await sent('12', 'en'), /<p>We will answer you within 12 working days\.<\/p>/);
    for (const bad of [undefined, '', '0', '-3', '1.5', '100', 'abc', '<b>7</b>', '07']) {
      assert.match(await sent(bad), /<p>Vi svarer dig inden for 5 arbejdsdage\.<\/p>/, String(bad));
    }
    // The page itself takes only such a number too (its address can be typed), and says no days when no answer was asked for.
    assert.match(await thanks('answer=1&days=%3Cscript%3E'), /inden for 5 arbejdsdage\./);
    assert.match(await thanks('answer=1&days=3'), /inden for 3 arbejdsdage\./);
    assert.doesNotMatch(await thanks('days=3'), /arbejdsdage/);
    const notAsked = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'report', whatWentWrong: 'Fejl', answerDays: '10' }), redirect: 'manual' })).headers.get('location');
    assert.doesNotMatch(notAsked ?? '', /days=/, 'no days in the address when no answer was asked for');
  });

  test('says one working day in the singular ("1 arbejdsdag", "1 working day"), as the form does', async () => {
    // It said "Vi svarer dig inden for 1 arbejdsdage." / "We will answer you within 1 working days."
    const sent = async (/** @type {string} */ lang) =>
      (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'report', whatWentWrong: 'Knappen virker ikke', wantsAnswer: 'on', email: 'anna@example.dk', lang, answerDays: '1' }) })).text();
    assert.match(await sent('da'), /<p>Vi svarer dig inden for 1 arbejdsdag\.<\/p>/);
    assert.match(await sent('en'), /<p>We will answer you within 1 working day\.<\/p>/);
    assert.match(await thanks('answer=1&days=1&lang=en'), /within 1 working day\./);
    // Without the build's texts, in the server's own words: the same.
    const own = async (/** @type {string} */ lang) => {
      let body = '';
      const res = { headersSent: false, destroyed: false, getHeader: () => undefined, writeHead: () => {}, end: (/** @type {Buffer} */ d) => (body = String(d)) };
      await handleThanks(/** @type {any} */ ({ url: `/api/feedback/thanks?answer=1&days=1&lang=${lang}`, headers: {} }), /** @type {any} */ (res), async () => undefined);
      return body;
    };
    assert.match(await own('da'), /<p>Vi svarer dig inden for 1 arbejdsdag\.<\/p>/);
    assert.match(await own('en'), /<p>We will answer you within 1 working day\.<\/p>/);
  });

  test('is in Danish unless English was asked for', async () => {
    const da = await thanks('lang=fr');
    assert.match(da, /<title>Tak for din besked – Klarby Kommune<\/title>/);
    assert.match(da, /<p>Vi har gemt din besked\./);
    const en = await thanks('lang=en');
    assert.ok(
      en.includes('<h1>Thank you for your message</h1>\n<p>We have saved your message. We read every message and use it to improve our service.</p><p><a href="/">Back to the page</a></p>\n</main>'),
      en,
    );
  });
});

describe('the feedback schema on disk', () => {
  test('is read again when it changes, and its absence is a plain 503', async () => {
    // A project root of our own, so its schema can be changed and removed.
    const root = tempDataDir();
    const dataDir = tempDataDir();
    try {
      for (const entry of ['package.json', 'demo', 'dist', 'node_modules']) symlinkSync(path.join(ROOT, entry), path.join(root, entry));
      mkdirSync(path.join(root, 'schema'));
      const schemaFile = path.join(root, 'schema', 'feedback.schema.json');
      cpSync(path.join(ROOT, 'schema', 'feedback.schema.json'), schemaFile);
      const srv = await startTestServer({ root, dataDir });
      try {
        assert.equal((await post(srv.url, quickFeedback())).status, 201);
        // The same schema, now refusing comments longer than three characters.
        const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
        schema.properties.answers = { allOf: [schema.properties.answers, { properties: { comment: { maxLength: 3 } } }] };
        writeFileSync(schemaFile, JSON.stringify(schema));
        utimesSync(schemaFile, new Date(), new Date(Date.now() + 5000));
        const refused = await post(srv.url, quickFeedback());
        assert.equal(refused.status, 422);
        assert.deepEqual(
          (await refused.json()).errors.map((/** @type {any} */ e) => e.field),
          ['comment'],
        );
        unlinkSync(schemaFile);
        const gone = await post(srv.url, quickFeedback());
        assert.equal(gone.status, 503);
        assert.equal((await gone.json()).error.code, 'schema-unavailable');
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the no-JavaScript pages for a post the server cannot read', () => {
  test('take the language the browser asks for first, of those the server has', () => {
    const req = (/** @type {string | undefined} */ v) => /** @type {any} */ ({ headers: v === undefined ? {} : { 'accept-language': v } });
    for (const [header, lang] of [
      [undefined, 'da'],
      ['', 'da'],
      ['en', 'en'],
      ['en-GB,en;q=0.9', 'en'],
      ['de-DE,en;q=0.3,da;q=0.8', 'da'],
      ['da;q=0.2, EN-us;q=0.5', 'en'],
      ['en;q=0, da', 'da'],
      ['fr, de', 'da'],
      ['*', 'da'],
    ]) assert.equal(preferredLang(req(header), ['da', 'en']), lang, String(header));
  });

  test('say a post it cannot take in words, in Danish and English (a rate limit gives the text back: nojs-given-back)', () => {
    assert.match(formProblemPage('en', 503), /We cannot save your message right now/);
    assert.match(formProblemPage('en', 418), /We could not receive your message/, 'a status without words of its own says the general one');
  });
});
