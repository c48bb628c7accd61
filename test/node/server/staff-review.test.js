// The staff view review (/tmp/review-staff, December 2026) against a real server with stored
// records: every comment and answer asked for can be reached (paging), an answer past its day
// says so, and what staff publish, filter and send is handled as the review found it should be.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { storedRecord } from '../../helpers/feedback-records.js';
import { withStoredLines } from '../../helpers/reference-server.js';
import { commentsOf } from '../../helpers/staff-pages.js';
import { maskPii } from '../../../server/pii.js';

const TOKEN = 'staff-secret-token-for-staff-review';
const bearer = { Authorization: `Bearer ${TOKEN}` };

/** @param {string} url @param {string} p */
const get = async (url, p) => (await fetch(`${url}${p}`, { headers: bearer })).text();

/** @param {Record<string, any>[]} records @param {Parameters<typeof withStoredLines>[1]} check */
const withRecords = (records, check) => withStoredLines(records.map((r) => JSON.stringify(r)), check, { staffToken: TOKEN });

/** A link's address on a page, unescaped, by its words. @param {string} html @param {string} words */
const hrefOf = (html, words) => [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].find((m) => m[2] === words)?.[1].replace(/&#38;/g, '&');

describe('staff view: every answer asked for can be reached', () => {
  test('wants=1 with 150 asked: 100 on the first page, "Ældre kommentarer" (filter kept) to the 50 oldest, the overdue said as overdue and counted', async () => {
    const old = Array.from({ length: 148 }, (_, i) =>
      storedRecord(i + 1, new Date(Date.UTC(2026, 5, 1) + i * 86_400_000).toISOString(), { mode: 'full', answers: { improve: `pagingq nummer ${i + 1}`, wantsAnswer: true }, contact: { email: `borger${i + 1}@example.dk` } }),
    );
    const now = new Date().toISOString();
    const fresh = [149, 150].map((n) => storedRecord(n, now, { mode: 'full', answers: { improve: `pagingq nummer ${n}`, wantsAnswer: true }, contact: { phone: '22 33 44 55' } }));
    const quiet = storedRecord(151, now, { mode: 'quick', answers: { helped: 'yes' } });
    await withRecords([...old, ...fresh, quiet], async (srv) => {
      const first = await get(srv.url, '/insights/staff?wants=1');
      assert.equal(commentsOf(first).length, 100);
      assert.match(first, /Viser nr\. 1–100 af 150, nyeste først\./);
      assert.match(first, /Har bedt om et svar: <strong>150<\/strong>, heraf 148 efter fristen\./);
      assert.equal(hrefOf(first, 'Nyere kommentarer'), undefined, 'nothing newer than the newest');
      const older = hrefOf(first, 'Ældre kommentarer');
      assert.equal(older, '/insights/staff?wants=1&skip=100#comments-h');
      const second = await get(srv.url, older ?? '');
      const rest = commentsOf(second);
      assert.equal(rest.length, 50);
      assert.match(second, /Viser nr\. 101–150 af 150, nyeste først\./);
      assert.match(rest.at(-1) ?? '', /pagingq nummer 1\b/, 'the oldest is reached');
      // 1 June 2026 (a Monday) + 5 working days, Grundlovsdag (5 June) skipped: 9 June.
      assert.match(rest.at(-1) ?? '', /<p class="answer-wanted overdue"><strong>Fristen for svar var 9\. juni 2026\. Den er overskredet\.<\/strong>/);
      assert.equal(hrefOf(second, 'Ældre kommentarer'), undefined);
      assert.equal(hrefOf(second, 'Nyere kommentarer'), '/insights/staff?wants=1#comments-h');
      assert.match(commentsOf(first)[0], /Ønsker et svar senest/, 'one not yet due says when it is due');
      // A page past the end shows the last one, not nothing.
      assert.equal(commentsOf(await get(srv.url, '/insights/staff?wants=1&skip=9999')).length, 50);
      const few = await get(srv.url, '/insights/staff?wants=1&from=2026-06-01&to=2026-06-05');
      assert.match(few, /Alle 5, nyeste først\./);
      assert.doesNotMatch(few, /Ældre kommentarer|Nyere kommentarer/);
    });
  });
});

describe('masking what staff publish and read: a span of time is no phone number', () => {
  test('times and opening hours are kept', () => {
    for (const [text, out] of [
      ['Vi har nu telefontid kl. 10.00-12.00 hver dag.', 'Vi har nu telefontid kl. 10.00-12.00 hver dag.'],
      ['Åbent 10:30–12:00 og 13.00 - 15.30.', 'Åbent 10:30–12:00 og 13.00 - 15.30.'],
      ['Kl. 8.00-16.00, fredag 9.30—14.00.', 'Kl. 8.00-16.00, fredag 9.30—14.00.'],
      ['Telefontid kl. 10.00-12.00 på 99 10 20 00.', 'Telefontid kl. 10.00-12.00 på [telefon fjernet].'],
    ]) assert.equal(maskPii(text), out, text);
  });

  test('real Danish phone numbers are still masked, however they are written', () => {
    for (const text of ['20304050', '20 30 40 50', '2030 4050', '20-30-40-50', '20.30.40.50', '+45 20 30 40 50', '+4520304050', '0045 20304050', '+45 21.45-23.10', '21.45-13.10', '+46 70 123 45 67']) {
      assert.equal(maskPii(`Ring på ${text} i dag.`), 'Ring på [telefon fjernet] i dag.', text);
    }
    assert.equal(maskPii('Skriv til anna@example.dk eller ring 22 33 44 55 kl. 9.00-10.00.'), 'Skriv til [e-mail fjernet] eller ring [telefon fjernet] kl. 9.00-10.00.');
    assert.equal(maskPii('CPR 010190-1234 kl. 10.00-12.00'), 'CPR [CPR-nummer fjernet] kl. 10.00-12.00');
  });
});
