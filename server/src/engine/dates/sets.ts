// Sets: things that recur.
// Examples:
//   "The council meets every Monday."   → XXXX-WXX-1
//   "The paper is published daily."     → P1D
//   "He travels there twice a week."; "It costs $5 a day."
import {
  isoDuration,
  MONTH_RE,
  monthNumber,
  NUM,
  numberValue,
  PARTS_OF_DAY,
  POD_RE,
  SEASON_RE,
  SEASONS,
  SET_ADVERBS,
  UNIT,
  unitCode,
  WEEKDAY_RE,
  weekdayNumber,
} from './lexicon';
import { anyOf, isCap, R, type Rule, UNIT_WORDS } from './rule-kit';

// Sets: "every Monday", "each year", "daily", "twice a week", "$5 a day"
export const everyUnit: Rule = {
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
};

export const setAdverbs: Rule = {
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
};

const UNITS = anyOf(...UNIT_WORDS);
const PER_UNIT = new RegExp(`\\b(?:an?|per|each)\\s+(?:${UNIT_WORDS.join('|')})\\b`, 'i');

export const timesPer: Rule = {
  re: R(`\\b(?:(once|twice|thrice|(${NUM})\\s+times)\\s+)?(?:a|an|per|each)\\s+(${UNIT_WORDS.join('|')})\\b`),
  // Every match holds "a|an|per|each <unit>" (a word start before it: the pattern's \b, or the space
  // after "twice"); few blocks do, and this pattern is far cheaper than the whole one.
  need: (lower, text) => UNITS(lower) && PER_UNIT.test(text),
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
};
