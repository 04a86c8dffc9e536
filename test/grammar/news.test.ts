// Tokenises sample lines with the real TextMate engine VS Code uses (vscode-textmate + Oniguruma)
// and checks which words the grammar marks as quotes and dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
  createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
  createOnigString: (s: string) => new oniguruma.OnigString(s),
}));
const registry = new textmate.Registry({
  onigLib,
  loadGrammar: async (scopeName) =>
    scopeName === 'text.news'
      ? textmate.parseRawGrammar(readFileSync(path.join(root, 'syntaxes', 'news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json')
      : null,
});
const grammar = registry.loadGrammar('text.news');

interface Tok { text: string; scopes: string[] }

/** Tokenises lines in order (state carries over, as in an editor) and returns each line's tokens. */
async function tokenize(...lines: string[]): Promise<Tok[][]> {
  const g = await grammar;
  assert.ok(g, 'grammar text.news loads');
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t, i) => ({ text: line.slice(t.startIndex, r.tokens[i + 1]?.startIndex ?? line.length), scopes: t.scopes }));
  });
}

/** The text covered by tokens having a scope starting with `prefix`, joined per run of adjacent tokens. */
function runs(tokens: Tok[], prefix: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  for (const t of tokens) {
    if (t.scopes.some((s) => s.startsWith(prefix))) cur = (cur ?? '') + t.text;
    else if (cur !== null) { out.push(cur); cur = null; }
  }
  if (cur !== null) out.push(cur);
  return out;
}

const DOUBLE = 'string.quoted.double.news';
const SINGLE = 'string.quoted.single';
const DATE = 'constant.numeric.date';

test('curly double quotes are strings, including their marks, and apostrophes inside do not end them', async () => {
  const [line] = await tokenize('“It’s too early to tell,” Obama said in his speech.');
  assert.deepEqual(runs(line, DOUBLE), ['“It’s too early to tell,”']);
  const marks = line.filter((t) => t.scopes.includes('punctuation.definition.string.begin.news')).map((t) => t.text);
  assert.deepEqual(marks, ['“']);
});

test('straight double quotes are strings', async () => {
  const [line] = await tokenize('"We will not wait," said Maria Alvarez. "Never."');
  assert.deepEqual(runs(line, DOUBLE), ['"We will not wait,"', '"Never."']);
});

test('a quote never closed stops at the end of its paragraph', async () => {
  const [first, second] = await tokenize('“This goes on and on', 'The next paragraph is plain text.');
  assert.deepEqual(runs(first, DOUBLE), ['“This goes on and on']);
  assert.deepEqual(runs(second, DOUBLE), []);
});

test('single quotes nested in double quotes are marked, apostrophes are not', async () => {
  const [curly] = await tokenize('“He called it a ‘verifiable process,’ and we’re not there,” she said.');
  assert.deepEqual(runs(curly, SINGLE), ['‘verifiable process,’']);
  assert.deepEqual(runs(curly, DOUBLE), ['“He called it a ‘verifiable process,’ and we’re not there,”']);

  const [straight] = await tokenize('"The students\' union said \'no deal\' and didn\'t move," he said.');
  assert.deepEqual(runs(straight, SINGLE), ["'no deal'"]);
  assert.deepEqual(runs(straight, DOUBLE), ['"The students\' union said \'no deal\' and didn\'t move,"']);
});

test('an unclosed nested single quote ends with its enclosing double quote', async () => {
  const [line] = await tokenize('“They said ‘wait,” the official added, “and we did.”');
  assert.deepEqual(runs(line, DOUBLE), ['“They said ‘wait,”', '“and we did.”']);
  assert.deepEqual(runs(line, SINGLE), ['‘wait,']);
});

test('top-level curly single quotes (scare quotes, headlines) are marked; possessives are not', async () => {
  const [line] = await tokenize('Russia’s plan, a ‘Verifiable process’ for Syria’s weapons, was welcomed.');
  assert.deepEqual(runs(line, SINGLE), ['‘Verifiable process’']);
  assert.deepEqual(runs(line, DOUBLE), []);
});

test('obvious dates are marked: month and day, with weekday and year, ISO dates, weekdays', async () => {
  const [a, b, c, d] = await tokenize(
    'The hearing on Tuesday, September 10, 2013 was long.',
    'An Aug. 21 attack, and talks on 12 September 2013 and in March 2014.',
    'Filed 2013-09-11T14:05Z and updated 2013-09-12.',
    'Kerry heads to Geneva on Thursday.',
  );
  assert.deepEqual(runs(a, DATE), ['Tuesday, September 10, 2013']);
  assert.deepEqual(runs(b, DATE), ['Aug. 21', '12 September 2013', 'March 2014']);
  assert.deepEqual(runs(c, DATE), ['2013-09-11T14:05Z', '2013-09-12']);
  assert.deepEqual(runs(d, DATE), ['Thursday']);
});

test('words that only look like dates are not marked', async () => {
  const [line] = await tokenize('May I ask? The march began, and Augustine said 2013 was a Sundays-only year; 12013-09-11 is no date.');
  assert.deepEqual(runs(line, DATE), []);
});

test('dates inside quotes keep both scopes', async () => {
  const [line] = await tokenize('“We meet on Monday,” she said.');
  const monday = line.find((t) => t.text === 'Monday');
  assert.ok(monday, 'Monday is its own token');
  assert.ok(monday.scopes.includes(DOUBLE) && monday.scopes.some((s) => s.startsWith(DATE)), monday.scopes.join(' '));
});
