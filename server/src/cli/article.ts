// One unit of `annotate` work, the same in the main thread (--jobs 1), in a pool thread (--jobs N) and in
// the queue's sandboxed processor: decode, analyse, and render the output line. Engine + contract only.
import { analyze } from '../engine/analyze';
import { decodeArticle } from '../engine/read';
import type { CorrectionsInput } from '../engine/corrections/types';
import { csvRows, toJson } from './contract';

export type LineFormat = 'jsonl' | 'pretty' | 'csv';

export interface ArticleJob {
  /** The article's file, or for a JSONL record the input it came from ("-" for stdin). */
  file: string;
  /** JSONL records only: the record's id, written first in its result. */
  id?: string | number;
  /** The text, or the file's bytes to decode (decoding then happens where the job runs). */
  text?: string;
  bytes?: Uint8Array;
  published: string | null;
  /** Records: "text" or "markdown"; files: chosen from the extension. */
  format?: 'text' | 'markdown';
  output: LineFormat;
  /** A person's corrections for this article (plain data, so it crosses to worker threads). */
  corrections?: CorrectionsInput;
}

/** `out`: the text to print; `error`: why the article gave no result (decoding or an engine failure). */
export type ArticleOutcome = { out: string; /** Corrections that could not be placed, one line each. */ warnings?: string[] } | { error: string };

export function annotateArticle(job: ArticleJob): ArticleOutcome {
  let text = job.text;
  if (text === undefined) {
    const decoded = decodeArticle(job.bytes ?? new Uint8Array(), job.file);
    if ('error' in decoded) return decoded;
    text = decoded.text;
  }
  const record = job.id !== undefined;
  let json;
  let unplaced: string[] | undefined;
  try {
    const analysis = analyze(text, record ? { format: job.format ?? 'text', published: job.published } : { fileName: job.file, published: job.published, corrections: job.corrections });
    json = toJson(job.file, analysis);
    unplaced = analysis.corrections?.unplaced.map((u) => u.reason);
  } catch (err) {
    // An engine bug must not stop the other articles.
    return { error: `analysis failed: ${(err as Error)?.stack ?? err}` };
  }
  // A record's CSV rows are named by its id.
  const warnings = unplaced?.length ? { warnings: unplaced } : {};
  if (job.output === 'csv') return { out: csvRows(record ? { ...json, file: String(job.id) } : json), ...warnings };
  if (job.output === 'pretty') return { out: JSON.stringify(json, null, 2) + '\n', ...warnings };
  return { out: JSON.stringify(record ? { id: job.id, ...json } : json) + '\n', ...warnings };
}

/** The JSONL line for a record that could not be annotated. */
export function errorLine(id: string | number | null, error: string): string {
  return JSON.stringify({ id, error }) + '\n';
}
