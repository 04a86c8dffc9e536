import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle, invalidUtf8Offset, MAX_FILE_BYTES } from '../../server/src/engine/read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Array<Uint8Array | number[]>) => Uint8Array.from(parts.flatMap((p) => [...p]));

test('UTF-8 text decodes; a BOM is removed so offsets count from the first character', () => {
  assert.deepEqual(decodeArticle(utf8('Kerry said “yes”.'), 'a.txt'), { text: 'Kerry said “yes”.' });
  assert.deepEqual(decodeArticle(concat([0xef, 0xbb, 0xbf], utf8('Talks open')), 'a.txt'), { text: 'Talks open' });
});

test('an empty file is an empty article, not an error', () => {
  assert.deepEqual(decodeArticle(new Uint8Array(0), 'empty.txt'), { text: '' });
});

test('binary files are refused: NUL bytes or many control characters', () => {
  const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  const r1 = decodeArticle(png, 'photo.png');
  assert.ok('error' in r1 && /binary/.test(r1.error) && /offset 8/.test(r1.error), JSON.stringify(r1));
  const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41));
  const r2 = decodeArticle(noisy, 'x.bin');
  assert.ok('error' in r2 && /binary/.test(r2.error));
  // A stray form feed or two in real text is fine.
  assert.ok('text' in decodeArticle(utf8('Page one.\fPage two.'), 'a.txt'));
});

test('invalid UTF-8 is refused with the byte offset', () => {
  const latin1 = concat(utf8('Caf'), [0xe9], utf8(' au lait'));
  const r = decodeArticle(latin1, 'menu.txt');
  assert.ok('error' in r, JSON.stringify(r));
  assert.match(r.error, /not valid UTF-8/);
  assert.match(r.error, /byte offset 3\b/);
  assert.match(r.error, /0xe9/);
});

test('invalidUtf8Offset finds truncated, overlong and surrogate sequences', () => {
  assert.equal(invalidUtf8Offset(utf8('plain “curly” ✓ 😀')), utf8('plain “curly” ✓ 😀').length);
  assert.equal(invalidUtf8Offset(concat(utf8('ab'), [0xe2, 0x80])), 2); // truncated at the end
  assert.equal(invalidUtf8Offset(concat(utf8('a'), [0xc0, 0xaf])), 1); // overlong "/"
  assert.equal(invalidUtf8Offset(concat([0xed, 0xa0, 0x80])), 0); // UTF-16 surrogate
  assert.equal(invalidUtf8Offset(concat(utf8('x'), [0xf5, 0x80, 0x80, 0x80])), 1); // past U+10FFFF
  assert.equal(invalidUtf8Offset(concat(utf8('é'), [0x80])), 2); // stray continuation byte
});

test('UTF-16 with a byte order mark is decoded', () => {
  const le = concat([0xff, 0xfe], [...'Hi “x”'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
  assert.deepEqual(decodeArticle(le, 'win.txt'), { text: 'Hi “x”' });
});

test('files over MAX_FILE_BYTES are refused with the limit in the message', () => {
  assert.equal(MAX_FILE_BYTES, 10 * 1024 * 1024);
  const r = decodeArticle(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.txt');
  assert.ok('error' in r && /too large/.test(r.error) && /10\.0 MB/.test(r.error), JSON.stringify(r));
});

test('UTF-16 without a byte order mark gets its own message, not "binary"', () => {
  const le = Uint8Array.from([...'Kerry said yes.'].flatMap((c) => [c.charCodeAt(0), 0]));
  const r = decodeArticle(le, 'win.txt');
  assert.ok('error' in r && /UTF-16/.test(r.error) && !/binary/.test(r.error), JSON.stringify(r));
});
