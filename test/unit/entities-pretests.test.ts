// The exact pre-tests in front of the entity rules' patterns give the same answers as the patterns alone:
// wordBefore (entities/word-before.ts) and the bracket-anchored DEFINED matches (entities/acronym-terms.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSpaceCode, wordBefore } from '../../server/src/engine/entities/word-before';
import { definedMatches } from '../../server/src/engine/entities/acronym-terms';

test('isSpaceCode is the \\s of JavaScript patterns, on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('wordBefore gives the token before the spaces that end at a position', () => {
  const at = (text: string, name: string) => wordBefore(text, text.indexOf(name));
  assert.equal(at('the novel Nexus', 'Nexus'), 'novel');
  assert.equal(at('his latest book,\u00a0 Hegemony', 'Hegemony'), 'book,');
  assert.equal(at('(along\nBroadway', 'Broadway'), '(along');
  assert.equal(at('said:Nexus', 'Nexus'), '');
  assert.equal(at('Nexus', 'Nexus'), '');
  assert.equal(at('   Nexus', 'Nexus'), '');
  assert.equal(at('novel Nexus', 'Nexus'), 'novel');
  // a long token is cut to its end: never equal to a short word, still ending as the token does
  const long = 'x'.repeat(100) + 'along';
  assert.equal(at(`${long} Broadway`, 'Broadway'), long.slice(-64));
});

// DEFINED as acronym-terms.ts had it, run at every position of the text.
const DEFINED_ALL = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,6})(s?)\)/gu;
const everywhere = (text: string) => [...text.matchAll(DEFINED_ALL)].map((m) => [m[1], m[2], m[3]]);
const anchored = (text: string) => definedMatches(text).map((m) => [m[1], m[2], m[3]]);

test('DEFINED found from each bracket backwards gives the matches of DEFINED over the whole text', () => {
  const cases = [
    'compact fluorescent lamps (CFLs) and the CFL market',
    'one two three four five six seven eight nine ten (ABC) and then (DEF)',
    'Xabc def (ABC)', 'abc (AB)(CD) x (EF)', 'a b (ABCDEFG) c d (CD)', 'über-große tests (UGT)', 'a 𝑎bc def (AD)',
    'no brackets at all', 'well-known -dash words (WKD) x (AB', 'reactive oxygen species (ROS) in (ABs)s tail',
  ];
  for (const t of cases) assert.deepEqual(anchored(t), everywhere(t), t);
  // random texts over the characters that decide a match
  const alphabet = ['ab', 'c', 's', 'é', '-', ' ', ' ', ' ', '  ', '\n', '(', ')', '(AB)', '(ABs)', '(CDE)', '(ABCDEFG)', 'D', 'X', '.', ',', '𝑎', 'É', '1'];
  let seed = 7;
  let found = 0;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let k = 0; k < 20000; k++) {
    let t = '';
    for (let i = 0, n = 5 + rnd(60); i < n; i++) t += alphabet[rnd(alphabet.length)];
    const want = everywhere(t);
    assert.deepEqual(anchored(t), want, JSON.stringify(t));
    if (want.length) found++;
  }
  assert.ok(found > 1000, `only ${found} random texts with a match`);
});
