// Dates, times, durations and sets, resolved against the publication date.
// Per block: chrono (calendar dates, clock times) + the news rules (rules.ts); the longest
// non-overlapping candidates win. Then, across the document, anaphoric phrases ("the next day")
// take the previous resolved date as their anchor.
//
// Annotation follows TimeML/TIMEX3 as in TimeBank: spans leave out "on"/"at"/"in" but keep
// "the", "early", "about", "ago"; values are ISO 8601 / TimeML (2013-09-12, 2013-W38, 2013-Q3,
// 2013-SU, 199 for the 1990s, P30D, XXXX-WXX-1 for "every Monday", PRESENT_REF for "now" —
// including "now" as in "a former official now at Harvard", which TimeML counts as a timex).
// Without a publication date every value that depends on it is null.
// Cache key: publication date + block text (+ the quarter an earnings report is about,
// which changes what "a year ago" means).
import type { Article, BlockCache, DateMention } from '../types';
import { type Ymd, addDays, addMonths, describe, fmtDay, fmtMonth, fmtWeek, fmtYear, parseYmd, weekday } from './calendar';
import { chronoCandidates, primeChrono } from './chrono-layer';
import { anchorText } from './resolve';
import { monthNumber } from './lexicon';
import { BlockContext, type Candidate } from './context';
import { primeRules, ruleCandidates } from './rules';
import { isStoryText } from '../parse';
import { earlyYearCandidates } from './early-years';
import { genericSeasonCandidates } from './generic-seasons';

// Earnings-report vocabulary: "third-quarter profit", "the quarter ended Sept. 30".
const QUARTERLY = /\b(?:first|second|third|fourth)[\s-]quarter\b|\bquarter ended\b/i;
const QUARTER_ORDINAL = /\b(first|second|third|fourth)[\s-]quarter\b/gi;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
// "the quarter ended July 31": three months ending in July, most of them (May, June) in the second quarter.
const QUARTER_ENDED = /\bquarter ended (Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.? \d/;

// The precision of a value ("2013", "2013-09", "2013-09-12…") by its characters: these run on every
// mention, and small patterns would each cost a compile in a fresh process.
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const yearFirst = (v: string) => digit(v, 0) && digit(v, 1) && digit(v, 2) && digit(v, 3);
/** /^\d{4}(?!\d)/ */
const yearPrecise = (v: string) => yearFirst(v) && !digit(v, 4);
/** /^\d{4}-\d\d(?!\d)/ */
const monthPrecise = (v: string) => yearFirst(v) && v[4] === '-' && digit(v, 5) && digit(v, 6) && !digit(v, 7);
/** /^\d{4}-\d\d-\d\d/ */
const dayPrecise = (v: string) => yearFirst(v) && v[4] === '-' && digit(v, 5) && digit(v, 6) && v[7] === '-' && digit(v, 8) && digit(v, 9);

/**
 * The quarter an earnings report is about (1-4), or 0 when the article is not one. Fiscal quarters
 * differ from calendar ones, so the quarter the article names most often wins; on a tie, the quarter
 * before publication, else the one named first. "The quarter", "a year ago" and "the year-ago period"
 * then follow it.
 */
export function reportedQuarter(text: string, dct: Ymd | null): number {
  if (!QUARTERLY.test(text)) return 0;
  const fallback = dct ? +deicticUnitQ(dct) : 0;
  const count = [0, 0, 0, 0, 0];
  const first: number[] = [];
  let m: RegExpExecArray | null;
  QUARTER_ORDINAL.lastIndex = 0;
  while ((m = QUARTER_ORDINAL.exec(text))) {
    const q = ORDINAL[m[1].toLowerCase()];
    if (!count[q]++) first.push(q);
  }
  const top = Math.max(...count);
  if (!top) {
    const ended = QUARTER_ENDED.exec(text);
    if (ended) return Math.ceil(((monthNumber(ended[1])! + 10) % 12 + 1) / 3);
    return fallback || 4;
  }
  const tied = first.filter((q) => count[q] === top);
  return tied.includes(fallback) ? fallback : tied[0];
}

/** The calendar quarter before the publication date's (1-4). */
function deicticUnitQ(dct: Ymd): number {
  return ((Math.floor((dct.m - 1) / 3) + 3) % 4) + 1;
}

let takenMap = new Uint8Array(4096);

/** Mentions of one block, offsets relative to the block; pure in (text, sentences, published). */
export function blockDates(text: string, sentences: { start: number; end: number }[], published: string | null, quarterly = 0): Candidate[] {
  const ctx = new BlockContext(text, parseYmd(published), sentences, quarterly);
  // concat, not spread: the same order without iterating each array.
  const all = chronoCandidates(ctx).concat(ruleCandidates(ctx), earlyYearCandidates(text), genericSeasonCandidates(text, ctx.lower));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  // Longest first; a character map keeps this linear on very long blocks (one map reused across blocks:
  // a fresh typed array per block cost more than the loop over it).
  if (takenMap.length < text.length + 1) takenMap = new Uint8Array(Math.max(text.length + 1, 2 * takenMap.length));
  const taken = takenMap;
  taken.fill(0, 0, text.length + 1);
  const kept: Candidate[] = [];
  for (const c of all) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // Clock times take the day named in their sentence, else the publication date.
  for (const c of kept) {
    if (!c.clock) continue;
    const s = ctx.sentenceAt(c.start);
    // The day may come with a clock time of its own ("at 4 in the morning (4 a.m. EDT Thursday)").
    const day = kept.find((k) => k !== c && !k.clock && k.start >= s.start && k.end <= s.end && k.value && dayPrecise(k.value) && (k.value.length === 10 || k.value[10] === 'T'));
    if (day) {
      const date = day.value!.slice(0, 10);
      c.value = date + c.clock;
      c.anchor = `the day named in the sentence (${date})`;
    } else {
      // No day in the sentence: the day of the story so far (previous date), else the publication date.
      c.anaphor = { unit: 'D', offset: 0, suffix: c.clock };
      c.value = null;
    }
    c.relative = true;
  }
  return kept;
}

/** "the next day" etc. against the previous resolved date of matching precision, else the publication date. */
interface Previous {
  day: string | null;
  month: string | null;
  year: number | null;
  /** The story's latest date named only to the month ("last October"): "that same day" is a day of it. */
  monthLast: boolean;
}

function resolveAnaphor(c: Candidate, prev: Previous, dct: Ymd | null): { value: string | null; anchor?: string } {
  const a = c.anaphor!;
  const previous = prev.day;
  if (a.unit === 'Y' && prev.year !== null) return { value: fmtYear(prev.year + a.offset) + (a.suffix ?? ''), anchor: `previous date (${prev.year})` };
  if (a.unit === 'M' && prev.month && (!previous || !previous.startsWith(prev.month))) {
    const base = parseYmd(prev.month + '-01')!;
    return { value: fmtMonth(addMonths(base, a.offset)), anchor: `previous date (${prev.month})` };
  }
  // "Slepian was shot last October. His name was crossed out that same day.": a day of that month, which one untold.
  if (a.same && a.unit === 'D' && prev.monthLast && prev.month) return { value: `${prev.month}-XX${a.suffix ?? ''}`, anchor: `previous date (${prev.month})` };
  let prevDay = previous ? parseYmd(previous) : null;
  // A clock time follows the narrated (past) day, not an announced future one.
  if (prevDay && a.suffix && dct && prevDay.y * 400 + prevDay.m * 32 + prevDay.d > dct.y * 400 + dct.m * 32 + dct.d) prevDay = null;
  const base = prevDay ?? dct;
  if (!base) return { value: null };
  const from = prevDay ? `previous date ${describe(prevDay)}` : null;
  let value: string;
  switch (a.unit) {
    case 'D':
      if (a.weekday !== undefined) {
        // "the previous Friday": the nearest such weekday strictly before (or after) the base day.
        const wd = weekday(base);
        const step = a.offset < 0 ? -((wd - a.weekday + 7) % 7 || 7) : (a.weekday - wd + 7) % 7 || 7;
        value = fmtDay(addDays(base, step));
        break;
      }
      value = fmtDay(addDays(base, a.offset)) + (a.suffix ?? '');
      break;
    case 'W':
      value = fmtWeek(addDays(base, 7 * a.offset));
      break;
    case 'M':
      value = fmtMonth(addMonths(base, a.offset));
      break;
    case 'Y':
      value = fmtYear(base.y + a.offset) + (a.suffix ?? '');
      break;
    default:
      return { value: null };
  }
  return { value, anchor: from ?? (dct ? anchorText(dct) : undefined) };
}

export function findDates(article: Article, published: string | null, cache?: BlockCache): DateMention[] {
  const dct = parseYmd(published);
  const out: DateMention[] = [];
  const quarterly = reportedQuarter(article.text, dct);
  primeRules(article.text);
  primeChrono(article.text);
  const prev: Previous = { day: null, month: null, year: null, monthLast: false };
  const bySentence = new Map<number, { start: number; end: number }[]>();
  for (const s of article.sentences) {
    const list = bySentence.get(s.block) ?? [];
    list.push({ start: s.start, end: s.end });
    bySentence.set(s.block, list);
  }
  article.blocks.forEach((block, index) => {
    if (!isStoryText(block.kind)) return;
    const text = article.text.slice(block.start, block.end);
    // The key only when there is a cache (the command line has none; a key costs a string the block's length).
    const key = cache ? 'date\u0000' + (published ?? '') + (quarterly ? `\u0000q${quarterly}` : '') + '\u0000' + text : '';
    let local = cache?.get(key) as Candidate[] | undefined;
    if (!local) {
      const sentences = (bySentence.get(index) ?? []).map((s) => ({ start: s.start - block.start, end: s.end - block.start }));
      local = blockDates(text, sentences, published, quarterly);
      cache?.set(key, local);
    }
    for (const c of local) {
      let value = c.value;
      let anchor = c.anchor;
      if (c.anaphor) ({ value, anchor } = resolveAnaphor(c, prev, dct));
      const start = c.start + block.start;
      const end = c.end + block.start;
      const m: DateMention = { start, end, text: article.text.slice(start, end), type: c.type, value };
      if (c.relative) m.relative = true;
      if (anchor) m.anchor = anchor;
      out.push(m);
      // The story's latest date at each precision, for the anaphoric phrases that follow.
      if (value && (dayPrecise(value) || monthPrecise(value))) prev.monthLast = !dayPrecise(value);
      if (value && dayPrecise(value)) prev.day = value.slice(0, 10);
      if (value && monthPrecise(value)) prev.month = value.slice(0, 7);
      if (value && yearPrecise(value)) {
        prev.year = +value.slice(0, 4);
        // A coarser date in another year makes the finer ones stale.
        if (prev.month && +prev.month.slice(0, 4) !== prev.year) prev.month = null;
        if (prev.day && +prev.day.slice(0, 4) !== prev.year) prev.day = null;
      }
    }
  });
  return out;
}
