// Clock times given without a calendar date (the day is found later).
// Examples:
//   "The strike began at 0800 UTC."        → T08:00Z on the day of the sentence
//   "The deadline is midnight Tuesday."    → Tuesday T24:00
//   "by noon"
import { fmtDay } from './calendar';
import { WEEKDAY_RE, weekdayNumber } from './lexicon';
import { anchorText, deicticUnit, resolveWeekday } from './resolve';
import { anyOf, isCap, R, type Rule } from './rule-kit';

// 24-hour times with a zone: "0800 UTC", "1430 GMT"
export const zonedTime: Rule = {
  re: R(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s+(UTC|GMT|Z)\\b`, 'g'),
  need: (_lower, text) => text.includes('UTC') || text.includes('GMT') || text.includes('Z'),
  prio: 5,
  run(m, _ctx, emit) {
    emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, clock: `T${m[1]}:${m[2]}Z` });
  },
};

// Clock words: "noon", "midnight" (the day is found later)
export const clockWords: Rule = {
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
};
