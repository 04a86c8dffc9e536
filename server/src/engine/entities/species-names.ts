// A capitalised word before a lowercase Latin epithet is a genus in a species name, not a person or a body.
//   "colonies of Formica fusca", "a fungus, Beauveria bassiana" → other (a living thing); later "Formica" too
//   "the anemone E. andrillae" after "Edwardsiella andrillae"    → other
// Not: "Trump supporters", "Clinton era" (an English word follows), "Maria said" (a first name),
// "Paris" (a gazetteer entry).
import type { Mention } from './cluster';
import { exact, firstNameSet } from './lexicon';
import { isCommon } from './shape';

// "fusca", "bassiana", "andrillae", "rex", "sapiens" are not; endings of Latin adjectives and genitives.
const EPITHET_AFTER = /^\s+(\p{Ll}{3,}(?:a|ae|us|um|i|ii|is|ensis|oides|orum|arum))\b(?![-'’])/u;

function epithetAfter(m: Mention, text: string): string | undefined {
  const e = EPITHET_AFTER.exec(text.slice(m.end, m.end + 30));
  return e && !isCommon(e[1]) ? e[1] : undefined;
}

/** Re-types genus names (and "E." before a known epithet) as other, everywhere in the text. */
export function speciesNames(mentions: Mention[], text: string): Mention[] {
  const genera = new Set<string>();
  const epithets = new Set<string>();
  for (const m of mentions) {
    if (m.tokens.length !== 1 || m.gazetteer || m.role || firstNameSet.has(m.name) || exact.has(m.name) || !/^\p{Lu}\p{Ll}{3,}$/u.test(m.name)) continue;
    const e = epithetAfter(m, text);
    if (e) {
      genera.add(m.name);
      epithets.add(e);
    }
  }
  if (!genera.size) return mentions;
  for (const m of mentions) {
    if (genera.has(m.name)) m.type = 'other';
    else if (/^\p{Lu}\.$/u.test(m.name) && epithets.has(EPITHET_AFTER.exec(text.slice(m.end, m.end + 30))?.[1] ?? '')) m.type = 'other';
  }
  return mentions;
}
