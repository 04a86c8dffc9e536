// Rule 2: the reporting clause before the quote in its sentence.
//   Mayor Dana Ruiz said: "We will rebuild."                         → Dana Ruiz
//   Ruiz was quoted as saying "the port is safe."                     → Ruiz (“was quoted as saying”)
//   Ruiz added, saying "we are not done."                             → subject of ‘added’, ‘saying’
//   Ruiz told them we must continue to invest, saying "…"             → Ruiz (‘continue to’ reports nothing)
//   Pence went on to say the plan was "a disaster."                   → Pence (infinitive of a verb of saying)
//   A harbor official familiar with the talks told Reuters "…"        → A harbor official (post-modifier skipped)
//   Cruz said if elected he would end the "madness."                  → Cruz (outer reporting clause wins)
//   With aides worried about turnout, Ruiz has a new message: "…"     → not ‘worried’ (an absolute phrase)
//   a White House official who spoke anonymously said "…"             → the phrase before “who …”
//   passive cues ("Ruiz was asked …") are skipped: their subject is the addressee
import type { Found } from './context';
import { AUX, CUE_FORMS, PERSON_NOUNS, SOURCE_NOUNS, STRONG_CUES } from './lexicon';
import { type NP, collectLeft, leftNP, rightNP, speakerRange } from './phrases';
import { NOUN_CUES, NP_PREPS, SAYING, SPEECH_NOUNS, commaClosedQuote, isAccordingTo, isCue, isPassive } from './rule-kit';
import { clauseSubject, subjectNP } from './subjects';
import type { Tok } from './tokens';

/** Rule 2: the reporting clause before the quote in the same sentence. */
export function beforeQuote(toks: Tok[], lo: number, hi: number, sentFirst: number): Found | null {
  for (let c = hi; c >= lo && c > hi - 45; c--) {
    if (isAccordingTo(toks, c)) {
      const np = rightNP(toks, c + 2, hi, sentFirst);
      if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c + 1 }, method: 'source after “according to”' };
      continue;
    }
    if (!isCue(toks, c, sentFirst)) continue;
    const lower = toks[c].lower;
    if (isPassive(toks, c)) continue;
    // "X was quoted as saying" / "RIA quoted Assad as saying"
    if (lower === 'saying' && toks[c - 1]?.lower === 'as') {
      for (let k = c - 2; k >= lo && k > c - 12; k--) {
        if (toks[k].lower !== 'quoted') continue;
        if (toks[k - 1]?.lower === 'was' || toks[k - 1]?.lower === 'were') {
          const np = leftNP(toks, k - 1, lo, sentFirst);
          if (np) return { np, range: speakerRange(toks, np), cue: { first: k - 1, last: c }, method: 'subject of “was quoted as saying”' };
        } else {
          const np = rightNP(toks, k + 1, c - 2, sentFirst);
          if (np) return { np, range: speakerRange(toks, np), cue: { first: k, last: c }, method: 'the person “quoted as saying”' };
        }
      }
    }
    // participle clause "X added, saying “…”" / "X belittled it, calling it a “…”": the subject
    // of the clause before the comma, else of the sentence.
    const afterComma = toks[c - 1]?.text === ',' || commaClosedQuote(toks, c - 1);
    if (/ing$/.test(lower) && afterComma) {
      for (let k = c - 2; k >= lo && k > c - 30; k--) {
        if (!isCue(toks, k, sentFirst) || !STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') || isPassive(toks, k)) continue;
        // "we must continue to push …, saying": a verb with an infinitive after it reports nothing
        if (toks[k + 1]?.lower === 'to') continue;
        const np = leftNP(toks, k, lo, sentFirst);
        // "an architect who said he was stiffed …, saying": that cue is inside a relative clause
        if (np?.kind === 'relative') continue;
        if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c }, method: `subject of ‘${toks[k].text}’, ‘${toks[c].text}’` };
        break;
      }
      const subj = subjectNP(toks, sentFirst, c - 1);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c].text}’)` };
      continue;
    }
    // "X distanced himself by saying …": a gerund after a preposition belongs to the subject.
    if (/ing$/.test(lower) && /^(by|after|before|while|in|when|without|for|upon|on)$/.test(toks[c - 1]?.lower ?? '')) {
      const subj = clauseSubject(toks, lo, c - 1, sentFirst);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c - 1].text} ${toks[c].text}’)` };
      continue;
    }
    if (toks[c - 1]?.lower === 'to') {
      // "ordered the forces to maintain": a weak cue in an infinitive reports nothing
      if (!SAYING.has(CUE_FORMS.get(lower) ?? '')) continue;
      // "Pence went on to say", "wants to tell": the subject of the governing verb
      const subj = clauseSubject(toks, lo, c - 1, sentFirst);
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the clause (‘to ${toks[c].text}’)` };
      continue;
    }
    const np = postModifiedSubject(toks, c, lo, sentFirst) ?? leftNP(toks, c, lo, sentFirst);
    // "With Democratic leaders increasingly worried about …, Obama is rolling out": the cue sits in
    // an absolute phrase before the main clause
    if (np && toks[np.first - 1]?.lower === 'with' && (np.first - 1 === sentFirst || toks[np.first - 2]?.kind === 'punct')) {
      let comma = false;
      for (let k = c + 1; k <= hi; k++) if (toks[k].text === ',') comma = true;
      if (comma) continue;
    }
    // "sent a press release saying", "a text message to supporters saying": a participle after
    // an object belongs to the clause's subject.
    if (/ing$/.test(lower) && !/^(is|was|were|are|been|be|am|'s|’s)$/.test(toks[c - 1]?.lower ?? '')) {
      const prep = np ? toks[np.first - 1] : undefined;
      // "with Trump yelling", "with one of her ads asking", "Carson privately saying": the phrase
      // right before the participle is its subject.
      const ownSubject = !!np && (prep?.lower === 'with' || np.kind === 'name' || np.kind === 'pronoun');
      if (!ownSubject && (!np || (np.kind === 'nominal' && !PERSON_NOUNS.has(toks[np.head].lower)) || (prep && NP_PREPS.has(prep.lower)))) {
        const subj = clauseSubject(toks, lo, np ? np.first : c, sentFirst);
        if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the clause (‘${toks[c].text}’)` };
      }
    }
    if (np && np.kind === 'pronoun' && /^(what|whom)$/.test(toks[np.first - 1]?.lower ?? '')) {
      // "The president denounced what he called the “…”": the pronoun stands for the subject.
      const subj = subjectNP(toks, sentFirst, np.first - 2);
      if (subj && (subj.kind === 'name' || subj.kind === 'nominal') && subj.last < np.first - 1)
        return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘what ${toks[np.first].text} ${toks[c].text}’)` };
    }
    // "X told a woman who suggested that … that “…”", "X mocked it, saying anybody who complains
    // about a microphone “…”": a relative clause whose cue does not introduce the quote itself
    // sits inside the outer reporting clause, which wins.
    const nested = !!np && np.kind === 'relative' && !introduces(toks, c, hi);
    if (np && (np.kind === 'pronoun' || np.kind === 'name' || nested)) {
      // "Cruz said if elected he could …", "He says he believes …", "Meeks said Clinton called on
      // members to be “…”": the outer reporting clause wins.
      const outer = beforeQuote(toks, lo, np.first - 1, sentFirst);
      let clauseBreak = false;
      if (outer?.cue) for (let k = outer.cue.last + 1; k < np.first; k++) if (/^[,;:—–]$/.test(toks[k].text)) clauseBreak = true;
      // "He said, however, that he hopes …": commas set off an aside; 'that' still opens the complement
      if (clauseBreak && outer?.cue && toks[np.first - 1]?.lower === 'that' && toks[outer.cue.last + 1]?.text === ',') {
        let k = outer.cue.last + 2;
        while (k < np.first - 1 && toks[k].text !== ',' && !/^[;:—–]$/.test(toks[k].text)) k++;
        if (k === np.first - 2 && toks[k].text === ',') clauseBreak = false;
      }
      if (outer && !clauseBreak && (outer.np.kind === 'name' || outer.np.kind === 'nominal' || outer.np.kind === 'pronoun') && outer.cue && STRONG_CUES.has(CUE_FORMS.get(toks[outer.cue.first].lower) ?? ''))
        return { ...outer, method: `${outer.method} (outer reporting clause)` };
    }
    // "his scathing remarks": a noun, not a reporting verb, unless the phrase names a person.
    // ("her Twitter account posted:" — a past tense is a verb after any subject.)
    if (np && np.kind === 'nominal' && /^(his|her|their|its|our|my|your)$/.test(toks[np.first].lower) && !PERSON_NOUNS.has(toks[np.head].lower) && !/ed$|^(said|told|wrote|read)$/.test(lower)) continue;
    // "a thunderous chant", "a separate email": a cue form that is also a noun, after an adjective
    if (np && np.kind === 'nominal' && (SOURCE_NOUNS.has(lower) || SPEECH_NOUNS.has(lower) || NOUN_CUES.has(lower)) && !SOURCE_NOUNS.has(toks[np.head].lower)) continue;
    if (np) return { np, range: speakerRange(toks, np), cue: { first: c, last: c }, method: `name before the cue verb ‘${toks[c].text}’` };
    // "Said Trump: …" / "…, said the senator, “…”"
    const inv = rightNP(toks, c + 1, hi, sentFirst);
    if (inv && (c === sentFirst || toks[c - 1]?.kind === 'punct') && (inv.last === hi || toks[inv.last + 1]?.kind === 'punct') && toks[inv.head].lower !== 'it')
      return { np: inv, range: speakerRange(toks, inv), cue: { first: c, last: c }, method: `name after the cue verb ‘${toks[c].text}’` };
    // "X and Y … and called it": coordinated verbs share the subject
    let pk = c - 1;
    while (pk > lo && AUX.has(toks[pk].lower)) pk--;
    const pj = toks[pk];
    if (pj && (pj.lower === 'and' || pj.lower === 'but' || pj.lower === 'then')) {
      let subj = clauseSubject(toks, lo, pk, sentFirst);
      if (subj?.kind === 'pronoun') {
        // "Hayek confirmed she had been and said": the pronoun sits in the first verb's clause.
        const main = subjectNP(toks, sentFirst, subj.first - 1);
        // A person noun opens it too ("The president noted that he taught …, and added") when
        // 'that' or a reporting verb sets the pronoun's clause inside the first verb's.
        const complement = toks[subj.first - 1]?.lower === 'that' || isCue(toks, subj.first - 1, sentFirst);
        const person = main && (main.kind === 'name' || (main.kind === 'nominal' && complement && PERSON_NOUNS.has(toks[main.head].lower)));
        if (main && person && main.last < subj.first - 1) subj = main;
      }
      if (subj) return { np: subj, range: speakerRange(toks, subj), cue: { first: c, last: c }, method: `subject of the sentence (‘${toks[c].text}’)` };
    }
  }
  return null;
}

/** The cue at c introduces what follows up to hi: nothing but "that", "," or ":" between. */
function introduces(toks: Tok[], c: number, hi: number): boolean {
  for (let k = c + 1; k <= hi; k++) if (!/^(that|,|:)$/.test(toks[k].lower)) return false;
  return true;
}

/** Words that open a modifier after a source: "an official speaking on condition of anonymity". */
const POST_MODIFIER = new Set('speaking talking writing familiar close briefed involved knowledgeable with citing responding commenting reacting'.split(' '));

/**
 * "A harbor official familiar with the talks told Reuters", "Another source speaking to Fox News
 * said": a source phrase opening its clause, then a participle or adjective phrase (no commas)
 * that ends right before the cue. The source is the phrase before the modifier, not its object.
 */
function postModifiedSubject(toks: Tok[], c: number, lo: number, sentFirst: number): NP | null {
  for (let k = c - 2; k >= lo && k > c - 12; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || t.quote >= 0) return null;
    // any participle after a source: "Protesters marching through the streets chanted"
    if (!POST_MODIFIER.has(t.lower) && !/^\p{Ll}{3,}ing$/u.test(t.text)) continue;
    const np = collectLeft(toks, k - 1, lo, sentFirst);
    if (!np || np.last !== k - 1) continue;
    const head = toks[np.head].lower;
    // "Her most striking appeal …": a participle used as an adjective after a quantifier
    const generic = !POST_MODIFIER.has(t.lower);
    const quantifier = generic && /^(most|many|some|all|both|several|few|more|much|any|each)$/.test(head) && np.first < np.head;
    const source = np.kind === 'name' || (np.kind === 'nominal' && !quantifier && (SOURCE_NOUNS.has(head) || PERSON_NOUNS.has(head)));
    if (!source || (t.lower === 'with' && np.kind === 'name')) continue;
    const p = toks[np.first - 1];
    if (np.first === sentFirst || np.first === lo || !p || p.kind === 'punct' || /^(and|but)$/.test(p.lower)) return np;
  }
  return null;
}

/**
 * "a White House official who spoke anonymously … said": when a relative clause with its own verb
 * sits between "who" and the cue, the cue's subject is the phrase before "who".
 */
export function relativeClauseSubject(toks: Tok[], lo: number, hi: number, f: Found, sentFirst: number): Found {
  const w = f.np.head;
  if (f.np.kind !== 'relative' || toks[w].lower !== 'who' || !f.cue) return f;
  // the main verb: a strong cue after the relative clause's own verb, words only in between
  let cue = -1;
  for (let k = f.cue.last + 1; k <= hi && k < f.cue.last + 15; k++) {
    if (toks[k].kind !== 'word' || toks[k].quote >= 0) break;
    if (k > w + 1 && isCue(toks, k, sentFirst) && STRONG_CUES.has(CUE_FORMS.get(toks[k].lower) ?? '') && !/ing$/.test(toks[k].lower)) cue = k;
  }
  if (cue < 0) return f;
  const np = leftNP(toks, w, lo, sentFirst);
  if (!np || (np.kind !== 'name' && np.kind !== 'nominal')) return f;
  return { np, range: speakerRange(toks, np), cue: { first: cue, last: cue }, method: `phrase before “who …” (subject of ‘${toks[cue].text}’)` };
}
