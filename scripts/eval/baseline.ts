// The baseline: off-the-shelf compromise and chrono-node with the simplest glue.
// - NER: compromise people() / organizations() / places(), spans trimmed of surrounding
//   punctuation (compromise includes a word's trailing punctuation in its text).
// - Quotes: compromise quotations(), all counted as direct; speaker = the compromise person
//   nearest to the quote (by characters) in the same compromise sentence, else none.
// - Dates: chrono.parse(text, published) as-is, except that a leading preposition chrono keeps
//   ("on Friday") is dropped so spans are comparable with TimeML's. Value: YYYY-MM-DDTHH:MM when
//   the hour is known (as TimeML writes times), YYYY-MM-DD when the day (or weekday) is, else
//   YYYY-MM when the month is, else YYYY (and the full date when chrono marks nothing certain).
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { GoldDoc, PredDate, PredEntity, PredQuote, Predictions, Range, System, Task } from './types';

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

const ABBREV = /(?:^|\s)(?:Corp|Inc|Ltd|Co|Jr|Sr|St|Bros|Mt|Dr|Mr|Mrs|Ms|Gen|Gov|Sen|Rep|[A-Z])\.$|\.[A-Za-z]\.$/;

/** Trims quotes, brackets and trailing sentence punctuation (but not an abbreviation's period). */
export function trimSpan(text: string, r: Range): Range | null {
  let { start, end } = r;
  while (start < end && /[\s"“”‘’'(\[{«]/.test(text[start])) start++;
  for (;;) {
    if (start >= end) break;
    const ch = text[end - 1];
    if (/[\s"“”‘’,;:!?)\]}»]/.test(ch) || (ch === "'" && !/s$/.test(text.slice(start, end - 1)))) end--;
    else if (ch === '.' && !ABBREV.test(text.slice(start, end))) end--;
    else if (/['’]s$/.test(text.slice(start, end)) && end - start > 2) end -= 2; // possessive "England's"
    else break;
  }
  return end > start ? { start, end } : null;
}

function spans(text: string, matches: CompromiseMatch[]): Range[] {
  return matches
    .map((m) => trimSpan(text, { start: m.offset.start, end: m.offset.start + m.offset.length }))
    .filter((r): r is Range => r !== null);
}

function entities(text: string, doc: ReturnType<typeof nlp>): PredEntity[] {
  const out: PredEntity[] = [];
  const add = (type: PredEntity['type'], list: CompromiseMatch[]) => {
    for (const r of spans(text, list)) out.push({ ...r, type });
  };
  add('PER', doc.people().json({ offset: true }));
  add('ORG', doc.organizations().json({ offset: true }));
  add('LOC', doc.places().json({ offset: true }));
  return out;
}

function quotes(text: string, doc: ReturnType<typeof nlp>): PredQuote[] {
  const people = spans(text, doc.people().json({ offset: true }));
  const sentences = spans(text, doc.sentences().json({ offset: true }));
  const out: PredQuote[] = [];
  for (const m of doc.quotations().json({ offset: true }) as CompromiseMatch[]) {
    const q = { start: m.offset.start, end: m.offset.start + m.offset.length };
    const sent = sentences.find((s) => s.start <= q.start && q.start < s.end) ?? q;
    const dist = (p: Range) => (p.end <= q.start ? q.start - p.end : p.start >= q.end ? p.start - q.end : 0);
    const candidates = people.filter((p) => p.start >= sent.start && p.end <= sent.end && (p.end <= q.start || p.start >= q.end));
    const best = candidates.sort((a, b) => dist(a) - dist(b))[0];
    out.push({ ...q, kind: 'direct', speaker: best ? { ...best, text: text.slice(best.start, best.end) } : null });
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function chronoValue(c: chrono.ParsedComponents): string {
  const y = pad(c.get('year') ?? 0, 4);
  const day = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  if (c.isCertain('hour')) return `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return `${y}-${pad(c.get('month') ?? 1)}`;
  if (c.isCertain('year')) return y;
  return `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}

function dates(text: string, published: string | null): PredDate[] {
  const [y, m, d] = (published ?? '').split('-').map(Number);
  const ref = published ? new Date(y, m - 1, d, 12) : new Date();
  return chrono.parse(text, ref).map((r) => {
    let start = r.index;
    let end = r.index + r.text.length;
    const lead = /^(?:on|in|at|by|from|since|until|till|for|during|of|before|after)\s+/i.exec(r.text);
    if (lead) start += lead[0].length;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    return { start, end, value: chronoValue(r.start) };
  });
}

export const baseline: System = (doc: GoldDoc, task: Task): Predictions => {
  if (task === 'dates') return { dates: dates(doc.text, doc.published) };
  const d = nlp(doc.text);
  return task === 'ner' ? { entities: entities(doc.text, d) } : { quotes: quotes(doc.text, d) };
};
