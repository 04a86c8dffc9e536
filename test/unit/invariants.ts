// Invariants every analysis must keep, whatever the input (used by the fuzz test).
import type { Analysis, Span } from '../../server/src/engine/types';

/** Problems with `a` as an analysis of `text`; empty when every invariant holds. */
export function violations(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const span = (s: Span, what: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      out.push(`${what} [${s.start}, ${s.end}) outside the text (length ${text.length})`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      out.push(`${what} [${s.start}, ${s.end}) text ${JSON.stringify(s.text)} but the document has ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  };
  a.quotes.forEach((q, i) => {
    span(q, `quote ${q.id}`);
    if (q.speaker) span(q.speaker, `speaker of ${q.id}`);
    if (q.cue) span(q.cue, `cue of ${q.id}`);
    const prev = a.quotes[i - 1];
    if (prev && prev.end > q.start) out.push(`quotes ${prev.id} [${prev.start}, ${prev.end}) and ${q.id} [${q.start}, ${q.end}) overlap or are out of order`);
    if (q.speaker?.entity && !a.entities.some((e) => e.id === q.speaker!.entity)) out.push(`speaker of ${q.id} names unknown entity ${q.speaker.entity}`);
  });
  for (const e of a.entities) {
    if (e.mentions.length === 0) out.push(`entity ${e.id} has no mentions`);
    e.mentions.forEach((m) => span(m, `mention of ${e.id}`));
  }
  a.dates.forEach((d) => span(d, `date ${JSON.stringify(d.text)}`));
  for (const p of a.problems) {
    if (!(0 <= p.start && p.start <= p.end && p.end <= text.length)) out.push(`problem ${p.code} [${p.start}, ${p.end}) outside the text`);
  }
  for (const b of a.blocks) {
    if (!(0 <= b.start && b.start <= b.end && b.end <= text.length)) out.push(`block [${b.start}, ${b.end}) outside the text`);
  }
  return out;
}
