// The corrections of open articles, kept in memory between the file beside each article (read and written only
// through the engine's store: atomic, merged on write) and the analyses. Records follow in-editor edits
// (shifted through the LSP content changes; what an edit swept away is re-anchored against the old text),
// files changed on disk are re-read, and every write is kept on an undo stack.
import path from 'node:path';
import {
  reanchor,
  serializeCorrections,
  shiftThroughEdits,
  type CorrectionRecord,
  type CorrectionsInput,
  type NameEntry,
  type Unplaced,
} from '../engine/corrections';
import { correctionsPathFor, findNamesFile, namesPathFor, readCorrections, readNames, updateCorrections, updateNames } from '../corrections/store';

export interface FileError {
  /** The file that could not be read (corrections or names). */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

interface Entry {
  articlePath: string;
  file: string;
  /** Records in file order; offsets follow the editor's text as far as edits told us. */
  records: CorrectionRecord[];
  error: FileError | null;
  /** The file's text as last read or written (a watch event for the same text is our own write). */
  raw: string | null;
  names: { file: string | null; entries: NameEntry[]; error: FileError | null };
  /** Records an edit could not place (the text they were on was deleted), with why. */
  lost: Unplaced[];
}

interface UndoStep {
  uri: string;
  articlePath: string;
  label: string;
  /** Each record written, with the version it replaced (null: new). */
  records: { before: CorrectionRecord | null; after: CorrectionRecord | null }[];
  names?: { folder: string; before: NameEntry | null; after: NameEntry }[];
}

export interface TrackerHost {
  /** Workspace folders (file system paths); the names list lives in the one holding the article. */
  folders(): string[];
  log(message: string): void;
  /** The corrections of an article changed (re-analyse it). */
  changed(uri: string): void;
  /** The workspace names list changed (re-analyse everything, re-index). */
  namesChanged(): void;
  author(articlePath: string): Promise<string>;
}

/** Errors that say what could not be done and why, for the user. */
export class CorrectionError extends Error {}

export class CorrectionsTracker {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly undoStack: UndoStep[] = [];

  constructor(private readonly host: TrackerHost) {}

  /** The corrections to analyse an article with (undefined: none, or a file that could not be read). */
  async input(uri: string, articlePath: string | null): Promise<CorrectionsInput | undefined> {
    if (!articlePath) return undefined;
    const e = await this.entry(uri, articlePath);
    if (e.error) return undefined;
    const names = e.names.error ? [] : e.names.entries;
    if (!e.records.length && !names.length) return undefined;
    return { records: e.records, names };
  }

  /** The file errors of an article (its corrections file, the names list). */
  errors(uri: string): FileError[] {
    const e = this.entries.get(uri);
    if (!e) return [];
    return [e.error, e.names.error].filter((x): x is FileError => !!x);
  }

  /** Records an edit left without text, not yet placed again. */
  lost(uri: string): Unplaced[] {
    return this.entries.get(uri)?.lost ?? [];
  }

  records(uri: string): CorrectionRecord[] {
    return this.entries.get(uri)?.records ?? [];
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(uri: string, articlePath: string): Promise<Entry> {
    const e = this.entries.get(uri);
    if (e) return Promise.resolve(e);
    let p = this.loading.get(uri);
    if (!p) {
      p = this.read(articlePath).then((entry) => {
        this.loading.delete(uri);
        // Closed while loading: do not keep it.
        if (!this.entries.has(uri)) this.entries.set(uri, entry);
        return this.entries.get(uri)!;
      });
      this.loading.set(uri, p);
    }
    return p;
  }

  private async read(articlePath: string): Promise<Entry> {
    const file = correctionsPathFor(articlePath);
    const entry: Entry = { articlePath, file, records: [], error: null, raw: null, names: { file: null, entries: [], error: null }, lost: [] };
    const r = await readCorrections(articlePath);
    if ('error' in r) entry.error = { ...r.error, path: r.error.path ?? file };
    else if (r.file) {
      entry.records = r.file.records;
      entry.raw = serializeCorrections(r.file);
    }
    const namesFile = await findNamesFile(articlePath);
    if (namesFile) {
      entry.names.file = namesFile;
      const n = await readNames(path.dirname(path.dirname(namesFile)));
      if ('error' in n) entry.names.error = { ...n.error, path: n.error.path ?? namesFile };
      else entry.names.entries = n.file?.names ?? [];
    }
    return entry;
  }

  /** The article's text changed in the editor: move every record with its text. */
  edited(uri: string, edits: { start: number; end: number; text: string }[], oldText: string, newText: string): void {
    const e = this.entries.get(uri);
    if (!e || !e.records.length) return;
    const moved = shiftThroughEdits(e.records, edits, newText);
    const byId = new Map(moved.records.map((r) => [r.id, r]));
    // Text an edit replaced wholesale (a reload from disk, a paste over a paragraph) may still be there: diff it.
    const swept = moved.unplaced.map((u) => u.record);
    const again = swept.length ? reanchor(swept, newText, oldText) : { records: [], unplaced: [] };
    for (const r of again.records) byId.set(r.id, r);
    const lostIds = new Set(again.unplaced.map((u) => u.record.id));
    e.records = e.records.map((r) => byId.get(r.id) ?? r);
    e.lost = [...e.lost.filter((u) => !byId.has(u.record.id)), ...moved.unplaced.filter((u) => lostIds.has(u.record.id))];
  }

  /**
   * After an analysis of the editor's current text: take the records as the engine placed them (their offsets
   * and selectors now match the text), so the next edit moves them from the right place.
   */
  adopt(uri: string, placed: CorrectionRecord[]): void {
    const e = this.entries.get(uri);
    if (!e) return;
    const byId = new Map(placed.map((r) => [r.id, r]));
    e.records = e.records.map((r) => byId.get(r.id) ?? r);
    e.lost = e.lost.filter((u) => !byId.has(u.record.id));
  }

  /** A corrections or names file changed on disk: re-read the articles it belongs to. Returns the affected uris. */
  async fileChanged(filePath: string): Promise<string[]> {
    const affected: string[] = [];
    if (path.basename(filePath) === 'names.json' && path.basename(path.dirname(filePath)) === '.news-lens') {
      for (const [uri, e] of this.entries) {
        const fresh = await this.read(e.articlePath);
        e.names = fresh.names;
        affected.push(uri);
      }
      if (affected.length) this.host.namesChanged();
      return affected;
    }
    for (const [uri, e] of this.entries) {
      if (e.file !== filePath) continue;
      const fresh = await this.read(e.articlePath);
      if (fresh.raw !== null && fresh.raw === e.raw && !fresh.error && !e.error) continue;
      e.records = fresh.records;
      e.error = fresh.error;
      e.raw = fresh.raw;
      e.lost = [];
      affected.push(uri);
      this.host.changed(uri);
    }
    return affected;
  }

  /**
   * Writes records (new or replacing one with the same id) and removes others, through the store (lock, re-read,
   * merge, atomic rename). Throws CorrectionError saying why when it cannot write.
   */
  async write(uri: string, articlePath: string, label: string, change: { upsert?: CorrectionRecord[]; remove?: string[] }, record = true): Promise<void> {
    const e = await this.entry(uri, articlePath);
    if (e.error) {
      throw new CorrectionError(
        `News Lens cannot save the correction: ${path.basename(e.file)} could not be read (${e.error.message}${e.error.line ? `, line ${e.error.line}` : ''}), so it is not overwritten. Fix or move that file, then try again.`,
      );
    }
    const before = new Map(e.records.map((r) => [r.id, r]));
    let file;
    try {
      file = await updateCorrections(articlePath, { upsert: change.upsert ?? [], remove: change.remove ?? [] });
    } catch (err) {
      throw new CorrectionError(`News Lens cannot save the correction: ${(err as Error)?.message ?? err}`);
    }
    const step: UndoStep = { uri, articlePath, label, records: [] };
    for (const r of change.upsert ?? []) step.records.push({ before: before.get(r.id) ?? null, after: r });
    for (const id of change.remove ?? []) if (before.has(id)) step.records.push({ before: before.get(id)!, after: null });
    if (record && step.records.length) this.undoStack.push(step);
    // Our records keep the offsets of the editor's text; others come as the file has them.
    const ours = new Map((change.upsert ?? []).map((r) => [r.id, r]));
    e.records = file.records.map((r) => ours.get(r.id) ?? before.get(r.id) ?? r);
    e.raw = serializeCorrections(file);
    const removed = new Set(change.remove ?? []);
    e.lost = e.lost.filter((u) => !removed.has(u.record.id) && !ours.has(u.record.id));
    this.host.changed(uri);
  }

  /** "In all articles": add or replace names in the workspace list of the folder holding the article. */
  async writeNames(uri: string, articlePath: string, label: string, names: { name: string; type: NameEntry['type'] }[]): Promise<void> {
    const folder = this.folderOf(articlePath);
    const by = await this.host.author(articlePath);
    const at = new Date().toISOString();
    const current = await readNames(folder);
    if ('error' in current) {
      throw new CorrectionError(`News Lens cannot save to the workspace names list: ${path.relative(folder, namesPathFor(folder))} could not be read (${current.error.message}), so it is not overwritten.`);
    }
    const existing = new Map((current.file?.names ?? []).map((n) => [n.name, n]));
    const upsert = names.map((n) => ({ name: n.name, type: n.type, by, at }));
    try {
      await updateNames(folder, { upsert });
    } catch (err) {
      throw new CorrectionError(`News Lens cannot save to the workspace names list: ${(err as Error)?.message ?? err}`);
    }
    this.undoStack.push({ uri, articlePath, label, records: [], names: upsert.map((n) => ({ folder, before: existing.get(n.name) ?? null, after: n })) });
    await this.reloadNames();
  }

  private async reloadNames(): Promise<void> {
    for (const e of this.entries.values()) e.names = (await this.read(e.articlePath)).names;
    this.host.namesChanged();
  }

  /** The workspace folder holding the article (else its own folder). */
  folderOf(articlePath: string): string {
    const folders = [...this.host.folders()].sort((a, b) => b.length - a.length);
    return folders.find((f) => !path.relative(f, articlePath).startsWith('..') && !path.isAbsolute(path.relative(f, articlePath))) ?? path.dirname(articlePath);
  }

  /** Undoes the last write (of any article). Returns what was undone, or null when there is nothing. */
  async undo(): Promise<{ uri: string; label: string } | null> {
    const step = this.undoStack.pop();
    if (!step) return null;
    try {
      if (step.records.length) {
        const upsert = step.records.filter((x) => x.before).map((x) => x.before!);
        const remove = step.records.filter((x) => !x.before && x.after).map((x) => x.after!.id);
        await this.write(step.uri, step.articlePath, `undo ${step.label}`, { upsert, remove }, false);
      }
      if (step.names?.length) {
        for (const n of step.names) {
          await updateNames(n.folder, n.before ? { upsert: [n.before] } : { remove: [n.after.name] });
        }
        await this.reloadNames();
      }
    } catch (err) {
      // Keep the step: the user may fix the folder and undo again.
      this.undoStack.push(step);
      throw err instanceof CorrectionError ? err : new CorrectionError(`News Lens cannot undo: ${(err as Error)?.message ?? err}`);
    }
    return { uri: step.uri, label: step.label };
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
}

export { correctionsPathFor };
