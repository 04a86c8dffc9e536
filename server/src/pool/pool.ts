// A pool of worker threads running one script: tasks go to the first free thread in the order they were
// submitted. A thread that crashes, exits or runs past the time limit is ended and replaced, and only its
// task fails. Neutral on purpose (no engine, LSP or CLI types): the command line's --jobs, the queue's
// sandboxed processor and the workspace index each bring their own worker script (see serve.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

export interface PoolOptions {
  /** The worker entry: a built .js file, or a .ts file (run through tsx, for tests and scripts). */
  script: string;
  /** Number of threads (at least 1). Threads start on first use. */
  size: number;
  /** Nice value for the threads (Linux: per thread; 10 = background). Ignored where not permitted. */
  nice?: number;
  /** Per-task time limit in ms; the thread is terminated (even mid-computation) and the task rejects with TimeLimitError. */
  timeLimitMs?: number;
  /**
   * Tasks posted to a thread before it has answered the first (default 1). More than one keeps a thread from waiting
   * on the main thread between tasks (many small tasks); not with a time limit, whose clock is per task.
   */
  depth?: number;
  resourceLimits?: ResourceLimits;
  /** Extra data for the worker script (read with workerData.data). */
  data?: unknown;
}

export class TimeLimitError extends Error {
  constructor(ms: number) {
    super(`time limit of ${ms} ms exceeded; the analysis was stopped`);
    this.name = 'TimeLimitError';
  }
}

/** An error thrown by the task in the worker (its message and stack), or a thread that crashed/exited. */
export class TaskError extends Error {
  constructor(message: string, readonly crashed = false) {
    super(message);
    this.name = 'TaskError';
  }
}

/** `name.js` beside `dir` if built, else `name.ts` (source run through tsx), else null. */
export function workerScript(dir: string, name: string): string | null {
  for (const ext of ['.js', '.ts']) {
    const p = path.join(dir, name + ext);
    if (existsSync(p)) return p;
  }
  return null;
}

interface Task<Res> {
  req: unknown;
  transfer?: Transferable[];
  resolve: (r: Res) => void;
  reject: (e: Error) => void;
}

interface Slot<Res> {
  worker: Worker;
  /** Posted and not yet answered, in the order the thread takes them: the first is the one running. */
  tasks: Task<Res>[];
  timer: NodeJS.Timeout | null;
  /** The script has loaded (serve() said so): the time limit counts from then, not from thread start-up. */
  ready: boolean;
}

export class WorkerPool<Req, Res> {
  private readonly slots: Slot<Res>[] = [];
  private readonly queue: Task<Res>[] = [];
  private closed = false;

  private readonly depth: number;

  constructor(private readonly opts: PoolOptions) {
    if (!(opts.size >= 1)) throw new Error('a worker pool needs at least one thread');
    this.depth = opts.depth ?? 1;
    if (!(this.depth >= 1) || (this.depth > 1 && opts.timeLimitMs)) throw new Error('a worker pool takes a depth of 1 or more, and only 1 with a time limit');
  }

  get size(): number {
    return this.opts.size;
  }

  /** Tasks submitted and not yet finished. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.tasks.length, 0);
  }

  run(req: Req, transfer?: Transferable[]): Promise<Res> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Res>((resolve, reject) => {
      this.queue.push({ req, transfer, resolve, reject });
      this.pump();
    });
  }

  /** Ends every thread; tasks still waiting or running reject. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('the worker pool is closed'));
    const slots = this.slots.splice(0);
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      for (const t of s.tasks.splice(0)) t.reject(new Error('the worker pool is closed'));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length) {
      // the least busy thread; a new one while every thread has work and the pool may grow
      let slot: Slot<Res> | undefined;
      for (const s of this.slots) if (!slot || s.tasks.length < slot.tasks.length) slot = s;
      if (!slot || (slot.tasks.length > 0 && this.slots.length < this.opts.size)) slot = this.spawn();
      else if (slot.tasks.length >= this.depth) return;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.ref(); // a busy thread keeps the process alive until its answers arrive
      if (slot.ready && slot.tasks.length === 1) this.startClock(slot);
      slot.worker.postMessage(task.req, task.transfer);
    }
  }

  private startClock(slot: Slot<Res>): void {
    const ms = this.opts.timeLimitMs;
    if (ms) slot.timer = setTimeout(() => this.replace(slot, new TimeLimitError(ms)), ms);
  }

  private spawn(): Slot<Res> {
    const { script, nice = 0, resourceLimits, data } = this.opts;
    // A .ts script (tests, scripts) is loaded through tsx's CommonJS hook: --import in a worker's execArgv
    // is not applied to the worker's own entry on Node 20.
    const ts = script.endsWith('.ts');
    const worker = new Worker(ts ? `require('tsx/cjs'); require(${JSON.stringify(script)});` : script, {
      eval: ts,
      workerData: { nice, data },
      resourceLimits,
    });
    const slot: Slot<Res> = { worker, tasks: [], timer: null, ready: false };
    worker.on('message', (msg: { ready: true } | { ok: true; result: Res } | { ok: false; error: string }) => {
      if ('ready' in msg) {
        slot.ready = true;
        if (slot.tasks.length) this.startClock(slot);
        return;
      }
      const task = slot.tasks.shift();
      if (!task) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      if (!slot.tasks.length) slot.worker.unref();
      if (msg.ok) task.resolve(msg.result);
      else task.reject(new TaskError(msg.error));
      this.pump();
    });
    worker.on('error', (err) => this.replace(slot, new TaskError(`worker thread crashed: ${err?.stack || err}`, true)));
    worker.on('exit', (code) => this.replace(slot, new TaskError(`worker thread exited with code ${code}`, true)));
    // Idle threads must not keep the process alive (ref'd while busy).
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /**
   * Ends a slot's thread and fails the task it was running with `err`; the tasks posted behind it never started and
   * go back to the front of the queue. The next task starts a fresh thread.
   */
  private replace(slot: Slot<Res>, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    if (slot.timer) clearTimeout(slot.timer);
    const [task, ...waiting] = slot.tasks.splice(0);
    void slot.worker.terminate();
    this.queue.unshift(...waiting);
    task?.reject(err);
    if (!this.closed) this.pump();
  }
}
