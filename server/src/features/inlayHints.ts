// Inlay hints: after a speaker that is not a name ("he said", "the minister said"), the person it was
// resolved to; after a relative date ("Thursday"), the date it was resolved to.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';
import { nameKey } from '../workspace/identity';
import { dateInWords, dateShort } from './format';

function inRange(offset: number, range: Range | undefined, startOffset: number, endOffset: number): boolean {
  if (!range) return true;
  return offset >= startOffset && offset <= endOffset;
}

export function inlayHints(model: DocModel, range?: Range): InlayHint[] {
  const out: InlayHint[] = [];
  const from = range ? model.offsetAt(range.start) : 0;
  const to = range ? model.offsetAt(range.end) : model.text.length;
  const seen = new Set<number>();
  for (const q of model.quotes) {
    const s = q.speaker;
    if (!s || !inRange(s.end, range, from, to)) continue;
    // One "she said" can introduce two quotes: one hint.
    if (seen.has(s.end)) continue;
    seen.add(s.end);
    const e = model.speakerEntity(q);
    if (!e) continue;
    const words = nameKey(s.text);
    const names = [e.name, ...e.aliases].map(nameKey);
    // A speaker that already contains the name needs no hint.
    if (names.some((n) => n && words.includes(n))) continue;
    out.push({
      position: model.lines.positionAt(s.end),
      label: `: ${e.name}`,
      kind: InlayHintKind.Parameter,
      tooltip: s.method ? `Speaker: ${e.name} (${s.method})` : `Speaker: ${e.name}`,
      paddingLeft: false,
    });
  }
  for (const d of model.dates) {
    if (!d.relative || !d.value || !inRange(d.end, range, from, to)) continue;
    const label = dateShort(d.value);
    if (!label) continue;
    out.push({
      position: model.lines.positionAt(d.end),
      label: `: ${label}`,
      kind: InlayHintKind.Type,
      tooltip: `${dateInWords(d.value)}${d.anchor ? ` — resolved against ${d.anchor}` : ''}`,
      paddingLeft: false,
    });
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
