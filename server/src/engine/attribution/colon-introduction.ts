// Rule 3: a colon introduces the quotation, in its own sentence or at the end of the paragraph before:
//   Respondents are obliged to disclose: "…"                       → Respondents (subject of the introduction)
//   The timing doesn't surprise pollster Daron Shaw: "…"           → Daron Shaw (a thing as subject, a person named last)
//   Turnout rose in Iowa - Carl Bialik: "…"   More from Jones: "…"  → Carl Bialik, Jones (a label after a dash or "from")
//   More from Blumenthal and Cohen: "…"                            → Blumenthal and Cohen
//   The challenge is exemplified by this finding: "…"              → this finding (the agent of a passive)
//   Trump issued the following statement:  ¶ "We will win this."   → Trump (subject of the introduction)
//   Ruiz said on Friday:  ¶ "The channel is open."                  → Ruiz, cue ‘said’
import type { Found } from './context';
import { beforeQuote } from './cue-before-quote';
import { PERSON_NOUNS, SOURCE_NOUNS } from './lexicon';
import { collectLeft, speakerRange } from './phrases';
import { NP_PREPS } from './rule-kit';
import { subjectNP } from './subjects';
import type { Tok, TokenView } from './tokens';

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

/** Rule 3: `X: "…"` in one sentence: the subject, or a name just before the colon, introduces the quotation. */
export function colonIntroduction(toks: Tok[], lo: number, first: number, sentFirst: number): Found | null {
  if (toks[first - 1]?.text !== ':') return null;
  // `Respondents are obliged to disclose: "…"` — the subject introduces the quotation.
  const subj = subjectNP(toks, lo, first - 2);
  let near = collectLeft(toks, first - 2, lo, sentFirst);
  // "More from Blumenthal and Cohen:": two coordinated names label it together
  let pair = false;
  if (near?.kind === 'name' && toks[near.first - 1]?.lower === 'and') {
    const other = collectLeft(toks, near.first - 2, lo, sentFirst);
    if (other?.kind === 'name') {
      near = { ...near, first: other.first };
      pair = true;
    }
  }
  // "Turnout rose in Iowa - Carl Bialik: …", "More from Jones: …": a name set off by a dash or
  // after "from" labels the quotation, whatever the sentence before it is about.
  const label = !!near && (near.kind === 'name' || near.kind === 'nominal') && /^(-|—|–|from)$/.test(toks[near.first - 1]?.lower ?? '');
  // "The timing doesn't surprise pollster Daron Shaw: …": a thing as subject, a person named last
  const thing = !!subj && subj.kind === 'nominal' && !SOURCE_NOUNS.has(toks[subj.head].lower) && !PERSON_NOUNS.has(toks[subj.head].lower);
  const afterPrep = !!near && NP_PREPS.has(toks[near.first - 1]?.lower ?? ''); // "celebrated … on Twitter:"
  // "The challenge is exemplified by this finding:": the agent of a passive introduces it
  if (near && near.kind !== 'pronoun' && toks[near.first - 1]?.lower === 'by' && /ed$/.test(toks[near.first - 2]?.lower ?? '') && /^(is|was|are|were|been|be)$/.test(toks[near.first - 3]?.lower ?? ''))
    return { np: near, range: speakerRange(toks, near), cue: null, method: 'agent of the passive introducing the quotation' };
  if (near && near.kind === 'name' && thing && !afterPrep && near.first > (subj?.last ?? 0)) {
    return { np: near, range: speakerRange(toks, near), cue: null, method: 'named just before the colon introducing the quotation' };
  }
  if (label && near) {
    const range = pair ? { first: near.first, last: near.last } : speakerRange(toks, near);
    return { np: near, range, cue: null, method: 'named just before the colon introducing the quotation' };
  }
  if (subj && subj.kind !== 'relative') return { np: subj, range: speakerRange(toks, subj), cue: null, method: 'subject of the sentence introducing the quotation' };
  if (near && (near.kind === 'name' || near.kind === 'nominal')) {
    // "From the report: …"
    return { np: near, range: speakerRange(toks, near), cue: null, method: 'named just before the colon introducing the quotation' };
  }
  return null;
}
