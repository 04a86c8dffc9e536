// firstCharTest (engine/word-starts.ts) never rules out a word that a list holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstCharTest } from '../../server/src/engine/word-starts';
import { firstNameSet as FIRST_NAMES } from '../../server/src/engine/word-lists';
import { TITLES } from '../../server/src/engine/attribution/lexicon';

test('every entry of the first-name and title lists passes; words no entry starts like do not', () => {
  for (const list of [FIRST_NAMES, TITLES]) {
    const mayHave = firstCharTest(list);
    for (const w of list) assert.equal(mayHave(w), true, w);
  }
  const mayHave = firstCharTest(['Anna', 'Émile', 'Dr.']);
  assert.deepEqual(['Anna', 'Amos', 'Émile', 'Éa', 'Dr', 'anna', 'émile', '1990', 'Zoe', ''].map(mayHave), [true, true, true, true, true, false, false, false, false, false]);
  assert.equal(firstCharTest(['', 'x'])(''), true);
});
