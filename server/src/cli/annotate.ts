// `news-lens annotate`: annotate article files (JSON, JSON Lines or CSV).
import { analyze } from '../engine/analyze';
import { publishedError } from '../engine/published';
import type { Command } from './command';
import { csvRow, csvRows, CSV_HEADER, toJson, type AnnotationJson, type Format } from './contract';
import { ARTICLE_EXTENSIONS, expandPaths, loadArticle } from './files';
import { parseOptions, UsageError, version, type CliIO } from './io';

const USAGE = `Usage: news-lens annotate [options] PATH...

Annotate news articles: quotes and their speakers, people/organizations/places, dates.
PATH is a file or a folder (folders are walked for ${ARTICLE_EXTENSIONS.join(', ')},
skipping node_modules and .git).

Options:
  --published YYYY-MM-DD   publication date used to resolve "Thursday", "next week"...
                           (default: front matter \`date\`, else a date line near the top)
  --format json|jsonl|csv  json (default): one pretty object for one file, else one object
                           per line; jsonl: one object per line; csv: one row per quote
  -h, --help               show this help
  -v, --version            show the version

Exit status: 0 all files annotated, 1 some file could not be read, 2 usage error.
`;

interface AnnotateArgs {
  format: Format;
  published: string | null;
  paths: string[];
  help: boolean;
  version: boolean;
}

function parse(argv: string[]): AnnotateArgs {
  const { values, positionals } = parseOptions(argv, {
    published: { type: 'string' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  const format = values.format ?? 'json';
  if (!['json', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be json, jsonl or csv (got "${format}")`);
  const published = values.published ?? null;
  if (published !== null) {
    const problem = publishedError(published);
    if (problem) throw new UsageError(problem);
  }
  return { format: format as Format, published, paths: positionals, help: !!values.help, version: !!values.version };
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout.write(`news-lens ${version()}\n`);
    return 0;
  }
  if (args.paths.length === 0) throw new UsageError('annotate needs at least one file or folder');

  // Expand folders first so that "one file" (pretty JSON) is known before printing.
  let failed = false;
  const { files, folders } = await expandPaths(args.paths, (p, reason) => {
    io.stderr.write(`news-lens: ${p}: ${reason}\n`);
    failed = true;
  });

  // One file named on the command line: one pretty object. Folders always give one object per
  // line, however many files they hold, so scripts can rely on the shape.
  const pretty = args.format === 'json' && args.paths.length === 1 && folders === 0;
  if (args.format === 'csv') io.stdout.write(csvRow(CSV_HEADER));
  for (const file of files) {
    const loaded = await loadArticle(file);
    if ('error' in loaded) {
      io.stderr.write(`news-lens: ${file}: ${loaded.error}\n`);
      failed = true;
      continue;
    }
    let json: AnnotationJson;
    try {
      json = toJson(file, analyze(loaded.text, { fileName: file, published: args.published }));
    } catch (err) {
      // An engine bug must not stop the other files.
      io.stderr.write(`news-lens: ${file}: analysis failed: ${(err as Error)?.stack ?? err}\n`);
      failed = true;
      continue;
    }
    if (args.format === 'csv') io.stdout.write(csvRows(json));
    else io.stdout.write(pretty ? JSON.stringify(json, null, 2) + '\n' : JSON.stringify(json) + '\n');
  }
  return failed ? 1 : 0;
}

export const annotate: Command = {
  name: 'annotate',
  synopsis: 'annotate [options] PATH...',
  summary: 'quotes and speakers, entities and dates of articles, as JSON, JSON Lines or CSV',
  usage: USAGE,
  run,
};

