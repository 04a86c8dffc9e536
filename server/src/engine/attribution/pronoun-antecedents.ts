// Pronoun and relative speakers keep their own span; the antecedent only finds the entity:
//   Dana Ruiz toured the docks. "It's a mess," she said.             → she → Dana Ruiz (subject of the previous sentence)
//   Smith, who said the port "is finished," left early.             → who → Smith (the phrase before “who”)
//   A spokeswoman for ECT, Marieke de Vries, said … she said        → she → Marieke de Vries (the name in apposition)
import type { Quote } from '../types';
import type { Antecedent, People, Result } from './context';
import { LEADING_FUNCTION, isCapitalized } from './lexicon';
import { isPersonLike } from './people';
import { collectLeft, rightNP, speakerRange } from './phrases';
import { subjectNP } from './subjects';
import type { Tok, TokenView } from './tokens';

/**
 * A common-noun phrase followed by a name set off by commas ("The trial's lead investigator,
 * Professor Samuel Kariuki, said"): the name's token range, else null.
 */
export function appositiveName(toks: Tok[], r: { first: number; last: number }): { first: number; last: number } | null {
  if (isCapitalized(toks[r.first].text) && !/^(the|a|an|one|his|her|their|its|our)$/i.test(toks[r.first].text)) return null;
  // the phrase may run on a few lowercase words past what the reader took ("chief | engineer,")
  let c = r.last + 1;
  while (c < r.last + 4 && toks[c]?.kind === 'word' && /^\p{Ll}/u.test(toks[c].text)) c++;
  if (toks[c]?.text !== ',') return null;
  const np = rightNP(toks, c + 1, Math.min(toks.length - 1, c + 12), r.first);
  if (!np || np.kind !== 'name' || !/^[,)]$|^(said|says|told|added)$/.test(toks[np.last + 1]?.text ?? '')) return null;
  return speakerRange(toks, np);
}

const TIME_HEADS = /^(morning|afternoon|evening|night|day|week|weekend|month|year|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Resolve a pronoun at token `p` to the person it most likely refers to. */
export function resolvePronoun(
  view: TokenView,
  p: number,
  people: People,
  results: Array<Result | null>,
  quotes: Quote[],
  depth = 0,
): Antecedent | null {
  const { toks, sents } = view;
  const pron = toks[p].lower;
  const personal = pron === 'he' || pron === 'she' || pron === 'who';
  const si = toks[p].sent;
  if (pron === 'who' || pron === 'which' || pron === 'that') {
    // "Smith, who said": the phrase before the comma
    let k = p - 1;
    if (toks[k]?.text === ',') k--;
    // "a letter from his doctor Friday afternoon that says": the time phrase is not what says it
    const k0 = k;
    while (k > sents[si].first && (TIME_HEADS.test(toks[k].lower) || /^(last|this|on|late|early)$/.test(toks[k].lower)) && toks[k].kind === 'word') k--;
    if (toks[k]?.kind !== 'word') k = k0;
    const np = collectLeft(toks, k, sents[si].first, sents[si].first);
    const how = `the phrase before “${toks[p].text}”`;
    if (np) return { range: speakerRange(toks, np), how };
    // "leaflets that said": any noun right before the relative pronoun
    if (toks[k]?.kind === 'word' && toks[k].quote < 0) return { range: { first: k, last: k }, how };
    return null;
  }
  // 1. Earlier in the same sentence: the first person named outside quotes.
  const here = firstPerson(view, people, sents[si].first, p - 1, personal);
  if (here) return { range: here, how: 'named earlier in the sentence' };
  // 2. Previous sentences: their subject, then anyone else named; at most three back.
  for (let back = 1; back <= 3 && si - back >= 0; back++) {
    const s = sents[si - back];
    if (sents[si].block - s.block > 2 || people.notProse.has(s.block)) break;
    const where = back === 1 ? 'the previous sentence' : `${back} sentences back`;
    // A sentence opening with an attributed quote has that speaker as its subject.
    const firstTok = toks[s.first];
    if (firstTok.quote >= 0 && results[firstTok.quote]?.range) {
      const r = results[firstTok.quote]!;
      if (r.kind === 'name') return { range: r.range!, how: `speaker of ${where}` };
      if (r.antecedent) return { range: r.antecedent.range, how: `speaker of ${where}` };
    }
    const subj = subjectNP(toks, s.first, s.last);
    if (subj) {
      const r = speakerRange(toks, subj);
      if (subj.kind === 'pronoun' && depth < 2 && toks[subj.head].lower === pron) {
        const a = resolvePronoun(view, subj.head, people, results, quotes, depth + 1);
        if (a) return a;
      } else if (!personal || isPersonLike(view, people, r, subj)) {
        return { range: r, how: `subject of ${where}` };
      }
    }
    const other = firstPerson(view, people, s.first, s.last, personal);
    if (other) return { range: other, how: `named in ${where}` };
  }
  return null;
}

/** First person-like name outside quotes in tokens [a, b]. */
function firstPerson(view: TokenView, people: People, a: number, b: number, personal: boolean): { first: number; last: number } | null {
  const { toks, sents } = view;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.quote >= 0 || !isCapitalized(t.text) || LEADING_FUNCTION.has(t.text)) continue;
    const sf = sents[t.sent].first;
    const np = rightNP(toks, i, b, sf);
    if (!np) continue;
    const r = speakerRange(toks, np);
    if (np.kind === 'name' && (!personal || isPersonLike(view, people, r, np))) return r;
    i = Math.max(i, np.last);
  }
  return null;
}
