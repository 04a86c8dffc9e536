// "the Chathams" after "the Chatham Islands": a plural short form of an island group named in the text is
// that place, not a team or a family ("the Xs" otherwise leans to a group of people or a team).
//   "The Chatham Islands lie east of … Flights to the Chathams leave twice a week" → the Chathams: place
// Not: "the Smiths" (no "Smith Islands" in the text), "the Canaries" without "Canary Islands" stays as typed.
import type { Mention } from './cluster';

/** Re-types "the Xs" as a place when the same text names "X Islands" or "X Isles" as a place. */
export function islandPlurals(mentions: Mention[]): Mention[] {
  const groups = new Set<string>();
  for (const m of mentions) {
    const t = m.tokens;
    if (m.type === 'place' && t.length >= 2 && /^(?:Islands|Isles)$/.test(t[t.length - 1])) groups.add(t.slice(0, -1).join(' '));
  }
  if (!groups.size) return mentions;
  for (const m of mentions) {
    if (m.type === 'place' || !/\p{Ll}s$/u.test(m.name)) continue;
    const base = m.name.slice(0, -1);
    // "Chathams", "Marshes", "Canaries"
    if (groups.has(base) || (base.endsWith('e') && groups.has(base.slice(0, -1))) || (base.endsWith('ie') && groups.has(base.slice(0, -2) + 'y'))) m.type = 'place';
  }
  return mentions;
}
