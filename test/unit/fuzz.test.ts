// Seeded fuzzing of the whole engine: garbage built from the characters and words that drive its rules
// (quotation marks, apostrophes, names, titles, months, numbers, line breaks, lone surrogates), and real
// fixture articles cut about by random edits. Whatever the input, analyze() must not throw, every span must
// be the text at its offsets, quotes must be sorted and disjoint, and the block cache must not change results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { GenerationalCache } from '../../server/src/workspace/blockCache';
import { violations } from './invariants';
import { random } from '../random';

const PIECES = [
  '"', '"', '“', '”', '‘', '’', "'", "'", '«', '»', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028',
  '.', ',', ':', ';', '!', '?', '-', '—', '(', ')', '#', '*', '>', '---', 'date:', 'title:',
  'John', 'Smith', 'Sen.', 'Mr.', 'U.N.', 'Kerry', 'Lavrov', 'Washington', 'Reuters', 'AP', 'By', 'Updated',
  'the', 'said', 'told', 'he', 'she', 'they', 'according to', 'spokesman', 'of', 'and',
  '―', '--', 'who', 'that', 'as', 'referred to', 'speaking', 'podcast', 'the newspaper', 'Corp.', 'STATE', 'Tunnels',
  '2013', '12', '3', '1:30', 'p.m.', 'a.m.', 'January', 'Sept.', 'May', 'Monday', 'Thursday', 'last week', 'next', 'ago', 'years', 'yesterday',
  '😀', '\u{1D400}', '\uD800', '\uDC00', '\u200b', 'é', 'Ñ',
];

function check(text: string, options: Parameters<typeof analyze>[1], label: string) {
  let a;
  try {
    a = analyze(text, options);
  } catch (err) {
    assert.fail(`${label}: analyze threw on ${JSON.stringify(text)}: ${(err as Error).stack}`);
  }
  assert.deepEqual(violations(text, a), [], `${label}: ${JSON.stringify(text)}`);
  return a;
}

test('random strings of quotes, names, dates and punctuation: no throw, every span consistent', () => {
  const rnd = random(20260101);
  for (let i = 0; i < 600; i++) {
    const len = 1 + Math.floor(rnd() * (rnd() < 0.1 ? 300 : 50));
    let text = '';
    for (let k = 0; k < len; k++) text += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.5 ? ' ' : '');
    const published = rnd() < 0.5 ? '2013-09-11' : null;
    check(text, { format: 'text', published }, `#${i} text`);
    check(text, { format: 'markdown', published }, `#${i} markdown`);
  }
});

test('fixture articles under random edits: spans consistent, and the block cache gives the same result', () => {
  const dir = path.resolve(__dirname, '..', 'fixtures');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.news'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  assert.ok(articles.length > 0);
  const inserts = ['"', '“', '”', '‘', '’', "'", '\n', '\n\n', '\r\n', ' said ', ' he said.', ', she told Reuters', 'Sen. John Smith', ' on Monday', '😀', '\uD800', '.', '—', '#', '---\n', ''];
  const rnd = random(7);
  for (let i = 0; i < 24; i++) {
    let text = articles[i % articles.length];
    const cache = new GenerationalCache();
    for (let step = 0; step < 3; step++) {
      for (let e = 1 + Math.floor(rnd() * 5); e > 0; e--) {
        const at = Math.floor(rnd() * (text.length + 1));
        const del = rnd() < 0.4 ? Math.floor(rnd() * 40) : 0;
        text = text.slice(0, at) + inserts[Math.floor(rnd() * inserts.length)] + text.slice(at + del);
      }
      cache.nextGeneration();
      const cached = check(text, { format: 'text', cache }, `article #${i} step ${step}`);
      const fresh = analyze(text, { format: 'text' });
      assert.deepEqual(cached, fresh, `article #${i} step ${step}: the cached analysis differs from a fresh one`);
    }
  }
});

test('the invariant check itself catches a wrong span, an overlap and an out-of-range problem', () => {
  const text = '"Yes," he said. "No," she said.';
  const a = analyze(text, { format: 'text' });
  assert.equal(a.quotes.length, 2);
  assert.deepEqual(violations(text, a), []);
  const shifted = { ...a, quotes: [{ ...a.quotes[0], start: a.quotes[0].start + 1 }, { ...a.quotes[1], start: 2 }] };
  const v = violations(text, { ...shifted, problems: [{ start: 0, end: text.length + 1, severity: 'warning', code: 'input', message: '' }] });
  assert.ok(v.some((x) => /text "\\"Yes,\\"" but the document has/.test(x)), v.join('\n'));
  assert.ok(v.some((x) => /overlap/.test(x)), v.join('\n'));
  assert.ok(v.some((x) => /problem input/.test(x)), v.join('\n'));
});
