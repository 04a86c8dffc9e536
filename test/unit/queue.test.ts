// The BullMQ queue against a real redis-server: 2,000 articles, two worker processes (one killed with
// SIGKILL mid-run and restarted), every article's result exactly once and byte-identical to
// `news-lens annotate`, and a poison article (past the per-article time limit) in the failed list.
// Runs the built CLI (bin/news-lens.js → dist/), as a user would; builds it if dist/ is missing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { main } from '../../server/src/cli';
import { inventArticle } from '../../scripts/invented-articles';
import { startRedis, type RedisServer } from '../../scripts/redis-server';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'news-lens.js');
const ARTICLES = 2000;

let redis: RedisServer | null = null;
const children: ChildProcess[] = [];
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
  await redis?.stop();
});

function ensureBuilt(): void {
  if (existsSync(path.join(root, 'dist', 'queue', 'processor.js')) && existsSync(path.join(root, 'dist', 'cli.js'))) return;
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(b.status, 0, `npm run build failed:\n${b.stderr}`);
}

/** news-lens in its own process group, so that a kill takes its sandboxed children too (a machine going down). */
function cli(args: string[], stdout: 'pipe' | 'ignore' = 'ignore'): ChildProcess & { err: string } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', stdout, 'pipe'], detached: true }) as ChildProcess & { err: string };
  child.err = '';
  child.stderr!.on('data', (d) => (child.err += d));
  children.push(child);
  return child;
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

test('queue: 2,000 articles, a worker killed mid-run and restarted, each result once and identical to annotate; a poison article fails alone', async () => {
  ensureBuilt();
  redis = await startRedis();
  const url = redis.url;
  const dir = mkdtempSync(path.join(tmpdir(), 'news-lens-queue-'));
  const records = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({ id: `art-${i}`, text: inventArticle(i), ...(i % 4 === 0 ? { published: '2025-06-02' } : {}) }));
  // The poison: a ~6 MB article, far more than the 2-second limit allows; stopped by the time limit.
  let big = '';
  for (let i = 0; big.length < 6_000_000; i++) big += inventArticle(10_000 + i) + '\n';
  const poison = JSON.stringify({ id: 'poison', text: big });
  const input = path.join(dir, 'articles.jsonl');
  writeFileSync(input, [...records.slice(0, 700), poison, ...records.slice(700)].join('\n') + '\n');

  // Added twice: the job id comes from the article id, so the second add queues nothing new.
  for (let i = 0; i < 2; i++) {
    const add = cli(['queue', 'add', '--redis', url, '--attempts', '2', '--input', 'jsonl', input]);
    assert.equal(await exitCode(add), 0, add.err);
  }
  const conn = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('news-lens', { connection: conn });
  try {
    assert.equal(await queue.getWaitingCount(), ARTICLES + 1);

    const work = () => cli(['queue', 'work', '--redis', url, '--concurrency', '2', '--time-limit', '2']);
    const a = work();
    const b = work();
    // Wait for the state needed: a good part done, with jobs in flight.
    while ((await queue.getCompletedCount()) < 300) {
      assert.equal(a.exitCode ?? b.exitCode, null, `a worker ended early:\n${a.err}\n${b.err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-a.pid!, 'SIGKILL');
    await exitCode(a);
    const a2 = work();

    // results waits until no job is waiting, running or delayed (the killed worker's jobs come back).
    const resultsFile = path.join(dir, 'results.jsonl');
    const results = cli(['queue', 'results', '--redis', url, '--out', resultsFile]);
    assert.equal(await exitCode(results), 0, results.err);

    // Graceful stop of the two live workers.
    b.kill('SIGTERM');
    a2.kill('SIGTERM');
    assert.equal(await exitCode(b), 0, b.err);
    assert.equal(await exitCode(a2), 0, a2.err);
    assert.match(b.err, /SIGTERM: finishing the current jobs/);

    const lines = readFileSync(resultsFile, 'utf8').trimEnd().split('\n');
    const byId = new Map<string, string>();
    for (const line of lines) {
      const id = (JSON.parse(line) as { id: string }).id;
      assert.ok(!byId.has(id), `${id} appears twice`);
      byId.set(id, line);
    }
    assert.equal(byId.size, ARTICLES, 'every article exactly once');
    assert.ok(!byId.has('poison'));

    // Byte-identical to annotate --input jsonl over the same records (the poison left out: it would take long).
    const plain = path.join(dir, 'plain.jsonl');
    writeFileSync(plain, records.join('\n') + '\n');
    let out = '';
    const code = await main(['annotate', '--input', 'jsonl', '--jobs', '2', plain], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
    assert.equal(code, 0);
    const expected = out.trimEnd().split('\n');
    assert.equal(expected.length, ARTICLES);
    for (const line of expected) {
      const id = (JSON.parse(line) as { id: string }).id;
      assert.equal(byId.get(id), line.replace(JSON.stringify(plain), JSON.stringify(input)), id);
    }

    // The poison is in the failed list with the time limit as its reason; Redis keeps no completed job.
    const failed = cli(['queue', 'failed', '--redis', url], 'pipe');
    let failedOut = '';
    failed.stdout!.on('data', (d) => (failedOut += d));
    assert.equal(await exitCode(failed), 0, failed.err);
    const failedJobs = failedOut.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error: string; attempts: number });
    assert.equal(failedJobs.length, 1, failedOut);
    assert.equal(failedJobs[0].id, 'poison');
    assert.match(failedJobs[0].error, /time limit of 2000 ms exceeded/);
    assert.equal(failedJobs[0].attempts, 2);
    assert.equal(await queue.getCompletedCount(), 0, 'results removed what it read');
  } finally {
    await queue.close();
    conn.disconnect();
  }
});

test('queue: a Redis that may evict keys is refused at start, with the setting to change', async () => {
  ensureBuilt();
  redis ??= await startRedis();
  const conn = new Redis(redis.url);
  try {
    await conn.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const work = cli(['queue', 'work', '--redis', redis.url]);
    assert.equal(await exitCode(work), 1);
    assert.match(work.err, /maxmemory-policy allkeys-lru; BullMQ needs noeviction/);
  } finally {
    await conn.config('SET', 'maxmemory-policy', 'noeviction');
    conn.disconnect();
  }
  const nobody = cli(['queue', 'results', '--redis', 'redis://127.0.0.1:1']);
  assert.equal(await exitCode(nobody), 1);
  assert.match(nobody.err, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
});

test('queue: usage mistakes and --help in the built command line (a separate bundle) exit 2 and 0, never "internal error"', () => {
  ensureBuilt();
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'queue', ...args], { cwd: root, encoding: 'utf8' });
  const bad = run('work', '--concurrency', '0');
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /--concurrency must be a whole number from 1 to 256 \(got "0"\)/);
  assert.doesNotMatch(bad.stderr, /internal error/);
  const unknown = run('results', '--bogus');
  assert.equal(unknown.status, 2, unknown.stderr);
  assert.match(unknown.stderr, /Unknown option '--bogus'/);
  const help = run('add', '--help');
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: news-lens queue add/);
  assert.equal(help.stderr, '');
});
