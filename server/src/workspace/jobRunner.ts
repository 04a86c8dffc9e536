// The work done in the analysis worker threads (never in the server's main thread, which does not load the
// engine): analyse an open document's text (with its block cache), read and summarise a workspace file, and
// the index pool's job (hash a file; analyse it only when its content is not the one already indexed).
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import { decodeArticle } from '../engine/read';
import type { JobRequest, JobResult } from './analysisJobs';
import { GenerationalCache } from './blockCache';
import { readCorrectionsSync } from './correctionsFile';
import { tooLargeReason, unreadableReason } from './files';
import { contentHash, type IndexJobRequest, type IndexJobResult } from './indexJob';
import { splitSummary, summarize } from './summary';

/**
 * Fault injection for the LSP tests (the engine itself is never stubbed): with NEWS_LENS_FAULT=MARKER set,
 * analysing a text containing MARKER throws, and one containing MARKER!exit ends the worker thread.
 */
function injectFault(text: string): void {
  const marker = process.env.NEWS_LENS_FAULT;
  if (!marker || !text.includes(marker)) return;
  if (text.includes(marker + '!exit')) process.exit(3);
  throw new Error('injected fault for testing');
}

export class JobRunner {
  private readonly caches = new Map<string, GenerationalCache>();

  run(req: JobRequest): JobResult {
    switch (req.type) {
      case 'analyze': {
        injectFault(req.text);
        let cache = this.caches.get(req.uri);
        if (!cache) this.caches.set(req.uri, (cache = new GenerationalCache()));
        cache.nextGeneration();
        return { type: 'analyze', analysis: analyze(req.text, { fileName: req.fileName, cache, corrections: req.corrections }) };
      }
      case 'index': {
        const st = statSync(req.path);
        // Opening a named pipe with no writer would block this thread for good; a device may never end.
        if (!st.isFile()) return { type: 'index', summary: null, skipped: 'it is not a regular file (a named pipe or a device)' };
        const size = st.size;
        if (size > req.maxFileSize) {
          return { type: 'index', summary: null, skipped: tooLargeReason(size, req.maxFileSize) };
        }
        // The same decoding as the command line: UTF-16 with a BOM is read, invalid UTF-8 is named, not guessed at.
        const decoded = decodeArticle(readFileSync(req.path), req.path);
        if ('error' in decoded) return { type: 'index', summary: null, skipped: decoded.error };
        const text = decoded.text;
        const reason = unreadableReason(text, req.maxFileSize);
        if (reason) return { type: 'index', summary: null, skipped: reason };
        // The index honours the corrections file beside the article (one that cannot be read is ignored here:
        // the open article shows why).
        const analysis = analyze(text, { fileName: req.path, corrections: readCorrectionsSync(req.path) });
        return { type: 'index', summary: summarize(req.uri, text, analysis) };
      }
      case 'indexJob':
        return { type: 'indexJob', result: runIndexJob(req.job) };
      case 'forget':
        this.caches.delete(req.uri);
        return { type: 'forget' };
    }
  }
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
