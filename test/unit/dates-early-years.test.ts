// Eras, early years, the short end of a year range (dates/early-years.ts) and generic seasons (dates/generic-seasons.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const dates = (text: string) => analyze(text, { published: '2020-05-01' }).dates.map((d) => [text.slice(d.start, d.end), d.value]);

test('BC and AD years', () => {
  const text = 'Old stones\n\nThe wall was built around 508 BC and rebuilt in AD 842.';
  assert.deepEqual(dates(text), [
    ['508 BC', '-0508'],
    ['AD 842', '0842'],
  ]);
});

test('a three-digit year after "in" before punctuation; not a count or a decimal', () => {
  assert.deepEqual(dates('Saint\n\nIn 366, he went to Rome.'), [['366', '0366']]);
  assert.deepEqual(dates('Stores\n\nIt has 450 stores, up from 360. Volume was up from 443.6 million in 300 cities.'), []);
});

test('years before 1600 after a preposition or a bracket, decades too; not counts', () => {
  assert.deepEqual(dates('Charter\n\nIn 1423 it was granted a charter. The capital from 1598 to 1722, it was founded in the 1540s.'), [
    ['1423', '1423'],
    ['1598', '1598'],
    ['1722', '1722'],
    ['the 1540s', '154'],
  ]);
  assert.deepEqual(dates('Stores\n\nThe chain opened in 1500 stores.'), []);
});

test('early years before a dash, after "the year", or opening a sentence before a name', () => {
  assert.deepEqual(dates('Saint\n\nJerome (c. 347 – 420) was a priest. In 348 Pachomius died. The fort was founded in the year 71.'), [
    ['347', '0347'],
    ['348', '0348'],
    ['71', '0071'],
  ]);
});

test("a year's possession is the year; a decade written with 's is not; the first of two centuries", () => {
  assert.deepEqual(dates("Films\n\nHe starred in 2008's thriller Cold Cottage.")[0], ['2008', '2008']);
  assert.deepEqual(dates("Music\n\nThe sound of the 1980's returned."), [["the 1980's", '198']]);
  const text = 'Library\n\nIt holds books from the 15th to the 19th century.';
  assert.ok(dates(text).some(([t, v]) => t === 'the 15th' && v === '14'), JSON.stringify(dates(text)));
});

test('the short end of a year range is a year of the same century', () => {
  const text = 'Stories\n\nHer mature period (1894 – 96) was short.';
  assert.deepEqual(dates(text), [
    ['1894', '1894'],
    ['96', '1896'],
  ]);
});

test('a season named without a year is a generic date; a spring of water or a name is not', () => {
  // "late autumn" and "In summer" are the season rules' (this year's); the bare ones are generic.
  assert.deepEqual(dates('Visiting\n\nSpring and late autumn are the best times to visit. In summer the beaches fill.'), [
    ['Spring', 'XXXX-SP'],
    ['late autumn', '2020-FA'],
    ['summer', '2020-SU'],
  ]);
  assert.deepEqual(dates('Visiting\n\nThe heat of summer is hard. During winters the roads close.'), [
    ['summer', 'XXXX-SU'],
    ['winters', 'XXXX-WI'],
  ]);
  assert.deepEqual(dates('Water\n\nThe village draws water from a spring. Donna Summer sang.'), []);
});

test('a day or month with an early year; not a count after a month', () => {
  assert.deepEqual(dates('Saint\n\nHe died on 30 September 420. In December of 384 he left Rome.'), [
    ['30 September 420', '0420-09-30'],
    ['December of 384', '0384-12'],
  ]);
  assert.ok(!dates('Crowds\n\nIn May 300 people came.').some(([, v]) => String(v).startsWith('0300')));
});

test('early years are written with four digits, also when told relative to another date', () => {
  assert.deepEqual(dates('Saint\n\nIn 348, he fled. Later that year he returned. Some 3000 years ago the town was founded.'), [
    ['348', '0348'],
    ['Later that year', '0348'],
    ['Some 3000 years ago', '-0980'],
  ]);
});

test('"the 1800s" and "the 1500s" are centuries, "the 1540s" and "the 2000s" decades', () => {
  assert.deepEqual(dates('Houses\n\nMost houses date from the 1800s; the chapel from the 1500s; the mill from the 2000s.'), [
    ['the 1800s', '18'],
    ['the 1500s', '15'],
    ['the 2000s', '200'],
  ]);
});
