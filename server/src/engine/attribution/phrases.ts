// Source noun phrases around a reporting verb, found with word classes instead of a parser:
// leftNP reads leftwards from a cue ("White House spokesman Jay Carney | said"), rightNP reads
// rightwards ("said | Sen. Lindsey Graham", "| Nicholas Burns, a former official…, told").
// Each returns token indexes; speakerRange picks the words that name the source.
import type { Tok } from './tokens';
import {
  APPOSITIVE_START,
  AUX,
  CUE_FORMS,
  DETERMINERS,
  LEADING_FUNCTION,
  LINKING_ADJ,
  NAME_PARTICLES,
  NP_LINKS,
  NP_STOP,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  SOURCE_NOUNS,
  PERSON_NOUNS,
  TITLES,
  isCapitalized,
} from './lexicon';

export type NPKind = 'name' | 'pronoun' | 'relative' | 'nominal';

export interface NP {
  first: number;
  last: number;
  /** Head token: the rightmost word, or the noun before an "of/for …" complement. */
  head: number;
  kind: NPKind;
}

/** Determiners that open a noun phrase: nothing to their left belongs to it. */
const NP_OPENERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'several', 'many', 'one']);

/** Capitalised words that are never a speaker's name. */
const NOT_NAMES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Today Tonight Yesterday Tomorrow'.split(' '),
);

const isWord = (t: Tok | undefined): t is Tok => !!t && t.kind === 'word' && t.quote < 0;
const isPossessive = (w: string) => /['’]s?$/.test(w) && w.length > 2;

/** A capitalised word that can be part of a name (not a sentence-initial function word or a common noun). */
function isNameWord(toks: Tok[], i: number, sentFirst: number): boolean {
  const t = toks[i];
  if (!isCapitalized(t.text)) return false;
  if (LEADING_FUNCTION.has(t.text) || NOT_NAMES.has(t.text)) return false;
  // "Analysts say", "Sources said": a capitalised common noun at the start of a sentence.
  if (i === sentFirst && SOURCE_NOUNS.has(t.lower)) return false;
  if (PERSONAL_PRONOUNS.has(t.lower)) return false;
  return true;
}

/** A lowercase word that may sit inside a noun phrase (modifier or noun). */
/** "Perez hammered Trump", "the mayor blasted Ruiz": a lowercase past-tense verb after a head ends the phrase. */
function pastTense(t: Tok): boolean {
  return (/^\p{Ll}{3,}ed$/u.test(t.text) || IRREGULAR_PAST.has(t.text)) && !SOURCE_NOUNS.has(t.lower);
}
/** Irregular past tenses that are never nouns or modifiers ("the campaign sent out"). */
const IRREGULAR_PAST = new Set('sent made took gave went came brought held kept met paid ran saw spent stood won wrote said told thought began became sought bought taught fought drew grew knew threw flew chose spoke'.split(' '));

function isNPWord(t: Tok): boolean {
  // "the email said", "the report": nouns that double as reporting verbs stay nouns here.
  if (NP_STOP.has(t.lower) || AUX.has(t.lower) || (CUE_FORMS.has(t.lower) && !SOURCE_NOUNS.has(t.lower)) || PERSONAL_PRONOUNS.has(t.lower)) return false;
  if (RELATIVE_PRONOUNS.has(t.lower)) return false;
  // "Republican presidential candidate …", "Analysts" at a sentence start: capitalised common nouns
  return /^[\p{Ll}\p{N}]/u.test(t.text) || DETERMINERS.has(t.lower) || SOURCE_NOUNS.has(t.lower);
}

function classify(toks: Tok[], first: number, last: number, head: number, sentFirst: number): NP | null {
  const h = toks[head];
  // "one senior Democrat", "a Republican": a capitalised common noun after a determiner.
  if (SOURCE_NOUNS.has(h.lower) && DETERMINERS.has(toks[first].lower) && !isNameWord(toks, head - 1, sentFirst))
    return { first, last, head, kind: 'nominal' };
  if (isNameWord(toks, head, sentFirst) || NAME_PARTICLES.has(h.lower)) return { first, last, head, kind: 'name' };
  if (SOURCE_NOUNS.has(h.lower)) return { first, last, head, kind: 'nominal' };
  // Other common nouns count only after a determiner ("the memo said").
  for (let i = first; i < head; i++) if (DETERMINERS.has(toks[i].lower)) return { first, last, head, kind: 'nominal' };
  return null;
}

/** Skip auxiliaries and adverbs leftwards from `j` ("has also said"). */
function skipAuxLeft(toks: Tok[], j: number, lo: number): number {
  while (j >= lo && isWord(toks[j]) && (AUX.has(toks[j].lower) || /^[a-z]{3,}ly$/.test(toks[j].text))) j--;
  return j;
}

/** The subject noun phrase ending just before token `cue`, not reaching before `lo`. */
/** Index of the "(" opening the parenthesis closed at `close`, looking back at most `reach` tokens (not before lo); -1 if none. */
function openingParen(toks: Tok[], close: number, lo: number, reach: number): number {
  for (let k = close - 1; k >= lo && k >= close - reach; k--) if (toks[k].text === '(') return k;
  return -1;
}

export function leftNP(toks: Tok[], cue: number, lo: number, sentFirst: number): NP | null {
  let j = skipAuxLeft(toks, cue - 1, lo);
  if (j < lo) return null;
  if (toks[j].text === ')') {
    const open = openingParen(toks, j, lo, 10);
    if (open < 0) return null;
    j = open - 1;
  }
  // `author of "Title," put it`: a comma inside a quoted title's closing marks still ends the appositive.
  const commaInQuote = j >= lo && toks[j].quote >= 0 && toks[j].kind !== 'word' && toks[j - 1]?.text === ',';
  if (j >= lo && (commaInQuote || toks[j].text === ',' || toks[j].text === '—' || toks[j].text === '–')) {
    // "Nicholas Burns, a former senior official, told": the subject is before the appositive.
    const mark = commaInQuote ? ',' : toks[j].text;
    // "Gov. John Kasich (R-OH), said": a party tag in parentheses, then a comma, after the name
    if (toks[j - 1]?.text === ')') {
      const open = openingParen(toks, j - 1, lo, 9);
      const tagged = open >= 0 ? collectLeft(toks, open - 1, lo, sentFirst) : null;
      if (tagged?.kind === 'name' && (tagged.first === lo || toks[tagged.first - 1].kind === 'punct')) return tagged;
    }
    // "Trump's attorney, Alan Garten, said": the name between the commas is the speaker.
    const named = collectLeft(toks, j - 1, lo, sentFirst);
    if (named && named.kind === 'name' && toks[named.first - 1]?.text === mark && !isPossessive(toks[named.head].text)) {
      const before = toks[named.first - 2];
      if (before && isWord(before) && !isCapitalized(before.text)) return named;
    }
    const candidates: number[] = [];
    for (let k = j - 1; k >= lo && k > j - 40; k--) {
      const t = toks[k];
      if (t.quote >= 0) continue; // a quoted title inside the appositive
      if (/^[.!?;:]$/.test(t.text)) break;
      if (t.text !== ',' && t.text !== mark) continue;
      const after = toks[k + 1];
      let b = k - 1;
      if (toks[b]?.text === ')') {
        // "Elijah Cummings (D-Md.), chair of the committee, said"
        while (b >= lo && b > k - 10 && toks[b].text !== '(') b--;
        b--;
      }
      const before = toks[b];
      if (
        after &&
        before &&
        isWord(before) &&
        (APPOSITIVE_START.has(after.lower) ||
          /^\d/.test(after.text) ||
          isPossessive(after.text) ||
          /^\p{Ll}/u.test(after.text) ||
          /^[RDI]-[A-Z]/.test(after.text)) && // party-state tag: "Rand Paul, R-Ky., told"
        (isCapitalized(before.text) || SOURCE_NOUNS.has(before.lower))
      )
        candidates.push(k);
    }
    // The leftmost comma that closes a name starts the appositive ("Smith, a Republican from
    // Texas, who …, said"); "Or, as Tom Ridge, …" skips the "Or,".
    for (let c = candidates.length - 1; c >= 0; c--) {
      let e = candidates[c] - 1;
      if (e >= lo && toks[e].text === ')') {
        let k = e - 1;
        while (k >= lo && k > e - 10 && toks[k].text !== '(') k--;
        e = k - 1;
      }
      const np = collectLeft(toks, e, lo, sentFirst);
      if (np) return np;
    }
    return null;
  }
  if (j >= lo && (toks[j].lower === 'that' || toks[j].lower === 'which') && j + 1 < toks.length) {
    // "a message that said": a relative pronoun speaker
    return { first: j, last: j, head: j, kind: 'relative' };
  }
  return collectLeft(toks, j, lo, sentFirst);
}

/** Noun phrase whose last token is `j`. */
const pronounBase = (w: string) => w.replace(/['’](d|ll|s|ve|re|m)$/, '');
/** Heads of a time or occasion phrase between a subject and its verb ("Trump at the time said",
 * "Trump in his announcement speech called"). */
const TEMPORAL = new Set(
  `time times day days week weeks month months year years past morning afternoon evening night moment weekend
  interview interviews speech speeches statement address remarks rally debate appearance conference hearing
  op-ed letter tweet post email video show broadcast podcast call session meeting briefing event`.split(/\s+/),
);

export function collectLeft(toks: Tok[], j: number, lo: number, sentFirst: number): NP | null {
  if (j >= lo && NOT_NAMES.has(toks[j]?.text ?? '') && /^(on|in|last|this|by|early|late)$/i.test(toks[j - 1]?.text ?? '')) {
    // "Beck on Wednesday called": skip the date phrase
    let k = j - 2;
    while (k >= lo && isWord(toks[k]) && AUX.has(toks[k].lower)) k--;
    return collectLeftRaw(toks, k, lo, sentFirst);
  }
  const np = collectLeftRaw(toks, j, lo, sentFirst);
  // "Trump at the time said", "Beck, who has in the past described": skip the time phrase.
  if (np && np.kind === 'nominal' && TEMPORAL.has(toks[np.head].lower) && np.last === j) {
    const p = toks[np.first - 1];
    if (p && /^(at|in|on|during|over|for|last|this|that|earlier|after|before)$/.test(p.lower)) {
      let k = np.first - 2;
      while (k >= lo && isWord(toks[k]) && AUX.has(toks[k].lower)) k--;
      return collectLeftRaw(toks, k, lo, sentFirst);
    }
  }
  return np;
}

function collectLeftRaw(toks: Tok[], j: number, lo: number, sentFirst: number): NP | null {
  const t = toks[j];
  if (j < lo || !isWord(t)) return null;
  if (PERSONAL_PRONOUNS.has(t.lower) || PERSONAL_PRONOUNS.has(pronounBase(t.lower))) return { first: j, last: j, head: j, kind: 'pronoun' };
  if (RELATIVE_PRONOUNS.has(t.lower)) return { first: j, last: j, head: j, kind: 'relative' };
  if (!isNameWord(toks, j, sentFirst) && !isNPWord(t)) return null;
  // "the 34-year-old mother of three replied": a count after "of" ends a person phrase
  if (/^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(t.lower) && toks[j - 1]?.lower === 'of' && j - 2 >= lo && PERSON_NOUNS.has(toks[j - 2].lower)) {
    const np = collectLeftRaw(toks, j - 2, lo, sentFirst);
    if (np && np.kind === 'nominal') return { ...np, last: j };
  }
  if (DETERMINERS.has(t.lower) && !SOURCE_NOUNS.has(t.lower)) return null;
  let first = j;
  let head = j;
  for (let k = j - 1, n = 1; k >= lo && n < 12; k--, n++) {
    const w = toks[k];
    if (!isWord(w)) break;
    if (NP_OPENERS.has(w.lower) && (w.lower !== 'one' || first === head)) {
      first = k;
      break;
    }
    if (NP_LINKS.has(w.lower) && isWord(toks[k - 1]) && k - 1 >= lo && (SOURCE_NOUNS.has(toks[k - 1].lower) || LINKING_ADJ.has(toks[k - 1].lower))) {
      head = LINKING_ADJ.has(toks[k - 1].lower) ? k - 2 : k - 1;
      if (head < lo) break;
      first = head;
      k = head;
      continue;
    }
    if (isNameWord(toks, k, sentFirst) || NAME_PARTICLES.has(w.lower) || isNPWord(w)) {
      first = k;
      continue;
    }
    break;
  }
  return classify(toks, first, j, head, sentFirst);
}

/** Noun phrase starting at token `i`, not reaching past `hi`. */
export function rightNP(toks: Tok[], i: number, hi: number, sentFirst: number): NP | null {
  const t = toks[i];
  if (i > hi || !isWord(t)) return null;
  if (PERSONAL_PRONOUNS.has(t.lower)) return { first: i, last: i, head: i, kind: 'pronoun' };
  let last = -1;
  let head = -1;
  let linked = false;
  for (let k = i; k <= hi && k < i + 14; k++) {
    const w = toks[k];
    if (!isWord(w)) break;
    if (k === i && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an')) {
      last = k;
      continue;
    }
    const nameLink = /^(of|at|from)$/.test(w.lower) && k > i && isNameWord(toks, k - 1, sentFirst) && !!toks[k + 1] && (toks[k + 1].lower === 'the' || isNameWord(toks, k + 1, sentFirst));
    if (k > i && NP_LINKS.has(w.lower) && !linked && (nameLink || SOURCE_NOUNS.has(toks[k - 1].lower) || LINKING_ADJ.has(toks[k - 1].lower))) {
      if (!isWord(toks[k + 1]) || k + 1 > hi) break;
      head = LINKING_ADJ.has(toks[k - 1].lower) ? k - 2 : k - 1;
      linked = true;
      last = k;
      continue;
    }
    if (linked && DETERMINERS.has(w.lower) && toks[k - 1] && NP_LINKS.has(toks[k - 1].lower)) {
      last = k;
      continue;
    }
    if (k > i && PERSONAL_PRONOUNS.has(w.lower)) break;
    // After a name only role nouns continue the phrase ("Clinton campaign chairman John Podesta"),
    // so "Lavrov made it clear" stops at "Lavrov".
    if (last >= i && isNameWord(toks, last, sentFirst) && !isNameWord(toks, k, sentFirst) && !NAME_PARTICLES.has(w.lower)) {
      const next = toks[k + 1];
      const roleNext = !!next && isWord(next) && (SOURCE_NOUNS.has(next.lower) || isNameWord(toks, k + 1, sentFirst));
      if (!SOURCE_NOUNS.has(w.lower) && !(w.text.includes('-') && roleNext) && !(roleNext && isNPWord(w) && !pastTense(w))) break;
    }
    // "the Ruiz campaign sent out": a past tense after a source noun is the verb
    if (k > i && last >= i && SOURCE_NOUNS.has(toks[last].lower) && pastTense(w)) break;
    // After a common-noun head ("the crowd", "Ryan’s campaign") only more nouns or a link go on.
    const shortHead = last === i || DETERMINERS.has(toks[last - 1]?.lower ?? '') || isPossessive(toks[last - 1]?.text ?? '');
    if (last >= i && !linked && shortHead && SOURCE_NOUNS.has(toks[last].lower) && !DETERMINERS.has(toks[last].lower) && !isNameWord(toks, k, sentFirst) && !SOURCE_NOUNS.has(w.lower)) {
      const next = toks[k + 1];
      const roleNext = !!next && isWord(next) && (SOURCE_NOUNS.has(next.lower) || isNameWord(toks, k + 1, sentFirst));
      if (!roleNext || pastTense(w)) break; // "Republican presidential candidate" goes on; "the crowd began" stops
    }
    // "the note says", "a tweet read": a cue form right after an article is the noun it names.
    const cueNoun = k > i && k === last + 1 && /^(the|a|an)$/.test(toks[k - 1].lower) && CUE_FORMS.has(w.lower) && isWord(toks[k + 1]) && CUE_FORMS.has(toks[k + 1].lower);
    if (isNameWord(toks, k, sentFirst) || (k > i && NAME_PARTICLES.has(w.lower)) || isNPWord(w) || cueNoun || (k === i && DETERMINERS.has(w.lower))) {
      last = k;
      continue;
    }
    break;
  }
  if (last < i) return null;
  // Drop trailing link words ("spokesman for" with nothing after).
  while (last > i && NP_LINKS.has(toks[last].lower)) last--;
  if (head < 0 || head > last) head = last;
  return classify(toks, i, last, head, sentFirst);
}

/** Token range naming the source: the name without titles, the pronoun, or the whole nominal phrase. */
export function speakerRange(toks: Tok[], np: NP): { first: number; last: number } {
  if (np.kind === 'pronoun' || np.kind === 'relative') return { first: np.head, last: np.head };
  if (np.kind === 'nominal') return { first: np.first, last: np.last };
  // Name: the capitalised run ending at the head, stopping at a possessive ("Russia’s Lavrov").
  let a = np.head;
  while (
    a - 1 >= np.first &&
    (isCapitalized(toks[a - 1].text) || NAME_PARTICLES.has(toks[a - 1].lower)) &&
    !LEADING_FUNCTION.has(toks[a - 1].text) &&
    !isPossessive(toks[a - 1].text)
  )
    a--;
  let b = a;
  // Titles and capitalised role nouns before the name ("Sen.", "Treasurer", "Councillor").
  for (let i = a; i < np.head; i++) if (TITLES.has(toks[i].text) || PERSON_NOUNS.has(toks[i].lower)) b = i + 1;
  if (b > np.head) {
    // Only titles ("the President"): the whole phrase names the source.
    return { first: np.first, last: np.last };
  }
  // A possessive head ("Kerry’s") names its owner.
  return { first: b, last: np.head };
}

