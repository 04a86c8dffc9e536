// Interview transcripts label each answer with the speaker's name in capitals:
//   "PENCE: Well, look, the governor has been clear …"        → PENCE, cue ‘:’
import type { Found } from './context';
import type { NP } from './phrases';
import type { Tok } from './tokens';

/** `"PENCE: Well, look…` — an interview transcript labels each answer with the speaker's name. */
export function transcriptLabel(toks: Tok[], first: number, last: number): Found | null {
  let k = first;
  while (k <= last && toks[k].kind !== 'word') k++;
  const start = k;
  while (k <= last && k < start + 4 && toks[k].kind === 'word' && /^[\p{Lu}][\p{Lu}.'’-]+$/u.test(toks[k].text)) k++;
  if (k === start || toks[k]?.text !== ':') return null;
  const np: NP = { first: start, last: k - 1, head: k - 1, kind: 'name' };
  return { np, range: { first: start, last: k - 1 }, cue: { first: k, last: k }, method: 'transcript label before the colon' };
}
