// Calendar words (from data/date-words.json) and the regular-expression pieces built from them.
import words from '../../data/date-words.json';

export const MONTHS: Record<string, number> = words.months;
export const WEEKDAYS: Record<string, number> = words.weekdays;
export const SEASONS: Record<string, string> = words.seasons;
export const PARTS_OF_DAY: Record<string, string> = words.partsOfDay;
export const SET_ADVERBS: Record<string, string> = words.setAdverbs;
const NUMBERS: Record<string, number> = words.numbers;
const VAGUE = new Set(words.vagueNumbers);
export const ORDINALS: Record<string, number> = words.ordinals;
const UNITS: Record<string, string> = words.units;

const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUM_WORD = `(?:(?:${ONES}|a)\\s+(?:hundred|thousand)|(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES}|hundred|a\\s+hundred|a\\s+dozen|dozen|a\\s+couple(?:\\s+of)?|couple\\s+of|single)`;
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[\\s-]1/2|½)?';
/** A count: digits, number words, "a"/"an" or a vague quantity ("several", "a few"). */
export const NUM = `(?:${DIGITS}|${NUM_WORD}(?:\\s+and\\s+a\\s+half)?|an?|half\\s+an?|${alt([...VAGUE])})`;
export const MODQ =
  '(?:(?:about|around|approximately|roughly|nearly|almost|some|over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|under|well\\s+over|close\\s+to|the\\s+better\\s+part\\s+of|another|an\\s+additional|an\\s+extra|as\\s+many\\s+as|as\\s+much\\s+as|as\\s+little\\s+as|upwards\\s+of|a\\s+full|a\\s+mere|the\\s+last|the\\s+past|the\\s+next|the\\s+first|the\\s+final)\\s+)?';
export const UNIT = `(?:${alt(Object.keys(UNITS).filter((u) => !/^(sec|min|hr|yr)$/.test(u)))})`;
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.?|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
export const POD_RE = '(?:morning|afternoon|evening|night)';

/** Numeric value of a count phrase, or 'X' for vague ones ("several", "a few"). */
export function numberValue(raw: string): number | 'X' {
  let s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let extra = 0;
  if (/ and a half$/.test(s)) {
    extra = 0.5;
    s = s.replace(/ and a half$/, '');
  }
  if (/(?:[ -]1\/2|½)$/.test(s)) {
    extra = 0.5;
    s = s.replace(/(?:[ -]1\/2|½)$/, '');
  }
  if (VAGUE.has(s)) return 'X';
  if (/^\d/.test(s)) return parseFloat(s.replace(/,/g, '')) + extra;
  if (s in NUMBERS) return NUMBERS[s] + extra;
  const parts = s.split(/[ -]/);
  // "two thousand", "a hundred": a multiple.
  const big = parts.length === 2 ? ({ hundred: 100, thousand: 1000 } as Record<string, number>)[parts[1]] : undefined;
  if (big && (parts[0] === 'a' || parts[0] in NUMBERS)) return (parts[0] === 'a' ? 1 : NUMBERS[parts[0]]) * big + extra;
  if (parts.length === 2 && parts[0] in NUMBERS && parts[1] in NUMBERS) return NUMBERS[parts[0]] + NUMBERS[parts[1]] + extra;
  return 'X';
}

/** TimeML unit code for a unit word. */
export function unitCode(raw: string): string {
  return UNITS[raw.toLowerCase()] ?? 'X';
}

export function monthNumber(raw: string): number | null {
  return MONTHS[raw.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(raw: string): number | null {
  const k = raw.toLowerCase().replace(/\.$/, '').replace(/s$/, '');
  return WEEKDAYS[k] ?? WEEKDAYS[raw.toLowerCase()] ?? null;
}

/** ISO 8601 duration for n units, e.g. (30, 'D') → P30D, (2, 'H') → PT2H, ('X', 'Y') → PXY. */
export function isoDuration(n: number | 'X', unit: string): string {
  if (unit === 'WE') return n === 'X' ? 'PXWE' : `P${n}WE`;
  if (unit === '2W') return n === 'X' ? 'PXW' : `P${n * 2}W`;
  let u = unit;
  let k: number | 'X' = n;
  // Counted decades and centuries become years (P20Y); vague decades too ("decades-long" → PXY, as
  // TimeBank and MEANTIME write them); vague centuries and millennia keep TimeBank's unit letters (C, L).
  if (unit === 'DE') {
    u = 'Y';
    k = n === 'X' ? 'X' : n * 10;
  } else if (unit === 'CE') {
    u = n === 'X' ? 'C' : 'Y';
    k = n === 'X' ? 'X' : n * 100;
  } else if (unit === 'ML') {
    u = n === 'X' ? 'L' : 'Y';
    k = n === 'X' ? 'X' : n * 1000;
  }
  const time = u === 'H' || u === 'MIN' || u === 'S';
  const code = u === 'MIN' ? 'M' : u;
  if (k !== 'X' && !Number.isInteger(k)) {
    // Halves: 1.5 hours → PT1H30M, 2.5 years → P2Y6M, otherwise keep a decimal.
    const whole = Math.floor(k);
    const half: Record<string, string> = { H: '30M', MIN: '30S', Y: '6M', D: 'T12H', M: '15D', W: '3DT12H' };
    if (half[u] && k - whole === 0.5) {
      const w = whole ? `${whole}${code}` : '';
      return time ? `PT${w}${half[u]}` : u === 'D' ? `P${w}${half[u]}` : `P${w}${half[u]}`;
    }
  }
  return time ? `PT${k}${code}` : `P${k}${code}`;
}
