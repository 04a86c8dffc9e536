// A name before its bracketed acronym is one organization, over "and", "of", "for", "in", "on".
//   "State Law and Order Restoration Council (SLORC)"  → one organization, not "State Law" + "Order ..."
//   "Movement for Democratic Change (MDC)"             → one organization
import { isAcronym, isCapLike } from './shape';
import type { Tok } from './tokens';
import { candidate, zero, best, type Candidate } from './candidate-kit';
import { textsOf } from '../packed';

/** "State Law and Order Restoration Council (SLORC)": widen the name before a bracketed acronym over "and",
 * "of", "for", "in", "on" while the initials of its capitalised words spell the acronym. */
export function acronymNames(tokens: Tok[], out: Candidate[], from: number): void {
  for (let a = 2; a + 2 < tokens.length; a++) {
    if (tokens[a].text !== '(' || tokens[a + 2].text !== ')' || !isAcronym(tokens[a + 1].text)) continue;
    const letters = tokens[a + 1].text.replace(/\./g, '').replace(/s$/, '');
    if (letters.length < 3) continue;
    let initials = '';
    let s = -1;
    for (let k = a - 1; k >= 0 && a - k <= 14; k--) {
      const t = tokens[k];
      if (t.kind !== 'word') break;
      if (/^(and|of|for|in|on|the|&)$/.test(t.text)) continue;
      if (!isCapLike(t.text)) break;
      initials = t.text[0].toUpperCase() + initials;
      if (initials === letters) {
        s = k;
        break;
      }
      if (!letters.endsWith(initials)) break;
    }
    if (s < 0) continue;
    // the name goes on to the left ("Rally for the Return of Refugees and Democracy in Rwanda (RDR)"): not its initials
    if (s >= 2 && /^(and|of|for|in|on|the)$/.test(tokens[s - 1].text) && tokens[s - 2].kind === 'word' && isCapLike(tokens[s - 2].text)) continue;
    const start = tokens[s].start;
    const end = tokens[a - 1].end;
    const inside = out.filter((c, idx) => idx >= from && c.start >= start && c.end <= end);
    // only worth it when the name was cut in pieces or shortened
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) continue;
    if (inside.some((c) => c.role || best(c.scores) === 'person')) continue;
    for (let idx = out.length - 1; idx >= from; idx--) if (out[idx].start >= start && out[idx].end <= end) out.splice(idx, 1);
    const words = textsOf(tokens, s, a);
    const scores = zero();
    scores.organization += 3;
    out.push(candidate(start, end, words.join(' '), words, scores));
  }
}
