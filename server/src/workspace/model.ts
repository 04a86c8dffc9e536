// One analysed version of an open document, with the look-ups the features share.
import type { Analysis, DateMention, Entity, Quote, Span } from '../engine/types';
import { LineIndex } from './positions';
import { summarize, type FileSummary } from './summary';

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /** Index of this mention in entity.mentions (0 = the defining mention). */
  index: number;
}

export type Target =
  | { kind: 'mention'; mention: MentionRef; entity: Entity; quote: Quote | null }
  | { kind: 'speaker'; quote: Quote; entity: Entity | null }
  | { kind: 'quote'; quote: Quote; entity: Entity | null }
  | { kind: 'date'; date: DateMention };

export const emptyAnalysis: Analysis = {
  published: null,
  publishedSource: null,
  entities: [],
  quotes: [],
  dates: [],
  problems: [],
  blocks: [],
};

function bySpan<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end;
}

/** Innermost item containing `offset` (end inclusive so a cursor just after a word still counts). */
function containing<T extends { start: number; end: number }>(sorted: T[], offset: number): T | null {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best: T | null = null;
  // Spans may nest (a speaker inside a quote); walk back a little for the innermost one.
  for (let i = last; i >= 0 && i > last - 50; i--) {
    const s = sorted[i];
    if (s.start <= offset && offset <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

export class DocModel {
  readonly lines: LineIndex;
  readonly entityById = new Map<string, Entity>();
  readonly mentions: MentionRef[] = [];
  readonly quotes: Quote[];
  readonly speakers: Quote[];
  readonly dates: DateMention[];
  private readonly byEntity = new Map<string, Quote[]>();
  private summaryCache: FileSummary | null = null;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly analysis: Analysis,
    /** Set when the analysis failed or the document was skipped; features then return nothing. */
    readonly failure: string | null = null,
    summary: FileSummary | null = null,
  ) {
    this.summaryCache = summary;
    this.lines = new LineIndex(text);
    for (const e of analysis.entities) {
      this.entityById.set(e.id, e);
      e.mentions.forEach((m, index) => this.mentions.push({ start: m.start, end: m.end, entity: e, index }));
    }
    this.mentions.sort(bySpan);
    this.quotes = [...analysis.quotes].sort(bySpan);
    this.speakers = this.quotes.filter((q) => q.speaker).sort((a, b) => bySpan(a.speaker!, b.speaker!));
    this.dates = [...analysis.dates].sort(bySpan);
    for (const q of this.quotes) {
      const id = q.speaker?.entity;
      if (!id) continue;
      let list = this.byEntity.get(id);
      if (!list) this.byEntity.set(id, (list = []));
      list.push(q);
    }
  }

  range(span: { start: number; end: number }) {
    return this.lines.range(span.start, span.end);
  }

  offsetAt(pos: { line: number; character: number }): number {
    return this.lines.offsetAt(pos);
  }

  speakerEntity(q: Quote): Entity | null {
    return q.speaker?.entity ? (this.entityById.get(q.speaker.entity) ?? null) : null;
  }

  /** Quotes whose speaker is this entity, in document order. */
  quotesOf(entity: Entity): Quote[] {
    return this.byEntity.get(entity.id) ?? [];
  }

  /** Quotes by the same source as `q`: same entity, or the same anonymous words ("a senior official"). */
  quotesBySameSpeaker(q: Quote): Quote[] {
    if (!q.speaker) return [];
    if (q.speaker.entity) return this.byEntity.get(q.speaker.entity) ?? [q];
    const key = q.speaker.text.toLowerCase();
    return this.quotes.filter((x) => x.speaker && !x.speaker.entity && x.speaker.text.toLowerCase() === key);
  }

  /** What is under the cursor: a name beats a date, which beats a speaker's words, which beat a quote. */
  targetAt(offset: number): Target | null {
    const mention = containing(this.mentions, offset);
    const quote = containing(this.quotes, offset);
    if (mention) return { kind: 'mention', mention, entity: mention.entity, quote };
    const date = containing(this.dates, offset);
    if (date) return { kind: 'date', date };
    const speakerQuote = this.speakerAt(offset);
    if (speakerQuote) return { kind: 'speaker', quote: speakerQuote, entity: this.speakerEntity(speakerQuote) };
    if (quote) return { kind: 'quote', quote, entity: this.speakerEntity(quote) };
    return null;
  }

  private speakerAt(offset: number): Quote | null {
    let best: Quote | null = null;
    for (const q of this.speakers) {
      const s = q.speaker as Span;
      if (s.start > offset) break;
      if (offset <= s.end) best = q;
    }
    return best;
  }

  get summary(): FileSummary {
    if (!this.summaryCache) this.summaryCache = summarize(this.uri, this.text, this.analysis, this.lines);
    return this.summaryCache;
  }
}
