// The shortcuts in structure.ts give what the plain code they skip gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces, isMarkupJunk, linesOf, spaceSeparatedCount } from '../../server/src/engine/structure';

const LINES = [
  '',
  ' ',
  'one',
  'one two',
  'one  two',
  ' lead and trail ',
  'tab\there',
  'nbsp\u00a0here',
  'thin\u2009space and line\u2028sep',
  'new\nline',
  'crlf\r\nline',
  '   ',
  'a \u00a0b',
  'He said: "No."  Then left.',
  '\ufeffbom',
];

test('collapseSpaces is replace(/\\s+/g, " ")', () => {
  for (const s of LINES) assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
});

test('spaceSeparatedCount is split(" ").length', () => {
  for (const s of LINES) assert.equal(spaceSeparatedCount(s), s.split(' ').length, JSON.stringify(s));
});

test('isMarkupJunk: blocks without markup characters are junk only when blank', () => {
  assert.equal(isMarkupJunk('The mayor said the budget was fair.'), false);
  assert.equal(isMarkupJunk('   \n\t\u2028 '), true);
  assert.equal(isMarkupJunk('}'), true);
  assert.equal(isMarkupJunk('.bio { width:100%;'), true);
  assert.equal(isMarkupJunk('color: red;'), true);
  assert.equal(isMarkupJunk('@media screen'), true);
  assert.equal(isMarkupJunk('<tweet id="1">'), true);
  assert.equal(isMarkupJunk('}\nThe mayor said so.'), false);
  assert.equal(isMarkupJunk('Prices rose; wages did not.'), false);
});

test('linesOf finds the line breaks the per-character scan found', () => {
  // the scan it replaces: trimmed lines of src[from, to), null for a blank one
  const reference = (src: string, from: number, to: number) => {
    const out: Array<[number, number] | null> = [];
    let i = from;
    while (i <= to) {
      let j = i;
      while (j < to && src.charCodeAt(j) !== 10 && src.charCodeAt(j) !== 13) j++;
      let [s, e] = [i, j];
      while (s < e && /[ \t]/.test(src[s])) s++; // the texts below only have spaces and tabs to trim
      while (e > s && /[ \t]/.test(src[e - 1])) e--;
      out.push(e > s ? [s, e] : null);
      if (j >= to) break;
      i = src.charCodeAt(j) === 13 && src.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    }
    return out;
  };
  const texts = ['', 'one line', 'a\nb', 'a\r\nb\rc\n\nd', '\n\n', '\r\n\r\n', 'a\n\r\nb', ' x \n  \n y\r', '\tz\t\r\n', 'end\n', 'Headline\r\n\r\nBody one.\r\nBody two.\n\rlast'];
  for (const text of texts) {
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        assert.deepEqual(linesOf(text, from, to), reference(text, from, to), `${JSON.stringify(text)} ${from} ${to}`);
      }
    }
  }
});
