// The word for a kind of work right before a name, after a determiner or someone's possessive, makes the
// name that work's title (type other).
//   "Daniel's book Hydrodynamica", "Dan Savage's column Savage Love"           → other
//   "the period drama Copying Beethoven", "the romantic comedy Imagine Me"     → other
//   "his latest book, Hegemony or Survival", "Wajda's movie, Promised Land"    → other (a comma after a work noun
//    only after a possessive: someone's book, then its title)
// Not: "After the war, L'Enfant designed…" or "On his campaign website, Sarvis notes" (a comma after a noun
// that is not a work, or after "the"); "the magazine Der Spiegel", "the blog Gizmodo" (outlets are bodies).

import { wordBefore } from './word-before';

const DETERMINER = String.raw`(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)|\p{Lu}[\p{L}.'’-]*['’]s)`;
const POSSESSIVE = String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}.'’-]*['’]s)`;
// Kinds of works that the category nouns (categories.ts) leave out: genres of film and TV, writings.
const GENRES = 'drama|comedy|thriller|documentary|miniseries|cartoon|column|treatise|dissertation|thesis|textbook|memoir|essay|webcomic|novella|anthology|biography|autobiography|travelogue|sonnet|ballad|hymn|screenplay|libretto';
// The common works, which take a comma before the title after a possessive.
const WORKS = 'book|novel|film|movie|album|song|play|poem|essay|memoir|dissertation|thesis|opera|painting|documentary';

const GENRE_BEFORE = new RegExp(String.raw`${DETERMINER}\s+(?:[\p{L}-]+\s+){0,2}?(?:${GENRES})\s+$`, 'u');
const POSSESSED_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*['’]s\s+(?:[\p{L}-]+\s+)?(?:${WORKS})\s+$`, 'u');
const COMMA_BEFORE = new RegExp(String.raw`${POSSESSIVE}\s+(?:[\p{L}-]+\s+)?(?:${WORKS}),\s+$`, 'u');
// Each pattern ends with its noun (or the noun and a comma), whitespace before it, then the spaces before the name:
// the word before the name is one of these or no pattern matches.
const LAST_WORDS = new Set([...GENRES.split('|'), ...WORKS.split('|'), ...WORKS.split('|').map((w) => w + ',')]);

/** True when a work noun before the name (a genre, someone's book, "his latest book,") makes it a title. */
export function isTitledWork(text: string, m: { start: number }): boolean {
  if (!LAST_WORDS.has(wordBefore(text, m.start))) return false;
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  return GENRE_BEFORE.test(before) || POSSESSED_BEFORE.test(before) || COMMA_BEFORE.test(before);
}
