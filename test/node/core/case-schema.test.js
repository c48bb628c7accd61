// The published case schema compiles, and the sample cases the project ships validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('schema/case.schema.json', 'utf8'));

test('case.schema.json compiles as JSON Schema 2020-12', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  assert.equal(typeof ajv.compile(schema), 'function');
});

test('the schema rejects a case without title or status', () => {
  const validate = new Ajv2020({ strict: false }).compile(schema);
  assert.equal(validate({ id: 'x' }), false);
  assert.equal(validate({ title: 'x', status: { label: 'Modtaget' } }), true);
});

test('every klar-format fixture validates', () => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const dir = 'test/fixtures/klar';
  assert.ok(existsSync(dir), `${dir} is missing: the sample cases are part of the repository`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('invalid') && !f.includes('hostile'));
  // The sample cases cover each state a case can be in; fewer means some were lost.
  assert.ok(files.length >= 7, `expected the sample cases in ${dir}, found ${files.length}: ${files.join(', ')}`);
  for (const f of files) {
    const data = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(validate(data), true, `${f}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema takes working days, a window written a/b, a case language and an outcome kind, and rejects bad ones', () => {
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const base = { title: 'x', status: 'Modtaget' };
  assert.equal(validate({ ...base, lang: 'da' }), true);
  assert.equal(validate({ ...base, lang: 'en-GB' }), true);
  assert.equal(validate({ ...base, lang: 'dansk!' }), false);
  assert.equal(validate({ ...base, promise: { processingTime: { workingDays: 10 } } }), true);
  assert.equal(validate({ ...base, promise: { processingTime: { workingDays: 2.5 } } }), false);
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: { workingDays: 5 } }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: 'P2W' }] }), true);
  // A window as an ISO 8601 interval, as parseCase and <klar-step expected="a/b"> read it.
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: '2026-12-20/2027-01-05' }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: '2026-12-20T10:00Z / 2026-12-20T12:00Z' }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: '2026-12-20/snart' }] }), false);
  assert.equal(validate({ ...base, steps: [{ title: 'a', expected: '2026-12-20/P2W' }] }), false);
  assert.equal(validate({ ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', kind: 'refused' } }), true);
  assert.equal(validate({ ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', kind: 'nej' } }), false);
});
