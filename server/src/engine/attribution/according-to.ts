// "according to" names the source anywhere in the sentence, and beats the speaker of the words
// when a document reports them:
//   "We are done," Hewitt said, according to a transcript of the show.   → a transcript of the show
//   According to the harbor master, "the channel is closed."             → the harbor master
import type { Found } from './context';
import { rightNP, speakerRange } from './phrases';
import { isAccordingTo } from './rule-kit';
import type { Tok } from './tokens';

/** "according to NP" outside quotes anywhere in the sentence. */
export function accordingInSentence(toks: Tok[], first: number, last: number, sentFirst: number): Found | null {
  for (let k = first; k < last; k++) {
    if (toks[k].quote >= 0 || !isAccordingTo(toks, k)) continue;
    let hi = k + 2;
    while (hi < last && toks[hi + 1].quote < 0 && toks[hi + 1].kind === 'word') hi++;
    const np = rightNP(toks, k + 2, hi, sentFirst);
    if (np && np.kind !== 'pronoun') return { np, range: speakerRange(toks, np), cue: { first: k, last: k + 1 }, method: 'source after “according to”' };
  }
  return null;
}
