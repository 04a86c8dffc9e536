// `--input jsonl`: records read one line at a time from a file or stdin, with memory bounded by the
// largest allowed record, whatever the stream's size. A bad record becomes an error, never the end of the stream.
import { MAX_FILE_BYTES, humanSize } from '../engine/read';
import { publishedError } from '../engine/published';
import type { ArticleJob, LineFormat } from './article';

/** JSON escapes can make a text up to six times longer than its UTF-8 bytes (\u0000). */
export const MAX_RECORD_LINE_BYTES = 6 * MAX_FILE_BYTES + 64 * 1024;

export type RawLine = { line: number; text: string } | { line: number; error: string };

/** Lines of a byte stream ("\n" or "\r\n"); a line longer than maxBytes is skipped (with an error), not held. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxBytes = MAX_RECORD_LINE_BYTES): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let line = 0;
  const finish = (): RawLine | null => {
    line++;
    if (overflow) {
      const error = `record too large (${humanSize(overflow)} on one line; the limit is ${humanSize(maxBytes)})`;
      overflow = 0;
      return { line, error };
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      const text = decoder.decode(bytes);
      return text.trim() === '' ? null : { line, text };
    } catch {
      return { line, error: 'not valid UTF-8' };
    }
  };
  const add = (piece: Buffer) => {
    if (overflow) overflow += piece.length;
    else if (size + piece.length > maxBytes) {
      overflow = size + piece.length;
      parts = [];
      size = 0;
    } else {
      parts.push(piece);
      size += piece.length;
    }
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      // Copy: the stream may reuse its chunk's memory.
      add(Buffer.from(buf.subarray(from, nl)));
      const done = finish();
      if (done) yield done;
      from = nl + 1;
    }
    if (from < buf.length) add(Buffer.from(buf.subarray(from)));
  }
  if (size || overflow) {
    const done = finish();
    if (done) yield done;
  }
}

export type ParsedRecord = { job: ArticleJob } | { id: string | number | null; error: string };

/**
 * One line as a record: {"id", "text", "published"?, "format"?}. A record without an id is named
 * INPUT:LINE so that its result can still be matched to it.
 */
export function parseRecord(raw: RawLine, input: string, defaults: { published: string | null; output: LineFormat }): ParsedRecord {
  const fallbackId = `${input === '-' ? 'stdin' : input}:${raw.line}`;
  if ('error' in raw) return { id: fallbackId, error: raw.error };
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch (err) {
    return { id: fallbackId, error: `not JSON (${(err as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { id: fallbackId, error: 'not a JSON object' };
  const r = value as Record<string, unknown>;
  let id: string | number = fallbackId;
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id !== 'string' && typeof r.id !== 'number') return { id: fallbackId, error: '"id" must be a string or a number' };
    id = r.id;
  }
  if (typeof r.text !== 'string') return { id, error: r.text === undefined ? 'no "text"' : '"text" must be a string' };
  const bytes = Buffer.byteLength(r.text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return { id, error: `text too large (${humanSize(bytes)}; the limit is ${humanSize(MAX_FILE_BYTES)})` };
  let published = defaults.published;
  if (r.published !== undefined && r.published !== null) {
    const problem = typeof r.published === 'string' ? publishedError(r.published) : 'must be a date written YYYY-MM-DD';
    if (problem) return { id, error: problem.replace(/^--published/, '"published"') };
    published = r.published as string;
  }
  if (r.format !== undefined && r.format !== 'text' && r.format !== 'markdown') return { id, error: '"format" must be "text" or "markdown"' };
  return { job: { file: input, id, text: r.text, published, format: r.format as 'text' | 'markdown' | undefined, output: defaults.output } };
}
