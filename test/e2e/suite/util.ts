// Helpers for the end-to-end suite, which runs inside VS Code's extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository root: this file is bundled to out/e2e/suite/*.js. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'e2e', 'fixtures');
export const sharedArticlesDir = path.join(
  path.resolve(process.env.NEWS_LENS_SHARED ?? path.join(repoRoot, '..', 'shared')),
  'articles',
);
export const SHARED = ['cnn-2013-09-11-kerry-lavrov', 'jpost-2013-09-12-syria-talks'];

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs a workspace folder (the runner opens an empty temporary one)');
  return folder.uri.fsPath;
}

/** Copies the fixture articles (and the shared real articles, when present) into the workspace once. */
export function setUpWorkspace(): { shared: boolean } {
  const dir = workspaceDir();
  for (const name of fs.readdirSync(fixturesDir)) {
    const to = path.join(dir, name);
    if (!fs.existsSync(to)) fs.copyFileSync(path.join(fixturesDir, name), to);
  }
  const shared = SHARED.every((n) => fs.existsSync(path.join(sharedArticlesDir, `${n}.txt`)));
  if (shared) {
    for (const n of SHARED) {
      // .news so the articles get the news grammar as well as the server's analysis.
      const to = path.join(dir, `${n}.news`);
      if (!fs.existsSync(to)) fs.copyFileSync(path.join(sharedArticlesDir, `${n}.txt`), to);
    }
  }
  return { shared };
}

export function sharedGold(name: string): { quotes: { start: number; opening: string; kind: string; speaker: string | null }[] } {
  return JSON.parse(fs.readFileSync(path.join(sharedArticlesDir, `${name}.gold.json`), 'utf8'));
}

export function uri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `probe` until it returns a value that is not undefined/null/false (never a fixed sleep). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await new Promise((r) => setTimeout(r, delay));
  }
}

export interface DecodedToken { line: number; char: number; length: number; type: string; modifiers: string[]; text: string; offset: number }

/** Semantic tokens of a document, decoded against the legend the server announced. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  const out: DecodedToken[] = [];
  let line = 0;
  let char = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const length = d[i + 2];
    const type = legend.tokenTypes[d[i + 3]] ?? `#${d[i + 3]}`;
    const modifiers = legend.tokenModifiers.filter((_, bit) => d[i + 4] & (1 << bit));
    const start = new vscode.Position(line, char);
    out.push({ line, char, length, type, modifiers, text: doc.getText(new vscode.Range(start, start.translate(0, length))), offset: doc.offsetAt(start) });
  }
  return out;
}

/** Waits until the server has analysed the document (it returns some semantic tokens of the wanted type). */
export function waitForTokens(doc: vscode.TextDocument, type = 'quote', timeoutMs = 60_000): Promise<DecodedToken[]> {
  return waitFor(`semantic tokens of type "${type}" in ${path.basename(doc.fileName)}`, async () => {
    const t = await semanticTokens(doc);
    return t.some((x) => x.type === type) ? t : undefined;
  }, timeoutMs);
}

/** Position of the n-th occurrence (0-based) of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found in ${path.basename(doc.fileName)}`);
  }
  return doc.positionAt(at + delta);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Location or LocationLink → (uri, range). */
export function target(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };
}

export function inlayLabel(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

/** Sets a newsLens.* setting in the workspace and returns a function that restores it. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => {
    await vscode.workspace.getConfiguration('newsLens').update(key, before, vscode.ConfigurationTarget.Workspace);
  };
}

/** The extension under test, activated; resolves once its server is up. */
export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension<{ ready(): Promise<void> }>('news-lens.news-lens');
  if (!ext) throw new Error('extension news-lens.news-lens is not loaded');
  const api = await ext.activate();
  await api.ready();
}
