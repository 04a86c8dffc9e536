// chrono-node for calendar dates and clock times ("Tuesday, September 10, 2013", "Aug. 21",
// "10:30 a.m. ET", "12/03/2013"). Everything chrono reads relative to "now" (weekdays, "today",
// "last week") is left to the news rules, which know the publication date and the tense.
import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import { fmtDay, yearEndedBy } from './calendar';
import { weekdayNumber } from './lexicon';
import words from '../../data/date-words.json';
import { anchorText, pickYear, resolveWeekday } from './resolve';
import type { BlockContext, Candidate } from './context';

const parser = chrono.en.casual.clone();
// TimeML marks each end of a range separately ("from Aug. 26 to Oct. 20" → two dates).
parser.refiners = parser.refiners.filter((r) => !/Range/.test(r.constructor.name));
// Casual and relative parsers read against "now"; the news rules handle those phrases instead.
parser.parsers = parser.parsers.filter((p) => !/Casual|Relative|TimeUnit|EndOfCurrent/.test(p.constructor.name));
// Only run chrono where it can find something: a month name, a digit, or a clock word.
const TRIGGER = /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:noon|midnight)\b/;
// …and, in a sentence, only where a result could be kept below: one with a month word, a numeric date
// or a clock time (a digit alone, as in "40 percent", gives nothing; chrono is the slowest part here).
const MONTH_ANY = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const CLOCK_OR_NUMERIC = /noon|midnight|\d:\d\d|\d\s*[ap]\.?m|o'clock|\d\s+in\s+the\s+(?:morning|afternoon|evening)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;
const LEAD = /^(?:(?:on|at|in|from|by|since|until|till|of|the|before|after|through)\s+)+/i;
const CLOCK = /\d:\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|o'clock|\d\s+in\s+the\s+(?:morning|afternoon|evening)|\bnoon\b|\bmidnight\b/i;
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const TZ = new RegExp(`^\\s+(?:${[...words.timezones].sort((a, b) => b.length - a.length).map((z) => z.replace(/ /g, '\\s+')).join('|')})\\b`);
const pad = (n: number) => String(n).padStart(2, '0');
// "the quarter ended Oct. 31", "the year ended June 30": a period that has ended, so the day is not ahead.
const ENDED_BEFORE = /\bended\s+(?:on\s+)?$/i;
/** " and 25" after "April 24" when the clause goes on ("… in Washington", "…."), not " and 25 percent". */
const SECOND_DAY = /^\s+(?:and|or|&)\s+(\d{1,2})(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:in|at|on|of|to|from|for|when|with|and|or|but|as|after|before|respectively)\b)/;

function known(c: ParsedComponents, k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'): number | null {
  return c.isCertain(k) ? (c.get(k) ?? null) : null;
}

let primed = false;
/**
 * Compile chrono's patterns to machine code at once, before the first analysis in a process (see
 * primeRules in rules.ts): one parse of a blank line of 1,000 characters, of the article's string width
 * (V8 compiles separately for Latin-1 and two-byte strings; a document with any other character is
 * two-byte, and so are the slices chrono reads). Only speed depends on this, never the result.
 */
export function primeChrono(article: string): void {
  if (primed || article.length < 1000) return;
  if (!TRIGGER.test(article) || !(MONTH_ANY.test(article) || CLOCK_OR_NUMERIC.test(article))) return;
  primed = true;
  parser.parse(' '.repeat(1000) + (/[^\x00-\xff]/.test(article) ? '\u2014' : ''), new Date(Date.UTC(2000, 0, 1, 12)));
}

export function chronoCandidates(ctx: BlockContext): Candidate[] {
  if (!TRIGGER.test(ctx.text)) return [];
  const ref = ctx.dct ? new Date(Date.UTC(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Candidate[] = [];
  // Sentence by sentence, and only where a trigger occurs: chrono's cost grows faster than the text.
  const results: { text: string; index: number; start: ParsedComponents }[] = [];
  for (const s of ctx.sentences) {
    if (!TRIGGER.test(s.text) || !(MONTH_ANY.test(s.text) || CLOCK_OR_NUMERIC.test(s.text))) continue;
    for (const r of parser.parse(s.text, ref)) results.push({ text: r.text, index: r.index + s.start, start: r.start });
  }
  for (const r of results) {
    let text = r.text;
    let start = r.index;
    const lead = LEAD.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // Trailing punctuation chrono sometimes keeps.
    text = text.replace(/[\s,;:)]+$/, (tail) => (text.includes('(') && tail.includes(')') ? tail.slice(0, tail.indexOf(')') + 1) : ''));
    let end = start + text.length;
    // "8 p.m. local time", "10 a.m. GMT": the zone belongs to the time.
    const zone = CLOCK.test(text) ? TZ.exec(ctx.text.slice(end, end + 30)) : null;
    if (zone) {
      end += zone[0].length;
      text = ctx.text.slice(start, end);
    }
    const c = r.start;
    let year = known(c, 'year');
    let month = known(c, 'month');
    let day = known(c, 'day');
    const hour = known(c, 'hour');
    const wd = known(c, 'weekday');
    const hasClock = hour !== null && CLOCK.test(text);
    // "after Jan. 1, 1990 at 1,015 francs": a bare number after "at" is no clock time.
    if (!hasClock && hour !== null) {
      const bare = /\s+at\s+\d{1,2}(?::\d\d)?$/i.exec(text);
      if (bare) {
        text = text.slice(0, bare.index);
        end = start + text.length;
      }
    }
    const monthWord = MONTH_WORD.exec(text);
    if (monthWord && !/^[A-Z]/.test(monthWord[0])) continue;
    if (monthWord && /^May$/.test(monthWord[0]) && !day && !year) continue;
    // Numeric dates need a year ("9/11" is an event name, "5-4" a vote); relative phrases are the rules' job.
    if (!monthWord && (year === null || !NUMERIC_DATE.test(text))) {
      if (!hasClock) continue;
      year = month = day = null;
    }
    let clock = '';
    if (hasClock) clock = `T${pad(hour!)}:${pad(known(c, 'minute') ?? 0)}` + (/(?:\b(?:UTC|GMT|Z)\b|\dZ\b)(?!\s*[+-]\s*\d)/.test(text) ? 'Z' : '');
    if (month !== null && day !== null) {
      if (year !== null) {
        out.push({ start, end, type: hasClock ? 'time' : 'date', value: `${year}-${pad(month)}-${pad(day)}${clock}`, relative: false, prio: 6 });
      } else if (ctx.dct) {
        const dct = ctx.dct;
        const y = ENDED_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)) ? yearEndedBy(dct, month, day) : pickYear(dct, month, day, ctx.tense(start, end), null, ctx.firm(start, end));
        out.push({ start, end, type: hasClock ? 'time' : 'date', value: `${y}-${pad(month)}-${pad(day)}${clock}`, relative: true, anchor: anchorText(dct, `year ${y} from the publication date`), prio: 6 });
      } else {
        out.push({ start, end, type: hasClock ? 'time' : 'date', value: null, relative: true, prio: 6 });
      }
      // "April 24 and 25": the second day is a date of its own in the same month.
      const more = hasClock ? null : SECOND_DAY.exec(ctx.text.slice(end, end + 40));
      if (more && +more[1] > day && +more[1] <= 31) {
        const last = out[out.length - 1];
        const s2 = end + more[0].length - more[1].length;
        out.push({ ...last, start: s2, end: s2 + more[1].length, value: last.value ? last.value.slice(0, 8) + pad(+more[1]) : null, prio: 6 });
      }
      continue;
    }
    if (month !== null && year !== null && day === null && !hasClock) {
      out.push({ start, end, type: 'date', value: `${year}-${pad(month)}`, relative: false, prio: 6 });
      continue;
    }
    if (hasClock) {
      // "10:30 a.m. ET on Friday": the weekday decides the day; otherwise the sentence or the publication date.
      if (wd !== null && ctx.dct) {
        const name = /\b(Sun|Mon|Tues?|Wed|Thu|Fri|Sat)[a-z]*\b/.exec(text);
        const w = name ? weekdayNumber(name[0]) : wd;
        const res = resolveWeekday(ctx.dct, w ?? wd, ctx.tense(start, end), null, ctx.sentenceAt(start).weekShift);
        out.push({ start, end, type: 'time', value: fmtDay(res.date) + clock, relative: true, anchor: anchorText(ctx.dct, res.why), prio: 6 });
      } else {
        out.push({ start, end, type: 'time', value: null, relative: true, clock, prio: 6 });
      }
    }
  }
  return out;
}
