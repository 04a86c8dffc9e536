// The owner of reported words is their speaker:
//   The board rejected Ruiz’s claim that "the port is safe."    → Ruiz, cue ‘claim’
//   She stood by her March comment that "nobody was hurt."      → her
//   not: He called Trump’s statements on Sunday "childish."     (a reporting verb describes the words)
import type { Found } from './context';
import { isCapitalized } from './lexicon';
import { type NP, collectLeft, speakerRange } from './phrases';
import { SPEECH_NOUNS } from './rule-kit';
import type { Tok } from './tokens';

/** `her March comment that "…"`, `Trump’s claim that "…"`: the owner of the words is the speaker. */
export function possessiveSpeech(toks: Tok[], lo: number, hi: number, sentFirst: number, hasCue = false): Found | null {
  for (let k = hi; k >= lo && k > hi - 8; k--) {
    const t = toks[k];
    if (t.quote >= 0 || /^[.;:!?]$/.test(t.text)) return null;
    if (!SPEECH_NOUNS.has(t.lower)) continue;
    // With a reporting verb of its own ("called Trump’s statements on Sunday “childish”", "played
    // down his comments as “…”") the quote describes the words, it does not give them.
    if (hasCue) for (let m = k + 1; m <= hi; m++) if (/^(as|and|on|in|at)$/.test(toks[m].lower)) return null;
    for (let m = k - 1; m >= lo && m > k - 4; m--) {
      const w = toks[m];
      if (w.kind !== 'word') break;
      if (/^(his|her|their|its|our)$/.test(w.lower)) {
        const np: NP = { first: m, last: m, head: m, kind: 'pronoun' };
        return { np, range: { first: m, last: m }, cue: { first: k, last: k }, method: `owner of the ‘${t.text}’` };
      }
      if (/['’]s?$/.test(w.text) && isCapitalized(w.text)) {
        const np = collectLeft(toks, m, lo, sentFirst);
        if (np && np.kind === 'name') return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: `owner of the ‘${t.text}’` };
        return null;
      }
    }
    return null;
  }
  return null;
}
