// BullMQ's sandboxed processor (a child process per concurrent job slot): the article is analysed on a
// thread of its own so that the per-article time limit can stop even a computation that never yields.
// A crash of the thread or of this process fails only the job; the worker process goes on.
import path from 'node:path';
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { WorkerPool, workerScript } from '../../pool/pool';
import type { ArticleJob, ArticleOutcome } from '../article';
import { ANNOTATE_ROLE } from '../workerRole';
import type { ArticleJobData } from './jobs';

let pool: WorkerPool<ArticleJob, ArticleOutcome> | null = null;

function thePool(): WorkerPool<ArticleJob, ArticleOutcome> {
  if (pool) return pool;
  // dist/queue/processor.js → dist/cli.js; server/src/cli/queue/processor.ts → server/src/cli/index.ts
  const dir = path.dirname(__dirname);
  const script = workerScript(dir, 'cli') ?? workerScript(dir, 'index');
  if (!script) throw new Error(`cannot find the command line's script beside ${dir}`);
  const timeLimitMs = Number(process.env.NEWS_LENS_QUEUE_TIME_LIMIT_MS) || 120_000;
  pool = new WorkerPool({ script, size: 1, timeLimitMs, data: { role: ANNOTATE_ROLE } });
  return pool;
}

/** The result line (JSON, no newline): exactly `news-lens annotate`'s line for the same article. */
module.exports = async (job: SandboxedJob<ArticleJobData, string>): Promise<string> => {
  const d = job.data;
  const article: ArticleJob = { file: d.file, text: d.text, published: d.published, format: d.format, output: 'jsonl', corrections: d.corrections };
  if (d.id !== undefined) article.id = d.id;
  // Past the time limit, or the thread crashed: thrown, so BullMQ retries it (attempts, backoff) and then
  // keeps it in the failed set with this error.
  const outcome = await thePool().run(article);
  // The engine threw on this text: the same would happen again, so no retry.
  if ('error' in outcome) throw new UnrecoverableError(outcome.error);
  return outcome.out.replace(/\n$/, '');
};
