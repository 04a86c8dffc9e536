// `npm run bench lsp`: the language server's latency and memory, measured over stdio like an editor would.
// Articles are generated from invented paragraphs (names, places and dates varied), 1,000 and 100,000 words.
// Prints figures against targets; nothing here fails on a threshold.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../paths';

export const FIRST = ['Maria', 'Tomasz', 'Daniel', 'Aisha', 'Kenji', 'Ines', 'Oluwaseun', 'Greta', 'Rafael', 'Priya', 'Stefan', 'Leila'];
export const LAST = ['Okafor', 'Wilk', 'Reyes', 'Rahman', 'Sato', 'Moreau', 'Adeyemi', 'Lindqvist', 'Castillo', 'Nair', 'Huber', 'Haddad'];
export const ORGS = ['Coastal Dockworkers Union', 'Ashby Port Authority', 'Meridian Lines', 'Brennan City Council', 'Northern Rail Company', 'National Weather Service'];
export const PLACES = ['Ashby', 'Brennan', 'Port Talbot', 'Eastside', 'Lake Cormac', 'Villanova'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'March 3', 'last week', 'next month'];
export const ROLES = ['president of the', 'a spokeswoman for the', 'the chief executive of the', 'a senior official at the'];

export const TEMPLATES = [
  (p: string, o: string, pl: string, d: string, r: string) => `"We have done everything we could to keep ${pl} moving," said ${p}, ${r} ${o}. "Nobody wanted this to last as long as it did."`,
  (p: string, o: string, pl: string, d: string) => `The ${o} said on ${d} that talks in ${pl} would resume after a short break, according to two people familiar with the negotiations.`,
  (p: string, o: string, pl: string, d: string) => `${p.split(' ')[1]} told reporters in ${pl} that the agreement "will not survive another winter" unless the ${o} changes course by ${d}.`,
  (p: string, o: string, pl: string) => `"It will take us at least a week to clear the backlog," ${p.split(' ')[1]} said, adding that crews in ${pl} were already working double shifts.`,
  (p: string, o: string, pl: string, d: string) => `Residents of ${pl} were divided. Some praised the ${o}; others said the plan announced ${d} came too late for the families who had already left.`,
  (p: string, o: string) => `"I think we are not yet at the stage of signing anything," ${p} said in an interview. "But we are closer than we were," she added, declining to name the members of the ${o} who opposed the deal.`,
];

/** An invented article of about `words` words; deterministic for a given size. */
export function generateArticle(words: number): string {
  const parts = ['Talks resume as strike enters second week', '', 'March 14, 2024', ''];
  let count = 0;
  let i = 0;
  while (count < words) {
    const p = `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + 3) % LAST.length]}`;
    const t = TEMPLATES[i % TEMPLATES.length](p, ORGS[(i * 5) % ORGS.length], PLACES[(i * 3) % PLACES.length], DAYS[(i * 11) % DAYS.length], ROLES[i % ROLES.length]);
    parts.push(t, '');
    count += t.split(/\s+/).length;
    i++;
  }
  return parts.join('\n');
}

export class Client {
  private constructor(
    readonly conn: ProtocolConnection,
    readonly pid: number,
    private readonly stopChild: () => void,
  ) {}

  /** Starts the server; `root` is indexed as the workspace folder, with its index cache in `cacheFolder`. */
  static async start(entry: string, opts: { root?: string; cacheFolder?: string } = {}): Promise<Client> {
    const child = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    for (const m of ['workspace/configuration']) conn.onRequest(m, (p: { items: unknown[] }) => p.items.map(() => ({})));
    for (const m of ['client/registerCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) conn.onRequest(m, () => null);
    conn.onNotification('textDocument/publishDiagnostics', () => undefined);
    conn.onNotification('window/logMessage', () => undefined);
    conn.onNotification('$/progress', () => undefined);
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: opts.root ? pathToFileURL(opts.root).href : null,
      workspaceFolders: opts.root ? [{ uri: pathToFileURL(opts.root).href, name: path.basename(opts.root) }] : null,
      initializationOptions: opts.cacheFolder ? { cacheFolder: opts.cacheFolder } : undefined,
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    await conn.sendNotification('initialized', {});
    return new Client(conn, child.pid!, () => child.kill());
  }

  open(uri: string, text: string): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  }

  /** Insert `insert` at (line, character), replacing `remove` characters. */
  change(uri: string, version: number, line: number, character: number, insert: string, remove = 0): void {
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + remove } }, text: insert }],
    });
  }

  async timed<T>(method: string, params: unknown): Promise<{ ms: number; result: T }> {
    const t = performance.now();
    const result = (await this.conn.sendRequest(method, params)) as T;
    return { ms: performance.now() - t, result };
  }

  /**
   * CPU seconds the server process has used (all its threads, garbage collection included): on a shared machine
   * it tells the cost of a change where wall-clock time mostly tells the load. Linux counts in ticks of 1/100 s.
   */
  cpuSeconds(): number {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return NaN;
    }
  }

  /** Resident memory now, or the peak so far (`VmHWM`), of the server process (its worker threads included). */
  rssMB(field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return NaN;
    }
  }

  async stop(): Promise<void> {
    await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
    void this.conn.sendNotification('exit').catch(() => undefined);
    this.conn.dispose();
    setTimeout(this.stopChild, 300).unref();
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);
export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

export function line(label: string, value: string, target?: string, ok?: boolean): void {
  const verdict = target ? `  (target ${target}: ${ok ? 'met' : 'NOT met'})` : '';
  console.log(`  ${label.padEnd(58)} ${value}${verdict}`);
}

/** Position of the n-th occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  const before = text.slice(0, Math.max(at, 0)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}

/** Bundles the server and its analysis worker into `dir`; returns the server's entry file. */
export async function bundleServer(dir: string): Promise<string> {
  // The shipped build's options (scripts/build.mjs): /\p{..}/u literals kept, not rewritten as `new RegExp()` calls.
  const common = { bundle: true, platform: 'node' as const, target: 'node20', format: 'cjs' as const, logLevel: 'error' as const, absWorkingDir: repoRoot, supported: { 'regexp-unicode-property-escapes': true } };
  await Promise.all([
    build({ ...common, entryPoints: ['server/src/server.ts'], outfile: path.join(dir, 'server.js') }),
    build({ ...common, entryPoints: ['server/src/workspace/analysisWorker.ts'], outfile: path.join(dir, 'analysisWorker.js') }),
  ]);
  return path.join(dir, 'server.js');
}

export async function runLspBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-'));
  try {
    await bundleServer(dir);
    const small = generateArticle(1000);
    const large = generateArticle(100_000);
    console.log(`lsp bench: articles of ${small.split(/\s+/).length} and ${large.split(/\s+/).length} words (${(large.length / 1000).toFixed(0)} KB), ${os.cpus().length} cores`);
    const client = await Client.start(path.join(dir, 'server.js'));
    const rssIdle = client.rssMB();

    // 1,000 words: first tokens, tokens after a one-character edit, hover.
    const smallUri = pathToFileURL(path.join(dir, 'small.news')).href;
    client.open(smallUri, small);
    const first = await client.timed<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: smallUri } });
    const editTimes: number[] = [];
    for (let v = 2; v < 22; v++) {
      // Type a character at the start of a paragraph, then delete it: every version differs from the last.
      const pos = positionOf(small, 'Residents of', Math.floor(v / 2) % 5);
      client.change(smallUri, v, pos.line, 0, v % 2 ? '' : 'x', v % 2 ? 1 : 0);
      editTimes.push((await client.timed('textDocument/semanticTokens/full', { textDocument: { uri: smallUri } })).ms);
    }
    const hoverTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const pos = positionOf(small, LAST[i % LAST.length]);
      hoverTimes.push((await client.timed('textDocument/hover', { textDocument: { uri: smallUri }, position: pos })).ms);
    }
    console.log('1,000-word article');
    line('first semantic tokens after didOpen', `${fmt(first.ms)} (${first.result.data.length / 5} tokens)`);
    line('tokens after a one-character edit (median of 20)', fmt(median(editTimes)), '≤ 50 ms', median(editTimes) <= 50);
    line('tokens after a one-character edit (max of 20)', fmt(max(editTimes)));
    line('hover (median of 30)', fmt(median(hoverTimes)), '≤ 20 ms', median(hoverTimes) <= 20);
    line('hover (max of 30)', fmt(max(hoverTimes)));

    // 100,000 words: while it is analysed, keep asking small questions about the small article.
    const largeUri = pathToFileURL(path.join(dir, 'large.news')).href;
    let analysing = true;
    const blocked: number[] = [];
    const probe = (async () => {
      while (analysing) {
        const pos = positionOf(small, LAST[blocked.length % LAST.length]);
        blocked.push((await client.timed('textDocument/hover', { textDocument: { uri: smallUri }, position: pos })).ms);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const t0 = performance.now();
    client.open(largeUri, large);
    const largeTokens = await client.timed<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: largeUri } });
    const largeFirst = performance.now() - t0;
    const rssLarge = client.rssMB();
    // An edit to the large article, and small requests about the large article itself once analysed.
    const pos = positionOf(large, 'Residents of', 50);
    client.change(largeUri, 2, pos.line, 0, 'x');
    const largeEdit = await client.timed('textDocument/semanticTokens/full', { textDocument: { uri: largeUri } });
    analysing = false;
    await probe;
    const largeHover: number[] = [];
    for (let i = 0; i < 20; i++) {
      const p = positionOf(large, LAST[i % LAST.length], 200 + i * 37);
      largeHover.push((await client.timed('textDocument/hover', { textDocument: { uri: largeUri }, position: p })).ms);
    }
    const symbols = await client.timed('textDocument/documentSymbol', { textDocument: { uri: largeUri } });
    console.log('100,000-word article');
    line('first semantic tokens after didOpen', `${fmt(largeFirst)} (${largeTokens.result.data.length / 5} tokens)`);
    line('tokens after a one-character edit', fmt(largeEdit.ms));
    line('hover on the large article once analysed (median of 20)', fmt(median(largeHover)));
    line('document symbols of the large article', fmt(symbols.ms));
    line(`longest request blocked during its analysis (${blocked.length} hovers)`, fmt(max(blocked)), '≤ 200 ms', max(blocked) <= 200);
    line('median request during its analysis', fmt(median(blocked)));
    console.log('memory');
    line('server RSS after start', `${rssIdle.toFixed(0)} MB`);
    line('server RSS with both articles analysed', `${rssLarge.toFixed(0)} MB`);
    line('server RSS at the end', `${client.rssMB().toFixed(0)} MB`);
    await client.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
