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
