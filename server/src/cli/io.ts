// What every subcommand shares: its output streams, usage errors and plain-language file-system reasons.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { publishedError } from '../engine/published';

export interface Output {
  write(chunk: string): unknown;
}

/** The streams a command writes to; main() takes them as arguments so tests can call it without spawning. */
export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Read by `--input jsonl -` (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const HINT = 'Run `news-lens --help` for usage.\n';

// `news-lens queue` is a separate bundle with its own copy of this module, so `instanceof` cannot tell
// its errors apart: main() recognises them by these registered symbols instead.
const USAGE = Symbol.for('news-lens.cli.usage-error');
const HELP_REQUESTED = Symbol.for('news-lens.cli.help-requested');

/** A mistake on the command line: printed with HINT, exit status 2. */
export class UsageError extends Error {
  readonly [USAGE] = true;
}
export const isUsageError = (err: unknown): err is UsageError => (err as { [USAGE]?: boolean } | null)?.[USAGE] === true;

/** `-h`/`--help` among a command's arguments: main() prints the usage carried here and exits 0. */
export class HelpRequested extends Error {
  readonly [HELP_REQUESTED] = true;
  constructor(readonly usage: string) {
    super('help requested');
  }
}
export const isHelpRequested = (err: unknown): err is HelpRequested => (err as { [HELP_REQUESTED]?: boolean } | null)?.[HELP_REQUESTED] === true;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * node:util parseArgs (strict, positionals allowed) with its errors turned into UsageError. Every command
 * takes `-h`/`--help`: it throws HelpRequested with the command's usage, so no command handles it itself.
 */
type Options = NonNullable<ParseArgsConfig['options']>;
export function parseOptions<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (err) {
    if (argv.some((a) => a === '-h' || a === '--help')) throw new HelpRequested(usage);
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(usage);
  return parsed as ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>;
}

/** The value of a whole-number option (`--jobs 4`): `fallback` when absent, UsageError outside [min, max]. */
export function wholeOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}

/** Reports one file's problem on stderr and remembers that the run failed (exit status 1). */
export function problemReporter(io: CliIO): { report(file: string, reason: string): void; readonly failed: boolean } {
  let failed = false;
  return {
    report(file, reason) {
      io.stderr.write(`news-lens: ${file}: ${reason}\n`);
      failed = true;
    },
    get failed() {
      return failed;
    },
  };
}

export function version(): string {
  // dist/cli.js and server/src/cli/io.ts both sit below the package root.
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

export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder (expected a file)';
  return (err as Error)?.message ?? String(err);
}

/** Writes a chunk, waiting for 'drain' when the stream's buffer is full (so memory stays bounded). */
export async function writeOut(out: Output, chunk: string): Promise<void> {
  const ok = out.write(chunk);
  const stream = out as Partial<NodeJS.WritableStream>;
  if (ok === false && typeof stream.once === 'function') await new Promise<void>((resolve) => stream.once!('drain', () => resolve()));
}

/** The value of --published: null when absent, else a real YYYY-MM-DD date (UsageError otherwise). */
export function publishedOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const problem = publishedError(value);
  if (problem) throw new UsageError(problem);
  return value;
}
