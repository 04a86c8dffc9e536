// Code lens above an entity's defining mention: "6 quotes · 3 articles"; clicking it shows the quotes and
// mentions through the client command newsLens.showReferences (see protocol.ts). The counts come from the
// index's entity heads; the locations (which may need many articles' details from disk) are found only when
// the editor resolves a lens it shows.
import type { CodeLens } from 'vscode-languageserver';
import { ShowReferencesCommand, type ShowReferencesArguments } from '../protocol';
import type { DocModel } from '../workspace/model';
import { entityLocations, type FeatureContext } from './context';
import { plural2 } from './format';

/**
 * Beyond this many other articles to read from the index, a lens carries no locations and the client asks for
 * the references when it is clicked: an organization named in every article of a 20,000-article archive
 * would otherwise cost seconds and hundreds of megabytes each time its lens scrolls into view.
 */
export const LensArticleLimit = 200;

interface LensData {
  uri: string;
  version: number;
  entity: string;
  title: string;
  quotes: number;
}

export function codeLenses(ctx: FeatureContext, model: DocModel): CodeLens[] {
  const out: CodeLens[] = [];
  for (const e of model.analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    // Counted without a hit object per article: an organization named everywhere must not cost 20,000 objects.
    const elsewhere = ctx.index.countWithVariants(e, model.uri);
    const quotes = model.quotesOf(e).length + elsewhere.quotes;
    const articles = 1 + elsewhere.articles;
    // Only entities worth a lens: quoted, or named in more than one article.
    if (quotes === 0 && articles === 1) continue;
    const data: LensData = { uri: model.uri, version: model.version, entity: e.id, title: `${plural2(quotes, 'quote')} · ${plural2(articles, 'article')}`, quotes };
    out.push({ range: model.range(e.mentions[0]), data });
  }
  return out;
}

/** Fills in the lens's command with the locations; `model` is the document's current analysis. */
export function resolveCodeLens(ctx: FeatureContext, model: DocModel | null, lens: CodeLens): CodeLens {
  const d = lens.data as LensData | undefined;
  const e = d && model?.entityById.get(d.entity);
  if (!d || !model || !e) return { ...lens, command: { title: d?.title ?? '', command: '' } };
  const range = model.range(e.mentions[0]);
  // The articles whose details would be read: those naming it, or only those quoting it when it is quoted.
  const counts = ctx.index.countWithVariants(e, model.uri);
  const toRead = d.quotes === 0 ? counts.articles : counts.quotedArticles;
  const locations = toRead > LensArticleLimit ? null : entityLocations(ctx, model, e, { mentions: d.quotes === 0, quotes: true });
  const args: ShowReferencesArguments = [model.uri, range.start, locations];
  return { range: lens.range, command: { title: d.title, command: ShowReferencesCommand, arguments: args } };
}
