// The attribution closes the sentence after more of the writer's words:
//   "A ceasefire" would be appropriate, Ben Carson said after the attacks.   → Ben Carson
import type { Found } from './context';
import { afterQuote } from './cue-after-quote';
import type { Tok } from './tokens';

/**
 * `"…" would be appropriate, Ben Carson said after the attacks.` — the sentence ends with a
 * comma-separated attribution after more of the writer's words.
 */
export function closingAttribution(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  for (let k = hi; k >= i; k--) {
    if (toks[k].quote >= 0) return null;
    if (toks[k].text !== ',') continue;
    const f = afterQuote(toks, k + 1, hi, sentFirst);
    if (f) {
      f.method = `${f.method}, closing the sentence`;
      return f;
    }
  }
  return null;
}
