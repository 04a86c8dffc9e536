// A small LSP client for the tests: bundles the real server (server.ts + its analysis worker) with esbuild
// into a temporary folder, starts it as a child process over stdio and speaks LSP with vscode-languageserver-protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type SemanticTokensLegend,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');

let bundled: Promise<string> | null = null;

/** Bundle the server once per test process (a few hundred ms); returns the server entry file. */
export function serverBundle(): Promise<string> {
  if (!bundled) {
    bundled = (async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-lsp-'));
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
      const common = { bundle: true, platform: 'node' as const, target: 'node20', format: 'cjs' as const, logLevel: 'error' as const, absWorkingDir: repoRoot };
      await Promise.all([
        build({ ...common, entryPoints: ['server/src/server.ts'], outfile: path.join(dir, 'server.js') }),
        build({ ...common, entryPoints: ['server/src/workspace/analysisWorker.ts'], outfile: path.join(dir, 'analysisWorker.js') }),
      ]);
      return path.join(dir, 'server.js');
    })();
  }
  return bundled;
}

export interface TokenText {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

export interface SessionOptions {
  /** Workspace folder to index (none by default). */
  root?: string;
  /** Values for the `newsLens` settings section (nested, as VS Code returns them). */
  settings?: Record<string, unknown>;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** More workspace folders besides `root`. */
  moreRoots?: string[];
  /** `initializationOptions` (e.g. the index's cacheFolder). */
  initializationOptions?: Record<string, unknown>;
}

export class Session {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Document version of the last diagnostics published for each URI (the version the server analysed). */
  readonly diagnosticsVersion = new Map<string, number>();
  readonly skipped: { uri: string; reason: string }[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly serverRequests: string[] = [];
  readonly texts = new Map<string, { text: string; version: number }>();
  indexDone = false;
  /** The last newsLens/indexStatus the server sent. */
  indexStatus: { indexed: number; total: number; analysed: number; articles: number; speakers: number; done: boolean } | null = null;
  legend!: SemanticTokensLegend;
  capabilities!: InitializeResult['capabilities'];
  private waiters: (() => void)[] = [];

  constructor(
    readonly conn: ProtocolConnection,
    readonly child: ChildProcess,
    public settings: Record<string, unknown>,
  ) {
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      if (p.version !== undefined) this.diagnosticsVersion.set(p.uri, p.version);
      this.wake();
    });
    conn.onNotification('newsLens/skipped', (p: { uri: string; reason: string }) => {
      this.skipped.push(p);
      this.wake();
    });
    conn.onNotification('newsLens/indexStatus', (p: NonNullable<Session['indexStatus']>) => {
      this.indexStatus = p;
      if (p.done) this.indexDone = true;
      this.wake();
    });
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
      return null;
    });
    conn.onNotification('window/logMessage', () => undefined);
    conn.onNotification('$/progress', () => undefined);
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.serverRequests.push('workspace/configuration');
      return p.items.map(() => this.settings);
    });
    for (const m of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh']) {
      conn.onRequest(m, () => {
        this.serverRequests.push(m);
        this.wake();
        return null;
      });
    }
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /**
   * Wait until `test()` is true (re-checked on every message from the server). The limit only catches a server
   * that is stuck: a passing run never reaches it, and on a machine loaded by other work a cold workspace index
   * (engine threads still compiling) took over 20 s.
   */
  async until<T>(test: () => T | undefined | null | false, what: string, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = test();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 100);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  open(file: string, languageId = 'news', text?: string): string {
    const uri = pathToFileURL(file).href;
    const body = text ?? readFileSync(file, 'utf8');
    this.texts.set(uri, { text: body, version: 1 });
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: body } });
    return uri;
  }

  /** Replace [start, end) (offsets) with `insert`, as an incremental change. */
  edit(uri: string, start: number, end: number, insert: string): void {
    const doc = this.texts.get(uri)!;
    const range = { start: offsetToPosition(doc.text, start), end: offsetToPosition(doc.text, end) };
    doc.text = doc.text.slice(0, start) + insert + doc.text.slice(end);
    doc.version++;
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range, text: insert }] });
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /** Position of the n-th (0-based) occurrence of `needle` in the open document, plus `delta` characters. */
  pos(uri: string, needle: string, nth = 0, delta = 1): Position {
    return offsetToPosition(this.text(uri), this.offset(uri, needle, nth) + delta);
  }

  offset(uri: string, needle: string, nth = 0): number {
    const text = this.text(uri);
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (#${nth}) not in ${uri}`);
    }
    return at;
  }

  rangeText(uri: string, range: Range): string {
    const text = this.texts.get(uri)?.text ?? readFileSync(new URL(uri), 'utf8');
    return text.slice(positionToOffset(text, range.start), positionToOffset(text, range.end));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async tokens(uri: string): Promise<TokenText[]> {
    const r = await this.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    return decodeTokens(r.data, this.legend, this.text(uri));
  }

  async changeSettings(patch: Record<string, unknown>): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newsLens: this.settings } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    setTimeout(() => this.child.kill(), 500).unref();
  }
}

export async function startServer(opts: SessionOptions = {}): Promise<Session> {
  const entry = await serverBundle();
  const child = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  // The server logs analysis failures to stderr only when it has no client console; keep the test output clean.
  child.stderr!.resume();
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const session = new Session(conn, child, opts.settings ?? {});
  conn.listen();
  const root = opts.root ? pathToFileURL(opts.root).href : null;
  const folders = root ? [opts.root!, ...(opts.moreRoots ?? [])].map((r) => ({ uri: pathToFileURL(r).href, name: path.basename(r) })) : null;
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: folders,
    initializationOptions: opts.initializationOptions,
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        semanticTokens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        codeLens: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  }) as InitializeResult;
  session.capabilities = init.capabilities;
  session.legend = (init.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
  await conn.sendNotification('initialized', {});
  return session;
}

export function decodeTokens(data: number[], legend: SemanticTokensLegend, text: string): TokenText[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: TokenText[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push({ line, character, length, type: legend.tokenTypes[data[i + 3]], modifiers, text: (lines[line] ?? '').slice(character, character + length) });
  }
  return out;
}

export function offsetToPosition(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function positionToOffset(text: string, pos: Position): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return i + pos.character;
}

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}
