// The News Lens VS Code client: starts the language server (dist/server.js) over IPC and adds the
// few commands LSP has no standard request for. All analysis happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  AdjacentQuoteRequest,
  QuotesBySpeakerRequest,
  ShowReferencesCommand,
  SkippedNotification,
  type AdjacentQuoteParams,
  type AdjacentQuoteResult,
  type QuotesBySpeakerResult,
  type ShowReferencesArguments,
  type IndexStatusParams,
  type SkippedParams,
} from '../../server/src/protocol';
import { registerCorrectionCommands } from './corrections';
import { IndexStatusBar } from './indexStatus';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
/** Files added with "Annotate This File" whose language or path the settings do not cover. */
const annotated = new Set<string>();
let indexBar: IndexStatusBar;
/** Where the server keeps its index cache: this workspace's storage folder (the global one without a workspace). */
let cacheFolder: string | undefined;

/** What the extension returns to other extensions (and to the end-to-end tests). */
export interface NewsLensApi {
  /** Resolves once the server is running and has answered `initialize`. */
  ready(): Promise<void>;
  /** The current document selector (settings plus files annotated on request). */
  selector(): vscode.DocumentFilter[];
  /** The last workspace index status the server reported (undefined before the first one). */
  indexStatus(): IndexStatusParams | undefined;
  /** The folder the server keeps its index cache in (undefined: no persistent index). */
  cacheFolder(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  output = vscode.window.createOutputChannel('News Lens', { log: true });
  indexBar = new IndexStatusBar();
  context.subscriptions.push(output, indexBar);
  cacheFolder = await storageFolder(context);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  let starting: Promise<void> = start(serverModule);
  starting.catch(() => undefined); // reported by start(); ready() still rejects for callers
  // Restarts run one after another: stopping a client that is still starting would leave it running
  // beside its replacement (every hover and hint twice).
  let queue: Promise<void> = Promise.resolve();
  const restart = () => {
    queue = queue.then(async () => {
      await starting.catch(() => undefined);
      const old = client;
      client = undefined;
      await setActive(false);
      if (old) await old.stop().catch((e) => output.appendLine(`stop failed: ${e}`));
      starting = start(serverModule);
      await starting.catch(() => undefined);
    });
    return queue;
  };
  const ready = async () => {
    await queue;
    await starting;
  };

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // Other newsLens.* settings reach the server through workspace/didChangeConfiguration;
      // the document selector can only change by starting a new client.
      if (e.affectsConfiguration('newsLens.languages') || e.affectsConfiguration('newsLens.include')) void restart();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateActive()),
    vscode.commands.registerCommand('newsLens.restartServer', restart),
    vscode.commands.registerCommand('newsLens.rebuildIndex', async () => {
      await ready().catch(() => undefined);
      return indexBar.rebuild(client);
    }),
    vscode.commands.registerCommand('newsLens.annotateFile', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      if (doc.uri.scheme !== 'file') {
        void vscode.window.showInformationMessage('News Lens: save the file first, then annotate it.');
        return false;
      }
      if (vscode.languages.match(selector(), doc) > 0) {
        vscode.window.setStatusBarMessage(`News Lens already annotates ${path.basename(doc.fileName)}`, 4000);
        return true;
      }
      annotated.add(doc.uri.toString());
      await restart();
      return true;
    }),
    vscode.commands.registerCommand('newsLens.nextQuoteBySpeaker', () => adjacentQuote('next')),
    vscode.commands.registerCommand('newsLens.previousQuoteBySpeaker', () => adjacentQuote('previous')),
    vscode.commands.registerCommand('newsLens.goToSpeaker', () => vscode.commands.executeCommand('editor.action.revealDefinition')),
    vscode.commands.registerCommand('newsLens.showQuotesBySpeaker', showQuotesBySpeaker),
    vscode.commands.registerCommand(ShowReferencesCommand, (...args: ShowReferencesArguments) => showReferences(...args)),
    ...registerCorrectionCommands(() => client),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    { dispose: () => void client?.stop() },
  );

  return { ready, selector, indexStatus: () => indexBar.status(), cacheFolder: () => cacheFolder };
}

/** The extension's storage folder, created if needed; none (no persistent index) if it cannot be created. */
async function storageFolder(context: vscode.ExtensionContext): Promise<string | undefined> {
  const uri = context.storageUri ?? context.globalStorageUri;
  try {
    await vscode.workspace.fs.createDirectory(uri);
    return uri.fsPath;
  } catch (e) {
    output.warn(`no index cache: cannot create ${uri.fsPath}: ${e}`);
    return undefined;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Document filters from `newsLens.languages` and `newsLens.include`, plus files annotated on request. */
function selector(): vscode.DocumentFilter[] {
  const config = vscode.workspace.getConfiguration('newsLens');
  const filters: vscode.DocumentFilter[] = [];
  for (const language of config.get<string[]>('languages', ['news', 'plaintext'])) {
    filters.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  for (const pattern of config.get<string[]>('include', [])) filters.push({ scheme: 'file', pattern });
  for (const uri of annotated) {
    const u = vscode.Uri.parse(uri);
    // A glob naming exactly this file; a path with glob metacharacters falls back to its language.
    if (!/[*?[\]{}]/.test(u.fsPath)) filters.push({ scheme: 'file', pattern: u.fsPath });
    else filters.push({ scheme: 'file', language: vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)?.languageId });
  }
  return filters;
}

/** The server's view of the settings: `include` also names the files annotated on request (relative to their folder). */
function withAnnotated(config: Record<string, unknown>): Record<string, unknown> {
  if (!annotated.size) return config;
  const include = Array.isArray(config.include) ? [...(config.include as string[])] : [];
  for (const uri of annotated) {
    const u = vscode.Uri.parse(uri);
    const folder = vscode.workspace.getWorkspaceFolder(u);
    const p = folder ? path.relative(folder.uri.fsPath, u.fsPath) : u.fsPath.replace(/^\/+/, '');
    include.push(p.split(path.sep).join('/').replace(/[*?[\]{}()!+@\\]/g, '\\$&'));
  }
  return { ...config, include };
}

async function start(serverModule: string): Promise<void> {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector() as DocumentSelector,
    outputChannel: output,
    // This client has the input commands of the corrections that need typing (Set speaker…, Set role…, Set value…).
    // Trust: in an untrusted workspace the server does not run git there to learn who corrects (docs/lsp.md).
    // The index cache lives in the extension's storage folder, so a restart reads it instead of analysing every article.
    initializationOptions: { inputCommands: true, trusted: vscode.workspace.isTrusted, cacheFolder },
    // The server decides what to analyse from its settings (it asks for them with workspace/configuration
    // and registers for changes itself): files annotated on request are added to its include globs.
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) =>
            params.items[i]?.section === 'newsLens' && value && typeof value === 'object' ? withAnnotated(value as Record<string, unknown>) : value,
          );
        },
      },
    },
  };
  const c = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
  client = c;
  c.onNotification(SkippedNotification, (p: SkippedParams) => {
    const name = path.basename(vscode.Uri.parse(p.uri).fsPath);
    output.appendLine(`skipped ${p.uri}: ${p.reason}`);
    vscode.window.setStatusBarMessage(`$(warning) News Lens skipped ${name}: ${p.reason}`, 10_000);
  });
  indexBar.attach(c);
  try {
    await c.start();
  } catch (e) {
    output.appendLine(`News Lens server failed to start: ${e}`);
    void vscode.window.showErrorMessage(`News Lens server failed to start: ${e instanceof Error ? e.message : e}`);
    throw e;
  }
  await updateActive();
}

/** The `newsLens.active` context key enables the keybindings in annotated editors only. */
async function updateActive(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  await setActive(!!client && !!doc && vscode.languages.match(selector(), doc) > 0);
}

function setActive(value: boolean) {
  return vscode.commands.executeCommand('setContext', 'newsLens.active', value);
}

function lspPosition(p: vscode.Position) {
  return { line: p.line, character: p.character };
}

/** Moves the cursor to the next or previous quote by the speaker of the quote under the cursor. */
async function adjacentQuote(direction: 'next' | 'previous'): Promise<AdjacentQuoteResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return undefined;
  const params: AdjacentQuoteParams = {
    textDocument: { uri: editor.document.uri.toString() },
    position: lspPosition(editor.selection.active),
    direction,
  };
  const result = await client.sendRequest<AdjacentQuoteResult>(AdjacentQuoteRequest, params);
  if (result?.target) {
    const range = client.protocol2CodeConverter.asRange(result.target.range);
    const target = vscode.Uri.parse(result.target.uri);
    const ed = target.toString() === editor.document.uri.toString()
      ? editor
      : await vscode.window.showTextDocument(target);
    // Cursor at the start of the quote, not a selection of it: typing must not replace the quote.
    ed.selection = new vscode.Selection(range.start, range.start);
    ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  const message = result?.message ?? (result?.wrapped ? 'News Lens: wrapped around' : undefined);
  if (message) vscode.window.setStatusBarMessage(message, 4000);
  else if (result && !result.target) vscode.window.setStatusBarMessage('News Lens: no other quote by this speaker', 4000);
  return result;
}

/** Lists every quote by the speaker under the cursor in a quick pick and opens the chosen one. */
async function showQuotesBySpeaker(): Promise<QuotesBySpeakerResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return undefined;
  const result = await client.sendRequest<QuotesBySpeakerResult>(QuotesBySpeakerRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: lspPosition(editor.selection.active),
  });
  if (!result?.speaker || !result.quotes.length) {
    vscode.window.setStatusBarMessage('News Lens: no speaker here (put the cursor in a quote or on a name)', 4000);
    return result;
  }
  const c = client;
  const items = result.quotes.map((q) => ({
    label: q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text,
    description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(q.uri))}:${q.range.start.line + 1}`,
    quote: q,
  }));
  // Resolve without waiting for the user so commands can be scripted; the pick opens the quote.
  void vscode.window.showQuickPick(items, { title: `Quotes by ${result.speaker}`, matchOnDescription: true }).then(async (pick) => {
    if (!pick) return;
    const range = c.protocol2CodeConverter.asRange(pick.quote.range);
    await vscode.window.showTextDocument(vscode.Uri.parse(pick.quote.uri), { selection: new vscode.Range(range.start, range.start) });
  });
  return result;
}

/** Code lens target: shows LSP locations in the references peek view (asked for on click when the lens has none). */
async function showReferences(uri: string | vscode.Uri, position: { line: number; character: number }, locations: ShowReferencesArguments[2]) {
  const c = client;
  if (!c) return;
  const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const pos = position instanceof vscode.Position ? position : new vscode.Position(position.line, position.character);
  const locs = locations
    ? locations.map((l) => (l instanceof vscode.Location ? l : c.protocol2CodeConverter.asLocation(l)))
    : ((await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', u, pos)) ?? []);
  await vscode.commands.executeCommand('editor.action.showReferences', u, pos, locs);
}
