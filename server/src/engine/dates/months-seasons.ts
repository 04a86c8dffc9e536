// Months without a day and seasons.
// Examples:
//   "Sales fell in January."                  → 2013-01 (the last January before publication)
//   "The law takes effect in early September." → 2013-09
//   "a summit in spring 1990"; "prices rise in the spring"
//   "from March to August 2011" → 2011-03; "She died in March the same year." → that year's March
import { fmtMonth } from './calendar';
import { MONTH_RE, monthNumber, SEASON_RE, SEASONS } from './lexicon';
import { type Deixis, pickYear, resolveSeason } from './resolve';
import { anyOf, isCap, lc, R, rel, type Rule } from './rule-kit';

const PREP_BEFORE_MONTH = /\b(the|in|since|until|till|by|through|throughout|during|from|to|before|after|of|last|next|this|early|late|mid|between|around|past|each|every|that|in early|in late)\s*$/i;

const RANGE_YEAR = new RegExp(`^\\s*(?:to|through|until|till|and|[-–—])\\s*(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH_RE})\\s*,?\\s+(?:of\\s+|in\\s+)?((?:1[6-9]|20)\\d\\d)\\b`, 'i');

const CAP_MONTH = /J[aAuU][nNlL]|F[eE][bB]|M[aA][rRyY]|A[pPuU][rRgG]|S[eE][pP]|O[cC][tT]|N[oO][vV]|D[eE][cC]/;

// Months without a day: "in January", "last April", "early September", "September 2013", "the end of November"
export const months: Rule = {
  re: R(`\\b(?:(early|late|mid|last|next|this|past)(?:\\s+|-)|(?:the\\s+)?(start|beginning|end|middle|close|first\\s+half|second\\s+half|rest|remainder)\\s+of\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b|\\s+(this|last|next)\\s+year\\b)?(?!\\s*\\d)(?!\\w)`),
  // Only a capitalised month yields a date (run, below): a block without the first three letters of one,
  // capital first ("may", "market", "decide" are not), has nothing for this rule.
  need: (_lower, text) => CAP_MONTH.test(text),
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
    // "from March to August 2011", "between May and June in 1981": the range's year is the first month's too.
    const rangeYear = m[1] || m[2] ? null : RANGE_YEAR.exec(ctx.text.slice(end, end + 48));
    if (rangeYear) {
      emit({ start, end, type: 'date', value: `${rangeYear[1]}-${String(month).padStart(2, '0')}`, relative: false });
      return;
    }
    // "March the same year", "March of that year": the year the story told last.
    const sameYear = /^\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i.exec(ctx.text.slice(end, end + 24));
    if (sameYear) {
      emit({ start, end: end + sameYear[0].length, type: 'date', value: null, relative: true, anaphor: { unit: 'Y', offset: 0, suffix: `-${String(month).padStart(2, '0')}` } });
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
    emit({ start, end, type: 'date', ...rel(ctx, (d) => fmtMonth({ y: pickYear(d, month, 15, ctx.tense(start, end), deixis, ctx.firm(start, end)), m: month, d: 1 }), 'year from the publication date') });
  },
};

// Seasons with a year or alone: "spring 1990", "summer", "the spring"
export const seasons: Rule = {
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
};
