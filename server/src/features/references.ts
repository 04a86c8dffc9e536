// Find references: on a name, every mention of the entity and every quote by it, in this article and in
// every other open or indexed article (entities matched by canonical name and aliases); on a quote, every
// quote by the same speaker.
import type { Location } from 'vscode-languageserver';
import type { DocModel } from '../workspace/model';
import { entityLocations, quoteLocations, type FeatureContext } from './context';

export function references(ctx: FeatureContext, model: DocModel, offset: number, includeDeclaration: boolean): Location[] {
  const t = model.targetAt(offset);
  if (!t || t.kind === 'date') return [];
  const entity = t.entity;
  if (entity) {
    const locs = entityLocations(ctx, model, entity, { mentions: true, quotes: true });
    if (includeDeclaration) return locs;
    const decl = model.range(entity.mentions[0]);
    return locs.filter((l) => !(l.uri === model.uri && l.range.start.line === decl.start.line && l.range.start.character === decl.start.character));
  }
  if (t.kind === 'quote' || t.kind === 'speaker') return quoteLocations(model, t.quote);
  return [];
}
