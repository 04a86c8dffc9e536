// `news-lens annotate`: annotate article files or JSONL records (JSON, JSON Lines or CSV), on every core,
// to stdout or, resumably, into a folder of per-shard results.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import type { LineFormat } from './article';
import type { Command } from './command';
import { csvRow, CSV_HEADER, type Format } from './contract';
import { ARTICLE_EXTENSIONS, expandPaths } from './files';
import { fsReason, parseOptions, problemReporter, publishedOption, UsageError, version, wholeOption, writeOut, type CliIO, type Output } from './io';
import { inOrder, makeRunner, type Runner } from './runner';
import { planShards, shardTodo, ShardWriter } from './shards';
import { recordItems, startItem, type Emitted, type Item, type Settings } from './sources';

const USAGE = `Usage: news-lens annotate [options] PATH...
       news-lens annotate --input jsonl [options] [FILE...|-]

Annotate news articles: quotes and their speakers, people/organizations/places, dates.
PATH is a file or a folder (folders are walked for ${ARTICLE_EXTENSIONS.join(', ')},
skipping node_modules and .git).

Options:
  --published YYYY-MM-DD   publication date used to resolve "Thursday", "next week"...
                           (default: front matter \`date\`, else a date line near the top)
  --format json|jsonl|csv  json (default): one pretty object for one file, else one object
                           per line; jsonl: one object per line; csv: one row per quote
  --jobs N                 analyse on N threads, this one among them (default: the number of CPUs, ${os.availableParallelism()}
                           here); the output is the same, in the same order, whatever N
  --input jsonl            read records {"id", "text", "published"?, "format"?} one per line from
                           the FILEs, or stdin when there is none or FILE is -; each result is
                           the object above plus "id", in input order; a bad record gives
                           {"id", "error"} and a line on stderr, and the stream goes on
  --out DIR                write each input's results to DIR/<input name>.jsonl (temp file +
                           rename) with a .done marker; a rerun skips inputs that are done
  --no-corrections         ignore the corrections beside each article (ARTICLE.lens.json) and the
                           workspace names list (.news-lens/names.json): machine output only
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 all annotated, 1 some file or record could not be annotated, 2 usage error.
`;

interface AnnotateArgs {
  format: Format;
  published: string | null;
  paths: string[];
  jobs: number;
  records: boolean;
  out: string | null;
  version: boolean;
  corrections: boolean;
}

function parse(argv: string[]): AnnotateArgs {
  const { values, positionals } = parseOptions(argv, {
    published: { type: 'string' },
    format: { type: 'string', short: 'f' },
    jobs: { type: 'string', short: 'j' },
    input: { type: 'string' },
    out: { type: 'string' },
    version: { type: 'boolean', short: 'v' },
    'no-corrections': { type: 'boolean' },
  }, USAGE);
  const format = values.format ?? 'json';
  if (!['json', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be json, jsonl or csv (got "${format}")`);
  const published = publishedOption(values.published);
  const jobs = wholeOption(values.jobs, 'jobs', os.availableParallelism(), 1, 1024);
  if (values.input !== undefined && values.input !== 'jsonl') throw new UsageError(`--input must be jsonl (got "${values.input}")`);
  const records = values.input === 'jsonl';
  if (values.out !== undefined && values.out === '') throw new UsageError('--out needs a folder');
  return { format: format as Format, published, paths: positionals, jobs, records, out: values.out ?? null, version: !!values.version, corrections: !values['no-corrections'] };
}

/** Jobs in flight per thread: enough to keep every thread busy while files are read ahead. */
const WINDOW_PER_JOB = 4;

async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parse(argv);
  if (args.version) {
    io.stdout.write(`news-lens ${version()}\n`);
    return 0;
  }
  if (args.records && args.paths.length === 0) args.paths = ['-'];
  if (args.paths.length === 0) throw new UsageError('annotate needs at least one file or folder');
  if (args.out !== null) return annotateToFolder(args, args.out, io);

  const problems = problemReporter(io);
  let failed = false;
  let items: AsyncIterable<Item> | Iterable<Item>;
  let output: LineFormat = args.format === 'csv' ? 'csv' : 'jsonl';
  if (args.records) {
    if (args.paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
    items = chain(args.paths.map((p) => () => recordItems(p, { published: args.published, output }, io.stdin ?? process.stdin)));
  } else {
    // Expand folders first so that "one file" (pretty JSON) is known before printing.
    const { files, folders } = await expandPaths(args.paths, problems.report);
    // One file named on the command line: one pretty object. Folders always give one object per
    // line, however many files they hold, so scripts can rely on the shape.
    if (args.format === 'json' && args.paths.length === 1 && folders === 0) output = 'pretty';
    items = files.map((file): Item => ({ kind: 'file', file }));
    if (files.length <= 1) args.jobs = 1; // a thread's start-up would cost more than it saves
  }
  if (args.format === 'csv') io.stdout.write(csvRow(CSV_HEADER));
  const settings: Settings = { published: args.published, output, corrections: args.corrections };
  const runner = makeRunner(args.jobs);
  try {
    await annotateItems(items, settings, runner, async (e) => {
      if (e.note) io.stderr.write(e.note);
      if (e.err) {
        io.stderr.write(e.err);
        failed = true;
      }
      if (e.out) await writeOut(io.stdout, e.out);
    });
  } finally {
    await runner.close();
  }
  return failed || problems.failed ? 1 : 0;
}

function annotateItems(items: AsyncIterable<Item> | Iterable<Item>, settings: Settings, runner: Runner, emit: (e: Emitted) => Promise<void>): Promise<void> {
  return inOrder(items, runner.jobs * WINDOW_PER_JOB, (item) => startItem(item, settings, runner), emit);
}

async function* chain<T>(parts: Array<() => AsyncIterable<T>>): AsyncGenerator<T> {
  for (const part of parts) yield* part();
}

async function annotateToFolder(args: AnnotateArgs, dir: string, io: CliIO): Promise<number> {
  const output: LineFormat = args.format === 'csv' ? 'csv' : 'jsonl';
  const shards = planShards(args.paths, dir, output === 'csv' ? 'csv' : 'jsonl');
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    io.stderr.write(`news-lens: ${dir}: ${fsReason(err)}\n`);
    return 1;
  }
  const settings: Settings = { published: args.published, output, corrections: args.corrections };
  const runner = makeRunner(args.jobs);
  const note = (s: string) => io.stderr.write(`news-lens: ${s}\n`);
  let failed = false;
  try {
    for (const shard of shards) {
      const todo = await shardTodo(shard);
      if (todo === null) {
        note(`${shard.input}: done earlier (${shard.marker}); skipped`);
        continue;
      }
      let items: AsyncIterable<Item> | Iterable<Item>;
      let errors = 0;
      let results = 0;
      const stderr: Output = io.stderr;
      if (args.records) {
        items = recordItems(shard.input, settings, io.stdin ?? process.stdin);
      } else {
        const { files } = await expandPaths([shard.input], (p, reason) => {
          stderr.write(`news-lens: ${p}: ${reason}\n`);
          errors++;
        });
        items = files.map((file): Item => ({ kind: 'file', file }));
      }
      const writer = new ShardWriter(shard);
      await writer.open();
      try {
        if (output === 'csv') await writer.write(csvRow(CSV_HEADER));
        await annotateItems(items, settings, runner, async (e) => {
          if (e.note) stderr.write(e.note);
          if (e.err) {
            stderr.write(e.err);
            errors++;
          } else results++;
          if (e.out) await writer.write(e.out);
        });
        await writer.commit({ results, errors });
      } catch (err) {
        await writer.abandon();
        throw err;
      }
      if (errors) failed = true;
      note(`${shard.input}: ${results} annotated${errors ? `, ${errors} errors` : ''} → ${shard.result}`);
    }
  } finally {
    await runner.close();
  }
  return failed ? 1 : 0;
}

export const annotate: Command = {
  name: 'annotate',
  synopsis: 'annotate [options] PATH...  |  annotate --input jsonl [FILE|-]',
  summary: 'quotes and speakers, entities and dates of articles, as JSON, JSON Lines or CSV',
  usage: USAGE,
  run,
};
