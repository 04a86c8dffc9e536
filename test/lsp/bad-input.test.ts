// Bad input and odd client behaviour through LSP: requests before the settings arrive, typing in an oversized
// document, bursts of edits, closing mid-analysis, unknown documents and positions past the end.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { fixture, startServer, type Session } from './client';

const tmp = (name: string) => path.join(os.tmpdir(), `news-lens-bad-${process.pid}-${name}`);
const strikeText = readFileSync(fixture('harbour-strike.news'), 'utf8');

/** A deterministic generator (LCG) so a failing edit sequence can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

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
