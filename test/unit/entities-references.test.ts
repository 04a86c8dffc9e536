// Whether a text cites its sources decides two name rules (scholarly acronyms, cited authors);
// findEntities asks it once per article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasReferences } from '../../server/src/engine/entities/references';

test('a text that cites its sources twice has references', () => {
  assert.equal(hasReferences('As shown in [3] and later in [4–6], the sensor drifts.'), true);
  assert.equal(hasReferences('Earlier studies (e.g., Hein, Reich, & Marks, 2016) agree; Feng et al. disagree.'), true);
});

test('news with one bracket or a year in brackets has none', () => {
  assert.equal(hasReferences('The Games in Berlin (1936) were a showcase, the historian said.'), false);
  assert.equal(hasReferences('"I was [inaudible] there," he said, citing one study [3].'), false);
});
