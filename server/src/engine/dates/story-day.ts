// The story's own day: phrases that mean the day of the events reported.
// Examples:
//   "Stocks ended the day lower."                       → the publication date
//   "The shelling began in the morning."                → that day's morning
//   "on the second day of the offensive"; "Rockets fell overnight." → the night before
import { PARTS_OF_DAY } from './lexicon';
import { anyOf, R, type Rule } from './rule-kit';

// "ended the day", "later in the day", "for the day": the day of the story (not "at the end of the day")
export const storyDay: Rule = {
  re: R(`\\b(?:(?:(late|early|later|earlier)\\s+in|(?:the\\s+)?(?:start|end|close|rest|remainder|middle)\\s+of)\\s+)?the\\s+day\\b`),
  need: anyOf('day'),
  prio: 1,
  run(m, ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 24), start);
    const inner = /\bend\s+of\s+the\s+day$/i.test(m[0]);
    if (inner && /\bat\s+(?:the\s+)?$/i.test(before)) return; // the idiom
    if (!m[1] && !/\bof\b/i.test(m[0]) && !/\b(?:end|ended|ending|ends|finish|finished|finishing|finishes|start|started|for|during|throughout|close|closed|closing)\s+$/i.test(before)) return;
    // "later in the day": TimeBank marks "the day" alone, "later" being a signal; "late" is a modifier and stays.
    const from = m[1] && /^(?:later|earlier)$/i.test(m[1]) ? start + m[0].search(/the\s+day$/i) : start;
    emit({ start: from, end, type: 'date', value: null, relative: true, anaphor: { unit: 'D', offset: 0 } });
  },
};

// "in the morning", "by the afternoon": part of the story's day
export const partOfStoryDay: Rule = {
  re: R(`(?<=\\b(?:in|during|by|until|through|throughout)\\s+)the\\s+(?:(?:early|late)\\s+)?(morning|afternoon|evening)\\b(?!\\s+(?:of|after|before)\\b)`),
  need: anyOf('morning', 'afternoon', 'evening'),
  prio: 2,
  run(m, _ctx, emit) {
    const pod = PARTS_OF_DAY[m[1].toLowerCase()];
    emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, anaphor: { unit: 'D', offset: 0, suffix: `T${pod}` } });
  },
};

// "the second day of the offensive", "the third week of talks": a day/week of the story
export const nthDayOf: Rule = {
  re: R(`\\b(?:the|its|their|his|her)\\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?(day|week)(?=\\s+(?:of|in|since|after)\\b)`),
  need: anyOf('day', 'week'),
  prio: 2,
  run(m, _ctx, emit) {
    const unit = m[2].toLowerCase() === 'day' ? 'D' : 'W';
    const start = m.index + m[0].indexOf(m[1]);
    emit({ start, end: m.index + m[0].length, type: 'date', value: null, relative: true, anaphor: { unit, offset: 0 } });
  },
};

// "overnight": the night before the story's day
export const overnight: Rule = {
  re: R(`\\bovernight\\b`),
  need: anyOf('overnight'),
  prio: 1,
  run(m, _ctx, emit) {
    emit({ start: m.index, end: m.index + m[0].length, type: 'time', value: null, relative: true, anaphor: { unit: 'D', offset: -1, suffix: 'TNI' } });
  },
};
