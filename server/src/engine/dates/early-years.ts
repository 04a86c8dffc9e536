// Years the four-digit rules do not see: eras, early years, the short end of a year range.
//   "under Clisthenes (508 BC)", "around 3000 BC", "in AD 842", "347 AD"  → -0508, -3000, 0842, 0347
//   "In 366, Jerome went to Rome." / "until 373."                         → 0366, 0373 (after in,
//        until, since or c. and before punctuation: "in 300 cities", "up from 443.6" are not years)
//   "her mature period (1894 – 96)", "the 1914-18 war"                     → 96 = 1896, 18 = 1918
import type { Candidate } from './rules';

const ERA = /\b(?:(AD|CE)\s?(\d{1,4})|(\d{1,4})\s?(BC|BCE|AD|CE))\b/g;
const EARLY = /\b(?:[Ii]n|[Uu]ntil|[Ss]ince|c\.)\s+(\d{3})(?=\s*[,;:)]|\.(?!\d)|\s+(?:and|to|when|until)\b)/g;
const RANGE_END = /\b(1\d|20)(\d\d)\s?[–—-]\s?(\d\d)\b(?![\d,.]\d|\s*(?:%|per|cents?|percent))/g;

const year = (n: number) => (n < 0 ? `-${String(-n).padStart(4, '0')}` : String(n).padStart(4, '0'));

const date = (start: number, end: number, value: string): Candidate => ({ start, end, type: 'date', value, relative: false, prio: 1 });

/** Candidates of one block (offsets in the block). */
export function earlyYearCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (/\d\s?(?:BC|BCE|AD|CE)\b|\b(?:AD|CE)\s?\d/.test(text)) {
    for (const m of text.matchAll(ERA)) {
      const n = Number(m[2] ?? m[3]);
      const bc = m[4] === 'BC' || m[4] === 'BCE';
      if (!n) continue;
      out.push(date(m.index!, m.index! + m[0].length, year(bc ? -n : n)));
    }
  }
  for (const m of text.matchAll(EARLY)) {
    const at = m.index! + m[0].length - m[1].length;
    out.push(date(at, at + 3, year(Number(m[1]))));
  }
  for (const m of text.matchAll(RANGE_END)) {
    const startYear = Number(m[1] + m[2]);
    let end = Number(m[1]) * 100 + Number(m[3]);
    if (end <= startYear) end += 100;
    if (end - startYear > 30) continue;
    const at = m.index! + m[0].length - 2;
    out.push(date(at, at + 2, String(end)));
  }
  return out;
}
