// `news-lens queue add|work|results|failed`: annotation across machines through a BullMQ queue on Redis.
// Loaded only when `news-lens queue` runs (bundled to dist/queue/, outside the extension's package).
import { createReadStream, createWriteStream, fsync, type WriteStream } from 'node:fs';
import os from 'node:os';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { workerScript } from '../../pool/pool';
import { loadCorrections } from '../corrections';
import { expandPaths, loadArticle } from '../files';
import { parseOptions, problemReporter, publishedOption, UsageError, wholeOption as whole, writeOut, type CliIO } from '../io';
import { parseRecord, readLines } from '../records';
import { connect, QueueSetupError } from './connection';
import { DEFAULT_QUEUE, JOB_NAME, jobId, type ArticleJobData } from './jobs';
import { progress } from './progress';

const BATCH = 200;
// The processor runs in child processes, so the worker's event loop stays free to renew job locks: a short
// lock is safe and lets another worker take over the jobs of a killed one within seconds.
const LOCK_MS = 15_000;
const STALLED_CHECK_MS = 5_000;

const common = {
  redis: { type: 'string' },
  queue: { type: 'string' },
} as const;

interface Common {
  url: string;
  name: string;
}

function commonArgs(values: { redis?: string; queue?: string }): Common {
  return { url: values.redis ?? process.env.NEWS_LENS_REDIS ?? 'redis://127.0.0.1:6379', name: values.queue ?? DEFAULT_QUEUE };
}

const stderrStream = (io: CliIO): NodeJS.WriteStream => (io.stderr === process.stderr ? process.stderr : ({ write: (s: string) => io.stderr.write(s), isTTY: false } as unknown as NodeJS.WriteStream));

/** Runs one `news-lens queue` subcommand; resolves to the exit status. `usage`: the help text. */
export async function runQueue(argv: string[], io: CliIO, usage: string): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '-h' || sub === '--help') {
    (sub ? io.stdout : io.stderr).write(usage);
    return sub ? 0 : 2;
  }
  const subcommands = new Map([['add', add], ['work', work], ['results', results], ['failed', failed]]);
  const run = subcommands.get(sub);
  if (!run) throw new UsageError(`unknown queue command "${sub}" (add, work, results or failed)`);
  try {
    return await run(rest, io, usage);
  } catch (err) {
    if (err instanceof QueueSetupError) {
      io.stderr.write(`news-lens queue ${sub}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

async function add(argv: string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseOptions(argv, { ...common, input: { type: 'string' }, published: { type: 'string' }, attempts: { type: 'string' } }, usage);
  const { url, name } = commonArgs(values);
  const published = publishedOption(values.published);
  const attempts = whole(values.attempts, 'attempts', 3, 1, 100);
  if (values.input !== undefined && values.input !== 'jsonl') throw new UsageError(`--input must be jsonl (got "${values.input}")`);
  const records = values.input === 'jsonl';
  const paths = positionals.length ? positionals : records ? ['-'] : [];
  if (!paths.length) throw new UsageError('queue add needs files or folders, or --input jsonl [FILE|-]');

  const problems = problemReporter(io);
  const report = problems.report;
  const redis = await connect(url, false);
  const queue = new Queue<ArticleJobData, string>(name, { connection: redis });
  const bar = progress('queue add', stderrStream(io));
  let added = 0;
  let batch: ArticleJobData[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const opts = { attempts, backoff: { type: 'exponential', delay: 1000 } };
    await queue.addBulk(batch.map((data) => ({ name: JOB_NAME, data, opts: { ...opts, jobId: jobId(data) } })));
    added += batch.length;
    batch = [];
  };
  try {
    if (records) {
      for (const input of paths) {
        const stream = input === '-' ? (io.stdin ?? process.stdin) : createReadStreamOrNull(input, report);
        if (!stream) continue;
        for await (const raw of readLines(stream)) {
          const parsed = parseRecord(raw, input, { published, output: 'jsonl' });
          if (!('job' in parsed)) {
            report(`${input === '-' ? 'stdin' : input} line ${raw.line}`, parsed.error);
            continue;
          }
          const j = parsed.job;
          batch.push({ id: j.id, file: j.file, text: j.text!, published: j.published, ...(j.format ? { format: j.format } : {}) });
          if (batch.length >= BATCH) (await flush(), bar.update(added, null));
        }
      }
    } else {
      const { files } = await expandPaths(paths, report);
      for (const file of files) {
        const loaded = await loadArticle(file);
        if ('error' in loaded) {
          report(file, loaded.error);
          continue;
        }
        // As annotate does: the corrections file beside the article travels with it.
        const corr = await loadCorrections(file);
        for (const e of corr.errors) report(file, e);
        batch.push({ file, text: loaded.text, published, ...(corr.input ? { corrections: corr.input } : {}) });
        if (batch.length >= BATCH) (await flush(), bar.update(added, files.length));
      }
    }
    await flush();
    bar.update(added, added);
  } finally {
    bar.stop();
    await queue.close();
    redis.disconnect();
  }
  io.stderr.write(`news-lens: queue add: ${added} articles submitted to queue "${name}" (an article already queued is not added again)\n`);
  return problems.failed ? 1 : 0;
}

function createReadStreamOrNull(file: string, report: (what: string, reason: string) => void): AsyncIterable<Uint8Array> | null {
  const stream = createReadStream(file);
  // An unreadable file surfaces as an error while iterating; reported then.
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (err) {
      report(file, (err as Error).message);
    }
  })();
}

async function work(argv: string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseOptions(argv, { ...common, concurrency: { type: 'string' }, 'time-limit': { type: 'string' } }, usage);
  if (positionals.length) throw new UsageError(`queue work takes no paths (got "${positionals[0]}")`);
  const { url, name } = commonArgs(values);
  const concurrency = whole(values.concurrency, 'concurrency', os.availableParallelism(), 1, 256);
  const timeLimit = whole(values['time-limit'], 'time-limit', 120, 1, 86_400);
  const processor = workerScript(__dirname, 'processor');
  if (!processor) throw new QueueSetupError(`the sandboxed processor is missing beside ${__dirname}; run \`npm run build\``);
  // Read by the processor's child processes (they inherit the environment).
  process.env.NEWS_LENS_QUEUE_TIME_LIMIT_MS = String(timeLimit * 1000);
  const redis = await connect(url, true);
  const worker = new Worker<ArticleJobData, string>(name, processor, {
    connection: redis,
    concurrency,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    removeOnComplete: { count: Number.MAX_SAFE_INTEGER }, // kept until `queue results` reads them
    removeOnFail: { count: Number.MAX_SAFE_INTEGER },
  });
  const bar = progress('queue work', stderrStream(io));
  let done = 0;
  let failedCount = 0;
  const show = () => bar.update(done + failedCount, null, failedCount ? `(${failedCount} failed)` : '');
  worker.on('completed', () => (done++, show()));
  worker.on('failed', (job: Job<ArticleJobData> | undefined, err: Error) => {
    // Only a job out of attempts is in the failed list; earlier attempts are retried.
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      failedCount++;
      show();
    }
    io.stderr.write(`news-lens: queue work: ${job ? describe(job.data) : 'a job'}: ${err.message.split('\n')[0]}\n`);
  });
  worker.on('error', (err) => io.stderr.write(`news-lens: queue work: ${err.message}\n`));
  io.stderr.write(`news-lens: queue work: ${concurrency} sandboxed processors on queue "${name}", ${timeLimit} s per article; stop with SIGTERM or Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        io.stderr.write(`news-lens: queue work: ${signal} again: stopping now; unfinished jobs go back to the queue when their lock expires\n`);
        void worker.close(true).then(resolve);
        return;
      }
      stopping = true;
      io.stderr.write(`news-lens: queue work: ${signal}: finishing the current jobs, taking no new ones\n`);
      void worker.close().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    worker.once('closed', () => resolve());
  });
  bar.stop();
  redis.disconnect();
  io.stderr.write(`news-lens: queue work: stopped after ${done} annotated, ${failedCount} failed\n`);
  return 0;
}

function describe(d: ArticleJobData): string {
  return d.id !== undefined ? `id ${JSON.stringify(d.id)}` : d.file;
}

async function results(argv: string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseOptions(argv, { ...common, out: { type: 'string' }, follow: { type: 'boolean' } }, usage);
  if (positionals.length) throw new UsageError(`queue results takes no paths (got "${positionals[0]}")`);
  const { url, name } = commonArgs(values);
  const redis = await connect(url, false);
  const queue = new Queue<ArticleJobData, string>(name, { connection: redis });
  let file: WriteStream | null = null;
  if (values.out) {
    // Appended to, so that a rerun after a crash adds to what was already saved.
    file = createWriteStream(values.out, { flags: 'a' });
    await new Promise<void>((resolve, reject) => file!.once('open', () => resolve()).once('error', reject));
  }
  const bar = progress('queue results', stderrStream(io));
  let count = 0;
  let stop = false;
  const onSignal = () => (stop = true);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    while (!stop) {
      const jobs = (await queue.getJobs(['completed'], 0, BATCH - 1, true)).filter(Boolean);
      if (jobs.length) {
        const text = jobs.map((j) => j.returnvalue + '\n').join('');
        if (file) await writeAndSync(file, text);
        else await writeOut(io.stdout, text);
        // Removed only once written: a crash here repeats these lines at most, never loses one.
        await Promise.all(jobs.map((j) => j.remove()));
        count += jobs.length;
        bar.update(count, null);
        continue;
      }
      if (!values.follow) {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed');
        if (c.waiting + c.active + c.delayed + c.prioritized + c['waiting-children'] + c.completed === 0) break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    bar.stop();
    if (file) await new Promise<void>((resolve) => file!.end(() => resolve()));
    await queue.close();
    redis.disconnect();
  }
  const failedCount = (await countFailed(url, name)) ?? 0;
  io.stderr.write(`news-lens: queue results: ${count} results${failedCount ? `; ${failedCount} failed jobs (news-lens queue failed)` : ''}\n`);
  return 0;
}

async function countFailed(url: string, name: string): Promise<number | null> {
  try {
    const redis = await connect(url, false);
    const queue = new Queue(name, { connection: redis });
    const n = await queue.getFailedCount();
    await queue.close();
    redis.disconnect();
    return n;
  } catch {
    return null;
  }
}

function writeAndSync(file: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    file.write(text, (err) => {
      if (err) return reject(err);
      fsync((file as unknown as { fd: number }).fd, (e) => (e ? reject(e) : resolve()));
    });
  });
}

async function failed(argv: string[], io: CliIO, usage: string): Promise<number> {
  const { values, positionals } = parseOptions(argv, common, usage);
  if (positionals.length) throw new UsageError(`queue failed takes no paths (got "${positionals[0]}")`);
  const { url, name } = commonArgs(values);
  const redis: Redis = await connect(url, false);
  const queue = new Queue<ArticleJobData, string>(name, { connection: redis });
  let count = 0;
  try {
    for (let start = 0; ; start += BATCH) {
      const jobs = (await queue.getFailed(start, start + BATCH - 1)).filter(Boolean);
      for (const j of jobs) {
        const line = { ...(j.data.id !== undefined ? { id: j.data.id } : {}), file: j.data.file, error: j.failedReason, attempts: j.attemptsMade, failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null };
        await writeOut(io.stdout, JSON.stringify(line) + '\n');
      }
      count += jobs.length;
      if (jobs.length < BATCH) break;
    }
  } finally {
    await queue.close();
    redis.disconnect();
  }
  io.stderr.write(`news-lens: queue failed: ${count} failed jobs in queue "${name}"\n`);
  return 0;
}
