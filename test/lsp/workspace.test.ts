// The workspace index: background indexing with progress, skipped files with notices, include/exclude
// globs, and updates through workspace/didChangeWatchedFiles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { fixture, startServer, type Session } from './client';

describe('workspace index', () => {
  let s: Session;
  let root: string;
  const symbols = async (q: string) => (await s.request<SymbolInformation[]>('workspace/symbol', { query: q })).map((x) => `${x.name} @ ${path.basename(x.location.uri)}`);

  before(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'news-lens-ws-'));
    writeFileSync(path.join(root, 'strike.news'), readFileSync(fixture('harbour-strike.news')));
    mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', 'pkg', 'readme.txt'), readFileSync(fixture('port-reopens.news')));
    writeFileSync(path.join(root, 'notes.md'), readFileSync(fixture('council-budget.news')));
    writeFileSync(path.join(root, 'huge.txt'), 'x'.repeat(6000));
    s = await startServer({ root, settings: { maxFileSize: 5000 } });
    await s.until(() => s.indexDone, 'the workspace index');
  });
  after(async () => {
    await s?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('indexes included files, not excluded folders or other extensions', async () => {
    const names = await symbols('');
    assert.ok(names.includes('Maria Okafor @ strike.news'));
    assert.ok(!names.some((n) => n.endsWith('readme.txt')), 'node_modules is excluded');
    assert.ok(!names.some((n) => n.endsWith('notes.md')), '.md is not in newsLens.include');
  });

  test('reports progress and files skipped for size', async () => {
    assert.ok(s.serverRequests.includes('window/workDoneProgress/create'));
    const skipped = s.skipped.find((x) => x.uri.endsWith('huge.txt'));
    assert.match(skipped?.reason ?? '', /maxFileSize/);
    await s.until(() => s.messages.some((m) => m.message.includes('huge.txt')), 'a visible notice');
  });

  test('watched-file events add, update and remove articles', async () => {
    const file = path.join(root, 'reopens.news');
    writeFileSync(file, readFileSync(fixture('port-reopens.news')));
    const uri = pathToFileURL(file).href;
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    let names: string[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(names = await symbols('wilk')).includes('Tomas Wilk @ reopens.news')) await new Promise((r) => setTimeout(r, 100));
    assert.ok(names.includes('Tomas Wilk @ reopens.news'));
    unlinkSync(file);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    while (Date.now() < deadline && (names = await symbols('wilk')).includes('Tomas Wilk @ reopens.news')) await new Promise((r) => setTimeout(r, 100));
    assert.ok(!names.includes('Tomas Wilk @ reopens.news'));
  });

  test('a named pipe or a UTF-16 file reported by the watcher: a notice, no hang, indexing goes on', { skip: process.platform === 'win32' }, async () => {
    const fifo = path.join(root, 'pipe.news');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const utf16 = path.join(root, 'windows.news');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixture('port-reopens.news'), 'utf8'), 'utf16le')]));
    const after = path.join(root, 'after.news');
    writeFileSync(after, readFileSync(fixture('harbour-strike.news')));
    const changes = [fifo, utf16, after].map((f) => ({ uri: pathToFileURL(f).href, type: 1 }));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
    const notice = await s.until(() => s.skipped.find((x) => x.uri.endsWith('pipe.news')), 'a notice for the pipe');
    assert.match(notice.reason, /not a regular file/);
    let names: string[] = [];
    const deadline = Date.now() + 20_000;
    const want = ['Tomas Wilk @ windows.news', 'Maria Okafor @ after.news'];
    while (Date.now() < deadline && !want.every((w) => names.includes(w))) {
      names = [...(await symbols('wilk')), ...(await symbols('okafor'))];
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const w of want) assert.ok(names.includes(w), `${w} in ${names.join(', ')}`);
    unlinkSync(fifo);
  });
});
