// A pronoun speaker whose antecedent is the person named as the subject of the same sentence is
// given by that name, as a reader (and PolNeAR's annotators) would give it:
//   Ruiz also repeated her claim that the pier was "safe for another decade."    → Ruiz (not "her")
//   Berg said he began calling the port office to "get the cranes moving."      → Berg (not "he")
//   Ana Ruiz says that she expects an "intensification" of the repairs.         → Ana Ruiz
//   not: Even as Ruiz was praising the crews, she came under fire over her
//        assertion that the repairs were "nearly done."                         → her (Ruiz is not the subject)
//   not: "…," she said.  /  Ruiz declared: "…," she said.                        → she (the pronoun's own cue)
import type { Entity } from '../types';
import { span, type Antecedent } from './context';
import { linkEntity } from './people';
import { leftNP, speakerRange } from './phrases';
import { isCue } from './rule-kit';
import { subjectNP } from './subjects';
import type { TokenView } from './tokens';

type Range = { first: number; last: number };

/**
 * The name to give instead of the pronoun at token p (resolved to `ante`, found by the rule
 * described by `method`), or null to keep the pronoun.
 */
export function namedSubject(view: TokenView, p: number, ante: Antecedent, method: string, entities: Entity[], text: string): Range | null {
  const { toks, sents } = view;
  if (ante.how !== 'named earlier in the sentence') return null;
  const id = linkEntity(entities, span(text, toks, ante.range));
  if (!id || entities.find((e) => e.id === id)?.type !== 'person') return null;
  const sentFirst = sents[toks[p].sent].first;
  const isAnte = (r: Range) => r.first <= ante.range.last && ante.range.first <= r.last;
  // "Ruiz repeated her claim that …": the owner of the words is the sentence's named subject
  if (/^(his|her|their)$/.test(toks[p].lower) && method.startsWith('owner of')) {
    const subj = subjectNP(toks, sentFirst, p - 1);
    if (subj && subj.kind === 'name' && isAnte(speakerRange(toks, subj)) && !/['’]s?$/.test(toks[subj.head].text)) return ante.range;
  }
  // "Berg said (that) he …": the pronoun opens the clause the name's reporting verb reports
  if (/^(he|she)$/.test(toks[p].lower)) {
    let k = p - 1;
    if (toks[k]?.lower === 'that' || toks[k]?.lower === 'if') k--;
    if (k > ante.range.last && isCue(toks, k, sentFirst)) {
      const np = leftNP(toks, k, sentFirst, sentFirst);
      if (np && isAnte(speakerRange(toks, np))) return ante.range;
    }
  }
  return null;
}
