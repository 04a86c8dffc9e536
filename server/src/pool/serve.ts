// The worker-thread side of WorkerPool: answer each posted request with the handler's result, in order.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

/** The `data` given in PoolOptions. */
export function poolData<T>(): T | undefined {
  return (workerData as { data?: T } | undefined)?.data;
}

export function serve<Req, Res>(handler: (req: Req) => Res): void {
  if (!parentPort) throw new Error('serve() must run in a worker thread started by WorkerPool');
  // Background pools (the workspace index) lower their threads' priority; on Linux nice values are per thread.
  const nice = (workerData as { nice?: number } | undefined)?.nice ?? 0;
  if (nice) {
    try {
      os.setPriority(0, nice);
    } catch {
      /* not permitted here: run at normal priority */
    }
  }
  const port = parentPort;
  port.on('message', (req: Req) => {
    let reply: { ok: true; result: Res } | { ok: false; error: string };
    try {
      reply = { ok: true, result: handler(req) };
    } catch (err) {
      reply = { ok: false, error: (err as Error)?.stack || String(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
