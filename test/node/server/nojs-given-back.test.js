// Without JavaScript, a message the server does not store (a full disk, too many posts, too long)
// comes back in a form to send again, as a refused one does (422): the page said "Gå tilbage" and
// its link opened the page with an empty field, so whether the text survived was up to the browser.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { useTestServer, quietLog } from '../../helpers/reference-server.js';

/** The form on a page and the fields it would post (what "Send igen" sends). */
function formOf(/** @type {string} */ html) {
  const form = /<form class="fallback-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const unescape = (/** @type {string} */ s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
  const fields = new URLSearchParams();
  for (const m of form.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) fields.append(unescape(m[1]), unescape(m[2]));
  for (const m of form.matchAll(/<textarea id="[^"]*" name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields.append(m[1], unescape(m[2]));
  return { form, fields };
}

/** @param {string} url @param {string | URLSearchParams} body */
const postForm = (url, body) => fetch(`${url}/api/feedback`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });

const sent = (/** @type {Record<string, string>} */ over = {}) =>
  new URLSearchParams({ helped: 'no', comment: 'Jeg kunne ikke finde min ansøgning.', mode: 'quick', lang: 'da', pageUrl: '/min-sag?case=byg-2417', idempotencyKey: `tok-${Math.random()}`, ...over });

describe('no JavaScript: a message not stored is given back to send again', () => {
  const srv = useTestServer({ log: quietLog(), feedbackPerMinute: 600 });

  test('503 (the disk refuses the write): the text in its field, the token kept, "Send igen"; sent again it is stored once', async () => {
    const real = srv.store.append;
    srv.store.append = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const body = sent();
    let html;
    try {
      const res = await postForm(srv.url, body);
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '5');
      html = await res.text();
    } finally {
      srv.store.append = real;
    }
    assert.match(html, /<html lang="da">/);
    assert.match(html, /Vi kan ikke gemme din besked lige nu\. Det, du har skrevet, står herunder\. Vent lidt, og send den igen\./);
    assert.doesNotMatch(html, /Gå tilbage/, 'no way back that opens an empty field');
    const { form, fields } = formOf(html);
    assert.match(form, />Jeg kunne ikke finde min ansøgning\.<\/textarea>/);
    assert.match(form, /<button type="submit">Send igen<\/button>/);
    assert.equal(fields.get('idempotencyKey'), body.get('idempotencyKey'));
    assert.equal(fields.get('helped'), 'no');
    const before = srv.store.records.length;
    const again = await postForm(srv.url, fields);
    assert.equal(again.status, 303);
    assert.equal(srv.store.records.length, before + 1);
    assert.equal(srv.store.records.at(-1)?.feedback.answers.comment, 'Jeg kunne ikke finde min ansøgning.');
    assert.equal((await postForm(srv.url, fields)).status, 303, 'a second click');
    assert.equal(srv.store.records.length, before + 1, 'stored once');
  });

  test('a text that fits its limit is taken whole, however many bytes its script takes once urlencoded', async () => {
    // 2 × 5,000 characters of Chinese is about 90 KB urlencoded: it was refused as too long (413).
    const body = sent({ mode: 'full', helped: '', comment: '', worked: '好'.repeat(5000), improve: '–'.repeat(5000) });
    const res = await postForm(srv.url, body);
    assert.equal(res.status, 303);
    assert.equal(srv.store.records.at(-1)?.feedback.answers.improve, '–'.repeat(5000));
  });

  test('413 (far too long): each text given back cut to its limit, the page says so, in the form\'s language; sent again it is stored', async () => {
    const body = sent({ lang: 'en', comment: `${'Ærlig talt '.repeat(20000)}slut`, pageUrl: '/min-sag?lang=en' });
    assert.ok(body.toString().length > 256 * 1024);
    const res = await postForm(srv.url, body);
    assert.equal(res.status, 413);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Your message is too long for us to receive\. What you wrote is below\. We have shortened the text so it is no longer than there is room for\. The end is therefore missing\. Read the text through, and send it again\./);
    const { fields } = formOf(html);
    const comment = fields.get('comment') ?? '';
    assert.equal(comment.length, 5000);
    assert.ok(comment.startsWith('Ærlig talt Ærlig talt'));
    assert.equal(fields.get('pageUrl'), '/min-sag?lang=en', 'the fields after the text are kept');
    assert.equal(fields.get('idempotencyKey'), body.get('idempotencyKey'));
    assert.match(html, /<a href="\/min-sag\?lang=en">Back to the page<\/a>/);
    const again = await postForm(srv.url, fields);
    assert.equal(again.status, 303);
    assert.equal(srv.store.records.at(-1)?.feedback.answers.comment, comment.trim());
  });
});

describe('no JavaScript: over the rate limit', () => {
  const srv = useTestServer({ log: quietLog(), feedbackPerMinute: 1 });

  test('429: the text given back with how long to wait, in words that agree with the number; nothing stored', async () => {
    assert.equal((await postForm(srv.url, sent())).status, 303);
    const before = srv.store.records.length;
    const res = await postForm(srv.url, sent({ comment: 'Anden besked, vigtig.' }));
    assert.equal(res.status, 429);
    const wait = Number(res.headers.get('retry-after'));
    assert.ok(wait >= 1);
    const html = await res.text();
    assert.ok(html.includes(`Det, du har skrevet, står herunder. Vent ${wait} ${wait === 1 ? 'sekund' : 'sekunder'}, og send den igen.`), html);
    assert.doesNotMatch(html, /Gå tilbage|Til forsiden/);
    assert.match(formOf(html).form, />Anden besked, vigtig\.<\/textarea>/);
    assert.match(html, /<a href="\/min-sag\?case=byg-2417">Tilbage til siden<\/a>/);
    assert.equal(srv.store.records.length, before);
  });
});

describe('reading a form body over its limit (the diff review)', () => {
  test('keeps a bounded tail whatever the body is made of: 1 MB of "&" was one Buffer each (240 MB, 0.7 s)', async () => {
    const { Readable } = await import('node:stream');
    const { readFormBody, MAX_FORM_BYTES } = await import('../../../server/http-util.js');
    /** @param {Buffer} buf */
    const stream = (buf) => Object.assign(Readable.from(Array.from({ length: Math.ceil(buf.length / 65536) }, (_, i) => buf.subarray(i * 65536, (i + 1) * 65536))), { headers: {} });
    for (const ch of ['&', 'a']) {
      const started = performance.now();
      const { body, over } = await readFormBody(/** @type {any} */ (stream(Buffer.alloc(1024 * 1024 - 10, ch))));
      assert.equal(over, true);
      // The head, plus at most 64 fields of 4 KB after it.
      assert.ok(body.length <= MAX_FORM_BYTES + 64 * (4096 + 1), `${ch}: ${body.length} bytes kept`);
      assert.ok(performance.now() - started < 500, `${ch}: ${Math.round(performance.now() - started)} ms`);
    }
  });

  test('a text the reading cut ends whole: no "\uFFFD" or "%A" left at its end, and the page says it was cut', async () => {
    const { startTestServer } = await import('../../helpers/reference-server.js');
    const srv = await startTestServer();
    try {
      const body = `mode=full&rating=4&worked=${'a'.repeat(300 * 1024)}&improve=${encodeURIComponent('æ'.repeat(1002))}&lang=da`;
      const html = await (await postForm(srv.url, body)).text();
      const improve = /<textarea id="[^"]*" name="improve"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
      assert.ok(improve.length > 0, 'the text is given back');
      assert.match(improve, /æ$/, `ends whole: …${JSON.stringify(improve.slice(-6))}`);
    } finally {
      await srv.stop();
    }
  });
});
