// Fiscal periods of earnings reports: quarters, halves, "the year-earlier period".
// Examples:
//   "Net income rose 12% in the third quarter." → 2013-Q3
//   "up from the same period last year"         → 2012-Q3 in a report on Q3
//   "exports for last year's quarter"           → 2012-Q3 in a report on Q3
//   "Q3 2013", "3Q13", "FY2014"; "the 1988 quarter"
//   "the second quarter ended Oct. 31" (written 27 October 2013) → 2012-Q2, the quarter that ended last Oct. 31
import { quarterOf, yearEndedBy } from './calendar';
import { MONTH_RE, monthNumber, ORDINALS } from './lexicon';
import { anchorText, deicticUnit } from './resolve';
import { anyOf, lc, R, rel, type Rule } from './rule-kit';

// "… quarter ended Oct. 31" without a year: the quarter's end, which is not ahead of the publication date.
const ENDED_AFTER = new RegExp(`^\\s+ended\\s+(${MONTH_RE})\\s*(\\d{1,2})\\b(?!,?\\s*\\d{4})`);

// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "this year's second half"
export const quarters: Rule = {
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
        const ended = yearDeixis ? null : ENDED_AFTER.exec(ctx.text.slice(end, end + 24));
        const endMonth = ended ? monthNumber(ended[1]) : null;
        if (endMonth) return `${yearEndedBy(d, endMonth, +ended![2]) - (ago ? 1 : 0)}-${suffix}`;
        if (!yearDeixis) {
          const current = half ? (d.m > 6 ? 2 : 1) : quarterOf(d);
          if (n > current && ctx.tense(start, end) !== 'future') y -= 1;
          if (ago) y -= 1;
        }
        return `${y}-${suffix}`;
      }),
    });
  },
};

// "the latest quarter", "the year-earlier period", "year-ago", "the current quarter"
export const latestQuarter: Rule = {
  re: R(`\\b(?:(the\\s+)?((?:(?:year-earlier|year-ago|same|comparable|latest|recent|most\\s+recent|just-ended|fiscal|corresponding)[\\s-]+)+)(quarter|period)|(year-earlier|year-ago)|the\\s+(current|coming|next|previous|prior|past|last)\\s+(?:fiscal\\s+)?quarter)\\b`),
  need: anyOf('quarter', 'period', 'year-earlier', 'year-ago'),
  prio: 3,
  run(m, ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    const mods = lc(m[2]);
    if (m[4]) {
      emit({ start, end, type: 'date', ...rel(ctx, (d) => (ctx.quarterly ? ctx.yearAgo(d, start) : String(d.y - 1))) });
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
};

// "the same period last year", "the same month a year ago", "last year's quarter"
export const samePeriod: Rule = {
  re: R(`\\b(?:the\\s+(?:(?:same|corresponding|comparable|year-earlier|year-ago)\\s+(period|month|quarter|week|day)\\s+(?:of\\s+)?(?:last\\s+year|(?:the\\s+)?(?:previous|prior|last|preceding)\\s+year|a\\s+year\\s+(?:ago|earlier|before))|(period|quarter)\\s+a\\s+year\\s+(?:ago|earlier|before))|(?:last|the\\s+previous|the\\s+prior)\\s+year['’]s\\s+(period|quarter))\\b`),
  need: anyOf('same', 'corresponding', 'comparable', 'year-earlier', 'year-ago', 'period', 'quarter'),
  prio: 5,
  run(m, ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    // "the quarter a year ago" needs no "same".
    const unit = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    emit({
      start,
      end,
      type: 'date',
      ...rel(ctx, (d) =>
        unit === 'month' ? deicticUnit(d, 'M', -13) : unit === 'quarter' || ctx.quarterly ? ctx.reportedQuarter(d, 1) : unit === 'week' ? deicticUnit(d, 'W', -52) : String(d.y - 1),
      ),
    });
  },
};

// Report shorthand: "Q3 2013", "3Q13", "FY2014", "fiscal 2014" ("fiscal" is handled with years), "in Q3".
export const reportShorthand: Rule = {
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
};

// "the 1988 quarter", "the 1989 period": that year's quarter of the same number as the one just reported
export const yearQuarter: Rule = {
  re: R(`\\bthe\\s+((?:19|20)\\d\\d)\\s+(quarter|period)\\b`),
  need: anyOf('quarter', 'period'),
  prio: 4,
  run(m, ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    // "For the nine months, net was $306 million, against a loss in the 1988 period": the year.
    if (!ctx.dct || (m[2].toLowerCase() === 'period' && (!ctx.quarterly || ctx.longerPeriodBefore(start)))) {
      emit({ start, end, type: 'date', value: m[1], relative: false });
      return;
    }
    const q = ctx.reportedQuarter(ctx.dct).slice(-2);
    emit({ start, end, type: 'date', value: `${m[1]}-${q}`, relative: true, anchor: anchorText(ctx.dct, 'quarter just reported') });
  },
};
