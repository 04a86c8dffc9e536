// The shortcuts in structure.ts give what the plain code they skip gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces, isMarkupJunk, spaceSeparatedCount } from '../../server/src/engine/structure';

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
