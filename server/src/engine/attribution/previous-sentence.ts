// A direct quote opening its sentence with no cue, after a sentence without a quotation:
//   Sanders said he would stay in the race. "Look, the answer is yes …"       → Sanders (reported speech)
//   Sanders named exhaustion as a reason. "The younger people are …"          → Sanders (subject of the sentence)
import type { Quote } from '../types';
import type { Found } from './context';
import { beforeQuote } from './cue-before-quote';
import { PERSON_NOUNS } from './lexicon';
import { speakerRange } from './phrases';
import { subjectNP } from './subjects';
import type { TokenView } from './tokens';

/**
 * The sentence before a direct quote that opens its own sentence, at most `blocks` paragraphs
 * back; null otherwise.
 */
function sentenceBefore(view: TokenView, quotes: Quote[], qi: number, blocks: number): TokenView['sents'][number] | null {
  const { toks, sents, quoteToks } = view;
  if (quotes[qi].kind !== 'direct') return null;
  const si = toks[quoteToks[qi].first].sent;
  if (si === 0 || sents[si].first !== quoteToks[qi].first) return null;
  const prev = sents[si - 1];
  return sents[si].block - prev.block > blocks ? null : prev;
}

/**
 * `Sanders identified exhaustion with bigotry as a reason. "The younger people are …"`: a direct
 * quote opening a sentence of its paragraph, after a sentence (no quotation) about a named person.
 */
export function previousSubject(view: TokenView, quotes: Quote[], qi: number): Found | null {
  const { toks } = view;
  const prev = sentenceBefore(view, quotes, qi, 0);
  if (!prev) return null;
  // quoted titles (`On "Face the Nation," Sanders …`) are the writer's words
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0 && quotes[toks[k].quote].kind !== 'scare') return null;
  const subj = subjectNP(toks, prev.first, prev.last);
  if (!subj || (subj.kind !== 'name' && !(subj.kind === 'nominal' && PERSON_NOUNS.has(toks[subj.head].lower)))) return null;
  return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence before the quotation' };
}

/**
 * A direct quote opening its sentence with no cue, after a sentence of reported speech with no
 * quotation: `Sanders said he would stay in the race.` / `"Look, the answer is yes…"`.
 */
export function previousReport(view: TokenView, quotes: Quote[], qi: number): Found | null {
  const { toks } = view;
  const prev = sentenceBefore(view, quotes, qi, 1);
  if (!prev) return null;
  for (let k = prev.first; k <= prev.last; k++) if (toks[k].quote >= 0) return null;
  const f = beforeQuote(toks, prev.first, prev.last, prev.first);
  if (!f || f.np.kind === 'relative') return null;
  f.method = `speaker of the reported speech in the previous sentence (${f.method})`;
  return f;
}
