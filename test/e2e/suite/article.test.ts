// The extension in a real VS Code, on an invented article (test/e2e/fixtures/harbor-vote.news):
// highlighting, hover, go to speaker, references, outline, inlay hints and quote navigation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, hoverText, inlayLabel, open, positionOf, semanticTokens, setSetting, setUpWorkspace, target, waitFor, waitForTokens,
  type DecodedToken,
} from './util';

const FILE = 'harbor-vote.news';
const Q1 = '“We are not going'; // Elena Marsh
const Q2 = '“The numbers'; // David Okafor
const Q3 = '“Residents deserve'; // David Okafor
const Q4 = '“I expect a vote'; // Elena Marsh ("she said")

describe('an invented article (.news)', function () {
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;
  let tokens: DecodedToken[];

  before(async function () {
    setUpWorkspace();
    editor = await open(FILE);
    doc = editor.document;
    assert.equal(doc.languageId, 'news', 'the .news extension maps to the news language');
    await activateExtension();
    tokens = await waitForTokens(doc, 'quote');
  });

  it('highlights each quote with a quote token starting at its opening mark', function () {
    const quoteStarts = tokens.filter((t) => t.type === 'quote').map((t) => t.offset);
    for (const q of [Q1, Q2, Q3, Q4]) {
      assert.ok(quoteStarts.includes(doc.getText().indexOf(q)), `a quote token starts at ${q}…; quote tokens: ${JSON.stringify(tokens.filter((t) => t.type === 'quote').map((t) => t.text))}`);
    }
    // The writer's narration is not a quote.
    const narration = doc.getText().indexOf('postponed a vote');
    assert.ok(!tokens.some((t) => t.type === 'quote' && t.offset <= narration && narration < t.offset + t.length), 'narration is not highlighted as a quote');
  });

  it('highlights people, places or organizations, and dates with the legend’s token types', function () {
    const texts = (type: string) => tokens.filter((t) => t.type === type).map((t) => t.text);
    assert.ok(texts('person').some((t) => t.includes('Marsh')), `person tokens: ${texts('person')}`);
    assert.ok(texts('person').some((t) => t.includes('Okafor')), `person tokens: ${texts('person')}`);
    assert.ok(texts('date').some((t) => t.includes('March 18')), `date tokens: ${texts('date')}`);
    const named = [...texts('organization'), ...texts('place')];
    assert.ok(named.some((t) => t.includes('Springfield') || t.includes('Harbor Trust')), `organization/place tokens: ${named}`);
    assert.ok(!tokens.some((t) => t.type.startsWith('#')), 'every token type index is in the legend');
  });

  it('shows who a person is on hover', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Okafor said', 2));
    const text = hoverText(hovers);
    assert.match(text, /David Okafor/, `hover text: ${text}`);
  });

  it('shows the speaker when hovering a quote', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, Q1, 5));
    assert.match(hoverText(hovers), /Marsh/, `hover text: ${hoverText(hovers)}`);
  });

  it('goes from a quote to its speaker (definition)', async function () {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, Q2, 5));
    assert.ok(defs?.length, 'a definition is found');
    const t = target(defs[0]);
    assert.equal(t.uri.toString(), doc.uri.toString());
    assert.match(doc.getText(t.range), /Okafor/, `definition text: ${doc.getText(t.range)}`);
  });

  it('resolves "she said" to the speaker: definition goes to the attribution, hover names Marsh', async function () {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, Q4, 5));
    assert.ok(defs?.length, 'a definition is found');
    const t = target(defs[0]);
    const text = doc.getText(t.range);
    const atShe = doc.offsetAt(t.range.start) === doc.offsetAt(positionOf(doc, 'she said'));
    assert.ok(atShe || /Marsh/.test(text), `definition "${text}" is the "she" of "she said" or names Marsh`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, Q4, 5));
    assert.match(hoverText(hovers), /Marsh/, `hover text: ${hoverText(hovers)}`);
  });

  it('finds every mention of a person (references)', async function () {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Elena Marsh', 7));
    const inDoc = (refs ?? []).filter((r) => r.uri.toString() === doc.uri.toString());
    const texts = inDoc.map((r) => doc.getText(r.range));
    assert.ok(texts.includes('Elena Marsh') || texts.includes('Mayor Elena Marsh'), `the defining mention: ${JSON.stringify(texts)}`);
    assert.ok(texts.includes('Marsh'), `"Marsh said": ${JSON.stringify(texts)}`);
    // Quotes by Marsh may be listed too; nothing by or about Okafor may be.
    assert.ok(!texts.some((t) => /Okafor|numbers|Residents/.test(t)), `nothing about Okafor: ${JSON.stringify(texts)}`);
  });

  it('lists people and quotes in the outline (document symbols)', async function () {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names: string[] = [];
    const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
      names.push(s.name);
      if ('children' in s) s.children.forEach(walk);
    };
    (symbols ?? []).forEach(walk);
    assert.ok(names.some((n) => n.includes('Elena Marsh')), `symbols: ${JSON.stringify(names)}`);
    assert.ok(names.some((n) => n.includes('David Okafor')), `symbols: ${JSON.stringify(names)}`);
  });

  it('shows the resolved speaker after "she said" as an inlay hint', async function () {
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await waitFor('inlay hints', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, full);
      return h?.length ? h : undefined;
    });
    const she = doc.offsetAt(positionOf(doc, 'she said'));
    const near = hints.filter((h) => Math.abs(doc.offsetAt(h.position) - she) <= 'she said'.length + 1);
    assert.ok(near.some((h) => /Marsh/.test(inlayLabel(h))), `hints near "she said": ${JSON.stringify(near.map(inlayLabel))}; all: ${JSON.stringify(hints.map(inlayLabel))}`);
  });

  it('moves to the next and previous quote by the same speaker, wrapping at the end', async function () {
    const start = (q: string) => positionOf(doc, q);
    editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(start(Q1).translate(0, 3), start(Q1).translate(0, 3));

    await vscode.commands.executeCommand('newsLens.nextQuoteBySpeaker');
    assert.deepEqual(editor.selection.active, start(Q4), 'next quote by Marsh skips Okafor’s quotes');

    const wrapped = await vscode.commands.executeCommand<{ wrapped: boolean }>('newsLens.nextQuoteBySpeaker');
    assert.deepEqual(editor.selection.active, start(Q1), 'past the last quote it wraps to the first');
    assert.equal(wrapped?.wrapped, true, 'the result says it wrapped');

    editor.selection = new vscode.Selection(start(Q3).translate(0, 3), start(Q3).translate(0, 3));
    await vscode.commands.executeCommand('newsLens.previousQuoteBySpeaker');
    assert.deepEqual(editor.selection.active, start(Q2), 'previous quote by Okafor');
  });

  it('Go to Speaker moves the cursor from a quote to its speaker', async function () {
    editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(positionOf(doc, Q2, 4), positionOf(doc, Q2, 4));
    await vscode.commands.executeCommand('newsLens.goToSpeaker');
    const at = await waitFor('the cursor to leave the quote', () => {
      const p = vscode.window.activeTextEditor?.selection.active;
      return p && !p.isEqual(positionOf(doc, Q2, 4)) ? p : undefined;
    }, 10_000);
    const word = doc.getText(doc.getWordRangeAtPosition(at));
    assert.match(word, /Okafor|David/, `cursor on "${word}"`);
  });

  it('runs the code lens command (newsLens.showReferences) with the arguments from the server', async function () {
    const lenses = await waitFor('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100);
      return l?.some((x) => x.command?.command === 'newsLens.showReferences') ? l : undefined;
    });
    const lens = lenses.find((x) => x.command?.command === 'newsLens.showReferences' && /Okafor|quote/.test(x.command.title ?? ''))!;
    assert.match(lens.command!.title, /\d+ quotes? · \d+ articles?/);
    const args = lens.command!.arguments as [string, unknown, unknown[]];
    assert.ok(Array.isArray(args?.[2]) && args[2].length > 0, 'the lens carries locations');
    await vscode.commands.executeCommand(lens.command!.command, ...args);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('lists all quotes by the speaker under the cursor', async function () {
    editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(positionOf(doc, Q2, 4), positionOf(doc, Q2, 4));
    const result = await vscode.commands.executeCommand<{ speaker: string | null; quotes: { text: string }[] }>('newsLens.showQuotesBySpeaker');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.match(result?.speaker ?? '', /Okafor/);
    assert.equal(result?.quotes.filter((q) => q.text.includes('numbers') || q.text.includes('Residents')).length, 2, JSON.stringify(result));
  });

  it('turns a kind of highlighting off and inlay hints off when the settings say so', async function () {
    const restorePeople = await setSetting('highlight.people', false);
    try {
      await waitFor('person tokens to disappear', async () => {
        const t = await semanticTokens(doc);
        return t.some((x) => x.type === 'quote') && !t.some((x) => x.type === 'person');
      }, 20_000);
    } finally {
      await restorePeople();
    }
    await waitFor('person tokens to come back', async () => (await semanticTokens(doc)).some((x) => x.type === 'person'), 20_000);

    const restoreHints = await setSetting('inlayHints.enabled', false);
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    try {
      await waitFor('inlay hints to disappear', async () => {
        const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, full);
        return !h?.length;
      }, 20_000);
    } finally {
      await restoreHints();
    }
  });
});
