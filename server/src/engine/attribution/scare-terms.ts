// Quoted words that stay scare quotes whatever surrounds them: titles, names of works, nicknames.
//   Jesús "Chuy" García said …                        → "Chuy" is part of the name
//   he told CNN’s "State of the Union" on Sunday       → a title, not a quotation
import { isTitleLike, namesWork } from '../quotes';
import type { Article, Quote, Span } from '../types';
import type { TokenView } from './tokens';
import { LEADING_FUNCTION } from './lexicon';

/** Outside headlines and headings. */
export function inProse(article: Article, q: Span): boolean {
  return !article.blocks.some((b) => (b.kind === 'headline' || b.kind === 'heading') && b.start <= q.start && q.end <= b.end);
}

/**
 * A one- or two-word scare quote between a capitalised word and another (`Marcia "Cia" Price`),
 * in prose: read as part of the name around it ("But "Cia" Price …" is not).
 */
export function nicknameInName(article: Article, q: Quote): boolean {
  const text = article.text;
  if (q.kind !== 'scare' || !inProse(article, q)) return false;
  const before = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1] ?? '';
  return /^["“'‘][\p{L}\p{N} .'’-]+["”'’]$/u.test(q.text) && q.text.split(/\s+/).length <= 2 && !LEADING_FUNCTION.has(before) && isNickname(text, q);
}

/** `Jesús "Chuy" García`: a quoted nickname between parts of a name. */
export function fixedScare(article: Article, view: TokenView, q: Quote, qi: number): boolean {
  const block = article.blocks[view.toks[view.quoteToks[qi].first].block];
  return isTitleLike(q.text) || namesWork(article.text, q.start, block?.start ?? 0) || isNickname(article.text, q) || block?.kind === 'heading';
}

export function isNickname(text: string, q: Span): boolean {
  const before = /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, q.start - 20), q.start));
  const after = /^\s+\p{Lu}/u.test(text.slice(q.end, q.end + 3));
  return before && after;
}
