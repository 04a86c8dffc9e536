// Headline conventions: a name and a colon before the quotation, or the source closing the headline.
//   Sanders: Clinton needs to 'get away from' big donors                        → Sanders
//   Trump ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says.      → Lindsey Graham, cue ‘Says’
//   Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Convention.  → Howard Dean, cue ‘Tells’
import type { Found } from './context';
import { CUE_FORMS, isCapitalized } from './lexicon';
import { type NP, collectLeft, speakerRange } from './phrases';
import type { Tok, TokenView } from './tokens';

/** Rule 5: headline `Sanders: Clinton needs to 'get away…'`. */
export function headlineSpeaker(view: TokenView, qi: number): Found | null {
  const { toks, sents, quoteToks } = view;
  const s = sents[toks[quoteToks[qi].first].sent];
  for (let k = s.first; k < quoteToks[qi].first && k < s.first + 6; k++) {
    if (toks[k].text === ':') {
      const np = collectLeft(toks, k - 1, s.first, s.first);
      if (np && np.kind === 'name' && np.first === s.first) {
        return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: 'headline “Name:” convention' };
      }
      return null;
    }
  }
  return null;
}

/**
 * A title-case headline closed by its source: `Trump ‘The Dealmaker’ Could Address Clean Energy,
 * Lindsey Graham Says.` — after a comma, a capitalised name, a capitalised reporting verb and at
 * most a short capitalised object (`Howard Dean Tells Democratic Convention`) end it.
 */
export function headlineClosing(toks: Tok[], i: number, hi: number): Found | null {
  // the comma: after the quote, or inside its closing mark (`‘Natural Born Citizen,’ Board …`)
  let c = i - 1;
  if (toks[c - 1]?.text !== ',') {
    c = -1;
    for (let k = i; k <= hi && c < 0; k++) if (toks[k].text === ',') c = k;
    if (c < 0) return null;
  }
  const capital = (k: number) => k <= hi && toks[k].kind === 'word' && toks[k].quote < 0 && (isCapitalized(toks[k].text) || (k > c + 1 && NAME_LINKS.has(toks[k].text)));
  let k = c + 1;
  while (capital(k) && !(CUE_FORMS.has(toks[k].lower) && k > c + 1)) k++;
  if (k === c + 1 || k > hi || !capital(k) || !CUE_FORMS.has(toks[k].lower) || k - c > 6) return null;
  const cue = k;
  let rest = 0;
  for (k = cue + 1; k <= hi && toks[k].kind === 'word'; k++) if (capital(k)) rest++; else return null;
  if (rest > 3 || (k <= hi && !/^[.!?]$/.test(toks[k].text)) || (k < hi)) return null;
  const np: NP = { first: c + 1, last: cue - 1, head: cue - 1, kind: 'name' };
  return { np, range: { first: c + 1, last: cue - 1 }, cue: { first: cue, last: cue }, method: 'name before the cue verb closing the headline' };
}

/** Lower-case words inside a title-case name ("Board of Elections"). */
const NAME_LINKS = new Set(['of', 'for', 'and', 'the', 'de']);
