// The index's work in a pool thread: hash a workspace file, and when its content is not the one already
// indexed, analyse and summarise it (the same reading and analysis as JobRunner's 'index' job, so the
// corrections beside an article count here too). The detail goes back as a JSON string: the main thread
// appends it to the log as is and never parses it until a query needs it.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { JobRunner, type JobResult } from './analysisJobs';
import { splitSummary, type EntityHead } from './summary';

export const IndexRole = 'news-lens-index';

export interface IndexJobRequest {
  uri: string;
  path: string;
  maxFileSize: number;
  /** The hash of the indexed content: when the file still has it, nothing is analysed. */
  knownHash?: string;
}

export type IndexJobResult =
  | { status: 'same'; hash: string }
  | { status: 'skipped'; hash: string; reason: string }
  | { status: 'ok'; hash: string; heads: EntityHead[]; detail: string };

export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

const runner = new JobRunner();

export function runIndexJob(req: IndexJobRequest): IndexJobResult {
  let hash = '';
  try {
    // Never open a named pipe or a device (it could block this thread for good): JobRunner names them.
    if (statSync(req.path).isFile()) hash = contentHash(readFileSync(req.path));
  } catch {
    /* a pipe, a device or a vanished file: JobRunner says which */
  }
  if (hash && hash === req.knownHash) return { status: 'same', hash };
  const r = runner.run({ type: 'index', uri: req.uri, path: req.path, maxFileSize: req.maxFileSize }) as Extract<JobResult, { type: 'index' }>;
  if (!r.summary) return { status: 'skipped', hash, reason: r.skipped ?? 'it could not be read' };
  const { heads, detail } = splitSummary(r.summary);
  return { status: 'ok', hash, heads, detail: JSON.stringify(detail) };
}
