// In a text with references, a name cited with a year is an author: a person in every mention, though it is
// also a town ("Santos (1989)", "Feng, Spence, & Pratt, 2007", "Quilis’s terms" after "Quilis (1964)").
//   "adapted from Palmeri and Gazio (1995)", "among others Quilis (1964), Paraíso, (2000)" → people
//   "(Dye & Bavelier, 2010; Feng, Spence, & Pratt, 2007)", "(Baron & Beresford 2014)"      → people
// Not: names of more than one word but two surnames joined by "&" ("the Pittsburgh Pirates (2016)", "the World Bank (2010)"), acronyms
// ("OECD (2015)": bodies publish too), a place after "in" or "at" ("the Sorbonne in Paris (1927)"), names
// already typed as works or people, and nothing in a text without references (news: "Berlin (1936)").
import type { Mention } from './cluster';
import { keyOf, orgHeads, placeHeads } from './lexicon';
import { isAcronym } from './shape';

// After the name: "(1964)", "(1995: 12)", ", 2007)", ", 2011, p. 1225)", " et al." — a year that closes a citation.
const CITED = /^(?:['’]s?)?(?:\s*\((?:19|20)\d\d[a-z]?[):;,]|,?\s+(?:19|20)\d\d[a-z]?[);,]|\s+et al\.)/;
// A citation anywhere: "Quilis (1964)", "Pratt, 2007)", "Caparrós, (2000)".
const CITATION = /\p{Lu}\p{Ll}+,?\s*(?:\((?:19|20)\d\d[a-z]?\)|(?:19|20)\d\d[a-z]?\))/gu;
// "Palmeri and Gazio (1995)": the first of two authors.
const FIRST_OF_TWO = /^\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+,?\s*\(?(?:19|20)\d\d[a-z]?[):;,]/u;

// "Dye & Bavelier, 2010": two authors joined into one name.
const AUTHOR_PAIR = /^\p{Lu}[\p{L}'’-]+ & \p{Lu}[\p{L}'’-]+$/u;

// Every CITATION ends in a year and a closing bracket, its own: three citations need three of these first.
const YEAR_CLOSE = /(?:19|20)\d\d[a-z]?\)/g;

/** A text that cites authors by name and year at least three times ("Quilis (1964)", "Pratt, 2007)"). */
function citesAuthors(text: string): boolean {
  let n = 0;
  YEAR_CLOSE.lastIndex = 0;
  while (YEAR_CLOSE.exec(text)) if (++n >= 3) break;
  if (n < 3) return false;
  n = 0;
  CITATION.lastIndex = 0;
  while (CITATION.exec(text)) if (++n >= 3) return true;
  return false;
}

/** Types as people the names a text with references cites with a year (in every mention). */
export function citedAuthors(mentions: Mention[], text: string, references: boolean): Mention[] {
  if (!references && !citesAuthors(text)) return mentions;
  const authors = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'place' && m.type !== 'organization') continue;
    // one word (or two joined by "&"): authors are cited by surname ("the Pittsburgh Pirates (2016)" is a team's season)
    if ((m.tokens.length > 1 && !AUTHOR_PAIR.test(m.name)) || isAcronym(m.name) || orgHeads.has(m.name) || placeHeads.has(m.name)) continue;
    // "the Sorbonne in Paris (1927)": a place and the year something happened there
    if (/\b(?:in|at|near)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const after = text.slice(m.end, m.end + 40);
    if (CITED.test(after) || FIRST_OF_TWO.test(after)) authors.add(keyOf(m.name));
  }
  if (!authors.size) return mentions;
  for (const m of mentions) if ((m.type === 'place' || m.type === 'organization') && authors.has(keyOf(m.name.replace(/['’]s?$/, '')))) m.type = 'person';
  return mentions;
}
