// Headline detection: Title Case and all-capitals lines carry no capitalisation evidence, so the
// tagger reads them only against names the body and the gazetteers establish.
import { commonSet, firstNameSet } from './lexicon';
import { hasLetter, isAllCaps } from './shape';
import { FUNCTION_WORDS } from './cues';
import type { Tok } from './tokens';

const UPPER_START = /^\p{Lu}/u;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Starts with a capital letter; ASCII by character code (this runs on every word of every sentence). */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START.test(s);
}

/** Is this sentence a headline-style (Title Case) or all-capitals line? */
export function sentenceMode(tokens: Tok[], blockKind: string): 'caps' | 'title' | 'normal' {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !hasLetter(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) upper++;
  }
  if (words === 0) return 'normal';
  if (upper / words >= 0.6 && (words >= 2 || upper === 1)) return 'caps';
  const last = tokens[tokens.length - 1];
  const unpunctuated = !(last.kind === 'punct' ? /[.!?”"’]/.test(last.text) : /[.!?]$/.test(last.text));
  const headingKind = blockKind === 'headline' || blockKind === 'heading';
  // Most sentences are punctuated prose, which cannot be a headline: the checks below (the word lookups
  // on every word) run only for a line that still could be one.
  if (!(headingKind || (unpunctuated && words <= 14))) return 'normal';
  // results lines ("Reading 2 Stoke 2") are tables, not headlines
  let numbers = 0;
  for (const t of tokens) if (t.kind === 'word' && isDigit(t.text.charCodeAt(0))) numbers++;
  if (numbers >= 2) return 'normal';
  // a list of people ("Mark Calcavecchia, Payne Stewart, Billy Mayfair") is not a headline
  let names = 0;
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i + 1].kind === 'word' && startsUpper(tokens[i + 1].text) && firstNameSet.has(tokens[i].text)) names++;
  if (names >= 2 && !headingKind) return 'normal';
  let common = 0;
  let capCommon = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !hasLetter(t.text)) continue;
    const lower = t.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || !commonSet.has(lower)) continue; // isCommon without lowercasing twice
    // Only ordinary words tell a Title Case headline from prose full of names.
    common++;
    if (startsUpper(t.text)) capCommon++;
  }
  if (capCommon >= 2 && capCommon / common >= 0.6) return 'title';
  return 'normal';
}
