// Anaphora: dates anchored on the story's previous date, not the publication date.
// Examples:
//   "He arrived in Geneva on Monday. The next day he met Lavrov." → the Tuesday after that Monday
//   "That year the company cut 2,000 jobs."                        → the year named before
//   "the previous Friday", "the following Monday"; "costs fell last year from the year previous" → the year before
import { PARTS_OF_DAY, unitCode, WEEKDAY_RE, weekdayNumber } from './lexicon';
import { anyOf, isCap, lc, R, type Rule, WEEKDAY_WORDS } from './rule-kit';

// Anaphoric: "the next day", "the following week", "that year", "the same day", "the day before"
export const anaphoric: Rule = {
  re: R(`\\b(?:(early|late|earlier|later)\\s+)?(?:(the\\s+(?:very\\s+)?(?:next|following|previous|same|preceding|prior|ensuing)|that(?:\\s+(?:same|very))?)\\s+(day|morning|afternoon|evening|night|week|weekend|month|year)|the\\s+(day|night|week|month|year)\\s+(before|after|previous|prior)(?=\\s*[.,;:!?)]|\\s+(?:and|but|when)\\b))\\b`),
  need: anyOf('day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year'),
  prio: 2,
  run(m, ctx, emit) {
    const rel1 = lc(m[2]);
    const unitWord = lc(m[3] || m[4]);
    const dir = lc(m[5]);
    let offset = 0;
    if (/next|following|ensuing/.test(rel1) || dir === 'after') offset = 1;
    if (/previous|preceding|prior/.test(rel1) || /^(?:before|previous|prior)$/.test(dir)) offset = -1;
    const pod = PARTS_OF_DAY[unitWord];
    const unit = pod ? 'D' : unitCode(unitWord);
    if (rel1 === 'that' && unitWord === 'weekend') return;
    emit({
      start: m.index,
      end: m.index + m[0].length,
      type: 'date',
      value: null,
      relative: true,
      anaphor: { unit: unit === 'WE' ? 'W' : unit, offset, same: offset === 0 && (rel1.startsWith('that') || rel1.endsWith('same')) },
    });
  },
};

// "the previous Friday", "the following Monday": the weekday before/after the story's previous date.
export const previousWeekday: Rule = {
  re: R(`\\bthe\\s+(previous|preceding|prior|following|next)\\s+(${WEEKDAY_RE})\\b`),
  need: WEEKDAY_WORDS,
  prio: 4,
  run(m, _ctx, emit) {
    if (!isCap(m[2])) return;
    const offset = /^(following|next)$/i.test(m[1]) ? 1 : -1;
    emit({ start: m.index, end: m.index + m[0].length, type: 'date', value: null, relative: true, anaphor: { unit: 'D', offset, weekday: weekdayNumber(m[2])! } });
  },
};
