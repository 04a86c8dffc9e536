// Rule 1: the attribution right after the quote.
//   "We will not back down," Mayor Dana Ruiz said.             → Dana Ruiz, cue ‘said’
//   "It is a good day for the port," said Sen. Ellen Marsh.    → Ellen Marsh (inverted)
//   "It's over," Tom Ridge, a former governor, told CNN.       → Tom Ridge (after an appositive)
//   "That's fantastic!" beamed Donald Hartley.                 → any past tense before a name
//   "It's a dead heat," as Cruz said on the radio.             → Cruz (“as … said”)
//   "…," CBS This Morning co-anchor DeMarco Morgan said.       → long subject, its end names the speaker
import type { Found } from './context';
import { dashSignature } from './dash-signature';
import { AUX, CUE_FORMS, STRONG_CUES } from './lexicon';
import { leftNP, rightNP, speakerRange } from './phrases';
import { isAccordingTo, isCue } from './rule-kit';
import type { Tok } from './tokens';

/** Rule 1: `"…," X said`, `"…," said X`, `"…," X, appositive, told CNN`, `"…," according to X`. */
export function afterQuote(toks: Tok[], i: number, hi: number, sentFirst: number, openEnd = false, longSubject = false): Found | null {
  const signed = dashSignature(toks, i, hi, sentFirst);
  if (signed) return signed;
  while (i <= hi && toks[i].kind !== 'word') {
    if (/^[.!?;:]$/.test(toks[i].text)) return null;
    i++;
  }
  if (i > hi) return null;
  // `"… a dead heat right now," as Cruz said on the radio`: "as" before the attribution
  if (toks[i].lower === 'as' && toks[i - 1]?.text !== 'as') {
    const f = afterQuote(toks, i + 1, hi, sentFirst);
    if (f && f.cue && STRONG_CUES.has(CUE_FORMS.get(toks[f.cue.first].lower) ?? '')) return { ...f, method: `${f.method} (“as … ${toks[f.cue.first].text}”)` };
  }
  if (isAccordingTo(toks, i)) {
    const np = rightNP(toks, i + 2, hi, sentFirst);
    if (np) return { np, range: speakerRange(toks, np), cue: { first: i, last: i + 1 }, method: 'source after “according to”' };
    return null;
  }
  if (isCue(toks, i, sentFirst)) {
    // `"…," saying the city …`: a participle is never inverted; its subject precedes the quote.
    if (/ing$/.test(toks[i].lower)) return null;
    // "said X" — inverted order
    const np = rightNP(toks, i + 1, hi, sentFirst);
    if (np) return { np, range: speakerRange(toks, np), cue: { first: i, last: i }, method: `name after the cue verb ‘${toks[i].text}’` };
    return null;
  }
  if (openEnd && /^[a-z]{3,}ed$/.test(toks[i].text)) {
    // `"This is fantastic!" beamed Donald Hartley`: any past-tense verb, inverted before a name
    const inv = rightNP(toks, i + 1, hi, sentFirst);
    if (inv && inv.kind === 'name' && (inv.last === hi || toks[inv.last + 1]?.kind === 'punct'))
      return { np: inv, range: speakerRange(toks, inv), cue: { first: i, last: i }, method: `name after the verb ‘${toks[i].text}’ after the quote` };
  }
  let np = rightNP(toks, i, hi, sentFirst);
  if (!np) return longSubject ? longSubjectAfter(toks, i, hi, sentFirst) : null;
  if (openEnd && np.last > np.first && /^[a-z]{3,}ed$/.test(toks[np.last].text)) {
    // "the harbour master riffed": the phrase reader took the verb as a noun
    const shorter = rightNP(toks, i, np.last - 1, sentFirst);
    if (shorter) np = shorter;
  }
  let j = np.last + 1;
  if (toks[j]?.text === '(') {
    while (j <= hi && toks[j].text !== ')') j++;
    j++;
  }
  // Appositive: `X, a former official now at Harvard, told`
  if (toks[j]?.text === ',' || toks[j]?.text === '—') {
    for (let k = j + 1; k <= hi && k < j + 40; k++) {
      if (/^[.!?;:]$/.test(toks[k].text)) return null;
      if (isCue(toks, k, sentFirst) || isAccordingTo(toks, k)) {
        if (!STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '')) return null;
        return {
          np,
          range: speakerRange(toks, np),
          cue: { first: k, last: k },
          method: `name before the cue verb ‘${toks[k].text}’ (after an appositive)`,
        };
      }
    }
    return null;
  }
  // "a voice-over in the ad states", "a welcome message on the website reads"
  if (np.kind === 'nominal' && /^(in|on|at|from|of)$/.test(toks[j]?.lower ?? '')) {
    const pp = rightNP(toks, j + 1, hi, sentFirst);
    if (pp && pp.last < j + 7) j = pp.last + 1;
  }
  while (j <= hi && toks[j].kind === 'word' && (AUX.has(toks[j].lower) || /^[a-z]{3,}ly$/.test(toks[j].text))) j++;
  // `"…," the nominee riffed`: after a quote ending in a comma, ? or !, a past-tense verb right
  // after the name reports the quote even when it is not in the lexicon.
  if (openEnd && j <= hi && toks[j].kind === 'word' && /^[a-z]{3,}ed$/.test(toks[j].text) && !isCue(toks, j, sentFirst)) {
    const after = toks[j + 1];
    if (!after || after.kind === 'punct' || /^(on|in|at|to|with|about|during|after|before|as|while|from)$/.test(after.lower))
      return { np, range: speakerRange(toks, np), cue: { first: j, last: j }, method: `name before the verb ‘${toks[j].text}’ after the quote` };
  }
  if (j <= hi && isCue(toks, j, sentFirst)) {
    // "he was quoted as saying": cue is the whole phrase
    let last = j;
    if (toks[j].lower === 'quoted' && toks[j + 1]?.lower === 'as' && toks[j + 2]?.lower === 'saying') last = j + 2;
    return { np, range: speakerRange(toks, np), cue: { first: j, last }, method: `name before the cue verb ‘${toks[j].text}’` };
  }
  return longSubject ? longSubjectAfter(toks, i, hi, sentFirst) : null;
}

/**
 * `"…," CBS This Morning co-anchor DeMarco Morgan said`: a run of words with no punctuation
 * between an open-ended quote that opens its sentence and a strong cue is one long subject; its
 * end names the speaker.
 */
function longSubjectAfter(toks: Tok[], i: number, hi: number, sentFirst: number): Found | null {
  for (let k = i + 1; k <= hi && k < i + 12; k++) {
    if (toks[k].kind !== 'word' || toks[k].quote >= 0) return null;
    if (!isCue(toks, k, sentFirst)) continue;
    if (!STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') || /ing$/.test(toks[k].lower)) return null;
    const np = leftNP(toks, k, i, sentFirst);
    if (!np || np.kind === 'relative' || np.kind === 'pronoun') return null;
    return { np, range: speakerRange(toks, np), cue: { first: k, last: k }, method: `name before the cue verb ‘${toks[k].text}’ (long subject after the quote)` };
  }
  return null;
}
