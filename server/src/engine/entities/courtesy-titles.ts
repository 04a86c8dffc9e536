// A courtesy title right before a name makes it a person's name, even when the name is a common word:
// the title is never part of a name run (lexicon.ts notNames), so without this the name had no evidence.
//   "Ms. Goldsmith contacted the foundation" → Goldsmith: person (and "Goldsmith" alone later, through the cluster)
//   "Mr. Baker said so", "Dr. Green"          → person
// Not: "Mr. Chief Justice" (a title alone names no one: run-edges.ts), "Dr. Tanaka" needs nothing (already a name).
import type { NamedRun } from './candidate-kit';

const COURTESY = /^(?:Mr|Mrs|Ms|Mx|Dr|Mme|Mlle|Messrs|Mmes)\.?$/;

/** Person evidence from "Mr." / "Ms." / "Dr." just before the run's first word. */
export function courtesyTitle(n: NamedRun): void {
  if (n.titled || n.prevTok < 0 || n.words[0].i !== n.prevTok + 1) return;
  const t = n.tokens[n.prevTok];
  if (t.kind !== 'word' || !COURTESY.test(t.text)) return;
  n.scores.person += 3;
  n.titled = true;
}
