// engine/packed.ts builds the same values as the .map() / .slice().map().join() it replaces in the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinTexts, mapPacked, textsOf } from '../../server/src/engine/packed';

function randomWords(n: number, seed: number): { text: string; i: number }[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: n }, (_, i) => ({ text: ['Mr.', 'Anna', 'of', '', 'U.S.', 'Bank', "O'Neil", 'é'][next() % 8], i }));
}

test('mapPacked gives what .map gives, index included', () => {
  for (let n = 0; n < 6; n++) {
    const words = randomWords(n, n + 1);
    assert.deepEqual(mapPacked(words, (w, i) => w.text + '/' + i), words.map((w, i) => w.text + '/' + i));
  }
  assert.deepEqual(mapPacked([], (x: number) => x), []);
});

test('textsOf and joinTexts give what slice + map + join give, for every from and to', () => {
  for (let n = 0; n < 7; n++) {
    const words = randomWords(n, 7 * n + 3);
    assert.deepEqual(textsOf(words), words.map((w) => w.text));
    assert.equal(joinTexts(words), words.map((w) => w.text).join(' '));
    for (let from = 0; from <= n + 2; from++) {
      assert.deepEqual(textsOf(words, from), words.slice(from).map((w) => w.text));
      assert.equal(joinTexts(words, from), words.slice(from).map((w) => w.text).join(' '));
      for (let to = 0; to <= n + 2; to++) {
        const want = words.slice(from, to).map((w) => w.text);
        assert.deepEqual(textsOf(words, from, to), want, `${n} ${from} ${to}`);
        assert.equal(joinTexts(words, from, to), want.join(' '), `${n} ${from} ${to}`);
      }
    }
  }
});
