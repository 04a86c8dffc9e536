// Corrections through the real server over stdio (issue 9): every code action writes its record beside the
// article and every feature honours it; corrections follow edits in the editor, re-anchor when the article
// changed on disk, and one whose text was deleted is reported with quick fixes. Articles are invented and live
// in a temporary workspace folder.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { main } from '../../server/src/cli/main';
import { ARTICLE } from '../corrections-article';
import { offsetToPosition, startServer, type Session } from './client';


const OTHER = `Ferry Riders Plan Appeal

May 5, 2025

PORTVILLE — The Ferry Riders Alliance filed its appeal on Monday. “We expect a hearing soon,” said Tom Brandt, who backs the riders.
`;

let s: Session;
let dir: string;
let file: string;
let uri: string;

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const lensFile = () => `${file}.lens.json`;
const records = () => (existsSync(lensFile()) ? (JSON.parse(readFileSync(lensFile(), 'utf8')) as { records: { id: string; target: { kind: string; start: number; end: number; selector: { exact: string } }; decision: Record<string, unknown>; machine: unknown; by: string; at: string }[] }).records : []);

async function actions(u: string, start: number, end = start): Promise<CodeAction[]> {
  const text = s.text(u);
  const diagnostics = (s.diagnostics.get(u) ?? []).filter((d) => {
    const a = offsetOf(text, d.range.start);
    const b = offsetOf(text, d.range.end);
    return a <= end && start <= b;
  });
  return s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: u },
    range: { start: offsetToPosition(text, start), end: offsetToPosition(text, end) },
    context: { diagnostics },
  });
}

function offsetOf(text: string, p: { line: number; character: number }): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  return o + p.character;
}

async function run(a: CodeAction | undefined, what: string): Promise<{ ok: boolean; message: string }> {
  assert.ok(a?.command, `no code action ${what}`);
  return s.request('workspace/executeCommand', { command: a.command.command, arguments: a.command.arguments });
}

async function apply(u: string, title: string | RegExp, start: number, end = start) {
  const list = await actions(u, start, end);
  const a = list.find((x) => (typeof title === 'string' ? x.title === title : title.test(x.title)));
  assert.ok(a, `no action "${title}" among ${JSON.stringify(list.map((x) => x.title))}`);
  const r = await run(a, String(title));
  assert.ok(r.ok, r.message);
  return r;
}

/** Waits for the analysis of the current text with corrections applied (the hover at `needle` matches). */
async function hoverAt(u: string, needle: string, delta = 2): Promise<string> {
  return hoverText(await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: s.pos(u, needle, 0, delta) }));
}

async function untilHover(u: string, needle: string, re: RegExp, what: string): Promise<string> {
  let last = '';
  const deadline = Date.now() + 20_000;
  for (;;) {
    last = await hoverAt(u, needle);
    if (re.test(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last hover: ${last}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function quoteStart(u: string, words: string): number {
  return s.offset(u, `“${words}`);
}

before(async () => {
  s = await startServer({ initializationOptions: { inputCommands: true } });
});

after(() => s?.stop());

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'news-lens-corrections-'));
  file = path.join(dir, 'ferry-fares.news');
  writeFileSync(file, ARTICLE);
  uri = s.open(file);
});

const cleanup = () => {
  if (uri) s.close(uri);
  rmSync(dir, { recursive: true, force: true });
};

describe('on a quote', () => {
  test('offers Set speaker for the nearest people and organizations first, Set speaker…, Unattributed, Not a quote and the other kinds', async (t) => {
    t.after(cleanup);
    const list = await actions(uri, quoteStart(uri, 'This fare') + 3);
    const titles = list.map((a) => a.title);
    const speakers = titles.filter((x) => x.startsWith('Set speaker: '));
    assert.ok(speakers.length >= 2 && speakers.length <= 8, `speakers: ${speakers}`);
    // Brandt already speaks this quote: the nearest other candidate before it is Linda Osei.
    assert.equal(speakers[0], 'Set speaker: Linda Osei');
    assert.ok(!speakers.includes('Set speaker: Tom Brandt'), 'the current speaker is not offered');
    for (const x of ['Set speaker…', 'Unattributed', 'Not a quote', 'Kind: partial', 'Kind: scare']) assert.ok(titles.includes(x), `missing ${x} in ${titles}`);
    assert.ok(!titles.includes('Kind: direct'), 'the current kind is not offered');
  });

  test('Set speaker writes a record beside the article; hover, speaker token, go to speaker and next quote follow it', async (t) => {
    t.after(cleanup);
    const q = quoteStart(uri, 'This fare');
    await apply(uri, 'Set speaker: Linda Osei', q + 3);
    const recs = records();
    assert.equal(recs.length, 1);
    assert.equal(recs[0].decision.action, 'set-speaker');
    assert.deepEqual(recs[0].decision.speaker, { name: 'Linda Osei' });
    assert.equal(recs[0].target.kind, 'quote');
    assert.equal(s.text(uri).slice(recs[0].target.start, recs[0].target.end), recs[0].target.selector.exact);
    assert.deepEqual(recs[0].machine, { kind: 'direct', speaker: 'Tom Brandt' });
    assert.ok(recs[0].by && !Number.isNaN(Date.parse(recs[0].at)));
    const h = await untilHover(uri, '“This fare', /Speaker: \*\*Linda Osei\*\*/, 'the corrected speaker in the hover');
    assert.match(h, /Corrected by .+ on \d+ \w+ \d{4}/);
    // Go to speaker: a mention of Linda Osei (the nearest before the quote), no longer "Brandt".
    const def = await s.request<Location | null>('textDocument/definition', { textDocument: { uri }, position: s.pos(uri, '“This fare', 0, 3) });
    assert.ok(def && /Osei/.test(s.rangeText(uri, def.range)), `definition: ${def && s.rangeText(uri, def.range)}`);
    const tokens = await s.tokens(uri);
    assert.ok(!tokens.some((x) => x.type === 'speaker' && x.text === 'Brandt'), 'Brandt is no longer a speaker token');
    // Next quote by the same speaker from the corrected quote: Osei's "The numbers were clear".
    const next = await s.request<{ target: { range: { start: { line: number; character: number } } } | null }>('newsLens/adjacentQuote', {
      textDocument: { uri },
      position: s.pos(uri, '“This fare', 0, 3),
      direction: 'next',
    });
    assert.ok(next.target, 'a next quote by Linda Osei');
    assert.equal(next.target.range.start.line, offsetToPosition(s.text(uri), quoteStart(uri, 'The numbers')).line);
    // References of Linda Osei include the corrected quote; the outline lists it under her; her code lens counts it.
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: s.pos(uri, 'Linda Osei', 0, 2), context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => s.rangeText(uri, r.range).startsWith('“This fare')), 'references include the corrected quote');
    const symbols = await s.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const osei = symbols.find((x) => x.name === 'Linda Osei');
    assert.ok(osei?.children?.some((c) => /This fare/.test(c.name)), `outline: ${JSON.stringify(symbols.map((x) => [x.name, x.children?.map((c) => c.name)]))}`);
    const lenses = await s.request<{ range: { start: { line: number } }; command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    const oseiLine = offsetToPosition(s.text(uri), s.offset(uri, 'Linda Osei')).line;
    const lens = lenses.find((l) => l.range.start.line === oseiLine);
    // Code lenses are resolved lazily (codeLens/resolve fills in the command).
    const resolved = lens && !lens.command ? await s.request<{ command?: { title: string } }>('codeLens/resolve', lens) : lens;
    assert.match(resolved?.command?.title ?? '', /^3 quotes/);
  });

  test('a free-text speaker ("a senior official") needs no entity; tokens and go to speaker cope with it', async (t) => {
    t.after(cleanup);
    const q = quoteStart(uri, 'The numbers');
    const qEnd = s.offset(uri, 'clear,”') + 'clear,”'.length;
    const r = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', {
      command: 'newsLens.correct',
      arguments: [{ uri, version: s.texts.get(uri)!.version, label: 'Set speaker: a senior official', decisions: [{ kind: 'quote', start: q, end: qEnd, decision: { action: 'set-speaker', speaker: { name: 'a senior official' } } }] }],
    });
    assert.ok(r.ok, r.message);
    await untilHover(uri, '“The numbers', /Speaker: \*\*a senior official\*\*/, 'the free-text speaker');
    const tokens = await s.tokens(uri);
    assert.ok(tokens.every((x) => x.length > 0));
    await s.request('textDocument/definition', { textDocument: { uri }, position: s.pos(uri, '“The numbers', 0, 3) });
    await s.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: offsetToPosition(s.text(uri), s.text(uri).length) } });
  });

  test('Unattributed, Not a quote and Kind change what the features report', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Unattributed', quoteStart(uri, 'The numbers') + 3);
    await untilHover(uri, '“The numbers', /Speaker: unattributed/, 'an unattributed quote');
    await apply(uri, 'Kind: scare', quoteStart(uri, 'We cannot') + 3);
    await untilHover(uri, '“We cannot', /scare quote/, 'a scare quote');
    await apply(uri, 'Not a quote', quoteStart(uri, 'This fare') + 3);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const tokens = await s.tokens(uri);
      if (!tokens.some((x) => x.type === 'quote' && x.text.includes('This fare'))) break;
      assert.ok(Date.now() < deadline, 'the quote token is still there');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(records().map((r) => r.decision.action), ['unattributed', 'set-kind', 'not-a-quote']);
  });

  test('a second Set speaker on the same quote replaces the first record', async (t) => {
    t.after(cleanup);
    const q = quoteStart(uri, 'This fare') + 3;
    await apply(uri, 'Set speaker: Linda Osei', q);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the first correction');
    await apply(uri, /^Set speaker: Ferry Riders Alliance$/, q);
    const recs = records();
    assert.equal(recs.length, 1, JSON.stringify(recs));
    assert.deepEqual(recs[0].decision.speaker, { name: 'Ferry Riders Alliance' });
    // The machine answer is still the machine's, not the first correction.
    assert.deepEqual(recs[0].machine, { kind: 'direct', speaker: 'Tom Brandt' });
  });
});

describe('on a selection, a name and a date', () => {
  test('Mark as quote on a sentence the machine did not quote', async (t) => {
    t.after(cleanup);
    const start = s.offset(uri, 'the group would appeal');
    const end = start + 'the group would appeal'.length;
    const list = await actions(uri, start, end);
    assert.ok(list.some((a) => a.title === 'Mark as quote'));
    await apply(uri, 'Mark as quote', start, end);
    await untilHover(uri, 'the group would', /\*\*Quote\*\*/, 'the marked quote');
    assert.equal(records()[0].decision.action, 'mark-quote');
  });

  test('Mark as person / organization / place / date on any selection', async (t) => {
    t.after(cleanup);
    const start = s.offset(uri, 'Harbor Board Splits');
    const end = start + 'Harbor Board'.length;
    const titles = (await actions(uri, start, end)).map((a) => a.title);
    for (const x of ['Mark as person', 'Mark as organization', 'Mark as place', 'Mark as date']) assert.ok(titles.includes(x), `${x} missing: ${titles}`);
    await apply(uri, 'Mark as organization', start, end);
    await untilHover(uri, 'Harbor Board Splits', /Organization/, 'the marked organization');
  });

  test('Type and Not a name on a name (this article), with the scopes offered', async (t) => {
    t.after(cleanup);
    const at = s.offset(uri, 'Ferry Riders Alliance said') + 2;
    const titles = (await actions(uri, at)).map((a) => a.title);
    for (const x of ['Type: person', 'Type: place', 'Type: person (this mention only)', 'Not a name', 'Not a name (this mention only)']) assert.ok(titles.includes(x), `${x} missing: ${titles}`);
    assert.ok(titles.some((x) => x.startsWith('Type: place (in all articles')), `no all-articles scope: ${titles}`);
    await apply(uri, 'Type: place', at);
    await untilHover(uri, 'Ferry Riders Alliance said', /— Place/, 'the retyped name');
    await apply(uri, 'Not a name', at);
    const deadline = Date.now() + 20_000;
    while (/Ferry Riders Alliance/.test(await hoverAt(uri, 'Ferry Riders Alliance said'))) {
      assert.ok(Date.now() < deadline, 'still a name');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Both decisions are one family on the same mention: the second replaced the first.
    assert.deepEqual(records().map((r) => r.decision), [{ action: 'not-a-name', scope: 'article' }]);
  });

  test('Same as merges a mention into another entity; Not the same as splits it off', async (t) => {
    t.after(cleanup);
    const at = s.offset(uri, 'Osei added') + 1;
    const titles = (await actions(uri, at)).map((a) => a.title);
    assert.ok(titles.includes('Same as: Tom Brandt'), `${titles}`);
    assert.ok(titles.includes('Not the same as Linda Osei'), `${titles}`);
    await apply(uri, 'Not the same as Linda Osei', at);
    await untilHover(uri, 'Osei added', /In this article: 1 mention/, 'a mention split off');
    await apply(uri, 'Same as: Tom Brandt', at);
    await untilHover(uri, 'Osei added', /\*\*Tom Brandt\*\*/, 'the mention merged into Tom Brandt');
  });

  test('Set role… and Set value… run client commands; the server checks TimeML values', async (t) => {
    t.after(cleanup);
    const name = (await actions(uri, s.offset(uri, 'Linda Osei') + 2)).find((a) => a.title === 'Set role…');
    assert.equal(name?.command?.command, 'newsLens.setRole');
    const date = (await actions(uri, s.offset(uri, 'June') + 1)).find((a) => a.title === 'Set value…');
    assert.equal(date?.command?.command, 'newsLens.setDateValue');
    const a = date.command!.arguments![0] as { uri: string; version: number; kind: string; start: number; end: number };
    const send = (value: string) =>
      s.request<{ ok: boolean; message: string }>('workspace/executeCommand', {
        command: 'newsLens.correct',
        arguments: [{ uri, version: a.version, label: 'Set value', decisions: [{ kind: 'date', start: a.start, end: a.end, decision: { action: 'set-value', value } }] }],
      });
    const bad = await send('next June');
    assert.equal(bad.ok, false);
    assert.match(bad.message, /not a TimeML value/);
    assert.ok(s.messages.some((m) => /not a TimeML value/.test(m.message)), 'the error is shown');
    assert.equal(records().length, 0, 'nothing written');
    const good = await send('2025-06');
    assert.ok(good.ok, good.message);
    await untilHover(uri, 'June', /Value: `2025-06`/, 'the corrected value');
    await apply(uri, 'Not a date', s.offset(uri, 'June') + 1);
    assert.deepEqual(records().map((r) => r.decision.action), ['set-value', 'not-a-date']);
    const deadline = Date.now() + 20_000;
    while (/Value:/.test(await hoverAt(uri, 'June', 1))) {
      assert.ok(Date.now() < deadline, 'June is still a date');
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test('Set role (the input command sends set-roles) shows in the hover; Remove correction restores the machine answer', async (t) => {
    t.after(cleanup);
    const name = (await actions(uri, s.offset(uri, 'Tom Brandt') + 2)).find((a) => a.title === 'Set role…');
    const a = name!.command!.arguments![0] as { version: number; start: number; end: number };
    const r = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', {
      command: 'newsLens.correct',
      arguments: [{ uri, version: a.version, label: 'Set role', decisions: [{ kind: 'mention', start: a.start, end: a.end, decision: { action: 'set-roles', roles: ['harbor commissioner'] } }] }],
    });
    assert.ok(r.ok, r.message);
    await untilHover(uri, 'Tom Brandt', /Role: harbor commissioner/, 'the role');
    await apply(uri, /^Remove correction/, s.offset(uri, 'Tom Brandt') + 2);
    assert.equal(existsSync(lensFile()), false);
    const deadline = Date.now() + 20_000;
    while (/harbor commissioner/.test(await hoverAt(uri, 'Tom Brandt'))) {
      assert.ok(Date.now() < deadline, 'the role is still there');
      await new Promise((res) => setTimeout(res, 100));
    }
  });

  test('a request for other kinds only (source actions on save) gets none of the corrections', async (t) => {
    t.after(cleanup);
    const text = s.text(uri);
    const at = offsetToPosition(text, quoteStart(uri, 'This fare') + 3);
    const ask = (only: string[]) => s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only } });
    assert.deepEqual(await ask(['source.organizeImports']), []);
    assert.ok((await ask(['quickfix'])).some((a) => a.title === 'Set speaker: Linda Osei'));
  });

  test('an untitled document gets no correction actions (corrections live beside a saved file)', async () => {
    const u = 'untitled:Untitled-1';
    s.texts.set(u, { text: ARTICLE, version: 1 });
    void s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'news', version: 1, text: ARTICLE } });
    try {
      // Analysed like any article (tokens), but no corrections offered.
      assert.ok((await s.tokens(u)).some((x) => x.type === 'quote'));
      const list = await actions(u, ARTICLE.indexOf('“This fare') + 3);
      assert.deepEqual(list, []);
    } finally {
      s.close(u);
    }
  });

  test('without the input commands (other editors), the actions that need typing are not offered', async () => {
    const plain = await startServer();
    const d = mkdtempSync(path.join(os.tmpdir(), 'news-lens-corrections-'));
    try {
      const f = path.join(d, 'a.news');
      writeFileSync(f, ARTICLE);
      const u = plain.open(f);
      const text = plain.text(u);
      const at = text.indexOf('“This fare') + 3;
      const list = await plain.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: offsetToPosition(text, at), end: offsetToPosition(text, at) },
        context: { diagnostics: [] },
      });
      const titles = list.map((x) => x.title);
      assert.ok(titles.includes('Set speaker: Linda Osei'));
      assert.ok(!titles.some((x) => x.endsWith('…')), `${titles}`);
    } finally {
      await plain.stop();
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('Confirm Article and Undo', () => {
  test('Confirm Article stores every machine annotation not corrected; Undo removes the last write', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    const r = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'newsLens.server.confirmArticle', arguments: [{ uri }] });
    assert.ok(r.ok, r.message);
    const recs = records();
    const confirms = recs.filter((x) => x.decision.action === 'confirm');
    assert.ok(confirms.length >= 5, `${confirms.length} confirmations`);
    assert.ok(!confirms.some((x) => x.target.kind === 'quote' && x.target.selector.exact.includes('This fare')), 'the corrected quote is not confirmed again');
    await untilHover(uri, '“We cannot', /Confirmed by/, 'a confirmed quote');
    const u1 = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'newsLens.server.undoCorrection', arguments: [{}] });
    assert.ok(u1.ok, u1.message);
    assert.deepEqual(records().map((x) => x.decision.action), ['set-speaker']);
    const u2 = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'newsLens.server.undoCorrection', arguments: [{}] });
    assert.ok(u2.ok, u2.message);
    assert.equal(existsSync(lensFile()), false, 'the last record undone leaves no file');
    await untilHover(uri, '“This fare', /Tom Brandt/, 'the machine speaker back');
  });
});

describe('the workspace index', () => {
  test('an article that is not open is indexed with its corrections: references from another article find the corrected quote', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'news-lens-corrections-ws-'));
    const w = await startServer({ root });
    try {
      const closed = path.join(root, 'ferry-fares.news');
      writeFileSync(closed, ARTICLE);
      // A correction written before the server started: the Brandt quote is Linda Osei's.
      const start = ARTICLE.indexOf('“This fare');
      const end = ARTICLE.indexOf('commuters,”') + 'commuters,”'.length;
      const { newRecord, serializeCorrections } = await import('../../server/src/engine/corrections');
      const rec = newRecord({ text: ARTICLE, kind: 'quote', start, end, decision: { action: 'set-speaker', speaker: { name: 'Linda Osei' } }, machine: { kind: 'direct', speaker: 'Tom Brandt' }, by: 'Test', at: '2026-12-05T09:00:00.000Z' });
      writeFileSync(`${closed}.lens.json`, serializeCorrections({ version: 1, records: [rec] }));
      const other = path.join(root, 'osei-profile.news');
      writeFileSync(other, 'Osei Takes the Helm\n\nMay 9, 2025\n\nPORTVILLE — Linda Osei, the new chair of the harbor board, spoke to reporters on Friday. “Fares pay for boats,” Osei said.\n');
      await w.until(() => w.indexDone, 'the workspace index');
      const u = w.open(other);
      const refs = await w.request<Location[]>('textDocument/references', { textDocument: { uri: u }, position: w.pos(u, 'Linda Osei', 0, 2), context: { includeDeclaration: true } });
      const there = refs.filter((r) => r.uri === pathToFileURL(closed).href).map((r) => ARTICLE.split('\n')[r.range.start.line].slice(r.range.start.character, r.range.start.character + 10));
      assert.ok(there.includes('“This fare'), `references in the closed article: ${JSON.stringify(there)}`);
    } finally {
      await w.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('agreement', () => {
  test('Show Agreement gives the figures news-lens agreement prints', async (t) => {
    t.after(cleanup);
    const none = await s.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'newsLens.server.agreement', arguments: [{ uri }] });
    assert.equal(none.ok, false);
    assert.match(none.message, /no open article has corrections/);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the correction');
    const r = await s.request<{ ok: boolean; json: { articles: Record<string, unknown>[]; overall: Record<string, unknown> }; text: string }>('workspace/executeCommand', {
      command: 'newsLens.server.agreement',
      arguments: [{ uri }],
    });
    assert.ok(r.ok);
    let out = '';
    const code = await main(['agreement', '--format', 'json', file], { stdout: { write: (x: string) => (out += x) }, stderr: { write: () => true } });
    assert.equal(code, 0);
    const cli = JSON.parse(out) as { articles: Record<string, unknown>[]; overall: Record<string, unknown> };
    const { file: _a, ...fromServer } = r.json.articles[0];
    const { file: _b, ...fromCli } = cli.articles[0];
    assert.deepEqual(fromServer, fromCli);
    assert.deepEqual(r.json.overall, cli.overall);
    // One quote of three has another speaker now.
    assert.deepEqual(fromServer.speakers, { same: 2, of: 3, accuracy: 0.667 });
    assert.match(r.text, /speaker accuracy\s+66\.7% \(2 of 3\)/);
  });
});

describe('corrections follow the text', () => {
  test('a paragraph typed above the quote: the correction moves with it', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the correction');
    const para = 'In a separate vote, the board approved a new dock at Pier 4. “This is overdue,” Brandt said.\n\n';
    s.edit(uri, s.offset(uri, 'Commissioner Tom'), s.offset(uri, 'Commissioner Tom'), para);
    await untilHover(uri, '“This fare', /Speaker: \*\*Linda Osei\*\*/, 'the correction after the edit');
    assert.match(await hoverAt(uri, '“This is overdue'), /Tom Brandt/, 'the new quote keeps its machine speaker');
    // Typing inside the quote grows it; the correction stays on it.
    s.edit(uri, s.offset(uri, 'punishes'), s.offset(uri, 'punishes'), 'really ');
    await untilHover(uri, '“This fare', /Speaker: \*\*Linda Osei\*\*/, 'the correction after typing inside');
  });

  test('text deleted under a correction: a warning with quick fixes to attach it to the selection or delete it', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the correction');
    const start = s.offset(uri, 'Commissioner Tom');
    const end = s.offset(uri, '“The numbers');
    s.edit(uri, start, end, '');
    const diag = await s.until(() => (s.diagnostics.get(uri) ?? []).find((d: Diagnostic) => d.code === 'correction-unplaced'), 'the unplaced warning');
    assert.match(String(diag.message), /correction could not be placed/);
    // Attach: select the remaining Osei quote and attach the correction to it.
    const q = quoteStart(uri, 'The numbers');
    const qEnd = s.offset(uri, 'clear,”') + 'clear,”'.length;
    const list = await actions(uri, q, qEnd);
    const attach = list.find((a) => /^Attach correction/.test(a.title));
    const del = list.find((a) => /^Delete correction/.test(a.title));
    assert.ok(attach && del, `${list.map((a) => a.title)}`);
    const r = await run(attach, 'attach');
    assert.ok(r.ok, r.message);
    const recs = records();
    assert.equal(recs.length, 1);
    assert.equal(recs[0].target.selector.exact, s.text(uri).slice(q, qEnd));
    await s.until(() => !(s.diagnostics.get(uri) ?? []).some((d) => d.code === 'correction-unplaced'), 'the warning to go');
  });

  test('Delete removes a correction that cannot be placed', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the correction');
    s.edit(uri, s.offset(uri, 'Commissioner Tom'), s.offset(uri, '“The numbers'), '');
    const diag = await s.until(() => (s.diagnostics.get(uri) ?? []).find((d: Diagnostic) => d.code === 'correction-unplaced'), 'the unplaced warning');
    const text = s.text(uri);
    const at = offsetOf(text, diag.range.start);
    const del = (await actions(uri, at)).find((a) => /^Delete correction/.test(a.title));
    const r = await run(del, 'delete');
    assert.ok(r.ok, r.message);
    assert.equal(existsSync(lensFile()), false);
  });

  test('the article changed on disk (reloaded into the editor as one change): the correction re-anchors', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    await untilHover(uri, '“This fare', /Linda Osei/, 'the correction');
    const changed = ARTICLE.replace('PORTVILLE —', 'PORTVILLE (Reuters) — After months of debate,').replace('was blunt.', 'was blunt about it.');
    writeFileSync(file, changed);
    // What an editor sends when the file changed under it: the whole text replaced.
    const doc = s.texts.get(uri)!;
    doc.text = changed;
    doc.version++;
    void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text: changed }] });
    await untilHover(uri, '“This fare', /Speaker: \*\*Linda Osei\*\*/, 'the re-anchored correction');
    assert.ok(!(s.diagnostics.get(uri) ?? []).some((d) => d.code === 'correction-unplaced'));
  });

  test('closed, changed on disk, reopened (or after a restart): the correction re-anchors from the file', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    s.close(uri);
    writeFileSync(file, `Update: this story was corrected on May 3.\n\n${ARTICLE}`);
    uri = s.open(file);
    await untilHover(uri, '“This fare', /Speaker: \*\*Linda Osei\*\*/, 'the correction after reopening');
  });
});

describe('the corrections file on disk', () => {
  test('changed by another program: reloaded', async (t) => {
    t.after(cleanup);
    await apply(uri, 'Set speaker: Linda Osei', quoteStart(uri, 'This fare') + 3);
    const recs = records();
    (recs[0].decision as { speaker: { name: string } }).speaker.name = 'Ferry Riders Alliance';
    writeFileSync(lensFile(), JSON.stringify({ version: 1, records: recs }, null, 2) + '\n');
    void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lensFile()).href, type: 2 }] });
    await untilHover(uri, '“This fare', /Speaker: \*\*Ferry Riders Alliance\*\*/, 'the reloaded correction');
  });

  test('a file that does not parse: a diagnostic naming the line, machine output, never overwritten', async (t) => {
    t.after(cleanup);
    const broken = '{\n  "version": 1,\n  "records": [\n    { "id": "c-1", \n  ]\n}\n';
    writeFileSync(lensFile(), broken);
    void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lensFile()).href, type: 1 }] });
    const d = await s.until(() => (s.diagnostics.get(uri) ?? []).find((x) => x.code === 'corrections-file'), 'the file diagnostic');
    assert.match(String(d.message), /ferry-fares\.news\.lens\.json line \d+/);
    const onFile = await s.until(() => s.diagnostics.get(pathToFileURL(lensFile()).href)?.[0], 'a diagnostic on the corrections file');
    assert.ok(onFile.range.start.line >= 3, `line ${onFile.range.start.line + 1}`);
    assert.match(await hoverAt(uri, '“This fare'), /Tom Brandt/, 'machine output');
    const list = await actions(uri, quoteStart(uri, 'This fare') + 3);
    const r = await run(list.find((a) => a.title === 'Set speaker: Linda Osei'), 'set speaker');
    assert.equal(r.ok, false);
    assert.match(r.message, /could not be read.*not overwritten/);
    assert.equal(readFileSync(lensFile(), 'utf8'), broken);
  });

  test('a folder that cannot be written: the action says so and why', async (t) => {
    t.after(cleanup);
    // A folder where the corrections file should be (works as root too; a read-only folder is in the store tests).
    mkdirSync(lensFile());
    void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(lensFile()).href, type: 1 }] });
    await s.until(() => (s.diagnostics.get(uri) ?? []).find((x) => x.code === 'corrections-file'), 'the file diagnostic');
    const r = await run((await actions(uri, quoteStart(uri, 'This fare') + 3)).find((a) => a.title === 'Set speaker: Linda Osei'), 'set speaker');
    assert.equal(r.ok, false);
    assert.match(r.message, /cannot save the correction/);
    assert.match(r.message, /folder/);
  });

  test('Type in all articles goes to the workspace names list and applies to every article', async (t) => {
    t.after(cleanup);
    const otherFile = path.join(dir, 'appeal.news');
    writeFileSync(otherFile, OTHER);
    const other = s.open(otherFile);
    t.after(() => s.close(other));
    // The names list lives in the workspace folder; with none, the article's folder.
    await apply(uri, /^Type: place \(in all articles/, s.offset(uri, 'Ferry Riders Alliance said') + 2);
    const names = JSON.parse(readFileSync(path.join(dir, '.news-lens', 'names.json'), 'utf8'));
    assert.deepEqual(names.names.map((n: { name: string; type: string }) => [n.name, n.type]), [['Ferry Riders Alliance', 'place']]);
    await untilHover(other, 'Ferry Riders Alliance filed', /— Place/, 'the other article honours the list');
  });
});
