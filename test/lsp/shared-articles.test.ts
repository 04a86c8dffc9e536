// The two real articles in the shared folder, through the language server: every gold quote's speaker and
// kind in hovers and tokens, gold dates in hovers, and cross-article features (Sergey / Sergei Lavrov).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic, DocumentSymbol, Hover, InlayHint, Location } from 'vscode-languageserver-protocol';
import { sharedArticles } from '../../scripts/paths';
import { offsetToPosition, startServer, type Session } from './client';

interface Gold {
  published: string;
  quotes: { start: number; opening: string; kind: 'direct' | 'partial' | 'scare'; speaker: string | null; alsoAccepted: string[] }[];
  dates: { start: number; end: number; text: string; type: string; value: string }[];
}

const shared = sharedArticles();
const files = 'files' in shared ? shared.files.filter((f) => existsSync(f + '.txt')) : [];
const skip = files.length < 2 ? `shared articles absent: ${'missing' in shared ? shared.missing : 'files not found'}` : false;
if (skip) console.log(`# skipping shared-article LSP tests: ${skip}`);

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('shared articles', { skip }, () => {
  let s: Session;
  const uris: string[] = [];
  const golds: Gold[] = [];
  before(async () => {
    s = await startServer({});
    for (const f of files) {
      uris.push(s.open(f + '.txt', 'plaintext'));
      golds.push(JSON.parse(readFileSync(f + '.gold.json', 'utf8')) as Gold);
    }
  });
  after(() => s?.stop());

  test('every gold quote is a quote token with the right kind modifier', async () => {
    const problems: string[] = [];
    for (let i = 0; i < uris.length; i++) {
      const tokens = await s.tokens(uris[i]);
      for (const q of golds[i].quotes) {
        const p = offsetToPosition(s.text(uris[i]), q.start);
        const t = tokens.find((x) => x.line === p.line && x.character === p.character);
        const want = q.kind === 'direct' ? [] : [q.kind];
        if (t?.type !== 'quote') problems.push(`${q.opening}: ${t ? t.type : 'no token'}`);
        else if (want.some((m) => !t.modifiers.includes(m)) || (q.kind === 'direct' && (t.modifiers.includes('partial') || t.modifiers.includes('scare')))) {
          problems.push(`${q.opening}: modifiers ${t.modifiers.join(',')} for a ${q.kind} quote`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the hover on every gold quote names its speaker', async () => {
    const problems: string[] = [];
    for (let i = 0; i < uris.length; i++) {
      for (const q of golds[i].quotes) {
        const text = hoverText(await s.request<Hover>('textDocument/hover', { textDocument: { uri: uris[i] }, position: offsetToPosition(s.text(uris[i]), q.start + 2) }));
        const speaker = /Speaker: (.*)/.exec(text)?.[1] ?? '(no speaker line)';
        const ok = q.speaker === null ? /none|unattributed/.test(speaker) : [q.speaker, ...q.alsoAccepted].some((n) => speaker.includes(`**${n}**`) || speaker.includes(`**${n.replace(/\./g, '\\.')}**`));
        if (!ok) problems.push(`${q.opening} → ${speaker} (gold: ${q.speaker})`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('the hover on every gold date gives its resolved value', async () => {
    const problems: string[] = [];
    for (let i = 0; i < uris.length; i++) {
      for (const d of golds[i].dates) {
        const text = hoverText(await s.request<Hover>('textDocument/hover', { textDocument: { uri: uris[i] }, position: offsetToPosition(s.text(uris[i]), d.start + 1) }));
        if (!text.includes('`' + d.value + '`')) problems.push(`${d.text} → ${text.split('\n')[0] || '(no hover)'} (gold: ${d.value})`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('a pronoun speaker gets an inlay hint with the person it refers to', async () => {
    const [cnn] = uris;
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: cnn }, range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } } });
    const at = s.pos(cnn, '” he added', 0, '” he'.length);
    const hint = hints.find((h) => h.position.line === at.line && h.position.character === at.character);
    assert.equal(hint?.label, ': Barack Obama');
  });

  test('Sergey Lavrov (CNN) and Sergei Lavrov (Jerusalem Post): a spelling hint and shared references', async () => {
    const [cnn, jpost] = uris;
    const hint = await s.until(() => (s.diagnostics.get(cnn) ?? []).find((d: Diagnostic) => d.code === 'spelling-variant' && /Lavrov/.test(d.message as string)), 'the Lavrov spelling hint');
    assert.equal(s.rangeText(cnn, hint.range), 'Sergey Lavrov');
    assert.match(hint.message as string, /Sergei Lavrov/);
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri: cnn }, position: s.pos(cnn, 'Sergey Lavrov', 0, 8), context: { includeDeclaration: true } });
    const inJpost = refs.filter((r) => r.uri === jpost).map((r) => s.rangeText(jpost, r.range));
    assert.ok(inJpost.includes('Sergei Lavrov'));
    assert.ok(inJpost.some((t) => t.startsWith('"We proceed from the fact')), 'his quote in the other article');
  });

  test('next / previous quote by John Kerry in the Jerusalem Post article, per the gold speakers', async () => {
    const jpost = uris[1];
    const gold = golds[1].quotes.filter((q) => q.speaker === 'John Kerry').map((q) => q.start);
    assert.ok(gold.length >= 3);
    type R = { target: Location | null; wrapped: boolean };
    const text = s.text(jpost);
    const posOf = (offset: number) => offsetToPosition(text, offset + 2);
    for (let i = 0; i < gold.length; i++) {
      const r = await s.request<R>('newsLens/adjacentQuote', { textDocument: { uri: jpost }, position: posOf(gold[i]), direction: 'next' });
      const want = offsetToPosition(text, gold[(i + 1) % gold.length]);
      assert.deepEqual(r.target?.range.start, want, `after quote ${i + 1}`);
      assert.equal(r.wrapped, i === gold.length - 1);
    }
    const back = await s.request<R>('newsLens/adjacentQuote', { textDocument: { uri: jpost }, position: posOf(gold[0]), direction: 'previous' });
    assert.deepEqual(back.target?.range.start, offsetToPosition(text, gold[gold.length - 1]));
    assert.equal(back.wrapped, true);
  });

  test('the outline lists each gold speaker with as many quotes as the gold gives them', async () => {
    const problems: string[] = [];
    for (let i = 0; i < uris.length; i++) {
      const syms = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris[i] } });
      // A quote whose gold also accepts another speaker may sit under either name.
      const range = new Map<string, [number, number]>();
      for (const q of golds[i].quotes) {
        if (!q.speaker || !/^[A-Z]/.test(q.speaker)) continue;
        const names = [q.speaker, ...q.alsoAccepted];
        for (const n of names) {
          const r = range.get(n) ?? [0, 0];
          if (names.length === 1) r[0]++;
          r[1]++;
          range.set(n, r);
        }
      }
      for (const [name, [min, max]] of range) {
        const n = syms.find((x) => x.name === name)?.children?.length ?? 0;
        if (n < min || n > max) problems.push(`${name}: ${n} quotes (gold ${min === max ? min : `${min}–${max}`})`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
