// Code lens above an entity's defining mention: "6 quotes · 3 articles"; clicking it shows the quotes and
// mentions through the client command newsLens.showReferences (see protocol.ts).
import type { CodeLens } from 'vscode-languageserver';
import { ShowReferencesCommand, type ShowReferencesArguments } from '../protocol';
import type { DocModel } from '../workspace/model';
import { entityLocations, entityStats, type FeatureContext } from './context';
import { plural2 } from './format';

export function codeLenses(ctx: FeatureContext, model: DocModel): CodeLens[] {
  const out: CodeLens[] = [];
  for (const e of model.analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const stats = entityStats(ctx, model, e);
    const quotes = stats.here.quotes + stats.elsewhere.quotes;
    const articles = 1 + stats.elsewhere.articles;
    // Only entities worth a lens: quoted, or named in more than one article.
    if (quotes === 0 && articles === 1) continue;
    const range = model.range(e.mentions[0]);
    const locations = entityLocations(ctx, model, e, { mentions: quotes === 0, quotes: true });
    const args: ShowReferencesArguments = [model.uri, range.start, locations];
    out.push({
      range,
      command: { title: `${plural2(quotes, 'quote')} · ${plural2(articles, 'article')}`, command: ShowReferencesCommand, arguments: args },
    });
  }
  return out;
}
