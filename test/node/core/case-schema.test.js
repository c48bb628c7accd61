// The published case schema compiles, and the sample cases the project ships validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

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
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: { workingDays: 5 } }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: 'P2W' }] }), true);
  // A window as an ISO 8601 interval, as parseCase and <klar-step expected="a/b"> read it.
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2026-12-20/2027-01-05' }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2026-12-20T10:00Z / 2026-12-20T12:00Z' }] }), true);
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2026-12-20/snart' }] }), false);
  assert.equal(validate({ ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2026-12-20/P2W' }] }), false);
  assert.equal(validate({ ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', kind: 'refused' } }), true);
  assert.equal(validate({ ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', kind: 'nej' } }), false);
});

/** parseCase, bundled from src/ so no build is needed. */
const parser = (async () => {
  const out = await build({ entryPoints: ['src/core/parse-case.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
})();

/**
 * The schema and parseCase tell an integrator the same: a document the schema accepts is read by
 * parseCase with no warning (and not thrown away). Each entry is a document the schema once
 * accepted though parseCase warned about it or refused it.
 */
async function assertSchemaRefusesWhatParseCaseWarnsAbout(/** @type {Record<string, object>} */ docs) {
  const { parseCase } = await parser;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const drift = [];
  for (const [name, doc] of Object.entries(docs)) {
    let warnings;
    try {
      warnings = parseCase(doc).warnings;
    } catch (e) {
      warnings = [`throws: ${e.message}`];
    }
    assert.notDeepEqual(warnings, [], `${name}: parseCase reads it without a warning, so it is no probe`);
    if (validate(doc)) drift.push(`${name}: the schema accepts it, parseCase says ${warnings.join('; ')}`);
  }
  assert.deepEqual(drift, []);
}

const base = { title: 'Byggetilladelse', status: 'Modtaget' };

test('the schema refuses a blank title or status, which parseCase cannot show at all', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'blank title': { title: '  ', status: 'Modtaget' },
    'blank status': { title: 'Byggetilladelse', status: ' ' },
    'empty status label, no code': { title: 'Byggetilladelse', status: { label: '' } },
    'blank status code, no label': { title: 'Byggetilladelse', status: { code: ' ' } },
  }));

test('the schema refuses a blank text where parseCase then leaves out the step, task, move, decision, appeal or owner', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'blank step title': { ...base, steps: [{ title: ' ', state: 'done' }] },
    'empty task text': { ...base, steps: [{ title: 'Send tegninger', state: 'current', citizenAction: { text: '' } }] },
    'blank handoff from': { ...base, handoffs: [{ from: '', to: 'Natur og Miljø', at: '2026-11-03' }] },
    'blank handoff to': { ...base, handoffs: [{ from: 'Byggesag', to: ' ', at: '2026-11-03' }] },
    'empty outcome': { ...base, decision: { outcome: '', decidedAt: '2026-12-01' } },
    'empty appeal body': { ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', appeal: { deadline: '2027-01-01', body: '' } } },
    'blank step owner department': { ...base, steps: [{ title: 'Vi vurderer', state: 'current', owner: { department: ' ', name: 'Mette' } }] },
  }));

test('the schema refuses dates and closed days that do not exist, which parseCase warns about and leaves out', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'month 13': { ...base, receivedAt: '2026-13-01' },
    'day 32': { ...base, receivedAt: '2026-12-32' },
    '30 February': { ...base, promise: { plannedDate: '2027-02-30' } },
    '31 April': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2027-04-31' }] },
    'hour 25': { ...base, receivedAt: '2026-12-01T25:00' },
    'minute 60': { ...base, updatedAt: '2026-12-01T10:60:00Z' },
    'zone +19:00': { ...base, receivedAt: '2026-12-01T10:00+19:00' },
    'year 0999': { ...base, receivedAt: '0999-12-01' },
    // Placeholders, not dates to say (failure review): "Vi regnede med at svare senest 1. januar 1900. Det nåede vi ikke".
    'year 1900': { ...base, promise: { plannedDate: '1900-01-01' } },
    'a null read as 1970': { ...base, receivedAt: '1970-01-01T00:00:00Z' },
    '"never" written 2999': { ...base, status: { code: 'x', label: 'Åben', since: '2999-12-31' } },
    'a window ending in 2200': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2027-02-01/2200-01-01' }] },
    'window ending on 30 February': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2027-02-01/2027-02-30' }] },
    'closed on 30 February': { ...base, closedDays: ['02-30'] },
    'closed on 31 November': { ...base, closedDays: ['2026-11-31'] },
  }));

test('the schema requires what parseCase warns is missing: a step\'s state, a delay\'s and a wait\'s reason, the contact\'s department, a label for a code the elements do not say', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'step without state (shown as upcoming, even when done)': { ...base, steps: [{ title: 'Vi har modtaget din ansøgning' }] },
    'delay without reason': { ...base, delays: [{ newDate: '2027-01-15' }] },
    'delay with a blank reason': { ...base, delays: [{ newDate: '2027-01-15', reason: ' ' }] },
    'wait without reason': { ...base, suspensions: [{ from: '2026-11-01', waitingFor: 'citizen' }] },
    'wait for others without reason': { ...base, suspensions: [{ from: '2026-11-01', waitingFor: 'other' }] },
    'wait without reason or waitingFor (read as others)': { ...base, suspensions: [{ from: '2026-11-01' }] },
    'contact without department': { ...base, contact: { phone: '33 66 33 66' } },
    'contact with a blank department': { ...base, contact: { department: '', phone: '33 66 33 66' } },
    'contact with a role, no department or name': { ...base, contact: { role: 'Sagsbehandler', email: 'byg@kommune.dk' } },
    'status code only, not one the elements say': { title: 'Byggetilladelse', status: { code: 'in-progress' } },
  }));

/** Each document is valid against the schema and read by parseCase with no warning. */
async function assertBothAccept(/** @type {Record<string, object>} */ docs) {
  const { parseCase } = await parser;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const refused = [];
  for (const [name, doc] of Object.entries(docs)) {
    const warnings = parseCase(doc).warnings;
    if (warnings.length) refused.push(`${name}: parseCase says ${warnings.join('; ')}`);
    if (!validate(doc)) refused.push(`${name}: the schema says ${JSON.stringify(validate.errors)}`);
  }
  assert.deepEqual(refused, []);
}

test('a wait whose source says neither why nor for whom needs no reason, and a contact a department or else a person', () =>
  assertBothAccept({
    'wait for someone unknown without reason': { ...base, suspensions: [{ from: '2026-11-01', waitingFor: 'unknown' }] },
    'contact: a person, no department (a ZGW behandelaar without a unit)': { ...base, contact: { name: 'A. de Vries', phone: '+31 14 020' } },
    'contact: a department': { ...base, contact: { department: 'Byggesag', phone: '33 66 33 66' } },
  }));

/** The adapters, bundled from src/ as parseCase is. */
const adapters = (async () => {
  const out = await build({ stdin: { contents: "export { fromZgw } from './src/adapters/zgw.ts'; export { fromOpen311 } from './src/adapters/open311.ts';", resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
})();

test('what the ZGW and Open311 adapters write validates against the schema and reads without a warning', async () => {
  const { fromZgw, fromOpen311 } = await adapters;
  const { parseCase } = await parser;
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const fixture = (/** @type {string} */ name) => JSON.parse(readFileSync(`test/fixtures/${name}.json`, 'utf8'));
  const suspended = fixture('zgw/zaak-extended-suspended');
  const expanded = fixture('zgw/zaak-expanded');
  const medewerker = { betrokkeneType: 'medewerker', omschrijvingGeneriek: 'behandelaar', betrokkeneIdentificatie: { voorletters: 'A.', voorvoegselAchternaam: 'de', achternaam: 'Vries' } };
  const cases = {
    ...Object.fromEntries(['zaak-expanded', 'zaak-bare', 'zaak-decided', 'zaak-extended-suspended'].map((n) => [n, fromZgw(fixture(`zgw/${n}`))])),
    // An opschorting without reden, a behandelaar without an organisational unit.
    'opschorting without reden': fromZgw({ ...suspended, opschorting: { indicatie: true, reden: '' } }),
    'behandelaar without a unit': fromZgw({ ...expanded, _expand: { ...expanded._expand, rollen: [medewerker] } }),
    'open311 request': fromOpen311(fixture('open311/request')),
    'open311 closed-minimal': fromOpen311(fixture('open311/closed-minimal')),
  };
  const problems = [];
  for (const [name, c] of Object.entries(cases)) {
    const json = JSON.parse(JSON.stringify(c));
    if (c.warnings.length) problems.push(`${name}: the adapter warns ${c.warnings.join('; ')}`);
    if (!validate(json)) problems.push(`${name}: the schema says ${JSON.stringify(validate.errors)}`);
    const again = parseCase(json).warnings;
    if (again.length) problems.push(`${name}: read again, parseCase says ${again.join('; ')}`);
  }
  assert.deepEqual(problems, []);
});

test('a status code the elements say in words needs no label', async () => {
  const { parseCase } = await parser;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  for (const code of ['open', 'closed', 'received', 'Closed']) {
    const doc = { title: 'Hul i vejen', status: { code } };
    assert.deepEqual(parseCase(doc).warnings, [], code);
    assert.equal(validate(doc), true, `${code}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema refuses a processing time of zero, which parseCase leaves out', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'P0D': { ...base, promise: { processingTime: 'P0D' } },
    'PT0H': { ...base, promise: { processingTime: 'PT0H' } },
    '0 working days': { ...base, promise: { processingTime: { workingDays: 0 } } },
  }));

test('the schema refuses links, e-mail addresses and phone numbers that parseCase drops as unsafe or not what they say', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    'javascript: link': { ...base, contact: { department: 'Byggesag', url: 'javascript:alert(1)' } },
    'javascript: with mixed case and a tab': { ...base, promise: { policyUrl: 'Java\tScript:alert(1)' } },
    'data: link': { ...base, decision: { outcome: 'Afslag', decidedAt: '2026-12-01', documentUrl: 'data:text/html,<script>alert(1)</script>' } },
    'vbscript: link': { ...base, steps: [{ title: 'a', state: 'current', citizenAction: { text: 'Send', url: 'vbscript:msgbox(1)' } }] },
    'ftp: link': { ...base, contact: { department: 'Byggesag', url: 'ftp://kommune.dk/fil' } },
    'http link without a host': { ...base, contact: { department: 'Byggesag', url: 'https://' } },
    'http link with a port over 65535': { ...base, contact: { department: 'Byggesag', url: 'https://kommune.dk:65536/' } },
    'mailto: with a cc': { ...base, contact: { department: 'Byggesag', url: 'mailto:byg@kommune.dk?cc=chef@kommune.dk' } },
    'mailto: with a body': { ...base, contact: { department: 'Byggesag', url: 'mailto:byg@kommune.dk?body=hej' } },
    'mailto: without a domain': { ...base, contact: { department: 'Byggesag', url: 'mailto:byg@kommune' } },
    'tel: with letters': { ...base, contact: { department: 'Byggesag', url: 'tel:ring-os' } },
    'tel: with two digits': { ...base, contact: { department: 'Byggesag', url: 'tel:12' } },
    'tel: with a query': { ...base, contact: { department: 'Byggesag', url: 'tel:+4533663366?call' } },
    'a link over 2048 characters': { ...base, contact: { department: 'Byggesag', url: `https://kommune.dk/${'x'.repeat(2030)}` } },
    'a blank link': { ...base, contact: { department: 'Byggesag', url: ' ' } },
    'an http link with a user (names one host, goes to another)': { ...base, contact: { department: 'Byggesag', url: 'https://kommune.dk@evil.example/kontakt' } },
    'an http link with a user and a password': { ...base, contact: { department: 'Byggesag', url: 'HTTP://sag:x@kommune.dk:8080/' } },
    'a protocol-relative link with a user': { ...base, promise: { policyUrl: '//kommune.dk@evil.example/' } },
    'a link written as this site\'s that goes to another (\\\\host)': { ...base, promise: { policyUrl: '\\\\evil.example\\kontakt' } },
    'a link written as this site\'s that goes to another (/\\host)': { ...base, promise: { policyUrl: '/\\evil.example' } },
    'three slashes': { ...base, promise: { policyUrl: '///evil.example' } },
    'a slash, a tab and a slash': { ...base, promise: { policyUrl: '/\t/evil.example' } },
    'an empty user name': { ...base, contact: { department: 'Byggesag', url: 'https://@kommune.dk/' } },
    'e-mail without a domain': { ...base, contact: { department: 'Byggesag', email: 'byg@kommune' } },
    'e-mail with a space': { ...base, contact: { department: 'Byggesag', email: 'byg sag@kommune.dk' } },
    'e-mail with a cc header': { ...base, contact: { department: 'Byggesag', email: 'byg@kommune.dk?cc=chef@kommune.dk' } },
    'two e-mail addresses': { ...base, contact: { department: 'Byggesag', email: 'byg@kommune.dk;chef@kommune.dk' } },
    'e-mail over 254 characters': { ...base, contact: { department: 'Byggesag', email: `${'b'.repeat(245)}@kommune.dk` } },
    'phone without a number': { ...base, contact: { department: 'Byggesag', phone: 'ring til os' } },
    'phone with two digits': { ...base, contact: { department: 'Byggesag', phone: 'tast 12' } },
    'phone with 31 digits': { ...base, contact: { department: 'Byggesag', phone: '1'.repeat(31) } },
  }));

test('the schema refuses 29 February in a year that has none, which parseCase warns about and leaves out', () =>
  assertSchemaRefusesWhatParseCaseWarnsAbout({
    '29 February 2027': { ...base, receivedAt: '2027-02-29' },
    '29 February 2026 with a time': { ...base, updatedAt: '2026-02-29T10:00:00Z' },
    '29 February 1900 (a century, not a leap year)': { ...base, promise: { plannedDate: '1900-02-29' } },
    '29 February 2100': { ...base, promise: { legalDeadline: '2100-02-29' } },
    'a window ending 29 February 2027': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2027-02-01/2027-02-29' }] },
    'a window starting 29 February 2027': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: { earliest: '2027-02-29', latest: '2027-03-05' } }] },
    'closed on 29 February 2027': { ...base, closedDays: ['2027-02-29'] },
  }));

test('the schema still accepts the links, e-mail addresses, phone numbers and leap days parseCase keeps', () =>
  assertBothAccept({
    'an https link, spaces around it': { ...base, contact: { department: 'Byggesag', url: ' https://kommune.dk/byggesag?id=1#kontakt ' } },
    'an http link with a port': { ...base, contact: { department: 'Byggesag', url: 'HTTP://kommune.dk:8080/' } },
    'a relative link': { ...base, promise: { policyUrl: '/servicemaal' } },
    'a protocol-relative link': { ...base, promise: { policyUrl: '//kommune.dk/servicemaal' } },
    'a mailto: link': { ...base, contact: { department: 'Byggesag', url: 'mailto:byg@kommune.dk' } },
    'a tel: link with + and spaces': { ...base, contact: { department: 'Byggesag', url: 'tel:+45 33 66 33 66' } },
    'a tel: link with brackets and dashes': { ...base, contact: { department: 'Byggesag', url: 'tel:(33) 66-33.66' } },
    'a link of 2048 characters': { ...base, contact: { department: 'Byggesag', url: `https://kommune.dk/${'x'.repeat(2029)}` } },
    'an empty link (no link)': { ...base, contact: { department: 'Byggesag', url: '' } },
    'an e-mail address': { ...base, contact: { department: 'Byggesag', email: 'byg.sag@kommune.dk' } },
    'an e-mail address of 254 characters': { ...base, contact: { department: 'Byggesag', email: `${'b'.repeat(243)}@kommune.dk` } },
    'a phone with words around it': { ...base, contact: { department: 'Byggesag', phone: 'Tlf. 33 66 33 66 (tast 2)' } },
    'a phone with + and spaces': { ...base, contact: { department: 'Byggesag', phone: '+45 33 66 33 66' } },
    'a phone of 3 digits': { ...base, contact: { department: 'Byggesag', phone: '112' } },
    'a phone of 30 digits': { ...base, contact: { department: 'Byggesag', phone: '1'.repeat(30) } },
    '29 February 2028': { ...base, receivedAt: '2028-02-29', updatedAt: '2028-02-29T10:00:00+01:00' },
    '29 February 2000 (a century that is a leap year)': { ...base, promise: { plannedDate: '2000-02-29' } },
    'a window over 29 February 2028': { ...base, steps: [{ title: 'a', state: 'upcoming', expected: '2028-02-29/2028-03-01' }] },
    'closed on 29 February every year and in 2028': { ...base, closedDays: ['02-29', '2028-02-29'] },
  }));
