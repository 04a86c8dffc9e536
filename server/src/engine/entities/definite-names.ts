// A name of several words written after "the" is a body, team, place or thing, not a person: people's names
// take no article ("the Red Sox won", "remarked to The Brooklyn Paper", "studied at the Conservatoire de Paris").
//   "against the Houston Astros" → organization (the other mentions of "Houston Astros" too)
//   "on the River Ouse" → place
// Not: a title or a first name in front ("the Marquis de Lafayette", "the Marc Dutroux case", "the John Murray
// archive": a person's name as a modifier), one-word names ("the Tsar", "the Secretary", "the Tagbanuas"), names
// with no word for a body or a place and no plural ("the Dalai Lama").
import type { Mention } from './cluster';
import type { EntityType } from '../types';
import { firstNameSet, keyOf, roleNouns, titleMap } from './lexicon';

const THE = /\b[Tt]he\s+$/;

function notPerson(m: Mention): EntityType {
  const s = m.scores;
  if (s.place > s.organization && s.place > 0) return 'place';
  return 'organization';
}

/** Re-types as bodies or places the several-word names typed person that the text writes after "the". */
export function definiteNames(mentions: Mention[], text: string): Mention[] {
  const keys = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.tokens.length < 2) continue;
    if (!THE.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const first = m.tokens[0];
    if (titleMap.has(first) || roleNouns.has(first.toLowerCase())) continue;
    // "the John Murray archive": a person's name modifying a noun
    if (firstNameSet.has(first) && /^['’]?s?\s+\p{Ll}/u.test(text.slice(m.end, m.end + 4))) continue;
    // some word of it must say so: a body or place word, or a plural ("the Dalai Lama" has neither)
    if (m.scores.organization <= 0 && m.scores.place <= 0 && !/\p{Ll}s$/u.test(m.tokens[m.tokens.length - 1])) continue;
    keys.set(keyOf(m.name), notPerson(m));
  }
  if (!keys.size) return mentions;
  for (const m of mentions) if (m.type === 'person' && keys.has(keyOf(m.name))) m.type = keys.get(keyOf(m.name));
  return mentions;
}
