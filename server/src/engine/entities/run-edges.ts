// The edges of a name run: words that stand before or after a name without being part of it.
//   "The United States", "But Sen. Dick Durbin"            → "United States", "Sen. Dick Durbin"
//   "Still Ryan Crocker", "Fullback Andre Joubert"          → "Ryan Crocker", "Andre Joubert"
//   "Visiting Russia in March, he …"                        → "Russia"
//   "Closing Loopholes", "SUVs", "Cofinec GDRs"             → no name, no name, "Cofinec"
//   "Armed Services Committee Hearing"                      → "Armed Services Committee"
//   "W D L PCT", "A", "the Prime Minister" on its own       → no name
//   "North American"                                        → a nationality word (other)
import { demonymOf, exact, firstNameSet, industryHeads, noStart, ofHeads, orgHeads, placeHeads, roleNouns, titleMap, usCommonFirstNames } from './lexicon';
import { isCapLike, isCommon } from './shape';
import { splitTitle } from './roles';
import { FUNCTION_WORDS, LEADING_DROP, NUMBER_WORDS, ORG_STARTS, TIME_WORDS } from './cues';
import { candidate, zero, plausibleFirstName, type Candidate, type Word } from './candidate-kit';
import { joinTexts } from '../packed';

/** The run without words that only stand at its edges; null when nothing in it is a name. */
export function trimRunEdges(run: Word[], initial: boolean, out: Candidate[], quoted = false): Word[] | null {
  let words = run;
  // "Cofinec GDRs", "books and CDs", "SUVs": a plural acronym is a kind of thing, not a name or part of one.
  while (words.length && /^\p{Lu}{2,}s$/u.test(words[words.length - 1].text) && !exact.has(words[words.length - 1].text)) words = words.slice(0, -1);
  if (!words.length) return null;
  const fullText = joinTexts(words);
  const fullEntry = exact.get(fullText);
  // "The United States", "But Sen. Dick Durbin": a leading function word is not part of the name.
  if (!fullEntry && words.length > 1 && LEADING_DROP.has(words[0].text.toLowerCase()) && (initial || words[0].text === 'The') && !exact.has(words[0].text + ' ' + words[1].text)) {
    words = words.slice(1);
  }
  // Sentence-initial common word in front of a name: "Still Ryan Crocker", "Analysts Kerry".
  if (initial && words === run && words.length > 1 && !fullEntry) {
    const last = words[words.length - 1].text;
    const headed = orgHeads.has(last) || placeHeads.has(last);
    // Only a word that would be capitalised anyway goes: an adverb, number or function word ("Still Ryan Crocker",
    // "Seven Iraqis"), or any common word in front of a first name or nationality. "East Fife", "Crystal Palace" stay.
    for (let k = 0; k < 2 && words.length > 1; k++) {
      const known = exact.has(words[0].text) || ORG_STARTS.has(words[0].text);
      const w0 = words[0].text.toLowerCase();
      // "Using CFLs", "Visiting Russia in March": a verb's -ing form that opens the sentence is not part of the name
      // (but a quoted title may start with one: "Sleeping Bread").
      const gerund = !quoted && /ing$/.test(w0) && w0.length > 5;
      const adverbial = LEADING_DROP.has(w0) || /ly$/.test(w0) || TIME_WORDS.has(w0) || NUMBER_WORDS.has(w0) || gerund;
      const nextEntry = exact.get(words[1].text);
      const personNext = firstNameSet.has(words[1].text) || titleMap.has(words[1].text) || nextEntry?.kind === 'demonym' || nextEntry?.kind === 'other';
      const firstName = (firstNameSet.has(words[0].text) && !isCommon(words[1].text)) || usCommonFirstNames.has(words[0].text);
      if (isCommon(words[0].text) && !headed && !firstName && !known && !titleStarts(words) && !demonymOf.has(words[0].text) && (adverbial || personNext)) {
        words = words.slice(1);
        // "Closing Loopholes and …": the verb's object, in capitals, is no name either.
        if (gerund && words.every((w) => isCommon(w.text))) return null;
      } else break;
    }
  }
  // "Fullback Andre Joubert", "Broker Khurshid Alam": a role noun that opens the sentence is the role, not the name
  if (initial && words === run && words.length >= 3 && roleNouns.has(words[0].text.toLowerCase()) && !plausibleFirstName(words[0].text) && !exact.has(words[0].text) && firstNameSet.has(words[1].text) && !orgHeads.has(words[words.length - 1].text) && !placeHeads.has(words[words.length - 1].text) && !titleMap.has(words[0].text)) {
    words = words.slice(1);
  }
  // Single letters are not names on their own ("A sharp plunge", "N / A", "W D L"), nor are function words.
  if (words.every((w) => /^\p{L}$/u.test(w.text))) return null;
  // table headings: "W D L PCT GB", "P W D L F A" — mostly single letters among short capitals
  if (words.length >= 3 && words.every((w) => /^\p{Lu}{1,3}$/u.test(w.text)) && words.filter((w) => w.text.length === 1).length * 2 >= words.length) return null;
  if (words.length === 1) {
    const lower = words[0].text.toLowerCase();
    if (LEADING_DROP.has(lower) || FUNCTION_WORDS.has(lower)) return null;
  }
  // A title on its own ("Ford's Chief Executive Officer", "the Prime Minister") names no one here.
  if (!fullEntry && words.length > 1 && titleMap.has(joinTexts(words))) return null;
  // "North American", "Latin American", "Southeast Asian": a nationality word, not a person or place
  if (words.length === 2 && /^(North|South|East|West|Latin|Central|Southeast|Southern|Northern|Eastern|Western)$/.test(words[0].text) && exact.get(words[1].text)?.kind === 'demonym') {
    const scores = zero();
    scores.other += 3;
    out.push(candidate(words[0].start, words[1].end, words[0].text + ' ' + words[1].text, [words[0].text, words[1].text], scores));
    return null;
  }
  return words;
}

/** The name without common words after its organisation head. */
export function trimOrgTail(name: Word[]): Word[] {
  let words = name;
  // Strip trailing common nouns after an organisation head: "Armed Services Committee Hearing".
  if (!exact.has(joinTexts(words))) {
    for (let k = 0; k < words.length - 1; k++) {
      // ... but a head that opens the name keeps its words ("Radio Red", "Bank Austria")
      if (k === 0 && ORG_STARTS.has(words[0].text)) break;
      if (orgHeads.has(words[k].text) && !industryHeads.has(words[k].text) && words.slice(k + 1).every((w) => isCapLike(w.text) && !noStart.has(w.text) && isCommon(w.text) && !orgHeads.has(w.text) && !ofHeads.has(w.text) && !placeHeads.has(w.text))) {
        words = words.slice(0, k + 1);
        break;
      }
    }
  }
  return words;
}

function titleStarts(words: Word[]): boolean {
  return splitTitle(words) !== null;
}
