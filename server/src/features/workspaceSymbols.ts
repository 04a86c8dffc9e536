// Workspace symbols: people and organizations across all open and indexed articles.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { unpackRanges } from '../workspace/summary';
import type { FeatureContext } from './context';
import { basename } from './context';

const MaxResults = 500;

/** Characters of the query in order (VS Code filters again; this keeps the list short). */
function fuzzy(query: string, name: string): boolean {
  let i = 0;
  for (const c of name.toLowerCase()) if (c === query[i]) i++;
  return i === query.length;
}

export function workspaceSymbols(ctx: FeatureContext, query: string): SymbolInformation[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const out: SymbolInformation[] = [];
  for (const file of ctx.index.files()) {
    for (const e of file.entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      if (q && !fuzzy(q, e.name.replace(/\s+/g, '')) && !e.aliases.some((a) => fuzzy(q, a.replace(/\s+/g, '')))) continue;
      const range = unpackRanges(e.mentions.slice(0, 4))[0];
      if (!range) continue;
      out.push({
        name: e.name,
        kind: e.type === 'person' ? SymbolKind.Class : SymbolKind.Module,
        location: { uri: file.uri, range },
        containerName: basename(file.uri) + (e.roles[0] ? ` · ${e.roles[0]}` : ''),
      });
      if (out.length >= MaxResults) return out;
    }
  }
  return out;
}
