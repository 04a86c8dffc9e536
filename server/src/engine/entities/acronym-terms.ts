// Acronyms that the text defines as common nouns are terms, not names.
//   "compact fluorescent lamps (CFLs) … the CFL market"      → CFL, CFLs: no entity
//   "reactive oxygen species (ROS) in the cells"             → ROS: no entity
//   "geographic information systems (GIS) … GIS data"        → GIS: no entity
// Not: "the Islamic State (IS)" or "Coastal Dockworkers Union (CDU)": a capitalised expansion is a name.
import type { Mention } from './cluster';

// Lowercase words, then the acronym in brackets: "compact fluorescent lamps (CFLs)".
const DEFINED = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,6})(s?)\)/gu;
// DEFINED tries up to eight words at every lowercase letter; most articles have no "(ABC)" at all.
const BRACKETED = /\(\p{Lu}{2,6}s?\)/u;

/** Acronyms the text spells out in lowercase words, each word giving one letter. */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  if (!BRACKETED.test(text)) return out;
  for (const m of text.matchAll(DEFINED)) {
    const letters = m[2];
    const words = m[1].trim().split(/\s+/).flatMap((w) => w.split('-'));
    if (words.length < letters.length) continue;
    const initials = words
      .slice(-letters.length)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (initials !== letters) continue;
    out.add(letters);
    out.add(`${letters}s`);
  }
  return out;
}

/** Drops the mentions of acronyms the text defines as terms. */
export function dropTerms(mentions: Mention[], text: string): Mention[] {
  const terms = termAcronyms(text);
  return terms.size ? mentions.filter((m) => !terms.has(m.name)) : mentions;
}
