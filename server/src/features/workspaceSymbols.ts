// Workspace symbols: people and organizations across all open and indexed articles (the index matches each
// distinct name once, then finds its articles through the name postings).
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { basename } from './context';

const MaxResults = 500;

export function workspaceSymbols(ctx: FeatureContext, query: string): SymbolInformation[] {
  return ctx.index.symbols(query, MaxResults).map((h) => ({
    name: h.name,
    kind: h.type === 'person' ? SymbolKind.Class : SymbolKind.Module,
    location: { uri: h.uri, range: h.range },
    containerName: basename(h.uri) + (h.role ? ` · ${h.role}` : ''),
  }));
}
