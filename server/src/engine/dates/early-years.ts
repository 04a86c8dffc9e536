// Years the four-digit rules do not see: eras, early years, the short end of a year range.
//   "under Clisthenes (508 BC)", "around 3000 BC", "in AD 842", "347 AD"  → -0508, -3000, 0842, 0347
//   "In 366, Jerome went to Rome." / "until 373." / "c. 347 – 420"       → 0366, 0373, 0347 (after
//        in, until, since, c. or "the year", before punctuation or a dash; "In 348 Pachomius died"
//        at a sentence start; not "in 300 cities", "up from 443.6")
//   "in 1423", "from 1598 to 1722", "(1480)", "in the 1540s"              → 1423, 1598, 1480, 154
//        (years before 1600 only after a preposition or a bracket, not "in 1500 stores")
//   "her mature period (1894 – 96)", "the 1914-18 war"                     → 96 = 1896, 18 = 1918
//   "2008's The Christmas Cottage"                                         → 2008 (not "1980's": a decade)
//   "from the 15th to the 19th century"                                    → the 15th = 14
//   "30 September 420", "December of 384"                                  → 0420-09-30, 0384-12
import { fmtYear as year } from './calendar';
import type { Candidate } from './context';
import { MONTH_RE, monthNumber } from './lexicon';

const ERA = /\b(?:(AD|CE)\s?(\d{1,4})|(\d{1,4})\s?(BC|BCE|AD|CE))\b/g;
const EARLY = /(?:\b(?:[Ii]n|[Uu]ntil|[Ss]ince|c\.)\s+(\d{3})(?=\s*[,;:)]|\.(?!\d)|\s+(?:and|to|when|until)\b|\s*[–—]|\s+-\s)|(?<=(?:^|[.!?]\s+|\n)In\s+)(\d{3})(?=\s+\p{Lu}\p{Ll})|(?<=\bthe year\s+)(\d{1,3})\b(?![.,]\d))/gu;
// Years 1000-1599 (the year rules start at 1600, where counts like "1,500" or "1500 stores" are rarer)
// need a preposition or bracket before them: "in 1423", "from 1598 to 1722", "(1480)"; decades too.
const OLD_YEAR = /(?<=\b(?:[Ii]n|[Ff]rom|[Tt]o|[Uu]ntil|[Ss]ince|[Bb]y|[Aa]round|c\.|circa)\s+|\(\s*)(?:the\s+)?(1[0-5]\d\d)(s?)\b(?![.,]\d|\s*%|\s+(?:percent|\p{Ll}+s)\b)/gu;
// A year's possession: "2008's The Christmas Cottage" (a year ending in 0 + 's is often a decade: left alone).
const POSSESSIVE = /(?<![\d,.$£€#/-])\b((?:1[6-9]|20)\d[1-9])(?=['’]s\b)/g;
// The first of two centuries sharing one noun: "from the 15th to the 19th century" → the 15th century.
const CENTURY_PAIR = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?=\s+(?:to|and|or|through|[–—-])\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+centur)/g;
// A day or month with an early year: "30 September 420", "December of 384" (not "May 300 people").
const EARLY_MONTH = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH_RE})\\s+(?:of\\s+)?(\\d{3})\\b(?![.,]\\d|\\s*%)`, 'gu');
const RANGE_END = /\b(1\d|20)(\d\d)\s?[–—-]\s?(\d\d)\b(?![\d,.]\d|\s*(?:%|per|cents?|percent))/g;


// Cheap necessary conditions of the patterns above (see earlyYearCandidates).
const DIGIT = /\d/;
const THREE_DIGITS = /\d\d\d/;
const OLD_DIGITS = /1[0-5]\d\d/;
const YEAR_S = /\d['’]s/;

const date = (start: number, end: number, value: string): Candidate => ({ start, end, type: 'date', value, relative: false, prio: 1 });

/** Candidates of one block (offsets in the block). */
export function earlyYearCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Every pattern here needs a digit, most three in a row (not ERA, "the year 5", "the 15th to the 19th
  // century"): these scans rule most blocks out instead of running each pattern (lookbehinds test every position).
  if (!DIGIT.test(text)) return out;
  const three = THREE_DIGITS.test(text);
  if ((text.includes('AD') || text.includes('BC') || text.includes('CE')) && /\d\s?(?:BC|BCE|AD|CE)\b|\b(?:AD|CE)\s?\d/.test(text)) {
    for (const m of text.matchAll(ERA)) {
      const n = Number(m[2] ?? m[3]);
      const bc = m[4] === 'BC' || m[4] === 'BCE';
      if (!n) continue;
      out.push(date(m.index!, m.index! + m[0].length, year(bc ? -n : n)));
    }
  }
  if (three || text.includes('the year')) for (const m of text.matchAll(EARLY)) {
    const digits = m[1] ?? m[2] ?? m[3];
    const at = m.index! + m[0].length - digits.length;
    out.push(date(at, at + digits.length, year(Number(digits))));
  }
  if (three && OLD_DIGITS.test(text)) for (const m of text.matchAll(OLD_YEAR)) {
    const decade = m[2] === 's';
    if (decade && !m[1].endsWith('0')) continue;
    // "the 1500s" is a century, "the 1540s" a decade.
    out.push(date(m.index!, m.index! + m[0].length, decade ? (m[1].endsWith('00') ? m[1].slice(0, 2) : m[1].slice(0, 3)) : m[1]));
  }
  if (three && YEAR_S.test(text)) for (const m of text.matchAll(POSSESSIVE)) out.push(date(m.index!, m.index! + 4, m[1]));
  if (text.includes('centur')) for (const m of text.matchAll(CENTURY_PAIR)) out.push(date(m.index!, m.index! + m[0].length, String(Number(m[1]) - 1).padStart(2, '0')));
  if (three) for (const m of text.matchAll(EARLY_MONTH)) {
    if (!/^\p{Lu}/u.test(m[2])) continue;
    // "May 300 people": a count, unless "of" makes it a year ("December of 384 he left").
    if (/^\s+\p{Ll}/u.test(text.slice(m.index! + m[0].length)) && !/\bof\s+\d{3}$/.test(m[0])) continue;
    const month = `${year(Number(m[3]))}-${String(monthNumber(m[2])).padStart(2, '0')}`;
    const day = m[1] && +m[1] >= 1 && +m[1] <= 31 ? `-${m[1].padStart(2, '0')}` : '';
    const start = m[1] && !day ? m.index! + m[0].indexOf(m[2]) : m.index!;
    out.push(date(start, m.index! + m[0].length, month + day));
  }
  if (three) for (const m of text.matchAll(RANGE_END)) {
    const startYear = Number(m[1] + m[2]);
    let end = Number(m[1]) * 100 + Number(m[3]);
    if (end <= startYear) end += 100;
    if (end - startYear > 30) continue;
    const at = m.index! + m[0].length - 2;
    out.push(date(at, at + 2, String(end)));
  }
  return out;
}
