// Named entities: candidate mentions, typing, clustering into entities with aliases and roles.
import type { Article, BlockCache, Entity } from '../types';

export function findEntities(article: Article, cache?: BlockCache): Entity[] {
  void article;
  void cache;
  return [];
}
