// Runs analysis jobs in worker threads ("lanes"): one for ordinary open articles, one for very large ones
// (so a 100,000-word article never delays a short one); the workspace index has its own pool (indexer.ts).
// Each lane runs one job at a time; a job still waiting for an analysis of the same document is replaced by
// the newer text (older versions are never analysed once a newer one is known). A job that throws is reported
// as an error; a worker that dies or runs past its time limit is restarted. The engine runs only in the
// workers: the main thread never loads it (about 50 MB of code and data it would hold for nothing).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorrectionsInput } from '../engine/corrections';
import type { Analysis } from '../engine/types';
import { decodeAnalysis, type JobRequest, type JobResult } from './analysisJobs';
import type { IndexJobRequest, IndexJobResult } from './indexJob';
import type { FileSummary } from './summary';
import { EngineThreadLimits, tuneHeapGrowth } from './threadLimits';

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

interface Job {
  req: JobRequest;
  key: string | null;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
  timeoutMs: number;
}

function workerFile(): string | null {
  for (const name of ['analysisWorker.js', 'analysisWorker.ts']) {
    const p = path.join(__dirname, name);
    if (existsSync(p)) return p;
  }
  return null;
}

class Lane {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private running: { job: Job; id: number; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly name: string,
    private readonly log: (msg: string) => void,
    /** Stop the worker after this long without work (its memory goes back); 0 keeps it. */
    private readonly idleMs = 0,
    /** Nice value of the worker thread (background lanes yield the CPU to the main thread). */
    private readonly nice = 0,
  ) {}

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  submit(req: JobRequest, key: string | null, timeoutMs: number): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      if (key) {
        // Replace a waiting job for the same document: its caller re-asks for the newest version.
        const i = this.queue.findIndex((j) => j.key === key);
        if (i >= 0) {
          this.queue[i].reject(new SupersededError());
          this.queue.splice(i, 1);
        }
      }
      this.queue.push({ req, key, resolve, reject, timeoutMs });
      this.pump();
    });
  }

  /** Jobs for the same key are forgotten in the worker too (its block cache). */
  post(req: JobRequest): void {
    this.worker?.postMessage({ id: 0, req });
  }

  private pump(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    if (!this.running && this.queue.length === 0 && this.idleMs && this.worker) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null;
        if (this.busy || !this.worker) return;
        const w = this.worker;
        this.worker = null;
        void w.terminate();
      }, this.idleMs);
      this.idleTimer.unref();
    }
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const file = workerFile();
    if (!file) {
      job.reject(new Error(`the analysis worker (analysisWorker.js) is missing beside ${__dirname}`));
      return this.pump();
    }
    const worker = this.ensureWorker(file);
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(`${this.name} worker took longer than ${job.timeoutMs} ms; restarted`), job.timeoutMs);
    this.running = { job, id, timer };
    worker.postMessage({ id, req: job.req });
  }

  private ensureWorker(file: string): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(file, { execArgv: file.endsWith('.ts') ? ['--import', 'tsx'] : [], workerData: { nice: this.nice }, resourceLimits: EngineThreadLimits });
    worker.unref();
    worker.on('message', (msg: { id: number; ok: boolean; result?: JobResult; error?: string }) => {
      if (!this.running || msg.id !== this.running.id) return;
      const { job, timer } = this.running;
      clearTimeout(timer);
      this.running = null;
      if (msg.ok) job.resolve(msg.result!);
      else job.reject(new Error(msg.error));
      this.pump();
    });
    worker.on('error', (err) => this.fail(`${this.name} worker crashed: ${err?.stack || err}`));
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = null;
        if (this.running) this.fail(`${this.name} worker exited with code ${code}`);
      }
    });
    this.worker = worker;
    return worker;
  }

  private fail(message: string): void {
    this.log(message);
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(new Error(message));
      this.running = null;
    }
    this.pump();
  }

  dispose(): void {
    for (const j of this.queue) j.reject(new Error('server shutting down'));
    this.queue = [];
    void this.worker?.terminate();
    this.worker = null;
  }
}

/** Generous: only a runaway analysis (a bug) should hit it, even on a busy machine. */
function timeLimit(chars: number): number {
  return 120_000 + chars / 2;
}

/** Articles longer than this (characters) go to their own lane. */
export const LargeDocument = 150_000;

export class Analyzer {
  private readonly normal: Lane;
  private readonly large: Lane;

  constructor(log: (msg: string) => void) {
    tuneHeapGrowth();
    this.normal = new Lane('analysis', log);
    // Holds the block caches of very long articles; after ten idle minutes its memory goes back.
    this.large = new Lane('large-article', log, 600_000, 10);
  }

  private laneFor(text: string): Lane {
    return text.length > LargeDocument ? this.large : this.normal;
  }

  async analyze(uri: string, text: string, fileName: string, corrections?: CorrectionsInput): Promise<{ analysis: Analysis; summary: FileSummary | null }> {
    const lane = this.laneFor(text);
    // The block cache lives with the lane that last analysed the document.
    (lane === this.large ? this.normal : this.large).post({ type: 'forget', uri });
    const r = await lane.submit({ type: 'analyze', uri, text, fileName, corrections }, uri, timeLimit(text.length));
    const result = r as Extract<JobResult, { type: 'analyze' }>;
    const analysis = await decodeAnalysis(result.analysis);
    return { analysis, summary: result.summary ? (JSON.parse(result.summary) as FileSummary) : null };
  }

  /** Nothing queued or running for open articles: an index job would not make one wait. */
  get idle(): boolean {
    return !this.normal.busy;
  }

  /**
   * One of the workspace index's jobs, in the analysis worker: its engine is loaded anyway, so the index needs
   * one thread fewer of its own (each holds an engine, 60 to 80 MB), and a file changed after the pass needs none.
   */
  async indexJob(job: IndexJobRequest): Promise<IndexJobResult> {
    const r = await this.normal.submit({ type: 'indexJob', job }, null, timeLimit(job.maxFileSize));
    return (r as Extract<JobResult, { type: 'indexJob' }>).result;
  }

  /** Start the analysis worker and warm the engine up before the first article arrives. */
  warmUp(): void {
    const uri = 'news-lens:warm-up';
    const text = 'Warm-up\n\nMarch 3, 2024\n\n"We are ready," said Maria Okafor, president of the union, on Monday.\n';
    void this.normal
      .submit({ type: 'analyze', uri, text, fileName: 'warm-up.news' }, uri, timeLimit(text.length))
      .then(() => this.normal.post({ type: 'forget', uri }))
      .catch(() => undefined);
  }

  forget(uri: string): void {
    this.normal.post({ type: 'forget', uri });
    this.large.post({ type: 'forget', uri });
  }

  dispose(): void {
    this.normal.dispose();
    this.large.dispose();
  }
}
