// `annotate --jobs`, `--input jsonl` and `--out`: the same bytes whatever the number of threads, streams
// with bad records that go on, and runs that resume after a kill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../server/src/cli';
import { articlesDir } from '../../scripts/paths';
import { inventArticle } from '../../scripts/invented-articles';

const root = path.resolve(__dirname, '..', '..');
const cliRun = path.join(__dirname, 'cli-run.ts');

async function run(argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'news-lens-scale-'));

test('--jobs 2 writes the same bytes as --jobs 1: shared articles, fixtures, samples, and an unreadable file', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
  const inputs = [path.join(root, 'test', 'fixtures'), path.join(root, 'samples'), dir];
  if (existsSync(articlesDir())) inputs.push(articlesDir());
  else console.log(`shared articles not found at ${articlesDir()}: fixtures and samples only`);
  for (const format of ['jsonl', 'csv']) {
    const one = await run(['annotate', '--jobs', '1', '--format', format, ...inputs]);
    const two = await run(['annotate', '--jobs', '2', '--format', format, ...inputs]);
    assert.equal(one.code, 1); // broken.txt
    assert.ok(one.out.length > 1000);
    assert.equal(two.out, one.out, format);
    assert.equal(two.err, one.err);
    assert.equal(two.code, one.code);
  }
});

test('--input jsonl: 10,000 records through stdin, bad ones in the middle answered with an error line, the rest annotated in order', async () => {
  const lines: string[] = [];
  const bad = new Map<number, RegExp>();
  for (let i = 0; i < 10_000; i++) {
    if (i === 4000) (lines.push('{"id": "r4000", "text": "cut off'), bad.set(i, /not JSON/));
    else if (i === 5000) (lines.push(JSON.stringify({ id: 'r5000', title: 'no text here' })), bad.set(i, /no "text"/));
    else if (i === 6000) (lines.push(JSON.stringify({ id: 'r6000', text: 'x'.repeat(11 * 1024 * 1024) })), bad.set(i, /text too large/));
    else if (i === 7000) (lines.push(JSON.stringify({ id: 'r7000', text: 'Hello', published: 'yesterday' })), bad.set(i, /"published" must be/));
    else if (i === 8000) (lines.push('[1, 2, 3]'), bad.set(i, /not a JSON object/));
    else lines.push(JSON.stringify({ id: `r${i}`, text: inventArticle(i % 500), ...(i % 3 === 0 ? { published: '2025-03-04' } : {}) }));
  }
  const r = await run(['annotate', '--input', 'jsonl', '--jobs', '2'], lines.join('\n') + '\n');
  assert.equal(r.code, 1);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; quotes?: unknown[]; published?: string | null });
  assert.equal(out.length, 10_000, 'one result per record');
  for (let i = 0; i < 10_000; i++) {
    const rec = out[i];
    if (bad.has(i)) {
      assert.deepEqual(Object.keys(rec), ['id', 'error'], `record ${i}`);
      assert.match(rec.error!, bad.get(i)!);
      assert.equal(rec.id, i === 4000 || i === 8000 ? `stdin:${i + 1}` : `r${i}`);
    } else {
      assert.equal(rec.id, `r${i}`);
      assert.ok(Array.isArray(rec.quotes) && rec.quotes.length > 0, `record ${i} has quotes`);
      assert.equal(rec.published, i % 3 === 0 ? '2025-03-04' : null);
    }
  }
  assert.equal(r.err.trimEnd().split('\n').length, bad.size, r.err.slice(0, 2000));
  // Each result is what one record alone gives (the same text, one thread).
  const single = await run(['annotate', '--input', 'jsonl', '--jobs', '1'], lines[9999] + '\n');
  assert.equal(single.out, r.out.trimEnd().split('\n')[9999] + '\n');
});

test('--input jsonl from files: records as markdown, one error per unreadable input, csv rows named by id', async () => {
  const dir = tempDir();
  const a = path.join(dir, 'a.jsonl');
  writeFileSync(a, [JSON.stringify({ id: 'md', text: '# Talks fail\n\n"We are done," said Tom Keller.\n', format: 'markdown' }), JSON.stringify({ id: 'x', text: 'No quotes.', format: 'rtf' })].join('\r\n'));
  const r = await run(['annotate', '--input', 'jsonl', '--jobs', '1', a, path.join(dir, 'missing.jsonl')]);
  assert.equal(r.code, 1);
  const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 3);
  assert.equal(out[0].id, 'md');
  assert.equal(out[0].file, a);
  assert.equal(out[0].quotes[0].text, '"We are done,"');
  assert.match(out[1].error, /"format" must be/);
  assert.match(out[2].error, /cannot read .*missing\.jsonl: no such file/);
  const csv = await run(['annotate', '--input', 'jsonl', '--format', 'csv', a]);
  assert.match(csv.out, /^file,speaker,quote,cue,start,end\r\nmd,Tom Keller,"""We are done,""",said,/);
});

test('--out DIR: a run killed mid-way leaves only complete shards; the rerun skips them and finishes the rest', { skip: process.platform === 'win32' }, async () => {
  const dir = tempDir();
  const out = path.join(dir, 'results');
  const shard = (n: number, from: number) =>
    Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `s${n}-${i}`, text: inventArticle(from + i) })).join('\n') + '\n';
  const inputs = [1, 2, 3].map((n) => path.join(dir, `part-${n}.jsonl`));
  writeFileSync(inputs[0], shard(1, 0));
  writeFileSync(inputs[1], shard(2, 100));
  // The third shard is a named pipe: the run blocks in it after half its records, and is killed there.
  execFileSync('mkfifo', [inputs[2]]);
  const third = shard(3, 200);
  const half = third.split('\n').slice(0, 20).join('\n') + '\n';

  const first = spawn(process.execPath, ['--import', 'tsx', cliRun, 'annotate', '--input', 'jsonl', '--jobs', '2', '--out', out, ...inputs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let firstErr = '';
  first.stderr.on('data', (d) => (firstErr += d));
  const pipe = createWriteStream(inputs[2]);
  pipe.write(half);
  // Wait for the state needed: both file shards done, and the partial file of the third being written.
  while (!(existsSync(path.join(out, 'part-2.jsonl.done')) && readdirSync(out).some((n) => n.startsWith('.part-3.jsonl.partial-')))) {
    if (first.exitCode !== null) assert.fail(`the first run ended early: ${firstErr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  first.kill('SIGKILL');
  await once(first, 'exit');
  pipe.destroy();
  assert.ok(!existsSync(path.join(out, 'part-3.jsonl')), 'the shard in flight has no result file');
  const done1 = readFileSync(path.join(out, 'part-1.jsonl'), 'utf8');
  assert.equal(done1.trimEnd().split('\n').length, 40);

  const second = spawn(process.execPath, ['--import', 'tsx', cliRun, 'annotate', '--input', 'jsonl', '--jobs', '2', '--out', out, ...inputs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  second.stderr.on('data', (d) => (err += d));
  const pipe2 = createWriteStream(inputs[2]);
  pipe2.end(third);
  const [code] = (await once(second, 'exit')) as [number];
  assert.equal(code, 0, err);
  assert.match(err, /part-1\.jsonl: done earlier/);
  assert.match(err, /part-2\.jsonl: done earlier/);
  assert.match(err, /part-3\.jsonl: 40 annotated/);
  assert.equal(readFileSync(path.join(out, 'part-1.jsonl'), 'utf8'), done1, 'a done shard is not rewritten');
  assert.deepEqual(readdirSync(out).sort(), ['part-1.jsonl', 'part-1.jsonl.done', 'part-2.jsonl', 'part-2.jsonl.done', 'part-3.jsonl', 'part-3.jsonl.done']);
  // Every shard's results are those of a plain run over the same records.
  const expected = await run(['annotate', '--input', 'jsonl', '--jobs', '1', '-'], shard(3, 200));
  assert.equal(readFileSync(path.join(out, 'part-3.jsonl'), 'utf8'), expected.out.replaceAll('"file":"-"', `"file":${JSON.stringify(inputs[2])}`));
  const marker = JSON.parse(readFileSync(path.join(out, 'part-3.jsonl.done'), 'utf8'));
  assert.equal(marker.results, 40);
  assert.equal(marker.errors, 0);
});

test('--out and --jobs usage errors', async () => {
  for (const argv of [['annotate', '--jobs', '0', 'x.txt'], ['annotate', '--jobs', 'two', 'x.txt'], ['annotate', '--input', 'csv', 'x'], ['annotate', '--input', 'jsonl', '--out', tempDir(), '-'], ['annotate', '--out', tempDir(), 'a/x.txt', 'b/x.txt']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.ok(r.err.length > 0);
  }
});
