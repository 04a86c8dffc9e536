// Sentence and clause subjects, which many families fall back on:
//   "Earlier on Thursday, Mayor Dana Ruiz told reporters …"      → Mayor Dana Ruiz (introductory phrase skipped)
//   "WASHINGTON — The senator said …"                            → The senator (dateline skipped)
//   "Washington (AFP) – Senator Ana Ruiz has …"                  → Ana Ruiz (dateline with its agency)
//   "Early in his campaign, Ruiz …", "A few days later, Ruiz …"  → Ruiz (not the first name "Early", not "a few days")
//   "when he brought up the budget and later said …"             → he (nearest clause subject)
//   "Tunnels are so numerous …"                                  → a common-words opening: nobody
// Helpers only: nothing here imports a rule file.
import type { People } from './context';
import { PERSONAL_PRONOUNS, SOURCE_NOUNS, isCapitalized } from './lexicon';
import { type NP, rightNP } from './phrases';
import { commonSet as COMMON, firstNameSet as FIRST_NAMES } from '../word-lists';
import { CLAUSE_OPENERS, SUBORDINATORS } from './rule-kit';
import type { Tok } from './tokens';

const SUBORDINATE_START = new Set(
  `in on at after before during while when as although though if because since despite with without by for from
  under over amid following echoing asked speaking according earlier later last this once unlike like given
  upon addressing responding writing talking appearing referring`
    .split(/\s+/)
    .filter(Boolean),
);

const ADVERB_START = new Set('but and or so yet still also however meanwhile then now instead indeed further furthermore moreover nevertheless nonetheless separately similarly likewise thus hence besides finally'.split(' '));

/** Nearest clause subject left of token `c`: "when he brought up … and later said" → he. */
export function clauseSubject(toks: Tok[], lo: number, c: number, sentFirst: number): NP | null {
  let comma = false;
  for (let k = c - 1; k >= lo && k > c - 30; k--) {
    const t = toks[k];
    if (t.quote >= 0 || t.text === ';') break;
    if (t.text === ',') comma = true;
    if (t.kind !== 'word') continue;
    if (PERSONAL_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return { first: k, last: k, head: k, kind: 'pronoun' };
    const p = toks[k - 1];
    // A subordinate clause closed by a comma ("As the crowd began to chant, Silverman … joked")
    // does not hold the subject.
    if (p && comma && SUBORDINATORS.has(p.lower)) continue;
    if (k === lo || (p && CLAUSE_OPENERS.has(p.lower))) {
      // at the sentence start, skip introductory phrases ("Early in his campaign, Trump …")
      const np = k === sentFirst ? subjectNP(toks, k, c - 1) : rightNP(toks, k, c - 1, sentFirst);
      if (np && (np.kind === 'name' || np.kind === 'nominal') && np.last < c - 1) return np;
    }
  }
  return subjectNP(toks, lo, c - 1);
}

/** The subject of the sentence starting at token `first`: skips "But", "Earlier on Thursday,". */
export function subjectNP(toks: Tok[], first: number, hi: number): NP | null {
  let i = first;
  // Dateline: "WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —"
  // "Washington (AFP) –": a dateline in ordinary case with its agency
  const agency = toks[i + 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === ')';
  if (i <= hi && ((toks[i].text.length > 2 && toks[i].text === toks[i].text.toUpperCase() && /\p{Lu}/u.test(toks[i].text)) || agency)) {
    for (let k = i + 1; k <= hi && k < i + 12; k++)
      if (/^[—–-]$/.test(toks[k].text)) {
        i = k + 1;
        break;
      }
  }
  for (let round = 0; round < 4; round++) {
    while (i <= hi && toks[i].kind !== 'word') i++;
    while (i <= hi && ADVERB_START.has(toks[i].lower)) i++;
    if (i > hi) return null;
    const t = toks[i];
    // "Back in 1999,", "Thirteen years earlier,", "Where he used to boast …,": a common word
    // (not a role noun or a first name) opening the sentence, with a comma close by
    const commonOpener =
      i === first && COMMON.has(t.lower) && !DETERMINER_START.has(t.lower) && !namesInText(toks).has(t.text) && !SOURCE_NOUNS.has(t.lower) && (!FIRST_NAMES.has(t.text) || OPENER_PREPS.has(toks[i + 1]?.lower ?? '')) && !PERSONAL_PRONOUNS.has(t.lower) && commaWithin(toks, i, hi, 12);
    // Introductory phrases up to a comma: "Earlier on Thursday,", "Hours later,", "At a rally
    // in Aspen, Colo.,"; a lone capitalised word before a comma continues a place name.
    const intro =
      SUBORDINATE_START.has(t.lower) ||
      /ing$/.test(t.lower) ||
      /^\d/.test(t.text) ||
      INTRO_TIME.has(t.lower) ||
      commonOpener ||
      (round > 0 && isCapitalized(t.text) && toks[i + 1]?.text === ',') ||
      timeAgo(toks, i, hi);
    if (!intro) break;
    let k = i;
    while (k <= hi && k < i + 35 && toks[k].text !== ',') k++;
    if (k > hi || toks[k].text !== ',') return round === 0 ? null : null;
    i = k + 1;
  }
  while (i <= hi && toks[i].kind !== 'word') i++;
  if (i > hi || toks[i].quote >= 0) return null;
  return rightNP(toks, i, hi, first);
}


/**
 * "Tunnels are so numerous …", "Maybe the window …", "Guns Are …": a capitalised phrase opening
 * the sentence whose words are all ordinary English words, none written capitalised mid-sentence
 * here, none a first name ("Activist Angela Davis") and none part of a name the entity stage found
 * ("Bush referred to …", "Trump took to Twitter …").
 */
export function commonWordsOpening(toks: Tok[], np: NP, people: People): boolean {
  const p = toks[np.first - 1];
  const opens = !p || p.sent !== toks[np.first].sent || (p.kind !== 'word' && toks[np.first - 2]?.sent !== toks[np.first].sent);
  if (!opens) return false;
  for (let k = np.first; k <= np.last; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (!COMMON.has(t.lower) || namesInText(toks).has(t.text) || FIRST_NAMES.has(t.text) || people.names.has(t.text) || people.nameWords.has(t.text)) return false;
  }
  return true;
}

/**
 * Capitalised words the article also writes capitalised inside a sentence outside quotes
 * ("… said Weaver"): names, even when they double as common words ("Weaver didn’t …").
 * Computed once per token list (the rules ask for it many times per article).
 */
const namesCache = new WeakMap<Tok[], Set<string>>();

function namesInText(toks: Tok[]): Set<string> {
  let out = namesCache.get(toks);
  if (out) return out;
  out = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const p = toks[i - 1];
    if (p.sent === t.sent && t.kind === 'word' && t.quote < 0 && isCapitalized(t.text) && p.kind === 'word' && t.text !== t.text.toUpperCase()) out.add(t.text);
  }
  namesCache.set(toks, out);
  return out;
}

/** Words that open a noun phrase, so never an introductory phrase on their own ("The Florida senator …,"). */
const DETERMINER_START = new Set('the a an this that these those his her its their our my your'.split(' '));

function commaWithin(toks: Tok[], i: number, hi: number, n: number): boolean {
  for (let k = i + 1; k <= hi && k < i + n; k++) {
    if (toks[k].text === ',') return true;
    if (toks[k].quote >= 0) return false;
  }
  return false;
}

/** "Early in his campaign," — a first name ("Early", "Will") opening a phrase, not a name. */
const OPENER_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'that', 'next']);

/** "A few days later,", "But two weeks ago,": a short time phrase ending before a comma. */
function timeAgo(toks: Tok[], i: number, hi: number): boolean {
  for (let k = i + 1; k <= hi && k <= i + 5; k++) {
    if (toks[k].text === ',') return /^(later|earlier|ago|afterward|afterwards)$/.test(toks[k - 1].lower);
    if (toks[k].kind !== 'word') return false;
  }
  return false;
}

const INTRO_TIME = new Set('hours minutes days weeks months years moments decades seconds later earlier moments'.split(' '));

// ---------------------------------------------------------------- pronouns and entities
