// Runs ArticleJobs in this thread (--jobs 1) or in a pool of worker threads (--jobs N), and writes their
// outcomes in input order: a window of jobs is in flight (reading ahead while others are analysed), and
// each outcome is written once all before it have been.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { poolData, serve } from '../pool/serve';
import { WorkerPool, workerScript } from '../pool/pool';
import { annotateArticle, type ArticleJob, type ArticleOutcome } from './article';
import { ANNOTATE_ROLE as ROLE } from './workerRole';


export interface Runner {
  readonly jobs: number;
  run(job: ArticleJob): Promise<ArticleOutcome>;
  close(): Promise<void>;
}

/**
 * The CLI bundle is its own worker script (no second copy of the engine in dist/), started through bin/news-lens.js
 * when it is beside dist/ so that threads load it from the code cache too. `dir`: where cli.js or index.ts is.
 */
export function cliScript(dir = __dirname): string {
  const bin = path.join(dir, '..', 'bin', 'news-lens.js');
  if (path.basename(dir) === 'dist' && existsSync(bin) && existsSync(path.join(dir, 'cli.js'))) return bin;
  const script = workerScript(dir, 'cli') ?? workerScript(dir, 'index');
  if (!script) throw new Error(`cannot find the command line's own script beside ${__dirname}`);
  return script;
}

export function makeRunner(jobs: number): Runner {
  if (jobs <= 1) {
    return { jobs: 1, run: async (job) => annotateArticle(job), close: async () => undefined };
  }
  // Two articles posted per thread: a thread goes on to the next without waiting for the main thread to answer.
  const pool = new WorkerPool<ArticleJob, ArticleOutcome>({ script: cliScript(), size: jobs, depth: 2, data: { role: ROLE } });
  return {
    jobs,
    run: (job) => pool.run(job).catch((err: Error) => ({ error: `analysis failed: ${err.message}` })),
    close: () => pool.close(),
  };
}

/** In a pool thread started by makeRunner: answer jobs. Called once when the CLI bundle loads. */
export function serveIfWorker(): void {
  if (!isMainThread && poolData<{ role?: string }>()?.role === ROLE) serve(annotateArticle);
}

/**
 * Starts `start(item)` for each item of `source`, at most `width` in flight, and hands the results to `emit`
 * in input order (awaited, so a slow reader of the output holds the input back). `start` must not reject.
 */
export async function inOrder<I, T>(
  source: AsyncIterable<I> | Iterable<I>,
  width: number,
  start: (item: I) => Promise<T>,
  emit: (value: T) => Promise<void> | void,
): Promise<void> {
  const window: Promise<T>[] = [];
  for await (const item of source) {
    window.push(start(item));
    if (window.length >= width) await emit(await window.shift()!);
  }
  while (window.length) await emit(await window.shift()!);
}
