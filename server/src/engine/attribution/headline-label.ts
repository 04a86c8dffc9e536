// Headline convention: a name and a colon before the quotation.
//   Sanders: Clinton needs to 'get away from' big donors            → Sanders
import type { Found } from './context';
import { collectLeft, speakerRange } from './phrases';
import type { TokenView } from './tokens';

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
