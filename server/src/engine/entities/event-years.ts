// A name and the year of the event, in running text, is the event (type other), not a team.
//   "at Euro 96 last summer", "visitors to Expo 2000 said" → other
// Not: "Surrey 429 for seven" (a score), "Boeing 747" (a lowercase word must follow the year)
import { type NamedRun } from './candidate-kit';

/** "Euro 96", "Expo 2000": a name and the year of the event, in running text, is the event. */
export function eventYear(n: NamedRun): void {
  const { tokens, runEnd, info, texts, entry, scores, nextTok } = n;
  const yearAfter = nextTok?.kind === 'word' && /^(9\d|0\d|19\d\d|20\d\d)$/.test(nextTok.text) && /^\p{Ll}/u.test(tokens[runEnd + 1]?.text ?? '');
  if (yearAfter && !entry && !info.possessiveEnd && texts.length <= 2 && scores.person < 2) {
    scores.other += 3;
    n.team = false;
  }
}
