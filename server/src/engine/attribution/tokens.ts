// A flat token view of the article for attribution: each token knows its block, the quote it is
// inside (if any) and its "outer sentence" — retext sentences merged wherever a boundary falls
// inside a quotation, so `"We proceed. From here," he said.` is one sentence around one quote.
import type { Article, Quote } from '../types';

export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'symbol';
  block: number;
  /** Index into the quotes array, or -1 when outside every quote. */
  quote: number;
  /** Outer sentence index. */
  sent: number;
}

export interface TokenView {
  toks: Tok[];
  /** Outer sentences as [first, last] token index, inclusive. */
  sents: Array<{ first: number; last: number; block: number }>;
  /** For each quote: index of its first and last token (or -1 when it has none). */
  quoteToks: Array<{ first: number; last: number }>;
}

/**
 * `omit` drops the tokens of some quotes altogether: a nickname inside a name (`Marcia "Cia" Price`)
 * then reads as part of the name, and that quote keeps no tokens (first = -1).
 */
export function tokenView(article: Article, quotes: Quote[], omit: (q: Quote) => boolean = () => false): TokenView {
  const toks: Tok[] = [];
  const quoteToks = quotes.map(() => ({ first: -1, last: -1 }));
  const omitted = quotes.map(omit);
  let qi = 0;
  const retextSent: number[] = [];
  article.sentences.forEach((s, si) => {
    for (const t of s.tokens) {
      while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
      const inside = qi < quotes.length && t.start < quotes[qi].end && t.end > quotes[qi].start ? qi : -1;
      if (inside >= 0 && omitted[inside]) continue;
      if (inside >= 0) {
        if (quoteToks[inside].first < 0) quoteToks[inside].first = toks.length;
        quoteToks[inside].last = toks.length;
      }
      // "--" (the typewriter em dash of NYT copy) and "―" read as "—", so the rules see one dash.
      const text = t.kind === 'punct' && (t.text === '--' || t.text === '―') ? '—' : t.text;
      toks.push({ start: t.start, end: t.end, text, lower: text.toLowerCase(), kind: t.kind, block: s.block, quote: inside, sent: 0 });
      retextSent.push(si);
    }
  });
  const sents: TokenView['sents'] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const p = toks[i - 1];
    const boundary =
      i === 0 ||
      p.block !== t.block ||
      (retextSent[i] !== retextSent[i - 1] && !(p.quote >= 0 && p.quote === t.quote && !isClosingMarkOf(p, quotes)));
    if (boundary) sents.push({ first: i, last: i, block: t.block });
    const cur = sents[sents.length - 1];
    cur.last = i;
    t.sent = sents.length - 1;
  }
  return { toks, sents, quoteToks };
}

/** The closing mark of a quote ends it, so a sentence boundary right after it is real. */
function isClosingMarkOf(t: Tok, quotes: Quote[]): boolean {
  return t.quote >= 0 && t.end === quotes[t.quote].end && t.kind !== 'word';
}
