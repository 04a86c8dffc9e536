// engine/english-parser.ts: parse-english with a faster tokenize gives the very trees of the stock parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseEnglish } from 'parse-english';
import { FastParseEnglish, classOf } from '../../server/src/engine/english-parser';

const stock = new ParseEnglish();
const fast = new FastParseEnglish();

function same(text: string): void {
  assert.deepEqual(fast.parse(text), stock.parse(text), JSON.stringify(text.slice(0, 80)));
  assert.deepEqual(fast.tokenize(text), stock.tokenize(text), JSON.stringify(text.slice(0, 80)));
}

test('each character gets the class parse-latin gives it', () => {
  const kinds = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
  for (const ch of [' ', '\t', '\n', '\u00a0', '\u2009', '.', ',', '"', '“', '—', '-', "'", '’', 'a', 'Z', '7', 'é', 'ß', 'Ж', '中', '$', '%', '+', '©', '€', '\ud83d', '\ude00']) {
    assert.equal(kinds[classOf(ch.charCodeAt(0))], stock.tokenize(ch)[0].type, JSON.stringify(ch));
  }
});

test('the trees are the stock parser\'s on hard cases', () => {
  const cases = [
    '',
    ' ',
    'Hello.',
    'Mr. Smith went to Washington, D.C., on Monday. He said: "It\'s fine!!" — then left...',
    'Line one\r\nline two\rline three\n\n\nNew paragraph\u2028here.',
    'Emoji 😀😀 and flags 🇫🇷, math 𝔘 and a lone \ud83d surrogate \ude00.',
    'U.S.-led talks (2013-14) cost $4.5bn, up 12% on 2012; e.g. the "E.U." plan?! No…',
    "Don't, won't, y'all, rock 'n' roll, '90s, O'Neil's; a/b and/or 24/7 and @user #tag http://x.y/z?q=1&r=2.",
    '...   ---   !!!???   """   \t\t  ©©©  +++',
    'Кремль заявил. 中文句子。 Ελληνικά; العربية، עברית.',
    'He said:\u00a0"No."\u2009She said\u202f\'yes\'.',
  ];
  for (const text of cases) same(text);
});

test('the trees are the stock parser\'s on every sample and fixture article', () => {
  const root = path.join(__dirname, '..', '..');
  let n = 0;
  for (const dir of ['samples', 'test/fixtures']) {
    for (const name of readdirSync(path.join(root, dir))) {
      const file = path.join(root, dir, name);
      if (!/\.(txt|md|news|article)$/.test(name)) continue;
      const text = readFileSync(file, 'utf8');
      same(text);
      for (const para of text.split(/\n\s*\n/)) same(para);
      n++;
    }
  }
  assert.ok(n >= 5, `only ${n} articles read`);
});
