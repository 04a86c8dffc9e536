// Bad input and odd client behaviour through LSP: requests before the settings arrive, typing in an oversized
// document, bursts of edits, closing mid-analysis, unknown documents and positions past the end.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { fixture, startServer, type Session } from './client';
import { random } from '../random';

const tmp = (name: string) => path.join(os.tmpdir(), `news-lens-bad-${process.pid}-${name}`);
const strikeText = readFileSync(fixture('harbour-strike.news'), 'utf8');

describe('settings arrive after initialize', () => {
  let s: Session;
  before(async () => {
    // The test client sends settings only when the server asks (workspace/configuration), like VS Code.
    s = await startServer({ settings: { maxFileSize: 3000 } });
  });
  after(() => s?.stop());

  test('a document opened at once is judged by the client settings, not the defaults', async () => {
    const text = [strikeText, strikeText, strikeText, strikeText].join('\n');
    assert.ok(text.length > 3000 && text.length < 2_000_000);
    const uri = s.open(tmp('early.news'), 'news', text);
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, [], 'not analysed under the default 2 MB limit');
    const notice = await s.until(() => s.skipped.find((x) => x.uri === uri), 'a skipped notice');
    assert.match(notice.reason, /maxFileSize limit of 3 KB/);
  });

  test('typing in an oversized document gives one notice, not one per size step; shrinking it brings annotations back', async () => {
    const text = [strikeText, strikeText, strikeText, strikeText].join('\n');
    const uri = s.open(tmp('typing.news'), 'news', text);
    await s.until(() => s.skipped.find((x) => x.uri === uri), 'a skipped notice');
    // 4 KB → 9 KB in 100 keystrokes of 50 characters: the size in the message changes five times.
    for (let i = 0; i < 100; i++) s.edit(uri, s.text(uri).length, s.text(uri).length, 'x'.repeat(50));
    const r = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(r.data, []);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(s.skipped.filter((x) => x.uri === uri).length, 1, s.skipped.map((x) => x.reason).join('; '));
    assert.equal(s.messages.filter((m) => m.message.includes('typing.news')).length, 1);
    s.edit(uri, strikeText.length, s.text(uri).length, '');
    assert.ok((await s.tokens(uri)).some((t) => t.type === 'quote'), 'analysed once under the limit');
    // Over the limit again: a new notice, since the document was analysed in between.
    s.edit(uri, s.text(uri).length, s.text(uri).length, 'y'.repeat(4000));
    await s.until(() => s.skipped.filter((x) => x.uri === uri).length === 2, 'a second notice');
  });
});

describe('edits, closes and requests out of bounds', () => {
  let s: Session;
  before(async () => {
    s = await startServer({});
  });
  after(() => s?.stop());

  test('100 edits in a row, with requests in between: the tokens equal those of the final text opened fresh', async () => {
    const rnd = random(5);
    const inserts = ['"', '“', '”', ' said ', '\n', 'Okafor ', '\r\n', '😀', ''];
    for (const [name, base] of [['lf', strikeText], ['crlf', strikeText.replace(/\n/g, '\r\n')]]) {
      const uri = s.open(tmp(`burst-${name}.news`), 'news', base);
      await s.tokens(uri);
      const pending: Promise<unknown>[] = [];
      for (let i = 0; i < 100; i++) {
        const text = s.text(uri);
        // Never between \r and \n: no LSP position names that point.
        const inside = (o: number) => text[o - 1] === '\r' && text[o] === '\n';
        let start = Math.floor(rnd() * text.length);
        let end = Math.min(text.length, start + (rnd() < 0.3 ? Math.floor(rnd() * 20) : 0));
        if (inside(start)) start--;
        if (inside(end)) end++;
        s.edit(uri, start, Math.max(start, end), inserts[Math.floor(rnd() * inserts.length)]);
        if (i % 10 === 0) {
          pending.push(s.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } }));
          pending.push(s.request('textDocument/semanticTokens/full', { textDocument: { uri } }));
        }
      }
      await Promise.all(pending);
      const edited = await s.tokens(uri);
      const fresh = await s.tokens(s.open(tmp(`fresh-${name}.news`), 'news', s.text(uri)));
      assert.ok(fresh.length > 0);
      assert.deepEqual(edited, fresh, name);
    }
  });

  test('closing a document while it is analysed answers its pending requests with nothing', async () => {
    const uri = s.open(tmp('closing.news'), 'news', Array.from({ length: 120 }, () => strikeText).join('\n'));
    const tokens = s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const hover = s.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } });
    s.close(uri);
    assert.deepEqual((await tokens).data, []);
    assert.equal(await hover, null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(s.diagnostics.get(uri)?.length ?? 0, 0, 'no diagnostics published for the closed document');
    const other = s.open(tmp('after-close.news'), 'news', strikeText);
    assert.ok((await s.tokens(other)).some((t) => t.type === 'quote'));
  });

  test('requests for a document that was never opened get empty answers', async () => {
    const textDocument = { uri: 'file:///nowhere/never-opened.news' };
    const position = { line: 0, character: 0 };
    assert.deepEqual(await s.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
    assert.equal(await s.request('textDocument/hover', { textDocument, position }), null);
    assert.equal(await s.request('textDocument/definition', { textDocument, position }), null);
    assert.deepEqual(await s.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await s.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await s.request('textDocument/inlayHint', { textDocument, range: { start: position, end: { line: 9, character: 0 } } }), []);
    const adjacent = await s.request<{ target: unknown; message: string }>('newsLens/adjacentQuote', { textDocument, position, direction: 'next' });
    assert.equal(adjacent.target, null);
    assert.match(adjacent.message, /does not annotate/);
  });

  test('positions and ranges past the end (or negative) are clamped, never an error', async () => {
    const uri = s.open(tmp('bounds.news'), 'news', strikeText);
    const full = await s.tokens(uri);
    const lastLine = s.text(uri).split('\n').length - 1;
    const textDocument = { uri };
    for (const position of [{ line: 10_000, character: 5 }, { line: 3, character: 100_000 }, { line: -1, character: -5 }, { line: 2 ** 31, character: 2 ** 31 }]) {
      for (const method of ['textDocument/hover', 'textDocument/definition']) assert.equal(await s.request(method, { textDocument, position }), null, `${method} at ${JSON.stringify(position)}`);
      assert.ok(Array.isArray(await s.request('textDocument/documentHighlight', { textDocument, position })));
      assert.ok(Array.isArray(await s.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } })));
      const adjacent = await s.request<{ target: unknown }>('newsLens/adjacentQuote', { textDocument, position, direction: 'previous' });
      assert.ok(adjacent && 'target' in adjacent);
    }
    const ranged = await s.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument,
      range: { start: { line: -3, character: -3 }, end: { line: 1_000_000, character: 0 } },
    });
    assert.equal(ranged.data.length, full.length * 5, 'a range beyond both ends covers the whole document');
    const past = await s.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument,
      range: { start: { line: lastLine + 10, character: 0 }, end: { line: lastLine + 20, character: 0 } },
    });
    assert.deepEqual(past.data, []);
    // An edit whose range lies past the end appends (the LSP clamps positions).
    s.edit(uri, s.text(uri).length, s.text(uri).length, '\n\n"Enough," said Maria Okafor.');
    await s.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 99 },
      contentChanges: [{ range: { start: { line: 9_999, character: 0 }, end: { line: 9_999, character: 3 } }, text: '' }],
    });
    assert.ok((await s.tokens(uri)).some((t) => t.type === 'quote' && t.text === '"Enough,"'));
  });
});
