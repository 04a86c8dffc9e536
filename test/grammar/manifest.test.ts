// The extension manifest agrees with the grammar and with the server's semantic-token legend:
// a token type the manifest does not declare gets no colour from themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TokenModifiers, TokenTypes } from '../../server/src/protocol';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = manifest.contributes;

test('the news grammar is declared with its file, scope and language', () => {
  const g = c.grammars.find((x: { language: string }) => x.language === 'news');
  assert.ok(g, 'a grammar for the news language');
  const file = path.join(root, g.path);
  assert.ok(existsSync(file), g.path);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).scopeName, g.scopeName);
  const lang = c.languages.find((x: { id: string }) => x.id === 'news');
  assert.ok(existsSync(path.join(root, lang.configuration)), lang.configuration);
});

test('every token type and modifier of the server legend is declared, with a TextMate fallback scope', () => {
  assert.deepEqual(c.semanticTokenTypes.map((t: { id: string }) => t.id).sort(), [...TokenTypes].sort());
  assert.deepEqual(c.semanticTokenModifiers.map((t: { id: string }) => t.id).sort(), [...TokenModifiers].sort());
  const scoped = Object.keys(c.semanticTokenScopes[0].scopes).map((k) => k.split('.')[0]);
  for (const t of TokenTypes) assert.ok(scoped.includes(t), `semanticTokenScopes maps ${t}`);
});

test('every command in package.json has a title, and keybindings name declared commands', () => {
  const ids = new Set(c.commands.map((x: { command: string; title: string }) => (assert.ok(x.title), x.command)));
  for (const k of c.keybindings) assert.ok(ids.has(k.command), k.command);
  // The client registers them all (checked by the e2e suite in VS Code); here: none is misspelt in the source.
  const dir = path.join(root, 'client', 'src');
  const client = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  for (const id of ids) assert.ok(client.includes(`'${id}'`), `client/src/*.ts registers ${id}`);
});
