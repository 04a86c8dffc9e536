// A capital proves nothing at the start of a sentence, nor on a lone common word: such names are kept
// only when the rest of the document supports them (cluster.ts).
//   "Stocks fell." / "Analysts said"          → doubtful ("initial")
//   "the Stadium court", "First test"         → doubtful
//   "Britain's Sun newspaper", "CNN said"     → kept: strong context, an acronym
import { firstNameSet } from './lexicon';
import { isAllCaps, isCommon } from './shape';
import { type Candidate, type NamedRun } from './candidate-kit';

/** The candidate for a scored name, marked doubtful when a capital is all it has. */
export function finishCandidate(n: NamedRun, start: number, end: number, group: string | undefined): Candidate {
  const { run, initial, titled, words, texts, name, entry, scores, role, team, placeContext } = n;
  const display = entry && isAllCaps(name) && !isAllCaps(entry.name) ? entry.name : name;
  const cand: Candidate = { start, end, name: display, tokens: texts, scores };
  if (role) cand.role = role;
  if (team) cand.team = true;
  if (placeContext) cand.placeContext = true;
  if (group) cand.group = group;
  if (entry) cand.gazetteer = entry.kind;
  // A capital at the start of a sentence proves nothing; acronyms and strong context do.
  const strong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2 && (!isCommon(name) || team);
  if (initial && words[0] === run[0] && texts.length === 1 && !titled && !isAllCaps(name) && !strong && (isCommon(name) || (!entry && !firstNameSet.has(name))))
    cand.initial = true;
  // A lone capitalised common word mid-sentence ("the Stadium court", "First test") needs support elsewhere.
  // ... unless its context is strong on its own ("Britain's Sun newspaper")
  const contextStrong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2;
  if (!initial && texts.length === 1 && !titled && !entry && !strong && !contextStrong && isCommon(name) && !firstNameSet.has(name) && !role) cand.initial = true;
  return cand;
}
