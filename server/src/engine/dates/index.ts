// Dates, times, durations and sets, resolved against the publication date.
import type { Article, BlockCache, DateMention } from '../types';

export function findDates(article: Article, published: string | null, cache?: BlockCache): DateMention[] {
  void article;
  void published;
  void cache;
  return [];
}
