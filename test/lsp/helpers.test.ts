// Pure helpers of the language server: entity identity across articles, date words, token layering, lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameEntity, spellingVariant } from '../../server/src/workspace/identity';
import { dateInWords, dateShort } from '../../server/src/features/format';
import { flatten, type Layer } from '../../server/src/features/semanticTokens';
import { LineIndex } from '../../server/src/workspace/positions';
import { fileFilter } from '../../server/src/workspace/files';

const person = (name: string, aliases: string[] = []) => ({ name, type: 'person', aliases });

test('spelling variants: one name part differs by a small edit', () => {
  assert.equal(spellingVariant(person('Sergey Lavrov'), person('Sergei Lavrov')), true);
  assert.equal(spellingVariant(person('Muammar Gaddafi'), person('Muammar Gadhafi')), true);
  assert.equal(spellingVariant(person('John Kerry'), person('Kerry Washington')), false);
  assert.equal(spellingVariant(person('Jay Carney'), person('Jay Carney')), false, 'same spelling');
  assert.equal(spellingVariant(person('Tomasz Wilk'), person('Tomas Wilk')), true);
  assert.equal(spellingVariant(person('Muammar Gaddafi'), person('Moammar Gadhafi')), false, 'two parts differ');
  assert.equal(spellingVariant(person('Mark Smith'), person('Mary Smith')), false, 'different first names');
  assert.equal(spellingVariant(person('Dan Smith'), person('Don Smith')), false, 'short first names');
  assert.equal(spellingVariant(person('Al Smith'), person('Ed Smith')), false, 'short names differ by more than spelling');
  assert.equal(spellingVariant(person('Maria Okafor'), { name: 'Marie Okafor', type: 'organization', aliases: [] }), false);
});

test('same entity across articles: canonical name, or a canonical name that is an alias elsewhere', () => {
  assert.equal(sameEntity(person('John Kerry', ['Kerry']), person('Kerry')), true);
  assert.equal(sameEntity(person('John Kerry', ['Kerry']), person('Kerry Washington', ['Kerry'])), false);
  assert.equal(sameEntity(person('Barack Obama'), person('barack  obama')), true);
});

test('dates in words', () => {
  assert.equal(dateInWords('2013-09-12'), 'Thursday, 12 September 2013');
  assert.equal(dateInWords('2013-09'), 'September 2013');
  assert.equal(dateInWords('2013-09-XX'), 'a day in September 2013');
  assert.equal(dateInWords('2013-W38'), 'the week of Monday 16 September 2013');
  assert.equal(dateInWords('P30D'), '30 days');
  assert.equal(dateInWords('PT2H'), '2 hours');
  assert.equal(dateInWords('PT5M'), '5 minutes');
  assert.equal(dateInWords('PRESENT_REF'), 'now (the present)');
  assert.equal(dateInWords(null), 'unresolved');
  assert.equal(dateShort('2024-03-13'), 'Wed 13 Mar 2024');
});

test('layers flatten into disjoint pieces; the more specific span cuts the quote', () => {
  const L = (start: number, end: number, type: Layer['type'], priority: number): Layer => ({ start, end, type, modifiers: [], priority });
  const pieces = flatten([L(0, 30, 'quote', 0), L(5, 10, 'person', 1), L(20, 26, 'date', 3), L(22, 24, 'person', 1)], 40);
  assert.deepEqual(
    pieces.map((p) => [p.start, p.end, p.type]),
    [
      [0, 5, 'quote'],
      [5, 10, 'person'],
      [10, 20, 'quote'],
      [20, 26, 'date'],
      [26, 30, 'quote'],
    ],
  );
});

test('line index: positions and per-line pieces with CRLF and CR line ends', () => {
  const text = 'ab\r\ncd\ref\ngh';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.positionAt(text.indexOf('d')), { line: 1, character: 1 });
  assert.equal(lines.offsetAt({ line: 2, character: 1 }), text.indexOf('f'));
  assert.deepEqual(
    lines.splitByLine(1, text.length).map((p) => text.slice(p.start, p.start + p.length)),
    ['b', 'cd', 'ef', 'gh'],
  );
});

test('include and exclude globs', () => {
  const f = fileFilter({ include: ['**/*.news', '**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**'] });
  assert.equal(f.matches('a/b/story.news'), true);
  assert.equal(f.matches('story.txt'), true);
  assert.equal(f.matches('notes.md'), false);
  assert.equal(f.matches('node_modules/x/readme.txt'), false);
  assert.equal(f.excludesDir('node_modules'), true);
  assert.equal(f.excludesDir('a/.git'), true);
  assert.equal(f.excludesDir('articles'), false);
});
