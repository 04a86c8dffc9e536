// The corrections a command honours for one article: its ARTICLE.EXT.lens.json and the nearest
// .news-lens/names.json above it. A file that cannot be used is reported and the article falls back to
// machine output (nothing is written).
import type { CorrectionsInput } from '../engine/corrections/types';
import { findNamesFile, formatStoreError, readCorrections, readNamesFile } from '../corrections/store';

export interface LoadedCorrections {
  /** Undefined when the article has no corrections and no names list applies. */
  input?: CorrectionsInput;
  /** "path:line:col: message" for each file that could not be used. */
  errors: string[];
}

export async function loadCorrections(articlePath: string): Promise<LoadedCorrections> {
  const errors: string[] = [];
  const own = await readCorrections(articlePath);
  let records = 'error' in own ? [] : (own.file?.records ?? []);
  if ('error' in own) {
    errors.push(`${formatStoreError(own.error)} (using machine output for this article)`);
    records = [];
  }
  let names: CorrectionsInput['names'] = [];
  const namesPath = await findNamesFile(articlePath);
  if (namesPath) {
    const got = await readNamesFile(namesPath);
    if ('error' in got) errors.push(`${formatStoreError(got.error)} (names list ignored)`);
    else names = got.file?.names ?? [];
  }
  if (records.length === 0 && names.length === 0) return { errors };
  return { input: { records, names }, errors };
}
