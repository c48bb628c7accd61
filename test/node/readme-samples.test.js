// Every JavaScript and TypeScript sample in README.md parses: a newcomer copies them as they are.
// (The SSR sample once read `{ case, lang: 'da' }`, a syntax error: `case` is a reserved word.)
// What the samples do is run by the end-to-end tests (readme-quickstart, ssr, react).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { build, transform } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import { quickFeedback, useTestServer } from '../helpers/reference-server.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```(js|ts|jsx|tsx)\n([\s\S]*?)```/g)];

test('the README has code samples to check', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
});

for (const [i, [, loader, code]] of blocks.entries()) {
  test(`README sample ${i + 1} (${loader}) parses: ${code.split('\n')[0].slice(0, 60)}`, async () => {
    await assert.doesNotReject(transform(code, { loader, format: 'esm' }), `README sample ${i + 1}:\n${code}`);
  });
}

// The samples' addresses are the reference server's (README, "Not on npm yet"): each answers there
// with what the element expects, so a newcomer trying a sample against `npm start` gets a case,
// not a "Vi kan ikke finde din sag". (Once, `/api/cases/123` and `/api/cases/BYG-2026-0417` 404'd.)
describe('the README samples use the reference server\'s addresses', () => {
  const srv = useTestServer();
  const readme = readFileSync('README.md', 'utf8');
  const gets = [...new Set([...readme.matchAll(/(?:src|events-src)="(\/api\/[^"]+)"/g)].map((m) => m[1]))];
  const posts = [...new Set([...readme.matchAll(/(?:action|endpoint)="(\/api\/[^"]+)"/g)].map((m) => m[1]))];

  test('the README has addresses to check', () => {
    assert.ok(gets.length >= 2 && posts.length >= 1, `found ${gets} and ${posts}`);
  });

  for (const url of gets) {
    test(`GET ${url} answers JSON`, async () => {
      const r = await fetch(`${srv.url}${url}`);
      assert.equal(r.status, 200, url);
      assert.match(r.headers.get('content-type') ?? '', /json/);
    });
  }

  for (const url of posts) {
    test(`POST ${url} takes a quick answer`, async () => {
      const r = await fetch(`${srv.url}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(quickFeedback()) });
      assert.ok(r.status === 200 || r.status === 201, `${url}: ${r.status}`);
    });
  }
});

// Integrators copy the demo's pages: a failing case there must leave the citizen someone to call.
// (The CMS page's two cases said "Prøv igen senere" with no contact when the API failed.)
test('every <klar-case> on the demo pages gives the citizen a contact for its error notices', () => {
  const missing = [];
  for (const file of ['demo/index.html', 'demo/cms.html']) {
    for (const [tag] of readFileSync(file, 'utf8').matchAll(/<klar-case\s[^>]*>/g)) {
      if (!/\scontact-(phone|url)="[^"]+"/.test(tag)) missing.push(`${file}: ${tag}`);
    }
  }
  assert.deepEqual(missing, []);
});

// Every case JSON the docs show an integrator (README.md, the docs pages' stories/*.mdx and the
// package's schema/sample-case.json) is valid against the schema the package ships AND reads with
// no warning from parseCase: one copied as it is must neither fail their validator nor warn in
// the console. (docs-snippets.e2e.js checks the "Data" blocks against the schema only, in a browser.)
describe('the JSON examples in the docs validate and parse without a warning', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const caseSchema = ajv.compile(JSON.parse(readFileSync('schema/case.schema.json', 'utf8')));
  const feedbackSchema = ajv.compile(JSON.parse(readFileSync('schema/feedback.schema.json', 'utf8')));
  const fenced = (/** @type {string} */ text) => [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  /** @type {{ where: string, json: string, feedback: boolean }[]} */
  const examples = [{ where: 'schema/sample-case.json', json: readFileSync('schema/sample-case.json', 'utf8'), feedback: false }];
  for (const file of ['README.md', ...readdirSync('stories').filter((f) => f.endsWith('.mdx')).map((f) => path.join('stories', f))]) {
    const text = readFileSync(file, 'utf8');
    // Each example once: a docs page shows it in its Danish and its English guidance alike
    // (docs-languages.test.js holds the two to the same code).
    [...new Set(fenced(text))].forEach((json, i) => {
      // A block is a feedback message when the text before it (its section) links the feedback schema.
      const before = text.slice(0, text.indexOf(json));
      const section = before.slice(before.lastIndexOf('\n## '));
      examples.push({ where: `${file} JSON block ${i + 1}`, json, feedback: /feedback\.schema\.json|Formularen sender/.test(section) });
    });
  }

  /** parseCase as the package builds it, bundled from src/ so no build is needed. */
  const parser = (async () => {
    const out = await build({ entryPoints: ['src/core/parse-case.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  })();

  test('there are examples to check (the sample case and the docs pages\' "Data" blocks)', () => {
    assert.ok(examples.length >= 6, `found ${examples.map((e) => e.where)}`);
  });

  for (const { where, json, feedback } of examples) {
    test(`${where}`, async () => {
      const doc = JSON.parse(json);
      if (feedback) {
        assert.ok(feedbackSchema(doc), `${where}: ${JSON.stringify(feedbackSchema.errors)}`);
        return;
      }
      const { parseCase } = await parser;
      // A list ({ "cases": [...] } or an array), a case, or one step of a case's "steps".
      const cases = Array.isArray(doc) ? doc : doc.cases ? doc.cases : doc.status ? [doc] : [{ title: 'Sag', status: 'Modtaget', steps: [doc] }];
      assert.ok(cases.length, `${where}: no case in it`);
      for (const c of cases) {
        assert.ok(caseSchema(c), `${where}: ${JSON.stringify(caseSchema.errors)}`);
        assert.deepEqual(parseCase(c).warnings, [], `${where}: parseCase warns`);
      }
    });
  }
});
