// Relative units: a count of units before or after the story ("ago", "later") and "this/last/next <unit>".
// Examples:
//   "The deal collapsed two days ago."            → 2013-09-10, relative to the publication date
//   "Talks resume next week."                     → 2013-W38
//   "Earlier this month the rebels took the town." → 2013-09
//   "Third-quarter net rose from a year earlier."   → 2012-Q3; "For the nine months, … a year earlier" → 2012
import { weekday, type Ymd } from './calendar';
import { isoDuration, MODQ, MONTH_RE, NUM, numberValue, SEASON_RE, SEASONS, UNIT, unitCode } from './lexicon';
import { deicticUnit, type Deixis, resolveSeason, shifted } from './resolve';
import { anyOf, lc, R, rel, type Rule } from './rule-kit';

const DEIXIS: Record<string, Deixis> = {
  last: 'last', past: 'last', previous: 'last', next: 'next', coming: 'next', this: 'this', current: 'this',
  'the past': 'last', 'the previous': 'last', 'the last': 'last', 'the coming': 'next', 'the next': 'next',
  'the current': 'this', 'the present': 'this', 'the following': 'next', 'the latest': 'last', 'the prior': 'last',
  'the preceding': 'last', 'this past': 'last', 'this coming': 'next',
};

const SHIFT: Record<string, number> = { last: -1, next: 1, this: 0 };

/** "(the year) ended June 30", "ending tomorrow": a period closing on a date. */
const ENDED_ON = new RegExp(`^\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends)\\s+(?:on\\s+)?(?:${MONTH_RE}|\\d|yesterday|today|tomorrow|last|this|next|earlier)`, 'i');

// "two days ago", "a year earlier", "several weeks later"
export const agoLater: Rule = {
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
    emit({ start, end: start + m[0].length, type: 'date', ...rel(ctx, (d) => (quarterly ? ctx.yearAgo(d, start) : shifted(d, n, unit, sign)), `${m[1]} ${m[2]} ${sign < 0 ? 'before' : 'after'}`) });
  },
};

// "this week", "last month", "next year", "earlier this month", "the past week", "this summer", "the end of the year"
export const thisLastNext: Rule = {
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
    // "This quarter's loss includes …" in an earnings report: the results are the quarter just reported.
    if (det === 'this' && code === 'Q' && !pre && ctx.quarterly && /^['’]s\b/.test(after)) {
      emit({ start, end, type: 'date', ...rel(ctx, (d) => ctx.reportedQuarter(d), 'the quarter just reported') });
      return;
    }
    let shift = SHIFT[deixis ?? 'this'] ?? 0;
    if (det === 'the latest' && code === 'Q') shift = -1;
    if (det === 'the latest' && code !== 'Q') shift = 0;
    // "the first half of next year": that year's half.
    const half = code === 'Y' && /^(first|second) half$/.test(pre) ? `-H${pre.startsWith('first') ? 1 : 2}` : '';
    emit({ start, end, type: 'date', ...rel(ctx, (d) => deicticUnit(d, code, shift) + half) });
  },
};
