// --errors: every miss and false alarm, grouped by cause, largest group first, with context.
import type { EvalError } from './score';
import type { GoldDoc } from './types';

/** The sentence (or line) around offset `at`, at most ~`max` characters, with the span marked ⟦…⟧. */
export function contextOf(text: string, at: { start: number; end: number }, max = 240): string {
  let s = at.start;
  while (s > 0 && at.start - s < max / 2 && !/[.!?]["”’']?\s$/.test(text.slice(Math.max(0, s - 3), s)) && text[s - 1] !== '\n') s--;
  let e = at.end;
  while (e < text.length && e - at.end < max / 2 && !/[.!?]["”’']?$/.test(text.slice(Math.max(at.end, e - 2), e)) && text[e] !== '\n') e++;
  const clean = (x: string) => x.replace(/\s+/g, ' ');
  return `${clean(text.slice(s, at.start))}⟦${clean(text.slice(at.start, at.end))}⟧${clean(text.slice(at.end, e))}`.trim();
}

export function groupErrors(errors: EvalError[]): [string, EvalError[]][] {
  const groups = new Map<string, EvalError[]>();
  for (const e of errors) {
    const list = groups.get(e.cause) ?? [];
    list.push(e);
    groups.set(e.cause, list);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

export function formatErrors(title: string, errors: EvalError[], docs: GoldDoc[]): string {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const out: string[] = [`\n=== ${title}: ${errors.length} errors ===`];
  const groups = groupErrors(errors);
  out.push(groups.map(([c, l]) => `${c} ${l.length}`).join(', '));
  for (const [cause, list] of groups) {
    out.push(`\n--- ${cause} (${list.length}) ---`);
    for (const e of list) {
      const text = texts.get(e.doc) ?? '';
      const clip = (s: string | null) => (s === null ? '—' : s.length > 160 ? `${s.slice(0, 157).replace(/\s+/g, ' ')}…` : s.replace(/\s+/g, ' '));
      out.push(`${e.doc} @${e.at.start}  gold: ${clip(e.gold)}  |  ours: ${clip(e.ours)}`);
      out.push(`    ${contextOf(text, e.at)}`);
    }
  }
  return out.join('\n');
}
