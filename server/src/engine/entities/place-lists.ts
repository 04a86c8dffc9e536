// Names listed after a plural noun for places are places, every one of them, not only the first, and so are
// their other mentions in the text.
//   "the islands La Désirade, Petite Terre, Marie Galante and Les Saintes" → all places
//   "the villages Brin and Djibonker", "villages like Djifanghor and Bourofaye" → places
//   "cities such as Tulsa, Enid and Lawton", "the towns of Faaborg and Svendborg" → places
// Not: "the islands' governor, John Smith" (the names must follow the noun), "the towns, Smith said" (a
// comma right after the noun opens no list), a list that a lowercase word or a full stop ends.
import type { Mention } from './cluster';
import { keyOf } from './lexicon';

const PLACES_NOUN = /\b(?:islands|islets|villages|towns|cities|municipalities|provinces|regions|districts|suburbs|neighbou?rhoods|boroughs|counties)(?:\s+(?:such\s+as|like|of|including|called|named))?\s+$/;
// What may stand between two listed names: a comma, "and", "or".
const JOINER = /^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+)$/;

/** Types as places the names listed right after a plural noun for places. */
export function placeLists(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const listed = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    if (!PLACES_NOUN.test(text.slice(Math.max(0, sorted[i].start - 40), sorted[i].start))) continue;
    let j = i;
    listed.add(keyOf(sorted[j].name));
    while (j + 1 < sorted.length && JOINER.test(text.slice(sorted[j].end, sorted[j + 1].start))) listed.add(keyOf(sorted[++j].name));
    i = j;
  }
  // one type per name: the other mentions of a listed place are the place too
  if (listed.size) for (const m of mentions) if (listed.has(keyOf(m.name))) m.type = 'place';
  return mentions;
}
