// The whole analysis: text in, annotations out. No editor or LSP types here.
import type { Analysis, AnalyzeOptions } from './types';
import { readArticle } from './structure';
import { findPublished } from './published';
import { findQuotes } from './quotes';
import { findEntities } from './entities/index';
import { attributeSpeakers } from './speakers';
import { findDates } from './dates/index';
import { reanchor } from './corrections/anchor';
import { correctDates, correctEntities, correctQuotes, correctSpeakers, markOrigins, newTouched } from './corrections/apply';

export function formatFor(fileName?: string): 'text' | 'markdown' {
  return fileName && /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const format = options.format ?? formatFor(options.fileName);
  const article = readArticle(text, format, options.cache);
  const { published, source } = findPublished(article, options.published, options.fileName);
  const found = findQuotes(article);
  const problems = found.problems;
  let quotes = found.quotes;
  let entities = findEntities(article, options.cache);
  // A person's decisions: quotes and names before the speaker rules run, speakers and dates after.
  const input = options.corrections;
  const placed = input ? reanchor(input.records, text) : null;
  const touched = newTouched();
  if (placed) {
    quotes = correctQuotes(quotes, text, placed.records, touched);
    entities = correctEntities(entities, text, placed.records, input?.names ?? [], touched);
  }
  let attributed = attributeSpeakers(article, quotes, entities);
  let dates = findDates(article, published, options.cache);
  if (placed) {
    attributed = correctSpeakers(attributed, entities, text, placed.records, touched);
    dates = correctDates(dates, text, placed.records, touched);
  }
  const analysis: Analysis = { published, publishedSource: source, entities, quotes: attributed, dates, problems, blocks: article.blocks };
  markOrigins(analysis, touched);
  if (placed) analysis.corrections = { placed: placed.records, unplaced: [...placed.unplaced, ...touched.unplaced] };
  return analysis;
}
