// The date rules' word pre-filter (dates/word-filter.ts) answers exactly as String.includes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { occurs, wordKeys } from '../../server/src/engine/dates/word-filter';
import { anyOf } from '../../server/src/engine/dates/rule-kit';

const words = ['sunday', 'day', 'today', 'jan', 'may', '16', '20', '0s', "0'", '0’', 'year-earlier', 'q', 'midnight', 'ties', 'thousand'];

test('a word is found exactly where includes finds it', () => {
  const texts = [
    'the ceasefire took hold on sunday, and talks resume today.',
    'in the 1960s and 1970s the party won 20 of 16 seats; by the twenties it had a thousand members',
    'revenue in the year-earlier quarter fell, the ’90s ended at midnight',
    'no date words here at all, just prose about parties and their ties.',
    'may', 'ma', 'a', '', 'dayday', "in '06 and the 0's", 'Σίσυφος ’0’ ĳ',
  ];
  for (const text of texts) for (const w of words) assert.equal(occurs(text, w, wordKeys(w)), text.includes(w), `${w} in ${JSON.stringify(text)}`);
});

test('random texts over a small alphabet: no word that occurs is ever ruled out', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const alphabet = "adnsyjmu0'’ 12-";
  for (let k = 0; k < 2000; k++) {
    let text = '';
    const len = rand(60);
    for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
    const word = text.slice(rand(len + 1), rand(len + 1) + rand(6)) || 'day';
    assert.equal(occurs(text, word, wordKeys(word)), text.includes(word), `${word} in ${JSON.stringify(text)}`);
    for (const w of words) assert.equal(occurs(text, w, wordKeys(w)), text.includes(w));
  }
});

test('anyOf is true when one of its words occurs, asked of several blocks in turn', () => {
  const weekday = anyOf('monday', 'friday');
  assert.equal(weekday('talks end on friday.'), true);
  assert.equal(weekday('talks end on thursday.'), false);
  assert.equal(weekday('on monday'), true);
  assert.equal(weekday('talks end on thursday.'), false);
});
