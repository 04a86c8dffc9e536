// The stretch of text around a quote where its own attribution may stand: its outer sentence,
// cut at the neighbouring real quotes of that sentence.
//   `As X, author of "Title," put it, "…"`      titles and scare terms are the writer's words: context
//   `"Really?" Bush said.`                       retext ends the sentence at ?"; the attribution follows
//   `"…," X, wearing "Ted Cruz" pins, said`      reads on past a scare term to the next real quote
import type { Quote } from '../types';
import type { TokenView } from './tokens';

/** How far (in tokens) either side of a quote its sentence context reaches. */
const CONTEXT_TOKENS = 300;

export interface QuoteWindow {
  /** The quote's outer sentence. */
  sent: { first: number; last: number; block: number };
  /** First token of context before the quote. */
  lo: number;
  /** Last token of context after the quote. */
  hi: number;
  /** Last token of the sentence (or of the short sentence that finishes the quote's). */
  sLast: number;
}

/**
 * Windows are capped at CONTEXT_TOKENS so that a "sentence" of thousands of quotes (a pasted
 * list, a file of quotation marks) stays linear; real attributions sit far closer.
 */
export function quoteWindow(view: TokenView, quotes: Quote[], qi: number): QuoteWindow {
  const { toks, sents, quoteToks } = view;
  const qt = quoteToks[qi];
  const q = quotes[qi];
  const sent = sents[toks[qt.first].sent];
  let lo = Math.max(sent.first, qt.first - CONTEXT_TOKENS);
  for (let k = qt.first - 1; k >= lo; k--)
    if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') {
      lo = k + 1;
      break;
    }
  let sLast = sents[toks[qt.last].sent].last;
  const nextSent = sents[toks[qt.last].sent + 1];
  if (sLast === qt.last && nextSent && nextSent.block === sent.block && toks[nextSent.first].quote < 0) {
    const endsOpen =
      /[?!,—–…-]\W*$/.test(q.text) || /^\p{Ll}/u.test(toks[nextSent.first].text) || nextSent.last - nextSent.first <= 8 || /^[―—–-]$/.test(toks[nextSent.first].text);
    if (endsOpen) sLast = nextSent.last;
  }
  let hi = Math.min(sLast, qt.last + CONTEXT_TOKENS);
  for (let k = qt.last + 1; k <= hi; k++)
    if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') {
      hi = k - 1;
      break;
    }
  return { sent, lo, hi, sLast };
}
