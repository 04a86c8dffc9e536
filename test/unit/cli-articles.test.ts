// End to end: the CLI on the two shared real articles, checked against their hand-made gold.
// The articles carry no date line, so the publication date is given as a user would: --published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { main } from '../../server/src/cli';
import { sharedArticles } from '../../scripts/paths';
import { checkArticle, type ArticleGold } from '../../scripts/eval/articles';
import type { Analysis } from '../../server/src/engine/types';

const found = sharedArticles();
if ('missing' in found) console.log(`skipping the shared-article CLI test: ${found.missing}`);

for (const base of 'files' in found ? found.files : []) {
  const name = base.split('/').pop();
  test(`news-lens annotate ${name}.txt matches its gold`, async () => {
    const gold = JSON.parse(readFileSync(`${base}.gold.json`, 'utf8')) as ArticleGold;
    const text = readFileSync(`${base}.txt`, 'utf8');
    let out = '';
    let err = '';
    const code = await main(['annotate', '--published', gold.published, `${base}.txt`], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    });
    assert.equal(code, 0, err);
    // The CLI's JSON has the fields checkArticle reads (published, entities, quotes, dates).
    const json = JSON.parse(out) as Analysis;
    const misses = checkArticle(json, gold, text);
    assert.deepEqual(misses, [], `${misses.length} misses:\n${misses.join('\n')}`);
  });
}

test('shared articles are present or the skip reason was printed', { skip: 'files' in found ? false : found.missing }, () => {
  assert.ok('files' in found && found.files.length === 2);
});
