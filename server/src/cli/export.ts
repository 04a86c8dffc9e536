// `news-lens export`: articles with their annotations (corrections applied) for research tools:
// brat standoff (NAME.txt + NAME.ann + annotation.conf), JSON Lines, or CSV.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyze } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import { atomicWrite } from '../corrections/store';
import { ANNOTATION_CONF, toBrat } from './brat';
import type { Command } from './command';
import { csvRow, toJson } from './contract';
import { loadCorrections } from './corrections';
import { ARTICLE_EXTENSIONS, expandPaths, loadArticle } from './files';
import { fsReason, parseOptions, problemReporter, publishedOption, UsageError, type CliIO } from './io';

const USAGE = `Usage: news-lens export --format brat|jsonl|csv --out DIR [options] PATH...

Write articles and their annotations, with each article's corrections applied, to DIR:
  brat   NAME.txt and NAME.ann per article, plus annotation.conf (brat opens the folder,
         INCEpTION imports it). Offsets in Unicode code points.
  jsonl  annotations.jsonl: one object per article with its text; every annotation has its origin.
  csv    quotes.csv: one row per quote.
PATH is a file or a folder (walked for ${ARTICLE_EXTENSIONS.join(', ')}).

Options:
  --format brat|jsonl|csv  what to write (required)
  --out DIR                folder to write to (created if missing)
  --published YYYY-MM-DD   publication date, as for annotate
  --no-corrections         ignore corrections files (machine output only)
  -h, --help               show this help

Exit status: 0 all written, 1 some article or corrections file could not be read, 2 usage error.
`;

export type ExportFormat = 'brat' | 'jsonl' | 'csv';

/** Articles exported to brat as NAME.txt: Markdown keeps its extension inside the name so it is read as Markdown again. */
export function bratName(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return base;
  return ext ? base.slice(0, -ext.length) : base;
}

/** The file name analyze() should see for an exported NAME.txt (so `x.md.txt` is Markdown again). */
export function analysisName(file: string): string {
  return /\.(md|markdown)\.txt$/i.test(file) ? file.slice(0, -4) : file;
}

export const QUOTES_CSV_HEADER = ['file', 'quote_id', 'start', 'end', 'kind', 'quote', 'speaker', 'speaker_words', 'cue', 'origin', 'speaker_origin'];

export function quoteRows(file: string, a: Analysis): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.quotes
    .map((q) =>
      csvRow([
        file,
        q.id,
        q.start,
        q.end,
        q.kind,
        q.text,
        q.speaker ? ((q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.text) : null,
        q.speaker?.text ?? null,
        q.cue?.text ?? null,
        q.origin ?? 'machine',
        q.speaker ? (q.speaker.origin ?? 'machine') : null,
      ]),
    )
    .join('');
}

interface Args {
  format: ExportFormat;
  out: string;
  published: string | null;
  corrections: boolean;
  paths: string[];
}

function parse(argv: string[]): Args {
  const { values, positionals } = parseOptions(argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    published: { type: 'string' },
    'no-corrections': { type: 'boolean' },
  }, USAGE);
  const format = values.format;
  if (!format) throw new UsageError('export needs --format brat, jsonl or csv');
  if (!['brat', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be brat, jsonl or csv (got "${format}")`);
  if (!values.out) throw new UsageError('export needs --out DIR');
  const published = publishedOption(values.published);
  if (positionals.length === 0) throw new UsageError('export needs at least one file or folder');
  return { format: format as ExportFormat, out: values.out, published, corrections: !values['no-corrections'], paths: positionals };
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parse(argv);
  const problems = problemReporter(io);
  const report = problems.report;
  const { files } = await expandPaths(args.paths, report);
  try {
    await fs.mkdir(args.out, { recursive: true });
  } catch (err) {
    io.stderr.write(`news-lens: cannot create ${args.out}: ${fsReason(err)}\n`);
    return 1;
  }
  const used = new Set<string>();
  const jsonl: string[] = [];
  let csv = csvRow(QUOTES_CSV_HEADER);
  let written = 0;
  for (const file of files) {
    const loaded = await loadArticle(file);
    if ('error' in loaded) {
      report(file, loaded.error);
      continue;
    }
    const corr = args.corrections ? await loadCorrections(file) : { errors: [] as string[], input: undefined };
    for (const e of corr.errors) report(file, e);
    let a: Analysis;
    try {
      a = analyze(loaded.text, { fileName: analysisName(file), published: args.published, corrections: corr.input });
    } catch (err) {
      report(file, `analysis failed: ${(err as Error)?.stack ?? err}`);
      continue;
    }
    for (const u of a.corrections?.unplaced ?? []) io.stderr.write(`news-lens: ${file}: ${u.reason}\n`);
    if (args.format === 'brat') {
      let name = bratName(file);
      for (let n = 2; used.has(name); n++) name = `${bratName(file)}-${n}`;
      used.add(name);
      try {
        await atomicWrite(path.join(args.out, `${name}.txt`), loaded.text);
        await atomicWrite(path.join(args.out, `${name}.ann`), toBrat(loaded.text, a));
      } catch (err) {
        report(file, (err as Error).message);
        continue;
      }
    } else if (args.format === 'jsonl') {
      const { file: f, ...rest } = toJson(file, a);
      jsonl.push(JSON.stringify({ file: f, text: loaded.text, ...rest }) + '\n');
    } else csv += quoteRows(file, a);
    written++;
  }
  try {
    if (args.format === 'brat') await atomicWrite(path.join(args.out, 'annotation.conf'), ANNOTATION_CONF);
    else if (args.format === 'jsonl') await atomicWrite(path.join(args.out, 'annotations.jsonl'), jsonl.join(''));
    else await atomicWrite(path.join(args.out, 'quotes.csv'), csv);
  } catch (err) {
    io.stderr.write(`news-lens: ${(err as Error).message}\n`);
    return 1;
  }
  io.stderr.write(`news-lens: exported ${written} article${written === 1 ? '' : 's'} to ${args.out} (${args.format})\n`);
  return problems.failed ? 1 : 0;
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export --format brat|jsonl|csv --out DIR PATH...',
  summary: 'articles with their annotations and corrections for brat, INCEpTION, JSON Lines or CSV',
  usage: USAGE,
  run,
};
