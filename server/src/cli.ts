// `news-lens`: annotate article files from the command line (JSON, JSON Lines or CSV).
// main() takes its output streams as arguments so tests can call it without spawning.
import { promises as fs } from 'node:fs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from './engine/analyze';
import { decodeArticle, MAX_FILE_BYTES, tooLargeMessage } from './engine/read';
import { publishedError } from './engine/published';
import type { Analysis } from './engine/types';

export interface Output {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
}

export type Format = 'json' | 'jsonl' | 'csv';

/** Extensions picked up when walking a folder. Files named on the command line are read whatever their extension. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article', '.md', '.markdown'];
const SKIP_DIRS = new Set(['node_modules', '.git']);

const HINT = 'Run `news-lens --help` for usage.\n';

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

export function version(): string {
  // dist/cli.js and server/src/cli.ts both sit below the package root.
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    const p = path.join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'news-lens' && pkg.version) return pkg.version;
      } catch {
        // keep looking
      }
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// The JSON contract (README, "Command line"). Only these fields, in this order; engine-internal fields
// (speaker method, relative, anchor) are left out.

export interface AnnotationJson {
  file: string;
  published: string | null;
  publishedSource: Analysis['publishedSource'];
  entities: Array<{
    id: string;
    type: string;
    name: string;
    aliases: string[];
    roles: string[];
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  quotes: Array<{
    id: string;
    start: number;
    end: number;
    text: string;
    kind: string;
    speaker: null | { entity: string | null; start: number; end: number; text: string; anonymous: boolean };
    cue: null | { start: number; end: number; text: string };
  }>;
  dates: Array<{ start: number; end: number; text: string; type: string; value: string | null }>;
  problems: Array<{ start: number; end: number; severity: string; code: string; message: string }>;
}

const spanJson = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });

export function toJson(file: string, a: Analysis): AnnotationJson {
  return {
    file,
    published: a.published,
    publishedSource: a.publishedSource,
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      roles: [...e.roles],
      mentions: e.mentions.map(spanJson),
    })),
    quotes: a.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker
        ? { entity: q.speaker.entity, start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, anonymous: q.speaker.anonymous }
        : null,
      cue: q.cue ? spanJson(q.cue) : null,
    })),
    dates: a.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value })),
    problems: a.problems.map((p) => ({ start: p.start, end: p.end, severity: p.severity, code: p.code, message: p.message })),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled)

export const CSV_HEADER = ['file', 'speaker', 'quote', 'cue', 'start', 'end'];

export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: Array<string | number | null>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** One row per quote; the speaker column is the linked entity's name, else the speaker words. */
export function csvRows(json: AnnotationJson): string {
  const names = new Map(json.entities.map((e) => [e.id, e.name]));
  return json.quotes
    .map((q) => {
      const speaker = q.speaker ? (q.speaker.entity && names.get(q.speaker.entity)) || q.speaker.text : null;
      return csvRow([json.file, speaker, q.text, q.cue?.text ?? null, q.start, q.end]);
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Files

/**
 * Article files under `dir`, recursively, sorted by path; node_modules and .git skipped.
 * Symbolic links are followed (each real folder visited once, so link loops end); a link to nothing is
 * listed so that reading it reports the broken link. A subfolder that cannot be read is reported through
 * `onError` and the walk goes on; only an unreadable `dir` itself throws.
 */
export async function walkArticles(dir: string, onError?: (path: string, reason: string) => void): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const isArticle = (name: string) => ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
  const visit = async (d: string, top: boolean) => {
    let entries: import('node:fs').Dirent[];
    try {
      const real = await fs.realpath(d);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch (err) {
      if (top || !onError) throw err;
      onError(d, fsReason(err));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(d, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          isFile = true; // broken link: reading it says so
        }
      }
      if (isDir) {
        if (!SKIP_DIRS.has(entry.name)) await visit(p, false);
      } else if (isFile && isArticle(entry.name)) {
        out.push(p);
      }
    }
  };
  await visit(dir, true);
  return out;
}

/** Read and decode one article file; the size is checked before reading anything. */
export async function loadArticle(file: string): Promise<{ text: string } | { error: string }> {
  let size: number;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { error: 'is a folder (expected a file)' };
    // Reading a named pipe or a device could wait forever (no writer) or never end (/dev/zero).
    if (!st.isFile()) return { error: `is ${specialKind(st)}, not a regular file; save the article to a file first` };
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === 'ENOENT' && (await isBrokenLink(file))) {
      return { error: 'broken symbolic link (its target does not exist)' };
    }
    return { error: fsReason(err) };
  }
  if (size > MAX_FILE_BYTES) return { error: tooLargeMessage(size) };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    return { error: fsReason(err) };
  }
  return decodeArticle(bytes, file);
}

function specialKind(st: import('node:fs').Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}

async function isBrokenLink(file: string): Promise<boolean> {
  try {
    return (await fs.lstat(file)).isSymbolicLink();
  } catch {
    return false;
  }
}

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder (expected a file)';
  return (err as Error)?.message ?? String(err);
}

// ---------------------------------------------------------------------------------------------

class UsageError extends Error {}

interface Parsed {
  command: string | null;
  format: Format;
  published: string | null;
  paths: string[];
  help: boolean;
  version: boolean;
}

function parse(argv: string[]): Parsed {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const format = (values.format as string | undefined) ?? 'json';
  if (!['json', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be json, jsonl or csv (got "${format}")`);
  const published = (values.published as string | undefined) ?? null;
  if (published !== null) {
    const problem = publishedError(published);
    if (problem) throw new UsageError(problem);
  }
  const [command = null, ...paths] = positionals;
  return { command, format: format as Format, published, paths, help: !!values.help, version: !!values.version };
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let args: Parsed;
  try {
    args = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`news-lens: ${err.message}\n${HINT}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout.write(`news-lens ${version()}\n`);
    return 0;
  }
  if (args.command !== 'annotate') {
    io.stderr.write(args.command ? `news-lens: unknown command "${args.command}"\n${HINT}` : USAGE);
    return 2;
  }
  if (args.paths.length === 0) {
    io.stderr.write(`news-lens: annotate needs at least one file or folder\n${HINT}`);
    return 2;
  }

  // Expand folders first so that "one file" (pretty JSON) is known before printing.
  let failed = false;
  let folders = 0;
  const files: string[] = [];
  for (const p of args.paths) {
    let isDir = false;
    try {
      isDir = (await fs.stat(p)).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    folders++;
    try {
      const found = await walkArticles(p, (sub, reason) => {
        io.stderr.write(`news-lens: ${sub}: ${reason}\n`);
        failed = true;
      });
      if (found.length === 0) {
        io.stderr.write(`news-lens: ${p}: no article files (${ARTICLE_EXTENSIONS.join(', ')}) in this folder\n`);
        failed = true;
      }
      files.push(...found);
    } catch (err) {
      io.stderr.write(`news-lens: ${p}: ${fsReason(err)}\n`);
      failed = true;
    }
  }

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

/** Entry point used by bin/news-lens.js. */
export function run(): void {
  // `news-lens annotate dir | head` closes stdout early: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`news-lens: internal error: ${(err as Error)?.stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
