// The two real articles from the shared folder (when present), checked against their hand-made gold.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SHARED, activateExtension, open, setUpWorkspace, sharedArticlesDir, sharedGold, target, waitForTokens } from './util';

describe('the shared real articles', function () {
  before(async function () {
    if (!setUpWorkspace().shared) {
      console.log(`skipping: no shared articles in ${sharedArticlesDir} (set NEWS_LENS_SHARED)`);
      this.skip();
    }
    await activateExtension();
  });

  for (const name of SHARED) {
    it(`${name}: every direct quote of the gold is highlighted from its opening mark`, async function () {
      const { document: doc } = await open(`${name}.news`);
      const tokens = await waitForTokens(doc, 'quote');
      const starts = new Set(tokens.filter((t) => t.type === 'quote').map((t) => t.offset));
      const gold = sharedGold(name).quotes.filter((q) => q.kind === 'direct');
      assert.ok(gold.length > 0);
      for (const q of gold) {
        assert.equal(doc.getText().slice(q.start, q.start + q.opening.length), q.opening, 'gold offsets match the text');
        assert.ok(starts.has(q.start), `quote token at ${q.start} (${q.opening}…)`);
      }
    });

    it(`${name}: the first direct quote's definition is its gold speaker`, async function () {
      const { document: doc } = await open(`${name}.news`);
      await waitForTokens(doc, 'quote');
      const q = sharedGold(name).quotes.find((x) => x.kind === 'direct' && x.speaker);
      assert.ok(q?.speaker);
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', doc.uri, doc.positionAt(q.start + 2));
      assert.ok(defs?.length, `a definition for the quote at ${q.start} in ${path.basename(doc.fileName)}`);
      const text = doc.getText(target(defs[0]).range);
      const surname = q.speaker.split(' ').pop()!;
      assert.ok(text.includes(surname), `definition text "${text}" names ${q.speaker}`);
    });
  }
});
