// Days: "today", "yesterday morning", "this afternoon", weekdays resolved by the verb's tense.
// Examples:
//   "Officials said yesterday that the talks had stalled." → the day before publication
//   "The vote will be on Friday."                           → the coming Friday (future tense)
//   "He spoke late Tuesday."; "Protests are held on Mondays." (a set)
import { fmtDay } from './calendar';
import type { BlockContext } from './context';
import { PARTS_OF_DAY, POD_RE, WEEKDAY_RE, weekdayNumber } from './lexicon';
import { deicticUnit, type Deixis, resolveWeekday } from './resolve';
import { anyOf, isCap, lc, R, rel, type Rule, WEEKDAY_WORDS } from './rule-kit';

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

/** "… and Tuesday nights", "… or Sundays": a plural weekday (or weekday's part of day) right after. */
const SHARED_PLURAL = new RegExp(`^\\s+(?:and|or|&)\\s+(?:${WEEKDAY_RE})(?:s\\b|\\s+(${POD_RE})s\\b)`);
/** Nouns after "today's" that mean the present age rather than the day. */
const GENERIC_NOW = /^\s+(?:[a-z]+\s+)?(?:world|youth|young|society|economy|generation|children|kids|teenagers|culture|standards|technology|families|workplace|climate|environment|era|age)\b/i;

// "today", "yesterday morning", "tonight", "late Tuesday"
export const todayYesterday: Rule = {
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
};

// "this morning", "last night", "this afternoon"
export const partOfToday: Rule = {
  re: R(`\\b(?:(early|late|earlier|later)\\s+)?(this|last)\\s+(${POD_RE})\\b`),
  need: anyOf('morning', 'afternoon', 'evening', 'night'),
  prio: 5,
  run(m, ctx, emit) {
    const pod = PARTS_OF_DAY[m[3].toLowerCase()];
    const shift = m[2].toLowerCase() === 'last' && pod === 'NI' ? -1 : 0;
    if (m[2].toLowerCase() === 'last' && pod !== 'NI') return;
    emit({ start: m.index, end: m.index + m[0].length, type: 'time', ...rel(ctx, (d) => deicticUnit(d, 'D', shift) + `T${pod}`) });
  },
};

// Weekdays: "Thursday", "last Friday", "Wednesday night", "early Tuesday", "Mondays" (a set)
export const weekdays: Rule = {
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
    // "on Monday and Tuesday nights", "Saturday or Sunday mornings": the plural after "and" covers both days.
    const shared = !pre && !m[4] ? SHARED_PLURAL.exec(ctx.text.slice(end, end + 30)) : null;
    if (shared) {
      const spod = shared[1] ? PARTS_OF_DAY[shared[1].toLowerCase()] : '';
      emit({ start, end, type: 'set', value: `XXXX-WXX-${wd === 0 ? 7 : wd}${spod ? `T${spod}` : ''}`, relative: false });
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
};
