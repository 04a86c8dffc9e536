// Named holidays ("Thanksgiving", "Christmas Eve", "Labor Day") from data/holidays.json.
import data from '../../data/holidays.json';
import { type Ymd, addDays, easter, fmtDay, fmtWeek, nthWeekday } from './calendar';
import { type Deixis, anchorText, pickYear } from './resolve';
import type { BlockContext, Candidate } from './context';
import { occurs, wordKeys } from './word-filter';

interface Holiday {
  names: string[];
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  offset?: number;
  easter?: number;
}

const HOLIDAYS: Holiday[] = data.holidays;
const byName = new Map<string, Holiday>();
for (const h of HOLIDAYS) for (const n of h.names) byName.set(n.toLowerCase(), h);

const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
const RE = new RegExp(`\\b(?:(last|next|this)\\s+)?(${names.join('|')})(?:,?\\s+((?:19|20)\\d\\d))?(\\s+week)?(?![\\w'’])`, 'gi');

// Every match holds a whole name, so each word of some name occurs in the lower-cased block (the
// pattern ignores case, without the `u` flag: only ASCII letters change case).
// Longest (rarest) word first, so most names fail on their first word; plain loops, as this runs on every block.
const NAME_WORDS = [...byName.keys()].map((n) => n.split(' ').sort((a, b) => b.length - a.length));
const NAME_KEYS = NAME_WORDS.map((ws) => ws.map(wordKeys));
function mayHoldName(lower: string): boolean {
  for (let i = 0; i < NAME_WORDS.length; i++) {
    const ws = NAME_WORDS[i];
    let j = 0;
    while (j < ws.length && occurs(lower, ws[j], NAME_KEYS[i][j])) j++;
    if (j === ws.length) return true;
  }
  return false;
}

export function holidayDate(h: Holiday, y: number): Ymd {
  if (h.easter !== undefined) return addDays(easter(y), h.easter);
  if (h.nth !== undefined) return addDays(nthWeekday(y, h.month!, h.weekday!, h.nth), h.offset ?? 0);
  return { y, m: h.month!, d: h.day! };
}

/** Compile the pattern for a long subject at once (see primeRules in rules.ts). */
export function primeHolidays(article: string): void {
  RE.lastIndex = 0;
  RE.exec(article);
  RE.lastIndex = 0;
}

export function holidayCandidates(ctx: BlockContext): Candidate[] {
  const out: Candidate[] = [];
  if (!mayHoldName(ctx.lower)) return out;
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(ctx.text))) {
    const name = m[2];
    if (!/^[A-Z]/.test(name.replace(/^the\s+/i, ''))) continue;
    const h = byName.get(name.toLowerCase().replace(/\s+/g, ' '));
    if (!h) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Other calendars' new years fall elsewhere ("Chinese New Year", "Jewish New Year").
    if (/^new year/i.test(name) && /\b(?:Chinese|Lunar|Jewish|Persian|Islamic|Iranian|Vietnamese|Tibetan|Thai)\s+$/.test(ctx.text.slice(Math.max(0, start - 12), start))) continue;
    // "Easter week", "Thanksgiving week": the ISO week holding the holiday.
    const fmt = m[4] ? fmtWeek : fmtDay;
    if (m[3]) {
      out.push({ start, end, type: 'date', value: fmt(holidayDate(h, +m[3])), relative: false, prio: 3 });
      continue;
    }
    const deixis = (m[1]?.toLowerCase() ?? null) as Deixis;
    const dct = ctx.dct;
    if (!dct) {
      out.push({ start, end, type: 'date', value: null, relative: true, prio: 3 });
      continue;
    }
    const tense = ctx.tense(start, end);
    // Pick the year by the holiday's date in the publication year.
    const base = holidayDate(h, dct.y);
    let y = pickYear(dct, base.m, base.d, tense, deixis);
    if (deixis === 'this') y = dct.y;
    out.push({ start, end, type: 'date', value: fmt(holidayDate(h, y)), relative: true, anchor: anchorText(dct, `${name} in ${y}`), prio: 3 });
  }
  return out;
}
