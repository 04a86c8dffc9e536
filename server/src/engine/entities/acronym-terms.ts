// Acronyms that the text defines as common nouns are terms, not names.
//   "compact fluorescent lamps (CFLs) … the CFL market"      → CFL, CFLs: no entity
//   "reactive oxygen species (ROS) in the cells"             → ROS: no entity
//   "geographic information systems (GIS) … GIS data"        → GIS: no entity
//   "a System Under Test (SUT)", "the Compact Fluorescent Light (CFL)" → SUT, CFL and the expansion: no entity
// Not: "the Islamic State (IS)" or "Coastal Dockworkers Union (CDU)": a capitalised expansion with a known
// word or a word that heads organization, place or event names is a name.
import type { Mention } from './cluster';
import { exact, firstNameSet, ofHeads, orgHeads, otherHeads, placeHeads } from './lexicon';

// Lowercase words, then the acronym in brackets: "compact fluorescent lamps (CFLs)".
const DEFINED = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})\((\p{Lu}{2,6})(s?)\)/u;
// DEFINED tries up to eight words at every lowercase letter; most articles have no "(ABC)" at all.
const BRACKETED = /\(\p{Lu}{2,6}s?\)/u;
const BRACKETS = /\(\p{Lu}{2,6}s?\)/gu;
// What DEFINED's words are made of: lowercase letters, hyphens, whitespace.
const WORD_CHAR = /[\p{Ll}\s-]/u;
// Capitalised words (small words between them), then the acronym: "System Under Test (SUT)".
const CAP_DEFINED = /((?:\p{Lu}[\p{Ll}-]+\s+(?:(?:of|for|and|in|on|to|the)\s+)?){2,8})\((\p{Lu}{2,6})(s?)\)/gu;
const SMALL = new Set(['of', 'for', 'and', 'in', 'on', 'to', 'the']);

// Words that open or end the names of bodies and groups: "United Auto Workers (UAW)", "Human Rights Watch (HRW)".
const BODY_WORDS = new Set(['United', 'National', 'International', 'Federal', 'Royal', 'American', 'European', 'World', 'Global', 'Watch', 'Alliance', 'Network']);
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ants|ents)$/;

/** Whether a capitalised expansion reads as a term: no word the gazetteers know, no first name, no name head,
 * not a body of people. */
function termWords(words: string[]): boolean {
  if (PEOPLE_PLURAL.test(words[words.length - 1]) || words.some((w) => BODY_WORDS.has(w))) return false;
  return words.every((w) => SMALL.has(w) || !(exact.has(w) || firstNameSet.has(w) || orgHeads.has(w) || ofHeads.has(w) || placeHeads.has(w) || otherHeads.has(w)));
}

/**
 * The matches of DEFINED over the whole text, in order, found from each bracketed acronym backwards instead of by
 * trying DEFINED at every lowercase letter. A match is words of WORD_CHAR, then one bracket: so it starts inside
 * the run of WORD_CHAR that ends at its bracket, and DEFINED run on that run and the bracket finds it (leftmost,
 * as over the whole text, since no match can start before the run and after the previous bracket).
 */
export function definedMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const b of text.matchAll(BRACKETS)) {
    const end = b.index! + b[0].length;
    let start = b.index!;
    while (start > from) {
      const c = text.charCodeAt(start - 1);
      // A surrogate half may be part of a lowercase letter outside the BMP: run from the previous bracket instead.
      if (c >= 0xd800 && c <= 0xdfff) {
        start = from;
        break;
      }
      if (!(c < 0x80 ? (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x20 || (c >= 0x09 && c <= 0x0d) : WORD_CHAR.test(text[start - 1]))) break;
      start--;
    }
    const m = DEFINED.exec(text.slice(start, end));
    if (m) out.push(m);
    from = end;
  }
  return out;
}

/** Acronyms the text spells out in lowercase words, each word giving one letter. */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  if (!BRACKETED.test(text)) return out;
  for (const m of definedMatches(text)) {
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
  for (const m of text.matchAll(CAP_DEFINED)) {
    const letters = m[2];
    const words = m[1].trim().split(/\s+/);
    const caps = words.filter((w) => !SMALL.has(w));
    if (caps.length < letters.length) continue;
    const used = caps.slice(-letters.length);
    if (used.map((w) => w[0]).join('') !== letters) continue;
    const from = words.lastIndexOf(used[0]);
    if (!termWords(words.slice(from))) continue;
    out.add(letters);
    out.add(`${letters}s`);
    out.add(words.slice(from).join(' '));
  }
  return out;
}

/** Drops the mentions of acronyms the text defines as terms. */
export function dropTerms(mentions: Mention[], text: string): Mention[] {
  const terms = termAcronyms(text);
  return terms.size ? mentions.filter((m) => !terms.has(m.name)) : mentions;
}
