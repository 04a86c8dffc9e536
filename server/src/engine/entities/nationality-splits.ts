// A country or nationality in front of a body, a people or a person is its own mention.
//   "US Congress", "U.S. State Department", "UK RAF"      → "US" (place) + "Congress"
//   "German Foreign Ministry", "Palestinian U.N. mission"  → "German" (other) + "Foreign Ministry"
//   "Australian Tom Moody"                                → "Australian" (other) + "Tom Moody"
//   "Rwandan Hutu refugees"                               → "Rwandan Hutu" (other), a people
//   "Northern Iraq"                                       → "Iraq"
// Not: "Scottish Labour Party", "Christian Blanc" (one name)
import { byKey, exact, firstNameSet, keyOf, orgHeads, otherHeads, placeHeads, usCommonFirstNames } from './lexicon';
import { isAcronym, isCommon, isNameShaped } from './shape';
import type { Tok } from './tokens';
import { candidate, zero, plausibleFirstName, type Candidate, type Word } from './candidate-kit';
import { joinTexts } from '../packed';

const GROUP_NOUNS = new Set(['refugees', 'rebels', 'forces', 'troops', 'fighters', 'militia', 'militias', 'leaders', 'civilians', 'soldiers', 'guerrillas', 'villagers', 'community', 'communities', 'minority', 'majority', 'population', 'people', 'politicians', 'officials', 'nationalists', 'separatists', 'women', 'men', 'families', 'settlers', 'protesters']);

/** The run without the nationality or country in front of a body, a people or a person, pushed as its own
 * mention; null when the whole run was a nationality and its people. */
export function splitNationality(tokens: Tok[], name: Word[], titled: boolean, runEnd: number, out: Candidate[]): Word[] | null {
  let words = name;
  // "US Congress", "U.S. State Department": a country in front of a known organisation is its own mention.
  if (!titled && words.length > 1 && !exact.has(joinTexts(words))) {
    const head = exact.get(words[0].text);
    const rest = joinTexts(words, 1);
    const restEntry = exact.get(rest);
    // also "UK RAF", "Chicago NAPM": a place before an acronym
    // ("Washington DC", "Portland, OR" keep a two-letter code with the place)
    // "U.S. Maggie McNeil" in a results line: the country, then the person
    const countryPerson = head?.kind === 'country' && words.length >= 3 && plausibleFirstName(words[1].text) && !restEntry;
    const placeAcronym = words.length === 2 && isAcronym(rest) && !restEntry && rest.replace(/\./g, '').length >= 3 && !isCommon(rest) && !byKey.has(keyOf(words[0].text + ' ' + rest));
    if (head?.type === 'place' && ((head.kind === 'country' && (restEntry?.type === 'organization' || restEntry?.kind === 'other')) || placeAcronym || countryPerson)) {
      const scores = zero();
      scores.place += head.kind === 'city' ? 2 : 3;
      out.push(candidate(words[0].start, words[0].end, words[0].text, [words[0].text], scores, { gazetteer: head.kind, group: head.group }));
      words = words.slice(1);
    } else if (
      (head?.kind === 'demonym' || head?.kind === 'other') &&
      (restEntry?.type === 'organization' || restEntry?.type === 'place' || (words.length === 2 && isAcronym(rest)) || /^(?:\p{Lu}\p{Ll}+ )?Ministry$/u.test(rest)) &&
      // but "Scottish Labour Party", "Indonesian Democratic Party" are one name
      !/^(Party|Parties|Front|Movement|Church|League|Union|Army|Alliance|Congress)$/.test(words[words.length - 1].text)
    ) {
      // "Palestinian U.N. mission", "Jewish West Bank settlements", "German Foreign Ministry": the nationality is its own word
      const scores = zero();
      scores.other += 3;
      out.push(candidate(words[0].start, words[0].end, words[0].text, [words[0].text], scores, { gazetteer: head.kind, group: head.group }));
      words = words.slice(1);
    } else if (words.length === 2 && /^(Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern)$/.test(words[0].text) && exact.get(rest)?.kind === 'country') {
      // "Northern Iraq": the country, with a direction in front
      words = words.slice(1);
    }
  }
  // "Rwandan Hutu refugees", "Bosnian Serb forces": a nationality and a people before a group noun describe the group
  const lead = exact.get(words[0].text);
  if (!titled && words.length === 2 && (lead?.kind === 'demonym' || lead?.kind === 'other') && !firstNameSet.has(words[1].text) && GROUP_NOUNS.has(tokens[runEnd]?.text ?? '')) {
    const scores = zero();
    scores.other += 3;
    out.push(candidate(words[0].start, words[1].end, words[0].text + ' ' + words[1].text, [words[0].text, words[1].text], scores));
    return null;
  }
  // "Australian Tom Moody": a nationality in front of a person is its own mention.
  const restName = joinTexts(words, 1);
  if (
    !titled &&
    words.length >= 2 &&
    (lead?.kind === 'demonym' || lead?.kind === 'other') &&
    !exact.has(restName) &&
    !words.some((w) => orgHeads.has(w.text) || placeHeads.has(w.text) || otherHeads.has(w.text)) &&
    (firstNameSet.has(words[1].text) || (words.length === 2 && isNameShaped(words[1].text))) &&
    // "Christian Blanc": a common first name that is also a nationality or faith word stays the first name
    !(usCommonFirstNames.has(words[0].text) && !firstNameSet.has(words[1].text))
  ) {
    const d = exact.get(words[0].text)!;
    const scores = zero();
    scores.other += 3;
    out.push(candidate(words[0].start, words[0].end, words[0].text, [words[0].text], scores, { gazetteer: d.kind }));
    words = words.slice(1);
  }
  return words;
}
