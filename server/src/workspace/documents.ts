// Open documents: incremental text sync, which documents are articles, and their analyses cached per
// version. Requests await the analysis of the document's current version; an analysis of an older version
// never replaces a newer one. A failed analysis is logged and shown once; the document then has no annotations.
import path from 'node:path';
import { TextDocuments, type CancellationToken, ResponseError, LSPErrorCodes } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CorrectionsInput } from '../engine/corrections';
import { emptyAnalysis, DocModel } from './model';
import { Analyzer, LargeDocument, SupersededError } from './analyzer';
import { fileFilter, uriToPath, unreadable, type FileFilter } from './files';
import type { Settings } from './settings';

export interface DocumentHost {
  settings(): Settings;
  /** Folders (file system paths) the include/exclude globs are relative to. */
  folders(): string[];
  log(message: string): void;
  showError(message: string): void;
  skipped(uri: string, reason: string): void;
  analysed(model: DocModel): void;
  closed(uri: string): void;
  /** The corrections to analyse a document with (loaded before its first analysis). */
  corrections?(uri: string, filePath: string | null): Promise<CorrectionsInput | undefined>;
  /** The text changed in the editor: each change as UTF-16 offsets into the text before it. */
  edited?(uri: string, edits: { start: number; end: number; text: string }[], oldText: string, newText: string): void;
}

interface DocState {
  model: DocModel | null;
  running: Promise<DocModel> | null;
  runningVersion: number;
  lastError: string | null;
  skippedKind: string | null;
}

export class DocumentStore {
  // Each content change is applied in turn so its offsets are known (corrections move with the text).
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      const oldText = doc.getText();
      const edits: { start: number; end: number; text: string }[] = [];
      for (const c of changes) {
        const start = 'range' in c ? doc.offsetAt(c.range.start) : 0;
        const end = 'range' in c ? doc.offsetAt(c.range.end) : doc.getText().length;
        edits.push({ start, end, text: c.text });
        TextDocument.update(doc, [c], version);
      }
      this.host.edited?.(doc.uri, edits, oldText, doc.getText());
      return doc;
    },
  });
  private readonly states = new Map<string, DocState>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly host: DocumentHost,
  ) {
    this.documents.onDidOpen((e) => this.schedule(e.document));
    this.documents.onDidChangeContent((e) => this.schedule(e.document));
    this.documents.onDidClose((e) => {
      this.states.delete(e.document.uri);
      this.analyzer.forget(e.document.uri);
      this.host.closed(e.document.uri);
    });
  }

  /** Whether News Lens annotates this open document (language id or include globs). */
  isArticle(doc: TextDocument): boolean {
    const s = this.host.settings();
    if (s.languages.includes(doc.languageId)) return !this.excluded(doc.uri, s);
    const p = uriToPath(doc.uri);
    if (!p) return false;
    const filter = this.filters(s).include;
    const folders = this.host.folders();
    const rel = folders.map((f) => path.relative(f, p)).find((r) => r && !r.startsWith('..') && !path.isAbsolute(r));
    return filter.matches(rel ?? p);
  }

  private excluded(uri: string, s: Settings): boolean {
    const p = uriToPath(uri);
    if (!p || !s.exclude.length) return false;
    const filter = this.filters(s).exclude;
    const rel = this.host.folders().map((f) => path.relative(f, p)).find((r) => r && !r.startsWith('..') && !path.isAbsolute(r));
    return !filter.matches(rel ?? p);
  }

  private filterMemo: { settings: Settings; include: FileFilter; exclude: FileFilter } | null = null;
  private filters(s: Settings) {
    if (this.filterMemo?.settings !== s) {
      this.filterMemo = { settings: s, include: fileFilter(s), exclude: fileFilter({ include: ['**/*'], exclude: s.exclude }) };
    }
    return this.filterMemo;
  }

  /** Open article documents. */
  articles(): TextDocument[] {
    return this.documents.all().filter((d) => this.isArticle(d));
  }

  /** Latest finished analysis, whatever its version (for cheap cross-document look-ups). */
  latest(uri: string): DocModel | null {
    return this.states.get(uri)?.model ?? null;
  }

  private diffMemo: { model: DocModel; version: number; firstDiff: number } | null = null;

  /**
   * For a long article whose newest analysis is still running: the previous analysis and the first offset
   * where the text has changed since. Everything before that offset is identical in both versions, so a
   * result lying entirely before it is still right (used for hovers and definitions while typing).
   */
  previousBeforeEdit(uri: string): { model: DocModel; firstDiff: number } | null {
    const doc = this.documents.get(uri);
    const model = this.states.get(uri)?.model;
    if (!doc || !model || model.failure || model.version === doc.version || doc.getText().length <= LargeDocument) return null;
    if (this.diffMemo?.model === model && this.diffMemo.version === doc.version) return this.diffMemo;
    const a = model.text;
    const b = doc.getText();
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    this.diffMemo = { model, version: doc.version, firstDiff: i };
    return this.diffMemo;
  }

  /** Re-analyse one open document whatever its version (its corrections changed). */
  refresh(uri: string): void {
    const d = this.documents.get(uri);
    const st = this.states.get(uri);
    if (!d || !st) return;
    st.model = null;
    st.running = null;
    this.schedule(d);
  }

  /** Re-analyse every open document (settings changed). */
  refreshAll(): void {
    for (const d of this.documents.all()) {
      const st = this.states.get(d.uri);
      if (st) {
        // Size limits and languages may have changed: decide again even for an unchanged version.
        st.skippedKind = null;
        st.model = null;
        st.running = null;
      }
      this.schedule(d);
    }
  }

  private state(uri: string): DocState {
    let st = this.states.get(uri);
    if (!st) this.states.set(uri, (st = { model: null, running: null, runningVersion: -1, lastError: null, skippedKind: null }));
    return st;
  }

  private settingsReady: Promise<void> = Promise.resolve();

  /**
   * Analyse nothing until `loaded` settles: documents opened right after start-up would otherwise be judged
   * by the default settings (analysed when the user's size limit says no, or skipped with a wrong notice).
   */
  waitForSettings(loaded: Promise<unknown>): void {
    this.settingsReady = loaded.then(
      () => undefined,
      () => undefined,
    );
  }

  private schedule(doc: TextDocument): void {
    void this.settingsReady
      .then(() => {
        const current = this.documents.get(doc.uri);
        if (current && this.isArticle(current)) return this.ensure(current);
      })
      .catch(() => undefined);
  }

  /** Analysis of the document's current version (waits for it). Null when the document is not an article. */
  async model(uri: string, token?: CancellationToken): Promise<DocModel | null> {
    await cancellable(this.settingsReady, token);
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc || !this.isArticle(doc)) return null;
      try {
        const model = await cancellable(this.ensure(doc), token);
        if (model.version === this.documents.get(uri)?.version) return model;
      } catch (err) {
        if (!(err instanceof SupersededError)) throw err;
      }
      // The document changed while we waited: go again for the newer version.
    }
  }

  private ensure(doc: TextDocument): Promise<DocModel> {
    const st = this.state(doc.uri);
    if (st.model && st.model.version === doc.version) return Promise.resolve(st.model);
    if (st.running && st.runningVersion === doc.version) return st.running;
    const text = doc.getText();
    const version = doc.version;
    const skip = unreadable(text, this.host.settings().maxFileSize);
    if (skip) {
      const model = new DocModel(doc.uri, version, '', emptyAnalysis, skip.reason);
      // Once per kind: typing in an oversized document changes the size in the message, not the news.
      if (st.skippedKind !== skip.kind) {
        st.skippedKind = skip.kind;
        this.host.skipped(doc.uri, skip.reason);
      }
      this.store(st, model);
      return Promise.resolve(model);
    }
    st.skippedKind = null;
    const filePath = uriToPath(doc.uri);
    const fileName = filePath ?? doc.uri;
    const corrections = this.host.corrections ? this.host.corrections(doc.uri, filePath) : Promise.resolve(undefined);
    const run = corrections.then((c) => this.analyzer.analyze(doc.uri, text, fileName, c)).then(
      ({ analysis, summary }) => {
        st.lastError = null;
        return this.store(st, new DocModel(doc.uri, version, text, analysis, null, summary));
      },
      (err: Error) => {
        if (err instanceof SupersededError) throw err;
        const message = String(err?.message ?? err).split('\n')[0];
        this.host.log(`News Lens: analysis of ${doc.uri} (version ${version}) failed: ${err?.stack ?? err}`);
        if (st.lastError !== message) {
          st.lastError = message;
          this.host.showError(`News Lens could not analyse ${path.basename(doc.uri)}: ${message}. The document is shown without annotations; details are in the output log.`);
        }
        return this.store(st, new DocModel(doc.uri, version, text, emptyAnalysis, message));
      },
    );
    st.running = run;
    st.runningVersion = version;
    void run.finally(() => {
      if (st.running === run) st.running = null;
    }).catch(() => undefined);
    return run;
  }

  /** Keep the newest model only; an older version's result never replaces it. */
  private store(st: DocState, model: DocModel): DocModel {
    if (!st.model || st.model.version <= model.version) {
      st.model = model;
      if (this.states.get(model.uri) === st) this.host.analysed(model);
    }
    return model;
  }
}

export async function cancellable<T>(p: Promise<T>, token?: CancellationToken): Promise<T> {
  if (!token) return p;
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  return new Promise<T>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
    });
    p.then(
      (v) => {
        sub.dispose();
        resolve(v);
      },
      (e) => {
        sub.dispose();
        reject(e);
      },
    );
  });
}
