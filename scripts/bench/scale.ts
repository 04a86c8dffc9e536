// Scale figures: `news-lens annotate` words per second with --jobs 1 and --jobs 2 over the PolNeAR train
// texts, peak memory of `--input jsonl` over a small and a large generated stream, and the queue's
// throughput against a real redis-server. Runs the CLI as built by `npm run build` (dist/), each run a
// fresh process. The load average is printed with every figure: the machine may be shared.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { evalDir, repoRoot } from '../paths';
import { inventArticle } from '../invented-articles';
import { startRedis } from '../redis-server';

const bin = path.join(repoRoot, 'bin', 'news-lens.js');
const load = () => `load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** PolNeAR train texts: NEWS_LENS_BENCH_TEXTS, else <eval>/polnear/train/text (NEWS_LENS_EVAL moves <eval>). */
function textsDir(): string {
  return path.resolve(process.env.NEWS_LENS_BENCH_TEXTS ?? path.join(evalDir(), 'polnear', 'train', 'text'));
}

// GNU time (Debian package `time`) gives the child's CPU time, which a busy machine inflates far less than wall time.
const GNU_TIME = '/usr/bin/time';
const TIME_MARK = 'news-lens-bench-time';

/** Runs news-lens with `input` on stdin (or none), output discarded: wall time, CPU time and peak RSS (GNU time, else RSS sampled from /proc). */
function runCli(args: string[], input?: () => AsyncIterable<string>): Promise<{ ms: number; cpuMs: number | null; peakRss: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const timed = existsSync(GNU_TIME);
    const argv = timed ? [GNU_TIME, '-f', `${TIME_MARK} %U %S %M`, process.execPath, bin, ...args] : [process.execPath, bin, ...args];
    const child = spawn(argv[0], argv.slice(1), { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    let peakRss = 0;
    const sample = setInterval(() => {
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peakRss = Math.max(peakRss, kb * 1024);
      } catch {
        /* ended */
      }
    }, 50);
    if (input) {
      (async () => {
        for await (const chunk of input()) if (!child.stdin!.write(chunk)) await new Promise((r) => child.stdin!.once('drain', r));
        child.stdin!.end();
      })().catch(reject);
    }
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0 && code !== 1) reject(new Error(`news-lens ${args.join(' ')} exited ${code}: ${err.slice(0, 2000)}`));
      // With GNU time, /proc would show time's own memory: its %M (the child's peak RSS, KB) is used instead.
      const cpu = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+) (\\d+)`).exec(err);
      if (cpu) peakRss = Number(cpu[3]) * 1024;
      resolve({ ms: performance.now() - t0, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null, peakRss, code });
    });
  });
}

async function jobsFigures(): Promise<void> {
  const dir = textsDir();
  if (!existsSync(dir)) {
    console.log(`\nannotate --jobs: ${dir} not found (set NEWS_LENS_BENCH_TEXTS or NEWS_LENS_EVAL); skipped`);
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const words = files.reduce((sum, f) => sum + (readFileSync(path.join(dir, f), 'utf8').match(/\S+/g) ?? []).length, 0);
  const runs = Number(process.env.NEWS_LENS_BENCH_RUNS ?? 3);
  console.log(`\nnews-lens annotate --format jsonl over ${files.length} PolNeAR train texts (${n(words)} words), ${runs} runs each, whole process (start-up included), ${os.availableParallelism()} CPUs`);
  const best: Record<number, number> = {};
  for (const jobs of [1, 2]) {
    const times: number[] = [];
    const cpu: number[] = [];
    const loads: string[] = [];
    for (let i = 0; i < runs; i++) {
      loads.push(os.loadavg()[0].toFixed(2));
      const r = await runCli(['annotate', '--jobs', String(jobs), '--format', 'jsonl', dir]);
      times.push(r.ms);
      if (r.cpuMs !== null) cpu.push(r.cpuMs);
    }
    best[jobs] = Math.min(...times);
    const perCpu = cpu.length ? `; ${n(words / (median(cpu) / 1000))} words per CPU-second (median; all threads)` : '';
    console.log(`  --jobs ${jobs}: median ${n(words / (median(times) / 1000))} words/s, best ${n(words / (best[jobs] / 1000))} words/s${perCpu} (1-min load before each run: ${loads.join(', ')})`);
  }
  console.log(`  --jobs 2 / --jobs 1 (best runs): ${(best[1] / best[2]).toFixed(2)}x   [${load()}]`);
}

async function* records(count: number): AsyncGenerator<string> {
  let batch = '';
  for (let i = 0; i < count; i++) {
    batch += JSON.stringify({ id: `r${i}`, text: inventArticle(i % 5000) }) + '\n';
    if (batch.length > 1 << 20) (yield batch, (batch = ''));
  }
  if (batch) yield batch;
}

async function streamFigures(): Promise<void> {
  const large = Number(process.env.NEWS_LENS_BENCH_STREAM ?? 20_000);
  const small = Math.max(1, Math.floor(large / 10));
  const bytes = (count: number) => {
    let b = 0;
    for (let i = 0; i < Math.min(count, 5000); i++) b += JSON.stringify({ id: `r${i}`, text: inventArticle(i) }).length + 1;
    return (b / Math.min(count, 5000)) * count;
  };
  console.log(`\nnews-lens annotate --input jsonl --jobs 2 - (generated records through stdin, output discarded)`);
  for (const count of [small, large]) {
    const r = await runCli(['annotate', '--input', 'jsonl', '--jobs', '2', '-'], () => records(count));
    console.log(`  ${n(count).padStart(7)} records (${(bytes(count) / 1048576).toFixed(0)} MB): peak RSS ${(r.peakRss / 1048576).toFixed(0)} MB, ${n(count / (r.ms / 1000))} records/s   [${load()}]`);
  }
}

async function queueFigures(): Promise<void> {
  const probe = spawnSync('redis-server', ['--version']);
  if (probe.error) {
    console.log('\nqueue: redis-server not installed (apt-get install redis-server); skipped');
    return;
  }
  const count = Number(process.env.NEWS_LENS_BENCH_QUEUE ?? 1000);
  const redis = await startRedis();
  const conn = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue('news-lens', { connection: conn });
  try {
    console.log(`\nnews-lens queue on a local redis-server, ${n(count)} generated articles, one worker process`);
    const add = await runCli(['queue', 'add', '--redis', redis.url, '--input', 'jsonl', '-'], () => records(count));
    console.log(`  queue add:      ${n(count / (add.ms / 1000))} articles/s   [${load()}]`);
    const t0 = performance.now();
    const worker = spawn(process.execPath, [bin, 'queue', 'work', '--redis', redis.url, '--concurrency', '2'], { stdio: 'ignore' });
    // Listen now: the worker may exit (SIGTERM below) before the results are read, and a later once('exit') would wait forever.
    const exited = new Promise((r) => worker.once('exit', r));
    while ((await queue.getCompletedCount()) + (await queue.getFailedCount()) < count) await new Promise((r) => setTimeout(r, 100));
    const workMs = performance.now() - t0;
    worker.kill('SIGTERM');
    console.log(`  queue work --concurrency 2: ${n(count / (workMs / 1000))} articles/s (start-up included)   [${load()}]`);
    const results = await runCli(['queue', 'results', '--redis', redis.url]);
    console.log(`  queue results:  ${n(count / (results.ms / 1000))} articles/s   [${load()}]`);
    await exited;
  } finally {
    await queue.close();
    conn.disconnect();
    await redis.stop();
  }
}

export async function runScaleBench(): Promise<void> {
  console.log('\nscale bench (figures only)');
  if (!existsSync(path.join(repoRoot, 'dist', 'queue', 'queue.js')) || statSync(path.join(repoRoot, 'dist', 'cli.js')).size === 0) {
    throw new Error('run `npm run build` first: the scale bench runs the built command line');
  }
  await jobsFigures();
  await streamFigures();
  await queueFigures();
}
