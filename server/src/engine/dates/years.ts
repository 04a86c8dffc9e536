// Years, decades and centuries, written in figures, as words or as two digits.
// Examples:
//   "Profits doubled in fiscal 1989."         → 1989
//   "the late '80s", "the 20th century"       → 198, 19
//   "the 1800s" (a century)                   → 18
//   "nineteen ninety-six"; "by year-end"; "since '82"; "the fourth quarter of 2005 and the entire year" → 2005
//   "the last half of 1989", "the first two quarters of 1990" → 1989-H2, 1990-H1
import { MONTH_RE, monthNumber, numberValue, SEASON_RE, SEASONS } from './lexicon';
import { anyOf, isCap, R, rel, type Rule } from './rule-kit';

/** "January" or "the winter of" right before a spelled-out year. */
const SPELLED_LEAD = new RegExp(`\\b(?:(${MONTH_RE})\\s+|(?:the\\s+)?(${SEASON_RE})\\s+of\\s+)$`, 'i');

const YEAR_DIGITS = /(?:1[6-9]|20)\d\d/;

// Years: "1990", "fiscal 1989", "mid-1996", "post-1959", "the end of 1990", "the year 2000", "1994 or later"
export const years: Rule = {
  re: R(`(?<![\\d,.$£€#/-])\\b(?:(early|late|mid)(?:\\s+|-)|(?:post|pre)-|(?:the\\s+)?(start|beginning|end|middle|close|rest|remainder|spring|summer|fall|autumn|winter)\\s+of\\s+|(the\\s+)?(first|second|last|latter)\\s+(?:half|two\\s+quarters)\\s+of\\s+|(?:the\\s+)?(?:fiscal|calendar|financial|model)(?:\\s+year)?\\s+|the\\s+year\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?![.,]\\d|['’]?s\\b|\\s*%|\\s+percent|-\\d{4}|:\\d)`),
  // Every match holds the four digits of a year ("20 percent" does not); the pattern's look-behind tests every position.
  need: (_lower, text) => YEAR_DIGITS.test(text),
  prio: 3,
  run(m, ctx, emit) {
    const start = m.index;
    const end = start + m[0].length;
    const after = ctx.text.slice(end, end + 16);
    const before = ctx.text.slice(Math.max(0, start - 16), start);
    if (!m[1] && !m[2] && !m[4] && /\b(about|some|nearly|over|than|approximately|around|roughly|almost|only|just|to)\s+$/i.test(before) && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:levels|figures|results|elections|budget|census|season)/.test(after)) return;
    if (/\b(?:No\.|number|Room|Flight|Route|Highway|Interstate)\s+$/i.test(before)) return;
    const y = m[5];
    let value = y;
    if (m[4]) value = `${y}-H${m[4].toLowerCase() === 'first' ? 1 : 2}`; // "the first two quarters of 1990" too
    else if (m[2] && SEASONS[m[2].toLowerCase()]) value = `${y}-${SEASONS[m[2].toLowerCase()]}`;
    emit({ start, end, type: 'date', value, relative: false });
  },
};

// Decades and centuries: "the 1990s", "the late '80s", "the sixties", "the 20th century"
export const decades: Rule = {
  re: R(`\\b(?:the\\s+)?(?:(early|late|mid)(?:\\s+|-))?(?:((?:1[6-9]|20)\\d)0['’]?s|(?:['’]|(?<=\\b(?:the|of|and|in|early|late|mid)[\\s-]+))(\\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(nineteenth|twentieth|twenty-first|eighteenth)[\\s-]+century)\\b`),
  need: anyOf('0s', "0'", '0’', 'ties', 'century'),
  prio: 3,
  run(m, _ctx, emit) {
    const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
    const cents: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
    let value: string;
    // "the 1600s", "the 1800s" are centuries (TimeML 16, 18); "the 2000s" is mostly the decade.
    if (m[2]) value = /^1\d0$/.test(m[2]) ? m[2].slice(0, 2) : m[2];
    else if (m[3]) value = `19${m[3]}`;
    else if (m[4]) {
      if (!/^the\b/i.test(m[0])) return;
      value = `19${words[m[4].toLowerCase()]}`;
    } else if (m[5]) value = String(+m[5] - 1).padStart(2, '0');
    else value = String(cents[m[6].toLowerCase()] - 1);
    emit({ start: m.index, end: m.index + m[0].length, type: 'date', value, relative: false });
  },
};

// Spelled-out years in transcripts: "nineteen ninety-six", "two thousand one", "January nineteen ninety-seven"
export const spelledYears: Rule = {
  re: R(`\\b(?:the\\s+year\\s+)?(?:(nineteen|eighteen)[\\s-]+(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(one|two|three|four|five|six|seven|eight|nine))?|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen))?)\\b`),
  need: anyOf('nineteen', 'eighteen', 'thousand'),
  prio: 3,
  run(m, ctx, emit) {
    let start = m.index;
    const end = start + m[0].length;
    // A month or season just before it belongs to the date (looked up here, not in the pattern, to keep it cheap).
    const lead = SPELLED_LEAD.exec(ctx.text.slice(Math.max(0, start - 24), start));
    const month = lead?.[1] && isCap(lead[1]) ? lead[1] : null;
    const season = lead?.[2] ?? null;
    if (!m[1] && !month && !season && !/^the\s+year/i.test(m[0]) && !/\b(in|since|by|until|of|year)\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start))) return;
    let y: number;
    if (m[1]) {
      y = (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + (numberValue(m[2]) as number) + (m[3] ? (numberValue(m[3]) as number) : 0);
    } else y = 2000 + (m[4] ? (numberValue(m[4]) as number) : 0);
    let value = String(y);
    if (month) value += `-${String(monthNumber(month)).padStart(2, '0')}`;
    else if (season) value += `-${SEASONS[season.toLowerCase()]}`;
    if (month || season) start -= lead![0].length;
    emit({ start, end, type: 'date', value, relative: false });
  },
};

// "year-end", "year's end", "the full year"
export const yearEnd: Rule = {
  re: R(`\\b(?:(?:the\\s+)?year[\\s-]end|year['’]s\\s+end|the\\s+(?:full|whole|entire)\\s+(?:fiscal\\s+)?year)\\b(?!-)`),
  need: anyOf('year'),
  prio: 3,
  run(m, ctx, emit) {
    const start = m.index;
    const back = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, start - 7), start));
    // "a loss in the fourth quarter of 2005 and for the entire year": the year the sentence names.
    if (/^the\s/i.test(m[0])) {
      const s = ctx.sentenceAt(start);
      const named = s.text.slice(0, start - s.start).match(/\b(?:1[6-9]|20)\d\d\b(?![-–]\d)/g);
      if (named) {
        emit({ start, end: start + m[0].length, type: 'date', value: named[named.length - 1], relative: false });
        return;
      }
    }
    emit({ start, end: start + m[0].length, type: 'date', ...rel(ctx, (d) => String(d.y - (back ? 1 : 0))) });
  },
};

// Two-digit years: "since '82"
export const twoDigitYears: Rule = {
  re: R(`(?<=\\b(?:since|in|of|from|until|by|before|after|class\\s+of|summer\\s+of|spring\\s+of|fall\\s+of|winter\\s+of)\\s+)['’](\\d\\d)\\b(?!['’]?s)`),
  need: (_lower, text) => /['’]\d\d/.test(text),
  prio: 2,
  run(m, ctx, emit) {
    const yy = +m[1];
    const now = ctx.dct ? ctx.dct.y % 100 : 30;
    emit({ start: m.index, end: m.index + m[0].length, type: 'date', value: String((yy <= now + 1 ? 2000 : 1900) + yy), relative: false });
  },
};
