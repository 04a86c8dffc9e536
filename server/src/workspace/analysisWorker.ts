// Worker thread entry (bundled to dist/analysisWorker.js): runs analysis jobs so the server's main
// thread keeps answering requests while a long article is analysed.
import { parentPort } from 'node:worker_threads';
import { encodeAnalysis, JobRunner, type JobRequest } from './analysisJobs';

const runner = new JobRunner();
parentPort?.on('message', (msg: { id: number; req: JobRequest }) => {
  try {
    const result = runner.run(msg.req);
    if (result.type === 'analyze' && !('encoded' in result.analysis)) result.analysis = encodeAnalysis(result.analysis);
    parentPort!.postMessage({ id: msg.id, ok: true, result });
  } catch (err) {
    const e = err as Error;
    parentPort!.postMessage({ id: msg.id, ok: false, error: e?.stack || String(err) });
  }
});
