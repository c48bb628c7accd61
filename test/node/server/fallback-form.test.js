// The feedback form the demo pages offer without JavaScript (demo/fallback-form.html's <noscript>,
// an ordinary form posting to /api/feedback, on "Min sag" and the CMS page) speaks the page's
// language, with the words <klar-feedback-form> says: the server puts in the element's own
// catalogues (from the build, dist/translations/).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, useTestServer } from '../../helpers/reference-server.js';
import { escapeHtml } from '../../../server/http-util.js';

const built = existsSync(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'));

/** @param {string} html */
const fallbackForm = (html) => /<form class="fallback-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';

describe('the form without JavaScript', { skip: !built && 'needs the build (npm run build)' }, () => {
  const srv = useTestServer();

  test('on an English page (/?lang=en) speaks English, with the texts the element uses; the Danish page Danish', async () => {
    const da = await import(path.join(ROOT, 'dist', 'translations', 'feedback-form.js'));
    const daMore = await import(path.join(ROOT, 'dist', 'translations', 'feedback-form-more.js'));
    const en = await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form.js'));
    const enMore = await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'));
    const catalogues = {
      da: { ...da.feedbackFormMessages.da, ...daMore.feedbackMoreMessages.da },
      en: { ...en.feedbackFormMessagesEn, ...enMore.feedbackMoreMessagesEn },
    };
    for (const lang of /** @type {const} */ (['en', 'da'])) {
      const t = catalogues[lang];
      const form = fallbackForm(await (await fetch(`${srv.url}/?lang=${lang}`)).text());
      assert.ok(form, 'the page has the fallback form');
      assert.match(form, new RegExp(`<form [^>]*\\blang="${lang}"`), `${lang}: the form's lang`);
      assert.match(form, new RegExp(`name="lang" value="${lang}"`), `${lang}: the language posted, so the thank-you page speaks it`);
      assert.match(form, new RegExp(`<h2>${t['feedback.heading.quick']}</h2>`), lang);
      assert.match(form, new RegExp(`<legend>${t['feedback.helped'].replace('?', '\\?')}</legend>`), lang);
      assert.match(form, new RegExp(`value="yes" required> ${t['feedback.yes']}</label>`), lang);
      assert.match(form, new RegExp(`value="no"> ${t['feedback.no']}</label>`), lang);
      // The honeypot's name is an attribute, not page text that read-aloud and translation would read.
      assert.match(form, new RegExp(`<input id="nojs-website"[^>]*aria-label="${t['feedback.honeypot']}"`), lang);
      assert.doesNotMatch(form, /<label for="nojs-website">/, lang);
      assert.match(form, new RegExp(`<button type="submit">${t['feedback.send']}</button>`), lang);
      // The comment is described as the element's quick comment is: no one answers here, no personal
      // details; and then by its limit (its own test below).
      const describedby = /<textarea id="nojs-comment"[^>]*aria-describedby="([^"]+)"/.exec(form)?.[1].split(' ') ?? [];
      const description = describedby.map((id) => new RegExp(`id="${id}">([^<]*)<`).exec(form)?.[1]).join(' ');
      assert.ok(description.startsWith(`${t['feedback.no-reply']} ${t['feedback.no-personal']}`), `${lang}: ${description}`);
    }
    const english = fallbackForm(await (await fetch(`${srv.url}/?lang=en`)).text());
    assert.doesNotMatch(english, /Hjælp os|Fik du hjælp|> Ja<|> Nej<|Vil du fortælle|Skriv ikke|Lad dette felt/, 'no Danish left on the English page');
    assert.match(english, /<label for="nojs-comment">Would you like to tell us more\? \(optional\)<\/label>/);
  });

  test('the CMS page has the same form as "Min sag", from the one file, posting its own address and a token of its own', async () => {
    // The CMS page had a mailto: link only. Its form is demo/fallback-form.html's, as "Min sag"'s is.
    const cms = fallbackForm(await (await fetch(`${srv.url}/cms.html`)).text());
    const min = fallbackForm(await (await fetch(`${srv.url}/`)).text());
    assert.ok(cms, 'the CMS page has the form without JavaScript');
    const own = (/** @type {string} */ form) => form.replace(/(name="pageUrl" value=")[^"]*/, '$1').replace(/(name="idempotencyKey" value=")[^"]*/, '$1');
    assert.equal(own(cms), own(min));
    // The form, not the file's note about it (its "<noscript>" opened an element that hid the form on "Min sag").
    for (const html of [await (await fetch(`${srv.url}/cms.html`)).text(), await (await fetch(`${srv.url}/`)).text()]) assert.doesNotMatch(html, /marks its place/);
    assert.match(cms, /name="pageUrl" value="\/cms\.html"/);
    assert.notEqual(/name="idempotencyKey" value="([^"]+)"/.exec(cms)?.[1], /name="idempotencyKey" value="([^"]+)"/.exec(min)?.[1]);
    assert.equal(readFileSync(path.join(ROOT, 'demo', 'cms.html'), 'utf8').includes('class="fallback-form"'), false, 'no second copy of the markup');
    assert.equal(readFileSync(path.join(ROOT, 'demo', 'index.html'), 'utf8').includes('class="fallback-form"'), false, 'no second copy of the markup');
  });

  test('says the comment\'s limit before it is sent, in the form\'s own words, tied to the field, on both pages and in both languages', async () => {
    // Without JavaScript a citizen learnt the limit only from the page that refused the text.
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'feedback.schema.json'), 'utf8'));
    assert.equal(schema.$defs.text.maxLength, 5000, 'the limit the server holds a comment to');
    const more = {
      da: (await import(path.join(ROOT, 'dist', 'translations', 'feedback-form-more.js'))).feedbackMoreMessages.da,
      en: (await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'))).feedbackMoreMessagesEn,
    };
    for (const [url, lang, said] of /** @type {const} */ ([
      ['/', 'da', 'Skriv højst 5.000 tegn.'],
      ['/?lang=en', 'en', 'Write at most 5,000 characters.'],
      ['/cms.html', 'da', 'Skriv højst 5.000 tegn.'],
    ])) {
      const form = fallbackForm(await (await fetch(`${srv.url}${url}`)).text());
      // The words the form says it in with JavaScript when a text is over it.
      assert.ok(more[lang]['feedback.error.too-long'].endsWith(said.replace(/5[.,]000/, '{max}')), `${url}: the form's own sentence`);
      const ids = /<textarea id="nojs-comment"[^>]*aria-describedby="([^"]+)"/.exec(form)?.[1].split(' ') ?? [];
      const limit = ids.map((id) => new RegExp(`<p class="hint" id="${id}">([^<]*)</p>`).exec(form)?.[1]).find((text) => text === said);
      assert.equal(limit, said, `${url}: the comment is described by its limit`);
      assert.match(form, new RegExp(`<p class="hint" id="[^"]+">${said.replace('.', '\\.')}</p>\\s*<textarea id="nojs-comment"`), `${url}: on screen right above the field`);
      assert.doesNotMatch(form, /maxlength/i, `${url}: the browser still cuts nothing`);
    }
  });

  test('the file holds the whole form, the comment\'s hints and what ties them to it too; the server puts in words and values only', async () => {
    // The server wrote the hints' ids and the field's aria-describedby into the markup with regex
    // surgery, so the file was not the form the page got. Each tag of the file is on the page
    // as it is, but for the values filled in (the language, the page's address, the words).
    const file = readFileSync(path.join(ROOT, 'demo', 'fallback-form.html'), 'utf8');
    assert.match(file, /<textarea id="nojs-comment" aria-describedby="nojs-no-reply nojs-no-personal nojs-comment-limit" name="comment" rows="4"><\/textarea>/);
    for (const id of ['nojs-no-reply', 'nojs-no-personal', 'nojs-comment-limit']) assert.match(file, new RegExp(`<p class="hint" id="${id}">[^<]+</p>`), id);
    const tags = (/** @type {string} */ html) => [...html.matchAll(/<[a-z][^>]*>/g)].map(([t]) => t.replace(/\b(lang|value|aria-label)="[^"]*"/g, '$1=""'));
    const form = /<form class="fallback-form"[\s\S]*?<\/form>/;
    for (const url of ['/', '/?lang=en', '/cms.html']) {
      const page = tags(fallbackForm(await (await fetch(`${srv.url}${url}`)).text())).filter((t) => !t.includes('name="idempotencyKey"'));
      assert.deepEqual(page, tags(form.exec(file)?.[0] ?? ''), url);
    }
  });

  test('posts the page it is on (case and language) as pageUrl, so the thank-you page links back to it; a hostile query stays an attribute value', async () => {
    const pageUrl = async (/** @type {string} */ q) => /name="pageUrl" value="([^"]*)"/.exec(fallbackForm(await (await fetch(`${srv.url}/${q}`)).text()))?.[1];
    assert.equal(await pageUrl('?case=bol-0893&lang=en'), '/?case=bol-0893&#38;lang=en');
    assert.equal(await pageUrl(''), '/');
    assert.equal(await pageUrl('?case=%22%3E%3Cb%3E$%26'), '/?case=%22%3E%3Cb%3E$%26');
    assert.equal(await pageUrl('?x="><b>$&'), '/?x=%22%3E%3Cb%3E$&#38;');
  });

  test('a text longer than its limit reaches the server whole: the page says it is too long, in the words the form says it with JavaScript, and gives it back in the field to send again', async () => {
    // The comment had maxlength="5000": a 6,020-character paste became 5,000 characters, stored without a word.
    const page = fallbackForm(await (await fetch(`${srv.url}/`)).text());
    assert.doesNotMatch(page, /maxlength/i, 'the browser cuts nothing');
    const token = /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(page)?.[1] ?? '';
    const stored = () => srv.store.records.length;
    const before = stored();
    const text = `Start & <slut>${' ord'.repeat(1500)} SLUT.`;
    assert.equal(text.length, 6020);
    for (const [lang, said] of /** @type {const} */ ([
      // Named as the form asked it (it said "Kommentar:", a word the form never used).
      ['da', 'Vil du fortælle mere? Teksten er for lang. Du har skrevet 6.020 tegn. Skriv højst 5.000 tegn.'],
      ['en', 'Would you like to tell us more? The text is too long. You have written 6,020 characters. Write at most 5,000 characters.'],
    ])) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'no', comment: text, lang, pageUrl: '/', idempotencyKey: token }), redirect: 'manual' });
      assert.equal(res.status, 422, lang);
      const html = await res.text();
      const item = /<li id="([^"]+)">([^<]*)<\/li>/.exec(html);
      assert.equal(item?.[2], said, lang);
      const again = /<form class="fallback-form" action="\/api\/feedback" method="post"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
      const field = /<textarea id="([^"]+)" name="comment"[^>]*aria-describedby="([^"]+)"[^>]*>([^<]*)<\/textarea>/.exec(again);
      assert.ok(field, `${lang}: the comment is in a field again`);
      // First by what is wrong with it, then by its hints (no one answers here, no personal details);
      // its limit is said by what is wrong with it ("… Skriv højst 5.000 tegn."), not by a hint as well.
      assert.deepEqual(field[2].split(' '), [item?.[1], 'nojs-no-reply', 'nojs-no-personal'], `${lang}: the field is described by what is wrong with it`);
      assert.doesNotMatch(again, new RegExp(`id="${field[1]}-limit"`), `${lang}: the limit said once`);
      assert.ok(field[3] === escapeHtml(text), `${lang}: every character given back`);
      assert.match(again, new RegExp(`<label for="${field[1]}">${lang === 'da' ? 'Vil du fortælle mere\\? \\(valgfrit\\)' : 'Would you like to tell us more\\? \\(optional\\)'}</label>`), lang);
      for (const [k, v] of [['helped', 'no'], ['mode', 'quick'], ['lang', lang], ['pageUrl', '/'], ['idempotencyKey', token]]) {
        assert.match(again, new RegExp(`<input type="hidden" name="${k}" value="${v}">`), `${lang}: ${k} sent again`);
      }
    }
    // A CPR number in it is given back masked, as it would be stored: a page never holds one.
    const withCpr = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'no', comment: `${text} 070761-4285`, email: '070761-4285', lang: 'da', idempotencyKey: token }), redirect: 'manual' });
    const html = await withCpr.text();
    assert.match(html, /<textarea id="nojs-comment" name="comment"[^>]*>Start [^<]* SLUT\. \[CPR[^<]*<\/textarea>/);
    assert.doesNotMatch(html, /4285/);
    assert.equal(stored(), before, 'nothing stored');
    // Shortened on that page and sent again: stored whole, once.
    const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'no', comment: text.slice(0, 5000), lang: 'da', pageUrl: '/', idempotencyKey: token }), redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(stored(), before + 1);
    assert.equal(srv.store.records.at(-1).feedback.answers.comment, text.slice(0, 5000));
  });

  test('the page that refuses a quick comment gives it back with the hints the form gives it: no one answers here, no personal details, its limit; in both languages', async () => {
    // It gave the comment back without "Vi kan ikke svare dig her. Feltet er ikke til spørgsmål om
    // din sag.", which the form without JavaScript and the form with it say at the comment.
    for (const lang of /** @type {const} */ (['da', 'en'])) {
      const t = (await import(path.join(ROOT, 'dist', 'translations', ...(lang === 'en' ? ['en'] : []), 'feedback-form-more.js')));
      const words = lang === 'en' ? t.feedbackMoreMessagesEn : t.feedbackMoreMessages.da;
      const first = fallbackForm(await (await fetch(`${srv.url}/?lang=${lang}`)).text());
      const hints = (/** @type {string} */ form) => {
        const ids = /<textarea id="nojs-comment"[^>]*aria-describedby="([^"]+)"/.exec(form)?.[1].split(' ') ?? [];
        // What is wrong (nojs-error-…) or was done (nojs-cpr-removed) comes first, then the hints.
        return ids.filter((id) => !/^nojs-(error|cpr-removed)/.test(id)).map((id) => new RegExp(`<p class="hint" id="${id}">([^<]*)</p>`).exec(form)?.[1]);
      };
      // Refused: no answer to the question (a browser that lets it through), and with pii=block a CPR number.
      for (const fields of [{ comment: 'Ring til mig' }, { helped: 'no', comment: 'Mit CPR er 070761-4285', pii: 'block' }]) {
        const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', lang, ...fields }), redirect: 'manual' });
        assert.equal(res.status, 422, lang);
        const again = fallbackForm(await res.text());
        assert.deepEqual(hints(again), hints(first), `${lang} ${JSON.stringify(fields)}: the hints of the form it came from`);
        assert.equal(hints(again)[0], escapeHtml(words['feedback.no-reply']), lang);
      }
    }
  });

  test('with pii=block, a text with a CPR number is given back in its field without the number, with what to do in the words the form says it with JavaScript; sent again, it is stored once', async () => {
    // The refusal page said "Fjern det, og send igen" with no field and no form: what the citizen wrote was lost.
    const daMore = (await import(path.join(ROOT, 'dist', 'translations', 'feedback-form-more.js'))).feedbackMoreMessages.da;
    const enMore = (await import(path.join(ROOT, 'dist', 'translations', 'en', 'feedback-form-more.js'))).feedbackMoreMessagesEn;
    const stored = () => srv.store.records.length;
    const before = stored();
    for (const [lang, words] of /** @type {const} */ ([['da', daMore['feedback.draft.cpr-removed']], ['en', enMore['feedback.draft.cpr-removed']]])) {
      const token = /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(fallbackForm(await (await fetch(`${srv.url}/?lang=${lang}`)).text()))?.[1] ?? '';
      const sent = { mode: 'full', rating: '2', worked: 'Mit CPR er 070761-4285, og 0101901234 står i brevet & <her>', improve: 'Svar hurtigere', caseReference: '070761-4285', lang, pii: 'block', pageUrl: '/min-sag', idempotencyKey: token };
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams(sent), redirect: 'manual' });
      assert.equal(res.status, 422, lang);
      const html = await res.text();
      assert.doesNotMatch(html.replace(/\D/g, ''), /0707614285|0101901234/, `${lang}: no CPR number written back into the page`);
      const said = /<p id="([^"]+)">([^<]*)<\/p>/.exec(html);
      assert.equal(said?.[2], escapeHtml(words), `${lang}: what to do, in the form's own words`);
      const again = /<form class="fallback-form" action="\/api\/feedback" method="post"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
      const worked = /<textarea id="[^"]+" name="worked"([^>]*)>([^<]*)<\/textarea>/.exec(again);
      assert.ok(worked, `${lang}: the text is in its field again`);
      assert.equal(worked[2], escapeHtml('Mit CPR er, og står i brevet & <her>'), `${lang}: every word but the numbers`);
      assert.match(worked[1], new RegExp(`aria-describedby="${said?.[1]} `), `${lang}: the field is described by what to do, first`);
      assert.match(again, /<textarea id="[^"]+" name="improve"[^>]*>Svar hurtigere<\/textarea>/, `${lang}: the other text too`);
      for (const [k, v] of [['mode', 'full'], ['rating', '2'], ['pii', 'block'], ['lang', lang], ['idempotencyKey', token]]) {
        assert.match(again, new RegExp(`<input type="hidden" name="${k}" value="${v}">`), `${lang}: ${k} sent again`);
      }
      assert.equal(stored(), before + (lang === 'en' ? 1 : 0), `${lang}: nothing stored`);
      // Sent again from that page, as it is: stored once, without the number.
      const fields = new URLSearchParams([...again.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
      for (const m of again.matchAll(/<textarea id="[^"]+" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields.set(m[1], m[2].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));
      const resend = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: fields, redirect: 'manual' });
      assert.equal(resend.status, 303, `${lang}: ${await resend.text()}`);
      const rec = srv.store.records.at(-1).feedback;
      assert.deepEqual([rec.answers.worked, rec.answers.improve, 'caseReference' in rec], ['Mit CPR er, og står i brevet & <her>', 'Svar hurtigere', false], lang);
    }
    assert.equal(stored(), before + 2);
  });

  test('sent without an answer to its question (a browser that does not stop it), the page asks the question again, so "Send igen" can work', async () => {
    // The page said "Hjalp siden dig?: Skal udfyldes. Gå tilbage og ret det" above a form of hidden fields and
    // "Send igen" alone: sent again it said the same, for ever; the comment was given back, the question was not.
    for (const [lang, yes, no] of /** @type {const} */ ([['da', 'Ja', 'Nej'], ['en', 'Yes', 'No']])) {
      const res = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', comment: 'Jeg fandt ikke fristen', lang, pageUrl: '/', idempotencyKey: 'e3c1d6a2-6f1d-4c1e-9a53-1d2b3c4d5e6f' }), redirect: 'manual' });
      assert.equal(res.status, 422, lang);
      const html = await res.text();
      const item = /<li id="([^"]+)">([^<]*)<\/li>/.exec(html);
      assert.ok(item, `${lang}: the problem has an id the question points to`);
      // One question, one wording: the problem names it as the form asked it ("Hjalp siden dig?" it was),
      // and says what to do as the form says it ("Vælg Ja eller Nej"; it was "…?: Skal udfyldes."),
      // and the page says to correct it here, not to go back.
      const question = (await import(path.join(ROOT, 'dist', 'translations', ...(lang === 'en' ? ['en'] : []), 'feedback-form.js')))[lang === 'en' ? 'feedbackFormMessagesEn' : 'feedbackFormMessages'];
      const more = (await import(path.join(ROOT, 'dist', 'translations', ...(lang === 'en' ? ['en'] : []), 'feedback-form-more.js')))[lang === 'en' ? 'feedbackMoreMessagesEn' : 'feedbackMoreMessages'];
      const [asked, choose] = lang === 'en' ? [question['feedback.helped'], more['feedback.error.helped']] : [question.da['feedback.helped'], more.da['feedback.error.helped']];
      assert.equal(item[2], `${asked} ${choose}.`, lang);
      assert.doesNotMatch(html, /Gå tilbage og ret|Go back and correct/, `${lang}: the form to correct is on this page`);
      const again = /<form class="fallback-form" action="\/api\/feedback" method="post"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
      assert.match(again, new RegExp(`<fieldset aria-describedby="${item[1]}"><legend>[^<]+</legend><label><input type="radio" name="helped" value="yes" required> ${yes}</label><label><input type="radio" name="helped" value="no"> ${no}</label></fieldset>`), `${lang}: the question, to answer here`);
      assert.doesNotMatch(again, /type="hidden" name="helped"/, lang);
      assert.match(again, /name="comment"[^>]*>Jeg fandt ikke fristen<\/textarea>/, `${lang}: the comment given back`);
      // Answered there and sent again: stored.
      const fields = new URLSearchParams([...again.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
      fields.set('comment', 'Jeg fandt ikke fristen');
      fields.set('helped', 'no');
      const resend = await fetch(`${srv.url}/api/feedback`, { method: 'POST', body: fields, redirect: 'manual' });
      assert.equal(resend.status, 303, lang);
    }
  });

  test('carries one token per page served, so the same page sent twice (back, send again) is stored once', async () => {
    // It had none: the audit's back-and-send stored two identical records.
    const token = async () => /name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(fallbackForm(await (await fetch(`${srv.url}/`)).text()))?.[1];
    const [a, b] = [await token(), await token()];
    assert.ok(a && b && a !== b, `a fresh token for each page: ${a}, ${b}`);
    const send = () => fetch(`${srv.url}/api/feedback`, { method: 'POST', body: new URLSearchParams({ mode: 'quick', helped: 'no', comment: 'To gange', lang: 'da', pageUrl: '/', idempotencyKey: a }), redirect: 'manual' });
    const first = await send();
    const second = await send();
    assert.equal(first.status, 303);
    assert.equal(second.headers.get('location'), first.headers.get('location'), 'the same receipt');
  });
});
