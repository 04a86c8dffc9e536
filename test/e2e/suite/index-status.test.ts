// The workspace index in a real VS Code: the client gives the server its storage folder for the index
// cache, the status bar follows the server's index status, and "News Lens: Rebuild Index" indexes again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, setUpWorkspace, waitFor } from './util';

interface Api {
  indexStatus(): { done: boolean; articles: number; speakers: number; analysed: number; indexed: number; total: number } | undefined;
  cacheFolder(): string | undefined;
}

describe('the workspace index', function () {
  let api: Api;

  before(async function () {
    setUpWorkspace();
    await activateExtension();
    api = vscode.extensions.getExtension<Api>('news-lens.news-lens')!.exports;
  });

  it('is cached in the extension’s storage folder and counted in the status bar', async function () {
    const status = await waitFor('the index to be done', () => {
      const s = api.indexStatus();
      return s?.done && s.articles >= 3 ? s : undefined;
    });
    assert.ok(status.speakers >= 2, `speakers: ${JSON.stringify(status)}`);
    const folder = api.cacheFolder();
    assert.ok(folder, 'the client passes a cache folder');
    // The server writes one log per workspace folder under the cache folder.
    const files = await waitFor('a cache file', () => {
      const found = fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => fs.statSync(`${folder}/${f}`).isFile() && fs.statSync(`${folder}/${f}`).size > 0);
      return found.length ? found : undefined;
    }, 10_000);
    assert.ok(files.length >= 1, `cache files: ${files}`);
  });

  it('Rebuild Index analyses the articles again (none read from the cache) and reports the same counts', async function () {
    // The counts include the open articles as they are now, and the suites before this one edited and corrected
    // them after the last full pass: the first rebuild brings the status up to date, the second must agree with it.
    const rebuild = async (previous: ReturnType<Api['indexStatus']>) => {
      const ok = await vscode.commands.executeCommand<boolean>('newsLens.rebuildIndex');
      assert.equal(ok, true);
      // A new status object comes with each notification of the new pass; open articles are analysed live, the rest from disk.
      return waitFor(`the rebuilt index (last status ${JSON.stringify(api.indexStatus())})`, () => {
        const s = api.indexStatus();
        return s !== previous && s?.done && s.analysed > 0 ? s : undefined;
      });
    };
    // The earlier suites also delete their files on the way out, and the watcher may report that during a rebuild:
    // rebuild until two rebuilds in a row agree (a quiet workspace must give the same counts every time).
    let previous = await rebuild(await waitFor('the index to be done', () => (api.indexStatus()?.done ? api.indexStatus() : undefined)));
    const seen = [previous];
    for (let i = 0; i < 4; i++) {
      const next = await rebuild(previous);
      seen.push(next);
      if (next.articles === previous.articles && next.speakers === previous.speakers) break;
      previous = next;
    }
    const [a, b] = seen.slice(-2);
    assert.deepEqual([b.articles, b.speakers], [a.articles, a.speakers], `counts of successive rebuilds: ${JSON.stringify(seen.map((x) => [x.articles, x.speakers]))}`);
  });
});
