// A person's named thing that is neither a place nor a body is a work: "Shaw's Pygmalion" is a play.
//   "Shaw's Pygmalion", "Joseph Conrad's Secret Agent", "Andy Warhol's Soup Cans" → other
// Not: "Kerry's wife" (lowercase), "Obama's Chicago" (a known place), "Murdoch's News Corp" (a company word),
// "Kessler's Helen" (a first name starts it: a person), a name with place, body or person evidence of its own.
import { firstNameSet } from './lexicon';
import { best, type Candidate, type NamedRun } from './candidate-kit';

/** "Shaw's Pygmalion": a name right after a person's possessive, with no evidence of its own, leans to a work. */
export function possessedWork(n: NamedRun, out: Candidate[]): void {
  const { tokens, prevTok, scores, entry, texts, titled } = n;
  if (prevTok < 0 || entry || titled || firstNameSet.has(texts[0])) return;
  const owner = tokens[prevTok];
  if (!/(?:['’]s|s['’])$/.test(owner.text)) return;
  const last = out[out.length - 1];
  if (!last || last.end > owner.end || last.start < owner.start - 60 || last.end < owner.start) return;
  if (best(last.scores) !== 'person' || last.gazetteer) return;
  if (Math.max(scores.person, scores.organization, scores.place) >= 1.5) return;
  scores.other += 2;
}
