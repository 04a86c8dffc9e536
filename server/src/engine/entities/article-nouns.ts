// A capitalised word that takes "a" or "an" is a countable thing of the text's field, not a person's name.
//   "A Geofence is determined by …", "by creating a Geofence", "the Geofences drawn" → other (all of them)
//   "converted into an Fstatistic"                                                 → other
// Not: "a Kennedy" said as a member of a family when the text names the person (a first name or a role gives
// evidence), "a Ferrari" (typed a company, not a person), "A. Smith" (an initial).
import type { Mention } from './cluster';
import { exact, firstNameSet, surnameSet } from './lexicon';

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?)\s+$/u;

/** Re-types one-word "people" that the text counts with an article, and their plurals, as other. */
export function articleNouns(mentions: Mention[], text: string): Mention[] {
  const counted = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.tokens.length !== 1 || m.role || m.gazetteer || !/^\p{Lu}\p{L}+$/u.test(m.name)) continue;
    if (firstNameSet.has(m.name) || surnameSet.has(m.name.toLowerCase()) || exact.has(m.name) || m.scores.person >= 1) continue;
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) counted.add(m.name);
  }
  if (!counted.size) return mentions;
  const people = new Set(mentions.filter((m) => m.type === 'person' && m.tokens.length > 1).flatMap((m) => m.tokens));
  for (const m of mentions) {
    const base = m.name.replace(/s$/, '');
    if (m.type === 'person' && m.tokens.length === 1 && (counted.has(m.name) || counted.has(base)) && !people.has(m.name)) m.type = 'other';
  }
  return mentions;
}
