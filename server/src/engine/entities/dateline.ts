// Datelines: capitals at the start of a block followed by a dash, comma or bracket are a place.
//   "GENEVA - Talks on ..."          → "Geneva" (place)
//   "LONDON, March 3 (Reuters) -"    → "London" (place)
// Not: "NOTE - ", "PRESS DIGEST - " (common words)
import { exact } from './lexicon';
import { isAllCaps, isCommon, titleCase } from './shape';
import type { Tok } from './tokens';
import { candidate, zero, type Candidate } from './candidate-kit';
import { mapPacked } from '../packed';

/** A dateline candidate at the start of the block's first sentence; returns the index of the first token after it (0 when there is none). */
export function dateline(tokens: Tok[], out: Candidate[]): number {
  const n = tokens.length;
  let j = 0;
  while (j < n && tokens[j].kind === 'word' && isAllCaps(tokens[j].text)) j++;
  const datelineWords = mapPacked(tokens.slice(0, j), (t) => titleCase(t.text));
  const datelineEntry = exact.get(datelineWords.join(' '));
  // "GENEVA - ", but not "NOTE - " or "PRESS DIGEST - "
  if (j > 0 && j < n && j <= 3 && /^[-—–,(]$/.test(tokens[j].text) && (datelineEntry || !datelineWords.every((w) => isCommon(w)))) {
    const words = datelineWords;
    const name = words.join(' ');
    const entry = datelineEntry;
    const scores = zero();
    scores[entry?.type ?? 'place'] += 3;
    if (!entry || entry.type === 'place') scores.place += 2;
    out.push(candidate(tokens[0].start, tokens[j - 1].end, name, words, scores, { gazetteer: entry?.kind, group: entry?.group, placeContext: true }));
    return j;
  }
  return 0;
}
