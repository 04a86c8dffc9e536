// The body or country in front of a title is its own mention.
//   "Federal Reserve Governor Lawrence Lindsey"  → "Federal Reserve" (organization)
//   "Russian Foreign Minister Sergei Lavrov"     → "Russian" (other)
//   "Zairean Prime Minister Kengo wa Dondo"      → "Zairean" only, no organization
import type { EntityType } from '../types';
import { exact, firstNameSet, orgHeads, type GazetteerEntry } from './lexicon';
import { isCommon } from './shape';
import { candidate, zero, type Candidate, type Word } from './candidate-kit';
import { joinTexts, textsOf } from '../packed';

/** The organisation or country in front of a title: "Federal Reserve" in "Federal Reserve Governor Lawrence Lindsey". */
export function prefixMentions(words: Word[], out: Candidate[]): void {
  let w = words;
  while (w.length && roleModifierCap(w[0].text)) w = w.slice(1);
  if (!w.length) return;
  const push = (ws: Word[], type: EntityType, entry?: GazetteerEntry) => {
    const texts = textsOf(ws);
    const scores = zero();
    scores[type] += entry ? 3 : 1.5;
    const facts = entry ? { gazetteer: entry.kind, group: entry.group || undefined } : undefined;
    out.push(candidate(ws[0].start, ws[ws.length - 1].end, texts.join(' '), texts, scores, facts));
  };
  const whole = exact.get(joinTexts(w));
  if (whole) return push(w, whole.type, whole);
  const head = exact.get(w[0].text);
  if (head && (head.kind === 'demonym' || head.kind === 'country') && w.length > 1) {
    push(w.slice(0, 1), head.type, head);
    w = w.slice(1);
    const rest = exact.get(joinTexts(w));
    return push(w, rest?.type ?? 'organization', rest);
  }
  if (w.length === 1 && isCommon(w[0].text) && !orgHeads.has(w[0].text)) return;
  // "Zairean Prime Minister": a nationality-shaped modifier names no body ("Morgan Stanley CEO" still does)
  const plain = (x: Word) => isCommon(x.text) || firstNameSet.has(x.text) || /^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(x.text);
  const odd = (x: Word) => /^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(x.text);
  if (w.every(plain) && w.some(odd) && !w.some((x) => orgHeads.has(x.text) || exact.has(x.text))) {
    if (/^\p{Lu}\p{Ll}+(ean|ian|ese)$/u.test(w[w.length - 1].text) && w.length === 1) push(w, 'other');
    return;
  }
  push(w, 'organization');
}

function roleModifierCap(s: string): boolean {
  return /^(Former|Deputy|Acting|Interim|Senior|Chief|Vice|Assistant|Associate|Then|Top|Ex)$/.test(s);
}
