// Titles of works in quotes are one named thing (type other), not the names inside them.
//   'the film "The Crying Game" won'          → "The Crying Game" (other), no "Crying Game" organization
//   'she sang "Queen of the Night" twice'     → "Queen of the Night" (other)
// Not: '"The Wall Street Journal" reported'  (a known organization stays one)
import { exact, firstNameSet, orgHeads, placeHeads } from './lexicon';
import { isCapLike } from './shape';
import type { Tok } from './tokens';
import { candidate, zero, type Candidate } from './candidate-kit';
import { textsOf } from '../packed';

export const OPEN_QUOTE = /^[“"‘']$/;
export const CLOSE_QUOTE = /^[”"’']$/;

/** "The Crying Game", "Lawrence of Arabia" in quotes: the title of a work is one named thing, not the names inside it. */
export function quotedTitles(tokens: Tok[], out: Candidate[], from: number): void {
  for (let a = 0; a < tokens.length; a++) {
    if (!OPEN_QUOTE.test(tokens[a].text) || tokens[a + 1]?.kind !== 'word') continue;
    let b = a + 1;
    let joiners = 0;
    while (b < tokens.length && b - a <= 8 && tokens[b].kind === 'word' && (isCapLike(tokens[b].text) || /^(of|in|the|a|an|and|on|for|to|at)$/.test(tokens[b].text))) {
      if (!isCapLike(tokens[b].text)) joiners++;
      b++;
    }
    // the quote must close right after the capitalised words (a comma may sit inside: "The Knot,")
    const close = tokens[b]?.text === ',' || tokens[b]?.text === '.' ? b + 1 : b;
    if (b === a + 1 || !tokens[close] || !CLOSE_QUOTE.test(tokens[close].text)) continue;
    const first = tokens[a + 1].text;
    if (!(/^(The|A|An)$/.test(first) || joiners > 0) || !isCapLike(tokens[b - 1].text)) continue;
    const words = textsOf(tokens, a + 1, b);
    // "The Wall Street Journal" in quotes is still the newspaper
    const bare = /^(The|A|An)$/.test(words[0]) ? words.slice(1) : words;
    if (exact.has(words.join(' ')) || exact.has(bare.join(' ')) || orgHeads.has(words[words.length - 1])) continue;
    const start = tokens[a + 1].start;
    const end = tokens[b - 1].end;
    for (let idx = out.length - 1; idx >= from; idx--) if (out[idx].start >= start && out[idx].end <= end) out.splice(idx, 1);
    const scores = zero();
    scores.other += 3;
    out.push(candidate(start, end, words.join(' '), words, scores));
    a = b;
  }
}

// A quoted run of capitalised words that nothing marks as a person, place or body is a title or a nickname
// (type other): '"Troubled Waters"', 'the "Comeback City"', 'a "Wrecking Ball"-inspired segment'.
// Not: '"Debbie Died Because"' (a first name opens it), 'the "Cimarron Turnpike"' (a place head), '"Big Three"
// automakers' (a number word: a nickname for a group of bodies), a gazetteer name ('"Apple" brand').
const QUOTE_BEFORE = /[“"]$/;
const QUOTE_AFTER = /^[,.]?[”"]/;
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/;

/** True when a multi-word name stands alone in double quotes and has no word of a person, place or body. */
export function isQuotedTitle(text: string, m: { start: number; end: number; name: string; type?: string; gazetteer?: unknown }): boolean {
  if (m.gazetteer || m.type === 'place' || exact.has(m.name)) return false;
  if (!QUOTE_BEFORE.test(text.slice(Math.max(0, m.start - 1), m.start)) || !QUOTE_AFTER.test(text.slice(m.end, m.end + 2))) return false;
  const words = m.name.split(' ');
  if (words.length < 2 || firstNameSet.has(words[0])) return false;
  return !words.some((w) => orgHeads.has(w) || placeHeads.has(w) || NUMBER_WORD.test(w));
}
