// `npm run bench index [-- --articles N]`: the persistent workspace index at archive size, driven over stdio
// like an editor. Generates an archive of invented articles of PolNeAR size (about 740 words), with names,
// organizations, places and quotes varied from article to article, and prints: cold index time and the
// server's peak RSS, warm start to ready, query latencies, and the cost of one changed file.
// Sizes: 5,000 and 20,000 articles (or the ones given). Figures only; nothing here fails on a threshold.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { Client, DAYS, LAST, ORGS, PLACES, ROLES, TEMPLATES, bundleServer, fmt, line, median } from './lsp';

// More given and family names than the lsp bench's, so that 20,000 articles quote thousands of people.
const GIVEN = ['Maria', 'Tomasz', 'Daniel', 'Aisha', 'Kenji', 'Ines', 'Oluwaseun', 'Greta', 'Rafael', 'Priya', 'Stefan', 'Leila', 'Hannah', 'Marcus', 'Yusuf', 'Chloe', 'Dmitri', 'Amara', 'Lucas', 'Nadia', 'Samuel', 'Mei', 'Victor', 'Zainab', 'Oscar', 'Freya', 'Tariq', 'Elena', 'Jonas', 'Beatriz'];
const FAMILY = [...LAST, 'Kowalczyk', 'Mbeki', 'Fitzgerald', 'Ivanova', 'Tanaka', 'Oyelaran', 'Bergstrom', 'Delacroix', 'Mendoza', 'Chaudhry', 'Novak', 'Whitfield', 'Abernathy', 'Santoro', 'Kuznetsov', 'Achterberg', 'Quintero', 'Halloran', 'Nakamura', 'Ferreira', 'Lindgren', 'Okonkwo', 'Sorensen', 'Valdez', 'Marchetti', 'Gallagher', 'Petrov', 'Osei'];
const HEADLINES = ['Talks resume as strike enters second week', 'Council approves harbour budget after long night', 'Rail operator warns of delays through spring', 'Union and port reach tentative deal', 'Flood defences delayed again, residents say', 'Regulator opens inquiry into shipping fees'];

/** A small deterministic generator, so that every run builds the same archive. */
function rng(seed: number): () => number {
  let x = seed * 2654435761 + 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

/** Invented article number `n`: about `words` words, six to eight people quoted, its own mix of places and days. */
export function archiveArticle(n: number, words = 740): string {
  const r = rng(n + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const people = Array.from({ length: 6 + Math.floor(r() * 3) }, () => `${pick(GIVEN)} ${pick(FAMILY)}`);
  const parts = [pick(HEADLINES), '', `${pick(['March', 'April', 'June', 'October'])} ${1 + Math.floor(r() * 28)}, ${2015 + Math.floor(r() * 10)}`, ''];
  let count = 0;
  while (count < words) {
    const t = pick(TEMPLATES)(pick(people), pick(ORGS), pick(PLACES), pick(DAYS), pick(ROLES));
    parts.push(t, '');
    count += t.split(/\s+/).length;
  }
  return parts.join('\n');
}

/** Writes `n` articles into `root`, a thousand per folder as archives usually are. */
function writeArchive(root: string, n: number): number {
  let words = 0;
  for (let i = 0; i < n; i++) {
    const dir = path.join(root, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const text = archiveArticle(i);
    words += text.split(/\s+/).length;
    writeFileSync(path.join(dir, `article-${String(i).padStart(6, '0')}.news`), text);
  }
  return words;
}

interface Status { done: boolean; indexed: number; total: number; analysed: number; articles: number; speakers: number }

/** Starts the server on `root` and resolves when its index is done, with the time it took and the last status. */
async function startIndexed(entry: string, root: string, cacheFolder: string): Promise<{ client: Client; ms: number; status: Status; peakSampled: number; cpu: number }> {
  const t0 = performance.now();
  const client = await Client.start(entry, { root, cacheFolder });
  let peakSampled = 0;
  const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, client.rssMB())), 250);
  const status = await new Promise<Status>((resolve) => client.conn.onNotification('newsLens/indexStatus', (s: Status) => {
    if (s.done) resolve(s);
  }));
  clearInterval(sampler);
  return { client, ms: performance.now() - t0, status, peakSampled, cpu: client.cpuSeconds() };
}

async function timedMedian(times: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  return median(ms);
}

async function benchSize(entry: string, base: string, n: number): Promise<void> {
  const root = path.join(base, `archive-${n}`);
  const cache = path.join(base, `cache-${n}`);
  const words = writeArchive(root, n);
  console.log(`${n.toLocaleString('en-US')} articles (${words.toLocaleString('en-US')} words), ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`);

  const cold = await startIndexed(entry, root, cache);
  const { client } = cold;
  line('cold index to ready', `${(cold.ms / 1000).toFixed(1)} s (${cold.status.analysed.toLocaleString('en-US')} analysed)`, n >= 20_000 ? '≤ 90 s at 20,000' : undefined, cold.ms <= 90_000);
  line('  server CPU time (all threads)', `${cold.cpu.toFixed(1)} s`);
  line('  articles · speakers in the index', `${cold.status.articles.toLocaleString('en-US')} · ${cold.status.speakers.toLocaleString('en-US')}`);
  line('server peak RSS while indexing (VmHWM)', `${client.rssMB('VmHWM').toFixed(0)} MB`, '≤ 400 MB', client.rssMB('VmHWM') <= 400);

  // Queries: workspace symbols for family names, references to a person quoted across the archive.
  const symbolsMs = await timedMedian(10, (i) => client.timed<SymbolInformation[]>('workspace/symbol', { query: FAMILY[(i * 7) % FAMILY.length] }));
  const sample = archiveArticle(0);
  const first = path.join(root, 'batch-000', 'article-000000.news');
  const uri = pathToFileURL(first).href;
  client.open(uri, sample);
  const person = /said ([A-Z][a-z]+ [A-Z][a-z]+)/.exec(sample)?.[1] ?? '';
  const at = sample.indexOf(person);
  const before = sample.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length + 1 };
  let refCount = 0;
  const refsMs = await timedMedian(5, async () => {
    const r = (await client.conn.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
    refCount = r.length;
  });
  let quoteCount = 0;
  const bySpeakerMs = await timedMedian(5, async () => {
    const r = (await client.conn.sendRequest('newsLens/quotesBySpeaker', { textDocument: { uri }, position })) as { quotes: unknown[] };
    quoteCount = r.quotes.length;
  });
  let lenses: unknown[] = [];
  const lensMs = await timedMedian(5, async () => {
    lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as unknown[];
  });
  const resolveMs = await timedMedian(5, () => Promise.all(lenses.map((l) => client.conn.sendRequest('codeLens/resolve', l))));
  line('workspace symbols (median of 10)', fmt(symbolsMs), '≤ 100 ms', symbolsMs <= 100);
  line(`references to ${person} across the archive (median of 5)`, `${fmt(refsMs)} (${refCount.toLocaleString('en-US')} locations)`, '≤ 300 ms', refsMs <= 300);
  line('Show All Quotes by Speaker (median of 5)', `${fmt(bySpeakerMs)} (${quoteCount.toLocaleString('en-US')} quotes)`);
  line('code lenses of one article (median of 5)', `${fmt(lensMs)} (${lenses.length} lenses)`);
  line('  resolving them (median of 5)', fmt(resolveMs));

  // One changed file: a new person is quoted; time until workspace symbols find them.
  const changed = path.join(root, 'batch-000', 'article-000001.news');
  writeFileSync(changed, `${archiveArticle(1)}\n"We will appeal the ruling," said Zephyrine Quayle, a lawyer for the families.\n`);
  const t0 = performance.now();
  void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(changed).href, type: 2 }] });
  for (;;) {
    const found = (await client.conn.sendRequest('workspace/symbol', { query: 'Quayle' })) as SymbolInformation[];
    if (found.length) break;
    if (performance.now() - t0 > 30_000) throw new Error('the changed file never reached the index');
    await new Promise((r) => setTimeout(r, 10));
  }
  const changeMs = performance.now() - t0;
  line('one changed file re-indexed and found', fmt(changeMs), '≤ 1 s', changeMs <= 1000);
  await new Promise((r) => setTimeout(r, 2000));
  line('server RSS after indexing, 2 s idle', `${client.rssMB().toFixed(0)} MB`, '≤ 400 MB', client.rssMB() <= 400);
  line('server peak RSS overall (VmHWM)', `${client.rssMB('VmHWM').toFixed(0)} MB`, '≤ 400 MB', client.rssMB('VmHWM') <= 400);
  await client.stop();
  await new Promise((r) => setTimeout(r, 1000));

  // Warm start: the same archive, nothing changed since the server wrote its cache.
  const warm = await startIndexed(entry, root, cache);
  line('warm start to ready (unchanged archive)', `${(warm.ms / 1000).toFixed(2)} s (${warm.status.analysed} analysed)`, '≤ 5 s', warm.ms <= 5000);
  line('server peak RSS during the warm start (VmHWM)', `${warm.client.rssMB('VmHWM').toFixed(0)} MB`);
  await warm.client.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

export async function runIndexBench(argv: string[]): Promise<void> {
  const i = argv.indexOf('--articles');
  const sizes = i >= 0 ? argv[i + 1].split(',').map(Number) : [5_000, 20_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--articles takes article counts ≥ 2, e.g. --articles 5000,20000');
  const base = mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-index-'));
  try {
    const entry = await bundleServer(base);
    console.log('index bench: the persistent workspace index over stdio (figures; targets beside them)');
    for (const n of sizes) await benchSize(entry, base, n);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
