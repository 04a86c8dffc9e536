// Words for peoples, periods and creeds used as adjectives are not names of people or places.
//   "its Korean restaurants", "the Paralympic movement", "a Pachomian monk" → other, not a person
//   "before Roman times", "the city's Ottoman past", "original Victorian houses" → other
//   "Theravada Buddhist monks", "the West European system", "Jewish Christians" → other
//   (but "a lifelong Roman Catholic" is a person)
//   "Thai men", "the Danish island of Funen" → other (a demonym before a noun, even one a gazetteer lists as a country)
//   "the best Korean and Ethiopian restaurants" → other (the noun comes after the coordinated adjective)
// Not: "Jordan said", "Morgan told reporters" (a verb follows: a person acting), "Logan Airport" (one
// capitalised run), nor a name the text or a gazetteer already gives evidence for ("Duncan, the mayor").
import type { Mention } from './cluster';
import { demonymOf, exact, firstNameSet, isNotName } from './lexicon';
import { isCommon } from './shape';
import organizations from '../../data/organizations.json';

// Adjective endings of peoples, places, periods and creeds: Korean, Illyrian, Guadeloupean, Paralympic, Calvinist.
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ian|ean|ic|ist|ish)$/u;
// A lowercase word after the name that is a verb or a function word: the name is a subject, not a modifier.
const NOT_MODIFIED = /^(?:is|was|are|were|has|had|have|said|says|told|tells|will|would|could|can|may|might|must|should|did|does|do|also|who|and|or|of|in|on|at|to|for|with|by|from|as|that|which|but|not|et)$/;
const NEXT_WORD = /^\s+(\p{Ll}[\p{Ll}-]*)/u;
// "Korean and Ethiopian establishments": the noun follows a second adjective.
const AND_ADJECTIVE = /^\s+(?:and|or)\s+\p{Lu}\p{Ll}+(?:an|ian|ean|ic|ish|ese|i)\s+(\p{Ll}[\p{Ll}-]*)/u;
const CREEDS = new Set<string>(organizations.religionsAndIdeologies);

function modifies(text: string, m: Mention): boolean {
  if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return false;
  const w = AND_ADJECTIVE.exec(text.slice(m.end, m.end + 40)) ?? NEXT_WORD.exec(text.slice(m.end, m.end + 40));
  return !!w && !NOT_MODIFIED.test(w[1]) && !/ed$/.test(w[1]);
}

/** A one-word name with no evidence but its capital, shaped and used like an adjective ("Korean restaurants"). */
function adjectiveWord(m: Mention): boolean {
  // A demonym is evidence of nothing but a people: "Thai" is listed, and means the same as "Korean".
  if (m.tokens.length === 1 && demonymOf.has(m.name) && !m.role && !m.team && !firstNameSet.has(m.name)) return true;
  if (m.tokens.length !== 1 || m.gazetteer || m.role || m.team || firstNameSet.has(m.name) || exact.has(m.name)) return false;
  if (Math.max(m.scores.person, m.scores.organization, m.scores.place, m.scores.other) >= 1) return false;
  return ADJECTIVE.test(m.name) && !isNotName(m.name);
}

/** "Roman Catholic", "Theravada Buddhist": words before a creed or people's word, with no first name. */
function creedPhrase(m: Mention, text: string): boolean {
  if (m.tokens.length < 2 || m.role || m.type !== 'person') return false;
  const last = m.tokens[m.tokens.length - 1];
  if (!CREEDS.has(last) || m.tokens.some((t) => firstNameSet.has(t) && !isCommon(t) && !CREEDS.has(t))) return false;
  // "a lifelong Roman Catholic" is one person; "Roman Catholic church", "Jewish Christians" are not.
  return /s$/.test(last) || modifies(text, m);
}

/** Re-types adjectives of peoples and creeds as other: every use of the word in the text must be a modifier. */
export function peopleAdjectives(mentions: Mention[], text: string): Mention[] {
  const subject = new Set<string>();
  for (const m of mentions) if (adjectiveWord(m) && !modifies(text, m)) subject.add(m.name);
  for (const m of mentions) {
    if (m.type === 'other') continue;
    if ((adjectiveWord(m) && !subject.has(m.name)) || creedPhrase(m, text)) {
      m.type = 'other';
      // "Thai" listed as a country: its group would join it to a place named "Thailand" in the text.
      if (m.gazetteer === 'country') m.group = undefined;
    }
  }
  return mentions;
}
