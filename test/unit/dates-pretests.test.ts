// The dates stage skips a pattern on a block when a cheap test shows it cannot match (word lists per rule,
// digits for early years, season words, holiday names). These cases sit on the edges of those tests:
// capitals, other whitespace, "ſ" (which the `iu` flags read as "s"), a year without three digits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';

const dates = (text: string) => analyze(text, { published: '2020-05-01' }).dates.map((d) => [text.slice(d.start, d.end), d.value]);

test('rules whose words are written in capitals or split by other whitespace still run', () => {
  assert.deepEqual(dates('Strike\n\nThe strike lasted AT LEAST 72\nhours.'), [['AT LEAST 72\nhours', 'PT72H']]);
  assert.deepEqual(dates('Strike\n\nThey meet twice A\nWEEK.'), [['twice A\nWEEK', 'P1W']]);
  assert.deepEqual(dates('Strike\n\nPrices are CURRENTLY high.'), [['CURRENTLY', 'PRESENT_REF']]);
  assert.deepEqual(dates('Board\n\nThe then-current chairman left.'), [['then-current', 'PAST_REF']]);
  assert.deepEqual(dates('Strike\n\nHe left. THE NEXT DAY he came back.'), [['THE NEXT DAY', '2020-05-02']]);
  assert.deepEqual(dates('Party\n\nThey met on NEW   YEAR’S EVE.'), [['NEW   YEAR’S EVE', '2019-12-31']]);
  assert.deepEqual(dates('Sales\n\nSales rose 20 percent in FISCAL 1989 and 2001.'), [
    ['FISCAL 1989', '1989'],
    ['2001', '2001'],
  ]);
  // A month needs a capital first letter only ("aUGUST" is none).
  assert.deepEqual(dates('Sales\n\nSales fell in MARCH and rose in aUGUST.'), [['MARCH', '2020-03']]);
});

test('a generic season spelt with a long s, and one in capitals', () => {
  assert.deepEqual(dates('Crops\n\nCrops grow in ſummer.'), [['ſummer', 'XXXX-SU']]);
  assert.deepEqual(dates('Crops\n\nSUMMER is the busy season.'), [['SUMMER', 'XXXX-SU']]);
});

test('early years: "the year" with fewer than three digits, an old year, a century pair, a year\'s possession', () => {
  assert.deepEqual(dates('Rome\n\nIn the year 64 the city burned.'), [['64', '0064']]);
  assert.deepEqual(dates('Rome\n\nThe abbey was founded in 1423, and rebuilt from the 15th to the 19th century.'), [
    ['1423', '1423'],
    ['the 15th', '14'],
    ['the 19th century', '18'],
  ]);
  assert.deepEqual(dates('Library\n\nIt holds books from the 15th to the 19th century.'), [
    ['the 15th', '14'],
    ['the 19th century', '18'],
  ]);
  assert.deepEqual(dates("Film\n\n2008's The Lake was shown in 1999.").map((d) => d[0]), ['2008', '1999']);
});
