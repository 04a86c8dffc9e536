// Headline detection: Title Case and all-capitals lines carry no capitalisation evidence, so the
// tagger reads them only against names the body and the gazetteers establish.
import { commonSet, firstNameSet } from './lexicon';
import { hasLetter, isAllCaps } from './shape';
import { FUNCTION_WORDS } from './cues';
import type { Tok } from './tokens';

/** Is this sentence a headline-style (Title Case) or all-capitals line? */
export function sentenceMode(tokens: Tok[], blockKind: string): 'caps' | 'title' | 'normal' {
  let words = 0;
  let upper = 0;
  let common = 0;
  let capCommon = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !hasLetter(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) upper++;
    const lower = t.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || !commonSet.has(lower)) continue; // isCommon without lowercasing twice
    // Only ordinary words tell a Title Case headline from prose full of names.
    common++;
    if (/^\p{Lu}/u.test(t.text)) capCommon++;
  }
  if (words === 0) return 'normal';
  if (upper / words >= 0.6 && (words >= 2 || upper === 1)) return 'caps';
  const last = tokens[tokens.length - 1];
  const unpunctuated = !(last.kind === 'punct' ? /[.!?”"’]/.test(last.text) : /[.!?]$/.test(last.text));
  // results lines ("Reading 2 Stoke 2") are tables, not headlines
  let numbers = 0;
  for (const t of tokens) if (t.kind === 'word' && /^\d/.test(t.text)) numbers++;
  if (numbers >= 2) return 'normal';
  const headingKind = blockKind === 'headline' || blockKind === 'heading';
  // a list of people ("Mark Calcavecchia, Payne Stewart, Billy Mayfair") is not a headline
  let names = 0;
  for (let i = 0; i + 1 < tokens.length; i++) if (firstNameSet.has(tokens[i].text) && tokens[i + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[i + 1].text)) names++;
  if (names >= 2 && !headingKind) return 'normal';
  if ((headingKind || (unpunctuated && words <= 14)) && capCommon >= 2 && capCommon / common >= 0.6) return 'title';
  return 'normal';
}
