// `annotate --out DIR`: each input (a JSONL file, an article file or a folder) is a shard whose results
// are written to DIR/<shard>.jsonl atomically (temp file, fsync, rename), then a done marker beside it.
// A rerun skips shards whose marker is there, so a crash or kill loses at most the shard in flight.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from './io';

export interface Shard {
  input: string;
  /** DIR/<name>.jsonl (or .csv). */
  result: string;
  marker: string;
}

export interface DoneMarker {
  input: string;
  size: number | null;
  mtimeMs: number | null;
  results: number;
  errors: number;
  finished: string;
}

export function planShards(inputs: string[], dir: string, ext: 'jsonl' | 'csv'): Shard[] {
  const seen = new Map<string, string>();
  return inputs.map((input) => {
    if (input === '-') throw new UsageError('--out needs input files: stdin cannot be resumed');
    const base = path.basename(path.resolve(input)).replace(/\.(jsonl|ndjson)$/i, '');
    const name = `${base}.${ext}`;
    const other = seen.get(name);
    if (other) throw new UsageError(`--out: ${other} and ${input} would both write ${name}; give inputs distinct names`);
    seen.set(name, input);
    const result = path.join(dir, name);
    return { input, result, marker: result + '.done' };
  });
}

async function inputStamp(input: string): Promise<{ size: number | null; mtimeMs: number | null }> {
  try {
    const st = await fs.stat(input);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : { size: null, mtimeMs: null };
  } catch {
    return { size: null, mtimeMs: null };
  }
}

/** Why the shard must be (re)done, or null when its results are complete for this very input. */
export async function shardTodo(shard: Shard): Promise<string | null> {
  let marker: DoneMarker;
  try {
    marker = JSON.parse(await fs.readFile(shard.marker, 'utf8')) as DoneMarker;
    await fs.access(shard.result);
  } catch {
    return 'not done';
  }
  const now = await inputStamp(shard.input);
  if (marker.size !== now.size || marker.mtimeMs !== now.mtimeMs) return 'its input changed since it was done';
  return null;
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.partial-${os.hostname()}-${process.pid}`;
  const h = await fs.open(tmp, 'w');
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
  await fs.rename(tmp, file);
}

/** A shard's result file being written: appended to a temp file, renamed into place by commit(). */
export class ShardWriter {
  private readonly tmp: string;
  private handle: fs.FileHandle | null = null;
  private buffered: string[] = [];
  private bufferedBytes = 0;

  constructor(private readonly shard: Shard) {
    this.tmp = path.join(path.dirname(shard.result), `.${path.basename(shard.result)}.partial-${os.hostname()}-${process.pid}`);
  }

  async open(): Promise<void> {
    // Leftovers of an earlier run of this shard that was killed.
    const prefix = `.${path.basename(this.shard.result)}.partial-`;
    for (const name of await fs.readdir(path.dirname(this.shard.result))) {
      if (name.startsWith(prefix)) await fs.rm(path.join(path.dirname(this.shard.result), name), { force: true });
    }
    await fs.rm(this.shard.marker, { force: true });
    this.handle = await fs.open(this.tmp, 'w');
  }

  async write(chunk: string): Promise<void> {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    if (this.bufferedBytes >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.buffered.length) return;
    const data = this.buffered.join('');
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.handle!.write(data);
  }

  async commit(counts: { results: number; errors: number }): Promise<void> {
    await this.flush();
    await this.handle!.sync();
    await this.handle!.close();
    this.handle = null;
    await fs.rename(this.tmp, this.shard.result);
    const marker: DoneMarker = { input: this.shard.input, ...(await inputStamp(this.shard.input)), ...counts, finished: new Date().toISOString() };
    await writeAtomic(this.shard.marker, JSON.stringify(marker) + '\n');
  }

  async abandon(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    await fs.rm(this.tmp, { force: true });
  }
}
