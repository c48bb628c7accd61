// The staff view review (/tmp/review-staff, December 2026) against a real server with stored
// records: every comment and answer asked for can be reached (paging), an answer past its day
// says so, and what staff publish, filter and send is handled as the review found it should be.
import { test, describe } from '../../helpers/node-test.js';
import assert from 'node:assert/strict';
import { storedRecord } from '../../helpers/feedback-records.js';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { startTestServer, tempDataDir, withStoredLines } from '../../helpers/reference-server.js';
import { commentsOf, staffLogin } from '../../helpers/staff-pages.js';
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
      ['Åbent kl. 10:30–12:00 og kl. 13.00 - 15.30.', 'Åbent kl. 10:30–12:00 og kl. 13.00 - 15.30.'],
      ['Kl. 8.00-16.00, fredag fra 9.30—14.00.', 'Kl. 8.00-16.00, fredag fra 9.30—14.00.'],
      ['Åbent fra mandag 9.00-15.00 og mellem 18:00-19:00.', 'Åbent fra mandag 9.00-15.00 og mellem 18:00-19:00.'],
      ['Telefontid kl. 10.00-12.00 på 99 10 20 00.', 'Telefontid kl. 10.00-12.00 på [telefon fjernet].'],
    ]) assert.equal(maskPii(text), out, text);
  });

  test('real Danish phone numbers are still masked, however they are written', () => {
    // A span not said as a time (no "kl.", "fra", "mellem") is a number written so: masked (the diff review found "tlf: 20.00-21.30" kept).
    for (const text of ['20304050', '20 30 40 50', '2030 4050', '20-30-40-50', '20.30.40.50', '+45 20 30 40 50', '+4520304050', '0045 20304050', '+45 21.45-23.10', '21.45-13.10', '+46 70 123 45 67', '20.00-21.30', '+45-20.00-21.30', '+45  20.00-21.30']) {
      assert.equal(maskPii(`Ring på ${text} i dag.`), 'Ring på [telefon fjernet] i dag.', text);
    }
    assert.equal(maskPii('Skriv til anna@example.dk eller ring 22 33 44 55 kl. 9.00-10.00.'), 'Skriv til [e-mail fjernet] eller ring [telefon fjernet] kl. 9.00-10.00.');
    assert.equal(maskPii('CPR 010190-1234 kl. 10.00-12.00'), 'CPR [CPR-nummer fjernet] kl. 10.00-12.00');
    for (const text of ['tlf: 20.00-21.30', 'telefon: 21.30-22.45', 'mobil 20.00-21.30 og 22.10-23.20', '(+45) 20.00-21.30']) assert.doesNotMatch(maskPii(text), /\d{2}[.:]\d{2}/, text);
  });
});

describe('publishing: seen first, once, and it can be taken back', () => {
  /**
   * Posts a staff form as the browser does, with the session.
   * @param {string} url @param {string} p @param {{ cookie: string }} s @param {URLSearchParams | Record<string, string>} fields
   */
  const postAs = (url, p, s, fields) =>
    fetch(`${url}${p}`, { method: 'POST', headers: { Cookie: s.cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields), redirect: 'manual' });
  /** The fields a form on the page posts, by its button's words. @param {string} html @param {string} button */
  const formFields = (html, button) => {
    const form = [...html.matchAll(/<form method="post"[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`>${button}</button>`)) ?? '';
    const unescape = (/** @type {string} */ v) => v.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
    return new URLSearchParams([...form.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1], unescape(m[2])]));
  };
  const publicPage = async (/** @type {string} */ url) => (await fetch(`${url}/insights`)).text();

  test('"Se teksten" shows the masked text as it will stand, publishes nothing; "Offentliggør" then publishes it, once however often it is pressed', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      const s = await staffLogin(srv.url, TOKEN);
      assert.doesNotMatch(s.page, /så snart du trykker Offentliggør/, 'the hint no longer says a press publishes');
      const said = 'En borger skrev: ring 22 33 44 55. Telefontid kl. 10.00-12.00.';
      const did = 'Vi har skrevet telefontiden øverst på siden.';
      const first = await postAs(srv.url, '/insights/staff/published', s, { said, did, principle: 'klar-tale', csrf: s.csrf });
      assert.equal(first.status, 200);
      const preview = await first.text();
      assert.match(preview, /Sådan kommer det til at stå på den offentlige side\. Det er ikke offentliggjort endnu\. Vi har fjernet et CPR-nummer, en e-mailadresse eller et telefonnummer\./);
      assert.match(preview, /<strong>Du sagde:<\/strong> En borger skrev: ring \[telefon fjernet\]\. Telefontid kl\. 10\.00-12\.00\./);
      assert.match(preview, /<textarea id="p-said"[^>]*>En borger skrev: ring 22 33 44 55\./, 'the draft kept to correct');
      assert.equal(srv.published.entries.length, 0, 'nothing public yet');
      assert.doesNotMatch(await publicPage(srv.url), /Telefontid/);
      const confirm = formFields(preview, 'Offentliggør');
      assert.equal(confirm.get('confirm'), '1');
      const done = await postAs(srv.url, '/insights/staff/published', s, confirm);
      assert.equal(done.status, 303);
      const again = await postAs(srv.url, '/insights/staff/published', s, confirm);
      assert.equal(again.status, 303, 'a second press');
      assert.equal(again.headers.get('location'), done.headers.get('location'), 'answered with the entry already public');
      assert.equal(srv.published.entries.length, 1);
      assert.match(await publicPage(srv.url), /<strong>Du sagde:<\/strong> En borger skrev: ring \[telefon fjernet\]\. Telefontid kl\. 10\.00-12\.00\./);
      // A script's double post (Bearer, no preview token): one entry too.
      const script = () =>
        fetch(`${srv.url}/insights/staff/published`, { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ said: 'Script.', did: 'Én gang.', confirm: '1' }), redirect: 'manual' });
      const [a, b] = await Promise.all([script(), script()]);
      assert.deepEqual([a.status, b.status], [303, 303]);
      assert.equal(srv.published.entries.length, 2);
      assert.equal(readFileSync(path.join(srv.dataDir, 'published.jsonl'), 'utf8').trim().split('\n').length, 2);
    } finally {
      await srv.stop();
    }
  });

  test('"Træk tilbage" takes an entry off the public page, for good; the file keeps it and says when it was withdrawn', async () => {
    const dataDir = tempDataDir();
    const srv = await startTestServer({ staffToken: TOKEN, dataDir });
    try {
      const s = await staffLogin(srv.url, TOKEN);
      await postAs(srv.url, '/insights/staff/published', s, { said: 'Brevet var svært.', did: 'Vi skrev brevet om, med en stavefjel.', csrf: s.csrf, confirm: '1' });
      await postAs(srv.url, '/insights/staff/published', s, { said: 'Ventetiden var lang.', did: 'Vi svarer nu inden for en uge.', csrf: s.csrf, confirm: '1' });
      const page = await get(srv.url, '/insights/staff');
      const entry = srv.published.entries.find((e) => e.did.includes('stavefjel'));
      const withdraw = [...page.matchAll(/<form method="post" action="\/insights\/staff\/withdraw"[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(entry?.id ?? '?'));
      assert.match(withdraw ?? '', /<button type="submit">Træk tilbage<\/button>/, 'each entry has its button');
      const res = await postAs(srv.url, '/insights/staff/withdraw', s, { id: entry?.id ?? '', csrf: s.csrf });
      assert.equal(res.status, 303);
      const after = await (await fetch(`${srv.url}${res.headers.get('location')}`, { headers: { Cookie: s.cookie } })).text();
      assert.match(after, /Trukket tilbage\. Det står ikke længere på den offentlige side\./);
      const pub = await publicPage(srv.url);
      assert.doesNotMatch(pub, /stavefjel/);
      assert.match(pub, /Vi svarer nu inden for en uge/, 'the other stays');
      const lines = readFileSync(path.join(srv.dataDir, 'published.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 3, 'appended, nothing deleted');
      assert.equal(lines[2].withdrawn, entry?.id);
      assert.equal((await postAs(srv.url, '/insights/staff/withdraw', s, { id: entry?.id ?? '', csrf: s.csrf })).headers.get('location'), '/insights/staff?withdrawn=0#published-h', 'twice: already withdrawn');
      await srv.stop();
      const again = await startTestServer({ staffToken: TOKEN, dataDir });
      try {
        const pubAgain = await publicPage(again.url);
        assert.doesNotMatch(pubAgain, /stavefjel/, 'withdrawn after a restart too');
        assert.match(pubAgain, /Vi svarer nu inden for en uge/);
      } finally {
        await again.stop();
      }
    } finally {
      if (srv.server.listening) await srv.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a principle only by its own name: "__proto__" or "constructor" in the publish form is refused', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      for (const principle of ['__proto__', 'constructor', 'toString']) {
        const res = await fetch(`${srv.url}/insights/staff/published`, { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ said: 'x', did: 'y', principle, confirm: '1' }), redirect: 'manual' });
        assert.equal(res.status, 422, principle);
        assert.match(await res.text(), /Vælg et af de ni løfter, eller intet\./);
      }
      assert.equal(srv.published.entries.length, 0);
      assert.ok(!existsSync(path.join(srv.dataDir, 'published.jsonl')) || readFileSync(path.join(srv.dataDir, 'published.jsonl'), 'utf8') === '');
    } finally {
      await srv.stop();
    }
  });
});

describe('staff forms after the session ended, from a stale page, or too long: a staff page, the draft kept', () => {
  /** @param {string} url @param {string} p @param {Record<string, string>} headers @param {URLSearchParams | Record<string, string> | string} fields */
  const postForm = (url, p, headers, fields) =>
    fetch(`${url}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: typeof fields === 'string' ? fields : new URLSearchParams(fields), redirect: 'manual' });
  const said = 'Borgerne savnede en dato for svaret.';
  const did = 'Vi skriver nu datoen øverst i brevet.';
  const textareaOf = (/** @type {string} */ html, /** @type {string} */ id) => new RegExp(`<textarea id="${id}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];

  test('a publish after the session ended (8 hours, a restart): the log-in form with the draft in it, and logging in puts it in the publish form', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      const res = await postForm(srv.url, '/insights/staff/published', { Cookie: 'klar_staff=a-session-the-server-forgot' }, { said, did, principle: 'klar-tale', csrf: 'old' });
      assert.equal(res.status, 401);
      const html = await res.text();
      assert.doesNotMatch(html, /Din besked er ikke gemt|Til forsiden/, 'not the citizens\' page');
      assert.match(html, /<title>Log ind: borgernes kommentarer/);
      assert.match(html, /Du er blevet logget ud, så intet er offentliggjort\. Log ind igen\./);
      assert.equal(textareaOf(html, 'login-said'), said);
      assert.equal(textareaOf(html, 'login-did'), did);
      // A post from another site carries no draft: its words would sit in the publish form as the staff member's (the diff review).
      const foreign = await (await postForm(srv.url, '/insights/staff/published', { 'Sec-Fetch-Site': 'cross-site' }, { said: 'Ondsindet', did: 'Tekst', csrf: 'x' })).text();
      assert.match(foreign, /Du er blevet logget ud/);
      assert.doesNotMatch(foreign, /Ondsindet/);
      const again = await postForm(srv.url, '/insights/staff/login', {}, { token: TOKEN, said, did, principle: 'klar-tale' });
      assert.equal(again.status, 200);
      assert.match(again.headers.get('set-cookie') ?? '', /^klar_staff=[^;]+; Path=\/insights\/staff; HttpOnly/);
      const page = await again.text();
      assert.match(page, /Du er logget ind igen\. Din tekst står i formularen herunder\. Den er ikke offentliggjort endnu\./);
      assert.equal(textareaOf(page, 'p-said'), said);
      assert.equal(textareaOf(page, 'p-did'), did);
      assert.match(page, /<option value="klar-tale" selected>/);
      assert.equal(srv.published.entries.length, 0);
      const out = await postForm(srv.url, '/insights/staff/logout', { Cookie: 'klar_staff=gone' }, { csrf: 'x' });
      assert.match(await out.text(), /Du er allerede logget ud\.[\s\S]*<form method="post" action="\/insights\/staff\/login"/);
      // Whatever else a staff address refuses, it is not the citizens' "Din besked er ikke gemt".
      assert.doesNotMatch(await (await postForm(srv.url, '/insights/staff', { Authorization: `Bearer ${TOKEN}` }, { said })).text(), /Din besked er ikke gemt/);
    } finally {
      await srv.stop();
    }
  });

  test('a stale page (its CSRF token no longer fits) and a body over 64 KB: the staff page again, the draft in the publish form, nothing published', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      const s = await staffLogin(srv.url, TOKEN);
      const stale = await postForm(srv.url, '/insights/staff/published', { Cookie: s.cookie }, { said, did, csrf: 'a-token-from-an-old-page' });
      assert.equal(stale.status, 403);
      const html = await stale.text();
      assert.match(html, /Siden var forældet, så intet er offentliggjort\. Din tekst står herunder\. Send den igen\./);
      assert.equal(textareaOf(html, 'p-said'), said);
      assert.ok(html.includes(`name="csrf" value="${s.csrf}"`), 'with a token that fits');
      const long = await postForm(srv.url, '/insights/staff/published', { Cookie: s.cookie }, { csrf: s.csrf, said: `${'Langt. '.repeat(11000)}`, did });
      assert.equal(long.status, 413);
      const cut = await long.text();
      assert.match(cut, /Teksten var for lang til at blive sendt, så intet er offentliggjort\. Hver tekst må højst være 2\.000 tegn; vi har kortet den af herunder\./);
      assert.equal(textareaOf(cut, 'p-said')?.length, 2000);
      assert.equal(textareaOf(cut, 'p-did'), did);
      assert.equal(srv.published.entries.length, 0);
    } finally {
      await srv.stop();
    }
  });

  test('the log-in rate limit\'s page has the log-in form (a way on)', async () => {
    const srv = await startTestServer({ staffToken: TOKEN });
    try {
      let res;
      for (let i = 0; i < 12; i++) res = await postForm(srv.url, '/insights/staff/login', {}, { token: 'wrong' });
      assert.equal(res?.status, 429);
      const html = (await res?.text()) ?? '';
      assert.match(html, /For mange forsøg på at logge ind\. Vent \d+ sekund(er)?, og prøv igen\./);
      assert.match(html, /<form method="post" action="\/insights\/staff\/login"[\s\S]*<button type="submit">Log ind<\/button>/);
    } finally {
      await srv.stop();
    }
  });
});

describe('the staff filter says what it cannot use', () => {
  test('an impossible day (31 February) is refused as a bad date; "to" before "from" is said; "__proto__" and "constructor" are no principles', async () => {
    await withRecords([storedRecord(1, '2026-12-01T10:00:00Z', { mode: 'quick', answers: { helped: 'no', comment: 'filterq' } })], async (srv) => {
      const feb = await get(srv.url, '/insights/staff?from=2027-02-31');
      assert.match(feb, /<p class="notice" role="alert">Datoen &#34;2027-02-31&#34; kunne ikke læses; brug formen 2026-12-31\.<\/p>/);
      assert.match(feb, /<input id="f-from" name="from" type="date" value="">/, 'and not applied');
      assert.equal(commentsOf(feb).length, 1);
      const reversed = await get(srv.url, '/insights/staff?from=2026-12-08&to=2026-12-01');
      assert.match(reversed, /role="alert">Til og med-datoen \(1\. december 2026\) ligger før fra og med-datoen \(8\. december 2026\), så ingen svar kan passe\. Byt om på datoerne\.<\/p>/);
      for (const principle of ['__proto__', 'constructor', 'toString']) {
        const html = await get(srv.url, `/insights/staff?principle=${principle}`);
        assert.match(html, new RegExp(`Løftet &#34;${principle}&#34; kendes ikke\\.`), principle);
        assert.equal(commentsOf(html).length, 1, `${principle}: not applied`);
      }
      assert.match(await get(srv.url, '/insights/staff?from=2028-02-29&to=2028-03-01'), /Ingen kommentarer passer/, 'a leap day is a day');
    });
  });
});

describe('what the server stores is its own to read', () => {
  test('a data folder it makes is 0700, feedback.jsonl and published.jsonl 0600 (they were 0644 in a 0755 folder: any user could read citizens\' contact details)', async () => {
    const parent = tempDataDir();
    const dataDir = path.join(parent, 'data');
    const old = process.umask(0o022);
    try {
      const srv = await startTestServer({ staffToken: TOKEN, dataDir });
      try {
        await fetch(`${srv.url}/insights/staff/published`, { method: 'POST', headers: { ...bearer, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'said=a&did=b&confirm=1' });
      } finally {
        await srv.stop();
      }
      const mode = (/** @type {string} */ f) => (statSync(f).mode & 0o777).toString(8);
      assert.deepEqual([mode(dataDir), mode(path.join(dataDir, 'feedback.jsonl')), mode(path.join(dataDir, 'published.jsonl'))], ['700', '600', '600']);
    } finally {
      process.umask(old);
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('a comment in a right-to-left script', () => {
  test('is isolated in its own direction on the staff page (<bdi>), after its Danish label', async () => {
    const arabic = 'لم أفهم الرسالة.';
    await withRecords([storedRecord(1, '2026-12-01T10:00:00Z', { mode: 'quick', answers: { helped: 'no', comment: arabic } })], async (srv) => {
      const [comment] = commentsOf(await get(srv.url, '/insights/staff'));
      assert.ok(comment.includes(`<span class="label">Kommentar:</span> <bdi>${arabic}</bdi>`), comment);
    });
  });
});
