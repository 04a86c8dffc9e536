// Word shapes: what a token looks like on its own (capitalised, all caps, acronym, possessive).
import { commonSet, isNotName } from './lexicon';

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_NAME = /^(al|el|as|ad|ar|an|ash|at|az|bin|ibn|abu|abd|ben|bint|d|l|o|mc|mac|de|di|da|du|van|von|le|la)[-'’]\p{Lu}/u;
const POSSESSIVE = /^(.*\p{L}[.]?)(['’]s|s['’])$/u;
const HYPHEN_TAIL = /^(.*[\p{L}.])-(\p{Ll}[\p{Ll}-]*)$/u;

// hasLetter and isAllCaps run on every word of every sentence: ASCII is read by character code, and a word
// with other characters goes to the Unicode-aware check (same answers, a fraction of the time).

export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return LETTER.test(s);
    const folded = c | 0x20; // A-Z -> a-z
    if (folded >= 0x61 && folded <= 0x7a) return true;
  }
  return false;
}

/** Letters of the word, all uppercase, at least two letters ("CNN", "U.N.", "GENEVA"). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c >= 0x80) return isAllCapsUnicode(s);
  }
  return letters >= 2;
}

function isAllCapsUnicode(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch >= 'a' && ch <= 'z') return false;
    if (ch.toLowerCase() !== ch) letters++;
    else if (LETTER.test(ch)) return false;
  }
  return letters >= 2;
}

/** An acronym: 2-6 capitals, with or without periods ("CNN", "U.N.", "U.S.A."). */
export function isAcronym(s: string): boolean {
  return /^(?:\p{Lu}\.){2,6}$|^\p{Lu}{2,6}s?$|^\p{Lu}&\p{Lu}$/u.test(s);
}

/** Starts like a name: capital letter, or an Arabic/Dutch particle followed by a capital ("al-Assad"). */
export function isCapLike(s: string): boolean {
  if (!UPPER_START.test(s)) return PARTICLE_NAME.test(s);
  if (isNotName(s)) return false;
  // "I'm", "I've", "I'll": the pronoun, not a name
  if (/^I['’]/.test(s)) return false;
  // Tokens with digits are names only in a few shapes ("G20", "F-16" are not people but may be names).
  if (/\d/.test(s)) return /^\p{Lu}{1,3}-?\d{1,3}$/u.test(s);
  return true;
}

/** Split a trailing possessive: "Kerry’s" -> "Kerry", "Russians’" -> "Russians". */
export function stripPossessive(s: string): { base: string; possessive: boolean } {
  const m = POSSESSIVE.exec(s);
  if (m) {
    if (/s['’]$/.test(s)) return { base: s.slice(0, -1), possessive: true };
    return { base: m[1], possessive: true };
  }
  return { base: s, possessive: false };
}

/** "Moscow-based" -> ["Moscow", "based"]; "U.S.-led" -> ["U.S.", "led"]; else null. */
export function splitHyphenTail(s: string): [string, string] | null {
  const m = HYPHEN_TAIL.exec(s);
  return m ? [m[1], m[2]] : null;
}

export function isCommon(s: string): boolean {
  return commonSet.has(s.toLowerCase());
}

/** Name-shaped: capitalised, then lowercase letters (with internal capitals/apostrophes/hyphens allowed), not a common word. */
export function isNameShaped(s: string): boolean {
  return (/^\p{Lu}[\p{Ll}'’]+(?:[-\p{Lu}][\p{L}'’]+)*$/u.test(s) || PARTICLE_NAME.test(s)) && !isCommon(s);
}

/** Single capital with a period: a middle initial ("E."). */
export function isInitial(s: string): boolean {
  return /^\p{Lu}\.$/u.test(s);
}

/** Title-case a capitals word for display lookups ("GENEVA" -> "Geneva"). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
