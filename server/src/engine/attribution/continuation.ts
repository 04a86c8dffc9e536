// Rule 5: a quote with no cue of its own continues an earlier quotation:
//   "We will rebuild," Ruiz said. "It will take years."              → Ruiz (previous quote, same paragraph)
//   "…," Sanders said on CNN’s "State of the Union." "Thank God …"  → Sanders (quoted titles skipped)
//   a multi-paragraph quotation left open at its paragraph end      → the speaker of the same quotation
//   … Roloson said. Roloson supports Clinton. "I'm a college graduate …" → the nearer mention, Roloson
import type { Quote } from '../types';
import type { Result } from './context';
import { isCapitalized } from './lexicon';
import { speakerRange } from './phrases';
import { isCue } from './rule-kit';
import { subjectNP } from './subjects';
import type { TokenView } from './tokens';

/** Quoted titles and terms a continuation may skip back over (bounded: see continuationSource). */
const MAX_SKIPPED_TERMS = 8;

export function continuationSource(
  view: TokenView,
  quotes: Quote[],
  results: Array<Result | null>,
  qi: number,
  text: string,
  sameBlock: boolean,
): { from: number; method: string } | null {
  if (qi === 0) return null;
  const { toks, sents, quoteToks } = view;
  let p = qi - 1;
  // `"…," Sanders said on CNN’s “State of the Union.” “Thank God, …”`: quoted titles and terms in
  // between are the writer's words, not the quotation this one continues.
  while (p > 0 && qi - p < MAX_SKIPPED_TERMS && !results[p] && quotes[p].kind === 'scare') p--;
  if (!results[p] || quoteToks[p].first < 0) return null;
  const qFirst = toks[quoteToks[qi].first];
  const pLast = toks[quoteToks[p].last];
  if (quotes[qi].kind === 'scare') return null;
  if (qFirst.block === pLast.block) return sameBlock ? { from: p, method: 'continues the previous quote' } : null;
  if (sameBlock) return null;
  // Next paragraph: only a paragraph that opens with the quote and names nobody else.
  if (qFirst.block - pLast.block > 1 && !continuesAcross(text, quotes[p], quotes[qi])) return null;
  const s = sents[qFirst.sent];
  if (quoteToks[qi].first !== s.first) return null;
  if (toks[s.first - 1]?.block === qFirst.block) return null; // not the paragraph's first sentence
  for (let k = s.first; k < toks.length && toks[k].block === qFirst.block; k++) {
    if (toks[k].quote < 0 && isCue(toks, k, sents[toks[k].sent].first)) return null;
  }
  if (quotes[qi].kind !== 'direct') return null;
  return { from: p, method: 'continues the previous quote (previous paragraph)' };
}

/**
 * A continuation whose speaker is named again in between (`… Roloson said. Roloson supports
 * Clinton. "I'm a college graduate…"`): the nearer mention, the subject of the sentence just
 * before the quote, becomes the speaker span.
 */
export function renamed(view: TokenView, from: Result, qi: number): Result | null {
  const { toks, sents, quoteToks } = view;
  if (!from.range || (from.kind !== 'name' && from.kind !== 'pronoun')) return null;
  const si = toks[quoteToks[qi].first].sent;
  const prev = sents[si - 1];
  if (!prev || prev.first <= from.range.last) return null;
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0) return null;
  const subj = subjectNP(toks, prev.first, prev.last);
  if (!subj) return null;
  // `"…," said Gloria Garcia. She says … "…"`: the sentence between is about the speaker, and
  // its subject is the nearest mention of them.
  if (subj.kind === 'pronoun' && /^(he|she)$/.test(toks[subj.head].lower)) {
    const antecedent = from.kind === 'name' ? { range: from.range, how: 'the speaker of the previous quote' } : from.antecedent;
    return { ...from, speaker: null, kind: 'pronoun', range: { first: subj.head, last: subj.head }, antecedent };
  }
  if (subj.kind !== 'name' || from.kind !== 'name') return null;
  // The leading capitalised run: "Roloson supports Democrat Hillary Clinton" starts with "Roloson".
  let last = subj.first;
  while (last < subj.last && isCapitalized(toks[last + 1].text)) last++;
  const r = last < subj.last ? { first: subj.first, last } : speakerRange(toks, subj);
  const surname = (x: { first: number; last: number }) => toks[x.last].text.replace(/['’]s$/, '');
  if (surname(r) !== surname(from.range)) return null;
  return { ...from, speaker: null, range: r };
}

/** Piece `a` is left open at its block end and `b` reopens the next block. */
export function continuesAcross(text: string, a: Quote, b: Quote): boolean {
  const last = a.text[a.text.length - 1];
  return !/[”"’']/.test(last) && /^\s*$/.test(text.slice(a.end, b.start));
}

/** A multi-paragraph quote attributed only in a later piece: carry the speaker back to the earlier pieces. */
export function carryBackAcross(text: string, quotes: Quote[], results: Array<Result | null>, methods: string[]): void {
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    if (!results[qi] && results[qi + 1] && continuesAcross(text, quotes[qi], quotes[qi + 1])) {
      results[qi] = { ...results[qi + 1]!, speaker: null };
      methods[qi] = 'same quotation as the next paragraph';
    }
  }
}
