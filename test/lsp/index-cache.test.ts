// The persistent workspace index (initializationOptions.cacheFolder): a second start analyses nothing that
// did not change (counted by the server's newsLens/indexStatus, not timed); a damaged cache, a cache from
// another engine version and files changed or deleted while the server was down are never trusted; two
// workspace folders keep two caches.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { fixture, startServer, type Session, type SessionOptions } from './client';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'news-lens-cache-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder with the three fixture articles (Maria Okafor is quoted in strike.news and reopens.news). */
function archive(name: string): string {
  const root = path.join(tmp, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'strike.news'), readFileSync(fixture('harbour-strike.news')));
  writeFileSync(path.join(root, 'reopens.news'), readFileSync(fixture('port-reopens.news')));
  writeFileSync(path.join(root, 'council.news'), readFileSync(fixture('council-budget.news')));
  return root;
}

/** A folder `dir` holding other.news, a copy of port-reopens.news (Tomas Wilk). */
function withOther(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'other.news'), readFileSync(fixture('port-reopens.news')));
  return dir;
}

/** Starts a server on `root` with the cache in `cache`, waits for the index, and returns it. */
async function indexed(root: string, cache: string, extra: SessionOptions = {}): Promise<Session> {
  const s = await startServer({ root, initializationOptions: { cacheFolder: cache }, ...extra });
  await s.until(() => s.indexStatus?.done, 'the workspace index');
  return s;
}

/** Starts an indexed server (see `indexed`), runs `check` on it, and stops it whatever happens. */
async function restart<T>(root: string, cache: string, check: (s: Session) => Promise<T>, extra: SessionOptions = {}): Promise<T> {
  const s = await indexed(root, cache, extra);
  try {
    return await check(s);
  } finally {
    await s.stop();
  }
}

/** How many files a start on `root` analysed (0 when the cache held them all). */
function analysedAtStart(root: string, cache: string, extra: SessionOptions = {}): Promise<number | undefined> {
  return restart(root, cache, async (s) => s.indexStatus!.analysed, extra);
}

async function symbols(s: Session, q: string): Promise<string[]> {
  const r = await s.request<SymbolInformation[]>('workspace/symbol', { query: q });
  return r.map((x) => `${x.name} @ ${path.basename(x.location.uri)}`).sort();
}

/** Quotes by Maria Okafor from strike.news (open), as "file: text". */
async function okaforQuotes(s: Session, root: string): Promise<string[]> {
  const uri = s.open(path.join(root, 'strike.news'));
  const r = await s.request<{ quotes: { uri: string; text: string }[] }>('newsLens/quotesBySpeaker', { textDocument: { uri }, position: s.pos(uri, 'Maria Okafor') });
  s.close(uri);
  return r.quotes.map((q) => `${path.basename(q.uri)}: ${q.text.slice(0, 30)}`);
}

function logFiles(cache: string): string[] {
  return readdirSync(cache)
    .filter((d) => d.startsWith('index-'))
    .map((d) => path.join(cache, d, 'index.log'))
    .filter((f) => existsSync(f));
}

describe('index cache', () => {
  test('survives a restart: the second start analyses nothing and answers the same', async () => {
    const root = archive('restart');
    const cache = path.join(tmp, 'cache-restart');
    const before = await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 3);
      return { okafor: await symbols(s, 'okafor'), quotes: await okaforQuotes(s, root) };
    });
    assert.ok(before.quotes.some((q) => q.startsWith('reopens.news: "Today our members')), before.quotes.join('\n'));
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 0, 'nothing analysed again');
      assert.equal(s.indexStatus!.articles, 3);
      assert.deepEqual(await symbols(s, 'okafor'), before.okafor);
      assert.deepEqual(await okaforQuotes(s, root), before.quotes);
    });
  });

  test('a file changed or deleted while the server was down is analysed again or dropped', async () => {
    const root = archive('changed');
    const cache = path.join(tmp, 'cache-changed');
    await analysedAtStart(root, cache);
    const reopens = path.join(root, 'reopens.news');
    writeFileSync(reopens, readFileSync(reopens, 'utf8').replaceAll('Tomas Wilk', 'Pavel Novak').replaceAll('Wilk', 'Novak'));
    unlinkSync(path.join(root, 'council.news'));
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 1);
      assert.equal(s.indexStatus!.articles, 2);
      assert.deepEqual(await symbols(s, 'novak'), ['Pavel Novak @ reopens.news']);
      assert.deepEqual((await symbols(s, 'wilk')).filter((x) => x.endsWith('reopens.news')), []);
      assert.deepEqual((await symbols(s, '')).filter((x) => x.endsWith('council.news')), []);
    });
  });

  test('a names list in a subfolder, added while the server was down, re-analyses the articles below it only', async () => {
    const root = archive('names');
    const sub = withOther(path.join(root, 'desk'));
    const cache = path.join(tmp, 'cache-names');
    assert.equal(await analysedAtStart(root, cache), 4);
    mkdirSync(path.join(sub, '.news-lens'));
    writeFileSync(path.join(sub, '.news-lens', 'names.json'), JSON.stringify({ version: 1, names: [{ name: 'Tomas Wilk', type: null, by: 'Test', at: '2026-12-05T17:00:00.000Z' }] }));
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 1, 'only desk/other.news');
      // The list says "Tomas Wilk" is not a name in desk/; reopens.news, above it, keeps him.
      const wilk = await symbols(s, 'wilk');
      assert.ok(wilk.includes('Tomas Wilk @ reopens.news'), wilk.join(', '));
      assert.deepEqual(wilk.filter((x) => x.endsWith('other.news')), []);
    });
  });

  test('a truncated cache is cut where it is damaged, and what was lost is analysed again', async () => {
    const root = archive('truncated');
    const cache = path.join(tmp, 'cache-truncated');
    const all = await restart(root, cache, (s) => symbols(s, ''));
    const [log] = logFiles(cache);
    truncateSync(log, statSync(log).size - 40);
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 1, 'only the record cut short');
      assert.deepEqual(await symbols(s, ''), all);
    });
    // A log cut inside its header is not read at all.
    truncateSync(log, 6);
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 3);
      assert.deepEqual(await symbols(s, ''), all);
    });
  });

  test('a cache written by another engine version is not trusted', async () => {
    const root = archive('engine');
    const cache = path.join(tmp, 'cache-engine');
    const engine = (v: string): SessionOptions => ({ env: { NEWS_LENS_ENGINE_VERSION_FOR_TESTS: v } });
    await analysedAtStart(root, cache, engine('engine-a'));
    assert.equal(await analysedAtStart(root, cache, engine('engine-b')), 3, 'everything analysed by the new engine');
    assert.equal(await analysedAtStart(root, cache, engine('engine-b')), 0);
  });

  test('deleting a file removes its quotes from references (watcher, then restart)', async () => {
    const root = archive('deleted');
    const cache = path.join(tmp, 'cache-deleted');
    await restart(root, cache, async (s) => {
      const uri = s.open(path.join(root, 'strike.news'));
      const refs = async () => (await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: s.pos(uri, 'Maria Okafor'), context: { includeDeclaration: true } })).map((l) => path.basename(l.uri));
      assert.ok((await refs()).includes('reopens.news'));
      const reopens = path.join(root, 'reopens.news');
      unlinkSync(reopens);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(reopens).href, type: 3 }] });
      let now: string[] = [];
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && (now = await refs()).includes('reopens.news')) await new Promise((r) => setTimeout(r, 100));
      assert.ok(!now.includes('reopens.news'), now.join(', '));
      // The status counts follow changes between full passes (the status bar must not go stale).
      await s.until(() => s.indexStatus?.done && s.indexStatus.articles === 2, `the status to count 2 articles (${JSON.stringify(s.indexStatus)})`);
      assert.ok(now.includes('strike.news'));
    });
    await restart(root, cache, async (s) => {
      assert.equal(s.indexStatus!.articles, 2);
      assert.deepEqual(await okaforQuotes(s, root).then((q) => q.filter((x) => x.startsWith('reopens.news'))), []);
    });
  });

  test('two workspace folders each have their own cache', async () => {
    const a = archive('folder-a');
    const b = withOther(path.join(tmp, 'folder-b'));
    const cache = path.join(tmp, 'cache-two');
    assert.equal(await analysedAtStart(a, cache, { moreRoots: [b] }), 4);
    const dirs = readdirSync(cache).filter((d) => d.startsWith('index-'));
    assert.equal(dirs.length, 2);
    const named = dirs.map((d) => readFileSync(path.join(cache, d, 'folder.txt'), 'utf8').trim()).sort();
    assert.deepEqual(named, [a, b].sort());
    // Folder b alone reuses its own cache and does not see folder a's articles.
    await restart(b, cache, async (s) => {
      assert.equal(s.indexStatus!.analysed, 0);
      assert.deepEqual(await symbols(s, 'wilk'), ['Tomas Wilk @ other.news']);
    });
  });

  test('a person quoted in more articles than a lens lists: the lens carries no locations, references still find them all', async () => {
    const root = path.join(tmp, 'wide');
    mkdirSync(root);
    const n = 205; // more than LensArticleLimit (200) other articles
    for (let i = 0; i < n; i++) {
      writeFileSync(path.join(root, `brief-${i}.news`), `Harbour works, day ${i + 1}\n\n"We will reopen the north quay before winter," said Tomas Reyes, the harbour master, on Monday.\n`);
    }
    const s = await indexed(root, path.join(tmp, 'cache-wide'));
    try {
      const uri = s.open(path.join(root, 'brief-0.news'));
      const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const lens = lenses.find((l) => s.rangeText(uri, l.range) === 'Tomas Reyes');
      assert.ok(lens, JSON.stringify(lenses.map((l) => s.rangeText(uri, l.range))));
      const resolved = await s.request<CodeLens>('codeLens/resolve', lens);
      assert.equal(resolved.command?.title, `${n} quotes · ${n} articles`);
      assert.equal((resolved.command!.arguments as unknown[])[2], null, 'no locations in the lens');
      const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: s.pos(uri, 'Tomas Reyes'), context: { includeDeclaration: true } });
      assert.equal(new Set(refs.map((l) => l.uri)).size, n, 'references list every article');
    } finally {
      await s.stop();
    }
  });
});
