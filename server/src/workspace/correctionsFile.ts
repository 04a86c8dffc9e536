// The corrections beside an article, read synchronously for the index worker (which summarises one file at a
// time in a job that cannot wait on promises). A file that cannot be read or parsed is ignored here: an open
// article reports it as a diagnostic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCorrections, parseNames, type CorrectionsInput } from '../engine/corrections';
import { correctionsPathFor, isCorrectionsFile as isLensFile, namesPathFor } from '../corrections/store';

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function readCorrectionsSync(articlePath: string): CorrectionsInput | undefined {
  const raw = readText(correctionsPathFor(articlePath));
  const parsed = raw === null ? null : parseCorrections(raw);
  const records = parsed && 'file' in parsed ? parsed.file.records : [];
  let names: CorrectionsInput['names'] = [];
  // The nearest .news-lens/names.json above the article, as the CLI finds it.
  for (let dir = path.dirname(articlePath); ; dir = path.dirname(dir)) {
    const n = readText(namesPathFor(dir));
    if (n !== null) {
      const p = parseNames(n);
      if ('file' in p) names = p.file.names;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return records.length || names.length ? { records, names } : undefined;
}

export { correctionsPathFor };

/** Files the server watches besides the articles: corrections beside them and the workspace names lists. */
export const CorrectionFileGlobs = ['**/*.lens.json', '**/.news-lens/names.json'];

export function isCorrectionsFile(p: string): boolean {
  return isLensFile(p) || (path.basename(p) === 'names.json' && path.basename(path.dirname(p)) === '.news-lens');
}

/** The article a corrections file belongs to (null for a names list). */
export function articleOf(p: string): string | null {
  return isLensFile(p) ? p.slice(0, p.length - (correctionsPathFor(p).length - p.length)) : null;
}
