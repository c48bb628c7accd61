// The README's English says "email", as the English catalogues and the reference server's English
// pages do (GOV.UK's spelling): it said "e-mail" in its prose beside the form's "Email" label.
// Danish quoted in it ("Skriv din e-mail …") and code keep their words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('the README spells "email" one way in its English prose: no "e-mail" outside quotes and code', () => {
  const prose = readFileSync('README.md', 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/“[^”]*”/g, '');
  const spelt = [...prose.matchAll(/.{0,40}e-mail.{0,20}/gi)].map((m) => m[0]);
  assert.deepEqual(spelt, []);
});
