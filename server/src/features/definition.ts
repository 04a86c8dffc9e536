// Go to definition: from a quote to the words naming its speaker; from a name (or a speaker's words) to
// the entity's defining mention.
import type { Location } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';

export function definition(model: DocModel, offset: number): Location | null {
  const t = model.targetAt(offset);
  if (!t) return null;
  switch (t.kind) {
    case 'mention':
      return { uri: model.uri, range: model.range(t.entity.mentions[0]) };
    case 'speaker':
      return t.entity ? { uri: model.uri, range: model.range(t.entity.mentions[0]) } : null;
    case 'quote':
      return t.quote.speaker ? { uri: model.uri, range: model.range(t.quote.speaker) } : null;
    case 'date':
      return null;
  }
}
