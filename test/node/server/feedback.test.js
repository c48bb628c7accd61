// The feedback API against a real server on a free port, with its own data directory.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fingerprintOf } from '../../../server/feedback-store.js';
import { CPR_SPELLINGS, NOT_CPR, digitsOf } from '../../helpers/cpr-table.js';
import { ROOT, startTestServer, useTestServer, tempDataDir, quietLog, quickFeedback } from '../../helpers/reference-server.js';

/** @param {string} file */
const lines = (file) => {
  const text = readFileSync(file, 'utf8');
  assert.ok(text === '' || text.endsWith('\n'), 'the file ends with a newline');
  return text.split('\n').filter(Boolean);
};

/**
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
const post = (url, body, headers = {}) =>
  fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/feedback', () => {
  const srv = useTestServer();

  test('stores a valid post durably and answers 201 with a receipt', async () => {
    const before = lines(srv.dataFile).length;
    const res = await post(srv.url, quickFeedback());
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.match(body.receipt, /^KF-\d{6}$/);
    assert.equal(typeof body.receivedAt, 'string');
    const all = lines(srv.dataFile);
    assert.equal(all.length, before + 1);
    const rec = JSON.parse(all.at(-1));
    assert.equal(rec.receipt, body.receipt);
    assert.equal(rec.feedback.answers.helped, 'yes');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  test('422 with field errors for content that breaks the schema', async () => {
    const res = await post(srv.url, quickFeedback({ answers: { comment: 'hej' }, contact: { email: 'ikke en adresse' }, principle: 'nope' }));
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.error.code, 'invalid-feedback');
    const fields = body.error.fields.map((/** @type {any} */ f) => f.field).sort();
    assert.deepEqual(fields, ['email', 'helped', 'principle']);
    const helped = body.error.fields.find((/** @type {any} */ f) => f.field === 'helped');
    assert.equal(helped.path, '/answers/helped');
    assert.equal(helped.message, 'is required');
    // The flat list <klar-feedback-form> reads.
    assert.deepEqual(body.errors.map((/** @type {any} */ e) => e.field).sort(), fields);
  });

  test('422 names missing top-level fields and unknown ones', async () => {
    const { lang: _lang, ...noLang } = quickFeedback();
    const res = await post(srv.url, { ...noLang, extra: 1 });
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.deepEqual(
      body.error.fields.map((/** @type {any} */ f) => [f.field, f.message]).sort(),
      [
        ['extra', 'is not a known field'],
        ['lang', 'is required'],
      ],
    );
  });

  test('422 for a full-mode post with no answer at all gives one message', async () => {
    const res = await post(srv.url, quickFeedback({ mode: 'full', answers: {} }));
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.error.fields.length, 1);
    assert.match(body.error.fields[0].message, /at least one of rating, worked or improve/);
  });

  test('400 for invalid JSON, an empty body and a bad Idempotency-Key', async () => {
    let res = await post(srv.url, '{"mode": "quick",');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'invalid-json');
    res = await post(srv.url, '');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'empty-body');
    res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'x'.repeat(300) });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.error.code, 'invalid-idempotency-key');
    assert.equal(body.error.fields[0].field, 'Idempotency-Key');
  });

  test('415 for a wrong content type, naming what it accepts', async () => {
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hej' });
    assert.equal(res.status, 415);
    assert.equal((await res.json()).error.code, 'unsupported-media-type');
    assert.match(res.headers.get('accept-post') ?? '', /application\/json/);
  });

  test('413 for a body over 64 KB, announced or streamed', async () => {
    const big = JSON.stringify(quickFeedback({ answers: { helped: 'no', comment: 'x'.repeat(70 * 1024) } }));
    const res = await post(srv.url, big);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error.code, 'body-too-large');
    // Without Content-Length (chunked), the limit holds while reading.
    const status = await new Promise((resolve, reject) => {
      const u = new URL(`${srv.url}/api/feedback`);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'Content-Type': 'application/json' } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(10 * 1024));
      req.end();
    });
    assert.equal(status, 413);
    // The server is still fine.
    assert.equal((await post(srv.url, quickFeedback())).status, 201);
  });

  test(`a JSON post with a CPR number anywhere (${CPR_SPELLINGS.length} spellings) is stored masked: the server does not trust the client to mask`, async () => {
    // An audit posted '010190-1234' in comment, step, caseReference and pageUrl with curl: 201, and the
    // file held all four as sent (the staff page then showed "Trin: 010190-1234").
    for (const [spelling, note, digits] of CPR_SPELLINGS) {
      const res = await post(
        srv.url,
        quickFeedback({ answers: { helped: 'no', comment: `Mit CPR er ${spelling} tak` }, caseReference: `SAG ${spelling}`, step: spelling, pageUrl: `http://127.0.0.1/sag/${spelling}` }),
      );
      assert.equal(res.status, 201, note);
      const stored = lines(srv.dataFile).at(-1) ?? '';
      assert.ok(!digitsOf(stored).includes(digits), `${note}: ${stored}`);
      assert.equal(JSON.parse(stored).feedback.answers.comment.replace(/\p{Cf}/gu, ''), 'Mit CPR er [CPR-nummer fjernet] tak', note);
    }
  });

  test('405 for GET on the feedback endpoint', async () => {
    const res = await fetch(`${srv.url}/api/feedback`);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST');
  });

  test('a retry with the same Idempotency-Key gets the first answer and stores nothing new', async () => {
    const key = randomUUID();
    const first = await post(srv.url, quickFeedback({ clientTimestamp: '2026-01-01T10:00:00Z' }), { 'Idempotency-Key': key });
    assert.equal(first.status, 201);
    const a = await first.json();
    const count = lines(srv.dataFile).length;
    // Only the time changed: the form keeps its key for that.
    const again = await post(srv.url, quickFeedback({ clientTimestamp: '2026-01-01T10:00:05Z' }), { 'Idempotency-Key': key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), a);
    assert.equal(lines(srv.dataFile).length, count);
  });

  test('the same Idempotency-Key with other content is refused', async () => {
    const key = randomUUID();
    assert.equal((await post(srv.url, quickFeedback(), { 'Idempotency-Key': key })).status, 201);
    const res = await post(srv.url, quickFeedback({ answers: { helped: 'no' } }), { 'Idempotency-Key': key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).error.code, 'idempotency-key-reused');
  });

  test('concurrent retries with one key store one record', async () => {
    const key = randomUUID();
    const count = lines(srv.dataFile).length;
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(srv.url, quickFeedback(), { 'Idempotency-Key': key }).then((r) => r.json())));
    assert.equal(new Set(answers.map((a) => a.receipt)).size, 1);
    assert.equal(lines(srv.dataFile).length, count + 1);
  });

  test('100 posts at once are all stored, each on its own intact line', async () => {
    const count = lines(srv.dataFile).length;
    const posts = Array.from({ length: 100 }, (_, i) =>
      post(srv.url, quickFeedback({ answers: { helped: i % 2 ? 'yes' : 'no', comment: `Besked nummer ${i} ${'æøå'.repeat(i)}` } }), {
        'Idempotency-Key': randomUUID(),
      }),
    );
    const responses = await Promise.all(posts);
    assert.deepEqual(
      responses.map((r) => r.status),
      Array(100).fill(201),
    );
    const receipts = await Promise.all(responses.map((r) => r.json().then((b) => b.receipt)));
    assert.equal(new Set(receipts).size, 100);
    const all = lines(srv.dataFile);
    assert.equal(all.length, count + 100);
    const stored = all.slice(count).map((l) => JSON.parse(l)); // throws on a corrupted line
    const comments = new Set(stored.map((r) => r.feedback.answers.comment));
    for (let i = 0; i < 100; i++) assert.ok(comments.has(`Besked nummer ${i} ${'æøå'.repeat(i)}`), `message ${i} stored`);
    assert.deepEqual(new Set(stored.map((r) => r.receipt)), new Set(receipts));
  });

  test('a form post (no JavaScript) is stored, answered 303 See Other, and the thank-you page (GET) shows the receipt', async () => {
    const form = new URLSearchParams({ helped: 'no', comment: 'Jeg kunne ikke finde <telefonnummeret>', lang: 'da', pageUrl: '/?case=byg-2417', principle: 'klar-tale' });
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/api\/feedback\/thanks\?/);
    const rec = JSON.parse(lines(srv.dataFile).at(-1));
    assert.equal(rec.source, 'form');
    assert.equal(rec.feedback.mode, 'quick');
    assert.equal(rec.feedback.answers.comment, 'Jeg kunne ikke finde <telefonnummeret>');
    const thanks = await fetch(`${srv.url}${location}`);
    assert.equal(thanks.status, 200);
    assert.match(thanks.headers.get('content-type') ?? '', /text\/html/);
    assert.match(thanks.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await thanks.text();
    assert.match(html, /Tak for din besked/);
    assert.equal(/KF-\d{6}/.exec(html)?.[0], rec.receipt);
    assert.match(html, /<a href="\/\?case=byg-2417">Tilbage til siden<\/a>/);
  });

  test('a form post keeps the chosen principle with its set, and leaves the set out when no principle was chosen', async () => {
    const base = { mode: 'full', rating: '4', lang: 'da', pageUrl: '/' };
    /** @param {Record<string, string>} fields */
    const post = async (fields) => {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ ...base, ...fields }), redirect: 'manual' });
      assert.equal(res.status, 303);
      return JSON.parse(lines(srv.dataFile).at(-1)).feedback;
    };
    const chosen = await post({ principle: 'taet-paa-dig', principleSet: 'koebenhavn-tillid' });
    assert.equal(chosen.principle, 'taet-paa-dig');
    assert.equal(chosen.principleSet, 'koebenhavn-tillid');
    const none = await post({ principle: '', principleSet: 'koebenhavn-tillid' });
    assert.equal(none.answers.rating.value, 4);
    assert.equal('principle' in none, false);
    assert.equal('principleSet' in none, false);
  });

  test('a form post with errors gets an HTML page listing them, escaped', async () => {
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: '<b>', lang: 'en' }) });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /We could not save your message/);
    assert.match(html, /Did you find what you were looking for\?/);
    assert.doesNotMatch(html, /<b>/);
  });

  test('a form post with errors says each in words for citizens, in its language, never the validator\'s ("must be <= 5", "is required")', async () => {
    // Each names the question as the form asked it, then says what is wrong as the form says it with
    // JavaScript. They said "Vurdering: Er ikke udfyldt rigtigt.", "Hvor skete det: …" and "Answers: …".
    for (const [fields, expected] of [
      [{ mode: 'full', rating: '9', worked: 'Fint', lang: 'da' }, '<li>Hvor tilfreds er du alt i alt? Vælg et af svarene.</li>'],
      [{ mode: 'quick', lang: 'da' }, '<li id="nojs-error-helped">Fik du hjælp til det, du søgte? Vælg Ja eller Nej.</li>'],
      [{ mode: 'report', whatWentWrong: 'Fejl', where: 'x'.repeat(1001), lang: 'da' }, '<li id="nojs-error-where">Hvor skete det? Teksten er for lang. Du har skrevet 1.001 tegn. Skriv højst 1.000 tegn.</li>'],
      [{ mode: 'full', lang: 'en' }, '<li>Choose how satisfied you are, or write what worked or what we could do better.</li>'],
    ]) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields) });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.ok(html.includes(expected), `${JSON.stringify(fields).slice(0, 80)}: ${/<ul>[\s\S]*?<\/ul>/.exec(html)?.[0]}`);
      assert.doesNotMatch(html, /must |is required|must NOT|allowed values/);
    }
  });

  test('a form post with errors names every field as the form asked it, and each line reads as a plain sentence, in Danish and English', async () => {
    // The full and report forms' questions were the server's ("Hvad virkede godt", "Hvor skete det"),
    // and one try at the form's words read "Hvor tilfreds er du alt i alt?: Er ikke udfyldt rigtigt."
    const long = (/** @type {number} */ n) => 'x'.repeat(n);
    /** @type {[Record<string, string>, { da: string, en: string }][]} */
    const cases = [
      [{ mode: 'quick' }, { da: 'Fik du hjælp til det, du søgte? Vælg Ja eller Nej.', en: 'Did you find what you were looking for? Choose Yes or No.' }],
      [{ mode: 'quick', helped: 'maybe' }, { da: 'Fik du hjælp til det, du søgte? Vælg Ja eller Nej.', en: 'Did you find what you were looking for? Choose Yes or No.' }],
      [
        { mode: 'quick', helped: 'no', comment: long(5001) },
        { da: 'Vil du fortælle mere? Teksten er for lang. Du har skrevet 5.001 tegn. Skriv højst 5.000 tegn.', en: 'Would you like to tell us more? The text is too long. You have written 5,001 characters. Write at most 5,000 characters.' },
      ],
      [{ mode: 'full', rating: '9' }, { da: 'Hvor tilfreds er du alt i alt? Vælg et af svarene.', en: 'Overall, how satisfied are you? Choose one of the answers.' }],
      [{ mode: 'full' }, { da: 'Vælg hvor tilfreds du er, eller skriv hvad der fungerede eller kan gøres bedre.', en: 'Choose how satisfied you are, or write what worked or what we could do better.' }],
      [
        { mode: 'full', worked: long(5001) },
        { da: 'Hvad fungerede godt? Teksten er for lang. Du har skrevet 5.001 tegn. Skriv højst 5.000 tegn.', en: 'What worked well? The text is too long. You have written 5,001 characters. Write at most 5,000 characters.' },
      ],
      [
        { mode: 'full', improve: long(5001) },
        { da: 'Hvad kan vi gøre bedre? Teksten er for lang. Du har skrevet 5.001 tegn. Skriv højst 5.000 tegn.', en: 'What could we do better? The text is too long. You have written 5,001 characters. Write at most 5,000 characters.' },
      ],
      [{ mode: 'full', rating: '3', principle: 'Ikke et løfte' }, { da: 'Handler det om et af vores løfter til dig? Vælg et af svarene.', en: 'Is it about one of our promises to you? Choose one of the answers.' }],
      [{ mode: 'full', rating: '3', wantsAnswer: 'on', email: 'anna' }, { da: 'E-mail: Skriv en e-mailadresse som navn@eksempel.dk.', en: 'Email: Enter an email address like name@example.com.' }],
      [{ mode: 'full', rating: '3', wantsAnswer: 'on', email: '0707614285@klarby.dk' }, { da: 'E-mail: Det ligner et CPR-nummer. Skriv din e-mailadresse, som navn@eksempel.dk.', en: 'Email: That looks like a CPR number. Enter your email address, like name@example.com.' }],
      [{ mode: 'full', rating: '3', wantsAnswer: 'on', phone: 'ring' }, { da: 'Telefonnummer: Skriv et telefonnummer med 8 cifre, for eksempel 12 34 56 78.', en: 'Phone number: Enter a phone number with 8 digits, for example 12 34 56 78.' }],
      [{ mode: 'full', rating: '3', wantsAnswer: 'on' }, { da: 'E-mail: Skriv din e-mail eller dit telefonnummer, så vi kan svare dig.', en: 'Email: Enter your email or phone number so we can answer you.' }],
      [{ mode: 'report', whatWentWrong: 'Fejl', wantsAnswer: 'on', email: ' ' }, { da: 'E-mail: Skriv din e-mail eller dit telefonnummer, så vi kan svare dig.', en: 'Email: Enter your email or phone number so we can answer you.' }],
      [{ mode: 'report' }, { da: 'Hvad gik galt? Skriv, hvad der gik galt.', en: 'What went wrong? Tell us what went wrong.' }],
      [
        { mode: 'report', whatWentWrong: 'Fejl', where: long(1001) },
        { da: 'Hvor skete det? Teksten er for lang. Du har skrevet 1.001 tegn. Skriv højst 1.000 tegn.', en: 'Where did it happen? The text is too long. You have written 1,001 characters. Write at most 1,000 characters.' },
      ],
    ];
    for (const lang of /** @type {const} */ (['da', 'en'])) {
      for (const [fields, expected] of cases) {
        const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ ...fields, lang }) });
        assert.equal(res.status, 422, `${lang} ${JSON.stringify(fields).slice(0, 60)}`);
        const items = [.../<main[\s\S]*?<ul>([\s\S]*?)<\/ul>/.exec(await res.text())?.[1].matchAll(/<li[^>]*>([^<]*)<\/li>/g) ?? []].map((m) => m[1]);
        assert.deepEqual(items, [expected[lang]], `${lang} ${JSON.stringify(fields).slice(0, 60)}`);
      }
    }
  });

  test('the refusal page says the contact instruction once, in both languages: the hint gives way to the problem that says it, and stays whole beside another problem', async () => {
    const cases = [
      ['da', 'Skriv din e-mail eller dit telefonnummer', 'Vi bruger det kun til at svare dig.'],
      ['en', 'Enter your email or phone number', 'We only use it to answer you.'],
    ];
    for (const [lang, instruction, use] of cases) {
      const missing = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', lang, rating: '3', wantsAnswer: 'on' }) })).text();
      assert.match(missing, new RegExp(`<p id="nojs-contact-hint">${use}</p>`), lang);
      assert.equal(missing.split(instruction).length - 1, 1, `${lang}: the instruction once`);
      const wrong = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', lang, rating: '3', wantsAnswer: 'on', email: 'anna' }) })).text();
      assert.match(wrong, new RegExp(`<p id="nojs-contact-hint">${instruction}\\. ${use}</p>`), `${lang}: the whole hint beside "Skriv en e-mailadresse som …"`);
      // English spells it one way, as the label does ("Email"), in the server's words too.
      if (lang === 'en') for (const html of [missing, wrong]) assert.doesNotMatch(html, /e-mail/i);
    }
  });

  test('"Jeg vil gerne have et svar" ticked without an e-mail or phone is refused: the page asks for them, keeps every word, and the post it sends is stored with the contact', async () => {
    // The tick was dropped in silence: stored as a message no one could answer, and the citizen never told.
    const before = srv.store.records.length;
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'report', lang: 'da', whatWentWrong: 'Knappen virker ikke', where: 'Forsiden', wantsAnswer: 'on', email: '', phone: '', idempotencyKey: randomUUID() }) });
    assert.equal(res.status, 422);
    assert.equal(srv.store.records.length, before, 'nothing stored');
    const html = await res.text();
    assert.match(html, /<li id="nojs-error-email">E-mail: Skriv din e-mail eller dit telefonnummer, så vi kan svare dig\.<\/li>/);
    assert.match(html, />Knappen virker ikke<\/textarea>/, 'what went wrong, kept');
    assert.match(html, />Forsiden<\/textarea>/, 'where, kept');
    // The tick, kept as a box the citizen can take away (it was a hidden field: the answer could
    // not be unasked), in the form's words, before the fields it asks for.
    assert.match(html, /<p><input type="checkbox" id="nojs-wantsAnswer" name="wantsAnswer" value="on" checked> <label for="nojs-wantsAnswer">Jeg vil gerne have et svar<\/label><\/p><p id="nojs-contact-hint">/);
    assert.doesNotMatch(html, /type="hidden" name="wantsAnswer"/);
    // Both fields asked for, labelled as the form asks, described by its hint and (the e-mail) by the problem.
    // The hint keeps what the problem does not say: the instruction once on the page and in the
    // e-mail field's description (it stood in the hint and in the problem), as the form says it.
    assert.match(html, /<p id="nojs-contact-hint">Vi bruger det kun til at svare dig\.<\/p>/);
    assert.equal(html.split('Skriv din e-mail eller dit telefonnummer').length - 1, 1, 'the instruction once');
    assert.match(html, /<label for="nojs-email">E-mail<\/label><\/p><input type="email" id="nojs-email" name="email" autocomplete="email" value="" aria-invalid="true" aria-describedby="nojs-contact-hint nojs-error-email">/);
    assert.match(html, /<label for="nojs-phone">Telefonnummer<\/label><\/p><input type="tel" id="nojs-phone" name="phone" autocomplete="tel" value="" aria-describedby="nojs-contact-hint">/);
    assert.doesNotMatch(html, /type="hidden" name="(email|phone)"/, 'not sent along unseen as well');
    // Sent again from that page with an e-mail, as a browser sends it (the kept tick too): stored,
    // with the answer asked for and the contact.
    const again = new URLSearchParams([...html.matchAll(/<(?:input|textarea)\b[^>]*\bname="([^"]+)"(?:[^>]*?\bvalue="([^"]*)")?[^>]*>(?:([^<]*)<\/textarea>)?/g)].map((m) => [m[1], m[2] ?? m[3] ?? '']));
    again.set('email', 'anna@example.dk');
    const sent = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: again, redirect: 'manual' });
    assert.equal(sent.status, 303);
    const rec = /** @type {any} */ (srv.store.records.at(-1));
    assert.deepEqual([rec.feedback.answers, rec.feedback.contact], [{ whatWentWrong: 'Knappen virker ikke', where: 'Forsiden', wantsAnswer: true }, { email: 'anna@example.dk' }]);
    // An answer asked for in JSON with no contact is refused the same way (the form never sends one).
    const json = await post(srv.url, quickFeedback({ mode: 'full', answers: { worked: 'Fint', wantsAnswer: true } }));
    assert.equal(json.status, 422);
    assert.deepEqual((await json.json()).errors.map((/** @type {any} */ e) => [e.field, e.path]), [['email', '/contact']]);
  });

  test('on the page that asks for a contact, the tick can be taken away: sent so, the message is stored without an answer asked for, every word kept', async () => {
    for (const [lang, said] of [
      ['da', 'Jeg vil gerne have et svar'],
      ['en', 'I would like an answer'],
    ]) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'full', lang, improve: 'Mere tekst', wantsAnswer: 'on', email: '', phone: '', idempotencyKey: randomUUID() }) });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.ok(html.includes(`<input type="checkbox" id="nojs-wantsAnswer" name="wantsAnswer" value="on" checked> <label for="nojs-wantsAnswer">${said}</label>`), lang);
      // As a browser sends that page with the box unticked: no wantsAnswer, the empty contact fields.
      const again = new URLSearchParams([...html.matchAll(/<(?:input|textarea)\b[^>]*\bname="([^"]+)"(?:[^>]*?\bvalue="([^"]*)")?[^>]*>(?:([^<]*)<\/textarea>)?/g)].map((m) => [m[1], m[2] ?? m[3] ?? '']));
      again.delete('wantsAnswer');
      const sent = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: again, redirect: 'manual' });
      assert.equal(sent.status, 303, lang);
      const rec = /** @type {any} */ (srv.store.records.at(-1));
      assert.deepEqual([rec.feedback.answers, 'contact' in rec.feedback], [{ improve: 'Mere tekst' }, false], lang);
    }
  });

  test('a text given back on that page is labelled with the question the form asked, in Danish and English', async () => {
    // They were labelled in the server's words ("Hvad virkede godt", "What can we do better").
    for (const [lang, labels] of /** @type {const} */ ([
      // With "(valgfrit)" where the form says it (it was dropped on this page).
      ['da', ['Hvad fungerede godt?', 'Hvad kan vi gøre bedre?', 'Hvad gik galt?', 'Hvor skete det? (valgfrit)']],
      ['en', ['What worked well?', 'What could we do better?', 'What went wrong?', 'Where did it happen? (optional)']],
    ])) {
      const shown = [];
      for (const fields of [{ mode: 'full', rating: '9', worked: 'Fint', improve: 'Hurtigere svar' }, { mode: 'report', whatWentWrong: 'Fejl', where: 'x'.repeat(1001) }]) {
        const html = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ ...fields, lang }) })).text();
        shown.push(...[...html.matchAll(/<label for="nojs-[^"]+">([^<]*)<\/label>/g)].map((m) => m[1]));
      }
      assert.deepEqual(shown, labels, lang);
    }
  });

  test("each text given back on that page has the form's hints, tied to it: no personal details (said once) and its limit (said once: by its problem where it is over it), in Danish and English", async () => {
    // The page dropped them: a citizen shortening a text too long was not told how long it may be.
    for (const [lang, personal, limits] of /** @type {const} */ ([
      ['da', 'Skriv ikke dit CPR-nummer eller noget om dit helbred.', { whatWentWrong: 'Skriv højst 5.000 tegn.', where: 'Skriv højst 1.000 tegn.' }],
      ['en', 'Do not write personal details such as your CPR number or health information.', { whatWentWrong: 'Write at most 5,000 characters.', where: 'Write at most 1,000 characters.' }],
    ])) {
      const html = await (await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'report', whatWentWrong: 'Fejl', where: 'x'.repeat(1001), lang }) })).text();
      assert.equal(html.split(`<p class="hint" id="nojs-no-personal">${personal}</p>`).length, 2, `${lang}: the no-personal hint, once`);
      const ids = /<textarea id="[^"]+" name="([^"]+)"[^>]*aria-describedby="([^"]+)"/g;
      const of = new Map([...html.matchAll(ids)].map((m) => [m[1], m[2].split(' ')]));
      // A text within its limit: the limit right above it. The one over it has its limit said by
      // what is wrong with it ("… Skriv højst 1.000 tegn."), once, as the form says it.
      assert.ok(html.includes(`<p class="hint" id="nojs-whatWentWrong-limit">${limits.whatWentWrong}</p><textarea id="nojs-whatWentWrong"`), `${lang}: its limit right above it`);
      assert.deepEqual(of.get('whatWentWrong')?.slice(-2), ['nojs-no-personal', 'nojs-whatWentWrong-limit'], lang);
      assert.equal(html.includes('id="nojs-where-limit"'), false, `${lang}: no hint beside the problem that says the limit`);
      assert.equal(html.split(limits.where).length, 2, `${lang}: the limit of where, once on the page`);
      assert.match(html, /<textarea id="nojs-where" name="where" rows="10" aria-invalid="true" aria-describedby="nojs-error-where nojs-no-personal">/, lang);
    }
  });

  test('the insights page counts the feedback and shows no comment', async () => {
    await post(srv.url, quickFeedback({ answers: { helped: 'no', comment: '<script>alert(1)</script> 010203-1234' }, principle: 'haand-om-fejl' }));
    const res = await fetch(`${srv.url}/insights`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    const html = await res.text();
    assert.match(html, /Hvad borgerne fortæller os/);
    assert.doesNotMatch(html, /alert/, 'comments are for staff only (test/node/server/insights.test.js)');
    assert.doesNotMatch(html, /010203-1234/);
    assert.match(html, /Hånd om fejl/);
    const summary = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
    assert.equal(summary.total, lines(srv.dataFile).length);
    assert.ok(summary.helped.no >= 1);
  });
});

describe('durability', () => {
  test('a torn last line is skipped with a warning, set aside, and the file stays usable', async () => {
    const dataDir = tempDataDir();
    try {
      const file = path.join(dataDir, 'feedback.jsonl');
      const good = (/** @type {number} */ n, /** @type {string} */ key) =>
        JSON.stringify({ receipt: `KF-00000${n}`, receivedAt: new Date().toISOString(), idempotencyKey: key, fingerprint: fingerprintOf(quickFeedback()), source: 'json', feedback: quickFeedback() });
      const torn = good(3, 'k3').slice(0, 57);
      writeFileSync(file, `${good(1, 'k1')}\n${good(2, 'k2')}\n${torn}`);
      const log = quietLog();
      const srv = await startTestServer({ dataDir, log });
      try {
        assert.equal(log.lines.warn.length, 1);
        assert.match(log.lines.warn[0], /last line .* cut off by a crash/);
        assert.equal(srv.store.records.length, 2);
        assert.equal(lines(file).length, 2, 'the torn bytes are cut off');
        const aside = readdirSync(dataDir).find((f) => f.startsWith('feedback.jsonl.torn-'));
        assert.ok(aside, 'the torn bytes are kept beside the file');
        assert.match(aside, /^feedback\.jsonl\.torn-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/, 'named by the time, safe in any file system');
        assert.ok(log.lines.warn[0].endsWith(`moved it to ${aside} and skipped it`), log.lines.warn[0]);
        assert.equal(readFileSync(path.join(dataDir, /** @type {string} */ (aside)), 'utf8'), torn);
        // The client's retry of the torn record is stored properly, numbered after the last good one.
        const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'k3' });
        assert.equal(res.status, 201);
        assert.equal((await res.json()).receipt, 'KF-000003');
        const all = lines(file).map((l) => JSON.parse(l));
        assert.deepEqual(
          all.map((r) => r.receipt),
          ['KF-000001', 'KF-000002', 'KF-000003'],
        );
        // Keys stored before the crash are still known.
        const replay = await post(srv.url, quickFeedback(), { 'Idempotency-Key': 'k1' });
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a garbled line in the middle is skipped with a warning', async () => {
    const dataDir = tempDataDir();
    try {
      const rec = JSON.stringify({ receipt: 'KF-000001', receivedAt: '2026-01-01T00:00:00Z', fingerprint: 'x', source: 'json', feedback: quickFeedback() });
      writeFileSync(path.join(dataDir, 'feedback.jsonl'), `${rec}\n{"receipt": \n${rec.replace('000001', '000002')}\n`);
      const log = quietLog();
      const srv = await startTestServer({ dataDir, log });
      try {
        assert.equal(srv.store.records.length, 2);
        assert.match(log.lines.warn.join('\n'), /feedback\.jsonl:2: not valid JSON/);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('Idempotency-Keys survive a restart', async () => {
    const dataDir = tempDataDir();
    try {
      const key = randomUUID();
      let srv = await startTestServer({ dataDir });
      const first = await (await post(srv.url, quickFeedback(), { 'Idempotency-Key': key })).json();
      await srv.stop();
      srv = await startTestServer({ dataDir });
      try {
        const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
        assert.equal(res.status, 201);
        assert.deepEqual(await res.json(), first);
        assert.equal(lines(path.join(dataDir, 'feedback.jsonl')).length, 1);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('an answer lost on the way back (chaos drop-after) is not stored twice on retry', async () => {
    const srv = await startTestServer();
    try {
      const key = randomUUID();
      await fetch(`${srv.url}/api/chaos?mode=drop-after&times=1`, { method: 'POST' });
      await assert.rejects(post(srv.url, quickFeedback(), { 'Idempotency-Key': key }));
      assert.equal(lines(srv.dataFile).length, 1, 'stored although the answer was lost');
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('idempotent-replayed'), 'true');
      assert.equal(lines(srv.dataFile).length, 1);
    } finally {
      await srv.stop();
    }
  });

  test('a disk that refuses the write answers 503 with Retry-After, and the key stays free for the retry', async () => {
    const srv = await startTestServer({ log: quietLog() });
    try {
      // Pull the file out from under the store, as a failing disk would.
      await srv.store.fh?.close();
      const key = randomUUID();
      const res = await post(srv.url, quickFeedback(), { 'Idempotency-Key': key });
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.equal((await res.json()).error.code, 'storage-unavailable');
      assert.equal(srv.store.byKey.has(key), false);
    } finally {
      srv.store.fh = undefined;
      await srv.stop();
    }
  });

  test('a data directory that does not exist yet is created', async () => {
    const parent = tempDataDir();
    const dataDir = path.join(parent, 'a', 'b');
    try {
      const srv = await startTestServer({ dataDir });
      try {
        assert.equal((await post(srv.url, quickFeedback())).status, 201);
        assert.equal(lines(path.join(dataDir, 'feedback.jsonl')).length, 1);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('the no-JavaScript path, follow-ups and the case step', () => {
  const srv = useTestServer();

  /** @param {Record<string, string>} fields */
  const postForm = (fields) => fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  const count = () => lines(srv.dataFile).length;

  test('a reload re-POSTs the same idempotency token: stored once, same receipt; without a token every post is new', async () => {
    const fields = { mode: 'quick', helped: 'yes', comment: 'Genindlæst', lang: 'da', idempotencyKey: randomUUID() };
    const before = count();
    const a = await postForm(fields);
    const b = await postForm(fields);
    assert.equal(a.status, 303);
    assert.equal(b.status, 303);
    assert.equal(a.headers.get('location'), b.headers.get('location'));
    assert.equal(count(), before + 1);
    const { idempotencyKey: _k, ...noToken } = fields;
    await postForm(noToken);
    await postForm(noToken);
    assert.equal(count(), before + 3);
  });

  test('the same token with other content (back, edit, send) stores the new message once', async () => {
    const token = randomUUID();
    const before = count();
    await postForm({ mode: 'quick', helped: 'yes', lang: 'da', idempotencyKey: token });
    const edited = { mode: 'quick', helped: 'no', comment: 'Rettet', lang: 'da', idempotencyKey: token };
    const a = await postForm(edited);
    const b = await postForm(edited);
    assert.equal(a.status, 303);
    assert.equal(a.headers.get('location'), b.headers.get('location'));
    assert.equal(count(), before + 2);
  });

  test('a cached page\'s token: the same answers from another citizen later are a message of their own, with a receipt of its own', async () => {
    // A server-rendered form writes its token into the page; a CMS or CDN that caches the page gives
    // every citizen that token. Two citizens who both chose "5" came back as one record, one receipt.
    const fields = { mode: 'full', rating: '5', lang: 'da', idempotencyKey: randomUUID() };
    const before = count();
    const first = await postForm(fields);
    const again = await postForm(fields);
    assert.equal(again.headers.get('location'), first.headers.get('location'), 'a second click: the same message');
    assert.equal(count(), before + 1);
    // Eleven minutes later (the record made older: the store's clock is the machine's), another citizen.
    const rec = /** @type {any} */ (srv.store.records.at(-1));
    rec.receivedAt = new Date(Date.now() - 11 * 60_000).toISOString();
    const other = await postForm(fields);
    assert.equal(other.status, 303);
    assert.notEqual(other.headers.get('location'), first.headers.get('location'), 'a receipt of its own');
    assert.equal(count(), before + 2, 'stored');
    // That citizen's own second click is still one message.
    const otherAgain = await postForm(fields);
    assert.equal(otherAgain.headers.get('location'), other.headers.get('location'));
    assert.equal(count(), before + 2);
  });

  test('a filled-in honeypot is thanked (303) and nothing is stored', async () => {
    const before = count();
    const res = await postForm({ mode: 'quick', helped: 'yes', lang: 'da', website: 'http://spam.example' });
    assert.equal(res.status, 303);
    assert.doesNotMatch(res.headers.get('location') ?? '', /receipt=/);
    assert.equal(count(), before);
  });

  for (const [back, expected] of [
    ['/.//evil.example/x', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\\/evil.example', '/'],
    ['https://evil.example/x', '/'],
    ['javascript:alert(1)', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/\t/evil.example', '/'],
    ['/min-sag?id=5', '/min-sag?id=5'],
  ]) {
    test(`the thank-you page links back only to this site: ${JSON.stringify(back)} → ${expected}`, async () => {
      const res = await postForm({ mode: 'quick', helped: 'yes', lang: 'en', pageUrl: back });
      assert.equal(res.status, 303);
      const html = await (await fetch(`${srv.url}${res.headers.get('location')}`)).text();
      const href = /<a href="([^"]*)">Back to the page<\/a>/.exec(html)?.[1];
      assert.equal(href, expected.replace(/&/g, '&#38;'));
      // And the page itself refuses a crafted link.
      const direct = await (await fetch(`${srv.url}/api/feedback/thanks?back=${encodeURIComponent(back)}`)).text();
      assert.equal(/<a href="([^"]*)">Tilbage til siden<\/a>/.exec(direct)?.[1], expected);
    });
  }

  test('a client that goes away mid-body is not logged (anyone could fill the log with stack traces)', async () => {
    const before = srv.log.lines.error.length;
    const { port } = new URL(srv.url);
    await new Promise((resolve) => {
      const socket = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/feedback', headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' } });
      socket.on('error', () => resolve(undefined));
      socket.write('{"mode":"quick",');
      setTimeout(() => {
        socket.destroy();
        resolve(undefined);
      }, 100);
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(srv.log.lines.error.slice(before), []);
    assert.equal((await post(srv.url, quickFeedback())).status, 201, 'the server goes on');
  });

  test('a no-JavaScript post the server cannot take gets a page in words, never JSON, in the form\'s language: a bad token, a body over 64 KB', async () => {
    // A body over 1 MB answered {"error":…}. A body that is read says its language (and the way back);
    // one too long to read, the browser's Accept-Language (the pages were Danish whatever the citizen
    // read). A body up to 1 MB is read, and its texts given back (nojs-given-back).
    const big = { mode: 'full', worked: '好'.repeat(60000), improve: '好'.repeat(60000) };
    for (const [fields, headers, status, lang, words, back] of [
      [{ mode: 'quick', helped: 'yes', lang: 'da', idempotencyKey: 'x'.repeat(300), pageUrl: '/min-sag' }, {}, 400, 'da', 'Vi kunne ikke tage imod din besked.', '<a href="/min-sag">Tilbage til siden</a>'],
      [{ mode: 'quick', helped: 'yes', lang: 'en', idempotencyKey: 'x'.repeat(300), pageUrl: '/min-sag' }, {}, 400, 'en', 'We could not receive your message.', '<a href="/min-sag">Back to the page</a>'],
      [{ ...big, lang: 'da' }, {}, 413, 'da', 'Din besked er for lang til, at vi kan tage imod den.', '<a href="/">Til forsiden</a>'],
      [{ ...big, lang: 'en' }, { 'Accept-Language': 'en-GB,en;q=0.9,da;q=0.5' }, 413, 'en', 'Your message is too long for us to receive.', '<a href="/">To the front page</a>'],
      [{ ...big, lang: 'da' }, { 'Accept-Language': 'de-DE, en;q=0.3, da;q=0.8' }, 413, 'da', 'Din besked er for lang til', 'Til forsiden'],
      // Sent from a page of this site (its Referer): the page's language and the way back to it, whatever the
      // browser's languages. A Danish page in an English browser (Debian's Firefox ESR) got "Your message has
      // not been saved … To the front page".
      [{ ...big, lang: 'da' }, { 'Accept-Language': 'en-US,en;q=0.5', Referer: `${srv.url}/?case=bol-0893` }, 413, 'da', 'Din besked er for lang til', '<a href="/?case=bol-0893">Tilbage til siden</a>'],
      [{ ...big, lang: 'en' }, { 'Accept-Language': 'da', Referer: `${srv.url}/?case=bol-0893&lang=en` }, 413, 'en', 'Your message is too long for us to receive.', '<a href="/?case=bol-0893&#38;lang=en">Back to the page</a>'],
      [{ ...big, lang: 'da' }, { 'Accept-Language': 'en', Referer: 'https://elsewhere.example/?lang=da' }, 413, 'en', 'Your message is too long', 'To the front page'],
    ]) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields), headers, redirect: 'manual' });
      assert.equal(res.status, status);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      const html = await res.text();
      assert.ok(html.includes(`<html lang="${lang}">`), `${status} ${lang}: ${html.slice(0, 200)}`);
      assert.ok(html.includes(words) && html.includes(back), html.slice(0, 1500));
      assert.doesNotMatch(html, /"error"|\b(400|413)\b/);
    }
  });

  test('the way back from the thank-you page carries no CPR number or e-mail address, in its URL or its link', async () => {
    for (const [back, expected] of [
      ['/min-sag?case=byg-2417&cpr=0101901234', '/min-sag?case=byg-2417&cpr=redacted'],
      ['/sag/010190-1234/anna@x.dk', '/sag/redacted/redacted'],
      ['/sag/anna%40x.dk', '/sag/redacted'],
      ['/min-sag?case=byg-2417', '/min-sag?case=byg-2417'],
    ]) {
      const res = await postForm({ mode: 'quick', helped: 'yes', lang: 'en', pageUrl: back });
      const location = res.headers.get('location') ?? '';
      assert.ok(!/0101901234|010190|anna/.test(decodeURIComponent(location)), `${back}: ${location}`);
      const html = await (await fetch(`${srv.url}${location}`)).text();
      assert.equal(/<a href="([^"]*)">Back to the page<\/a>/.exec(html)?.[1], expected.replace(/&/g, '&#38;'), back);
    }
  });

  test('without a pageUrl field the thank-you page links back to the Referer, when it is this site', async () => {
    for (const [referer, expected] of [
      [`${srv.url}/min-sag?id=7`, '/min-sag?id=7'],
      ['https://evil.example/x', '/'],
    ]) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'yes', lang: 'en' }), headers: { Referer: referer }, redirect: 'manual' });
      const html = await (await fetch(`${srv.url}${res.headers.get('location')}`)).text();
      assert.equal(/<a href="([^"]*)">Back to the page<\/a>/.exec(html)?.[1], expected, referer);
    }
  });

  test(`every CPR spelling in the table (${CPR_SPELLINGS.length}) is masked in what is stored, as the form does with JavaScript`, async () => {
    for (const pii of ['redact', 'warn', '']) {
      for (const [spelling, note, digits] of CPR_SPELLINGS) {
        const res = await postForm({ mode: 'report', whatWentWrong: `Mit CPR er ${spelling} tak`, where: spelling, caseReference: `SAG ${spelling}`, lang: 'da', pii });
        assert.equal(res.status, 303, note);
        const stored = lines(srv.dataFile).at(-1) ?? '';
        assert.ok(!digitsOf(stored).includes(digits), `${note} (pii=${pii}): ${stored}`);
        const rec = JSON.parse(stored);
        assert.equal(rec.feedback.answers.whatWentWrong.replace(/\p{Cf}/gu, ''), 'Mit CPR er [CPR-nummer fjernet] tak', note);
      }
    }
  });

  const built = existsSync(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'));
  test('the thank-you page says a CPR number was taken out, in the words the form says it with JavaScript, and only then', { skip: !built && 'needs the build (npm run build)' }, async () => {
    const da = (await import(path.join(ROOT, 'dist', 'translations', 'feedback-form-more.js'))).feedbackMoreMessages.da['feedback.cpr.removed'];
    const en = (await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'))).feedbackMoreMessagesEn['feedback.cpr.removed'];
    for (const [lang, removed] of [['da', da], ['en', en]]) {
      for (const pii of ['redact', 'warn', '']) {
        const res = await postForm({ mode: 'quick', helped: 'no', comment: 'Mit nummer 070761-4285', lang, pii });
        const html = await (await fetch(`${srv.url}${res.headers.get('location')}`)).text();
        assert.ok(html.includes(`<p>${removed}</p>`), `${lang} (pii=${pii}): ${html}`);
      }
      const res = await postForm({ mode: 'quick', helped: 'no', comment: 'Sag nr. 2026-4285', lang });
      assert.ok(!(await (await fetch(`${srv.url}${res.headers.get('location')}`)).text()).includes(removed), `${lang}: nothing removed, nothing said`);
    }
  });

  test('a text typed up to its limit with a CPR number in it is stored whole, the number masked short (it was refused: the label is longer than the number)', async () => {
    const comment = `${'x'.repeat(4984)} 0101901234 ende`;
    assert.equal(comment.length, 5000);
    const res = await postForm({ mode: 'quick', helped: 'no', comment, lang: 'da' });
    assert.equal(res.status, 303, await res.text());
    assert.equal(JSON.parse(lines(srv.dataFile).at(-1) ?? '').feedback.answers.comment, `${'x'.repeat(4984)} [CPR] ende`);
  });

  test('with pii=block every CPR spelling is refused with a plain page that gives the text back without it, and nothing is stored', async () => {
    const before = count();
    for (const [spelling, note, digits] of CPR_SPELLINGS) {
      const res = await postForm({ mode: 'quick', helped: 'no', comment: `Nr. ${spelling}`, lang: 'da', pii: 'block' });
      assert.equal(res.status, 422, note);
      const html = await res.text();
      assert.match(html, /Vi gemmer ikke CPR-numre, så vi har taget et CPR-nummer ud af teksten\. Læs den igennem, før du sender\./);
      assert.match(html, /name="comment"[^>]*>Nr\.[\p{Cf}\s]*<\/textarea>/u, note);
      assert.ok(!digitsOf(html).includes(digits), `${note}: never written back into the page`);
      assert.doesNotMatch(html, /\b422\b/);
    }
    assert.equal(count(), before);
  });

  test(`numbers that are not CPR numbers (${NOT_CPR.length}) are stored as typed`, async () => {
    for (const [text, note] of NOT_CPR) {
      const res = await postForm({ mode: 'quick', helped: 'yes', comment: `Se ${text}`, lang: 'da', pii: 'block' });
      assert.equal(res.status, 303, note);
      assert.equal(JSON.parse(lines(srv.dataFile).at(-1) ?? '').feedback.answers.comment, `Se ${text}`, note);
    }
  });

  test('a CPR-like number in the e-mail or phone field is refused with a plain message (form and JSON)', async () => {
    const before = count();
    const res = await postForm({ mode: 'full', worked: 'Fint', wantsAnswer: 'on', email: '070761-4285@kommune.dk', lang: 'da' });
    assert.equal(res.status, 422);
    const html = await res.text();
    // In the words the form says it with JavaScript (the page said it in its own: "Din e-mailadresse ligner et CPR-nummer").
    assert.match(html, /E-mail: Det ligner et CPR-nummer\. Skriv din e-mailadresse, som navn@eksempel\.dk\./);
    assert.doesNotMatch(html, /4285/);
    const json = await post(srv.url, quickFeedback({ mode: 'full', answers: { worked: 'Fint', wantsAnswer: true }, contact: { phone: '070761 4285' } }));
    assert.equal(json.status, 422);
    const body = await json.json();
    assert.deepEqual(body.errors.map((/** @type {any} */ e) => e.field), ['phone']);
    assert.equal(count(), before);
  });

  test('the page address stored from a form post holds no CPR number or e-mail address', async () => {
    await postForm({ mode: 'quick', helped: 'yes', lang: 'da', pageUrl: '/borger/070761-4285/anna@x.dk' });
    const rec = JSON.parse(lines(srv.dataFile).at(-1) ?? '');
    assert.ok(!digitsOf(rec.feedback.pageUrl).includes('0707614285'), rec.feedback.pageUrl);
    assert.doesNotMatch(rec.feedback.pageUrl, /anna/);
  });

  test('the case reference and step of a no-JavaScript form are stored (CPR-like text removed)', async () => {
    await postForm({ mode: 'quick', helped: 'no', lang: 'da', caseReference: 'BYG-2417', step: 'behandling' });
    const rec = JSON.parse(lines(srv.dataFile).at(-1) ?? '');
    assert.equal(rec.feedback.caseReference, 'BYG-2417');
    assert.equal(rec.feedback.step, 'behandling');
  });

  // One-click answers and their follow-up.
  test('a comment sent after an answer carries its id and is linked to it in the store, also after a restart', async () => {
    const yesBefore = (await (await fetch(`${srv.url}/api/feedback/summary`)).json()).helped.yes ?? 0;
    const answer = await post(srv.url, quickFeedback({ answers: { helped: 'yes' } }), { 'Idempotency-Key': randomUUID() });
    assert.equal(answer.status, 201);
    const { id, receipt } = await answer.json();
    // The id to link with is a random token, not the (sequential, guessable) receipt.
    assert.notEqual(id, receipt);
    assert.match(id, /^[A-Za-z0-9_-]{22}$/);
    const comment = await post(srv.url, quickFeedback({ answers: { comment: 'Tak for hjælpen' }, answerTo: id }), { 'Idempotency-Key': randomUUID() });
    assert.equal(comment.status, 201);
    const rec = JSON.parse(lines(srv.dataFile).at(-1) ?? '');
    assert.equal(rec.linksTo, receipt, 'linked by the receipt inside the server');
    assert.equal(rec.feedback.answers.helped, undefined, 'the answer is counted once');
    assert.deepEqual(
      srv.store.followUps(receipt).map((r) => r.receipt),
      [rec.receipt],
    );
    const summary = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
    assert.equal(summary.helped.yes, yesBefore + 1, 'the answer is counted once');
    const again = await startTestServer({ dataDir: srv.dataDir });
    try {
      assert.deepEqual(
        again.store.followUps(receipt).map((r) => r.receipt),
        [rec.receipt],
      );
    } finally {
      await again.close();
    }
  });

  test('a follow-up that names no stored answer is stored as a message of its own (it was refused, and the comment could never be sent)', async () => {
    // The answer it follows may be gone: a retention purge, a restore from a backup, another instance.
    const res = await post(srv.url, quickFeedback({ answers: { comment: 'Hej, siden manglede datoen' }, answerTo: 'KF-999999' }));
    assert.equal(res.status, 201);
    const rec = JSON.parse(lines(srv.dataFile).at(-1) ?? '');
    assert.equal(rec.feedback.answers.comment, 'Hej, siden manglede datoen');
    assert.equal(rec.feedback.answerTo, undefined);
    assert.equal(rec.linksTo, undefined);
  });

  test('the case reference and the current step are accepted and stored', async () => {
    const res = await post(srv.url, quickFeedback({ caseReference: 'BYG-2417', step: 'behandling' }));
    assert.equal(res.status, 201);
    const rec = JSON.parse(lines(srv.dataFile).at(-1) ?? '');
    assert.equal(rec.feedback.step, 'behandling');
    assert.equal(rec.feedback.caseReference, 'BYG-2417');
  });
});

describe('the server masks with the library detector (dist/core.js)', () => {
  test(`maskPii masks all ${CPR_SPELLINGS.length} CPR spellings and leaves the ${NOT_CPR.length} other numbers alone`, async () => {
    const { maskPii } = await import('../../../server/pii.js');
    for (const [spelling, note, digits] of CPR_SPELLINGS) {
      const masked = maskPii(`Mit CPR er ${spelling}, tak`);
      assert.equal(masked.replace(/\p{Cf}/gu, ''), 'Mit CPR er [CPR-nummer fjernet], tak', note);
      assert.ok(!digitsOf(masked).includes(digits), note);
    }
    for (const [text, note] of NOT_CPR.filter(([, n]) => !/phone number/.test(n))) assert.equal(maskPii(text), text, note);
    assert.equal(maskPii('Skriv til anna@x.dk eller ring 12 34 56 78'), 'Skriv til [e-mail fjernet] eller ring [telefon fjernet]');
  });

  test('without a build the server stops at once with one clear line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klar-nodist-'));
    try {
      cpSync(path.join(ROOT, 'server'), path.join(dir, 'server'), { recursive: true });
      // The server's own pages are in the demo's look and words (demo/demo.css, demo/texts.js).
      cpSync(path.join(ROOT, 'demo'), path.join(dir, 'demo'), { recursive: true });
      cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
      const r = spawnSync(process.execPath, ['server/index.js'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PORT: '0', KLAR_DATA_DIR: path.join(dir, 'data') }, timeout: 20_000 });
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim(), 'klar-server: dist/core.js is missing. Run `npm run build` first (npm start does it for you).');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
