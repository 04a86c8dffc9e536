// Fills the WorkspaceIndex from the workspace folders in the background: find article files (include
// minus exclude), take every file whose record in the folder's cache (indexLog.ts) is still current, and
// analyse the others in a pool of low-priority worker threads (one per core). Watched-file events keep it
// current. A record is current when the file's size and modification time, the size and time of its
// corrections file (and of the nearest names list), and the engine version are those it was made with;
// when only the time differs (a checkout, a copy), the content hash decides, without analysing.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { namesPathFor } from '../corrections/store';
import { WorkerPool, workerScript } from '../pool/pool';
import { fileFilter, tooLargeReason, uriToPath } from './files';
import { IndexLog, type LogRecord } from './indexLog';
import { IndexRole, type IndexJobRequest, type IndexJobResult } from './indexJob';
import type { Settings } from './settings';
import { EngineThreadLimits } from './threadLimits';
import type { EntityHead } from './summary';
import type { DetailRef, WorkspaceIndex } from './workspaceIndex';

/** More files than this are not indexed (a notice says so). */
export const MaxIndexedFiles = 20_000;
/** A file modified this close to when its record was written may have changed again unseen: hash it. */
const RacyMs = 2_000;

/** The record kept for one file in the log (short keys: there are 20,000 of them to parse at start). */
export interface Hot {
  /** Path relative to the workspace folder. */
  p: string;
  s: number;
  m: number;
  h: string;
  /** Size and time of the corrections file and the nearest names list ("" when there are none). */
  c: string;
  /** When the record was written. */
  t: number;
  /** Why the file is not analysed (binary, not UTF-8...). */
  k?: string;
  /** The entity heads: in the log only. In memory they are packed (Rec.ents), read as each record is. */
  e?: EntityHead[];
}

/** A file's record in memory: its hot part without the heads, where its detail is, and the heads packed. */
type Rec = LogRecord<Hot> & { ref?: DetailRef; ents: Int32Array };

export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

/** The status the indexer reports is the one the client is sent. */
export type { IndexStatusParams as IndexStatus } from '../protocol';
import type { IndexStatusParams as IndexStatus } from '../protocol';

export interface IndexerHost {
  settings(): Settings;
  folders(): string[];
  /** Where the index cache lives (one sub-folder per workspace folder); null: no cache. */
  cacheFolder(): string | null;
  progress(title: string): Promise<Progress>;
  /** Files that were not indexed, with reasons (shown to the user). */
  skipped(files: { uri: string; reason: string }[]): void;
  status(s: IndexStatus): void;
  log(message: string): void;
  /**
   * The open articles' analysis worker, which also takes index jobs: during a full pass whenever it is idle
   * (the pool has one thread fewer), and for files changed between passes (the pool is gone by then).
   */
  analysis?: { readonly idle: boolean; indexJob(req: IndexJobRequest): Promise<IndexJobResult> };
}

interface FolderCache {
  root: string;
  log: IndexLog<Hot> | null;
  records: Map<string, Rec>;
}

interface Found {
  root: string;
  path: string;
  rel: string;
  size: number;
  mtimeMs: number;
  corr: string;
}

const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

let engineVersionMemo: string | null = null;

/** The engine's version for the cache: a hash of the analysis worker bundle, so any engine change counts. */
export function engineVersion(): string {
  if (engineVersionMemo) return engineVersionMemo;
  const script = workerScript(__dirname, 'analysisWorker');
  let v = 'in-process';
  try {
    if (script) v = createHash('sha1').update(readFileSync(script)).digest('base64url');
  } catch {
    /* unreadable: use the fallback */
  }
  return (engineVersionMemo = process.env.NEWS_LENS_ENGINE_VERSION_FOR_TESTS ?? v);
}

function folderKey(root: string): string {
  return createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 16);
}

async function statKey(p: string): Promise<string> {
  try {
    const st = await fs.stat(p);
    return `${st.size}:${Math.floor(st.mtimeMs)}`;
  } catch {
    return '';
  }
}

/**
 * The size and time of the names list nearest above `dir` (the one the analysis uses, see findNamesFile),
 * memoised per folder for one walk: a list added, changed or removed in a subfolder changes the key of the
 * articles below it only.
 */
function nearestNamesKey(dir: string, memo: Map<string, Promise<string>>): Promise<string> {
  let key = memo.get(dir);
  if (!key) {
    const up = path.dirname(dir);
    key = statKey(namesPathFor(dir)).then((own) => own || (up === dir ? '' : nearestNamesKey(up, memo)));
    memo.set(dir, key);
  }
  return key;
}

export class Indexer {
  private run = 0;
  private pending = new Set<string>();
  private flushing = false;
  /** Full passes in progress (a rebuild starts one while the previous is ending). */
  private passing = 0;
  private changedTimer: NodeJS.Timeout | null = null;
  private changedAnalysed = 0;
  private pool: WorkerPool<IndexJobRequest, IndexJobResult> | null = null;
  private poolTimer: NodeJS.Timeout | null = null;
  private caches = new Map<string, Promise<FolderCache>>();
  /** Files indexed from disk, by URI. */
  private known = new Map<string, { root: string; rel: string }>();
  /** Resolves when the current full indexing pass has finished. */
  idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly host: IndexerHost,
  ) {}

  /** (Re)index every folder, cancelling a pass in progress. Files whose cache record is current are not analysed. */
  start(): Promise<void> {
    const run = ++this.run;
    this.passing++;
    this.idle = this.fullPass(run)
      .catch((err) => this.host.log(`News Lens: workspace indexing failed: ${err?.stack ?? err}`))
      .finally(() => this.passing--);
    return this.idle;
  }

  /**
   * After files changed between full passes: the counts again, so the status bar does not go stale. Coalesced:
   * counting walks the whole index, and a checkout deleting a thousand files must not count a thousand times.
   */
  private changedStatus(analysed: number): void {
    this.changedAnalysed += analysed;
    if (this.changedTimer) return;
    this.changedTimer = setTimeout(() => {
      this.changedTimer = null;
      const n = this.changedAnalysed;
      this.changedAnalysed = 0;
      if (this.passing) return; // the pass in progress reports when it is done
      const st = this.index.stats();
      this.host.status({ indexed: st.articles, total: st.articles, skipped: 0, done: true, analysed: n, ...st });
    }, 100);
    this.changedTimer.unref();
  }

  /** Forget every cache and index everything again (the Rebuild Index command). */
  async rebuild(): Promise<void> {
    this.run++;
    await this.idle;
    for (const c of this.caches.values()) (await c.catch(() => null))?.log?.destroy();
    this.caches.clear();
    this.known.clear();
    this.index.clearDisk();
    await this.start();
  }

  private cacheFor(root: string): Promise<FolderCache> {
    let c = this.caches.get(root);
    if (!c) {
      c = this.openCache(root);
      this.caches.set(root, c);
    }
    return c;
  }

  private async openCache(root: string): Promise<FolderCache> {
    const base = this.host.cacheFolder();
    if (!base) return { root, log: null, records: new Map() };
    const dir = path.join(base, 'index-' + folderKey(root));
    try {
      const { log, records } = await IndexLog.open<Hot>(dir, engineVersion(), (m) => this.host.log(`News Lens: ${m}`), (rec) => {
        (rec as Rec).ents = this.index.pack(rec.hot.e ?? []);
        delete rec.hot.e;
      });
      await fs.writeFile(path.join(dir, 'folder.txt'), root + '\n').catch(() => undefined);
      return { root, log, records: records as Map<string, Rec> };
    } catch (err) {
      this.host.log(`News Lens: cannot keep the index in ${dir} (${(err as Error)?.message ?? err}); indexing without a cache`);
      return { root, log: null, records: new Map() };
    }
  }

  private async fullPass(run: number): Promise<void> {
    const s = this.host.settings();
    const roots = this.host.folders();
    for (const [root, c] of this.caches) {
      if (!roots.includes(root)) {
        (await c.catch(() => null))?.log?.close();
        this.caches.delete(root);
      }
    }
    if (!s.workspaceIndex.enabled) {
      this.known.clear();
      this.index.clearDisk();
      return;
    }
    const caches = new Map<string, FolderCache>();
    for (const root of roots) caches.set(root, await this.cacheFor(root));
    const files = await this.findFiles(s, run);
    if (run !== this.run) return;
    const skipped: { uri: string; reason: string }[] = [];
    if (files.length > MaxIndexedFiles) {
      skipped.push({ uri: pathToFileURL(roots[0] ?? '.').href, reason: `the workspace has ${files.length} article files; only the first ${MaxIndexedFiles} are indexed` });
      files.length = MaxIndexedFiles;
    }
    // Current records go straight into the index; the rest are analysed.
    const todo: { f: Found; knownHash?: string }[] = [];
    const seen = new Set<string>();
    let done = 0;
    const startedAt = Date.now();
    this.index.batch(() => {
      for (const f of files) {
        const uri = pathToFileURL(f.path).href;
        seen.add(uri);
        const cache = caches.get(f.root)!;
        const rec = cache.records.get(f.rel);
        if (f.size > s.maxFileSize) {
          skipped.push({ uri, reason: tooLargeReason(f.size, s.maxFileSize) });
          this.drop(uri);
          continue;
        }
        const h = rec?.hot;
        if (h && h.c === f.corr && h.s === f.size && h.m === f.mtimeMs && f.mtimeMs < h.t - RacyMs) {
          if (h.k) {
            skipped.push({ uri, reason: h.k });
            this.index.setDisk(uri, null);
          } else if (!this.index.hasDisk(uri)) this.index.setDisk(uri, rec.ents, this.refOf(cache, rec));
          this.known.set(uri, { root: f.root, rel: f.rel });
          done++;
        } else todo.push({ f, knownHash: h && h.c === f.corr && !h.k ? h.h : undefined });
      }
      // Files gone since the last pass (or since the cache was written).
      for (const [uri, k] of [...this.known]) if (!seen.has(uri)) this.drop(uri, caches.get(k.root));
      for (const cache of caches.values()) {
        for (const rel of [...cache.records.keys()]) {
          const uri = pathToFileURL(path.join(cache.root, rel)).href;
          if (!seen.has(uri)) {
            cache.records.delete(rel);
            cache.log?.remove(rel);
          }
        }
      }
    });
    this.host.log(`News Lens: ${done} of ${files.length} articles from the index cache in ${Date.now() - startedAt} ms; ${todo.length} to analyse`);
    await this.compact(caches);
    let analysed = 0;
    let lastStatus = 0;
    const status = (final: boolean) => {
      const now = Date.now();
      if (!final && now - lastStatus < 100) return;
      lastStatus = now;
      const st = final ? this.index.stats() : { articles: 0, speakers: 0 };
      this.host.status({ indexed: done, total: files.length, skipped: skipped.length, done: final, analysed, ...st });
    };
    status(false);
    const progress = todo.length ? await this.host.progress('News Lens: indexing articles') : null;
    try {
      // Keep every thread busy, with a little read-ahead, without queueing 20,000 jobs at once.
      const width = this.poolSize() * 2;
      let next = 0;
      const worker = async () => {
        while (next < todo.length && run === this.run) {
          const { f, knownHash } = todo[next++];
          if (await this.indexFile(f, s, skipped, caches.get(f.root)!, knownHash, true)) analysed++;
          done++;
          progress?.report(Math.round((done / files.length) * 100), `${done.toLocaleString('en-US')} / ${files.length.toLocaleString('en-US')} articles`);
          status(false);
        }
      };
      await Promise.all(Array.from({ length: width }, worker));
    } finally {
      progress?.done();
      // Each pool thread holds an engine: end them with the pass (files changed later go to the analysis worker).
      this.releasePoolLater(this.host.analysis ? 0 : 30_000);
    }
    if (run !== this.run) return;
    status(true);
    if (skipped.length) this.host.skipped(skipped);
  }

  /** The shared reference to a record's detail (compaction moves it in place). */
  private refOf(cache: FolderCache, rec: Rec): DetailRef {
    if (!rec.ref) rec.ref = { log: cache.log as IndexLog<{ p: string }>, offset: rec.offset, length: rec.length };
    return rec.ref;
  }

  /** Rewrites a log that is mostly replaced records (only here, while nothing else appends). */
  private async compact(caches: Map<string, FolderCache>): Promise<void> {
    for (const cache of caches.values()) {
      const log = cache.log;
      if (!log || log.wasted < 1_000_000 || log.wasted < log.bytes / 2) continue;
      const live = [...cache.records.values()];
      try {
        const moved = await log.compact(live);
        live.forEach((rec, i) => {
          rec.offset = moved[i].offset;
          rec.length = moved[i].length;
          if (rec.ref && 'log' in rec.ref) {
            rec.ref.offset = rec.offset;
            rec.ref.length = rec.length;
          }
        });
      } catch (err) {
        this.host.log(`News Lens: could not compact the index cache: ${(err as Error)?.message ?? err}`);
      }
    }
  }

  private drop(uri: string, cache?: FolderCache): void {
    const k = this.known.get(uri);
    this.known.delete(uri);
    this.index.setDisk(uri, null);
    if (k && cache && cache.records.delete(k.rel)) cache.log?.remove(k.rel);
  }

  private poolSize(): number {
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  }

  /**
   * Runs an index job: in the analysis worker when it is idle (or, between passes, always), else in the pool
   * (one thread per core but the one the analysis worker uses).
   */
  private job(req: IndexJobRequest, pass: boolean): Promise<IndexJobResult> {
    const analysis = this.host.analysis;
    if (analysis && (!pass || analysis.idle)) return analysis.indexJob(req);
    if (this.poolTimer) {
      clearTimeout(this.poolTimer);
      this.poolTimer = null;
    }
    const script = workerScript(__dirname, 'analysisWorker');
    if (!script) return Promise.reject(new Error(`the analysis worker (analysisWorker.js) is missing beside ${__dirname}`));
    if (!this.pool) {
      this.pool = new WorkerPool<IndexJobRequest, IndexJobResult>({
        script,
        size: Math.max(1, this.poolSize() - (analysis ? 1 : 0)),
        nice: 10,
        timeLimitMs: 120_000 + req.maxFileSize / 2,
        data: { role: IndexRole },
        resourceLimits: EngineThreadLimits,
      });
    }
    return this.pool.run(req);
  }

  /** The pool holds an engine per thread: let it go when indexing has been idle for `ms`. */
  private releasePoolLater(ms = 30_000): void {
    if (this.poolTimer) clearTimeout(this.poolTimer);
    this.poolTimer = setTimeout(() => {
      this.poolTimer = null;
      if (!this.pool || this.pool.pending) return;
      const p = this.pool;
      this.pool = null;
      void p.close();
    }, ms);
    this.poolTimer.unref();
  }

  /** Indexes one file; true when it was analysed (not found unchanged by its hash). */
  private async indexFile(f: Found, s: Settings, skipped: { uri: string; reason: string }[], cache: FolderCache, knownHash?: string, pass = false): Promise<boolean> {
    const uri = pathToFileURL(f.path).href;
    this.known.set(uri, { root: f.root, rel: f.rel });
    try {
      const r = await this.job({ uri, path: f.path, maxFileSize: s.maxFileSize, knownHash }, pass);
      const old = cache.records.get(f.rel);
      const hot: Hot = { p: f.rel, s: f.size, m: f.mtimeMs, h: r.hash, c: f.corr, t: Date.now() };
      if (r.status === 'same' && old) {
        // Same content, new time: write the record again under the new key; the index keeps what it has.
        const detail = cache.log ? cache.log.detail(old.offset, old.length) : old.ref && 'json' in old.ref ? old.ref.json : '{"m":[],"q":[]}';
        this.store(cache, uri, hot, old.ents, detail);
        return false;
      }
      if (r.status === 'ok') {
        this.store(cache, uri, hot, this.index.pack(r.heads), r.detail, r.heads);
        return true;
      }
      if (r.status === 'skipped') {
        skipped.push({ uri, reason: r.reason });
        hot.k = r.reason;
        if (r.hash) this.store(cache, uri, hot, new Int32Array(0), '{"m":[],"q":[]}');
        this.index.setDisk(uri, null);
        return true;
      }
      throw new Error('the cached record disappeared');
    } catch (err) {
      const msg = String((err as Error)?.message ?? err).split('\n')[0];
      this.host.log(`News Lens: could not index ${f.path}: ${(err as Error)?.stack ?? err}`);
      skipped.push({ uri, reason: `its analysis failed (${msg})` });
      this.index.setDisk(uri, null);
      return true;
    }
  }

  /** Writes a file's record (`heads`: the unpacked `ents`, when the caller has them) and puts it in the index. */
  private store(cache: FolderCache, uri: string, hot: Hot, ents: Int32Array, detail: string, heads?: EntityHead[]): void {
    const old = cache.records.get(hot.p);
    let ref: DetailRef;
    if (cache.log) {
      const written: Hot = { ...hot, e: heads ?? this.index.unpack(ents) };
      const at = cache.log.append(written, detail);
      if (old) cache.log.replaced(old.length + 64);
      ref = { log: cache.log as IndexLog<{ p: string }>, offset: at.offset, length: at.length };
      cache.records.set(hot.p, { hot, offset: at.offset, length: at.length, hotLength: at.hotLength, ref, ents });
    } else {
      ref = { json: detail };
      cache.records.set(hot.p, { hot, offset: 0, length: 0, hotLength: 0, ref, ents });
    }
    if (!hot.k) this.index.setDisk(uri, ents, ref);
  }

  private async findFiles(s: Settings, run: number): Promise<Found[]> {
    const filter = fileFilter(s);
    const out: Found[] = [];
    const namesMemo = new Map<string, Promise<string>>();
    for (const root of this.host.folders()) {
      const stack = [root];
      while (stack.length) {
        if (run !== this.run || out.length > MaxIndexedFiles * 2) return out;
        const dir = stack.pop()!;
        let entries: import('node:fs').Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        const present = new Set(entries.map((e) => e.name));
        const stats: Promise<void>[] = [];
        for (const e of entries) {
          const full = path.join(dir, e.name);
          const rel = path.relative(root, full);
          if (e.isDirectory()) {
            if (!filter.excludesDir(rel)) stack.push(full);
          } else if (e.isFile() && filter.matches(rel)) {
            stats.push(
              (async () => {
                try {
                  const st = await fs.stat(full);
                  // The corrections file beside the article and the nearest names list change its analysis.
                  const lens = present.has(e.name + '.lens.json') ? await statKey(full + '.lens.json') : '';
                  const names = await nearestNamesKey(dir, namesMemo);
                  out.push({ root, path: full, rel, size: st.size, mtimeMs: Math.floor(st.mtimeMs), corr: lens || names ? `${lens}|${names}` : '' });
                } catch {
                  /* vanished */
                }
              })(),
            );
          }
        }
        await Promise.all(stats);
      }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** A file was created, changed or deleted on disk (a corrections file counts for its article). */
  fileChanged(uri: string, deleted: boolean): void {
    if (uri.endsWith('.lens.json')) {
      uri = uri.slice(0, -'.lens.json'.length);
      deleted = false;
    }
    if (deleted) {
      const p = uriToPath(uri);
      const root = p ? this.rootOf(p) : null;
      void (root ? this.cacheFor(root) : Promise.resolve(undefined)).then((c) => {
        this.drop(uri, c);
        this.changedStatus(0);
      });
      return;
    }
    this.pending.add(uri);
    void this.flush();
  }

  private rootOf(p: string): string | null {
    let best: string | null = null;
    for (const root of this.host.folders()) {
      const rel = path.relative(root, p);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    let analysed = 0;
    try {
      while (this.pending.size) {
        const batch = [...this.pending].slice(0, this.poolSize() * 2);
        for (const u of batch) this.pending.delete(u);
        const s = this.host.settings();
        const skipped: { uri: string; reason: string }[] = [];
        const namesMemo = new Map<string, Promise<string>>();
        await Promise.all(
          batch.map(async (uri) => {
            const p = uriToPath(uri);
            const root = p && this.rootOf(p);
            if (!p || !root || !this.included(p, root, s)) return;
            const cache = await this.cacheFor(root);
            let st: import('node:fs').Stats;
            try {
              st = await fs.stat(p);
            } catch {
              this.drop(uri, cache);
              return;
            }
            if (st.size > s.maxFileSize) {
              skipped.push({ uri, reason: tooLargeReason(st.size, s.maxFileSize) });
              this.drop(uri, cache);
              return;
            }
            const names = await nearestNamesKey(path.dirname(p), namesMemo);
            const lens = await statKey(p + '.lens.json');
            const f: Found = { root, path: p, rel: path.relative(root, p), size: st.size, mtimeMs: Math.floor(st.mtimeMs), corr: lens || names ? `${lens}|${names}` : '' };
            if (await this.indexFile(f, s, skipped, cache)) analysed++;
          }),
        );
        if (skipped.length) this.host.skipped(skipped);
        await yieldToEventLoop();
      }
    } finally {
      this.flushing = false;
      this.releasePoolLater();
    }
    this.changedStatus(analysed);
  }

  private included(p: string, root: string, s: Settings): boolean {
    if (!s.workspaceIndex.enabled) return false;
    return fileFilter(s).matches(path.relative(root, p));
  }

  dispose(): void {
    this.run++;
    void this.pool?.close();
    for (const c of this.caches.values()) void c.then((x) => x.log?.close()).catch(() => undefined);
  }
}
