// Word shapes: what a token looks like on its own (capitalised, all caps, acronym, possessive).
import { commonSet, isNotName } from './lexicon';
import { wordBits } from './word-bits';

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_NAME = /^(al|el|as|ad|ar|an|ash|at|az|bin|ibn|abu|abd|ben|bint|d|l|o|mc|mac|de|di|da|du|van|von|le|la)[-'’]\p{Lu}/u;
const POSSESSIVE = /^(.*\p{L}[.]?)(['’]s|s['’])$/u;
const HYPHEN_TAIL = /^(.*[\p{L}.])-(\p{Ll}[\p{Ll}-]*)$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,6}$|^\p{Lu}{2,6}s?$|^\p{Lu}&\p{Lu}$/u;
const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:[-\p{Lu}][\p{L}'’]+)*$/u;
const CODE = /^\p{Lu}{1,3}-?\d{1,3}$/u;
const INITIAL = /^\p{Lu}\.$/u;

// hasLetter and isAllCaps run on every word of every sentence: ASCII is read by character code, and a word
// with other characters goes to the Unicode-aware check (same answers, a fraction of the time). The other shapes
// run several times on every capitalised word: each first rules out by character code what its pattern cannot match.

/** An ASCII character that is not a capital, or none (NaN: an empty word): no \p{Lu} pattern matches a word that
 * starts with it. */
const asciiNotUpper = (c: number): boolean => !(c >= 0x41 && c <= 0x5a) && !(c >= 0x80);
const isQuote = (c: number): boolean => c === 0x27 || c === 0x2019;

/** PARTICLE_NAME needs a hyphen or an apostrophe after a particle of at most four letters. */
function particleJoiner(s: string): boolean {
  for (let i = 1; i < 5 && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2d || isQuote(c)) return true;
  }
  return false;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

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
  return !asciiNotUpper(s.charCodeAt(0)) && ACRONYM.test(s);
}

/** Starts like a name: capital letter, or an Arabic/Dutch particle followed by a capital ("al-Assad"). */
export function isCapLike(s: string): boolean {
  const c = s.charCodeAt(0);
  if (asciiNotUpper(c)) return particleJoiner(s) && PARTICLE_NAME.test(s);
  if (c >= 0x80 && !UPPER_START.test(s)) return PARTICLE_NAME.test(s);
  if (isNotName(s)) return false;
  // "I'm", "I've", "I'll": the pronoun, not a name
  if (c === 0x49 && isQuote(s.charCodeAt(1))) return false;
  // Tokens with digits are names only in a few shapes ("G20", "F-16" are not people but may be names).
  if (hasDigit(s)) return CODE.test(s);
  return true;
}

/** Split a trailing possessive: "Kerry’s" -> "Kerry", "Russians’" -> "Russians". */
export function stripPossessive(s: string): { base: string; possessive: boolean } {
  // POSSESSIVE ends in "'s" or "s'"
  const a = s.charCodeAt(s.length - 2);
  const b = s.charCodeAt(s.length - 1);
  if (!(b === 0x73 ? isQuote(a) : a === 0x73 && isQuote(b))) return { base: s, possessive: false };
  const m = POSSESSIVE.exec(s);
  if (m) {
    if (/s['’]$/.test(s)) return { base: s.slice(0, -1), possessive: true };
    return { base: m[1], possessive: true };
  }
  return { base: s, possessive: false };
}

/** "Moscow-based" -> ["Moscow", "based"]; "U.S.-led" -> ["U.S.", "led"]; else null. */
export function splitHyphenTail(s: string): [string, string] | null {
  if (!s.includes('-')) return null;
  const m = HYPHEN_TAIL.exec(s);
  return m ? [m[1], m[2]] : null;
}

// isCommon runs several times on every capitalised word, and most of those (names) are no common word.
const mayBeCommon = wordBits(commonSet, true);

export function isCommon(s: string): boolean {
  return mayBeCommon(s) && commonSet.has(s.toLowerCase());
}

/** Name-shaped: capitalised, then lowercase letters (with internal capitals/apostrophes/hyphens allowed), not a common word. */
export function isNameShaped(s: string): boolean {
  const c = s.charCodeAt(0);
  const shaped = asciiNotUpper(c) ? particleJoiner(s) && PARTICLE_NAME.test(s) : NAME_SHAPE.test(s) || (c >= 0x80 && PARTICLE_NAME.test(s));
  return shaped && !isCommon(s);
}

/** Single capital with a period: a middle initial ("E."). */
export function isInitial(s: string): boolean {
  return (s.length === 2 || s.length === 3) && s.charCodeAt(s.length - 1) === 0x2e && INITIAL.test(s);
}

/** Title-case a capitals word for display lookups ("GENEVA" -> "Geneva"). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
