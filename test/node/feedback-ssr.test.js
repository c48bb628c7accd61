// The server-rendered <klar-feedback-form> (declarative shadow DOM, @lit-labs/ssr), as a
// browser without JavaScript gets it: no radio, checkbox or option is chosen unless the value
// says so (an attribute `checked="false"` would tick it), and the no-JavaScript post carries
// an idempotency token and the pii policy. Needs the build in dist/ (`npm run build`).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';

const SSR = path.join(ROOT, 'dist/ssr/index.js');

/** Every `<input …>` tag of `html` with its name, value and whether it has a `checked` attribute. */
function inputs(/** @type {string} */ html) {
  return [...html.matchAll(/<input\b[^>]*>/g)].map(([tag]) => ({
    tag,
    type: /\stype="([^"]*)"/.exec(tag)?.[1] ?? 'text',
    name: /\sname="([^"]*)"/.exec(tag)?.[1] ?? '',
    value: /\svalue="([^"]*)"/.exec(tag)?.[1] ?? '',
    checked: /\schecked(?=[\s=>/])/.test(tag),
  }));
}

describe('server-rendered klar-feedback-form', () => {
  /** @type {(values: Record<string, unknown>, attrs?: Record<string, string>) => Promise<string>} */
  let renderForm;
  before(async () => {
    assert.ok(existsSync(SSR), 'dist/ssr/index.js is missing: run `npm run build` first');
    await import(SSR); // registers the elements
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    renderForm = (values, attrs = {}) =>
      collectResult(
        render(
          html`<klar-feedback-form
            lang="da"
            mode=${attrs.mode ?? 'quick'}
            action=${attrs.action ?? '/api/feedback'}
            pii=${attrs.pii ?? 'redact'}
            case-reference=${attrs.caseReference ?? ''}
            case-ref=${attrs.caseRef ?? ''}
            step=${attrs.step ?? ''}
            .values=${values}
          ></klar-feedback-form>`,
        ),
      );
  });

  const CASES = [
    { mode: 'quick', values: {} },
    { mode: 'quick', values: { helped: 'no' } },
    { mode: 'full', values: {} },
    { mode: 'full', values: { rating: 4 } },
    { mode: 'full', values: { rating: 1, wantsAnswer: true, email: 'a@b.dk' } },
    { mode: 'full', values: { worked: 'Godt', principle: 'klar-tale' } },
    { mode: 'report', values: {} },
    { mode: 'report', values: { whatWentWrong: 'Fejl', attachCase: false, wantsAnswer: false } },
    { mode: 'report', values: { whatWentWrong: 'Fejl', attachCase: true, wantsAnswer: true, phone: '12345678' } },
  ];

  for (const { mode, values } of CASES) {
    test(`${mode} mode with ${JSON.stringify(values)}: only what is true is checked or selected`, async () => {
      const out = await renderForm(values, { mode, caseReference: 'SAG-1' });
      const all = inputs(out);
      const boxes = all.filter((i) => i.type === 'radio' || i.type === 'checkbox');
      if (mode === 'full') assert.equal(boxes.filter((i) => i.name === 'rating').length, 5, 'five rating radios');
      if (mode !== 'quick') assert.ok(boxes.some((i) => i.name === 'wantsAnswer'), 'the answer checkbox');
      if (mode === 'report') assert.ok(boxes.some((i) => i.name === 'attachCase'), 'the attach-case checkbox');
      for (const b of boxes) {
        const expected = b.name === 'rating' ? Number(b.value) === values.rating : values[/** @type {keyof typeof values} */ (b.name)] === true;
        assert.equal(b.checked, expected, `${b.name}=${b.value}: ${b.tag}`);
      }
      assert.doesNotMatch(out, /\schecked="false"/);
      const selected = [...out.matchAll(/<option\b[^>]*>/g)].map(([t]) => t).filter((t) => /\sselected(?=[\s=>/])/.test(t));
      if (mode !== 'quick') {
        assert.equal(selected.length, 1, `one option selected: ${selected}`);
        assert.match(selected[0], new RegExp(`value="${values.principle ?? ''}"`));
      }
    });
  }

  test('the no-JavaScript post carries a fresh idempotency token, the pii policy, and the case and step', async () => {
    const a = inputs(await renderForm({}, { pii: 'block', caseRef: 'BYG-2417', step: 'behandling' }));
    const b = inputs(await renderForm({}));
    const token = (/** @type {ReturnType<typeof inputs>} */ i) => i.find((x) => x.name === 'idempotencyKey' && x.type === 'hidden')?.value;
    assert.match(token(a) ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(token(a), token(b), 'one token per rendered form');
    assert.equal(a.find((x) => x.name === 'pii')?.value, 'block');
    assert.equal(a.find((x) => x.name === 'caseReference')?.value, 'BYG-2417');
    assert.equal(a.find((x) => x.name === 'step')?.value, 'behandling');
    assert.equal(b.find((x) => x.name === 'caseReference'), undefined);
  });

  test("full and report mode carry the form's answer-days with the no-JavaScript post, the number its box promises (renderToString's answerDays)", async () => {
    // The post carried no number, and the thank-you page said the default 5 for a page that promised 10.
    const { renderToString } = await import(SSR);
    for (const mode of ['full', 'report']) {
      const html = await renderToString('klar-feedback-form', { mode, action: '/api/feedback', answerDays: 10 });
      assert.equal(inputs(html).find((x) => x.name === 'answerDays' && x.type === 'hidden')?.value, '10', mode);
      assert.match(html, /Vi svarer inden for 10 arbejdsdage\./, mode);
      const plain = await renderToString('klar-feedback-form', { mode, action: '/api/feedback' });
      assert.equal(inputs(plain).find((x) => x.name === 'answerDays' && x.type === 'hidden')?.value, '5', `${mode}: the default`);
    }
  });

  test("says one working day in the singular, and promises the default 5 for answer-days that are not a whole number from 1 to 99", async () => {
    // answerDays: 1 gave "Vi svarer inden for 1 arbejdsdag." beside the box but the thank-you page "1 arbejdsdage";
    // NaN, 0 or 1.5 (a CMS's setting read as a number) said "NaN arbejdsdage", "0 arbejdsdage", "1.5 arbejdsdage".
    const { renderToString } = await import(SSR);
    const one = await renderToString('klar-feedback-form', { mode: 'report', action: '/api/feedback', answerDays: 1 });
    assert.match(one, /Vi svarer inden for 1 arbejdsdag\./);
    assert.equal(inputs(one).find((x) => x.name === 'answerDays' && x.type === 'hidden')?.value, '1');
    const warned = [];
    const warn = console.warn;
    console.warn = (/** @type {unknown} */ m) => warned.push(String(m));
    try {
      for (const bad of [NaN, 0, -3, 1.5, 100]) {
        const html = await renderToString('klar-feedback-form', { mode: 'report', action: '/api/feedback', answerDays: bad });
        assert.match(html, /Vi svarer inden for 5 arbejdsdage\./, String(bad));
        assert.equal(inputs(html).find((x) => x.name === 'answerDays' && x.type === 'hidden')?.value, '5', `${bad}: posted`);
        assert.equal(warned.filter((m) => m.includes(`answer-days="${bad}"`)).length, 1, `${bad}: said once to the integrator: ${warned.join(' | ')}`);
      }
    } finally {
      console.warn = warn;
    }
  });

  test('full and report mode render whole in one pass, with their texts in Danish and English (the browser loads them on demand)', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    // Without Lit's part markers, so the texts read as the page shows them.
    const form = async (/** @type {string} */ lang, /** @type {string} */ mode) =>
      (await collectResult(render(html`<klar-feedback-form lang=${lang} mode=${mode} action="/api/feedback"></klar-feedback-form>`))).replace(/<!--[^]*?-->/g, '');
    const da = await form('da', 'full');
    assert.match(da, /<legend>Hvor tilfreds er du alt i alt\?<\/legend>/);
    assert.match(da, /Jeg vil gerne have et svar/);
    assert.match(await form('en', 'full'), /<legend>Overall, how satisfied are you\?<\/legend>/);
    const report = await form('en', 'report');
    assert.match(report, /What went wrong\?/);
    for (const out of [da, report]) assert.doesNotMatch(out, /questions-failed/, 'no "could not load" notice on the server');
  });

  test('every text box says its limit before it is sent, tied to the box, in the form\'s words, with the number the server holds it to, in Danish and English', async () => {
    // The server-rendered form showed no limit: a citizen without JavaScript learnt it from the page that refused the text.
    const { maxLengthOf } = await import('../../server/feedback-api.js');
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'feedback.schema.json'), 'utf8'));
    const { renderToString } = await import(SSR);
    const said = { da: (/** @type {string} */ n) => `Skriv højst ${n} tegn.`, en: (/** @type {string} */ n) => `Write at most ${n} characters.` };
    for (const lang of /** @type {const} */ (['da', 'en'])) {
      for (const [mode, fields] of /** @type {const} */ ([['full', ['worked', 'improve']], ['report', ['whatWentWrong', 'where']]])) {
        const out = await renderToString('klar-feedback-form', { lang, mode, action: '/api/feedback' });
        for (const field of fields) {
          const box = new RegExp(`<(?:textarea|input)\\b[^>]*\\bname="${field}"[^>]*>`).exec(out)?.[0] ?? '';
          const ids = /aria-describedby="([^"]*)"/.exec(box)?.[1].split(' ') ?? [];
          const description = ids.map((id) => new RegExp(`id="${id}">([^<]*)<`).exec(out)?.[1]).join(' ');
          const max = maxLengthOf(schema, field).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK');
          assert.ok(description.includes(said[lang](max)), `${lang} ${mode} ${field}: ${description}`);
        }
      }
    }
  });

  test('an action that is not http(s) is not rendered; the form still renders its fields', async () => {
    const out = await renderForm({}, { mode: 'full', action: 'javascript:alert(1)' });
    const form = /<form\b[^>]*>/.exec(out)?.[0] ?? '';
    assert.doesNotMatch(form, /\saction=/);
    assert.doesNotMatch(out.slice(out.indexOf('<template')), /javascript:/, 'only the host element keeps what the page wrote');
    assert.ok(inputs(out).some((i) => i.name === 'rating'));
  });
});
