// A capitalised word before a lowercase Latin epithet is a genus in a species name, not a person or a body.
//   "colonies of Formica fusca", "a fungus, Beauveria bassiana" → other (a living thing); later "Formica" too
//   "the anemone E. andrillae" after "Edwardsiella andrillae"    → other
// Not: "Trump supporters", "Clinton era" (an English word follows), "Maria said" (a first name),
// "Paris" (a gazetteer entry).
// Common names of animals and plants written with capitals are living things too: a common word before the
// word for a kind of animal or plant.
//   "the Arctic Tern", "the Harbour Porpoise", "Shore Crabs", "the Cucumber Tree", "the Desert Rose" → other
//   (also after a region's or a people's adjective: "Arctic", "African")
// Not: a place, person or first name before it ("Tokyo Rose", "Pete Rose", "Miami Dolphins"), plurals in a
// sports report ("the Golden Bears": a team).
import type { Mention } from './cluster';
import speciesKinds from '../../data/species-kinds.json';
import { exact, firstNameSet } from './lexicon';
import { isCommon } from './shape';

// "fusca", "bassiana", "andrillae", "rex", "sapiens" are not; endings of Latin adjectives and genitives.
const EPITHET_AFTER = /^\s+(\p{Ll}{3,}(?:a|ae|us|um|i|ii|is|ensis|oides|orum|arum))\b(?![-'’])/u;

function epithetAfter(m: Mention, text: string): string | undefined {
  const e = EPITHET_AFTER.exec(text.slice(m.end, m.end + 30));
  return e && !isCommon(e[1]) ? e[1] : undefined;
}

const KINDS = new Set<string>(speciesKinds.kinds);

/** "Arctic Tern", "Shore Crabs": a common word before the word for a kind of animal or plant. */
function commonSpeciesName(m: Mention, sports: boolean): boolean {
  if (m.tokens.length !== 2) return false;
  const [first, last] = m.tokens;
  const singular = KINDS.has(last);
  const plural = !singular && (KINDS.has(last.replace(/s$/, '')) || KINDS.has(last.replace(/es$/, '')) || KINDS.has(last.replace(/ves$/, 'f')));
  if (!singular && !(plural && !sports)) return false;
  // "Arctic Tern", "African Elephant": a region's or a people's adjective, not a town ("Miami Dolphins")
  const kind = exact.get(first)?.kind;
  if (kind === 'region' || kind === 'demonym') return true;
  return isCommon(first) && !kind && !firstNameSet.has(first);
}

/** Re-types common names of animals and plants typed as people, bodies or places as other. */
export function commonSpeciesNames(mentions: Mention[], sports: boolean): Mention[] {
  for (const m of mentions) if (m.type !== 'other' && commonSpeciesName(m, sports)) m.type = 'other';
  return mentions;
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
