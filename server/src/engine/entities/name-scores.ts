// What a name says on its own: gazetteer hits, organisation/place/event heads, first names and name shapes.
//   "Federal Reserve Board" → organization (head "Board"); "Lake Victoria" → place ("Lake")
//   "Treaty of Versailles" → other; "Northrop Grumman" → organization (a company word)
//   "Anna Kowalski" → person (a first name and a name shape); "Jim Press" → person, not a press
//   "Ford Australia" → organization (a country after a name); "Tom Holland" stays a person
import { companyWordSet, demonymOf, exact, firstNameSet, keyOf, noStart, ofHeads, orgHeads, otherHeads, particles, placeHeads, softByKey, surnameSet, townSet, usCommonFirstNames, type GazetteerEntry } from './lexicon';
import { isAcronym, isCapLike, isCommon, isInitial, isNameShaped } from './shape';
import { ORG_STARTS } from './cues';
import { isCompassRegion, isDistrictName } from './district-names';
import { isFacilityName } from './facility-names';
import { isForeignPlaceName } from './foreign-place-words';
import { endsInWorkHead } from './work-heads';
import { zero, plausibleFirstName, gazetteer, OTHER_OF_HEADS, type Scores, type Word } from './candidate-kit';
import { textsOf } from '../packed';

const SURNAME_HEADS = new Set(['Press', 'Post', 'Church', 'Mills', 'Court', 'Chambers', 'House', 'Temple', 'Hall']);

const PLACE_STARTS = new Set(['Mount', 'Mt.', 'Mt', 'Lake', 'Cape', 'Fort', 'Ft.', 'Isle', 'Mont', 'Monte', 'Port']);

const COUNTRY_SURNAMES = new Set(['Jordan', 'Israel', 'Holland', 'France', 'England', 'Wales', 'Ireland', 'Scotland', 'Chad', 'Georgia', 'Cuba', 'Kenya', 'India', 'Brazil', 'Poland', 'Guinea', 'Niger', 'Mali', 'Togo', 'Peru', 'Jersey', 'Man']);

/** A name with the scores its own words give. */
export interface ScoredName {
  texts: string[];
  name: string;
  start: number;
  end: number;
  multi: boolean;
  scores: Scores;
  entry: GazetteerEntry | undefined;
  group: string | undefined;
}

/** The name's own evidence: gazetteer, heads, name shapes. `person` is what a title in front gave. */
export function scoreName(words: Word[], titled: boolean, person: number): ScoredName {
  const texts = textsOf(words);
  const name = texts.join(' ');
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const scores = zero();
  scores.person += person;
  const entry = gazetteer(name);
  let group: string | undefined;
  if (entry) {
    // Gazetteer hits are strong, but a titled in front ("President Jordan") still makes a person.
    scores[entry.type] += entry.kind === 'city' ? 2 : 3;
    group = entry.group;
  }
  const last = texts[texts.length - 1];
  const firstTok = texts[0];
  // "Washington DC", "Portland OR": a place and its two-letter state or district code
  if (!entry && texts.length === 2 && exact.get(firstTok)?.type === 'place' && /^(?:\p{Lu}\.?){2}$/u.test(last)) scores.place += 3;
  if (!entry) {
    const soft = softByKey.get(keyOf(name));
    if (soft) scores[soft] += 1.5;
    if (texts.length <= 3 && surnameSet.has(keyOf(last))) scores.person += 0.5;
  }
  const multi = texts.length > 1;
  const hasOf = texts.includes('of') || texts.includes('for');
  // "Jim Press", "Emily Post": a common first name and a surname that is also an organisation word
  const surnameHead = texts.length === 2 && usCommonFirstNames.has(firstTok) && !exact.has(firstTok) && SURNAME_HEADS.has(texts[1]);
  if (!entry && !surnameHead) {
    if (texts.some((w, k) => orgHeads.has(w) && (k > 0 || multi))) scores.organization += 2;
    if (multi && orgHeads.has(last) && !placeHeads.has(last)) scores.organization += 1.2;
    // "Royal Bank", "Air France"; but "Royal Palace", "Bank Street" end in a place word
    if (multi && ORG_STARTS.has(firstTok) && !placeHeads.has(last)) scores.organization += 2.5;
    if (multi && noStart.has(last) && !/^(Jr|Sr)\.?$/.test(last)) scores.organization += 2;
    if (hasOf && ofHeads.has(firstTok) && !placeHeads.has(firstTok)) scores.organization += 1;
    // "Native Americans", "Bosnian Serbs": a people
    if (multi && exact.get(last)?.kind === 'demonym' && !plausibleFirstName(firstTok) && texts.length <= 3) scores.other += 2.5;
    // "Muslim-Americans", "Italian-Americans"
    if (!multi && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(name) && ['demonym', 'other'].includes(exact.get(name.split('-')[1])?.kind ?? '')) scores.other += 2.5;
    // "Bill of Rights", "Treaty of Versailles", "Siege of Sarajevo"
    if (texts[1] === 'of' && OTHER_OF_HEADS.has(firstTok)) scores.other += 3;
    if (multi && placeHeads.has(last)) scores.place += 2.5;
    // "Mt. Everest", "Lake Victoria", "Cape Town", "Fort Worth"
    if (multi && PLACE_STARTS.has(firstTok) && !titled) scores.place += 2.5;
    if (multi && (placeHeads.has(firstTok) && hasOf)) scores.place += 2.5;
    if (isDistrictName(texts)) scores.place += 3;
    if (isFacilityName(texts)) scores.place += 4.5;
    if (isForeignPlaceName(texts)) scores.place += 3;
    if (isCompassRegion(texts)) scores.place += 1.5;
    if (texts.some((w) => otherHeads.has(w)) && multi) scores.other += 2;
    // "Porter Fire", "Ryder Cup": an event word ending the name outweighs a first name opening it
    if (multi && otherHeads.has(last)) scores.other += 1;
    if (endsInWorkHead(texts)) scores.other += 3;
  }
  const nameShaped = texts.filter((w) => isNameShaped(w) || isInitial(w) || particles.has(w) || /^(al|el)-/.test(w)).length;
  // Name shapes say nothing about a name the gazetteer knows ("El Salvador", "Georgia").
  const known = entry !== undefined;
  const plausibleFirst = plausibleFirstName(firstTok);
  if (firstNameSet.has(firstTok) && !known) {
    if (multi && isCapLike(texts[1])) scores.person += plausibleFirst ? 2 : 0.8;
    else if (!multi) scores.person += 0.4;
  }
  // "Ford Australia", "Garuda Indonesia": a country after a name is a company's branch,
  // unless it is a common surname ("Michael Jordan", "Tom Holland")
  const lastEntry = exact.get(last);
  if (texts.length === 2 && !known && !titled && lastEntry?.kind === 'country' && !COUNTRY_SURNAMES.has(last) && !isInitial(firstTok)) {
    scores.person -= 2;
    scores.organization += 1.5;
  }
  // "Northrop Grumman", "Lockheed Martin": a word of a company name without a common first name in front
  const companyish = !known && !plausibleFirst && texts.some((w) => companyWordSet.has(w) && !exact.has(w));
  if (companyish) scores.organization += 1.5;
  if (multi && !known && !companyish && nameShaped === texts.length && texts.length <= 4) scores.person += 1;
  if (multi && texts.some(isInitial) && !isInitial(last)) scores.person += 1.5;
  // "L2", "A380", "M1": a letter code with a number is a term, model or road, not a body of people
  if (!multi && !entry && /\d/.test(name)) scores.other += 2;
  if (!entry && isAcronym(name)) scores.organization += 1.2;
  if (multi && !entry && isAcronym(last) && !isInitial(last)) scores.organization += 1.2;
  if (multi && !titled && demonymOf.has(firstTok)) scores.organization += 0.5;
  // a town the main gazetteers lack ("Roermond", "Urus-Martan"): weak place evidence
  if (!entry && !plausibleFirst && townSet.has(name)) scores.place += multi ? 1.2 : 0.9;
  if (!multi && !entry && !isAcronym(name)) {
    // An unknown lone capitalised word: most often a surname in news text.
    scores.person += isNameShaped(name) ? 0.5 : 0.2;
    scores.organization += 0.4;
    scores.place += 0.3;
  }
  if (multi && !entry && scores.person === 0 && scores.organization === 0 && scores.place === 0 && scores.other === 0) {
    // Multi-word capitalised phrase with common words and no head: most often an organisation.
    scores.organization += texts.some((w) => isCommon(w)) ? 0.8 : 0.4;
    scores.person += nameShaped >= texts.length - 1 ? 0.6 : 0;
  }
  return { texts, name, start, end, multi, scores, entry, group };
}
