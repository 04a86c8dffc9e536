import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, truncateSync, existsSync, readFileSync, symlinkSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, csvField, csvRows, type AnnotationJson } from '../../server/src/cli';

const root = path.resolve(__dirname, '..', '..');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'news-lens-cli-'));
}

const ARTICLE = [
  'Port talks collapse',
  '',
  'ROTTERDAM - Union leader Tom Keller said on Tuesday that talks with the port authority had collapsed.',
  '',
  '"We have been at the table for eleven months," Keller said.',
].join('\n');

const CONTRACT_KEYS = ['file', 'published', 'publishedSource', 'entities', 'quotes', 'dates', 'problems'];

/** Every key used anywhere in a JSON value. */
function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, keys));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (keys.add(k), allKeys(v, keys));
  return keys;
}

test('one file, json: one pretty object with exactly the contract fields', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'talks.news');
  writeFileSync(file, ARTICLE);
  const r = await run('annotate', '--published', '2025-03-04', file);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  assert.ok(r.out.includes('\n  "file"'), 'pretty-printed');
  const json = JSON.parse(r.out) as AnnotationJson;
  assert.deepEqual(Object.keys(json), CONTRACT_KEYS);
  assert.equal(json.file, file);
  assert.equal(json.published, '2025-03-04');
  assert.equal(json.publishedSource, 'option');
  for (const internal of ['method', 'relative', 'anchor', 'blocks']) assert.ok(!allKeys(json).has(internal), internal);
  for (const q of json.quotes) {
    assert.deepEqual(Object.keys(q), ['id', 'start', 'end', 'text', 'kind', 'speaker', 'cue', 'origin']);
    assert.equal(ARTICLE.slice(q.start, q.end), q.text);
    if (q.speaker) assert.deepEqual(Object.keys(q.speaker), ['entity', 'start', 'end', 'text', 'anonymous', 'origin']);
  }
  for (const e of json.entities) {
    assert.deepEqual(Object.keys(e), ['id', 'type', 'name', 'aliases', 'roles', 'mentions', 'origin']);
    for (const m of e.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
  }
  for (const d of json.dates) assert.deepEqual(Object.keys(d), ['start', 'end', 'text', 'type', 'value', 'origin']);
});

test('several files, or jsonl: one compact object per line', async () => {
  const dir = tempDir();
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  writeFileSync(a, ARTICLE);
  writeFileSync(b, 'Short note\n\nNothing was said.');
  const two = await run('annotate', a, b);
  assert.equal(two.code, 0, two.err);
  const lines = two.out.trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => (JSON.parse(l) as AnnotationJson).file), [a, b]);
  const one = await run('annotate', '--format', 'jsonl', a);
  assert.equal(one.out.trimEnd().split('\n').length, 1);
  assert.equal((JSON.parse(one.out) as AnnotationJson).file, a);
});

test('publication date from front matter and from a date line', async () => {
  const dir = tempDir();
  const md = path.join(dir, 'fire.md');
  writeFileSync(md, '---\ntitle: Fire\ndate: 2024-10-15\n---\n\n# Fire\n\nCrews fought the fire on Tuesday.\n');
  const txt = path.join(dir, 'strike.txt');
  writeFileSync(txt, 'Strike\nUpdated 9:14 AM ET, Tue March 4, 2025\n\nDockworkers walked out on Tuesday.\n');
  const r = await run('annotate', '--format', 'jsonl', md, txt);
  assert.equal(r.code, 0, r.err);
  const [a, b] = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as AnnotationJson);
  assert.deepEqual([a.published, a.publishedSource], ['2024-10-15', 'front-matter']);
  assert.deepEqual([b.published, b.publishedSource], ['2025-03-04', 'dateline']);
});

test('csv: header, RFC 4180 escaping', async () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('he said "no"'), '"he said ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  const json: AnnotationJson = {
    file: 'x.txt',
    published: null,
    publishedSource: null,
    entities: [{ id: 'e1', type: 'person', name: 'Tom Keller', aliases: ['Keller'], roles: [], mentions: [], origin: 'machine' }],
    quotes: [
      { id: 'q1', start: 5, end: 20, text: '"We will, not"', kind: 'direct', speaker: { entity: 'e1', start: 22, end: 28, text: 'Keller', anonymous: false, origin: 'machine' }, cue: { start: 29, end: 33, text: 'said' }, origin: 'machine' },
      { id: 'q2', start: 40, end: 50, text: '“scare”', kind: 'scare', speaker: null, cue: null, origin: 'machine' },
    ],
    dates: [],
    problems: [],
  };
  assert.equal(csvRows(json), 'x.txt,Tom Keller,"""We will, not""",said,5,20\r\nx.txt,,“scare”,,40,50\r\n');

  const dir = tempDir();
  const file = path.join(dir, 'a,b.txt');
  writeFileSync(file, ARTICLE);
  const r = await run('annotate', '--format', 'csv', file);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.split('\r\n');
  assert.equal(rows[0], 'file,speaker,quote,cue,start,end');
  for (const row of rows.slice(1, -1)) assert.ok(row.startsWith(`"${file}",`), row);
  assert.equal(rows[rows.length - 1], '');
});

test('unreadable files: one clear stderr line each, the others still processed, exit 1', async () => {
  const dir = tempDir();
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, ARTICLE);
  const binary = path.join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const latin1 = path.join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Caf\xe9 talks', 'latin1'));
  const huge = path.join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 20 * 1024 * 1024); // sparse: refused from its size alone
  const missing = path.join(dir, 'missing.txt');

  const r = await run('annotate', binary, good, latin1, huge, missing);
  assert.equal(r.code, 1);
  const errLines = r.err.trimEnd().split('\n');
  assert.equal(errLines.length, 4, r.err);
  assert.match(errLines[0], new RegExp(`${binary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: binary file`));
  assert.match(errLines[1], /latin1\.txt: not valid UTF-8 .*byte offset 3/);
  assert.match(errLines[2], /huge\.txt: file is too large \(20\.0 MB; the limit is 10\.0 MB\)/);
  assert.match(errLines[3], /missing\.txt: no such file or folder/);
  const out = r.out.trimEnd().split('\n');
  assert.equal(out.length, 1);
  assert.equal((JSON.parse(out[0]) as AnnotationJson).file, good);
});

test('odd but readable text: empty file, only quotation marks, unbalanced quotes', async () => {
  const dir = tempDir();
  const cases: Record<string, string> = {
    'empty.txt': '',
    'marks.txt': '"""""“”“”‘’\'\'\n"\n”',
    'unbalanced.txt': 'Talks\n\n"We will not stop, Keller said.\n\nThe mayor said “no comment.\n\nShe added: "fine".',
    'crlf.txt': 'Talks\r\n\r\n"Yes," he said.\r\n',
  };
  const files = Object.entries(cases).map(([name, text]) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  });
  const r = await run('annotate', '--format', 'jsonl', ...files);
  assert.equal(r.code, 0, r.err);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as AnnotationJson);
  assert.equal(out.length, files.length);
  assert.deepEqual([out[0].entities, out[0].quotes, out[0].dates], [[], [], []]);
  for (const [i, json] of out.entries()) {
    const text = cases[path.basename(files[i])];
    for (const q of json.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const p of json.problems) assert.ok(p.start >= 0 && p.end <= text.length);
  }
});

test('folders are walked recursively, sorted, skipping node_modules, .git and other extensions', async () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'b', 'deep'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  const write = (rel: string) => writeFileSync(path.join(dir, rel), ARTICLE);
  ['z.news', 'a.txt', 'b/deep/c.md', 'b/one.article', 'notes.json', 'node_modules/pkg/readme.md', '.git/x.txt', 'image.png'].forEach(write);
  const r = await run('annotate', dir);
  assert.equal(r.code, 0, r.err);
  const files = r.out.trimEnd().split('\n').map((l) => (JSON.parse(l) as AnnotationJson).file);
  assert.deepEqual(files.map((f) => path.relative(dir, f)), ['a.txt', path.join('b', 'deep', 'c.md'), path.join('b', 'one.article'), 'z.news']);

  const empty = tempDir();
  const none = await run('annotate', empty);
  assert.equal(none.code, 1);
  assert.match(none.err, /no article files/);
});

test('usage errors exit 2 with a message; --help and --version exit 0', async () => {
  for (const argv of [[], ['annotate'], ['summarise', 'x.txt'], ['annotate', '--format', 'xml', 'x.txt'], ['annotate', '--published', '2013-02-30', 'x.txt'], ['annotate', '--published', '12/09/2013', 'x.txt'], ['annotate', '--frobnicate', 'x.txt']]) {
    const r = await run(...argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.out, '');
    assert.ok(r.err.length > 0);
  }
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: news-lens annotate/);
  const version = await run('--version');
  assert.equal(version.code, 0);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.out.trim(), `news-lens ${pkg.version}`);
});

test('bin/news-lens.js runs the built CLI (smoke test, spawned)', () => {
  const opts = { encoding: 'utf8' as const, timeout: 60_000 }; // a hung child fails the test instead of the suite
  const cli = path.join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { ...opts, cwd: root });
    assert.ok(existsSync(cli), `npm run build did not produce dist/cli.js:\n${b.stderr}`);
  }
  const bin = path.join(root, 'bin', 'news-lens.js');
  const version = spawnSync(process.execPath, [bin, '--version'], opts);
  assert.equal(version.status, 0, version.stderr);
  assert.match(version.stdout, /^news-lens \d+\.\d+\.\d+/);

  const dir = tempDir();
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, ARTICLE);
  const bad = path.join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0, 1, 2, 3]));
  const r = spawnSync(process.execPath, [bin, 'annotate', '--format', 'jsonl', good, bad], opts);
  assert.equal(r.status, 1);
  assert.equal((JSON.parse(r.stdout.trim()) as AnnotationJson).file, good);
  assert.match(r.stderr, /bad\.txt: binary file/);
  const usage = spawnSync(process.execPath, [bin, 'annotate'], opts);
  assert.equal(usage.status, 2);
});

test('special files are refused at once: a named pipe with no writer and /dev/zero do not hang', { skip: process.platform === 'win32' }, async () => {
  const dir = tempDir();
  const fifo = path.join(dir, 'pipe.txt');
  const made = spawnSync('mkfifo', [fifo]);
  const argv = made.status === 0 ? [fifo] : [];
  if (existsSync('/dev/zero')) argv.push('/dev/zero');
  assert.ok(argv.length > 0, 'nothing to test on this machine');
  const r = await run('annotate', '--format', 'jsonl', ...argv);
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
  if (made.status === 0) assert.match(r.err, /pipe\.txt: is a named pipe \(FIFO\), not a regular file/);
  if (existsSync('/dev/zero')) assert.match(r.err, /\/dev\/zero: is a character device, not a regular file/);
});

test('folders: symbolic links are followed, a broken link is reported, link loops end', { skip: process.platform === 'win32' }, async () => {
  const dir = tempDir();
  const outside = tempDir();
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  writeFileSync(path.join(outside, 'elsewhere.news'), ARTICLE);
  symlinkSync(path.join(outside, 'elsewhere.news'), path.join(dir, 'linked.news'));
  symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
  symlinkSync(dir, path.join(dir, 'loop'));
  const r = await run('annotate', dir);
  assert.equal(r.code, 1);
  assert.deepEqual(r.err.trimEnd().split('\n'), [`news-lens: ${path.join(dir, 'broken.txt')}: broken symbolic link (its target does not exist)`]);
  const files = r.out.trimEnd().split('\n').map((l) => path.relative(dir, (JSON.parse(l) as AnnotationJson).file));
  assert.deepEqual(files, ['a.txt', 'linked.news']);
});

test('folders: an unreadable subfolder is reported and the rest still annotated', { skip: process.platform === 'win32' || process.getuid?.() === 0 }, async () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'locked'));
  writeFileSync(path.join(dir, 'locked', 'x.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  chmodSync(path.join(dir, 'locked'), 0o000);
  try {
    const r = await run('annotate', dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /locked: permission denied/);
    assert.equal(r.out.trimEnd().split('\n').length, 1);
  } finally {
    chmodSync(path.join(dir, 'locked'), 0o755);
  }
});
