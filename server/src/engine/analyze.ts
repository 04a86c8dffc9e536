// The whole analysis: text in, annotations out. No editor or LSP types here.
import type { Analysis, AnalyzeOptions } from './types';
import { readArticle } from './structure';
import { findPublished } from './published';
import { findQuotes } from './quotes';
import { findEntities } from './entities/index';
import { attributeSpeakers } from './speakers';
import { findDates } from './dates/index';

export function formatFor(fileName?: string): 'text' | 'markdown' {
  return fileName && /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const format = options.format ?? formatFor(options.fileName);
  const article = readArticle(text, format, options.cache);
  const { published, source } = findPublished(article, options.published, options.fileName);
  const { quotes, problems } = findQuotes(article);
  const entities = findEntities(article, options.cache);
  const attributed = attributeSpeakers(article, quotes, entities);
  const dates = findDates(article, published, options.cache);
  return { published, publishedSource: source, entities, quotes: attributed, dates, problems, blocks: article.blocks };
}
