// What `annotate` reads: article files, or JSONL records from files or stdin. Each input item becomes an
// Emitted outcome (text for the output, a line for stderr) through the Runner, in input order.
import { createReadStream } from 'node:fs';
import type { ArticleJob, LineFormat } from './article';
import { errorLine } from './article';
import { readArticleBytes } from './files';
import { parseRecord, readLines, type ParsedRecord } from './records';
import { fsReason } from './io';
import { loadCorrections } from './corrections';
import type { Runner } from './runner';

/** What one item gives: text for the output and/or a line for stderr (an error: exit status 1). */
export interface Emitted {
  out?: string;
  err?: string;
  /** A line for stderr that is not an error (a correction that could not be placed). */
  note?: string;
}

export type Item = { kind: 'file'; file: string } | { kind: 'record'; input: string; line: number; parsed: ParsedRecord };

export interface Settings {
  published: string | null;
  output: LineFormat;
  /** Article files: honour the corrections file beside each (default true; records have none). */
  corrections?: boolean;
}

/** The items of one JSONL input ("-" = stdin). A file that cannot be opened becomes one error item. */
export async function* recordItems(input: string, settings: Settings, stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<Item> {
  const stream = input === '-' ? stdin : createReadStream(input);
  try {
    for await (const raw of readLines(stream)) yield { kind: 'record', input, line: raw.line, parsed: parseRecord(raw, input, settings) };
  } catch (err) {
    yield { kind: 'record', input, line: 0, parsed: { id: null, error: `cannot read ${input}: ${fsReason(err)}` } };
  }
}

export function startItem(item: Item, settings: Settings, runner: Runner): Promise<Emitted> {
  if (item.kind === 'file') {
    const { file } = item;
    return readArticleBytes(file).then(async (read) => {
      if ('error' in read) return { err: `news-lens: ${file}: ${read.error}\n` };
      // A corrections file that cannot be used is reported (exit status 1) and the article gets machine output.
      const corr = settings.corrections === false ? { errors: [] as string[], input: undefined } : await loadCorrections(file);
      const warn = corr.errors.map((e) => `news-lens: ${e}\n`).join('');
      const job: ArticleJob = { file, bytes: read.bytes, published: settings.published, output: settings.output, corrections: corr.input };
      const outcome = await runner.run(job);
      if ('error' in outcome) return { err: `${warn}news-lens: ${file}: ${outcome.error}\n` };
      // Unplaced corrections are reported, not errors: the article is annotated and the records stay in the file.
      const note = (outcome.warnings ?? []).map((w) => `news-lens: ${file}: ${w}\n`).join('');
      return { out: outcome.out, ...(warn ? { err: warn } : {}), ...(note ? { note } : {}) };
    });
  }
  const { input, line, parsed } = item;
  const failed = (id: string | number | null, error: string): Emitted => ({
    // A record's error goes to stdout too, so that every record has exactly one result line.
    out: settings.output === 'csv' ? undefined : errorLine(id, error),
    err: `news-lens: ${input === '-' ? 'stdin' : input}${line ? ` line ${line}` : ''}${id !== null ? ` (id ${JSON.stringify(id)})` : ''}: ${error}\n`,
  });
  if (!('job' in parsed)) return Promise.resolve(failed(parsed.id, parsed.error));
  return runner.run(parsed.job).then((outcome) => ('error' in outcome ? failed(parsed.job.id!, outcome.error) : { out: outcome.out }));
}
