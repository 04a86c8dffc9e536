// A name signing a quotation after a dash (reader letters, epigraphs, embedded posts):
//   "The library saved my summer." ― Jane Doe, Halifax          → Jane Doe
//   "Great rally tonight." — David Martosko (@dmartosko) September 1, 2016
//   not: called it a "hoax" — Obama, by contrast, said …        (the quote does not open the sentence)
import type { Found } from './context';
import { rightNP, speakerRange } from './phrases';
import { isCue } from './rule-kit';
import type { Tok } from './tokens';

/**
 * `"…" ― Jane Doe` / `"…" — David Martosko (@dmartosko) September 1, 2016`: a name set off by a
 * dash right after the quotation signs it (reader responses, epigraphs, embedded posts). The
 * name must close the sentence, or be followed only by an appositive, a handle or a date.
 */
export function dashSignature(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  if (i > hi || !/^[―—–-]$/.test(toks[i].text)) return null;
  // Only a quotation that opens its sentence: `called it a "hoax" — Obama, by contrast, …` is prose.
  for (let m = sentFirst; m < i; m++) if (toks[m].kind === 'word' && toks[m].quote < 0) return null;
  const np = rightNP(toks, i + 1, hi, sentFirst);
  if (!np || np.first !== i + 1 || (np.kind !== 'name' && np.kind !== 'nominal')) return null;
  const k = np.last + 1;
  if (k <= hi && !/^[,(.]$/.test(toks[k].text)) return null;
  for (let m = k; m <= hi; m++) if (isCue(toks, m, sentFirst)) return null;
  return { np, range: speakerRange(toks, np), cue: null, method: 'name signing the quotation after a dash' };
}
