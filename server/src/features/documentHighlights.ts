// Document highlights: every mention of the entity under the cursor (its defining mention as a "write").
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';

export function documentHighlights(model: DocModel, offset: number): DocumentHighlight[] {
  const t = model.targetAt(offset);
  if (!t || t.kind === 'date') return [];
  const entity = t.entity;
  if (entity) {
    const out: DocumentHighlight[] = entity.mentions.map((m, i) => ({
      range: model.range(m),
      kind: i === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
    // Pronoun speakers that refer to the entity ("he said") are part of the picture too.
    for (const q of model.quotesOf(entity)) {
      const s = q.speaker!;
      if (!entity.mentions.some((m) => m.start <= s.start && s.end <= m.end)) out.push({ range: model.range(s), kind: DocumentHighlightKind.Text });
    }
    return out;
  }
  if (t.kind === 'quote' || t.kind === 'speaker') {
    return model.quotesBySameSpeaker(t.quote).map((q) => ({ range: model.range(q), kind: DocumentHighlightKind.Text }));
  }
  return [];
}
