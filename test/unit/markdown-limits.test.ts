// Markdown that remark parses in quadratic time or by deep recursion is read with the plain-text rules:
// the analysis must finish and keep its offsets, whatever the markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { markdownParseable, segment, MARKDOWN_MAX_DELIMITERS, MARKDOWN_MAX_SETEXT, MARKDOWN_MAX_CONTAINER_LINES } from '../../server/src/engine/structure';
import { violations } from './invariants';

const ARTICLE = [
  '# Port talks collapse',
  '',
  '*By Ana Ruiz* | [Reuters](https://example.com/a_b)',
  '',
  'ROTTERDAM - Union leader **Tom Keller** said on Tuesday that talks had collapsed.',
  '',
  '> "We have been at the table for eleven months," Keller said.',
  '',
  'Subhead',
  '-------',
  '',
  '- one',
  '- two',
  '',
  '1. first',
  '2. second',
].join('\n');

test('an ordinary Markdown article is parsed with remark', () => {
  assert.ok(markdownParseable(ARTICLE));
  const { prose } = segment(ARTICLE, 'markdown');
  assert.notEqual(prose, ARTICLE, 'markup is masked out of the prose');
  assert.ok(!prose.includes('**'));
});

test('markup remark would choke on is read as plain text, and the analysis keeps its offsets', () => {
  const cases: Record<string, string> = {
    'nested brackets': '['.repeat(MARKDOWN_MAX_DELIMITERS) + 'x' + ']'.repeat(MARKDOWN_MAX_DELIMITERS),
    'nested emphasis': '*'.repeat(MARKDOWN_MAX_DELIMITERS) + 'a' + '*'.repeat(MARKDOWN_MAX_DELIMITERS),
    'setext headings': 'a\n=\n'.repeat(MARKDOWN_MAX_SETEXT + 1),
    'lazy quote lines': '> a\nb\n'.repeat(MARKDOWN_MAX_CONTAINER_LINES + 1),
    'lists nested on one line': '1. '.repeat(20) + '"Yes," he said.',
    'blockquotes nested 10,000 deep': '>'.repeat(10_000) + ' "Hi," he said.',
  };
  for (const [name, text] of Object.entries(cases)) {
    if (name !== 'blockquotes nested 10,000 deep') assert.equal(markdownParseable(text), false, name);
    const a = analyze(text, { format: 'markdown' });
    assert.deepEqual(violations(text, a), [], name);
    assert.equal(a.blocks.length, segment(text, 'text').blocks.length, `${name}: the plain-text blocks`);
  }
});
