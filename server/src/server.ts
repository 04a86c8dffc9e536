// The News Lens language server: wiring between LSP and the features (one per file in features/).
// Start with --stdio or --node-ipc (vscode-languageserver reads the transport from the command line).
import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  CodeActionKind,
  ResponseError,
  type InitializeParams,
  type InitializeResult,
  type CancellationToken,
  type ClientCapabilities,
} from 'vscode-languageserver/node';
import { AdjacentQuoteRequest, QuotesBySpeakerRequest, SkippedNotification, IndexStatusNotification, RebuildIndexRequest, type AdjacentQuoteParams, type QuotesBySpeakerParams, type SkippedParams, type IndexStatusParams } from './protocol';
import { AgreementCommand, ConfirmArticleCommand, CorrectCommand, UndoCorrectionCommand, type CorrectArguments, type CorrectResult, type DocumentCommandArguments } from './protocol';
import { CorrectionsTracker } from './workspace/corrections';
import { codeActions, CorrectionKind } from './features/codeActions';
import { correctionDiagnostics, fileDiagnostics } from './features/correctionDiagnostics';
import { runConfirmArticle, runCorrect, runUndo, type CommandHost } from './features/correctionCommands';
import { runAgreement } from './features/agreement';
import { Analyzer } from './workspace/analyzer';
import { DocumentStore } from './workspace/documents';
import { Indexer } from './workspace/indexer';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { defaultSettings, readSettings, type Settings } from './workspace/settings';
import { uriToPath } from './workspace/files';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { author } from './corrections/store';
import { articleOf, CorrectionFileGlobs, correctionsPathFor, isCorrectionsFile } from './workspace/correctionsFile';
import type { DocModel } from './workspace/model';
import type { FeatureContext } from './features/context';
import { basename } from './features/context';
import { legend, SemanticTokensProvider } from './features/semanticTokens';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { documentHighlights } from './features/documentHighlights';
import { adjacentQuote } from './features/adjacentQuote';
import { quotesBySpeaker } from './features/quotesBySpeaker';
import { documentSymbols } from './features/documentSymbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { inlayHints } from './features/inlayHints';
import { diagnostics } from './features/diagnostics';
import { codeLenses, resolveCodeLens } from './features/codeLens';

const connection = createConnection(ProposedFeatures.all);
const log = (msg: string) => connection.console.log(msg);
const logError = (msg: string) => connection.console.error(msg);

// A bug in one document's analysis or in a handler must never take the server down.
process.on('uncaughtException', (err) => logError(`News Lens: uncaught exception: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => logError(`News Lens: unhandled rejection: ${(err as Error)?.stack ?? err}`));

let settings: Settings = defaultSettings;
let folders: string[] = [];
let caps: ClientCapabilities = {};
let cacheFolder: string | null = null;
let settingsLoaded: () => void = () => undefined;
const analyzer = new Analyzer(logError);
const index = new WorkspaceIndex();
const tokens = new SemanticTokensProvider();
let inputCommands = false;
/** VS Code's workspace trust (other editors have none: trusted). Untrusted: git is not run in the workspace. */
let trusted = true;
const whoDecides = (articlePath: string) => author(trusted ? path.dirname(articlePath) : os.homedir());
const tracker = new CorrectionsTracker({
  author: whoDecides,
  folders: () => folders,
  log: logError,
  changed: (uri) => reanalyse([uri]),
  namesChanged: () => {
    reanalyse(store.documents.all().map((d) => d.uri));
    void indexer.start();
  },
});
const correctionFileDiagnostics = new Set<string>();

const store = new DocumentStore(analyzer, {
  settings: () => settings,
  folders: () => folders,
  log: logError,
  showError: (m) => void connection.window.showErrorMessage(m),
  skipped: (uri, reason) => {
    void connection.sendNotification(SkippedNotification, { uri, reason } satisfies SkippedParams);
    void connection.window.showWarningMessage(`News Lens skipped ${basename(uri)}: ${reason}.`);
  },
  corrections: (uri, filePath) => tracker.input(uri, filePath),
  edited: (uri, edits, oldText, newText) => tracker.edited(uri, edits, oldText, newText),
  analysed: (model) => {
    // Records as the engine placed them in the editor's current text (no edit arrived since).
    if (model.analysis.corrections && store.documents.get(model.uri)?.version === model.version) tracker.adopt(model.uri, model.analysis.corrections.placed);
    // Spread over event-loop turns (a huge article's summary takes a while); skip if a newer model arrived.
    const current = () => store.latest(model.uri) === model;
    setImmediate(() => {
      if (!current()) return;
      index.setOpen(model.uri, model.failure ? null : model.summary);
      setImmediate(() => current() && publishDiagnostics(model));
    });
  },
  closed: (uri) => {
    index.setOpen(uri, null);
    tracker.forget(uri);
    tokens.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  },
});

const ctx: FeatureContext = { store, index, settings: () => settings };

const indexer = new Indexer(index, {
  settings: () => settings,
  folders: () => folders,
  cacheFolder: () => cacheFolder,
  log: logError,
  async progress(title) {
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, 'finding articles', false);
      return { report: (p, m) => reporter.report(p, m), done: () => reporter.done() };
    } catch (err) {
      // No progress UI (the client refused): index anyway.
      log(`News Lens: no progress reporting: ${err}`);
      return { report: () => undefined, done: () => undefined };
    }
  },
  skipped(files) {
    for (const f of files) void connection.sendNotification(SkippedNotification, f satisfies SkippedParams);
    const list = files.slice(0, 3).map((f) => `${basename(f.uri)} (${f.reason})`).join('; ');
    void connection.window.showWarningMessage(`News Lens did not index ${files.length} file${files.length === 1 ? '' : 's'}: ${list}${files.length > 3 ? '; …' : ''}`);
  },
  status(s) {
    void connection.sendNotification(IndexStatusNotification, s satisfies IndexStatusParams);
  },
  analysis: analyzer,
});

function publishDiagnostics(model: DocModel): void {
  if (model.failure) {
    void connection.sendDiagnostics({ uri: model.uri, version: model.version, diagnostics: [] });
    return;
  }
  const fileErrors = tracker.errors(model.uri);
  void connection.sendDiagnostics({ uri: model.uri, version: model.version, diagnostics: [...diagnostics(ctx, model), ...correctionDiagnostics(model, fileErrors)] });
  // The unreadable corrections file itself gets a diagnostic at the line it names (cleared once it reads).
  for (const f of fileErrors) {
    const uri = pathToFileURL(f.path).href;
    correctionFileDiagnostics.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: fileDiagnostics(f) });
  }
  const file = uriToPath(model.uri);
  const own = file ? pathToFileURL(correctionsPathFor(file)).href : null;
  if (own && correctionFileDiagnostics.has(own) && !fileErrors.some((f) => pathToFileURL(f.path).href === own)) {
    correctionFileDiagnostics.delete(own);
    void connection.sendDiagnostics({ uri: own, diagnostics: [] });
  }
}

/** Corrections changed: analyse again, then ask the client for tokens, hints and lenses again. */
function reanalyse(uris: string[]): void {
  for (const uri of uris) store.refresh(uri);
  void Promise.all(uris.map((u) => store.model(u).catch(() => null))).then(() => {
    if (caps.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
    if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  });
  for (const uri of uris) indexer.fileChanged(uri, false);
}

const commandHost: CommandHost = {
  tracker,
  model: (uri) => store.model(uri),
  filePath: (uri) => uriToPath(uri),
  author: whoDecides,
};

const agreementHost = {
  ...commandHost,
  folders: () => folders,
  async machine(uri: string, text: string, fileName: string) {
    // Its own key in the analysis worker, so the article's block cache is untouched.
    const key = `news-lens-machine:${uri}`;
    try {
      return (await analyzer.analyze(key, text, fileName)).analysis;
    } finally {
      analyzer.forget(key);
    }
  },
};

/** A correction command's outcome: failures are shown in every editor (a read-only folder says so). */
function reported(r: CorrectResult): CorrectResult {
  if (!r.ok) void connection.window.showErrorMessage(r.message);
  return r;
}

// Cross-document data changed (indexing, another article edited): refresh what depends on it, debounced.
let crossTimer: NodeJS.Timeout | null = null;
let crossGeneration = -1;
index.onChange(() => {
  if (crossTimer) return;
  crossTimer = setTimeout(() => {
    crossTimer = null;
    if (crossGeneration === index.generation) return;
    crossGeneration = index.generation;
    for (const d of store.articles()) {
      const m = store.latest(d.uri);
      if (m) publishDiagnostics(m);
    }
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }, 400);
});

/** Run a handler on the current analysis of a document; errors are logged, never fatal. */
async function withModel<T>(uri: string, token: CancellationToken, empty: T, fn: (m: DocModel) => T | Promise<T>): Promise<T> {
  try {
    const model = await store.model(uri, token);
    if (!model || model.failure) return empty;
    return await fn(model);
  } catch (err) {
    if (err instanceof ResponseError) throw err;
    logError(`News Lens: request failed for ${uri}: ${(err as Error)?.stack ?? err}`);
    return empty;
  }
}

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/**
 * Position requests on a long article while its newest analysis runs: answer from the previous analysis when
 * the cursor and every range in the answer lie before the first edited character; otherwise wait.
 */
async function withModelAt<T>(
  uri: string,
  position: { line: number; character: number },
  token: CancellationToken,
  empty: T,
  fn: (m: DocModel, offset: number) => T,
  ranges: (r: T) => Range[],
): Promise<T> {
  const prev = store.previousBeforeEdit(uri);
  if (prev) {
    try {
      const offset = prev.model.offsetAt(position);
      if (offset < prev.firstDiff) {
        const r = fn(prev.model, offset);
        if (ranges(r).every((x) => prev.model.offsetAt(x.end) < prev.firstDiff)) return r;
      }
    } catch (err) {
      logError(`News Lens: request on the previous analysis failed: ${(err as Error)?.stack ?? err}`);
    }
  }
  return withModel(uri, token, empty, (m) => fn(m, m.offsetAt(position)));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  caps = params.capabilities;
  folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!folders.length && params.rootUri) {
    const p = uriToPath(params.rootUri);
    if (p) folders = [p];
  }
  analyzer.warmUp();
  const init = params.initializationOptions as { settings?: unknown; inputCommands?: boolean; trusted?: boolean; cacheFolder?: unknown } | undefined;
  inputCommands = init?.inputCommands === true;
  trusted = init?.trusted !== false;
  // The index cache: the extension's storage folder, or any folder another editor names (none: no cache).
  if (typeof init?.cacheFolder === 'string' && init.cacheFolder) cacheFolder = uriToPath(init.cacheFolder) ?? init.cacheFolder;
  if (init?.settings) settings = readSettings(init.settings);
  else if (caps.workspace?.configuration) {
    // Settings come with `initialized`; a client that never sends it only delays the first analysis.
    store.waitForSettings(new Promise<void>((resolve) => {
      settingsLoaded = resolve;
      setTimeout(resolve, 10_000).unref();
    }));
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CorrectionKind, CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [CorrectCommand, ConfirmArticleCommand, UndoCorrectionCommand, AgreementCommand] },
      semanticTokensProvider: { legend, full: { delta: true }, range: true },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'news-lens-server', version: '0.1.0' },
  };
});

async function pullSettings(): Promise<void> {
  if (!caps.workspace?.configuration) return;
  try {
    const raw = await connection.workspace.getConfiguration('newsLens');
    settings = readSettings(raw);
  } catch (err) {
    logError(`News Lens: could not read settings: ${err}`);
  }
}

connection.onInitialized(async () => {
  await pullSettings();
  settingsLoaded();
  if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
  }
  if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [...settings.include, ...CorrectionFileGlobs].map((globPattern) => ({ globPattern })) })
      .catch(() => undefined);
  }
  if (caps.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      folders = folders.filter((f) => !removed.has(f));
      for (const f of e.added) {
        const p = uriToPath(f.uri);
        if (p) folders.push(p);
      }
      void indexer.start();
    });
  }
  store.refreshAll();
  void indexer.start();
});

connection.onDidChangeConfiguration(async (change) => {
  const before = settings;
  if (caps.workspace?.configuration) await pullSettings();
  else settings = readSettings((change.settings as { newsLens?: unknown } | undefined)?.newsLens);
  const changed = (k: keyof Settings) => JSON.stringify(before[k]) !== JSON.stringify(settings[k]);
  if (changed('languages') || changed('include') || changed('exclude') || changed('maxFileSize')) store.refreshAll();
  if (changed('include') || changed('exclude') || changed('maxFileSize') || changed('workspaceIndex')) void indexer.start();
  if (caps.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh();
  if (caps.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
  if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  for (const d of store.documents.all()) {
    const m = store.latest(d.uri);
    if (m) publishDiagnostics(m);
  }
});

connection.onDidChangeWatchedFiles((e) => {
  for (const c of e.changes) {
    const p = uriToPath(c.uri);
    if (p && isCorrectionsFile(p)) {
      // Changed by git or another editor: read again (the open article is re-analysed by the tracker).
      void tracker.fileChanged(p).then(() => {
        const article = articleOf(p);
        if (article) indexer.fileChanged(pathToFileURL(article).href, false);
      });
      continue;
    }
    // Open documents are analysed from the editor's text; the disk copy is still indexed for when they close.
    indexer.fileChanged(c.uri, c.type === FileChangeType.Deleted);
  }
});

connection.languages.semanticTokens.on((p, token) => withModel(p.textDocument.uri, token, { data: [] }, (m) => tokens.full(m, settings)));
connection.languages.semanticTokens.onDelta((p, token) =>
  withModel(p.textDocument.uri, token, { data: [] } as Awaited<ReturnType<SemanticTokensProvider['delta']>>, (m) => tokens.delta(m, settings, p.previousResultId)),
);
connection.languages.semanticTokens.onRange((p, token) => withModel(p.textDocument.uri, token, { data: [] }, (m) => tokens.range(m, settings, p.range)));
connection.onHover((p, token) =>
  withModelAt(p.textDocument.uri, p.position, token, null, (m, o) => hover(ctx, m, o), (h) => (h?.range ? [h.range] : [])),
);
connection.onDefinition((p, token) =>
  withModelAt(p.textDocument.uri, p.position, token, null, (m, o) => definition(m, o), (d) => (d ? [d.range] : [])),
);
connection.onReferences((p, token) =>
  withModel(p.textDocument.uri, token, [], (m) => references(ctx, m, m.offsetAt(p.position), p.context?.includeDeclaration ?? true)),
);
connection.onDocumentHighlight((p, token) => withModel(p.textDocument.uri, token, [], (m) => documentHighlights(m, m.offsetAt(p.position))));
connection.onDocumentSymbol((p, token) => withModel(p.textDocument.uri, token, [], (m) => documentSymbols(m)));
connection.onWorkspaceSymbol((p) => workspaceSymbols(ctx, p.query));
connection.languages.inlayHint.on((p, token) =>
  withModel(p.textDocument.uri, token, [], (m) => (settings.inlayHints.enabled ? inlayHints(m, p.range) : [])),
);
connection.onCodeLens((p, token) => withModel(p.textDocument.uri, token, [], (m) => (settings.codeLens.enabled ? codeLenses(ctx, m) : [])));
connection.onCodeLensResolve((lens) => resolveCodeLens(ctx, store.latest((lens.data as { uri?: string } | undefined)?.uri ?? '') ?? null, lens));
connection.onRequest(RebuildIndexRequest, async () => {
  await indexer.rebuild();
  return index.stats();
});
connection.onRequest(AdjacentQuoteRequest, (p: AdjacentQuoteParams, token) =>
  withModel(p.textDocument.uri, token, { target: null, wrapped: false, message: 'News Lens does not annotate this document.' }, (m) =>
    adjacentQuote(m, m.offsetAt(p.position), p.direction === 'previous' ? 'previous' : 'next'),
  ),
);
connection.onRequest(QuotesBySpeakerRequest, (p: QuotesBySpeakerParams, token) =>
  withModel(p.textDocument.uri, token, { speaker: null, quotes: [] }, (m) => quotesBySpeaker(ctx, m, m.offsetAt(p.position))),
);

connection.onCodeAction((p, token) =>
  // Corrections are kept beside a file on disk: none for untitled documents.
  !uriToPath(p.textDocument.uri) ? [] : withModel(p.textDocument.uri, token, [], (m) =>
    codeActions(m, m.offsetAt(p.range.start), m.offsetAt(p.range.end), p.context.diagnostics, { inputCommands })
      // A client asking for some kinds only (e.g. source actions on save) gets only those.
      .filter((a) => !p.context.only || p.context.only.some((k) => a.kind === k || a.kind?.startsWith(`${k}.`))),
  ),
);
connection.onExecuteCommand(async (p) => {
  const arg = (p.arguments?.[0] ?? {}) as Partial<CorrectArguments> & DocumentCommandArguments;
  switch (p.command) {
    case CorrectCommand:
      return reported(await runCorrect(commandHost, arg as CorrectArguments));
    case ConfirmArticleCommand:
      return arg.uri ? reported(await runConfirmArticle(commandHost, arg.uri)) : reported({ ok: false, message: 'Confirm Article needs an article (arguments: [{ uri }]).' });
    case UndoCorrectionCommand:
      return reported(await runUndo(commandHost));
    case AgreementCommand:
      return runAgreement(agreementHost, arg.uri ? [arg.uri] : store.articles().map((d) => d.uri));
  }
  return undefined;
});

connection.onShutdown(() => {
  indexer.dispose();
  analyzer.dispose();
});

store.documents.listen(connection);
connection.listen();
