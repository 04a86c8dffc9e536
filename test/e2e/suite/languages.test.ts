// Plain-text and Markdown articles: annotated by default (.txt) or once configured (Markdown).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, positionOf, semanticTokens, setSetting, setUpWorkspace, waitFor, waitForTokens } from './util';

describe('other file types', function () {
  before(async function () {
    setUpWorkspace();
    await activateExtension();
  });

  it('annotates a .txt article (plaintext)', async function () {
    const { document: doc } = await open('port-strike.txt');
    assert.equal(doc.languageId, 'plaintext');
    const tokens = await waitForTokens(doc, 'quote');
    const quote = tokens.find((t) => t.type === 'quote');
    assert.equal(quote?.offset, doc.getText().indexOf('“Our members'));
    assert.ok(tokens.some((t) => t.type === 'person' && t.text.includes('Rivera')), JSON.stringify(tokens.map((t) => [t.type, t.text])));
  });

  it('leaves Markdown alone by default and annotates it once newsLens.languages includes markdown', async function () {
    const { document: doc } = await open('library-reopens.md');
    assert.equal(doc.languageId, 'markdown');
    // The .txt article above proves the server is up; Markdown is not in the default selector.
    assert.deepEqual((await semanticTokens(doc)).filter((t) => t.type === 'quote'), [], 'no quote tokens in Markdown by default');

    const restore = await setSetting('languages', ['news', 'plaintext', 'markdown']);
    try {
      await activateExtension(); // the client restarts with the new document selector
      const tokens = await waitForTokens(doc, 'quote');
      const quote = tokens.find((t) => t.type === 'quote');
      assert.equal(quote?.offset, doc.getText().indexOf('“It feels'));
      // Markdown syntax is not prose: the heading marker is not part of any token.
      assert.ok(!tokens.some((t) => t.text.startsWith('#')), JSON.stringify(tokens.map((t) => t.text)));
      assert.ok(tokens.some((t) => (t.type === 'person' || t.type === 'speaker') && t.text.includes('Natarajan')), JSON.stringify(tokens.map((t) => [t.type, t.text])));
    } finally {
      await restore();
    }
    await activateExtension();
  });

  it('annotates a file of another language on request (News Lens: Annotate This File)', async function () {
    const { document: doc } = await open('library-reopens.md');
    await waitFor('Markdown to be unannotated again', async () => !(await semanticTokens(doc)).some((t) => t.type === 'quote'), 20_000);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('newsLens.annotateFile');
    await activateExtension();
    const tokens = await waitForTokens(doc, 'quote');
    assert.ok(tokens.some((t) => t.offset === doc.offsetAt(positionOf(doc, '“It feels'))));
  });

  it('provides each feature once after the client restarted (no duplicate hovers or hints)', async function () {
    await activateExtension();
    const { document: doc } = await open('harbor-vote.news');
    await waitForTokens(doc, 'person');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'David Okafor', 7));
    assert.equal(hovers?.length, 1, `one hover card: ${JSON.stringify(hovers?.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join(' ').slice(0, 60)))}`);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
    const she = doc.offsetAt(positionOf(doc, 'she said'));
    const atShe = hints.filter((h) => Math.abs(doc.offsetAt(h.position) - she) <= 'she'.length);
    assert.equal(atShe.length, 1, `one hint after "she": ${JSON.stringify(atShe.map((h) => h.label))}`);
  });
});
