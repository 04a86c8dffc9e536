// bin/code-cache.js: the CLI bundle is loaded through a V8 code cache made at build time; a cache made for other
// source text must never be used (V8 itself checks only the length of the source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const loader = path.join(__dirname, '..', '..', 'bin', 'code-cache.js');

/** Loads `file` through the code cache in a fresh process and prints what its `value()` returns. */
function load(file: string, env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(loader)}).load(${JSON.stringify(file)}).value()))`], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('a module is loaded through the code cache made for it, and not through one made for other text of the same length', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-code-cache-'));
  try {
    const file = path.join(dir, 'bundle.js');
    const source = (word: string) => `const path = require('node:path');\nexports.value = () => '${word}' + path.sep.length;\n`;
    writeFileSync(file, source('first'));
    assert.equal(load(file), 'first1'); // no cache yet: an ordinary require
    assert.equal(existsSync(file + '.cache'), false);
    assert.equal(load(file, { NEWS_LENS_CODE_CACHE: 'write' }), 'first1');
    const cache = readFileSync(file + '.cache');
    assert.equal(cache.subarray(0, 64).toString(), createHash('sha256').update(source('first')).digest('hex'));
    assert.ok(cache.length > 65, 'the compiled code follows the digest');
    assert.equal(load(file), 'first1');
    // same length, other text: the cache is for the old text and must be left alone
    writeFileSync(file, source('other'));
    assert.equal(load(file), 'other1');
    assert.equal(load(file, { NEWS_LENS_CODE_CACHE: '0' }), 'other1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the digest is of the bundle\'s bytes: non-ASCII source text keeps its cache, and other text of the same length is not given it', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-code-cache-'));
  try {
    const file = path.join(dir, 'bundle.js');
    // esbuild leaves non-ASCII characters in regex literals, so the real bundle is not ASCII either
    const source = (word: string) => `exports.value = () => /[–—]/.test('${word}') + ' ${word}';\n`;
    writeFileSync(file, source('naïve—'));
    assert.equal(load(file, { NEWS_LENS_CODE_CACHE: 'write' }), 'true naïve—');
    const cache = readFileSync(file + '.cache');
    assert.equal(cache.subarray(0, 64).toString(), createHash('sha256').update(source('naïve—')).digest('hex'));
    assert.equal(cache.subarray(0, 64).toString(), createHash('sha256').update(readFileSync(file)).digest('hex'));
    assert.equal(load(file), 'true naïve—');
    writeFileSync(file, source('naïvf—'));
    assert.equal(source('naïvf—').length, source('naïve—').length); // same length in UTF-16 units, as V8 checks
    assert.equal(load(file), 'true naïvf—');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
