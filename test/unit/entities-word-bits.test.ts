// wordBits (entities/word-bits.ts) never rules out a word its list holds, and rules out most others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordBits, wordHash } from '../../server/src/engine/entities/word-bits';
import { commonSet, firstNameSet, townSet } from '../../server/src/engine/entities/lexicon';

test('every word of the large lists passes its bits; with lower, in any ASCII case', () => {
  for (const list of [townSet, firstNameSet]) {
    const mayHave = wordBits(list);
    for (const w of list) assert.equal(mayHave(w), true, w);
  }
  const mayBeCommon = wordBits(commonSet, true);
  for (const w of commonSet) {
    assert.equal(mayBeCommon(w), true, w);
    assert.equal(mayBeCommon(w.toUpperCase()), true, w);
    assert.equal(mayBeCommon(w[0].toUpperCase() + w.slice(1)), true, w);
  }
});

test('words outside a list mostly fail; a word outside ASCII is left to the Set when lowering', () => {
  const mayHave = wordBits(['Anna', 'Émile', 'Roermond']);
  assert.deepEqual(['Anna', 'Émile', 'Roermond', 'anna', 'Emile'].map(mayHave), [true, true, true, false, false]);
  const lower = wordBits(['straße', 'naive'], true);
  assert.equal(lower('NAIVE'), true);
  assert.equal(lower('Straße'), true); // not read: the Set decides
  assert.equal(wordHash('Straße', true), -1);
  const mayBeTown = wordBits(townSet);
  let passed = 0;
  for (let k = 0; k < 10000; k++) if (mayBeTown(`Qx${k}zz`)) passed++;
  assert.ok(passed < 1000, `${passed} of 10,000 made-up words passed`);
});
