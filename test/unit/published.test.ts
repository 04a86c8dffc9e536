import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPublished, isValidDay, publishedError, parseDateLine, normaliseDate, dateFromFileName } from '../../server/src/engine/published';
import { readArticle } from '../../server/src/engine/structure';

const published = (text: string, format: 'text' | 'markdown' = 'text', option?: string | null) =>
  findPublished(readArticle(text, format), option);

const BODY = 'The council approved the budget on Wednesday after a long session that ran past midnight and ended with a 7-2 vote.';

test('date lines near the top give the publication date', () => {
  for (const [line, day] of [
    ['Updated 10:32 AM ET, Wed September 11, 2013', '2013-09-11'],
    ['2013-09-12', '2013-09-12'],
    ['September 12, 2013 14:05', '2013-09-12'],
    ['Published: Sept. 12, 2013 | 3:05 pm', '2013-09-12'],
    ['Thursday, 12 September 2013 10:01 GMT', '2013-09-12'],
    ['By Jane Doe, CNN | Updated 10:32 AM ET, Wed September 11, 2013', '2013-09-11'],
    ['Last modified: 12 Sep 2013 14:05 BST', '2013-09-12'],
  ]) {
    assert.deepEqual(published(`Talks open in Geneva\n${line}\n\n${BODY}`), { published: day, source: 'dateline' }, line);
  }
});

test('--published wins over front matter and date lines', () => {
  const md = `---\ndate: 2024-10-15\n---\n\n# Fire\n\nUpdated 9:14 AM ET, Tue March 4, 2025\n\n${BODY}\n`;
  assert.deepEqual(published(md, 'markdown', '2020-01-31'), { published: '2020-01-31', source: 'option' });
  assert.deepEqual(published(md, 'markdown'), { published: '2024-10-15', source: 'front-matter' });
});

test('front matter dates in other spellings', () => {
  for (const [value, day] of [
    ['2024-10-15T08:30:00Z', '2024-10-15'],
    ['"October 15, 2024"', '2024-10-15'],
    ['2024-02-30', null],
    ['soon', null],
  ] as const) {
    const md = `---\ndate: ${value}\n---\n\n${BODY}\n`;
    assert.equal(published(md, 'markdown').published, day, value);
  }
});

test('no date line, or a date only inside prose or a caption sentence: null', () => {
  assert.deepEqual(published(`Talks open in Geneva\n\n${BODY}`), { published: null, source: null });
  assert.deepEqual(published(`Talks open\n\nKerry and Lavrov met on September 12, 2013 in Geneva to discuss the plan, officials said.\n\n${BODY}`), {
    published: null,
    source: null,
  });
});

test('a date line far below the start of the body is not the publication date', () => {
  const body = Array.from({ length: 3 }, () => BODY).join('\n\n');
  assert.equal(published(`Talks open\n\n${body}\n\n2013-09-12\n`).published, null);
});

test('an invalid option is ignored rather than trusted', () => {
  assert.equal(published(`Talks\n2013-09-12\n\n${BODY}`, 'text', '2013-13-01').published, '2013-09-12');
});

test('isValidDay and publishedError check the calendar', () => {
  assert.ok(isValidDay('2024-02-29'));
  assert.ok(!isValidDay('2023-02-29'));
  assert.ok(!isValidDay('2013-9-12'));
  assert.ok(!isValidDay('2013-09-31'));
  assert.equal(publishedError('2013-09-12'), null);
  assert.match(publishedError('12/09/2013') ?? '', /YYYY-MM-DD/);
  assert.match(publishedError('2013-02-30') ?? '', /not a real calendar date/);
});

test('parseDateLine refuses prose, bylines and dates without a year', () => {
  assert.equal(parseDateLine('By Jane Doe, CNN'), null);
  assert.equal(parseDateLine('By Jane Doe | Geneva talks, September 12, 2013'), null);
  assert.equal(parseDateLine('Updated 10:32 AM ET'), null);
  assert.equal(parseDateLine('September 12'), null);
  assert.equal(parseDateLine('Talks will open on September 12, 2013 in Geneva'), null);
  assert.equal(normaliseDate(new Date(Date.UTC(2013, 8, 12))), '2013-09-12');
});

test('a date in the file name is the fallback when the text gives none', () => {
  const article = readArticle('Talks open\n\nThe minister arrived on Thursday.', 'text');
  assert.deepEqual(findPublished(article, null, '/news/cnn-2013-09-11-kerry.txt'), { published: '2013-09-11', source: 'file-name' });
  assert.deepEqual(findPublished(article, '2013-09-12', '/news/cnn-2013-09-11-kerry.txt'), { published: '2013-09-12', source: 'option' });
  assert.deepEqual(findPublished(article, null, '/news/2013-02-30-bad.txt'), { published: null, source: null });
  assert.equal(dateFromFileName('C:\\archive\\2020-01-05 story.news'), '2020-01-05');
});
