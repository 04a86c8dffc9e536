// Rule 3: a paragraph that ends by introducing the quotation that follows:
//   Trump issued the following statement:  ¶ "We will win this."   → Trump (subject of the introduction)
//   Ruiz said on Friday:  ¶ "The channel is open."                  → Ruiz, cue ‘said’
import type { Found } from './context';
import { beforeQuote } from './cue-before-quote';
import { speakerRange } from './phrases';
import { subjectNP } from './subjects';
import type { TokenView } from './tokens';

/** Rule 3: the previous sentence (this paragraph or the one before) ends with `X said:`. */
export function lastSentenceColon(view: TokenView, qi: number): Found | null {
  const { toks, sents, quoteToks } = view;
  const si = toks[quoteToks[qi].first].sent;
  if (si === 0) return null;
  const prev = sents[si - 1];
  if (sents[si].block - prev.block > 1) return null;
  const last = toks[prev.last];
  if (last.text !== ':' || last.quote >= 0) return null;
  const f = beforeQuote(toks, prev.first, prev.last - 1, prev.first);
  if (f) {
    f.method = `${f.method}, introducing the quotation`;
    return f;
  }
  // "Trump issued the following statement:" — the subject of the introducing sentence
  const subj = subjectNP(toks, prev.first, prev.last - 1);
  if (!subj || subj.kind === 'relative') return null;
  return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence introducing the quotation' };
}
