// A capitalised title standing alone after "the" names the one person who holds it in the text.
//   "Congress authorized the Secretary to waive …, and the Secretary acted" → Secretary: person
//   "the Regent", "the Emperor"                                             → person
// Not: "the Secretary of State" (the office continues: the other rules read the run), "a secretary" (lowercase),
// "the Secretary-General's office"? still the holder; "the Major League", "the Speaker's Corner" (a capitalised word follows).
import { titleMap } from './lexicon';
import type { NamedRun } from './candidate-kit';

/** Person evidence for "the Secretary", "the Regent": a one-word title after "the", not followed by "of". */
export function titleAsPerson(n: NamedRun): void {
  if (n.titled || n.words.length !== 1 || n.prev !== 'the' || n.next === 'of') return;
  const w = n.words[0].text;
  if (/\./.test(w) || !titleMap.has(w) || (n.nextTok?.kind === 'word' && /^\p{Lu}/u.test(n.nextTok.text))) return;
  n.scores.person += 3;
  n.titled = true;
}
