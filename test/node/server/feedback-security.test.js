// The security review's findings F1, F3, F4, F7 and F9 (/tmp/review-sec/REPORT.md), each against a
// real server with a temporary data directory, through real HTTP, from the review's proofs:
// a stranger's follow-up never replaces the contact of a citizen who asked for an answer, and a
// page's no-JavaScript token never links a stranger's message to another citizen's (F1); a key a
// message carried replays only the one-click answer it stands for, never another citizen's message
// (F3); the way back from the thank-you and "not saved" pages never leads off the site (F4); e-mail
// addresses and phone numbers in the step, case reference and page address are masked when stored,
// the page address masked, its query too (F7); every page that echoes a submission is never stored by a
// cache (F9).
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { quickFeedback, startTestServer, useTestServer } from '../../helpers/reference-server.js';

const TOKEN = 'staff-secret-token-for-security-tests-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };

/** The records stored, parsed. @param {string} file */
const records = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** @param {string} url @param {unknown} body @param {Record<string, string>} [headers] */
const postJson = (url, body, headers = {}) => fetch(`${url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A no-JavaScript form post (not followed). @param {string} url @param {Record<string, string>} fields */
const postForm = (url, fields) => fetch(`${url}/api/feedback`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

/** The no-JavaScript form's token in a page served by the server (what a CDN or CMS may cache for everyone). @param {string} url */
const pageToken = async (url) => {
  const token = /name="idempotencyKey" value="([^"]+)"/.exec(await (await fetch(`${url}/`)).text())?.[1];
  assert.ok(token, 'the page carries a token');
  return token;
};

/** The receipt a thank-you address names. @param {Response} res */
const receiptOf = (res) => new URL(res.headers.get('location') ?? '', 'http://x.invalid').searchParams.get('receipt');

/** The href of the "back" link of a page. @param {string} html */
const backLink = (html) => /<a href="([^"]*)">(?:Tilbage til siden|Back to the page)<\/a>/.exec(html)?.[1];

describe('security review', () => {
  const srv = useTestServer({ staffToken: TOKEN });

  describe('F1: a follow-up never takes over another message', () => {
    test("F1: a stranger's follow-up keeps the first contact of a message that asked for an answer (staff page and CSV)", async () => {
      const victim = await postJson(srv.url, {
        ...quickFeedback(),
        mode: 'full',
        answers: { improve: 'offerq Hvornår får jeg svar?', wantsAnswer: true },
        contact: { email: 'anna@example.dk', phone: '20304050' },
      });
      assert.equal(victim.status, 201);
      const { id, receipt } = await victim.json();
      const stranger = await postJson(srv.url, { ...quickFeedback(), mode: 'quick', answerTo: id, answers: { comment: 'ok', wantsAnswer: true }, contact: { email: 'attacker@evil.example' } });
      assert.equal(stranger.status, 201);
      const csv = await (await fetch(`${srv.url}/insights/staff/export.csv`, { headers: bearer })).text();
      const row = csv.split('\r\n').find((l) => l.includes(receipt)) ?? '';
      assert.match(row, /anna@example\.dk/, `the first contact stays: ${row}`);
      assert.doesNotMatch(row, /attacker@evil\.example/, `a later contact never replaces it: ${row}`);
      const html = await (await fetch(`${srv.url}/insights/staff`, { headers: bearer })).text();
      const comment = [...html.matchAll(/<li class="comment">([\s\S]*?)<\/li>/g)].map((m) => m[1]).find((c) => c.includes('offerq')) ?? '';
      assert.match(comment, /E-mail: anna@example\.dk/, comment);
    });

    test("F1: a page's no-JavaScript token (answerKey) links no stranger's message to a citizen's answer", async () => {
      // The token is in the page's HTML; a cached page gives it to everyone.
      const token = await pageToken(srv.url);
      const citizen = await postForm(srv.url, { mode: 'quick', helped: 'no', lang: 'da', pageUrl: '/', idempotencyKey: token });
      assert.equal(citizen.status, 303);
      const theirs = receiptOf(citizen);
      const before = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      const res = await postJson(srv.url, quickFeedback({ answers: { helped: 'yes', comment: 'fremmedq' }, answerKey: token }), { 'Idempotency-Key': randomUUID() });
      assert.equal(res.status, 201);
      const rec = records(srv.dataFile).at(-1);
      assert.equal(rec.linksTo, undefined, 'not linked to the citizen’s answer');
      assert.equal(rec.feedback.answerTo, undefined);
      assert.notEqual(rec.receipt, theirs);
      const after = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      assert.equal(after.helped.no, before.helped.no, "the citizen's Nej is still counted");
    });
    test("F1: a follow-up that names another citizen's message by its (guessed, sequential) receipt is stored unlinked and changes no public count", async () => {
      const victim = await postJson(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'offerq2 Siden manglede fristen' } }), { 'Idempotency-Key': randomUUID() });
      assert.equal(victim.status, 201);
      const { receipt, id } = await victim.json();
      assert.match(receipt, /^KF-\d{6}$/);
      assert.notEqual(id, receipt, 'the id to link with is not the receipt');
      const before = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      const guessed = await postJson(srv.url, quickFeedback({ answers: { comment: 'fremmedq2 ok', wantsAnswer: true }, answerTo: receipt, contact: { email: 'attacker@evil.example' } }), { 'Idempotency-Key': randomUUID() });
      assert.equal(guessed.status, 201, 'kept as a message of its own, as for an unknown answerTo');
      const strangers = await guessed.json();
      const rec = records(srv.dataFile).at(-1);
      assert.equal(rec.linksTo, undefined, 'not linked to the message it guessed');
      assert.equal(rec.feedback.answerTo, undefined);
      // The review's other proof: a full message naming the receipt, with another Ja/Nej.
      const hijack = await postJson(srv.url, { ...quickFeedback(), mode: 'full', answerTo: receipt, answers: { helped: 'yes', improve: 'fremmedq3 x' } }, { 'Idempotency-Key': randomUUID() });
      assert.equal(hijack.status, 201);
      assert.equal(records(srv.dataFile).at(-1).linksTo, undefined);
      assert.deepEqual(srv.store.followUps(receipt), [], 'nothing follows the message up');
      const after = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      assert.equal(after.helped.no, before.helped.no, "the citizen's Nej is still counted");
      // Each stranger's message is counted as one of its own (a quick comment, a full "Ja"); the citizen's as it was.
      assert.equal(after.total, before.total + 2);
      assert.equal(after.modes.quick, before.modes.quick + 1, 'the citizen’s quick answer is still a quick answer');
      assert.equal(after.modes.full, (before.modes.full ?? 0) + 1);
      const html = await (await fetch(`${srv.url}/insights/staff`, { headers: bearer })).text();
      const comment = [...html.matchAll(/<li class="comment">([\s\S]*?)<\/li>/g)].map((m) => m[1]).find((c) => c.includes('offerq2')) ?? '';
      assert.ok(comment.includes(`Kvittering ${receipt}`), comment);
      for (const other of [strangers.receipt, (await hijack.json()).receipt]) assert.ok(!comment.includes(other), `the message stands alone: ${comment}`);
      assert.doesNotMatch(comment, /fremmedq|attacker@evil\.example/, comment);
    });

    test('F1: a follow-up that names the id the server returned (not the receipt) is linked: staff see it with that message', async () => {
      const answer = await postJson(srv.url, quickFeedback({ answers: { helped: 'yes' }, step: 'idq-trin' }), { 'Idempotency-Key': randomUUID() });
      const { receipt, id } = await answer.json();
      assert.match(id, /^[A-Za-z0-9_-]{22}$/, 'an unguessable token (16 random bytes, base64url)');
      const before = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      const follow = await postJson(srv.url, quickFeedback({ answers: { comment: 'linkq Tak for svaret' }, answerTo: id, step: 'idq-trin' }), { 'Idempotency-Key': randomUUID() });
      assert.equal(follow.status, 201);
      const followed = await follow.json();
      const rec = records(srv.dataFile).at(-1);
      assert.equal(rec.linksTo, receipt, 'linked to the message by its receipt, inside the server');
      assert.equal(rec.feedback.answerTo, receipt);
      assert.deepEqual(srv.store.followUps(receipt).map((r) => r.receipt), [followed.receipt]);
      const after = await (await fetch(`${srv.url}/api/feedback/summary`)).json();
      assert.equal(after.total, before.total, 'counted with the answer it follows, not as a second one');
      const html = await (await fetch(`${srv.url}/insights/staff?step=idq-trin`, { headers: bearer })).text();
      const comment = [...html.matchAll(/<li class="comment">([\s\S]*?)<\/li>/g)].map((m) => m[1]).find((c) => c.includes('linkq')) ?? '';
      assert.ok(comment.includes(`Kvittering ${receipt}, ${followed.receipt}`), `shown as a follow-up of that message: ${comment.slice(0, 400)}`);
    });

    test('F1: a replayed request (same Idempotency-Key) answers the same id', async () => {
      const key = randomUUID();
      const body = quickFeedback({ answers: { helped: 'no' } });
      const first = await (await postJson(srv.url, body, { 'Idempotency-Key': key })).json();
      const again = await postJson(srv.url, { ...body, clientTimestamp: new Date().toISOString() }, { 'Idempotency-Key': key });
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      const replayed = await again.json();
      assert.equal(replayed.receipt, first.receipt);
      assert.equal(replayed.id, first.id);
      assert.notEqual(first.id, first.receipt);
    });

    test('F1: after a restart (records read back) a follow-up still links by the id; a receipt still does not', async () => {
      const own = await startTestServer({ staffToken: TOKEN });
      let again;
      try {
        const key = randomUUID();
        const body = quickFeedback({ answers: { helped: 'yes' } });
        const answer = await (await postJson(own.url, body, { 'Idempotency-Key': key })).json();
        await own.stop(true);
        again = await startTestServer({ staffToken: TOKEN, dataDir: own.dataDir });
        const byReceipt = await postJson(again.url, quickFeedback({ answers: { comment: 'gaetq' }, answerTo: answer.receipt }), { 'Idempotency-Key': randomUUID() });
        assert.equal(byReceipt.status, 201);
        assert.equal(records(again.dataFile).at(-1).linksTo, undefined, 'a receipt links nothing after a restart either');
        const follow = await postJson(again.url, quickFeedback({ answers: { comment: 'efterq Tak' }, answerTo: answer.id }), { 'Idempotency-Key': randomUUID() });
        assert.equal(follow.status, 201);
        const followed = await follow.json();
        assert.equal(records(again.dataFile).at(-1).linksTo, answer.receipt);
        assert.deepEqual(again.store.followUps(answer.receipt).map((r) => r.receipt), [followed.receipt]);
        // The answer's own request replayed after the restart: the same id, read back.
        const replay = await postJson(again.url, body, { 'Idempotency-Key': key });
        assert.equal(replay.headers.get('idempotent-replayed'), 'true');
        assert.deepEqual(await replay.json().then(({ receipt, id }) => ({ receipt, id })), { receipt: answer.receipt, id: answer.id });
        assert.notEqual(followed.id, answer.id);
      } finally {
        await again?.stop();
        rmSync(own.dataDir, { recursive: true, force: true });
      }
    });
  });

  describe("F3: a carried key never swallows another citizen's message", () => {
    test("F3: a no-JavaScript post under a token a stranger claimed as answerKey is stored with its own receipt", async () => {
      const token = await pageToken(srv.url);
      const claim = await postJson(srv.url, quickFeedback({ answers: { helped: 'yes' }, principle: undefined, answerKey: token }), { 'Idempotency-Key': randomUUID() });
      assert.equal(claim.status, 201);
      const strangers = (await claim.json()).receipt;
      const text = `VICTIM-TEXT ${randomUUID()}`;
      const victim = await postForm(srv.url, { mode: 'quick', helped: 'no', comment: text, lang: 'da', pageUrl: '/', idempotencyKey: token });
      assert.equal(victim.status, 303);
      assert.notEqual(receiptOf(victim), strangers, "never thanked with someone else's receipt");
      const stored = records(srv.dataFile).filter((r) => r.feedback.answers?.comment === text);
      assert.equal(stored.length, 1, 'the message is stored');
      assert.equal(stored[0].receipt, receiptOf(victim));
      // The same Ja the stranger's message carries, without JavaScript: still the citizen's own.
      const again = await postForm(srv.url, { mode: 'quick', helped: 'yes', lang: 'da', pageUrl: '/', idempotencyKey: token });
      assert.equal(again.status, 303);
      assert.notEqual(receiptOf(again), strangers, 'a one-click Ja without JavaScript is stored too');
      assert.equal(records(srv.dataFile).at(-1).receipt, receiptOf(again));
    });

    test('F3: a carried key replays only the one-click answer it stands for; other content under it is a conflict', async () => {
      const answerKey = randomUUID();
      const message = await (await postJson(srv.url, quickFeedback({ answers: { helped: 'no', comment: 'baereq' }, answerKey }), { 'Idempotency-Key': randomUUID() })).json();
      const count = records(srv.dataFile).length;
      const other = await postJson(srv.url, quickFeedback({ mode: 'full', answers: { improve: 'andenq Noget helt andet' }, principle: undefined }), { 'Idempotency-Key': answerKey });
      assert.equal(other.status, 422, 'other content under the key');
      assert.equal((await other.json()).error.code, 'idempotency-key-reused');
      const yes = await postJson(srv.url, quickFeedback({ answers: { helped: 'yes' }, principle: undefined }), { 'Idempotency-Key': answerKey });
      assert.equal(yes.status, 422, 'another Ja/Nej than the one carried');
      assert.equal(records(srv.dataFile).length, count, 'nothing stored, nothing swallowed');
      // The answer's own late request: a replay of the message that carries it.
      const late = await postJson(srv.url, quickFeedback({ answers: { helped: 'no' }, principle: undefined }), { 'Idempotency-Key': answerKey });
      assert.equal(late.status, 201);
      assert.equal(late.headers.get('idempotent-replayed'), 'true');
      assert.equal((await late.json()).receipt, message.receipt);
    });
  });

  describe('F4: the way back never leads off the site', () => {
    test('F4: the thank-you page links to no other host, also when a CPR number or e-mail address was masked in the way back', async () => {
      for (const back of ['/%252F%252Fevil.example/010190-1234', '/%252F%252Fevil.example/a@b.dk', '/%255C%255Cevil.example/010190-1234', '/%252F%255Cevil.example/a@b.dk', '/%252F%252F%252Fevil.example/a@b.dk']) {
        const html = await (await fetch(`${srv.url}/api/feedback/thanks?receipt=KF-000001&back=${back}`)).text();
        const href = backLink(html) ?? '';
        assert.ok(/^\/(?![/\\])/.test(href), `${back}: ${href}`);
        assert.equal(new URL(href, 'http://klar.invalid').origin, 'http://klar.invalid', `${back}: ${href}`);
      }
    });

    test('F4: a no-JavaScript post whose page address hides another host: its thank-you page and its "not saved" page link home', async () => {
      const res = await postForm(srv.url, { helped: 'yes', lang: 'da', pageUrl: '/%2F%2Fevil.example/a@b.dk' });
      assert.equal(res.status, 303);
      assert.equal(new URL(res.headers.get('location') ?? '', 'http://x.invalid').searchParams.get('back'), '/');
      const thanks = await (await fetch(`${srv.url}${res.headers.get('location')}`)).text();
      assert.equal(backLink(thanks), '/');
      const refused = await postForm(srv.url, { mode: 'full', lang: 'da', pageUrl: '/%2F%2Fevil.example/010190-1234' });
      assert.equal(refused.status, 422);
      assert.equal(backLink(await refused.text()), '/');
    });
  });

  describe('F7: contact details in the metadata are masked when stored', () => {
    test('F7: an e-mail address or phone number in the step, the case reference or the page address (its path, or the query a page keeps with keep-query) is not stored', async () => {
      const res = await postJson(srv.url, {
        ...quickFeedback(),
        answers: { helped: 'no', comment: 'metaq se trin' },
        step: 'ring til mig 41526374 / cille@example.dk',
        caseReference: 'BYG-2417 cille@example.dk',
        pageUrl: 'http://127.0.0.1/sag/cille@example.dk/41526374?x=dorte@example.dk&t=51627384#top',
      });
      assert.equal(res.status, 201);
      const rec = records(srv.dataFile).at(-1);
      const stored = JSON.stringify(rec);
      for (const pii of ['cille@example.dk', 'cille%40example.dk', '41526374', 'dorte@example.dk', 'dorte%40example.dk', '51627384']) assert.ok(!stored.includes(pii), `${pii} stored: ${stored}`);
      assert.match(rec.feedback.step, /^ring til mig \[telefon fjernet\] \/ \[e-mail fjernet\]$/);
      assert.match(rec.feedback.caseReference, /^BYG-2417 \[e-mail fjernet\]$/);
      assert.equal(rec.feedback.pageUrl, 'http://127.0.0.1/sag/redacted/redacted?x=redacted&t=redacted#top', 'the query and fragment a page keeps (keep-query), masked');
      const staff = await (await fetch(`${srv.url}/insights/staff`, { headers: bearer })).text();
      const csv = await (await fetch(`${srv.url}/insights/staff/export.csv`, { headers: bearer })).text();
      for (const [name, text] of [['staff page', staff], ['CSV', csv]]) assert.doesNotMatch(text, /cille@example\.dk|41526374|dorte@example\.dk/, name);
    });

    test('F7: the no-JavaScript form masks them in the step too', async () => {
      const res = await postForm(srv.url, { mode: 'quick', helped: 'no', lang: 'da', pageUrl: '/', step: 'ring 20304050 eller bo@example.dk', caseReference: 'BYG-2417 bo@example.dk' });
      assert.equal(res.status, 303);
      const rec = records(srv.dataFile).at(-1);
      assert.equal(rec.feedback.step, 'ring [telefon fjernet] eller [e-mail fjernet]');
      assert.equal(rec.feedback.caseReference, 'BYG-2417 [e-mail fjernet]');
    });
  });

  describe('F9: pages that echo a submission are not stored by caches', () => {
    test('F9: the no-JavaScript 422 page (contact and text given back) and the thank-you page are sent with Cache-Control: no-store', async () => {
      const refused = await postForm(srv.url, { mode: 'full', wantsAnswer: 'on', email: 'not-an-email-anna@x', phone: '20304050', improve: 'tekst', lang: 'da', pageUrl: '/' });
      assert.equal(refused.status, 422);
      assert.match(await refused.text(), /value="20304050"/, 'the page echoes the contact');
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      const cpr = await postForm(srv.url, { mode: 'quick', helped: 'no', comment: 'CPR 010190-1234', pii: 'block', lang: 'da', pageUrl: '/' });
      assert.equal(cpr.status, 422);
      assert.equal(cpr.headers.get('cache-control'), 'no-store', 'the page that gives the text back without its CPR number');
      const thanks = await fetch(`${srv.url}/api/feedback/thanks?lang=da&receipt=KF-000001&back=/&answer=1`);
      assert.equal(thanks.status, 200);
      assert.equal(thanks.headers.get('cache-control'), 'no-store');
    });
  });
});
