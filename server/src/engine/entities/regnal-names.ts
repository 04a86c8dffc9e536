// A first name and a regnal number name a monarch or a pope, a person, also when the first name is a town too.
//   "made a Dame by Elizabeth II", "the reign of Henry VIII", "Pedro II"  → person
// Not: "Apollo 11", "World War II" (no first name before the numeral), "Louis" alone.
import type { NamedRun } from './candidate-kit';
import { firstNameSet } from './lexicon';

const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)$/;

/** Person evidence for a first name followed by a regnal number. */
export function regnalName(n: NamedRun): void {
  const { texts } = n;
  if (texts.length >= 2 && REGNAL.test(texts[texts.length - 1]) && firstNameSet.has(texts[texts.length - 2])) n.scores.person += 3;
}
