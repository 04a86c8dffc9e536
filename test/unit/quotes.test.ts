// Quote spans, kinds and problems from invented passages (no speaker stage involved).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from '../../server/src/engine/structure';
import { findQuotes, isTitleLike } from '../../server/src/engine/quotes';

function quotesOf(text: string) {
  return findQuotes(readArticle(text, 'text'));
}

const HEAD = 'Harbour plan divides council\n\n';

test('curly and straight double quotes give spans that include their marks', () => {
  const text = HEAD + '“We will rebuild the pier,” the mayor said.\n\n"It is too late for that," a fisherman replied.';
  const { quotes, problems } = quotesOf(text);
  assert.equal(problems.length, 0);
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['“We will rebuild the pier,”', '"It is too late for that,"'],
  );
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
});

test('ids are q1, q2, … in document order', () => {
  const text = HEAD + '“One thing,” she said. “Another thing.”\n\n“A third,” he said.';
  assert.deepEqual(
    quotesOf(text).quotes.map((q) => q.id),
    ['q1', 'q2', 'q3'],
  );
});

test('apostrophes never open or close quotes', () => {
  const text =
    HEAD +
    'Kerry’s aides don’t expect the rebels’ leaders to return to the ’90s talks, and the mayor\'s office says it\'s the fishermen\'s call.';
  const { quotes, problems } = quotesOf(text);
  assert.deepEqual(quotes, []);
  assert.deepEqual(problems, []);
});

test('single quotes nested in a double quote stay inside it', () => {
  const text = HEAD + '“They told us ‘wait until spring’ and the rebels’ demands were ignored,” the harbour master said.';
  const { quotes } = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0].text, /^“They told us ‘wait until spring’ .*ignored,”$/);
});

test('a nested curly double quote does not end the outer quote', () => {
  const text = HEAD + '“I would rather live in what he calls “hell” than live here,” she said.';
  const { quotes, problems } = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, '“I would rather live in what he calls “hell” than live here,”');
  assert.equal(problems.length, 0);
});

test('single-quoted quotes count at the top level, e.g. in headlines and subheadings', () => {
  const text = 'Mayor: ‘We will not sell the harbour’\n\nThe council met on Monday.\n\n‘Verifiable process’ required\n\nThe audit continues.';
  const { quotes } = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['‘We will not sell the harbour’', '‘Verifiable process’'],
  );
  assert.equal(quotes[1].kind, 'scare');
});

test('a quote over several paragraphs gives one piece per paragraph and no problem', () => {
  const text =
    HEAD +
    '“The first thing we did was count the boats,” the inspector said. “Then we counted the nets.\n\n' +
    '“After that we wrote to the ministry and waited for an answer.”\n\nThe ministry did not reply.';
  const { quotes, problems } = quotesOf(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    quotes.map((q) => q.text),
    [
      '“The first thing we did was count the boats,”',
      '“Then we counted the nets.',
      '“After that we wrote to the ministry and waited for an answer.”',
    ],
  );
});

test('an unclosed quote is a warning and is bounded at its paragraph', () => {
  const text = HEAD + 'The mayor said “we will see what happens next.\n\nThe council adjourned until March.\n\n“Fine,” she said.';
  const { quotes, problems } = quotesOf(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'unclosed-quote');
  assert.equal(problems[0].severity, 'warning');
  assert.equal(text[problems[0].start], '“');
  assert.equal(quotes[0].text, '“we will see what happens next.');
  // The next paragraph is not swallowed, and the later quote is still found.
  assert.ok(!quotes.some((q) => q.text.includes('adjourned')));
  assert.equal(quotes[quotes.length - 1].text, '“Fine,”');
});

test('a double quote closed by a mistyped single mark ends there, not at the paragraph end', () => {
  const text =
    HEAD +
    'Fans call her the "Harbour Queen\'. She never used the name herself. Her boat carries a sign saying "The Queen\' because her father painted it.\n\n' +
    'The boat sails on Sundays.\n\n' +
    '"We sail at dawn,\' the skipper said. The crew agreed.';
  const { quotes, problems } = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['"Harbour Queen\'', '"The Queen\'', '"We sail at dawn,\''],
  );
  // Each is still reported: the double mark is never closed by a double mark.
  assert.deepEqual(
    problems.map((p) => [p.code, text.slice(p.start, p.start + 4)]),
    [['unclosed-quote', '"Har'], ['unclosed-quote', '"The'], ['unclosed-quote', '"We ']],
  );
});

test('a nested single quote or a plural possessive does not end an unclosed double quote', () => {
  const text =
    HEAD +
    'The skipper said "my father told me \'never sail alone.\' I still remember it.\n\n' +
    'The mayor said "the sailors\' union will decide the matter this week.';
  const { quotes } = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => q.text),
    ['"my father told me \'never sail alone.\' I still remember it.', '"the sailors\' union will decide the matter this week.'],
  );
});

test('a quote that goes on in the next paragraph is not cut at a single mark', () => {
  const text = HEAD + '"We lost the fishermen\'s vote and the sailors\'.\n\n"Then we lost the town," she said.';
  assert.deepEqual(
    quotesOf(text).quotes.map((q) => q.text),
    ['"We lost the fishermen\'s vote and the sailors\'.', '"Then we lost the town,"'],
  );
});

test('a closing mark with no opening mark is reported', () => {
  const text = HEAD + 'The mayor said we will see what happens next.” Then she left.';
  const { problems } = quotesOf(text);
  assert.deepEqual(
    problems.map((p) => p.code),
    ['unopened-quote'],
  );
});

test('a file of only quotation marks neither crashes nor hangs', () => {
  const marks = '""“”„«»‘’\'\'`'.repeat(20000);
  const t0 = Date.now();
  const { quotes, problems } = quotesOf(marks + '\n' + '“'.repeat(5000) + '\n' + '"'.repeat(5001));
  assert.ok(Array.isArray(quotes) && Array.isArray(problems));
  assert.ok(Date.now() - t0 < 20000);
});

test("'' (two apostrophes) works as a double quotation mark", () => {
  const text = HEAD + "''We've shown the capability to grow,'' he added. ''It's not over.''";
  assert.deepEqual(
    quotesOf(text).quotes.map((q) => q.text),
    ["''We've shown the capability to grow,''", "''It's not over.''"],
  );
});

test('kinds: direct utterances, partial quotes inside the writer’s sentence, scare terms', () => {
  const text =
    HEAD +
    '“We have no money left for repairs,” the treasurer said.\n\n' +
    'The treasurer said: “The accounts are empty.”\n\n' +
    'She called the budget “a disgrace to this town” on Tuesday.\n\n' +
    'The so-called “experts” disagreed.';
  const kinds = quotesOf(text).quotes.map((q) => [q.text, q.kind]);
  assert.deepEqual(kinds, [
    ['“We have no money left for repairs,”', 'direct'],
    ['“The accounts are empty.”', 'direct'],
    ['“a disgrace to this town”', 'partial'],
    ['“experts”', 'scare'],
  ]);
});

test('quoted titles are scare quotes', () => {
  assert.equal(isTitleLike('“Meet the Press.”'), true);
  assert.equal(isTitleLike('“Make America Great Again”'), true);
  assert.equal(isTitleLike('“We will win.”'), false);
  assert.equal(isTitleLike('“Grizzly Adams?”'), false);
  const { quotes } = quotesOf(HEAD + 'She said on “Meet the Press” that the town would recover.');
  assert.equal(quotes[0].kind, 'scare');
});

test('HTML attribute values pasted with an article are not quotes', () => {
  const text = HEAD + 'Watch at <a href="http://example.org/v">the video</a>. <tweet datetime="2016-09-01">He said "no deal" again</tweet>';
  assert.deepEqual(
    quotesOf(text).quotes.map((q) => q.text),
    ['"no deal"'],
  );
});

test("the NYT's '' marks give the same kind as curly ones: a sentence after “told me,” is direct", () => {
  const kinds = (open: string, close: string) =>
    quotesOf(HEAD + `The harbor master told me, ${open}We are a port, not a parking lot.${close} Then he left.`).quotes.map((q) => q.kind);
  assert.deepEqual(kinds("''", "''"), ['direct']);
  assert.deepEqual(kinds('“', '”'), ['direct']);
});

test('a capitalised quotation right after a kind of work (book, film, podcast, play) is its title, a scare quote', () => {
  const { quotes } = quotesOf(HEAD + 'She co-hosts the harbor podcast “Low Tide, High Hopes.” Her new play, “Ballast,” opens Friday. Critics called the podcast “a little too earnest,” and the mayor said, “I listen every week.”');
  assert.deepEqual(quotes.map((q) => q.kind), ['scare', 'scare', 'partial', 'direct']);
});

test('a run-in heading in capitals ends where a full-sentence quotation starts', () => {
  const { quotes } = quotesOf(HEAD + 'THE PIER DEBATE GOES ON “The council will vote on the harbor plan next week, its chair said, after months of protests.” [Harbor Times.]\n\nShe called it a “Harbor Plan Nobody Wants.”');
  assert.equal(quotes[0].kind, 'direct');
});

test("a headline's single-quoted phrase is a quotation; a one-word term stays a scare quote", () => {
  const kinds = (text: string) => quotesOf(text).quotes.map((q) => [q.text, q.kind]);
  assert.deepEqual(kinds('Governor Calls Harbour Plan ‘A Disgrace’ After Vote\n\nThe governor spoke on Monday.'), [['‘A Disgrace’', 'partial']]);
  assert.deepEqual(kinds('Retired Captain Reveals ‘Demoralizing’ Voyage\n\nThe captain spoke on Monday.'), [['‘Demoralizing’', 'scare']]);
});
