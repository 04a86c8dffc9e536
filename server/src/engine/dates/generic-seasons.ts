// Seasons named without a year: generic, value XXXX-SU etc.
//   "in summer the beaches fill", "Spring and late autumn are the best times", "during winters"
// Not: "fall" (a verb as often as a season), "spring" after "hot" or "a" (water), "Summer" in a name.
import type { Candidate } from './context';
import { anyOf } from './rule-kit';

const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' };
const BARE = /\b(?:(in|during|through|throughout|every|each|of|late|early|mid-?)\s+)?(spring|summer|autumn|winter)(s?)\b/giu;

// A match holds a season word: absent from the lower-cased block, the pattern need not run. With the
// `iu` flags "ſ" (long s) matches "s" as well, so a block holding one is always searched.
const SEASON_WORDS = anyOf(...Object.keys(SEASON));

export function genericSeasonCandidates(text: string, lower = text.toLowerCase()): Candidate[] {
  const out: Candidate[] = [];
  if (!SEASON_WORDS(lower) && !text.includes('ſ')) return out;
  for (const m of text.matchAll(BARE)) {
    const word = m[2];
    const at = m.index! + m[0].length - word.length - m[3].length;
    const before = text.slice(Math.max(0, at - 12), at);
    // Preceded by a determiner or an adjective: the season rules (or no date at all) decide.
    if (/\b(?:the|a|an|this|last|next|that|hot|its|his|her|their|our|my)\s+$/i.test(before)) continue;
    if (/^\p{Lu}/u.test(word) && !/(?:^|[.!?:]\s+|\n)$/.test(before)) continue; // a name
    // The `iu` flags read a long s as "s" ("ſummer"): so does the lookup of its value.
    out.push({ start: at, end: at + word.length + m[3].length, type: 'date', value: `XXXX-${SEASON[word.toLowerCase().replace(/ſ/g, 's')]}`, relative: false, prio: 0 });
  }
  return out;
}
