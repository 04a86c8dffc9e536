// parse-english reads some words before a full stop as abbreviations and joins the next sentence on: county
// and state abbreviations that are also words ("War", "Here", "Hunt", "Mass"), weekdays and months ("Sun",
// "Wed", "Mar") and units ("in", "min", "gal"), in either case for the lowercase ones. Before a word that
// only opens a sentence, that full stop ends the sentence.
//   "He fought in the Civil War. He said it was hard." → two sentences
//   "The team sat. Then it rained."                    → two sentences
//   "Troops left the U.S. He said", "bought Bancshares Inc. The deal" → two sentences; "U.S.", "Inc." keep
//   their full stop
// Not: titles before a name ("Gov. Mike Parson", "Sen. Warren"), an abbreviation before a name or a number
// ("Wed. Oct. 5", "Mass. Ave."): the next word must be a pronoun, an article, a conjunction, a preposition or a sentence adverb.
import type { Token } from './types';
import { commonSet } from './word-lists';

/** Capitalised words that open a sentence and never follow a title or an abbreviation inside one. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  ('He She It They We I You His Her Its Their Our My This That These Those There Here The A An But And Or So Yet If When ' +
    'While After Before As In On At For Some Many Most All What Who How Why Where Then Now However Meanwhile Still ' +
    'Instead Later Earlier').split(' '),
);

/** Cuts `tokens` after every word that swallowed a sentence's full stop ("War.") before a sentence opener. */
export function splitMissedEnds(tokens: Token[], titles: ReadonlySet<string>): Token[][] {
  let from = 0;
  const out: Token[][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind !== 'word' || t.text.length < 3 || !t.text.endsWith('.') || titles.has(t.text)) continue;
    if (next.kind !== 'word' || !SENTENCE_OPENERS.has(next.text)) continue;
    const part = tokens.slice(from, i);
    const stem = t.text.slice(0, -1);
    if (stem.includes('.') || !commonSet.has(stem.toLowerCase())) {
      // "the U.S. He said", "Bancshares Inc. The": an initialism or a true abbreviation keeps its full stop,
      // which ends the sentence too; a word ("War") gives it back.
      part.push(t);
    } else {
      part.push({ start: t.start, end: t.end - 1, text: stem, kind: 'word' });
      part.push({ start: t.end - 1, end: t.end, text: '.', kind: 'punct' });
    }
    out.push(part);
    from = i + 1;
  }
  if (from === 0) return [tokens];
  out.push(tokens.slice(from));
  return out;
}
