// The corrections files on disk: ARTICLE.EXT.lens.json beside each article, and the workspace names list
// .news-lens/names.json. Reads give a clear error (never a crash); writes take a lock, re-read what is on
// disk, merge by id, and replace the file atomically (temp file + rename in the same folder), so two
// windows writing at once lose no record and a file that could not be read is never overwritten.
import { promises as fs, constants as fsc } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeArticle } from '../engine/read';
import { parseCorrections, parseNames, serializeCorrections, serializeNames, type CorrectionsError, type Parsed } from '../engine/corrections/file';
import { CORRECTIONS_VERSION, type CorrectionRecord, type CorrectionsFile, type NameEntry, type NamesFile } from '../engine/corrections/types';

export const CORRECTIONS_SUFFIX = '.lens.json';
export const NAMES_FILE = path.join('.news-lens', 'names.json');
/** Corrections files larger than this are refused (thousands of decisions fit in far less). */
export const MAX_CORRECTIONS_BYTES = 20 * 1024 * 1024;

export interface StoreError extends CorrectionsError {
  path: string;
}

/** Raised by the update functions: the file was not written; `message` says why. */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export function correctionsPathFor(articlePath: string): string {
  return articlePath + CORRECTIONS_SUFFIX;
}

export function isCorrectionsFile(p: string): boolean {
  return p.endsWith(CORRECTIONS_SUFFIX);
}

export function namesPathFor(folder: string): string {
  return path.join(folder, NAMES_FILE);
}

/** The names list of the nearest folder above the article that has one (the CLI has no workspace folder). */
export async function findNamesFile(articlePath: string): Promise<string | null> {
  let dir = path.dirname(path.resolve(articlePath));
  for (;;) {
    const p = namesPathFor(dir);
    try {
      if ((await fs.stat(p)).isFile()) return p;
    } catch {
      // not here
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EISDIR':
      return 'a folder is in the way';
    case 'ENOTDIR':
      return 'a file is in the way of a folder on the path';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return e?.message ?? String(err);
  }
}

async function readText(file: string): Promise<{ text: string | null } | { error: StoreError }> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { error: { path: file, message: 'is a folder, not a file' } };
    if (!st.isFile()) return { error: { path: file, message: 'is not a regular file' } };
    if (st.size > MAX_CORRECTIONS_BYTES) return { error: { path: file, message: `is too large (${st.size} bytes)` } };
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { text: null };
    return { error: { path: file, message: `cannot be read: ${reason(err)}` } };
  }
  const decoded = decodeArticle(bytes, file);
  if ('error' in decoded) return { error: { path: file, message: decoded.error } };
  return { text: decoded.text };
}

async function readParsed<T>(file: string, parse: (text: string) => Parsed<T>): Promise<{ file: T | null } | { error: StoreError }> {
  const got = await readText(file);
  if ('error' in got) return got;
  if (got.text === null) return { file: null };
  const parsed = parse(got.text);
  if ('error' in parsed) return { error: { path: file, ...parsed.error } };
  return { file: parsed.file };
}

/** The article's corrections; `file: null` when it has none. */
export function readCorrections(articlePath: string): Promise<{ file: CorrectionsFile | null } | { error: StoreError }> {
  return readParsed(correctionsPathFor(articlePath), parseCorrections);
}

export function readNamesFile(namesPath: string): Promise<{ file: NamesFile | null } | { error: StoreError }> {
  return readParsed(namesPath, parseNames);
}

export function readNames(folder: string): Promise<{ file: NamesFile | null } | { error: StoreError }> {
  return readNamesFile(namesPathFor(folder));
}

/** "path:line:column: message" for people and logs. */
export function formatStoreError(e: StoreError): string {
  return `${e.path}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}: ${e.message}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** How long a lock may be held before another writer takes it over (a crashed writer's lock). */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

/** Writers in this process queue per file; a lock file (exclusive create) keeps other processes out. */
const queues = new Map<string, Promise<unknown>>();

async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const prev = queues.get(file) ?? Promise.resolve();
  const run = prev.catch(() => undefined).then(() => lockedAcrossProcesses(file, work));
  queues.set(file, run);
  try {
    return await run;
  } finally {
    if (queues.get(file) === run) queues.delete(file);
  }
}

async function lockedAcrossProcesses<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = file + '.lock';
  const started = Date.now();
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      const h = await fs.open(lock, fsc.O_CREAT | fsc.O_EXCL | fsc.O_WRONLY);
      await h.writeFile(`${process.pid}\n`);
      await h.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(file, err);
      try {
        const st = await fs.stat(lock);
        if (Date.now() - st.mtimeMs > STALE_LOCK_MS) {
          await fs.rm(lock, { force: true });
          continue;
        }
      } catch {
        continue; // released meanwhile
      }
      if (Date.now() - started > LOCK_WAIT_MS) throw new StoreWriteError(`cannot write ${file}: another program has held its lock (${lock}) for too long`, file);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

function writeError(file: string, err: unknown): StoreWriteError {
  const dir = path.dirname(file);
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? `the folder ${dir} is not writable for this user (permission denied)`
      : code === 'EROFS'
        ? `the folder ${dir} is on a read-only file system`
        : code === 'EISDIR'
          ? `${file} is a folder, not a file`
          : code === 'ENOTDIR' || code === 'ENOENT'
            ? `the folder ${dir} does not exist or is not a folder`
            : reason(err);
  return new StoreWriteError(`cannot write ${file}: ${why}`, file);
}

/** Replace `file` with `text` atomically: a temp file in the same folder, flushed, then renamed over it. */
export async function atomicWrite(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    const h = await fs.open(tmp, 'wx');
    try {
      await h.writeFile(text, 'utf8');
      await h.sync();
    } finally {
      await h.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(file, err);
  }
}

export interface CorrectionsChange {
  /** Records added, or replacing the record with the same id. */
  upsert?: CorrectionRecord[];
  /** Ids of records to delete. */
  remove?: string[];
}

/** Merge a change into the records on disk: those on disk stay unless removed, the change's win by id. */
export function mergeRecords(onDisk: CorrectionRecord[], change: CorrectionsChange): CorrectionRecord[] {
  const remove = new Set(change.remove ?? []);
  const upserts = new Map((change.upsert ?? []).map((r) => [r.id, r]));
  const out: CorrectionRecord[] = [];
  for (const r of onDisk) {
    if (remove.has(r.id)) continue;
    const u = upserts.get(r.id);
    out.push(u ?? r);
    upserts.delete(r.id);
  }
  for (const r of upserts.values()) if (!remove.has(r.id)) out.push(r);
  return out;
}

/**
 * Apply a change to the article's corrections file: lock, re-read, merge, write. Throws StoreWriteError
 * (nothing written) when the file on disk cannot be read or parsed, or the folder cannot be written.
 * A file left with no records is deleted rather than kept empty.
 */
export async function updateCorrections(articlePath: string, change: CorrectionsChange): Promise<CorrectionsFile> {
  const file = correctionsPathFor(articlePath);
  return withLock(file, async () => {
    const current = await readCorrections(articlePath);
    if ('error' in current) {
      throw new StoreWriteError(`not writing ${file}: the file on disk cannot be used (${current.error.line ? `line ${current.error.line}: ` : ''}${current.error.message}); fix or remove it first`, file, current.error.line);
    }
    const records = mergeRecords(current.file?.records ?? [], change);
    const next: CorrectionsFile = { ...(current.file?.$schema ? { $schema: current.file.$schema } : {}), version: CORRECTIONS_VERSION, records };
    if (records.length === 0 && current.file) {
      try {
        await fs.rm(file, { force: true });
      } catch (err) {
        throw writeError(file, err);
      }
      return next;
    }
    if (records.length === 0) return next;
    await atomicWrite(file, serializeCorrections(next));
    return next;
  });
}

/** Overwrite nothing: write a whole corrections file only when none exists yet, or merge into the one there (by id). */
export async function writeCorrections(articlePath: string, records: CorrectionRecord[]): Promise<CorrectionsFile> {
  return updateCorrections(articlePath, { upsert: records });
}

export interface NamesChange {
  upsert?: NameEntry[];
  /** Names to delete from the list. */
  remove?: string[];
}

export async function updateNames(folder: string, change: NamesChange): Promise<NamesFile> {
  const file = namesPathFor(folder);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch (err) {
    throw writeError(file, err);
  }
  return withLock(file, async () => {
    const current = await readNamesFile(file);
    if ('error' in current) throw new StoreWriteError(`not writing ${file}: the file on disk cannot be used (${current.error.message}); fix or remove it first`, file, current.error.line);
    const remove = new Set(change.remove ?? []);
    const byName = new Map((current.file?.names ?? []).filter((n) => !remove.has(n.name)).map((n) => [n.name, n]));
    for (const n of change.upsert ?? []) byName.set(n.name, n);
    const next: NamesFile = { version: CORRECTIONS_VERSION, names: [...byName.values()] };
    await atomicWrite(file, serializeNames(next));
    return next;
  });
}

// ---------------------------------------------------------------------------------------------

let cachedAuthor: Promise<string> | null = null;

/** Who is deciding: git's user.name, else the OS user name. */
export function author(cwd?: string): Promise<string> {
  if (cwd === undefined && cachedAuthor) return cachedAuthor;
  // child_process is loaded only here: most commands never ask who is deciding, and it costs every thread's start-up.
  const p = new Promise<string>((resolve) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load it at start-up
    const { execFile } = require('node:child_process') as typeof import('node:child_process');
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000, windowsHide: true }, (err, stdout) => {
      const name = String(stdout ?? '').trim();
      if (!err && name) return resolve(name);
      try {
        resolve(os.userInfo().username || 'unknown');
      } catch {
        resolve(process.env.USER || process.env.USERNAME || 'unknown');
      }
    });
  });
  if (cwd === undefined) cachedAuthor = p;
  return p;
}
