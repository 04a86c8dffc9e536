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

/** A mistake on the command line: printed with HINT, exit status 2. */
export class UsageError extends Error {}

/** node:util parseArgs (strict, positionals allowed) with its errors turned into UsageError. */
type Options = NonNullable<ParseArgsConfig['options']>;
export function parseOptions<O extends Options>(
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
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
