// Calendar arithmetic on plain dates (UTC, no time zones) and TimeML value formatting.

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const DAY = 86_400_000;

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

function toTime(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromTime(t: number): Ymd {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromTime(toTime(a) + n * DAY);
}

export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(a.d, last) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: Ymd): number {
  return new Date(toTime(a)).getUTCDay();
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toTime(a) - toTime(b)) / DAY);
}

/** The year of the latest month/day on or before `ref` (a period that "ended Oct. 31"). */
export function yearEndedBy(ref: Ymd, m: number, d: number): number {
  return m > ref.m || (m === ref.m && d > ref.d) ? ref.y - 1 : ref.y;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An ISO 8601 year: four digits at least, a minus sign before year 0 ("0348", "-0991", "2013"). */
export function fmtYear(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

export function fmtDay(a: Ymd): string {
  return `${fmtYear(a.y)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(a: Ymd): string {
  return `${fmtYear(a.y)}-${pad(a.m)}`;
}

/** ISO 8601 week, e.g. 2013-W37 (weeks start on Monday; week 1 holds the first Thursday). */
export function fmtWeek(a: Ymd): string {
  const wd = (weekday(a) + 6) % 7; // Monday = 0
  const thursday = addDays(a, 3 - wd);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(diffDays(thursday, jan1) / 7) + 1;
  return `${fmtYear(thursday.y)}-W${pad(week)}`;
}

export function quarterOf(a: Ymd): number {
  return Math.floor((a.m - 1) / 3) + 1;
}

/** Monday of the ISO week holding `a`. */
export function mondayOf(a: Ymd): Ymd {
  return addDays(a, -((weekday(a) + 6) % 7));
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function describe(a: Ymd): string {
  return `${fmtDay(a)} (${WEEKDAY_NAMES[weekday(a)]})`;
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The nth (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (wd - weekday(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const last = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}
