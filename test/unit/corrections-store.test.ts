// The corrections files on disk: clear errors, atomic writes, merge-on-write, nothing overwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import {
  author,
  correctionsPathFor,
  findNamesFile,
  formatStoreError,
  readCorrections,
  readNames,
  updateCorrections,
  updateNames,
  StoreWriteError,
} from '../../server/src/corrections/store';
import { newRecord, serializeCorrections, type CorrectionRecord } from '../../server/src/engine/corrections/index';

const TEXT = 'Union leader Tom Keller said "we are done" on Tuesday.';
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'news-lens-store-'));

function record(i: number): CorrectionRecord {
  return newRecord({ text: TEXT, kind: 'quote', start: 29, end: 42, decision: { action: 'set-kind', kind: i % 2 ? 'direct' : 'partial' }, machine: { kind: 'direct' }, by: `writer ${i}`, id: `c-${i}`, at: '2026-12-05T08:00:00.000Z' });
}

function article(dir: string): string {
  const p = path.join(dir, 'story.txt');
  writeFileSync(p, TEXT);
  return p;
}

test('no file: no records; write then read gives them back; the article is untouched', async () => {
  const file = article(tempDir());
  assert.deepEqual(await readCorrections(file), { file: null });
  await updateCorrections(file, { upsert: [record(1)] });
  const got = await readCorrections(file);
  assert.ok('file' in got && got.file);
  assert.deepEqual(got.file.records, [record(1)]);
  assert.equal(readFileSync(file, 'utf8'), TEXT);
  assert.equal(correctionsPathFor(file), file + '.lens.json');
  // Upsert by id replaces; remove deletes; no temp or lock files are left behind.
  const changed = { ...record(1), decision: { action: 'set-kind' as const, kind: 'scare' as const } };
  await updateCorrections(file, { upsert: [changed, record(2)] });
  await updateCorrections(file, { remove: ['c-2'] });
  const again = await readCorrections(file);
  assert.ok('file' in again && again.file);
  assert.deepEqual(again.file.records, [changed]);
  assert.deepEqual(readdirSync(path.dirname(file)).sort(), ['story.txt', 'story.txt.lens.json']);
  // The last record removed: the file goes.
  await updateCorrections(file, { remove: ['c-1'] });
  assert.ok(!existsSync(file + '.lens.json'));
});

test('a file that cannot be read is reported with its line and never overwritten', async () => {
  const dir = tempDir();
  const file = article(dir);
  const cases: Array<[string | Buffer, RegExp]> = [
    ['{\n  "version": 1,\n  "records": [\n    {"id": "x",}\n  ]\n}\n', /:4:\d+: not valid JSON/],
    ['{\n  "version": 1,\n  "records": [\n    {"id": "x"}\n  ]\n}\n', /:4:\d+: corrections file does not match its schema: \/records\/0: missing field "target"/],
    ['{\n  "version": 7,\n  "records": []\n}\n', /:2:\d+: written by a newer version of News Lens \(file version 7/],
    [Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x00]), /binary file/],
    [Buffer.from('{"version": 1, "records": [], "x": "caf\xe9"}', 'latin1'), /not valid UTF-8/],
  ];
  for (const [content, expected] of cases) {
    writeFileSync(file + '.lens.json', content);
    const got = await readCorrections(file);
    assert.ok('error' in got, String(content));
    assert.match(formatStoreError(got.error), expected);
    await assert.rejects(updateCorrections(file, { upsert: [record(1)] }), (err: Error) => err instanceof StoreWriteError && /not writing .* fix or remove it first/.test(err.message));
    assert.deepEqual(readFileSync(file + '.lens.json'), Buffer.isBuffer(content) ? content : Buffer.from(content));
  }
});

test('cannot write: a folder in the way, a missing folder, a read-only folder (when not root)', async () => {
  const dir = tempDir();
  const file = article(dir);
  mkdirSync(file + '.lens.json');
  await assert.rejects(updateCorrections(file, { upsert: [record(1)] }), /not writing .*story.txt.lens.json: the file on disk cannot be used \(is a folder, not a file\)/);
  const missing = path.join(dir, 'no-such-folder', 'story.txt');
  await assert.rejects(updateCorrections(missing, { upsert: [record(1)] }), (err: Error) => err instanceof StoreWriteError && /does not exist or is not a folder/.test(err.message));
  if (process.getuid?.() !== 0) {
    const ro = tempDir();
    const f = article(ro);
    chmodSync(ro, 0o555);
    try {
      await assert.rejects(updateCorrections(f, { upsert: [record(1)] }), /not writable for this user \(permission denied\)/);
    } finally {
      chmodSync(ro, 0o755);
    }
  }
});

test('two writers at once (in this process and in another) lose no record', async () => {
  const dir = tempDir();
  const file = article(dir);
  await Promise.all(Array.from({ length: 12 }, (_, i) => updateCorrections(file, { upsert: [record(i)] })));
  // Another process writing at the same time as this one.
  const script = path.join(dir, 'writer.ts');
  writeFileSync(
    script,
    `import { updateCorrections } from ${JSON.stringify(path.resolve(__dirname, '../../server/src/corrections/store'))};
import { newRecord } from ${JSON.stringify(path.resolve(__dirname, '../../server/src/engine/corrections/index'))};
const text = ${JSON.stringify(TEXT)};
(async () => {
  for (let i = 100; i < 112; i++) await updateCorrections(${JSON.stringify(file)}, { upsert: [newRecord({ text, kind: 'quote', start: 29, end: 42, decision: { action: 'unattributed' }, machine: null, by: 'other', id: 'c-' + i })] });
})();
`,
  );
  const child = fork(script, [], { execArgv: ['--import', 'tsx'] });
  const mine = (async () => {
    for (let i = 200; i < 212; i++) await updateCorrections(file, { upsert: [record(i)] });
  })();
  await Promise.all([mine, new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(null) : reject(new Error(`writer exited ${code}`)))))]);
  const got = await readCorrections(file);
  assert.ok('file' in got && got.file);
  const ids = new Set(got.file.records.map((r) => r.id));
  assert.equal(ids.size, 36);
  for (const i of [0, 11, 100, 111, 200, 211]) assert.ok(ids.has(`c-${i}`), `c-${i}`);
  assert.ok(!readdirSync(dir).some((n) => n.endsWith('.lock') || n.endsWith('.tmp')));
  // What was written is exactly the serialised form (pretty, stable).
  assert.equal(readFileSync(file + '.lens.json', 'utf8'), serializeCorrections(got.file));
});

test('workspace names: written under .news-lens, found from an article in a subfolder', async () => {
  const root = tempDir();
  mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
  const art = path.join(root, 'a', 'b', 'story.txt');
  writeFileSync(art, TEXT);
  assert.equal(await findNamesFile(art), null);
  await updateNames(root, { upsert: [{ name: 'Real Madrid', type: 'organization', by: 'x', at: '2026-12-05T08:00:00.000Z' }] });
  await updateNames(root, { upsert: [{ name: 'Apple', type: null, by: 'x', at: '2026-12-05T08:00:00.000Z' }] });
  assert.equal(await findNamesFile(art), path.join(root, '.news-lens', 'names.json'));
  const got = await readNames(root);
  assert.ok('file' in got && got.file);
  assert.deepEqual(got.file.names.map((n) => [n.name, n.type]), [['Real Madrid', 'organization'], ['Apple', null]]);
});

test('author: git user.name, else the OS user', async () => {
  const name = await author(tempDir());
  assert.ok(name.length > 0);
});
