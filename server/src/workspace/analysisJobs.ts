// The work done off the main thread: analyse an open document's text (with its block cache) or
// read and summarise a workspace file. Used by the worker and by the in-process fallback.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import type { CorrectionsInput } from '../engine/corrections';
import { readCorrectionsSync } from './correctionsFile';
import { decodeArticle } from '../engine/read';
import type { Analysis } from '../engine/types';
import { GenerationalCache } from './blockCache';
import { tooLargeReason, unreadableReason } from './files';
import { summarize, type FileSummary } from './summary';

export type JobRequest =
  | { type: 'analyze'; uri: string; text: string; fileName: string; corrections?: CorrectionsInput }
  | { type: 'index'; uri: string; path: string; maxFileSize: number }
  | { type: 'forget'; uri: string };

export type JobResult =
  /** `summary`: the FileSummary as JSON, computed in the worker (it takes a while for a huge article). */
  | { type: 'analyze'; analysis: Analysis | EncodedAnalysis; summary?: string }
  | { type: 'index'; summary: FileSummary | null; skipped?: string }
  | { type: 'forget' };

/**
 * An analysis as JSON strings, its long arrays cut into slices. Posting a large object graph from a worker
 * costs the receiving thread one long deserialisation; strings are copied cheaply and the main thread
 * parses the slices one at a time, yielding in between, so no request waits long behind a huge article.
 */
export interface EncodedAnalysis {
  encoded: true;
  head: string;
  entities: string[];
  quotes: string[];
  dates: string[];
}

const Slice = 400;

function slices<T>(items: T[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += Slice) out.push(JSON.stringify(items.slice(i, i + Slice)));
  return out;
}

export function encodeAnalysis(a: Analysis): EncodedAnalysis {
  const { entities, quotes, dates, ...rest } = a;
  return { encoded: true, head: JSON.stringify(rest), entities: slices(entities), quotes: slices(quotes), dates: slices(dates) };
}

export async function decodeAnalysis(e: Analysis | EncodedAnalysis): Promise<Analysis> {
  if (!('encoded' in e)) return e;
  const pause = () => new Promise<void>((r) => setImmediate(r));
  const parse = async <T>(parts: string[]): Promise<T[]> => {
    const out: T[] = [];
    for (const p of parts) {
      for (const x of JSON.parse(p) as T[]) out.push(x);
      await pause();
    }
    return out;
  };
  const head = JSON.parse(e.head) as Omit<Analysis, 'entities' | 'quotes' | 'dates'>;
  return { ...head, entities: await parse(e.entities), quotes: await parse(e.quotes), dates: await parse(e.dates) };
}


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
      case 'forget':
        this.caches.delete(req.uri);
        return { type: 'forget' };
    }
  }
}
