// Server engineering through LSP: deltas, stale results, settings, skipped documents, non-articles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, InlayHint, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { decodeTokens, fixture, startServer, type Session } from './client';

const tmp = (name: string) => path.join(os.tmpdir(), `news-lens-test-${process.pid}-${name}`);
const strikeText = readFileSync(fixture('harbour-strike.news'), 'utf8');

describe('document versions', () => {
  let s: Session;
  before(async () => {
    s = await startServer({});
  });
  after(() => s?.stop());

  test('after a burst of edits the tokens describe the latest text', async () => {
    const uri = s.open(tmp('burst.news'), 'news', strikeText);
    await s.tokens(uri);
    // Five quick edits with no request in between; the last analysis must win.
    for (let i = 0; i < 5; i++) s.edit(uri, 0, 0, `Update ${i}: `);
    s.edit(uri, s.offset(uri, 'Harbour master'), s.offset(uri, 'Harbour master') + 'Harbour master'.length, 'Port official');
    const tokens = await s.tokens(uri);
    const text = s.text(uri);
    assert.ok(text.startsWith('Update 4: Update 3:'));
    // Every token decodes to words of the final text that the engine annotates.
    const wilk = tokens.find((t) => t.type === 'speaker' && t.text === 'Wilk');
    assert.ok(wilk, 'speaker "Wilk" at its new position');
    const quote = tokens.find((t) => t.type === 'quote' && t.text.startsWith('"We have won'));
    assert.ok(quote, 'first quote at its new position');
  });

  test('a delta applied to the previous tokens equals a full result', async () => {
    const uri = s.open(tmp('delta.news'), 'news', strikeText);
    const first = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const at = s.offset(uri, 'Harbour master');
    s.edit(uri, at, at, 'Separately, ');
    const delta = await s.request<SemanticTokens | SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
      textDocument: { uri },
      previousResultId: first.resultId,
    });
    let data = [...first.data];
    if ('edits' in delta) {
      for (const e of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(e.start, e.deleteCount, ...(e.data ?? []));
    } else data = delta.data;
    const full = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(data, full.data);
    const decoded = decodeTokens(data, s.legend, s.text(uri));
    assert.ok(decoded.some((t) => t.type === 'speaker' && t.text === 'Wilk'));
  });

  test('range tokens are the full tokens inside the range', async () => {
    const uri = s.open(tmp('range.news'), 'news', strikeText);
    const full = await s.tokens(uri);
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 8, character: 0 }, end: { line: 12, character: 0 } },
    });
    const ranged = decodeTokens(r.data, s.legend, s.text(uri));
    assert.ok(ranged.length > 0);
    assert.deepEqual(ranged, full.filter((t) => t.line >= 8 && t.line < 12));
  });

  test('CRLF line ends: tokens land on the right words', async () => {
    const uri = s.open(tmp('crlf.news'), 'news', strikeText.replace(/\n/g, '\r\n'));
    const tokens = await s.tokens(uri);
    assert.ok(tokens.some((t) => t.type === 'speaker' && t.text === 'Wilk'));
    assert.ok(tokens.some((t) => t.type === 'quote' && t.text.startsWith('"It will take us')));
    assert.ok(tokens.every((t) => !t.text.includes('\r')));
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = s.open(tmp('close.news'), 'news', 'Headline\n\nMarch 3, 2024\n\n"Never closed, said the mayor.\n');
    await s.until(() => (s.diagnostics.get(uri) ?? []).length > 0, 'diagnostics');
    s.close(uri);
    await s.until(() => s.diagnostics.get(uri)?.length === 0, 'cleared diagnostics');
  });

  test('documents in other languages are not annotated', async () => {
    const uri = s.open(tmp('code.js'), 'javascript', '// "This is not a quote," he said.\n');
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.equal(h, null);
  });

  test('a binary document gets a notice and no annotations, and the server keeps working', async () => {
    const uri = s.open(tmp('binary.news'), 'news', 'PK\u0003\u0004\u0000\u0000"quote" said Maria\u0000\u0001');
    const notice = await s.until(() => s.skipped.find((x) => x.uri === uri), 'a skipped notice');
    assert.match(notice.reason, /binary/);
    await s.until(() => s.messages.some((m) => m.message.includes('binary.news')), 'a visible message');
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
    const other = s.open(tmp('after-binary.news'), 'news', strikeText);
    assert.ok((await s.tokens(other)).length > 0);
  });
});

describe('settings', () => {
  let s: Session;
  before(async () => {
    s = await startServer({ settings: { maxFileSize: 3000 } });
  });
  after(() => s?.stop());

  test('an article over newsLens.maxFileSize is skipped with a notice', async () => {
    const uri = s.open(tmp('long.news'), 'news', strikeText + '\n' + strikeText.repeat(3));
    const notice = await s.until(() => s.skipped.find((x) => x.uri === uri), 'a skipped notice');
    assert.match(notice.reason, /maxFileSize/);
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
  });

  test('highlight, inlay hint and diagnostic settings apply on change, with a tokens refresh', async () => {
    const uri = s.open(tmp('settings.news'), 'news', strikeText);
    const before = await s.tokens(uri);
    assert.ok(before.some((t) => t.type === 'speaker'));
    const hintsOf = () =>
      s.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
    assert.ok((await hintsOf()).length > 0, 'hints by default');
    const refreshes = s.serverRequests.filter((m) => m === 'workspace/semanticTokens/refresh').length;
    await s.changeSettings({ highlight: { speakers: false, quotes: true }, inlayHints: { enabled: false }, diagnostics: { unattributedQuote: false } });
    await s.until(() => s.serverRequests.filter((m) => m === 'workspace/semanticTokens/refresh').length > refreshes, 'a semantic tokens refresh');
    const afterChange = await s.tokens(uri);
    assert.ok(!afterChange.some((t) => t.type === 'speaker'), 'no speaker tokens');
    assert.ok(afterChange.some((t) => t.type === 'quote'), 'quotes still highlighted');
    assert.deepEqual(await hintsOf(), []);
  });

  test('other names (nationalities, products, events) are highlighted only when newsLens.highlight.other is on', async () => {
    const text = 'Ferry crews return\n\nThe Brazilian crew of the ferry returned to Lisbon on Monday, Maria Okafor said.\n';
    const uri = s.open(tmp('other.news'), 'news', text);
    const before = await s.tokens(uri);
    assert.ok(before.some((t) => t.type === 'person' && t.text === 'Maria Okafor'), 'names are highlighted');
    assert.ok(!before.some((t) => t.type === 'other'), 'no other-name tokens by default');
    const refreshes = s.serverRequests.filter((m) => m === 'workspace/semanticTokens/refresh').length;
    await s.changeSettings({ highlight: { other: true } });
    await s.until(() => s.serverRequests.filter((m) => m === 'workspace/semanticTokens/refresh').length > refreshes, 'a semantic tokens refresh');
    const shown = await s.tokens(uri);
    assert.deepEqual(shown.filter((t) => t.type === 'other').map((t) => t.text), ['Brazilian']);
    await s.changeSettings({ highlight: { other: false } });
  });

  test('unattributed-quote diagnostics can be turned off', async () => {
    await s.changeSettings({ diagnostics: { unattributedQuote: false } });
    const uri = s.open(tmp('unattributed.news'), 'news', 'Headline\n\nThe mayor spoke on Monday.\n\n"Enough is enough."\n');
    const d = await s.until(() => s.diagnostics.get(uri), 'diagnostics');
    assert.ok(!d.some((x: Diagnostic) => x.code === 'unattributed-quote'));
  });
});

describe('failures', () => {
  let s: Session;
  before(async () => {
    s = await startServer({ env: { NEWS_LENS_FAULT: 'FAULT-7f3a' } });
  });
  after(() => s?.stop());

  test('an analysis that throws is reported once and the document just has no annotations', async () => {
    const uri = s.open(tmp('fault.news'), 'news', 'Headline\n\n"We are ready," she said. FAULT-7f3a\n');
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
    await s.until(() => s.messages.some((m) => m.type === 1 && m.message.includes('fault.news')), 'an error message naming the file');
    const ok = s.open(tmp('fine.news'), 'news', strikeText);
    assert.ok((await s.tokens(ok)).some((t) => t.type === 'quote'), 'other documents still analysed');
  });

  test('a worker that dies is restarted and the next edit is analysed', async () => {
    const uri = s.open(tmp('exit.news'), 'news', strikeText + '\nFAULT-7f3a!exit\n');
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
    const at = s.offset(uri, 'FAULT-7f3a!exit');
    s.edit(uri, at, at + 'FAULT-7f3a!exit'.length, '');
    assert.ok((await s.tokens(uri)).some((t) => t.type === 'quote'), 'analysed after the restart');
  });
});

describe('long articles', () => {
  let s: Session;
  before(async () => {
    s = await startServer({});
  });
  after(() => s?.stop());

  test('while a long article is re-analysed, a hover before the edit is answered from the previous analysis', async () => {
    // Over 150,000 characters: the long-article path.
    const text = Array.from({ length: 170 }, () => strikeText).join('\n');
    assert.ok(text.length > 150_000);
    const uri = s.open(tmp('long.news'), 'news', text);
    await s.tokens(uri);
    await s.until(() => s.diagnosticsVersion.get(uri) === 1, 'the first analysis');
    const end = s.text(uri).lastIndexOf('next month');
    s.edit(uri, end, end, 'early ');
    const h = await s.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: s.pos(uri, 'Okafor said the vote') });
    const analysedWhenAnswered = s.diagnosticsVersion.get(uri);
    assert.match(h?.contents.value ?? '', /Maria Okafor/);
    assert.equal(analysedWhenAnswered, 1, 'answered before version 2 was analysed');
    // Positions after the edit wait for the new analysis.
    const after = await s.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: s.pos(uri, 'early next month') });
    assert.match(after?.contents.value ?? '', /Date/);
  });
});

describe('transports', () => {
  test('the server also speaks LSP over --node-ipc', async () => {
    const { fork } = await import('node:child_process');
    const { createProtocolConnection, IPCMessageReader, IPCMessageWriter } = await import('vscode-languageserver-protocol/node');
    const { serverBundle } = await import('./client');
    const child = fork(await serverBundle(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const init = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { capabilities: { hoverProvider?: boolean } };
      assert.equal(init.capabilities.hoverProvider, true);
      await conn.sendRequest('shutdown');
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});

describe('cancellation', () => {
  let s: Session;
  before(async () => {
    s = await startServer({});
  });
  after(() => s?.stop());

  test('a request waiting for a long analysis can be cancelled', async () => {
    const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
    const uri = s.open(tmp('long-cancel.news'), 'news', Array.from({ length: 80 }, () => strikeText).join('\n'));
    const source = new CancellationTokenSource();
    const pending = s.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
    setTimeout(() => source.cancel(), 20);
    await assert.rejects(pending, (err: { code?: number }) => err.code === -32800);
    // The analysis itself carries on, and a new request gets its result.
    assert.ok((await s.tokens(uri)).length > 0);
  });
});
