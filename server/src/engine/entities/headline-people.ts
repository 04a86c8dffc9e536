// In a headline, byline or caption line (no prose around it) a name is kept only when the body or a gazetteer
// knows it (cluster.ts weakMentions). A first name followed by a surname needs neither: it is a person.
//   "Claire Warwick" on an author line, "by Domenico Ghirlandaio" under a picture, "Wikinews interviews Ana Ruiz" → person
// Not: lines in capitals ("MARK TWAIN PRIZE": the case says nothing), a first name before a common word ("Grace
// Period Ends", "Rose Bowl"), a first name that is also a common word, place or company word ("Virginia", "Jordan").
import { plausibleFirstName } from './candidate-kit';
import { exact } from './lexicon';
import { isInitial, isNameShaped, stripPossessive } from './shape';
import type { Tok } from './tokens';

/** The number of tokens of a person's name (first name, optional initials, one or two surnames) at toks[i], or 0. */
export function headlinePerson(toks: readonly Tok[], i: number): number {
  if (!plausibleFirstName(toks[i].text)) return 0;
  let j = i + 1;
  while (j < toks.length && j - i < 3 && toks[j].kind === 'word' && isInitial(toks[j].text) && toks[j].start - toks[j - 1].end <= 1) j++;
  const surnames = j;
  while (j < toks.length && j - surnames < 2 && toks[j].kind === 'word' && toks[j].start - toks[j - 1].end <= 1) {
    const w = stripPossessive(toks[j].text).base;
    if (!isNameShaped(w) || exact.has(w)) break;
    j++;
    if (w !== toks[j - 1].text) break;
  }
  return j > surnames ? j - i : 0;
}
