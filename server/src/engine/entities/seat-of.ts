// The place a person or a noble title is "of": "Earl of X", "Bonosus of X" name a place, not a person.
//   "John FitzGibbon, 2nd Earl of Clare"          → Clare: place
//   "Alexander Gordon of Auchintoul"             → Auchintoul: place (a person "of" somewhere)
// Not: "Jane Doe of Slate Magazine", "Ann Lee of Kessler" (after a person, only a lone word with no evidence of its own, and the type still sums over the document), "the Duke of Edinburgh" as a whole title is left to roles.ts; "Bank of England" (the word before "of"
// must be a noble title or the end of a person's name with a first name: "Society of American Magicians" is none), "President of Acme Corp" (an office: roles.ts).
import { best, type Candidate, type NamedRun } from './candidate-kit';
import { firstNameSet } from './lexicon';

const NOBLE = new Set(['Earl', 'Earls', 'Duke', 'Duchess', 'Count', 'Countess', 'Baron', 'Baroness', 'Marquess', 'Marquis', 'Viscount', 'Viscountess', 'Laird', 'Thane', 'Lord', 'Lady']);

/** "Earl of X", "Gordon of X": X after "of" after a noble title or a person's name is where they are from. */
export function seatOf(n: NamedRun, out: Candidate[]): void {
  const { tokens, prevTok, prev, scores, titled, info } = n;
  if (prev !== 'of' || prevTok < 1 || titled || info.possessiveEnd) return;
  const before = tokens[prevTok - 1];
  const last = out[out.length - 1];
  const afterPerson = !!last && last.end === before.end && best(last.scores) === 'person' && last.tokens.length >= 2 && firstNameSet.has(last.tokens[0]) && !last.gazetteer;
  // a person "of" a body is their employer ("Jane Doe of Reuters"): only a name with no evidence of its own is a seat
  if (!NOBLE.has(before.text) && !(afterPerson && n.words.length === 1 && scores.organization < 1 && scores.person < 1)) return;
  scores.place += 2;
  n.placeContext = true;
}
