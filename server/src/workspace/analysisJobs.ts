// The work done off the main thread: analyse an open document's text (with its block cache) or
// read and summarise a workspace file. Used by the worker and by the in-process fallback.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import { GenerationalCache } from './blockCache';
import { formatBytes, unreadableReason } from './files';
import { summarize, type FileSummary } from './summary';

export type JobRequest =
  | { type: 'analyze'; uri: string; text: string; fileName: string }
  | { type: 'index'; uri: string; path: string; maxFileSize: number }
  | { type: 'forget'; uri: string };

export type JobResult =
  | { type: 'analyze'; analysis: Analysis }
  | { type: 'index'; summary: FileSummary | null; skipped?: string }
  | { type: 'forget' };

export class JobRunner {
  private readonly caches = new Map<string, GenerationalCache>();

  run(req: JobRequest): JobResult {
    switch (req.type) {
      case 'analyze': {
        let cache = this.caches.get(req.uri);
        if (!cache) this.caches.set(req.uri, (cache = new GenerationalCache()));
        cache.nextGeneration();
        return { type: 'analyze', analysis: analyze(req.text, { fileName: req.fileName, cache }) };
      }
      case 'index': {
        const size = statSync(req.path).size;
        if (size > req.maxFileSize) {
          return { type: 'index', summary: null, skipped: `it is ${formatBytes(size)}, over the newsLens.maxFileSize limit of ${formatBytes(req.maxFileSize)}` };
        }
        const text = readFileSync(req.path, 'utf8').replace(/^\uFEFF/, '');
        const reason = unreadableReason(text, req.maxFileSize);
        if (reason) return { type: 'index', summary: null, skipped: reason };
        const analysis = analyze(text, { fileName: req.path });
        return { type: 'index', summary: summarize(req.uri, text, analysis) };
      }
      case 'forget':
        this.caches.delete(req.uri);
        return { type: 'forget' };
    }
  }
}
