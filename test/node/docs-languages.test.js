// The Storybook docs pages (stories/*.mdx) give their guidance in Danish and in English: each
// <div lang="da"> block is followed by a <div lang="en"> block that says the same (the toolbar's
// language decides which one is shown; storybook-docs.e2e.js checks that in a browser). The two
// say the same facts in the same code: the same code samples, to the character and in the same
// order (docs-snippets.e2e.js runs the Danish ones, so the English ones are tested as well), the
// same `code` (attributes, events, values) and the same links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const pages = readdirSync('stories')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, mdx: readFileSync(path.join('stories', f), 'utf8') }));

/** The language blocks of a page, in order: { lang, text }. */
const blocksOf = (/** @type {string} */ mdx) => [...mdx.matchAll(/^<div lang="([a-z]+)">\n([\s\S]*?)\n<\/div>$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
const FENCE = /```[a-z]*\n[\s\S]*?\n```/g;
/** What each block of a pair must have alike. */
const facts = (/** @type {string} */ text) => {
  const prose = text.replace(FENCE, '');
  return {
    code: text.match(FENCE) ?? [],
    inline: [...new Set(prose.match(/`[^`\n]+`/g) ?? [])].sort(),
    links: [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]),
    sections: (prose.match(/^## /gm) ?? []).length,
  };
};

test('every docs page has its guidance in Danish and English, block by block', () => {
  assert.ok(pages.length >= 9, `the docs pages (${pages.length})`);
  for (const { file, mdx } of pages) {
    const blocks = blocksOf(mdx);
    assert.ok(blocks.length >= 2, `${file}: language blocks`);
    assert.deepEqual(
      blocks.map((b) => b.lang),
      blocks.map((_, i) => (i % 2 ? 'en' : 'da')),
      `${file}: each Danish block followed by its English one`,
    );
    // No guidance outside the blocks but the sections every page shares by name (Playground, API).
    const outside = mdx.replace(/^<div lang="[a-z]+">\n[\s\S]*?\n<\/div>$/gm, '').match(/^## .*/gm) ?? [];
    assert.deepEqual(outside.filter((h) => !['## Playground', '## API'].includes(h)), [], `${file}: headings outside a language block`);
  }
});

test('each English block has the Danish block\'s code samples, code and links', () => {
  for (const { file, mdx } of pages) {
    const blocks = blocksOf(mdx);
    for (let i = 0; i + 1 < blocks.length; i += 2) {
      const [da, en] = [facts(blocks[i].text), facts(blocks[i + 1].text)];
      assert.deepEqual(en.code, da.code, `${file}, block ${i / 2 + 1}: the code samples`);
      assert.deepEqual(en.inline, da.inline, `${file}, block ${i / 2 + 1}: the code in the text`);
      assert.deepEqual(en.links, da.links, `${file}, block ${i / 2 + 1}: the links`);
      assert.equal(en.sections, da.sections, `${file}, block ${i / 2 + 1}: the number of sections`);
    }
  }
});
