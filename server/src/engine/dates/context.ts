// What the date rules share per block: the candidate they yield and the block they read
// (its sentences, the publication date, the tense around a span).
import type { DateType } from '../types';
import { quarterOf, type Ymd } from './calendar';
import { firmAt, type Tense, tenseAt, tenseCues } from './tense';

export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  value: string | null;
  relative: boolean;
  anchor?: string;
  /** Higher wins between spans of equal length. */
  prio: number;
  /** Resolved later against the previous date in the document ("the next day", "that year"). */
  anaphor?: { unit: string; offset: number; suffix?: string; weekday?: number; same?: boolean };
  /** A clock time waiting for its day ("10:30 a.m." → the day named in the sentence or the publication date). */
  clock?: string;
}

// Periods of a report longer than its quarter: "the nine months", "the first half", "the fiscal year".
const LONGER_PERIOD = /\b(?:nine|six)[\s-]months?\b|\b(?:first|second)[\s-]half\b/i;

interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  /** Tense cues, computed on first use (most sentences have no date). */
  cues?: ReturnType<typeof tenseCues>;
  weekShift: number | null;
}

export class BlockContext {
  private infos: SentenceInfo[];
  /** The block lower-cased, for the rules' word pre-tests (rule-kit anyOf). */
  readonly lower: string;
  constructor(
    readonly text: string,
    readonly dct: Ymd | null,
    sentences: { start: number; end: number }[],
    /**
     * The quarter (1-4) an earnings report is about, 0 when the article is not one: "a year ago"
     * then means the same quarter last year, "the quarter" and "the latest period" that quarter.
     */
    readonly quarterly = 0,
  ) {
    this.lower = text.toLowerCase();
    const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
    // Most blocks never say "week": their sentences are not searched for "next week".
    const weeks = this.lower.includes('week');
    this.infos = spans.map((s) => {
      const t = text.slice(s.start, s.end);
      const week = weeks ? /\b(next|last|this|past|coming)\s+week\b/i.exec(t) : null;
      const shift = week ? ({ next: 1, coming: 1, last: -1, past: -1, this: 0 } as Record<string, number>)[week[1].toLowerCase()] : null;
      return { start: s.start, end: s.end, text: t, weekShift: shift };
    });
  }
  /** Sentence spans of the block, in order. */
  get sentences(): readonly { start: number; end: number; text: string }[] {
    return this.infos;
  }
  /** The sentence holding `pos` (or the next one after it); binary search, sentences are in order. */
  sentenceAt(pos: number): SentenceInfo {
    let lo = 0;
    let hi = this.infos.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.infos[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return this.infos[lo];
  }
  /** The reported quarter, `back` years before its own year: "the quarter" (0), "a year ago" (1). */
  reportedQuarter(dct: Ymd, back = 0): string {
    const q = this.quarterly || ((quarterOf(dct) + 2) % 4) + 1;
    // A quarter later in the calendar than the publication date's own ended last year.
    const y = dct.y - (q > quarterOf(dct) ? 1 : 0) - back;
    return `${y}-Q${q}`;
  }
  /**
   * "A year earlier" in an earnings report: the same quarter last year, unless the sentence so far
   * reports a longer period ("For the nine months, net rose … from $2 million a year earlier"):
   * then the year before the reported quarter's.
   */
  yearAgo(dct: Ymd, pos: number): string {
    const so = this.reportedQuarter(dct, 1);
    return this.longerPeriodBefore(pos) ? so.slice(0, 4) : so;
  }
  /** The sentence up to `pos` reports a period longer than the quarter ("For the nine months, …"). */
  longerPeriodBefore(pos: number): boolean {
    const s = this.sentenceAt(pos);
    return LONGER_PERIOD.test(s.text.slice(0, pos - s.start));
  }
  tense(start: number, end: number): Tense {
    const s = this.sentenceAt(start);
    s.cues ??= tenseCues(s.text);
    return tenseAt(s.text, start - s.start, end - s.start, s.cues);
  }
  /** The tense around the span is beyond doubt ("brought in January", "will fly in December"). */
  firm(start: number, end: number): boolean {
    const s = this.sentenceAt(start);
    s.cues ??= tenseCues(s.text);
    return firmAt(s.text, start - s.start, end - s.start, s.cues);
  }
}
