// The news layer: pattern rules for TimeML expressions that a general date parser misses or
// spans differently (weekdays by tense, weeks, quarters, durations, sets, PRESENT_REF …).
// Each rule family lives in its own file; this file only decides the order the rules are tried in.
// Each rule yields candidates; index.ts keeps the longest non-overlapping ones.
import type { BlockContext, Candidate } from './context';
import type { Emit, Rule } from './rule-kit';
import { holidayCandidates, primeHolidays } from './holidays';
import { agoLater, thisLastNext } from './relative-units';
import { bareUnits, durations, vagueSpans } from './durations';
import { anaphoric, previousWeekday } from './anaphora';
import { partOfToday, todayYesterday, weekdays } from './days';
import { nthDayOf, overnight, partOfStoryDay, storyDay } from './story-day';
import { months, seasons } from './months-seasons';
import { decades, spelledYears, twoDigitYears, yearEnd, years } from './years';
import { latestQuarter, quarters, reportShorthand, samePeriod, yearQuarter } from './fiscal-periods';
import { weekOfMonth } from './week-of-month';
import { presentRef } from './present-ref';
import { everyUnit, setAdverbs, timesPer } from './sets';
import { clockWords, zonedTime } from './clock';

const rules: Rule[] = [
  agoLater,
  durations,
  bareUnits,
  thisLastNext,
  anaphoric,
  todayYesterday,
  partOfToday,
  weekdays,
  previousWeekday,
  months,
  years,
  seasons,
  decades,
  quarters,
  latestQuarter,
  samePeriod,
  weekOfMonth,
  reportShorthand,
  yearQuarter,
  presentRef,
  everyUnit,
  setAdverbs,
  timesPer,
  spelledYears,
  yearEnd,
  vagueSpans,
  storyDay,
  partOfStoryDay,
  nthDayOf,
  overnight,
  twoDigitYears,
  zonedTime,
  clockWords,
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
  const lower = ctx.lower;
  for (const rule of rules) {
    if (rule.need && !rule.need(lower, ctx.text)) continue;
    rule.re.lastIndex = 0;
    const emit: Emit = (c) => out.push({ prio: rule.prio, ...c });
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(ctx.text))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      rule.run(m, ctx, emit);
    }
  }
  out.push(...holidayCandidates(ctx));
  return out;
}
