// engine/english-parser.ts: parse-english with a faster tokenize gives the very trees of the stock parser; parse.ts
// gives the same sentences whether it parses a block at its offset (no cache) or shifts a cached parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseEnglish } from 'parse-english';
import { FastParseEnglish, classOf } from '../../server/src/engine/english-parser';
import { MAX_PARSE_PIECE, parseBlocks } from '../../server/src/engine/parse';
import { segment } from '../../server/src/engine/structure';

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

test('sentences are the same with and without a block cache, long blocks cut in pieces included', () => {
  const root = path.join(__dirname, '..', '..');
  const texts: string[] = [];
  for (const name of readdirSync(path.join(root, 'samples'))) texts.push(readFileSync(path.join(root, 'samples', name), 'utf8'));
  // a paragraph longer than MAX_PARSE_PIECE, after a headline, so it is parsed in pieces at a block offset
  const sentence = 'The harbor board met on Tuesday. "We will reopen the port," said Jane Smith, its chair. ';
  texts.push('Port to reopen\n\n' + sentence.repeat(Math.ceil((MAX_PARSE_PIECE * 2.5) / sentence.length)));
  for (const text of texts) {
    const { blocks, prose } = segment(text, 'text');
    const cache = new Map<string, unknown>();
    const plain = parseBlocks(prose, blocks);
    assert.deepEqual(plain, parseBlocks(prose, blocks, cache));
    assert.deepEqual(plain, parseBlocks(prose, blocks, cache)); // from the cache
    assert.ok(plain.length > 0);
  }
  assert.ok(texts[texts.length - 1].length > MAX_PARSE_PIECE * 2);
});
