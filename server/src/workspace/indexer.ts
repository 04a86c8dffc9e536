// Fills the WorkspaceIndex from the workspace folders in the background: find article files (include
// minus exclude), then summarise them a few at a time in the index worker, reporting progress and
// yielding to the event loop between batches. Watched-file events keep it current.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileFilter, tooLargeReason, uriToPath } from './files';
import type { Analyzer } from './analyzer';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';

/** More files than this are not indexed (a notice says so). */
export const MaxIndexedFiles = 20_000;
const BatchSize = 4;

export interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

export interface IndexerHost {
  settings(): Settings;
  folders(): string[];
  progress(title: string): Promise<Progress>;
  /** Files that were not indexed, with reasons (shown to the user). */
  skipped(files: { uri: string; reason: string }[]): void;
  status(indexed: number, total: number, skipped: number, done: boolean): void;
  log(message: string): void;
}

const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

export class Indexer {
  private run = 0;
  private pending = new Set<string>();
  private flushing = false;
  /** Resolves when the current full indexing pass has finished. */
  idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly analyzer: Analyzer,
    private readonly host: IndexerHost,
  ) {}

  /** (Re)index every folder from scratch, cancelling a pass in progress. */
  start(): Promise<void> {
    const run = ++this.run;
    this.idle = this.fullPass(run).catch((err) => this.host.log(`News Lens: workspace indexing failed: ${err?.stack ?? err}`));
    return this.idle;
  }

  private async fullPass(run: number): Promise<void> {
    const s = this.host.settings();
    this.index.clearDisk();
    if (!s.workspaceIndex.enabled) return;
    const files = await this.findFiles(s, run);
    if (run !== this.run) return;
    const skipped: { uri: string; reason: string }[] = [];
    if (files.length > MaxIndexedFiles) {
      skipped.push({ uri: pathToFileURL(this.host.folders()[0] ?? '.').href, reason: `the workspace has ${files.length} article files; only the first ${MaxIndexedFiles} are indexed` });
      files.length = MaxIndexedFiles;
    }
    const progress = await this.host.progress('News Lens: indexing articles');
    let done = 0;
    try {
      for (let i = 0; i < files.length; i += BatchSize) {
        if (run !== this.run) return;
        const batch = files.slice(i, i + BatchSize);
        await Promise.all(batch.map((f) => this.indexFile(f.path, f.size, s, skipped)));
        done += batch.length;
        progress.report(Math.round((done / files.length) * 100), `${done}/${files.length} articles`);
        this.host.status(done, files.length, skipped.length, false);
        await yieldToEventLoop();
      }
    } finally {
      progress.done();
    }
    if (run !== this.run) return;
    this.host.status(done, files.length, skipped.length, true);
    if (skipped.length) this.host.skipped(skipped);
  }

  private async indexFile(file: string, size: number, s: Settings, skipped: { uri: string; reason: string }[]): Promise<void> {
    const uri = pathToFileURL(file).href;
    if (size > s.maxFileSize) {
      skipped.push({ uri, reason: tooLargeReason(size, s.maxFileSize) });
      this.index.setDisk(uri, null);
      return;
    }
    try {
      const r = await this.analyzer.summarizeFile(uri, file, s.maxFileSize);
      if (r.skipped) skipped.push({ uri, reason: r.skipped });
      this.index.setDisk(uri, r.summary);
    } catch (err) {
      const msg = String((err as Error)?.message ?? err).split('\n')[0];
      this.host.log(`News Lens: could not index ${file}: ${(err as Error)?.stack ?? err}`);
      skipped.push({ uri, reason: `its analysis failed (${msg})` });
      this.index.setDisk(uri, null);
    }
  }

  private async findFiles(s: Settings, run: number): Promise<{ path: string; size: number }[]> {
    const filter = fileFilter(s);
    const out: { path: string; size: number }[] = [];
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
        for (const e of entries) {
          const full = path.join(dir, e.name);
          const rel = path.relative(root, full);
          if (e.isDirectory()) {
            if (!filter.excludesDir(rel)) stack.push(full);
          } else if (e.isFile() && filter.matches(rel)) {
            try {
              out.push({ path: full, size: (await fs.stat(full)).size });
            } catch {
              /* vanished */
            }
          }
        }
      }
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  /** A file was created, changed or deleted on disk. */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) {
      this.index.setDisk(uri, null);
      return;
    }
    this.pending.add(uri);
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.size) {
        const batch = [...this.pending].slice(0, BatchSize);
        for (const u of batch) this.pending.delete(u);
        const s = this.host.settings();
        const skipped: { uri: string; reason: string }[] = [];
        await Promise.all(
          batch.map(async (uri) => {
            const p = uriToPath(uri);
            if (!p || !this.included(p, s)) return;
            let size = 0;
            try {
              size = (await fs.stat(p)).size;
            } catch {
              this.index.setDisk(uri, null);
              return;
            }
            await this.indexFile(p, size, s, skipped);
          }),
        );
        if (skipped.length) this.host.skipped(skipped);
        await yieldToEventLoop();
      }
    } finally {
      this.flushing = false;
    }
  }

  private included(p: string, s: Settings): boolean {
    if (!s.workspaceIndex.enabled) return false;
    const filter = fileFilter(s);
    return this.host.folders().some((root) => {
      const rel = path.relative(root, p);
      return rel && !rel.startsWith('..') && !path.isAbsolute(rel) && filter.matches(rel);
    });
  }
}
