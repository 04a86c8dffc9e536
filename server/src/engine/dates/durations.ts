// Durations: a length of time rather than a point in it ("30 days", "for years", "for some time").
// Examples:
//   "The ceasefire held for at least 72 hours."  → PT72H
//   "Inflation has risen in recent months."      → PXM
//   "The plant will stay closed for some time."  → PXX
//   "a decades-long feud" → PXY (vague decades in years, as TimeBank writes them)
import { isoDuration, MODQ, NUM, numberValue, UNIT, unitCode } from './lexicon';
import { anyOf, lc, R, type Rule, UNIT_WORDS } from './rule-kit';

// Durations: "30 days", "the past two months", "two-day", "at least 72 hours", "5 1/2 hours"
export const durations: Rule = {
  re: R(`\\b(?:(?:the|this|those|these)\\s+)?(?:(?:past|last|next|coming|previous|first|final|following|latest|remaining|same|initial|full|entire|whole|subsequent|ensuing|intervening|preceding|prior|additional|extra|year-earlier|year-ago|comparable)\\s+)?${MODQ}((?:${NUM}\\s+(?:to|or)\\s+)?${NUM})(?:\\s+|-)(?:(?:more|straight|consecutive|trading|business|working|calendar|full|long|short|successive|additional|extra)\\s+)?(${UNIT})(?:-long|-old)?(?:\\s+and\\s+a\\s+half)?(?:\\s+or\\s+(?:so|two|more))?\\b`),
  need: anyOf(...UNIT_WORDS, 'decade', 'centur', 'millenni'),
  prio: 3,
  run(m, ctx, emit) {
    const count = m[1];
    const unitWord = m[2];
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 20);
    // "a second" / "one second" is usually the ordinal ("a second attack"); "one day" is vague.
    if (/^sec/i.test(unitWord) && /^(an?|one)$/i.test(count) && !/^\s*(?:[.,;:!?)]|$|later|earlier|ago|or|and|to)/i.test(after)) return;
    if (/^(an?|some)$/i.test(count) && /^(nights?|weekends?)$/i.test(unitWord)) return;
    // Ages ("6-year-old", "52 years old") are not times; nor fractions ("three-quarters", "a quarter of").
    if (/^[\s-]*old\b/i.test(after) || /-old$/i.test(m[0])) return;
    if (/^quarters?$/i.test(unitWord) && (/^(an?)$/i.test(count) || /-quarters$/i.test(m[0])) && !/^\s+of\s+(?:the\s+)?(?:fiscal\s+)?year/i.test(after)) return;
    if (/^[A-Z]/.test(unitWord)) return; // the TV show 60 Minutes
    // "one day he left" is vague; "followed by one day", "for one day" measure; "will one day be" is FUTURE_REF (below).
    const one = /^one\s/i.test(m[0].slice(m[0].search(/one/i)));
    if (/^day$/i.test(unitWord) && one && /\b(?:will|would|could|might|may|can|shall|should|must)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) {
      emit({ start: m.index, end, type: 'date', value: 'FUTURE_REF', relative: false });
      return;
    }
    if (/^day$/i.test(unitWord) && one && !/^\s+(?:of|after|in|when)\b|^,/i.test(after) && /^\s+[a-z]/.test(after) && !/\b(?:by|for|within|in|after|than|only|just)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return;
    // "12 to 18 months", "a year or two": a vague count.
    let n = /\s(?:to|or)\s/i.test(count) || /\sor\s+(?:two|more)$/i.test(m[0]) ? 'X' : numberValue(count);
    if (/and a half$/i.test(m[0]) && n !== 'X') n += 0.5;
    // "the eight-year plan": an adjectival duration leaves the article out.
    let from = m.index;
    const lead = /^the\s+/i.exec(m[0]);
    if (lead && /^the\s+[\w.]+-[a-z]+$/i.test(m[0]) && /^\s+[a-z]/.test(after)) from += lead[0].length;
    const unit = unitCode(unitWord);
    if (unit === 'WE' || unit === 'X') return;
    emit({ start: from, end, type: 'duration', value: isoDuration(n, unit), relative: false });
  },
};

// Bare plural units: "weeks", "for years", "recent months", "the coming days"
export const bareUnits: Rule = {
  re: R(`\\b${MODQ}(?:(the\\s+)?(recent|past|coming|next|last|previous|intervening|final|first|last\\s+few|future)\\s+|(the\\s+)(following|ensuing|early)\\s+)?(days|weeks|months|quarters|years|decades|centuries|hours|minutes)(?:-long|(?<=\\bthe\\s+\\w+)\\s+ahead)?\\b(?!-old|\\s+old\\b)`),
  need: anyOf('days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries', 'hours', 'minutes'),
  prio: 1,
  run(m, ctx, emit) {
    const the = !!(m[1] || m[3]);
    const mod = lc(m[2] || m[4]);
    const unitWord = m[5].toLowerCase();
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "the weeks ahead": a vague stretch from now on, article included.
    const ahead = /\sahead$/i.test(m[0]);
    if (!ahead && !mod && !the && /^(hours|minutes)$/.test(unitWord) && !/\b(for|in|within|after|than|of|took|take|takes|taking|over|just|only|mere)\s+$/i.test(before) && !/^\s+(?:later|earlier|after|before|ago)\b/i.test(next)) return;
    if (!mod && the && /^(hours|minutes|days)$/.test(unitWord)) return;
    if (!mod && /\b(these|those|early|old|good|glory|salad|dog)\s+$/i.test(before)) return;
    if (unitWord === 'quarters' && !mod) return; // "living quarters"
    if (mod === 'early' && /^\s+of\b/i.test(next)) return; // "the early hours of Thursday": part of that day
    const unit = unitCode(unitWord);
    const start = ahead && !mod ? m.index - (/\bthe\s+$/i.exec(before)?.[0].length ?? 0) : m.index;
    const end = m.index + m[0].length;
    if (mod === 'coming' || (mod === 'next' && the) || mod === 'future') {
      emit({ start, end, type: 'date', value: 'FUTURE_REF', relative: false });
    } else if (mod === 'recent' && !the && unit === 'Y') {
      emit({ start, end, type: 'date', value: 'PAST_REF', relative: false });
    } else {
      emit({ start, end, type: 'duration', value: isoDuration('X', unit), relative: false });
    }
  },
};

// Vague spans: "the near term", "a later date", "for some time", "a while"
export const vagueSpans: Rule = {
  re: R(`\\b(?:(the\\s+(?:near|short|long|longer|medium)\\s+term)|(a\\s+later\\s+date)|(?<=\\b(?:for|in|after|within|quite|take|took|takes)\\s+)(a\\s+(?:long\\s+|short\\s+|little\\s+)?while|some\\s+time|a\\s+(?:long|short)\\s+time))\\b`),
  need: anyOf('term', 'later', 'while', 'time'),
  prio: 2,
  run(m, _ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] || m[2]) emit({ start, end, type: 'date', value: 'FUTURE_REF', relative: false });
    else emit({ start, end, type: 'duration', value: 'PXX', relative: false });
  },
};
