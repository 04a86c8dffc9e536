// A run of capitalised common words that ends in the noun of a field, a skill or a quality, or names an
// award category, is a term, not a name, when nothing else in the text or the gazetteers says it is one.
//   "software based on Natural Language Processing"    → no entity
//   "known as Dynamic Equivalence", "Cognitive Linguistics" → no entity
//   "a nomination for Best Actor"                      → no entity
// Not: "Supreme Court", "Labour Party", "Time Magazine" (a word that heads names of bodies or places),
// "the Second Circuit", "the Magic Circle" (the article makes a unique thing of it, somewhere in the text),
// "Federal Reserve" (a gazetteer entry), "General Motors said" (context scored it as a company),
// "Best Buy" (not a performer), "Habitat for Humanity", "Cats Protection" (named for what it works for), "Red Sox" (not every word is a common one), "Creative Commons" (not a
// term's ending: a run of common words alone is too weak a sign, it drops real companies).
import type { Mention } from './cluster';
import { exact, firstNameSet, ofHeads, orgHeads, otherHeads, placeHeads } from './lexicon';
import { isCommon, stripPossessive } from './shape';
import orgNouns from '../../data/org-nouns.json';

// "Magazine", "Post"; "Library"-like body nouns come capitalised from the lists of what a story calls a body.
const BODY_WORDS = new Set<string>([
  ...orgNouns.publicationNames,
  ...[...orgNouns.body, ...orgNouns.company, ...orgNouns.publication].map((w) => w[0].toUpperCase() + w.slice(1)),
]);
// Nouns of a field, a skill or a quality ("Processing", "Linguistics", "Equivalence") end terms, not names.
const ABSTRACT = /(?:ing|tion|sion|ity|ism|ics|ence|ance|ness|ogy)$/;
// "Best Actor", "Best Supporting Actress", "Best Director": an award category, not "Best Buy".
const PERFORMER = /(?:or|ress|er|ist)$/;
const THE_BEFORE = /\b(?:the|The)\s+$/;

const SMALL = new Set(['of', 'for', 'and', 'in', 'on', 'to', 'the', 'a', 'an', '&']);

/** Whether a several-word name is made only of common words with nothing naming it. */
export function isCommonPhrase(m: Mention): boolean {
  if (m.tokens.length < 2 || m.gazetteer || m.role || m.team) return false;
  if (Math.max(m.scores.person, m.scores.organization, m.scores.place, m.scores.other) >= 1) return false;
  const last = stripPossessive(m.tokens[m.tokens.length - 1]).base;
  if (!ABSTRACT.test(last) && !(m.tokens[0] === 'Best' && PERFORMER.test(last))) return false;
  // "Cats Protection", "Habitat for Humanity": a body named for whom or what it works for.
  if (/s$/.test(m.tokens[0]) || m.tokens.includes('for')) return false;
  return m.tokens.every((raw) => {
    const t = stripPossessive(raw).base;
    if (SMALL.has(t)) return true;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
    return isCommon(t) && !exact.has(t) && !firstNameSet.has(t) && !orgHeads.has(t) && !ofHeads.has(t) && !placeHeads.has(t) && !otherHeads.has(t) && !BODY_WORDS.has(t);
  });
}

/** Drops person, organization and place names that are only capitalised common words. */
export function dropCommonPhrases(mentions: Mention[], text: string): Mention[] {
  const named = new Set<string>();
  for (const m of mentions) if (THE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) named.add(m.name);
  return mentions.filter((m) => m.type === 'other' || named.has(m.name) || !isCommonPhrase(m));
}
