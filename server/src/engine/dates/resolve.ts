// Turning calendar facts plus the publication date into TimeML values.
import type { Tense } from './tense';
import {
  type Ymd,
  addDays,
  addMonths,
  describe,
  diffDays,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  mondayOf,
  quarterOf,
  weekday,
  WEEKDAY_NAMES,
} from './calendar';

// How far (in days) a date against the tense may still win: a hint, not a rule, since tense cues are noisy.
const PENALTY = 100;
const K = 1; // …growing with the distance, so "in December" (past tense, written in September) is last December.
export type Deixis = 'last' | 'next' | 'this' | null;

export function anchorText(dct: Ymd, detail?: string): string {
  return `publication date ${describe(dct)}` + (detail ? `; ${detail}` : '');
}

/** The year that puts month/day closest to the publication date, leaning with the tense. */
export function pickYear(dct: Ymd, m: number, d: number, tense: Tense, deixis: Deixis = null, firm = false): number {
  if (deixis === 'this') return dct.y;
  let best = dct.y;
  let bestScore = Infinity;
  for (const y of [dct.y - 1, dct.y, dct.y + 1]) {
    const diff = diffDays({ y, m, d }, dct);
    if (deixis === 'last' && diff >= 0) continue;
    if (deixis === 'next' && diff <= 0) continue;
    // "will be named commander for a mission in December" (written in March): "will" rules out last December.
    if (firm && tense === 'future' && diff < -3) continue;
    let score = Math.abs(diff);
    // "was signed in December" (written in October) leans to last December.
    if (tense === 'past' && diff > 3) score += PENALTY + K * diff;
    if (tense === 'future' && diff < -3) score += PENALTY - K * diff;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** A weekday resolved against the publication date. weekShift: -1 last week, 0 this week, 1 next week. */
export function resolveWeekday(
  dct: Ymd,
  wd: number,
  tense: Tense,
  deixis: Deixis,
  weekShift: number | null,
): { date: Ymd; why: string } {
  const name = WEEKDAY_NAMES[wd];
  const today = weekday(dct);
  if (deixis === 'last') {
    const back = (today - wd + 7) % 7 || 7;
    return { date: addDays(dct, -back), why: `"last ${name}" → the ${name} before` };
  }
  if (deixis === 'next') {
    const fwd = (wd - today + 7) % 7 || 7;
    return { date: addDays(dct, fwd), why: `"next ${name}" → the coming ${name}` };
  }
  if (deixis === 'this' || weekShift !== null) {
    const shift = deixis === 'this' ? 0 : (weekShift ?? 0);
    const date = addDays(mondayOf(dct), shift * 7 + ((wd + 6) % 7));
    const which = shift === 1 ? 'next week' : shift === -1 ? 'last week' : 'this week';
    return { date, why: `${name} of ${which}` };
  }
  if (tense === 'future' || tense === 'present') {
    return { date: addDays(dct, (wd - today + 7) % 7), why: `${tense} tense → the coming ${name}` };
  }
  const why = tense === 'past' ? `past tense → the most recent ${name}` : `no tense cue → the most recent ${name}`;
  return { date: addDays(dct, -((today - wd + 7) % 7)), why };
}

/** Value of "this/last/next <unit>" (unit: W, M, Y, Q, DE, CE, WE). */
export function deicticUnit(dct: Ymd, unit: string, shift: number): string | null {
  switch (unit) {
    case 'D':
      return fmtDay(addDays(dct, shift));
    case 'W':
      return fmtWeek(addDays(dct, 7 * shift));
    case 'WE': {
      const sat = addDays(mondayOf(dct), 5 + 7 * shift);
      return `${fmtWeek(sat)}-WE`;
    }
    case 'M':
      return fmtMonth(addMonths(dct, shift));
    case 'Q': {
      const idx = dct.y * 4 + quarterOf(dct) - 1 + shift;
      return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
    }
    case 'H': {
      const idx = dct.y * 2 + (dct.m > 6 ? 1 : 0) + shift;
      return `${Math.floor(idx / 2)}-H${(idx % 2) + 1}`;
    }
    case 'Y':
      return fmtYear(dct.y + shift);
    case 'DE':
      return String(Math.floor(dct.y / 10) + shift);
    case 'CE':
      return String(Math.floor(dct.y / 100) + shift);
    default:
      return null;
  }
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "this summer", "last fall", "next winter": the season instance as YYYY-SS. */
export function resolveSeason(dct: Ymd, season: string, deixis: Deixis, tense: Tense): string {
  // Winter starts in December and is labelled with that December's year.
  const startOf = (y: number) => ({ y, m: SEASON_START[season], d: 1 });
  const years = [dct.y - 2, dct.y - 1, dct.y, dct.y + 1];
  const containing = years.find((y) => {
    const s = startOf(y);
    const e = addMonths(s, 3);
    return diffDays(dct, s) >= 0 && diffDays(e, dct) > 0;
  });
  let y: number;
  if (deixis === 'this') y = season === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  else if (deixis === 'last') y = years.filter((k) => diffDays(addMonths(startOf(k), 3), dct) <= 0).pop() ?? dct.y - 1;
  else if (deixis === 'next') y = years.find((k) => diffDays(startOf(k), dct) > 0) ?? dct.y + 1;
  else if (containing !== undefined) y = containing;
  else if (tense === 'past') y = years.filter((k) => diffDays(startOf(k), dct) < 0).pop() ?? dct.y;
  else if (tense === 'future' || deixis === 'this') y = years.find((k) => diffDays(startOf(k), dct) > 0) ?? dct.y;
  else y = dct.y;
  return `${y}-${season}`;
}

/** "two days ago", "a year earlier": the date n units before (or after) at the unit's granularity. */
export function shifted(dct: Ymd, n: number, unit: string, sign: number): string | null {
  const k = n * sign;
  switch (unit) {
    case 'D':
      return Number.isInteger(k) ? fmtDay(addDays(dct, k)) : null;
    case 'W':
      // "a week ago", "two weeks ago" point at a day ("a week ago Friday"); "six weeks ago" at a week.
      if (Number.isInteger(k) && Math.abs(k) <= 2) return fmtDay(addDays(dct, 7 * k));
      return fmtWeek(addDays(dct, Math.round(7 * k)));
    case 'M':
      return fmtMonth(addMonths(dct, Math.round(k)));
    case 'Q':
      return deicticUnit(dct, 'Q', Math.round(k));
    case 'Y':
      return fmtYear(dct.y + Math.round(k));
    case 'DE':
      return String(Math.floor((dct.y + Math.round(k) * 10) / 10));
    case 'CE':
      return String(Math.floor((dct.y + Math.round(k) * 100) / 100));
    case 'H':
    case 'MIN':
    case 'S':
      return fmtDay(dct);
    default:
      return null;
  }
}
