// The messages between the server's main thread and its analysis workers, and the sliced encoding of an
// analysis. No engine code here: the main thread imports this module, and the engine runs only in the
// workers (jobRunner.ts), so the server's main thread does not hold a copy of it.
import type { CorrectionsInput } from '../engine/corrections';
import type { Analysis } from '../engine/types';
import type { IndexJobRequest, IndexJobResult } from './indexJob';
import type { FileSummary } from './summary';

export type JobRequest =
  | { type: 'analyze'; uri: string; text: string; fileName: string; corrections?: CorrectionsInput }
  | { type: 'index'; uri: string; path: string; maxFileSize: number }
  /** The workspace index's job (indexJob.ts), run by the analysis lane when it has nothing else to do. */
  | { type: 'indexJob'; job: IndexJobRequest }
  | { type: 'forget'; uri: string };

export type JobResult =
  /** `summary`: the FileSummary as JSON, computed in the worker (it takes a while for a huge article). */
  | { type: 'analyze'; analysis: Analysis | EncodedAnalysis; summary?: string }
  | { type: 'index'; summary: FileSummary | null; skipped?: string }
  | { type: 'indexJob'; result: IndexJobResult }
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
