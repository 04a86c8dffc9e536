// LSP features on invented articles (test/fixtures), through the real server over stdio. The workspace
// folder is test/fixtures, so the other articles are indexed from disk for cross-article results.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, SymbolInformation } from 'vscode-languageserver-protocol';
import { fixture, fixturesDir, startServer, type Session, type TokenText } from './client';

let s: Session;
let strike: string; // harbour-strike.news: published 14 March 2024 (dateline)
let reopens: string; // port-reopens.news: published 16 March 2024
let council: string; // council-budget.news: published 7 June 2023

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const at = (uri: string, needle: string, nth = 0, delta = 1) => ({ textDocument: { uri }, position: s.pos(uri, needle, nth, delta) });

before(async () => {
  s = await startServer({ root: fixturesDir });
  strike = s.open(fixture('harbour-strike.news'));
  reopens = s.open(fixture('port-reopens.news'));
  council = s.open(fixture('council-budget.news'));
  await s.until(() => s.indexDone, 'the workspace index');
});

after(() => s?.stop());

describe('semantic tokens', () => {
  let tokens: TokenText[];
  before(async () => {
    tokens = await s.tokens(reopens);
  });

  test('the legend is the one the client declares, in order', () => {
    assert.deepEqual(s.legend.tokenTypes, ['quote', 'person', 'organization', 'place', 'date', 'speaker', 'other']);
    assert.deepEqual(s.legend.tokenModifiers, ['declaration', 'anonymous', 'partial', 'scare', 'relative', 'unattributed']);
  });

  test('a person named outside any quote is a person token; its first mention is the declaration', () => {
    const t = tokens.find((x) => x.text === 'Maria Okafor');
    assert.ok(t, 'no token for "Maria Okafor"');
    assert.equal(t.type, 'person');
    assert.ok(t.modifiers.includes('declaration'));
  });

  test('organizations, relative dates, quotes and speakers get their own types', () => {
    assert.equal(tokens.find((x) => x.text === 'Coastal Dockworkers Union')?.type, 'organization');
    const friday = tokens.find((x) => x.text === 'Friday');
    assert.equal(friday?.type, 'date');
    assert.ok(friday.modifiers.includes('relative'));
    const quote = tokens.find((x) => x.text.startsWith('"Every berth is busy'));
    assert.equal(quote?.type, 'quote');
    assert.ok(!quote.modifiers.includes('unattributed'), 'the quote has a speaker');
    const speaker = tokens.find((x) => x.type === 'speaker' && x.text === 'Okafor');
    assert.ok(speaker, 'no speaker token for "Okafor said"');
  });

  test('tokens stay on one line and never overlap', async () => {
    for (const uri of [strike, reopens, council]) {
      const all = await s.tokens(uri);
      const lines = s.text(uri).split('\n');
      for (let i = 0; i < all.length; i++) {
        const t = all[i];
        assert.ok(t.character + t.length <= lines[t.line].length, `token runs past the end of line ${t.line}`);
        const prev = all[i - 1];
        if (prev && prev.line === t.line) assert.ok(prev.character + prev.length <= t.character, `tokens overlap on line ${t.line}`);
      }
    }
  });

  test('a name inside a quote cuts the quote token', async () => {
    const all = await s.tokens(council);
    const line = s.pos(council, 'and Mayor Reyes knows it').line;
    const onLine = all.filter((t) => t.line === line);
    const reyes = onLine.find((t) => t.text === 'Reyes' || t.text === 'Mayor Reyes');
    assert.equal(reyes?.type, 'person');
    const quoteParts = onLine.filter((t) => t.type === 'quote').map((t) => t.text);
    assert.ok(quoteParts.some((q) => q.startsWith('"We are spending')), 'quote before the name');
    assert.ok(quoteParts.some((q) => q.startsWith('knows it')), 'quote after the name');
  });
});

describe('hover', () => {
  test('a name: canonical name, type, role and counts here and in the other indexed article', async () => {
    const text = hoverText(await s.request<Hover>('textDocument/hover', at(strike, 'Okafor said the vote')));
    assert.match(text, /\*\*Maria Okafor\*\* — Person/);
    assert.match(text, /president/);
    assert.match(text, /In this article: \d+ mentions, 3 quotes/);
    assert.match(text, /Elsewhere in the workspace: \d+ mentions?, 1 quote in 1 other article/);
    assert.match(text, /\]\(file:\/\/.*harbour-strike\.news#L\d+,\d+\)/, 'links to the quotes');
  });

  test('a quote: speaker, kind, cue verb and how the speaker was found', async () => {
    const text = hoverText(await s.request<Hover>('textDocument/hover', at(strike, 'Nobody wanted')));
    assert.match(text, /direct quote/);
    assert.match(text, /Speaker: \*\*Maria Okafor\*\*/);
    assert.match(text, /Cue verb: “said”/);
    assert.match(text, /Found by: /);
  });

  test('an unattributed quote says so', async () => {
    const text = hoverText(await s.request<Hover>('textDocument/hover', at(council, 'Enough is enough')));
    assert.match(text, /Speaker: unattributed/);
  });

  test('a relative date: the date in words, ISO, and what it was resolved against', async () => {
    const text = hoverText(await s.request<Hover>('textDocument/hover', at(strike, 'Wednesday')));
    assert.match(text, /Wednesday, 13 March 2024/);
    assert.match(text, /`2024-03-13`/);
    assert.match(text, /resolved against .*2024-03-14/);
  });
});

describe('navigation', () => {
  test('definition on a quote goes to the words naming its speaker', async () => {
    const loc = await s.request<Location>('textDocument/definition', at(strike, 'Nobody wanted'));
    assert.equal(loc.uri, strike);
    assert.equal(s.rangeText(strike, loc.range), 'she');
  });

  test('definition on a name goes to the defining mention', async () => {
    const loc = await s.request<Location>('textDocument/definition', at(strike, 'Okafor said the vote'));
    assert.deepEqual(loc.range.start, s.pos(strike, 'Maria Okafor', 0, 0));
    assert.equal(s.rangeText(strike, loc.range), 'Maria Okafor');
  });

  test('references on a name: mentions and quotes in this and the other article', async () => {
    const locs = await s.request<Location[]>('textDocument/references', { ...at(strike, 'Okafor said the vote'), context: { includeDeclaration: true } });
    const here = locs.filter((l) => l.uri === strike).map((l) => s.rangeText(strike, l.range));
    const there = locs.filter((l) => l.uri === reopens).map((l) => s.rangeText(reopens, l.range));
    assert.ok(here.includes('Maria Okafor'));
    assert.ok(here.some((t) => t.startsWith('"Nobody wanted')));
    assert.ok(there.includes('Maria Okafor'), 'mention in port-reopens.news');
    assert.ok(there.some((t) => t.startsWith('"Today our members')), 'quote in port-reopens.news');
    assert.ok(!locs.some((l) => l.uri === council), 'nothing from an unrelated article');
  });

  test('document highlights mark every mention of the entity', async () => {
    const hs = await s.request<{ range: Location['range'] }[]>('textDocument/documentHighlight', at(strike, 'Maria Okafor'));
    const texts = hs.map((h) => s.rangeText(strike, h.range));
    assert.ok(texts.includes('Maria Okafor'));
    assert.ok(texts.includes('Okafor'));
  });

  test('next and previous quote by the same speaker, wrapping around', async () => {
    type R = { target: Location | null; wrapped: boolean; message?: string };
    const next = await s.request<R>('newsLens/adjacentQuote', { ...at(strike, 'We have won'), direction: 'next' });
    assert.ok(s.rangeText(strike, next.target!.range).startsWith('"Nobody wanted'));
    assert.equal(next.wrapped, false);
    const wrap = await s.request<R>('newsLens/adjacentQuote', { ...at(strike, 'But we were not'), direction: 'next' });
    assert.ok(s.rangeText(strike, wrap.target!.range).startsWith('"We have won'));
    assert.equal(wrap.wrapped, true);
    assert.match(wrap.message ?? '', /Wrapped/);
    const prev = await s.request<R>('newsLens/adjacentQuote', { ...at(strike, 'We have won'), direction: 'previous' });
    assert.ok(s.rangeText(strike, prev.target!.range).startsWith('"But we were not'));
    assert.equal(prev.wrapped, true);
  });

  test('adjacent quote says when the speaker has no other quote', async () => {
    const r = await s.request<{ target: Location | null; message?: string }>('newsLens/adjacentQuote', { ...at(strike, 'It will take us'), direction: 'next' });
    assert.equal(r.target, null);
    assert.match(r.message ?? '', /No other quote by Tomasz Wilk/);
  });

  test('quotes by speaker lists the quotes in every article', async () => {
    const r = await s.request<{ speaker: string; quotes: { uri: string; text: string }[] }>('newsLens/quotesBySpeaker', at(strike, 'Okafor said the vote'));
    assert.equal(r.speaker, 'Maria Okafor');
    assert.equal(r.quotes.filter((q) => q.uri === strike).length, 3);
    assert.equal(r.quotes.filter((q) => q.uri === reopens).length, 1);
  });
});

describe('symbols', () => {
  test('document symbols: speakers with their quotes, organizations, timeline', async () => {
    const syms = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: strike } });
    const okafor = syms.find((x) => x.name === 'Maria Okafor');
    assert.ok(okafor, 'speaker Maria Okafor');
    assert.deepEqual(
      okafor.children?.map((c) => c.name.slice(0, 12)),
      ['"We have won', '"Nobody want', '"But we were'],
    );
    assert.ok(syms.findIndex((x) => x.name === 'Maria Okafor') < syms.findIndex((x) => x.name === 'Organizations'), 'speakers come first');
    const orgs = syms.find((x) => x.name === 'Organizations');
    assert.ok(orgs?.children?.some((c) => c.name === 'Coastal Dockworkers Union'));
    const timeline = syms.find((x) => x.name === 'Timeline');
    const values = timeline?.children?.map((c) => c.detail) ?? [];
    assert.ok(values.includes('2024-03-13'), 'Wednesday resolved');
    assert.ok(values.indexOf('2024-03-13') < values.indexOf('2024-03-15'), 'timeline in date order');
  });

  test('workspace symbols: a person in every indexed article', async () => {
    const syms = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'okafor' });
    const files = syms.filter((x) => x.name === 'Maria Okafor').map((x) => x.location.uri);
    assert.ok(files.includes(strike) && files.includes(reopens));
  });
});

describe('inlay hints and code lens', () => {
  test('the resolved speaker after a pronoun, the resolved date after a relative date', async () => {
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: strike },
      range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } },
    });
    const label = (h: InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const she = s.pos(strike, 'she said', 0, 3);
    const atShe = hints.filter((h) => h.position.line === she.line && h.position.character === she.character);
    assert.deepEqual(atShe.map(label), [': Maria Okafor'], 'one hint, although "she said" introduces two quotes');
    const wed = s.pos(strike, 'Wednesday', 0, 'Wednesday'.length);
    assert.ok(hints.some((h) => h.position.line === wed.line && h.position.character === wed.character && /13 Mar 2024/.test(label(h))));
  });

  test('code lens on the defining mention counts quotes and articles', async () => {
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: strike } });
    const unresolved = lenses.find((l) => s.rangeText(strike, l.range) === 'Maria Okafor');
    assert.ok(unresolved && !unresolved.command, 'locations are found when the editor resolves the lens');
    const lens = await s.request<CodeLens>('codeLens/resolve', unresolved);
    assert.equal(lens?.command?.title, '4 quotes · 2 articles');
    assert.equal(lens.command.command, 'newsLens.showReferences');
    const [uri, , locations] = lens.command.arguments as [string, unknown, Location[]];
    assert.equal(uri, strike);
    assert.equal(locations.length, 4);
  });
});

describe('diagnostics', () => {
  const diags = async (uri: string, code: string) => (await s.until(() => s.diagnostics.get(uri), 'diagnostics')).filter((d: Diagnostic) => d.code === code);

  test('an unclosed quotation mark is a warning where it opens', async () => {
    const d = await diags(council, 'unclosed-quote');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 2);
    assert.deepEqual(d[0].range.start, s.pos(council, '"I just want', 0, 0));
  });

  test('a quote with no speaker is information; attributed quotes are not reported', async () => {
    const d = await diags(council, 'unattributed-quote');
    const texts = d.map((x) => s.rangeText(council, x.range));
    assert.ok(texts.includes('"Enough is enough."'));
    assert.ok(!texts.some((t) => t.startsWith('"We are spending')), 'Rahman said it');
    assert.ok(d.every((x) => x.severity === 3));
  });

  test('a person spelled two ways in the workspace is a hint', async () => {
    const found = await s.until(() => (s.diagnostics.get(strike) ?? []).find((x) => x.code === 'spelling-variant'), 'a spelling-variant hint');
    assert.equal(found.severity, 4);
    assert.equal(s.rangeText(strike, found.range), 'Tomasz Wilk');
    assert.match(found.message as string, /Tomas Wilk/);
  });
});
