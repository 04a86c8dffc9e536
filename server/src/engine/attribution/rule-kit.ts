// Cue-verb tests the rule families share: is this word a reporting verb here ("said", not "the
// state"), a passive cue ("was asked"), "according to", a participle after a quote ending in a comma.
// Helpers only: no rule lives here, and nothing here imports a rule file.
import { CUE_FORMS, isCapitalized } from './lexicon';
import type { Tok } from './tokens';

/** A cue verb at token i (lowercase form in the lexicon, not a noun after a determiner). */
export function isCue(toks: Tok[], i: number, sentFirst: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== 'word' || t.quote >= 0) return false;
  const lemma = CUE_FORMS.get(t.lower);
  if (!lemma) return false;
  const next = toks[i + 1]?.lower;
  if (lemma === 'put' && next !== 'it') return false; // "as X put it"
  if ((lemma === 'shoot back' || lemma === 'fire back') && next !== 'back') return false;
  if (lemma === 'point out' && next !== 'out') return false;
  if (lemma === 'refer' && next !== 'to') return false; // "referred to Rubio as “…”", not "referred the case"

  // `"…," he went on.` — but not "went on Fox News" or "went on to say" (the later verb reports)
  if (lemma === 'go on' && (next !== 'on' || toks[i + 2]?.kind === 'word')) return false;
  if (lemma === 'ask' && toks[i - 1]?.lower === 'when') return false;
  // "state", "states" are mostly nouns ("GOP state leaders"): only before what they report
  if ((t.lower === 'state' || t.lower === 'states') && !(next === 'that' || next === ':' || next === ',' || toks[i + 1]?.quote >= 0 || next === undefined || next === '.')) return false;
  // "… in a heavily Democratic state.": at a sentence end, after a capitalised word or an article, a noun
  if ((t.lower === 'state' || t.lower === 'states') && (next === undefined || next === '.') && (isCapitalized(toks[i - 1]?.text ?? '') || /^(a|an|the|this|that|every|each|any|one|home|red|blue|swing)$/.test(toks[i - 1]?.lower ?? '') || /^(a|an|the)$/.test(toks[i - 2]?.lower ?? ''))) return false;
  if (t.text !== t.lower && i !== sentFirst && !CAPITALISED_CUES.has(t.text)) return false; // "United States", "Post"
  const p = toks[i - 1];
  // "a snappy retort", "the angry reply": a bare base form after "a/the + modifier" is a noun (a
  // singular subject would need "retorts"/"retorted"); "read" and "put" are their own past.
  const p2 = toks[i - 2];
  if (t.lower === lemma && !/^(read|put|broadcast|forecast)$/.test(lemma) && p?.kind === 'word' && !/s$/.test(p.lower) && /^(a|an|the)$/.test(p2?.lower ?? '')) return false;
  // "32% of Republican claims": after "of" and a modifier, a plural form is a noun.
  if (/s$/.test(t.lower) && t.lower !== 'says' && p?.kind === 'word' && p2?.lower === 'of') return false;
  // A noun, not a verb: "his remarks", "Clinton’s emails", "22 tweets"
  // ("that said" is a relative clause, "that remark" a noun; "He’s predicting" is not possessive)
  const verbal = /ed$/.test(t.lower) || /^(said|told|wrote|says|tells|writes|reads|states)$/.test(t.lower);
  if (p && p.kind === 'word' && (/^(the|a|an|his|her|their|its|our|my|your|this|these|those|whose)$/.test(p.lower) || (p.lower === 'that' && !verbal) || (/['’]s?$/.test(p.text) && !/^(he|she|it|that|there|who|what)['’]s$/.test(p.lower)) || /^\d/.test(p.text)))
    return false;
  return true;
}

/** Verbs of saying proper: the only cues an infinitive ("went on to say") carries. */
export const SAYING = new Set('say tell add write tweet explain ask reply respond note declare announce argue insist claim warn state post accuse call describe label brand dub denounce praise criticize blast slam mock dismiss portray characterize depict refer hail'.split(' '));

/** Cue verbs some writers capitalise after the name of the platform ("Murphy Tweeted"). */
const CAPITALISED_CUES = new Set(['Tweeted', 'Tweets', 'Tweeting']);

/** "was asked", "were told": a passive cue whose subject is the addressee, not the speaker. */
export function isPassive(toks: Tok[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && /^(also|then|later|repeatedly|reportedly|once|not|never|just|previously|recently)$/.test(toks[k].lower)) k--;
  return /^(was|were|been|being|is|are|be|get|got)$/.test(toks[k]?.lower ?? '') && /(ed|told|asked)$/.test(toks[c].lower) && toks[c].lower !== 'quoted';
}

/** A passive cue ("was asked") between a and b: its subject is the addressee. */
export function passiveBefore(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].kind === 'word' && CUE_FORMS.has(toks[k].lower) && isPassive(toks, k)) return true;
  return false;
}

export function isAccordingTo(toks: Tok[], i: number): boolean {
  return toks[i]?.lower === 'according' && toks[i + 1]?.lower === 'to';
}

export const NOUN_CUES = new Set('chant chants email emails text texts quote quotes answer answers reply replies report reports call calls'.split(' '));

export const SPEECH_NOUNS = new Set(
  `comment comments remark remarks statement statements words claim claims promise promises pledge warning
  assertion argument suggestion vow tweet tweets quip joke insistence boast admission accusation description
  message speech letter op-ed response answer reply question slogan motto mantra catchphrase line lines
  declaration announcement prediction complaint plea call demand`.split(/\s+/),
);

export const NP_PREPS = new Set('to for with of from about at in on by into onto toward towards'.split(' '));

export const SUBORDINATORS = new Set('when while after because as since although though before until if'.split(' '));

export const CLAUSE_OPENERS = new Set('when while after because as that since although though before until and but so'.split(' '));

/** `defense of “New York values,” saying …`: token k closes a quote that ends in a comma. */
export function commaClosedQuote(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && t.quote >= 0 && t.kind !== 'word' && toks[k - 1]?.quote === t.quote && toks[k - 1].text === ',';
}
