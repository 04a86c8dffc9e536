// A capital proves nothing at the start of a sentence, nor on a lone common word: such names are kept
// only when the rest of the document supports them (cluster.ts).
//   "Stocks fell." / "Analysts said"          → doubtful ("initial")
//   "the Stadium court", "First test"         → doubtful
//   "Britain's Sun newspaper", "CNN said"     → kept: strong context, an acronym
import { firstNameSet } from './lexicon';
import { isAllCaps, isCommon } from './shape';
import { candidate, type Candidate, type NamedRun } from './candidate-kit';

/** The candidate for a scored name, marked doubtful when a capital is all it has. */
export function finishCandidate(n: NamedRun, start: number, end: number, group: string | undefined): Candidate {
  const { run, initial, titled, words, texts, name, entry, scores, role, team, placeContext } = n;
  const display = entry && isAllCaps(name) && !isAllCaps(entry.name) ? entry.name : name;
  // A capital at the start of a sentence proves nothing; acronyms and strong context do.
  const strong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2 && (!isCommon(name) || team);
  const doubtfulStart = initial && words[0] === run[0] && texts.length === 1 && !titled && !isAllCaps(name) && !strong && (isCommon(name) || (!entry && !firstNameSet.has(name)));
  // A lone capitalised common word mid-sentence ("the Stadium court", "First test") needs support elsewhere.
  // ... unless its context is strong on its own ("Britain's Sun newspaper")
  const contextStrong = Math.max(scores.person, scores.organization, scores.place, scores.other) >= 2;
  const doubtfulWord = !initial && texts.length === 1 && !titled && !entry && !strong && !contextStrong && isCommon(name) && !firstNameSet.has(name) && !role;
  return candidate(start, end, display, texts, scores, {
    role: role || undefined,
    group: group || undefined,
    gazetteer: entry?.kind,
    initial: doubtfulStart || doubtfulWord || undefined,
    team: team || undefined,
    placeContext: placeContext || undefined,
  });
}
