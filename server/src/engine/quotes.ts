// Quotation spans and their kind (direct / partial / scare); unbalanced marks become problems.
import type { Article, Problem, Quote } from './types';

export function findQuotes(article: Article): { quotes: Quote[]; problems: Problem[] } {
  void article;
  return { quotes: [], problems: [] };
}
