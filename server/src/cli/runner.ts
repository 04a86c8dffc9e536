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

/**
 * --jobs N: the main thread analyses too, beside N - 1 pool threads. A thread of its own would load the bundle and
 * its word lists once more while the main thread sat idle (reading a file and writing a line cost little).
 * Both take the next waiting job when they are free: the pool threads whenever they have room (two posted each, so
 * they never wait on the main thread between jobs), the main thread one job per turn of the event loop, so that the
 * threads' answers are taken and their next jobs posted in between.
 */
export function makeRunner(jobs: number): Runner {
  if (jobs <= 1) return { jobs: 1, run: async (job) => annotateArticle(job), close: async () => undefined };
  const threads = jobs - 1;
  const pool = new WorkerPool<ArticleJob, ArticleOutcome>({ script: cliScript(), size: threads, depth: 2, data: { role: ROLE } });
  const room = threads * 2;
  const waiting: Array<{ job: ArticleJob; done: (outcome: ArticleOutcome) => void }> = [];
  let turn: NodeJS.Immediate | null = null;
  const feedPool = (): void => {
    while (waiting.length && pool.pending < room) {
      const { job, done } = waiting.shift()!;
      pool
        .run(job)
        .catch((err: Error): ArticleOutcome => ({ error: `analysis failed: ${err.message}` }))
        .then((outcome) => (done(outcome), feedPool()));
    }
  };
  const analyseHere = (): void => {
    turn = null;
    const next = waiting.shift();
    if (next) next.done(annotateArticle(next.job));
    if (waiting.length) turn = setImmediate(analyseHere);
  };
  return {
    jobs,
    run: (job) =>
      new Promise<ArticleOutcome>((done) => {
        waiting.push({ job, done });
        feedPool();
        if (waiting.length && !turn) turn = setImmediate(analyseHere);
      }),
    close: async () => {
      if (turn) clearImmediate(turn);
      for (const { done } of waiting.splice(0)) done({ error: 'analysis failed: the run was stopped' });
      await pool.close();
    },
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
