import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle, segment, wrapWidth, isBoilerplate, isCaption } from '../../server/src/engine/structure';
import type { Article, BlockKind } from '../../server/src/engine/types';

const kinds = (a: Pick<Article, 'blocks'>, text: string) => a.blocks.map((b) => [b.kind, text.slice(b.start, b.end)] as [BlockKind, string]);

// Shape of a TV-network web story: headline, photo caption, archive notice, "(NET) —" dateline,
// quote paragraphs, a quoted subheading, page furniture at the end. Invented text.
const NETWORK_STORY = [
  'HARBOR TALKS: Mayor To Meet Union Leaders',
  '',
  '',
  'Mayor Ana Ruiz and union president Tom Keller speak at City Hall on Monday, March 3, 2025.',
  '',
  'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.',
  '',
  '(WXYZ) — Mayor Ana Ruiz will meet dockworkers’ union leaders on Thursday in a last attempt to avert a strike that could close the port for a week or more.',
  '',
  '“We are close, but close is not a deal,” Ruiz said.',
  '',
  '‘Final offer’ rejected',
  '',
  'Keller said the union had rejected what the city called its final offer.',
  '',
  '',
  '',
  'Latest News',
  'More News',
].join('\n');

test('network story: headline, caption before the dateline, boilerplate, paragraphs and a quoted heading', () => {
  const a = segment(NETWORK_STORY, 'text');
  assert.deepEqual(kinds(a, NETWORK_STORY), [
    ['headline', 'HARBOR TALKS: Mayor To Meet Union Leaders'],
    ['caption', 'Mayor Ana Ruiz and union president Tom Keller speak at City Hall on Monday, March 3, 2025.'],
    ['boilerplate', 'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.'],
    ['paragraph', '(WXYZ) — Mayor Ana Ruiz will meet dockworkers’ union leaders on Thursday in a last attempt to avert a strike that could close the port for a week or more.'],
    ['paragraph', '“We are close, but close is not a deal,” Ruiz said.'],
    ['heading', '‘Final offer’ rejected'],
    ['paragraph', 'Keller said the union had rejected what the city called its final offer.'],
    ['boilerplate', 'Latest News'],
    ['boilerplate', 'More News'],
  ]);
});

// Shape of a newspaper site's story pasted with single newlines: standfirst, CMS image name,
// credit line, "CITY - " dateline, a section link, a subheading, trailing no-break spaces.
const PASTED_STORY = [
  'As port talks open, city and union differ on automation',
  'The mayor makes clear that the new cranes are not negotiable.',
  'Ruiz Keller370 (photo credit: REUTERS)',
  'Ruiz Keller370',
  '(photo credit: REUTERS)',
  'ROTTERDAM - Mayor Ana Ruiz and union president Tom Keller opened talks on Thursday on the future of the port, but differences emerged at the outset.',
  '"We will not stop the cranes," Ruiz said, as Keller looked on.\u00a0',
  'Harbor in crisis - full coverage',
  'Keller said the union would decide on a strike by Friday.',
  'Union warns city against delays',
  'Also on Thursday, the port authority said that shipping had fallen by a tenth.',
].join('\n');

test('pasted story: single newlines separate blocks; captions and section links are not prose paragraphs', () => {
  const a = segment(PASTED_STORY, 'text');
  assert.deepEqual(kinds(a, PASTED_STORY), [
    ['headline', 'As port talks open, city and union differ on automation'],
    ['paragraph', 'The mayor makes clear that the new cranes are not negotiable.'],
    ['caption', 'Ruiz Keller370 (photo credit: REUTERS)'],
    ['caption', 'Ruiz Keller370'],
    ['caption', '(photo credit: REUTERS)'],
    ['paragraph', 'ROTTERDAM - Mayor Ana Ruiz and union president Tom Keller opened talks on Thursday on the future of the port, but differences emerged at the outset.'],
    ['paragraph', '"We will not stop the cranes," Ruiz said, as Keller looked on.'],
    ['boilerplate', 'Harbor in crisis - full coverage'],
    ['paragraph', 'Keller said the union would decide on a strike by Friday.'],
    ['heading', 'Union warns city against delays'],
    ['paragraph', 'Also on Thursday, the port authority said that shipping had fallen by a tenth.'],
  ]);
});

test('a line without final punctuation is never glued to the next sentence', () => {
  const text = 'Budget vote delayed\nThe council postponed the vote to Friday.\nMembers asked for more time';
  const a = segment(text, 'text');
  assert.deepEqual(kinds(a, text).map(([, t]) => t), ['Budget vote delayed', 'The council postponed the vote to Friday.', 'Members asked for more time']);
});

test('a hard-wrapped paragraph becomes one block; its sentences stay separate from the next paragraph', () => {
  const text = [
    'The city council approved a $412 million budget early Wednesday after a',
    'seven-hour session in which members trimmed library hours, delayed two',
    'road projects and rejected a proposed increase in parking fees for the',
    'downtown district, which business owners had opposed since the spring.',
    'Mayor Daniel Reyes, who had threatened to veto any plan that raised',
    'parking fees, praised the compromise in a statement released by his',
    'office shortly after the vote was taken in the early hours of Wednesday.',
  ].join('\n');
  assert.ok(wrapWidth(text));
  const a = segment(text, 'text');
  assert.equal(a.blocks.length, 2);
  assert.ok(text.slice(a.blocks[0].start, a.blocks[0].end).endsWith('since the spring.'));
  assert.ok(text.slice(a.blocks[1].start, a.blocks[1].end).startsWith('Mayor Daniel Reyes'));
  assert.deepEqual(a.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
});

test('a lowercase continuation joins a line that ends mid-sentence, even in a file that is not hard-wrapped', () => {
  const text = 'Officials said the vote\nwould take place on Friday.\nThe mayor agreed.';
  const a = segment(text, 'text');
  assert.deepEqual(kinds(a, text).map(([, t]) => t), ['Officials said the vote\nwould take place on Friday.', 'The mayor agreed.']);
});

test('date lines, bylines and CRLF line ends', () => {
  const text = 'Council approves budget\r\nBy Hannah Okafor, Staff Writer\r\nUpdated 10:32 AM ET, Wed September 18, 2024\r\n\r\nThe council approved the budget on Wednesday after a long session that ran past midnight and ended with a 7-2 vote.\r\n';
  const a = segment(text, 'text');
  assert.deepEqual(kinds(a, text), [
    ['headline', 'Council approves budget'],
    ['heading', 'By Hannah Okafor, Staff Writer'],
    ['dateline-line', 'Updated 10:32 AM ET, Wed September 18, 2024'],
    ['paragraph', 'The council approved the budget on Wednesday after a long session that ran past midnight and ended with a 7-2 vote.'],
  ]);
});

test('a date inside prose is not a date line', () => {
  const text = 'Talks resume\n\nThe talks resume on September 12, 2013 in Geneva, officials said.';
  assert.ok(!segment(text, 'text').blocks.some((b) => b.kind === 'dateline-line'));
});

test('empty and blank text have no blocks or sentences', () => {
  for (const text of ['', '\n\n  \n\t\n']) {
    const a = readArticle(text, 'text');
    assert.deepEqual(a.blocks, []);
    assert.deepEqual(a.sentences, []);
  }
});

test('sentences and tokens point into the original text', () => {
  const text = 'Port strike ends\n\n"It is over," Keller said on Friday.\u00a0\nThe ships began to move within hours.';
  const a = readArticle(text, 'text');
  assert.ok(a.sentences.length >= 3);
  for (const s of a.sentences) {
    const block = a.blocks[s.block];
    assert.ok(s.start >= block.start && s.end <= block.end);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('boilerplate and caption patterns do not catch prose', () => {
  assert.ok(isBoilerplate('Advertisement'));
  assert.ok(isBoilerplate('Crisis in Syria - full coverage'));
  assert.ok(!isBoilerplate('The advertisement ran in three newspapers.'));
  assert.ok(isCaption('(photo credit: REUTERS)'));
  assert.ok(isCaption('Lavrov Kerry370'));
  assert.ok(!isCaption('A Reuters/Ipsos poll found that most voters agreed.'));
  assert.ok(!isCaption('Route 66'));
  assert.ok(!isCaption('Search for MH370'));
});

const MARKDOWN = [
  '---',
  'title: "Port strike: talks resume"',
  'date: 2025-03-06',
  'author: Miguel Sandoval',
  '---',
  '',
  '# Port strike talks resume in The Hague',
  '',
  '*Both sides say a deal is possible by the weekend.*',
  '',
  'THE HAGUE — Talks resumed on Thursday, said **Tom Keller**, the union',
  'president, according to [the union](https://example.org/union "Union site").',
  '',
  '## What is on the table',
  '',
  '| Item | Offer |',
  '|---|---|',
  '| Job guarantee | 2026 |',
  '',
  '```',
  'raw "quoted" data',
  '```',
  '',
  '> "We are not there yet," Keller said.',
  '',
  '- Ships waiting: 41',
  '',
  'Advertisement',
].join('\n');

test('Markdown: front matter, headline, headings, code and tables, boilerplate', () => {
  const a = readArticle(MARKDOWN, 'markdown');
  assert.deepEqual(a.meta, { title: 'Port strike: talks resume', date: '2025-03-06', author: 'Miguel Sandoval' });
  const got = kinds(a, MARKDOWN);
  assert.equal(got[0][0], 'front-matter');
  assert.ok(got[0][1].startsWith('---\ntitle:'));
  assert.deepEqual(got.slice(1).map(([k, t]) => [k, t.split('\n')[0]]), [
    ['headline', 'Port strike talks resume in The Hague'],
    ['paragraph', 'Both sides say a deal is possible by the weekend.'],
    ['paragraph', 'THE HAGUE — Talks resumed on Thursday, said **Tom Keller**, the union'],
    ['heading', 'What is on the table'],
    ['code', '| Item | Offer |'],
    ['code', '```'],
    ['paragraph', '"We are not there yet," Keller said.'],
    ['heading', 'Ships waiting: 41'],
    ['boilerplate', 'Advertisement'],
  ]);
});

test('Markdown: markup is not parsed as prose, yet every offset points into the original file', () => {
  const a = readArticle(MARKDOWN, 'markdown');
  const words = a.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => t.text));
  assert.ok(words.includes('Keller'));
  assert.ok(!words.some((w) => /https|example|title|raw/.test(w)), words.join(' '));
  const punct = a.sentences.flatMap((s) => s.tokens.map((t) => t.text));
  assert.ok(!punct.includes('*') && !punct.includes('#') && !punct.includes('|'));
  for (const s of a.sentences) for (const t of s.tokens) assert.equal(MARKDOWN.slice(t.start, t.end), t.text);
});

test('Markdown with broken front matter still reads the body', () => {
  const text = '---\ntitle: [unclosed\n---\n\nThe council met on Monday and approved the plan after a short debate.\n';
  const a = readArticle(text, 'markdown');
  assert.deepEqual(a.meta, {});
  assert.deepEqual(a.blocks.map((b) => b.kind), ['front-matter', 'paragraph']);
});

test('headline styles: a full stop at the end, a semicolon before the standfirst', () => {
  const a = 'Council Approves Budget After Seven-Hour Session, Rejects Parking Fee Increase.\n\nThe council approved the budget on Wednesday after a long session that ran past midnight.';
  assert.equal(segment(a, 'text').blocks[0].kind, 'headline');
  const b = 'Budget passes after long night; \nMembers trim library hours and delay two road projects.\n\nThe council approved the budget on Wednesday after a long session that ran past midnight.';
  assert.deepEqual(kinds(segment(b, 'text'), b).slice(0, 2), [
    ['headline', 'Budget passes after long night;'],
    ['paragraph', 'Members trim library hours and delay two road projects.'],
  ]);
});

test('stylesheet and markup lines pasted from a web page are boilerplate, not headings', () => {
  const text = 'Council approves budget\n\n.bio-box {\n   width:100%;\n   float:left;\n}\n\n<tweet tweet-author="a reader" tweet-date="">\n\nThe council approved the budget on Wednesday, officials said.';
  const got = segment(text, 'text').blocks.map((b) => b.kind);
  assert.equal(got[0], 'headline');
  assert.equal(got[got.length - 1], 'paragraph');
  assert.ok(got.length >= 4 && got.slice(1, -1).every((k) => k === 'boilerplate'), got.join(' '));
});

test('a very long paragraph is parsed in pieces cut at sentence ends, offsets intact', () => {
  const sentences = Array.from({ length: 400 }, (_, i) => `The council met for the ${i + 1}th time on Monday, officials said.`);
  const text = 'Marathon session\n\n' + sentences.join(' ');
  assert.ok(text.length > 3 * 8_000);
  const a = readArticle(text, 'text');
  const body = a.sentences.filter((s) => s.block === 1);
  assert.equal(body.length, sentences.length);
  for (const [i, s] of body.entries()) assert.equal(text.slice(s.start, s.end), sentences[i]);
  for (const s of body) for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('Markdown too large for remark is read with the plain-text rules', async () => {
  const { MARKDOWN_MAX_CHARS } = await import('../../server/src/engine/structure');
  const text = '# Budget\n\n' + '- item\n'.repeat(Math.ceil(MARKDOWN_MAX_CHARS / 7));
  const a = segment(text, 'markdown');
  assert.equal(a.prose, text); // nothing masked: the plain-text path
  assert.equal(a.blocks[0].kind, 'headline');
});

test('a sentence is not cut after an abbreviated title before a name ("Adm. Ray Lee", "Det. Sam Cole")', () => {
  const a = readArticle('Harbor news\n\nAdm. Ray Lee and Det. Sam Cole toured the pier with Cmdr. Joe Doe. It reopened. He met Dr. No. The end.', 'text');
  const sentences = a.sentences.map((s) => a.text.slice(s.start, s.end));
  assert.deepEqual(sentences.slice(1), ['Adm. Ray Lee and Det. Sam Cole toured the pier with Cmdr. Joe Doe.', 'It reopened.', 'He met Dr. No.', 'The end.']);
});

test('a full stop after a word the parser takes for an abbreviation ("War.", "sat.", "U.S.") ends the sentence before a pronoun or article', () => {
  const text = 'Veterans day\n\nHe fought in the Civil War. He said it was hard. The crowd sat. Then it rained on the U.S. The parade went on. Gov. Mike Parson came.';
  const a = readArticle(text, 'text');
  const sentences = a.sentences.map((s) => a.text.slice(s.start, s.end));
  assert.deepEqual(sentences.slice(1), ['He fought in the Civil War.', 'He said it was hard.', 'The crowd sat.', 'Then it rained on the U.S.', 'The parade went on.', 'Gov. Mike Parson came.']);
  // the word and its full stop are two tokens, as at any other sentence end; an initialism keeps its stop
  const words = a.sentences[1].tokens.map((t) => t.text);
  assert.deepEqual(words.slice(-2), ['War', '.']);
  assert.equal(a.sentences[4].tokens.at(-1)?.text, 'U.S.');
});
