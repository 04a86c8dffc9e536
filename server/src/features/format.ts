// Words for resolved dates (TimeML values) and other small presentation helpers shared by features.
import type { DateMention } from '../engine/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second', DE: 'decade', CE: 'century' };
const REFS: Record<string, string> = { PRESENT_REF: 'now (the present)', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const PARTS: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter', Q1: 'first quarter', Q2: 'second quarter', Q3: 'third quarter', Q4: 'fourth quarter', H1: 'first half', H2: 'second half' };

function weekday(y: number, m: number, d: number): string {
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** Monday of ISO week `w` of year `y`. */
function isoWeekMonday(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const day = jan4.getUTCDay() || 7;
  return new Date(Date.UTC(y, 0, 4 - day + 1 + (w - 1) * 7));
}

function plural(n: string, unit: string): string {
  return `${n} ${unit}${n === '1' ? '' : 's'}`;
}

/** "Thursday, 12 September 2013" for 2013-09-12; readable words for the other TimeML value shapes. */
export function dateInWords(value: string | null): string {
  if (!value) return 'unresolved';
  if (REFS[value]) return REFS[value];
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12) return value;
    let s = `${weekday(y, mo, d)}, ${d} ${MONTHS[mo - 1]} ${y}`;
    if (m[4]) s += `, ${m[4]}:${m[5]}`;
    if (m[6]) s += ` (${PARTS[m[6]]})`;
    return s;
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    const words = `${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`;
    return m[3] ? `the weekend of week ${+m[2]}, ${m[1]}` : `the week of Monday ${words}`;
  }
  // A day of a known month, which day untold ("that same day" after "last October").
  if ((m = /^(\d{4})-(\d{2})-XX(?:T(MO|AF|EV|NI|DT))?$/.exec(value)) && MONTHS[+m[2] - 1]) return `a day in ${MONTHS[+m[2] - 1]} ${m[1]}${m[3] ? ` (${PARTS[m[3]]})` : ''}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1] ?? m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value))) return `${SEASONS[m[2]]} of ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return `the year ${m[1]}`;
  if ((m = /^(\d{3})X?$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})X{0,2}$/.exec(value))) return `the ${+m[1] + 1}th century`;
  if ((m = /^T(\d{2}):(\d{2})$/.exec(value))) return `${m[1]}:${m[2]}`;
  if ((m = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE)$/.exec(value))) {
    const unit = m[1] && m[3] === 'M' ? 'minute' : UNITS[m[3]];
    return m[2] === 'X' ? `some ${unit}s` : plural(m[2], unit);
  }
  return value;
}

/** Short form for inlay hints: "Thu 12 Sep 2013". */
export function dateShort(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (mo < 1 || mo > 12) return value;
    return `${weekday(y, mo, d).slice(0, 3)} ${d} ${MONTHS[mo - 1].slice(0, 3)} ${y}`;
  }
  const words = dateInWords(value);
  return words === value ? value : words;
}

export function describeDate(d: DateMention): string {
  const kinds: Record<string, string> = { date: 'Date', time: 'Time', duration: 'Duration', set: 'Recurring' };
  return kinds[d.type] ?? 'Date';
}

/** Escape what changes meaning inline (names and quotes are never at the start of a Markdown line here). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

export function plural2(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}
