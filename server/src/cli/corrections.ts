// The corrections a command honours for one article: its ARTICLE.EXT.lens.json and the nearest
// .news-lens/names.json above it. A file that cannot be used is reported and the article falls back to
// machine output (nothing is written).
import path from 'node:path';
import type { CorrectionsInput } from '../engine/corrections/types';
import { findNamesFile, formatStoreError, readCorrections, readNamesFile } from '../corrections/store';

export interface LoadedCorrections {
  /** Undefined when the article has no corrections and no names list applies. */
  input?: CorrectionsInput;
  /** "path:line:col: message" for each file that could not be used. */
  errors: string[];
}

type Names = { names: NonNullable<CorrectionsInput['names']>; errors: string[] };

/**
 * The names list that applies to a folder, looked up once per folder for the whole command: finding it
 * stats every folder up to the root, which cost about a tenth of a run over many small articles.
 */
const namesByFolder = new Map<string, Promise<Names>>();

/** Forget the names lists looked up so far (main() calls it: each command sees the files as they are when it starts). */
export function forgetNamesLists(): void {
  namesByFolder.clear();
}

function namesFor(articlePath: string): Promise<Names> {
  const folder = path.dirname(path.resolve(articlePath));
  let found = namesByFolder.get(folder);
  if (!found) {
    found = (async () => {
      const namesPath = await findNamesFile(articlePath);
      if (!namesPath) return { names: [], errors: [] };
      const got = await readNamesFile(namesPath);
      if ('error' in got) return { names: [], errors: [`${formatStoreError(got.error)} (names list ignored)`] };
      return { names: got.file?.names ?? [], errors: [] };
    })();
    namesByFolder.set(folder, found);
  }
  return found;
}

export async function loadCorrections(articlePath: string): Promise<LoadedCorrections> {
  const errors: string[] = [];
  const own = await readCorrections(articlePath);
  let records = 'error' in own ? [] : (own.file?.records ?? []);
  if ('error' in own) {
    errors.push(`${formatStoreError(own.error)} (using machine output for this article)`);
    records = [];
  }
  const folderNames = await namesFor(articlePath);
  errors.push(...folderNames.errors);
  const names = folderNames.names;
  if (records.length === 0 && names.length === 0) return { errors };
  return { input: { records, names }, errors };
}
