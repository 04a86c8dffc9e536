// Worker thread entry (bundled to dist/analysisWorker.js): runs analysis jobs so the server's main
// thread keeps answering requests while a long article is analysed.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { encodeAnalysis, type JobRequest } from './analysisJobs';
import { summarize } from './summary';
import { poolData, serve } from '../pool/serve';
import { IndexRole } from './indexJob';
import { JobRunner, runIndexJob } from './jobRunner';

// The workspace index runs this same bundle in a WorkerPool (server/src/pool) with its own role.
const indexThread = poolData<{ role?: string }>()?.role === IndexRole;
if (indexThread) serve(runIndexJob);

// Background lanes (long articles, the workspace index) lower their thread's scheduling priority (on Linux,
// nice values are per thread): when the cores are busy, the main thread, which answers requests, runs first.
const nice = (workerData as { nice?: number } | undefined)?.nice ?? 0;
if (nice && !indexThread) {
  try {
    os.setPriority(0, nice);
  } catch {
    /* not permitted here: run at normal priority */
  }
}

const runner = new JobRunner();
if (!indexThread) parentPort?.on('message', (msg: { id: number; req: JobRequest }) => {
  try {
    const result = runner.run(msg.req);
    if (result.type === 'analyze' && msg.req.type === 'analyze' && !('encoded' in result.analysis)) {
      // The cross-document summary is computed here too: for a huge article it would hold the main thread.
      result.summary = JSON.stringify(summarize(msg.req.uri, msg.req.text, result.analysis));
      result.analysis = encodeAnalysis(result.analysis);
    }
    parentPort!.postMessage({ id: msg.id, ok: true, result });
  } catch (err) {
    const e = err as Error;
    parentPort!.postMessage({ id: msg.id, ok: false, error: e?.stack || String(err) });
  }
});
