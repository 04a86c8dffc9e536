// Weeks named by their month: an ISO week.
// Examples:
//   "The summit is set for the week of March 6."  → the ISO week holding March 6
//   "in the first week of June 2013"              → the week holding June's first Thursday
import { fmtWeek, nthWeekday } from './calendar';
import { MONTH_RE, monthNumber, ORDINALS } from './lexicon';
import { pickYear } from './resolve';
import { anyOf, isCap, R, rel, type Rule } from './rule-kit';

/** "the", "the last" before "week of …". */
const WEEK_LEAD = /(?:\bthe\s+)?(?:\b(first|second|third|fourth|last|final)\s+)?$/i;

// "the week of March 6", "the last week of March", "the first week of June 2013": an ISO week.
// A month's nth week is the one holding its nth Thursday (most of its days fall in the month).
export const weekOfMonth: Rule = {
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
};
