// The news layer: pattern rules for TimeML expressions that a general date parser misses or
// spans differently (weekdays by tense, weeks, quarters, durations, sets, PRESENT_REF …).
// Each rule yields candidates; index.ts keeps the longest non-overlapping ones.
import type { DateType } from '../types';
import { type Ymd, fmtDay, fmtMonth, fmtWeek, nthWeekday, quarterOf, weekday } from './calendar';
import {
  MODQ,
  MONTH_RE,
  NUM,
  ORDINALS,
  PARTS_OF_DAY,
  POD_RE,
  SEASONS,
  SEASON_RE,
  SET_ADVERBS,
  UNIT,
  WEEKDAY_RE,
  isoDuration,
  monthNumber,
  numberValue,
  unitCode,
  weekdayNumber,
} from './lexicon';
import { type Deixis, anchorText, deicticUnit, pickYear, resolveSeason, resolveWeekday, shifted } from './resolve';
import { type Tense, tenseAt, tenseCues } from './tense';
import { holidayCandidates, primeHolidays } from './holidays';

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
  anaphor?: { unit: string; offset: number; suffix?: string; weekday?: number };
  /** A clock time waiting for its day ("10:30 a.m." → the day named in the sentence or the publication date). */
  clock?: string;
}

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
    const spans = sentences.length ? sentences : [{ start: 0, end: text.length }];
    this.infos = spans.map((s) => {
      const t = text.slice(s.start, s.end);
      const week = /\b(next|last|this|past|coming)\s+week\b/i.exec(t);
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
  tense(start: number, end: number): Tense {
    const s = this.sentenceAt(start);
    s.cues ??= tenseCues(s.text);
    return tenseAt(s.text, start - s.start, end - s.start, s.cues);
  }
}

/** "next week … Monday": a week phrase close before the weekday, or right after it ("Monday of next week"). */
function weekShiftNear(ctx: BlockContext, s: { weekShift: number | null }, start: number, end: number): number | null {
  if (s.weekShift === null) return null;
  const before = ctx.text.slice(Math.max(0, start - 45), start);
  const after = ctx.text.slice(end, end + 20);
  // Only when nothing but hedges lies between: "next week — as early as Monday", not "last week, said Monday".
  const lead = /\b(next|last|this|past|coming)\s+week((?:[\s,;—–-]|\b(?:as\s+(?:early|soon|late)\s+as|possibly|probably|perhaps|likely|most|either|maybe|on|by|until|starting|beginning|from|or|and)\b)*)$/i.exec(before);
  const hit = lead ?? /^\s*(?:,\s*)?(?:of\s+)?(next|last|this|past|coming)\s+week\b/i.exec(after);
  if (!hit) return null;
  return ({ next: 1, coming: 1, last: -1, past: -1, this: 0 } as Record<string, number>)[hit[1].toLowerCase()];
}

type Emit = (c: Omit<Candidate, 'prio'> & { prio?: number }) => void;
type Rule = {
  re: RegExp;
  prio: number;
  /**
   * A cheap necessary condition on the block (lower-cased and as is): without it the pattern cannot
   * match, so it is not run, and V8 need not compile it (compiling the patterns is most of the first
   * analysis in a fresh process).
   */
  need?: (lower: string, text: string) => boolean;
  run: (m: RegExpExecArray, ctx: BlockContext, emit: Emit) => void;
};
/** Some word of `words` occurs in the lower-cased block. */
const anyOf =
  (...words: string[]) =>
  (lower: string) =>
    words.some((w) => lower.includes(w));
const WEEKDAY_WORDS = anyOf('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday');

const isCap = (s: string) => /^[A-Z]/.test(s);
const lc = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const DEIXIS: Record<string, Deixis> = {
  last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next', this: 'this', current: 'this',
  'the past': 'last', 'the previous': 'last', 'the last': 'last', 'the coming': 'next', 'the next': 'next',
  'the current': 'this', 'the present': 'this', 'the following': 'next', 'the latest': 'last', 'the prior': 'last',
  'the preceding': 'last', 'this past': 'last', 'this coming': 'next',
};
const SHIFT: Record<string, number> = { last: -1, next: 1, this: 0 };

/** A relative value: null without a publication date. */
function rel(ctx: BlockContext, fn: (dct: Ymd) => string | null, detail?: string | ((dct: Ymd) => string)) {
  if (!ctx.dct) return { value: null, relative: true };
  const d = typeof detail === 'function' ? detail(ctx.dct) : detail;
  return { value: fn(ctx.dct), relative: true, anchor: anchorText(ctx.dct, d) };
}

const PREP_BEFORE_MONTH = /\b(the|in|since|until|till|by|through|throughout|during|from|to|before|after|of|last|next|this|early|late|mid|between|around|past|each|every|that|in early|in late)\s*$/i;

const R = (src: string, flags = 'gi') => new RegExp(src, flags);
/** Nouns after "today's" that mean the present age rather than the day. */
const GENERIC_NOW = /^\s+(?:[a-z]+\s+)?(?:world|youth|young|society|economy|generation|children|kids|teenagers|culture|standards|technology|families|workplace|climate|environment|era|age)\b/i;
/** "the", "the last" before "week of …". */
const WEEK_LEAD = /(?:\bthe\s+)?(?:\b(first|second|third|fourth|last|final)\s+)?$/i;
/** "January" or "the winter of" right before a spelled-out year. */
const SPELLED_LEAD = new RegExp(`\\b(?:(${MONTH_RE})\\s+|(?:the\\s+)?(${SEASON_RE})\\s+of\\s+)$`, 'i');
/** "(the year) ended June 30", "ending tomorrow": a period closing on a date. */
const ENDED_ON = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends)\\s+(?:on\\s+)?(?:${MONTH_RE}|\\d|yesterday|today|tomorrow|last|this|next|earlier)`, 'i');

const rules: Rule[] = [
  // "two days ago", "a year earlier", "several weeks later"
  {
    re: R(`\\b${MODQ}(${NUM})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence|back)\\b(?<!(?:earlier|later)(?=\\s+(?:than|this|that|in)\\b))`),
    need: anyOf('ago', 'earlier', 'later', 'now', 'hence', 'back'),
    prio: 5,
    run(m, ctx, emit) {
      let n = numberValue(m[1]);
      let unit = unitCode(m[2]);
      if (unit === '2W') {
        unit = 'W';
        if (n !== 'X') n *= 2; // a fortnight
      }
      const sign = /^(ago|earlier|back)$/i.test(m[3]) ? -1 : 1;
      const start = m.index;
      // "three days later", "an hour earlier" measure from another event: the duration rule marks
      // "three days" alone (TimeBank practice), "later" being the signal.
      if (/^(earlier|later)$/i.test(m[3]) && (unit === 'D' || unit === 'H' || unit === 'MIN' || unit === 'S')) return;
      if (n === 'X') {
        emit({ start, end: start + m[0].length, type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: false });
        return;
      }
      // In earnings reports "a year ago" is the same quarter a year before.
      const quarterly = unit === 'Y' && n === 1 && sign < 0 && !!ctx.quarterly;
      // "a year later", "two months earlier" count from the story's previous date, not from publication.
      if (!quarterly && /^(earlier|later)$/i.test(m[3]) && /^(W|M|Y)$/.test(unit) && Number.isInteger(n)) {
        emit({ start, end: start + m[0].length, type: 'date', value: null, relative: true, anaphor: { unit, offset: sign * n } });
        return;
      }
      emit({ start, end: start + m[0].length, type: 'date', ...rel(ctx, (d) => (quarterly ? ctx.reportedQuarter(d, 1) : shifted(d, n, unit, sign)), `${m[1]} ${m[2]} ${sign < 0 ? 'before' : 'after'}`) });
    },
  },
  // Durations: "30 days", "the past two months", "two-day", "at least 72 hours", "5 1/2 hours"
  {
    re: R(`\\b(?:(?:the|this|those|these)\\s+)?(?:(?:past|last|next|coming|previous|first|final|following|latest|remaining|same|initial|full|entire|whole|subsequent|ensuing|intervening|preceding|prior|additional|extra|year-earlier|year-ago|comparable)\\s+)?${MODQ}((?:${NUM}\\s+(?:to|or)\\s+)?${NUM})(?:\\s+|-)(?:(?:more|straight|consecutive|trading|business|working|calendar|full|long|short|successive|additional|extra)\\s+)?(${UNIT})(?:-long|-old)?(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+(?:so|two|more))?\\b`),
    prio: 3,
    run(m, ctx, emit) {
      const count = m[1];
      const unitWord = m[2];
      const end = m.index + m[0].length;
      const after = ctx.text.slice(end, end + 20);
      // "a second" / "one second" is usually the ordinal ("a second attack"); "one day" is vague.
      if (/^sec/i.test(unitWord) && /^(an?|one)$/i.test(count) && !/^\s*(?:[.,;:!?)]|$|later|earlier|ago|or|and|to)/i.test(after)) return;
      if (/^(an?|some)$/i.test(count) && /^(nights?|weekends?)$/i.test(unitWord)) return;
      // Ages ("6-year-old", "52 years old") are not times; nor fractions ("three-quarters", "a quarter of").
      if (/^[\s-]*old\b/i.test(after) || /-old$/i.test(m[0])) return;
      if (/^quarters?$/i.test(unitWord) && (/^(an?)$/i.test(count) || /-quarters$/i.test(m[0])) && !/^\s+of\s+(?:the\s+)?(?:fiscal\s+)?year/i.test(after)) return;
      if (/^[A-Z]/.test(unitWord)) return; // the TV show 60 Minutes
      // "one day he left" is vague; "followed by one day", "for one day" measure; "will one day be" is FUTURE_REF (below).
      const one = /^one\s/i.test(m[0].slice(m[0].search(/one/i)));
      if (/^day$/i.test(unitWord) && one && /\b(?:will|would|could|might|may|can|shall|should|must)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) {
        emit({ start: m.index, end, type: 'date', value: 'FUTURE_REF', relative: false });
        return;
      }
      if (/^day$/i.test(unitWord) && one && !/^\s+(?:of|after|in|when)\b|^,/i.test(after) && /^\s+[a-z]/.test(after) && !/\b(?:by|for|within|in|after|than|only|just)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return;
      // "12 to 18 months", "a year or two": a vague count.
      let n = /\s(?:to|or)\s/i.test(count) || /\sor\s+(?:two|more)$/i.test(m[0]) ? 'X' : numberValue(count);
      if (/and a half$/i.test(m[0]) && n !== 'X') n += 0.5;
      // "the eight-year plan": an adjectival duration leaves the article out.
      let from = m.index;
      const lead = /^the\s+/i.exec(m[0]);
      if (lead && /^the\s+[\w.]+-[a-z]+$/i.test(m[0]) && /^\s+[a-z]/.test(after)) from += lead[0].length;
      const unit = unitCode(unitWord);
      if (unit === 'WE' || unit === 'X') return;
      emit({ start: from, end, type: 'duration', value: isoDuration(n, unit), relative: false });
    },
  },
  // Bare plural units: "weeks", "for years", "recent months", "the coming days"
  {
    re: R(`\\b${MODQ}(?:(the\\s+)?(recent|past|coming|next|last|previous|intervening|final|first|last\\s+few|future)\\s+|(the\\s+)(following|ensuing|early)\\s+)?(days|weeks|months|quarters|years|decades|centuries|hours|minutes)(?:-long|(?<=\\bthe\\s+\\w+)\\s+ahead)?\\b(?!-old|\\s+old\\b)`),
    need: anyOf('days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries', 'hours', 'minutes'),
    prio: 1,
    run(m, ctx, emit) {
      const the = !!(m[1] || m[3]);
      const mod = lc(m[2] || m[4]);
      const unitWord = m[5].toLowerCase();
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // "the weeks ahead": a vague stretch from now on, article included.
      const ahead = /\sahead$/i.test(m[0]);
      if (!ahead && !mod && !the && /^(hours|minutes)$/.test(unitWord) && !/\b(for|in|within|after|than|of|took|take|takes|taking|over|just|only|mere)\s+$/i.test(before) && !/^\s+(?:later|earlier|after|before|ago)\b/i.test(next)) return;
      if (!mod && the && /^(hours|minutes|days)$/.test(unitWord)) return;
      if (!mod && /\b(these|those|early|old|good|glory|salad|dog)\s+$/i.test(before)) return;
      if (unitWord === 'quarters' && !mod) return; // "living quarters"
      if (mod === 'early' && /^\s+of\b/i.test(next)) return; // "the early hours of Thursday": part of that day
      const unit = unitCode(unitWord);
      const start = ahead && !mod ? m.index - (/\bthe\s+$/i.exec(before)?.[0].length ?? 0) : m.index;
      const end = m.index + m[0].length;
      if (mod === 'coming' || (mod === 'next' && the) || mod === 'future') {
        emit({ start, end, type: 'date', value: 'FUTURE_REF', relative: false });
      } else if (mod === 'recent' && !the && unit === 'Y') {
        emit({ start, end, type: 'date', value: 'PAST_REF', relative: false });
      } else {
        emit({ start, end, type: 'duration', value: isoDuration('X', unit), relative: false });
      }
    },
  },
  // "this week", "last month", "next year", "earlier this month", "the past week", "this summer", "the end of the year"
  {
    re: R(`\\b(?:(early|late|earlier|later|mid)(?:\\s+|-)|(?:the\\s+)?(start|beginning|end|middle|rest|remainder|balance|close|first\\s+half|second\\s+half|latter\\s+part|early\\s+part|first\\s+part)\\s+of\\s+)?(this\\s+past|this\\s+coming|this|last|next|past|coming|previous|current|the\\s+past|the\\s+previous|the\\s+last|the\\s+coming|the\\s+next|the\\s+current|the\\s+present|the\\s+latest|the\\s+prior|the\\s+preceding|the)\\s+(?:fiscal\\s+|calendar\\s+)?(week|weekend|month|year|quarter|decade|century|${SEASON_RE})\\b(?!-)`),
    need: anyOf('week', 'month', 'year', 'quarter', 'decade', 'century', 'spring', 'summer', 'fall', 'autumn', 'winter'),
    prio: 4,
    run(m, ctx, emit) {
      const pre = lc(m[1] || m[2]);
      const det = lc(m[3]);
      const unitWord = m[4].toLowerCase();
      const start = m.index;
      const end = m.index + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 25), start);
      // A quoted title ("This Week," the ABC programme) is a name.
      if (/^[A-Z]/.test(m[4]) && /["“‘'`]$/.test(before)) return;
      const after = ctx.text.slice(end, end + 25);
      if (det === 'the') {
        // Bare "the week/year/quarter/summer": only the year, quarter, week and seasons, never idioms.
        if (unitWord === 'decade' || unitWord === 'century' || (unitWord === 'month' && !pre)) return;
        if (unitWord === 'week' && !pre && !/\b(during|this|in|for|of|over|earlier|later)\s+$/i.test(before)) return;
        if (unitWord === 'year' && /^\s*(?:\d|two thousand)/i.test(after)) return;
        if (unitWord === 'quarter') {
          emit({ start, end, type: 'date', ...rel(ctx, (d) => (ctx.quarterly ? ctx.reportedQuarter(d) : deicticUnit(d, 'Q', ctx.tense(start, end) === 'future' ? 0 : -1)), 'the quarter just reported') });
          return;
        }
        if (SEASONS[unitWord]) {
          emit({ start, end, type: 'date', ...rel(ctx, (d) => resolveSeason(d, SEASONS[unitWord], null, ctx.tense(start, end))) });
          return;
        }
        // "the year ended Sept. 30" is a twelve-month span; "results for the year" name the year itself,
        // "throughout the year" a stretch of it.
        const ended = ENDED_ON.test(ctx.text.slice(end, end + 40));
        if (unitWord === 'year' && !pre && (ended || /\b(during|through|throughout|over|all)\s+$/i.test(before))) {
          emit({ start, end, type: 'duration', value: 'P1Y', relative: false });
          return;
        }
        if (unitWord === 'weekend') {
          const t = ctx.tense(start, end);
          // Past tense on a weekday: the weekend just gone; on Saturday or Sunday, this one.
          const back = (d: Ymd) => (t === 'past' && weekday(d) >= 1 && weekday(d) <= 5 ? -1 : 0);
          emit({ start, end, type: 'date', ...rel(ctx, (d) => deicticUnit(d, 'WE', back(d))) });
          return;
        }
        const code = unitCode(unitWord);
        const half = code === 'Y' && /^(first|second) half$/.test(pre) ? `-H${pre.startsWith('first') ? 1 : 2}` : '';
        emit({ start, end, type: 'date', ...rel(ctx, (d) => deicticUnit(d, code, 0) + half) });
        return;
      }
      const deixis = DEIXIS[det] ?? 'this';
      if (SEASONS[unitWord]) {
        emit({ start, end, type: 'date', ...rel(ctx, (d) => resolveSeason(d, SEASONS[unitWord], deixis, ctx.tense(start, end))) });
        return;
      }
      const code = unitCode(unitWord);
      // "the past week" measures a stretch up to now; "the past year", "the last quarter" name the previous one.
      if (/^the (past|last)$|^past$/.test(det) && !pre && !/^(Y|M|Q)$/.test(code)) {
        emit({ start, end, type: 'duration', value: isoDuration(1, code === 'WE' ? 'WE' : code), relative: false });
        return;
      }
      // "the last year of the war" is the war's; "profit for the last year of $2 billion" is last year.
      if (/^the (past|last)$/.test(det) && /^\s+of\s+(?:the|his|her|its|their|our|my|your|a|an|this|that|[A-Z][a-z])/.test(after)) return;
      let shift = SHIFT[deixis ?? 'this'] ?? 0;
      if (det === 'the latest' && code === 'Q') shift = -1;
      if (det === 'the latest' && code !== 'Q') shift = 0;
      // "the first half of next year": that year's half.
      const half = code === 'Y' && /^(first|second) half$/.test(pre) ? `-H${pre.startsWith('first') ? 1 : 2}` : '';
      emit({ start, end, type: 'date', ...rel(ctx, (d) => deicticUnit(d, code, shift) + half) });
    },
  },
  // Anaphoric: "the next day", "the following week", "that year", "the same day", "the day before"
  {
    re: R(`\\b(?:(early|late|earlier|later)\\s+)?(?:(the\\s+(?:very\\s+)?(?:next|following|previous|same|preceding|prior|ensuing)|that(?:\\s+(?:same|very))?)\\s+(day|morning|afternoon|evening|night|week|weekend|month|year)|the\\s+(day|night|week|month|year)\\s+(before|after)(?=\\s*[.,;:!?)]|\\s+(?:and|but|when)\\b))\\b`),
    prio: 2,
    run(m, ctx, emit) {
      const rel1 = lc(m[2]);
      const unitWord = lc(m[3] || m[4]);
      const dir = lc(m[5]);
      let offset = 0;
      if (/next|following|ensuing/.test(rel1) || dir === 'after') offset = 1;
      if (/previous|preceding|prior/.test(rel1) || dir === 'before') offset = -1;
      const pod = PARTS_OF_DAY[unitWord];
      const unit = pod ? 'D' : unitCode(unitWord);
      if (rel1 === 'that' && unitWord === 'weekend') return;
      emit({
        start: m.index,
        end: m.index + m[0].length,
        type: 'date',
        value: null,
        relative: true,
        anaphor: { unit: unit === 'WE' ? 'W' : unit, offset },
      });
    },
  },
  // "today", "yesterday morning", "tonight", "late Tuesday"
  {
    re: R(`\\b(?:(early|late|earlier|later)\\s+)?(today|tonight|tomorrow|yesterday)(?:['’]s)?(?:\\s+(${POD_RE}))?\\b`),
    need: anyOf('today', 'tonight', 'tomorrow', 'yesterday'),
    prio: 5,
    run(m, ctx, emit) {
      const word = m[2].toLowerCase();
      // "USA Today", "VOA Today", "the Today show": a capitalised word in a name, not the day.
      if (!m[1] && m[2] === 'Today' && /(?:^|[^.!?:"“”\s]\s+)[A-Z][\w&]*\s+$/.test(ctx.text.slice(Math.max(0, m.index - 16), m.index))) return;
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const pod = m[3] ? PARTS_OF_DAY[m[3].toLowerCase()] : '';
      const start = m.index;
      const end = start + (/['’]s$/.test(m[0]) ? m[0].length - 2 : m[0].length);
      // "today's world", "today's youth": the present age, not the day (TimeML PRESENT_REF).
      if (word === 'today' && !pod && /['’]s$/.test(m[0]) && GENERIC_NOW.test(ctx.text.slice(start + m[0].length, start + m[0].length + 30))) {
        emit({ start, end, type: 'date', value: 'PRESENT_REF', relative: false });
        return;
      }
      emit({ start, end, type: pod ? 'time' : 'date', ...rel(ctx, (d) => deicticUnit(d, 'D', shift) + (pod ? `T${pod}` : '')) });
    },
  },
  // "this morning", "last night", "this afternoon"
  {
    re: R(`\\b(?:(early|late|earlier|later)\\s+)?(this|last)\\s+(${POD_RE})\\b`),
    need: anyOf('morning', 'afternoon', 'evening', 'night'),
    prio: 5,
    run(m, ctx, emit) {
      const pod = PARTS_OF_DAY[m[3].toLowerCase()];
      const shift = m[2].toLowerCase() === 'last' && pod === 'NI' ? -1 : 0;
      if (m[2].toLowerCase() === 'last' && pod !== 'NI') return;
      emit({ start: m.index, end: m.index + m[0].length, type: 'time', ...rel(ctx, (d) => deicticUnit(d, 'D', shift) + `T${pod}`) });
    },
  },
  // Weekdays: "Thursday", "last Friday", "Wednesday night", "early Tuesday", "Mondays" (a set)
  {
    re: R(`\\b(?:(last|next|this|coming|past|previous|early|late|earlier|later)\\s+)?(${WEEKDAY_RE})(s)?(?:['’]s)?(?:\\s+(${POD_RE})s?)?\\b`),
    need: WEEKDAY_WORDS,
    prio: 4,
    run(m, ctx, emit) {
      const name = m[2];
      if (!isCap(name)) return;
      const wd = weekdayNumber(name)!;
      const pre = lc(m[1]);
      const pod = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()] : '';
      const start = m.index;
      const end = start + (/['’]s$/.test(m[0]) ? m[0].length - 2 : m[0].length);
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      if (/\b(Black|Good|Ash|Holy|Maundy|Easter|Palm|Super|Bloody|Cyber|Man|Girl)\s+$/.test(before) && !pre) return;
      // "Mondays", "Tuesday nights": every such day.
      if (m[3] || (m[4] && /s$/i.test(m[0]))) {
        emit({ start, end, type: 'set', value: `XXXX-WXX-${wd === 0 ? 7 : wd}${pod ? `T${pod}` : ''}`, relative: false });
        return;
      }
      const deixis: Deixis = pre === 'last' || pre === 'past' || pre === 'previous' ? 'last' : pre === 'next' || pre === 'coming' ? 'next' : pre === 'this' ? 'this' : null;
      const s = ctx.sentenceAt(start);
      let tense = ctx.tense(start, end);
      // "Friday's vote", "Tuesday's ruling": a possessive weekday names something that happened,
      // unless it is awaited ("ahead of Sunday's election").
      if (/\bahead\s+of\s+$/i.test(before)) tense = 'future';
      else if (/['’]s$/.test(m[0]) && !deixis) tense = 'past';
      const shift = weekShiftNear(ctx, s, start, end);
      // "Friday night" → 2013-09-13TNI (TimeML part-of-day suffix).
      emit({
        start,
        end,
        type: pod ? 'time' : 'date',
        ...rel(
          ctx,
          (d) => fmtDay(resolveWeekday(d, wd, tense, deixis, shift).date) + (pod ? `T${pod}` : ''),
          (d) => resolveWeekday(d, wd, tense, deixis, shift).why,
        ),
      });
    },
  },
  // "the previous Friday", "the following Monday": the weekday before/after the story's previous date.
  {
    re: R(`\\bthe\\s+(previous|preceding|prior|following|next)\\s+(${WEEKDAY_RE})\\b`),
    need: WEEKDAY_WORDS,
    prio: 4,
    run(m, _ctx, emit) {
      if (!isCap(m[2])) return;
      const offset = /^(following|next)$/i.test(m[1]) ? 1 : -1;
      emit({ start: m.index, end: m.index + m[0].length, type: 'date', value: null, relative: true, anaphor: { unit: 'D', offset, weekday: weekdayNumber(m[2])! } });
    },
  },
  // Months without a day: "in January", "last April", "early September", "September 2013", "the end of November"
  {
    re: R(`\\b(?:(early|late|mid|last|next|this|past)(?:\\s+|-)|(?:the\\s+)?(start|beginning|end|middle|close|first\\s+half|second\\s+half|rest|remainder)\\s+of\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b|\\s+(this|last|next)\\s+year\\b)?(?!\\s*\\d)(?!\\w)`),
    need: anyOf('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'),
    prio: 2,
    run(m, ctx, emit) {
      const name = m[3];
      if (!isCap(name)) return;
      const month = monthNumber(name)!;
      const pre = lc(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      if (!m[4] && !m[5] && !m[1] && !m[2]) {
        if (/^(May|March)$/.test(name) && !PREP_BEFORE_MONTH.test(before)) return;
        if (/^\s*[A-Z][a-z]/.test(ctx.text.slice(end, end + 3)) && !/^\s*(?:and|or)\b/.test(ctx.text.slice(end, end + 5))) return; // "August Wilson"
        if (/[A-Z][a-z]+\s+$/.test(before) && !PREP_BEFORE_MONTH.test(before) && !/^(In|By|Since|Until|Last|Next|This|Early|Late)\s+$/.test(before.trim() + ' ')) return;
      }
      if (m[4]) {
        emit({ start, end, type: 'date', value: `${m[4]}-${String(month).padStart(2, '0')}`, relative: false });
        return;
      }
      // "October of next year": the year phrase is a date of its own, but it fixes the month's year.
      const ofYear = m[5] ? null : /^\s+of\s+(this|last|next)\s+year\b/i.exec(ctx.text.slice(end, end + 20));
      if (m[5] || ofYear) {
        const dy = ({ this: 0, last: -1, next: 1 } as Record<string, number>)[(m[5] ?? ofYear![1]).toLowerCase()];
        emit({ start, end, type: 'date', ...rel(ctx, (d) => fmtMonth({ y: d.y + dy, m: month, d: 1 })) });
        return;
      }
      const deixis: Deixis = pre === 'last' || pre === 'past' ? 'last' : pre === 'next' ? 'next' : pre === 'this' ? 'this' : null;
      emit({ start, end, type: 'date', ...rel(ctx, (d) => fmtMonth({ y: pickYear(d, month, 15, ctx.tense(start, end), deixis), m: month, d: 1 }), 'year from the publication date') });
    },
  },
  // Years: "1990", "fiscal 1989", "mid-1996", "post-1959", "the end of 1990", "the year 2000", "1994 or later"
  {
    re: R(`(?<![\\d,.$£€#/-])\\b(?:(early|late|mid)(?:\\s+|-)|(?:post|pre)-|(?:the\\s+)?(start|beginning|end|middle|close|rest|remainder|spring|summer|fall|autumn|winter)\\s+of\\s+|(the\\s+)?(first|second)\\s+half\\s+of\\s+|(?:the\\s+)?(?:fiscal|calendar|financial|model)(?:\\s+year)?\\s+|the\\s+year\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?![.,]\\d|['’]?s\\b|\\s*%|\\s+percent|-\\d{4}|:\\d)`),
    need: anyOf('16', '17', '18', '19', '20'),
    prio: 3,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      const after = ctx.text.slice(end, end + 16);
      const before = ctx.text.slice(Math.max(0, start - 16), start);
      if (!m[1] && !m[2] && !m[4] && /\b(about|some|nearly|over|than|approximately|around|roughly|almost|only|just|to)\s+$/i.test(before) && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:levels|figures|results|elections|budget|census|season)/.test(after)) return;
      if (/\b(?:No\.|number|Room|Flight|Route|Highway|Interstate)\s+$/i.test(before)) return;
      const y = m[5];
      let value = y;
      if (m[4]) value = `${y}-H${m[4].toLowerCase() === 'first' ? 1 : 2}`;
      else if (m[2] && SEASONS[m[2].toLowerCase()]) value = `${y}-${SEASONS[m[2].toLowerCase()]}`;
      emit({ start, end, type: 'date', value, relative: false });
    },
  },
  // Seasons with a year or alone: "spring 1990", "summer", "the spring"
  {
    re: R(`\\b(?:(early|late|mid)(?:\\s+|-))?(${SEASON_RE})(?:\\s+((?:19|20)\\d\\d))?\\b`),
    need: anyOf('spring', 'summer', 'fall', 'autumn', 'winter'),
    prio: 1,
    run(m, ctx, emit) {
      const season = SEASONS[m[2].toLowerCase()];
      const start = m.index;
      const end = start + m[0].length;
      if (m[3]) {
        emit({ start, end, type: 'date', value: `${m[3]}-${season}`, relative: false });
        return;
      }
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      if (m[2].toLowerCase() === 'fall' && !/\b(in|the|this|last|next|since|until|by|early|late|during)\s+$/i.test(before)) return;
      if (!/\b(in|since|until|by|during|through|early|late|mid|this|last|next|the|over)\s+$/i.test(before) && !m[1]) return;
      emit({ start, end, type: 'date', ...rel(ctx, (d) => resolveSeason(d, season, null, ctx.tense(start, end))) });
    },
  },
  // Decades and centuries: "the 1990s", "the late '80s", "the sixties", "the 20th century"
  {
    re: R(`\\b(?:the\\s+)?(?:(early|late|mid)(?:\\s+|-))?(?:((?:1[6-9]|20)\\d)0['’]?s|(?:['’]|(?<=\\b(?:the|of|and|in|early|late|mid)[\\s-]+))(\\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(nineteenth|twentieth|twenty-first|eighteenth)[\\s-]+century)\\b`),
    need: anyOf('0s', "0'", '0’', 'ties', 'century'),
    prio: 3,
    run(m, _ctx, emit) {
      const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const cents: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
      let value: string;
      if (m[2]) value = m[2];
      else if (m[3]) value = `19${m[3]}`;
      else if (m[4]) {
        if (!/^the\b/i.test(m[0])) return;
        value = `19${words[m[4].toLowerCase()]}`;
      } else if (m[5]) value = String(+m[5] - 1).padStart(2, '0');
      else value = String(cents[m[6].toLowerCase()] - 1);
      emit({ start: m.index, end: m.index + m[0].length, type: 'date', value, relative: false });
    },
  },
  // Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "this year's second half"
  {
    re: R(`\\b(?:the\\s+)?(?:(this|last|next)\\s+year['’]s\\s+)?(?:((?:19|20)\\d\\d)(?:['’]s)?\\s+)?((?:(?:year-earlier|year-ago|same|comparable|current|latest|previous|prior|preceding|fiscal|calendar|corresponding)[\\s-]+)*)(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-](quarter|half)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(?:19|20)\\d\\d|this\\s+year|last\\s+year|next\\s+year))?\\b`),
    need: anyOf('quarter', 'half'),
    prio: 4,
    run(m, ctx, emit) {
      let start = m.index;
      const end = start + m[0].length;
      // "the third-quarter results": the article belongs to the noun.
      if (/^the\s+[\w-]*\w-(?:quarter|half)$/i.test(m[0]) && /^\s+[a-z]/.test(ctx.text.slice(end, end + 3))) start += 4;
      const ord = m[4].toLowerCase();
      const half = m[5].toLowerCase() === 'half';
      const n = ord === 'final' ? (half ? 2 : 4) : ORDINALS[ord];
      if (!n || (half && n > 2)) return;
      const tail = /((?:19|20)\d\d)$/.exec(m[0]);
      const tailRel = /(this|last|next)\s+year$/i.exec(m[0]);
      const explicit = m[2] ?? tail?.[1];
      if (half && !explicit && !m[1] && !tailRel && !/^the\b/i.test(m[0])) return;
      const suffix = half ? `H${n}` : `Q${n}`;
      if (explicit) {
        emit({ start, end, type: 'date', value: `${explicit}-${suffix}`, relative: false });
        return;
      }
      const yearDeixis = lc(m[1] || tailRel?.[1]);
      const ago = /year-(earlier|ago)/i.test(m[3]);
      emit({
        start,
        end,
        type: 'date',
        ...rel(ctx, (d) => {
          let y = d.y + (yearDeixis === 'last' ? -1 : yearDeixis === 'next' ? 1 : 0);
          if (!yearDeixis) {
            const current = half ? (d.m > 6 ? 2 : 1) : quarterOf(d);
            if (n > current && ctx.tense(start, end) !== 'future') y -= 1;
            if (ago) y -= 1;
          }
          return `${y}-${suffix}`;
        }),
      });
    },
  },
  // "the latest quarter", "the year-earlier period", "year-ago", "the current quarter"
  {
    re: R(`\\b(?:(the\\s+)?((?:(?:year-earlier|year-ago|same|comparable|latest|recent|most\\s+recent|just-ended|fiscal|corresponding)[\\s-]+)+)(quarter|period)|(year-earlier|year-ago)|the\\s+(current|coming|next|previous|prior|past|last)\\s+(?:fiscal\\s+)?quarter)\\b`),
    need: anyOf('quarter', 'period', 'year-earlier', 'year-ago'),
    prio: 3,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      const mods = lc(m[2]);
      if (m[4]) {
        emit({ start, end, type: 'date', ...rel(ctx, (d) => (ctx.quarterly ? ctx.reportedQuarter(d, 1) : String(d.y - 1))) });
        return;
      }
      if (m[5]) {
        const w = m[5].toLowerCase();
        const shift = w === 'current' ? 0 : w === 'coming' || w === 'next' ? 1 : -1;
        emit({ start, end, type: 'date', ...rel(ctx, (d) => deicticUnit(d, 'Q', shift)) });
        return;
      }
      if (m[3].toLowerCase() === 'period' && !/latest|year-|comparable|corresponding|same/.test(mods)) return;
      const ago = /year-(earlier|ago)/.test(mods);
      emit({ start, end, type: 'date', ...rel(ctx, (d) => (ctx.quarterly ? ctx.reportedQuarter(d, ago ? 1 : 0) : deicticUnit(d, 'Q', ago ? -5 : -1))) });
    },
  },
  // "the same period last year", "the same month a year ago"
  {
    re: R(`\\bthe\\s+(?:(?:same|corresponding|comparable|year-earlier|year-ago)\\s+(period|month|quarter|week|day)\\s+(?:of\\s+)?(?:last\\s+year|(?:the\\s+)?(?:previous|prior|last|preceding)\\s+year|a\\s+year\\s+(?:ago|earlier|before))|(period|quarter)\\s+a\\s+year\\s+(?:ago|earlier|before))\\b`),
    need: anyOf('same', 'corresponding', 'comparable', 'year-earlier', 'year-ago', 'period', 'quarter'),
    prio: 5,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      // "the quarter a year ago" needs no "same".
      const unit = (m[1] ?? m[2]).toLowerCase();
      emit({
        start,
        end,
        type: 'date',
        ...rel(ctx, (d) =>
          unit === 'month' ? deicticUnit(d, 'M', -13) : unit === 'quarter' || ctx.quarterly ? ctx.reportedQuarter(d, 1) : unit === 'week' ? deicticUnit(d, 'W', -52) : String(d.y - 1),
        ),
      });
    },
  },
  // "the week of March 6", "the last week of March", "the first week of June 2013": an ISO week.
  // A month's nth week is the one holding its nth Thursday (most of its days fall in the month).
  {
    re: R(`\\bweek\\s+of\\s+(${MONTH_RE})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d\\d)\\b)?`),
    need: anyOf('week'),
    prio: 4,
    run(m, ctx, emit) {
      // "the" and the ordinal are read backwards, which keeps the pattern anchored on "week of".
      const lead = WEEK_LEAD.exec(ctx.text.slice(Math.max(0, m.index - 16), m.index));
      const ordWord = lead?.[1];
      if (!isCap(m[1]) || (!ordWord && !m[2])) return;
      const month = monthNumber(m[1])!;
      const day = m[2] ? +m[2] : null;
      if (day !== null && (day < 1 || day > 31)) return;
      const start = m.index - (lead?.[0].length ?? 0);
      const end = m.index + m[0].length;
      const week = (y: number) => {
        if (day !== null) return fmtWeek({ y, m: month, d: day });
        const ord = ordWord!.toLowerCase();
        const n = ord === 'last' || ord === 'final' ? -1 : ORDINALS[ord];
        return fmtWeek(nthWeekday(y, month, 4, n));
      };
      if (m[3]) {
        emit({ start, end, type: 'date', value: week(+m[3]), relative: false });
        return;
      }
      emit({ start, end, type: 'date', ...rel(ctx, (d) => week(pickYear(d, month, day ?? 15, ctx.tense(start, end)))) });
    },
  },
  // Report shorthand: "Q3 2013", "3Q13", "FY2014", "fiscal 2014" ("fiscal" is handled with years), "in Q3".
  {
    re: R(`\\b(?:Q([1-4])(?:\\s+|-|')?((?:19|20)\\d\\d)|([1-4])Q\\s?((?:19|20)\\d\\d|\\d\\d)|FY\\s?-?((?:19|20)\\d\\d|\\d\\d)|Q([1-4]))(?![\\w-])`, 'g'),
    need: (_lower, text) => text.includes('Q') || text.includes('FY'),
    prio: 4,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      if (ctx.text[start - 1] === '-') return; // "Audi-Q3", part numbers
      // A bare "Q3" only after a preposition or article ("in Q3"), not in names ("the Audi Q3").
      if (m[6] && !/\b(?:in|for|during|the|of|fiscal|from)\s+$/i.test(ctx.text.slice(Math.max(0, start - 10), start))) return;
      const year = (y: string) => (y.length === 2 ? String((+y <= (ctx.dct ? (ctx.dct.y % 100) + 10 : 30) ? 2000 : 1900) + +y) : y);
      if (m[1] || m[3]) {
        emit({ start, end, type: 'date', value: `${year(m[2] ?? m[4])}-Q${m[1] ?? m[3]}`, relative: false });
        return;
      }
      if (m[5]) {
        emit({ start, end, type: 'date', value: year(m[5]), relative: false });
        return;
      }
      const n = +m[6];
      emit({
        start,
        end,
        type: 'date',
        ...rel(ctx, (d) => `${d.y - (n > quarterOf(d) && ctx.tense(start, end) !== 'future' ? 1 : 0)}-Q${n}`),
      });
    },
  },
  // "the 1988 quarter", "the 1989 period": that year's quarter of the same number as the one just reported
  {
    re: R(`\\bthe\\s+((?:19|20)\\d\\d)\\s+(quarter|period)\\b`),
    need: anyOf('quarter', 'period'),
    prio: 4,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      if (!ctx.dct || (m[2].toLowerCase() === 'period' && !ctx.quarterly)) {
        emit({ start, end, type: 'date', value: m[1], relative: false });
        return;
      }
      const q = ctx.reportedQuarter(ctx.dct).slice(-2);
      emit({ start, end, type: 'date', value: `${m[1]}-${q}`, relative: true, anchor: anchorText(ctx.dct, 'quarter just reported') });
    },
  },
  // PRESENT_REF / PAST_REF / FUTURE_REF
  {
    re: R(`\\b(?:(right\\s+now|just\\s+now|now|currently|nowadays|these\\s+days|at\\s+present|presently|the\\s+present|(?<=\\b(?:at|for)\\s+)the\\s+moment|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|(?<=\\bin\\s+)future|the\\s+(?:recent\\s+|distant\\s+)?past|(?:(?:more|very|fairly|quite|most|only|too|so)\\s+)?(?:recently|soon)|lately|so\\s+far|to\\s+date|as\\s+soon\\s+as\\s+possible|the\\s+coming\\s+(?:days|weeks|months|years)))\\b(?!-)`),
    prio: 2,
    run(m, ctx, emit) {
      const w = lc(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 10), start);
      const after = ctx.text.slice(end, end + 12);
      if (/soon$/.test(w) && (/\bas\s+$/i.test(before) || /^so\b/.test(w) || /^\s+after\b/i.test(after))) return;
      if (w === 'so far' || w === 'to date') return;
      // "He was soon released", "a trickle that soon became a flood": soon after another past event, not the future.
      if (/soon$/.test(w) && (/\b(?:was|were|had)\s+$/i.test(before) || /^\s+(?:became|came|went|began|left|found|got|grew|fell|rose|took|gave|[a-z]{3,}ed)\b/.test(after))) return;
      // Discourse "Now, …" / "Now for …" opening a sentence is not a time.
      if (w === 'now' && /^(?:\s*that\b|,|\s+for\b)/i.test(after) && /(?:^|[.!?"'“”‘’`]\s*)$/.test(before)) return;
      let value = 'PRESENT_REF';
      if (/future|soon|coming|possible/.test(w)) value = 'FUTURE_REF';
      else if (/past|recently|lately|previously|formerly/.test(w)) value = 'PAST_REF';
      emit({ start, end, type: 'date', value, relative: false });
    },
  },
  // Sets: "every Monday", "each year", "daily", "twice a week", "$5 a day"
  {
    re: R(`\\b(?:every|each)\\s+(?:of\\s+the\\s+(?:past|last|next|previous|coming|first)\\s+|other\\s+|single\\s+)?(?:(${NUM})\\s+)?(${UNIT}|${WEEKDAY_RE}|${POD_RE}|${SEASON_RE}|${MONTH_RE})(?!\\s*\\d)\\b`),
    need: anyOf('every', 'each'),
    prio: 4,
    run(m, _ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      const w = m[2];
      const wd = weekdayNumber(w);
      const other = /\bother\b/i.test(m[0]);
      // "each of the last three years" recurs yearly.
      const n = m[1] && !/\bof\s+the\b/i.test(m[0]) ? numberValue(m[1]) : other ? 2 : 1;
      let value: string;
      const month = isCap(w) ? monthNumber(w) : null;
      if (month !== null) value = `XXXX-${String(month).padStart(2, '0')}`;
      else if (wd !== null && isCap(w)) value = `XXXX-WXX-${wd === 0 ? 7 : wd}`;
      else if (PARTS_OF_DAY[w.toLowerCase()]) value = `XXXX-XX-XXT${PARTS_OF_DAY[w.toLowerCase()]}`;
      else if (SEASONS[w.toLowerCase()]) value = `XXXX-${SEASONS[w.toLowerCase()]}`;
      else {
        const unit = unitCode(w);
        if (unit === 'X' || unit === 'WE') value = 'XXXX-WXX-WE';
        else value = isoDuration(n, unit);
      }
      emit({ start, end, type: 'set', value, relative: false });
    },
  },
  {
    re: R(`\\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|biannually|semiannually)\\b`),
    need: anyOf('hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually'),
    prio: 2,
    run(m, ctx, emit) {
      if (!/^[a-z]/.test(m[1])) return; // "Daily News", "Weekly Standard"
      // "quarterly dividend", "annual report": only adverbial uses of the rarer ones count.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!/^(daily|hourly|nightly|weekly)$/i.test(m[1]) && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|in|at|by|for|from|since|until|through|to|on|over|after|before)\b/.test(after)) return;
      emit({ start: m.index, end: m.index + m[0].length, type: 'set', value: SET_ADVERBS[m[1].toLowerCase()], relative: false });
    },
  },
  {
    re: R(`\\b(?:(once|twice|thrice|(${NUM})\\s+times)\\s+)?(?:a|an|per|each)\\s+(second|minute|hour|day|night|week|month|quarter|year)\\b`),
    prio: 4,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 14), start);
      const perWord = /^per\b/i.test(m[0]) || /^each\b/i.test(m[0]);
      if (!m[1] && !perWord && !/(?:\d|%|percent|dollars?|cents?|pounds?|euros?|yen|barrels|tons|miles|points|shares|people|times|\bbillion|\bmillion|\bthousand|\bhundred|\w+s)\s+$/i.test(before)) return;
      if (!m[1] && !perWord && /\b(?:was|is|were|are|been|days|weeks|months|years|hours)\s+$/i.test(before)) return;
      const unit = unitCode(m[3]);
      emit({ start, end, type: 'set', value: isoDuration(1, unit), relative: false });
    },
  },
  // Spelled-out years in transcripts: "nineteen ninety-six", "two thousand one", "January nineteen ninety-seven"
  {
    re: R(`\\b(?:the\\s+year\\s+)?(?:(nineteen|eighteen)[\\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(one|two|three|four|five|six|seven|eight|nine))?|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen))?)\\b`),
    need: anyOf('nineteen', 'eighteen', 'thousand'),
    prio: 3,
    run(m, ctx, emit) {
      let start = m.index;
      const end = start + m[0].length;
      // A month or season just before it belongs to the date (looked up here, not in the pattern, to keep it cheap).
      const lead = SPELLED_LEAD.exec(ctx.text.slice(Math.max(0, start - 24), start));
      const month = lead?.[1] && isCap(lead[1]) ? lead[1] : null;
      const season = lead?.[2] ?? null;
      if (!m[1] && !month && !season && !/^the\s+year/i.test(m[0]) && !/\b(in|since|by|until|of|year)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) return;
      let y: number;
      if (m[1]) {
        y = (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + (numberValue(m[2]) as number) + (m[3] ? (numberValue(m[3]) as number) : 0);
      } else y = 2000 + (m[4] ? (numberValue(m[4]) as number) : 0);
      let value = String(y);
      if (month) value += `-${String(monthNumber(month)).padStart(2, '0')}`;
      else if (season) value += `-${SEASONS[season.toLowerCase()]}`;
      if (month || season) start -= lead![0].length;
      emit({ start, end, type: 'date', value, relative: false });
    },
  },
  // "year-end", "year's end", "the full year"
  {
    re: R(`\\b(?:(?:the\\s+)?year[\\s-]end|year['’]s\\s+end|the\\s+(?:full|whole|entire)\\s+(?:fiscal\\s+)?year)\\b(?!-)`),
    need: anyOf('year'),
    prio: 3,
    run(m, ctx, emit) {
      const start = m.index;
      const back = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, start - 7), start));
      emit({ start, end: start + m[0].length, type: 'date', ...rel(ctx, (d) => String(d.y - (back ? 1 : 0))) });
    },
  },
  // Vague spans: "the near term", "a later date", "for some time", "a while"
  {
    re: R(`\\b(?:(the\\s+(?:near|short|long|longer|medium)\\s+term)|(a\\s+later\\s+date)|(?<=\\b(?:for|in|after|within|quite|take|took|takes)\\s+)(a\\s+(?:long\\s+|short\\s+|little\\s+)?while|some\\s+time|a\\s+(?:long|short)\\s+time))\\b`),
    need: anyOf('term', 'later', 'while', 'time'),
    prio: 2,
    run(m, _ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] || m[2]) emit({ start, end, type: 'date', value: 'FUTURE_REF', relative: false });
      else emit({ start, end, type: 'duration', value: 'PXX', relative: false });
    },
  },
  // "ended the day", "later in the day", "for the day": the day of the story (not "at the end of the day")
  {
    re: R(`\\b(?:(?:(late|early|later|earlier)\\s+in|(?:the\\s+)?(?:start|end|close|rest|remainder|middle)\\s+of)\\s+)?the\\s+day\\b`),
    need: anyOf('day'),
    prio: 1,
    run(m, ctx, emit) {
      const start = m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(0, start - 24), start);
      const inner = /\bend\s+of\s+the\s+day$/i.test(m[0]);
      if (inner && /\bat\s+(?:the\s+)?$/i.test(before)) return; // the idiom
      if (!m[1] && !/\bof\b/i.test(m[0]) && !/\b(?:end|ended|ending|ends|finish|finished|finishing|finishes|start|started|for|during|throughout|close|closed|closing)\s+$/i.test(before)) return;
      // "later in the day": TimeBank marks "the day" alone, "later" being a signal; "late" is a modifier and stays.
      const from = m[1] && /^(?:later|earlier)$/i.test(m[1]) ? start + m[0].search(/the\s+day$/i) : start;
      emit({ start: from, end, type: 'date', value: null, relative: true, anaphor: { unit: 'D', offset: 0 } });
    },
  },
  // "in the morning", "by the afternoon": part of the story's day
  {
    re: R(`(?<=\\b(?:in|during|by|until|through|throughout)\\s+)the\\s+(?:(?:early|late)\\s+)?(morning|afternoon|evening)\\b(?!\\s+(?:of|after|before)\\b)`),
    need: anyOf('morning', 'afternoon', 'evening'),
    prio: 2,
    run(m, _ctx, emit) {
      const pod = PARTS_OF_DAY[m[1].toLowerCase()];
      emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, anaphor: { unit: 'D', offset: 0, suffix: `T${pod}` } });
    },
  },
  // "the second day of the offensive", "the third week of talks": a day/week of the story
  {
    re: R(`\\b(?:the|its|their|his|her)\\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?(day|week)(?=\\s+(?:of|in|since|after)\\b)`),
    need: anyOf('day', 'week'),
    prio: 2,
    run(m, _ctx, emit) {
      const unit = m[2].toLowerCase() === 'day' ? 'D' : 'W';
      const start = m.index + m[0].indexOf(m[1]);
      emit({ start, end: m.index + m[0].length, type: 'date', value: null, relative: true, anaphor: { unit, offset: 0 } });
    },
  },
  // "overnight": the night before the story's day
  {
    re: R(`\\bovernight\\b`),
    need: anyOf('overnight'),
    prio: 1,
    run(m, _ctx, emit) {
      emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, anaphor: { unit: 'D', offset: -1, suffix: 'TNI' } });
    },
  },
  // Two-digit years: "since '82"
  {
    re: R(`(?<=\\b(?:since|in|of|from|until|by|before|after|class\\s+of|summer\\s+of|spring\\s+of|fall\\s+of|winter\\s+of)\\s+)['’](\\d\\d)\\b(?!['’]?s)`),
    need: (_lower, text) => /['’]\d\d/.test(text),
    prio: 2,
    run(m, ctx, emit) {
      const yy = +m[1];
      const now = ctx.dct ? ctx.dct.y % 100 : 30;
      emit({ start: m.index, end: m.index + m[0].length, type: 'date', value: String((yy <= now + 1 ? 2000 : 1900) + yy), relative: false });
    },
  },
  // 24-hour times with a zone: "0800 UTC", "1430 GMT"
  {
    re: R(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(UTC|GMT|Z)\\b`, 'g'),
    need: (_lower, text) => text.includes('UTC') || text.includes('GMT') || text.includes('Z'),
    prio: 5,
    run(m, _ctx, emit) {
      emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, clock: `T${m[1]}:${m[2]}Z` });
    },
  },
  // Clock words: "noon", "midnight" (the day is found later)
  {
    re: R(`\\b(?:(?:(early|late)\\s+)?(noon|midnight|midday|mid[\\s-]?afternoon|mid[\\s-]?morning))(?:\\s+(${WEEKDAY_RE}|today|yesterday|tomorrow))?\\b`),
    need: anyOf('noon', 'midnight', 'midday', 'morning'),
    prio: 3,
    run(m, ctx, emit) {
      if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return; // "High Noon"
      const w = m[2].toLowerCase().replace(/[\s-]/, '');
      const clock = w === 'midnight' ? 'T24:00' : w === 'noon' || w === 'midday' ? 'T12:00' : w === 'midafternoon' ? 'TAF' : 'TMO';
      const start = m.index;
      const end = start + m[0].length;
      const day = m[3];
      if (day && ctx.dct) {
        const wd = weekdayNumber(day);
        let date: string;
        if (wd !== null && isCap(day)) date = fmtDay(resolveWeekday(ctx.dct, wd, ctx.tense(start, end), null, null).date);
        else date = deicticUnit(ctx.dct, 'D', /^yesterday$/i.test(day) ? -1 : /^tomorrow$/i.test(day) ? 1 : 0)!;
        emit({ start, end, type: 'time', value: date + clock, relative: true, anchor: anchorText(ctx.dct) });
        return;
      }
      emit({ start, end, type: 'time', value: null, relative: true, clock });
    },
  },
];

/**
 * V8 runs a new pattern in its bytecode interpreter first and compiles it to machine code on its
 * second run, compiling it twice; on a subject of 1,000 characters or more it compiles machine code
 * at once. The rules run on every block, so before the first analysis in a process each rule that can
 * fire is run once on the start of the article (a long string of the same one- or two-byte kind as its
 * blocks, which V8 compiles for separately). Only speed depends on this, never the result.
 */
let primed = false;
export function primeRules(article: string): void {
  if (primed || article.length < 1000) return;
  primed = true;
  const lower = article.toLowerCase();
  // A slice keeps the article's string width; 2,000 characters bound the work on a long document.
  const sample = article.slice(0, 2000);
  for (const rule of rules) {
    if (rule.need && !rule.need(lower, article)) continue;
    rule.re.lastIndex = 0;
    rule.re.exec(sample);
    rule.re.lastIndex = 0;
  }
  primeHolidays(sample);
}

export function ruleCandidates(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  const lower = ctx.text.toLowerCase();
  for (const rule of rules) {
    if (rule.need && !rule.need(lower, ctx.text)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(ctx.text))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      rule.run(m, ctx, (c) => out.push({ prio: rule.prio, ...c }));
    }
  }
  out.push(...holidayCandidates(ctx));
  return out;
}

export { fmtDay };
