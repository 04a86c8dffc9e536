// The publication date: --published, then front matter `date`, then a date line near the top
// ("Updated 10:32 AM ET, Wed September 11, 2013", "2013-09-12", "September 12, 2013 14:05").
// chrono-node reads the date words; we only decide whether a line is "just a date".
import * as chrono from 'chrono-node';
import type { Article, PublishedSource } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// The absolute parsers of chrono's casual English set: the same parser objects the date stage
// uses (a clone copies the list, not the parsers), so their patterns are compiled once per process
// instead of once more for chrono.strict. Relative parsers ("today") cannot give a dateline's day.
const lineParser = chrono.en.casual.clone();
lineParser.parsers = lineParser.parsers.filter((p) => !/Casual|Relative|TimeUnit|EndOfCurrent/.test(p.constructor.name));

/** True for YYYY-MM-DD naming a real calendar day (2013-02-29 is false). */
export function isValidDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Why a --published value is unusable, or null when it is fine. */
export function publishedError(value: string): string | null {
  if (!ISO_DAY.test(value)) return `--published must be a date written YYYY-MM-DD (got "${value}")`;
  if (!isValidDay(value)) return `--published ${value} is not a real calendar date`;
  return null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Words that may sit around the date on a timestamp line without making it prose. */
const FILLER =
  /^(updated|update|published|posted|last|modified|first|created|on|at|am|pm|a\.m\.|p\.m\.|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|z|time|date|dated|filed|issued|and|by)$/i;

/**
 * The day a line names when the line is only a date/timestamp (with words like "Updated",
 * "Published:", "ET"), as YYYY-MM-DD; null for prose or a date without a full year/month/day.
 */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  if (!text || text.length > 160) return null;
  // "By Jane Doe, CNN | Updated 10:32 AM ET, Wed September 11, 2013": judge the parts after the byline.
  if (/^By\s/.test(text) && /[|•·]/.test(text)) {
    for (const part of text.split(/\s*[|•·]\s*/).slice(1)) {
      const day = parseDateLine(part);
      if (day) return day;
    }
    return null;
  }
  if (text.length > 120) return null;
  if (!/\d/.test(text)) return null; // a full date always has a day or year number
  let results: chrono.ParsedResult[];
  try {
    results = lineParser.parse(text);
  } catch {
    return null;
  }
  const full = results.find(
    (r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'),
  );
  if (!full) return null;
  // What is left after removing the dates must be filler words and separators only.
  let rest = text;
  for (const r of [...results].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, r.index) + ' ' + rest.slice(r.index + r.text.length);
  }
  const words = rest.split(/[\s,|:;·•/()[\]*_–—-]+/).filter(Boolean);
  if (words.some((w) => !FILLER.test(w))) return null;
  const day = `${pad(full.start.get('year') ?? 0, 4)}-${pad(full.start.get('month') ?? 0)}-${pad(full.start.get('day') ?? 0)}`;
  return isValidDay(day) ? day : null;
}

/** A front matter `date` (string, Date or number) as YYYY-MM-DD, or null. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return isValidDay(iso[1]) ? iso[1] : null;
  return parseDateLine(text);
}

/** A YYYY-MM-DD in a file name ("cnn-2013-09-11-kerry-lavrov.txt"), if it is a real day. */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return m && isValidDay(m[1]) ? m[1] : null;
}

export function findPublished(
  article: Article,
  option?: string | null,
  fileName?: string,
): { published: string | null; source: PublishedSource } {
  if (option && isValidDay(option)) return { published: option, source: 'option' };
  const fromMeta = normaliseDate(article.meta.date);
  if (fromMeta) return { published: fromMeta, source: 'front-matter' };
  for (const block of article.blocks) {
    if (block.kind !== 'dateline-line') continue;
    const day = parseDateLine(article.text.slice(block.start, block.end));
    if (day) return { published: day, source: 'dateline' };
  }
  // Archives often name files by date; the text itself wins when it says.
  const fromName = fileName ? dateFromFileName(fileName) : null;
  if (fromName) return { published: fromName, source: 'file-name' };
  return { published: null, source: null };
}
