// The README's and CONTRIBUTING's English say "email", as the English catalogues and the
// reference server's English pages do (GOV.UK's spelling): the README said "e-mail" in its prose
// beside the form's "Email" label. Danish quoted in them ("Skriv din e-mail …") and code keep their words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

for (const file of ['README.md', 'CONTRIBUTING.md']) {
  test(`${file} spells "email" one way in its English prose: no "e-mail" outside quotes and code`, () => {
    const prose = readFileSync(file, 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/“[^”]*”/g, '');
    const spelt = [...prose.matchAll(/.{0,40}e-mail.{0,20}/gi)].map((m) => m[0]);
    assert.deepEqual(spelt, []);
  });
}
