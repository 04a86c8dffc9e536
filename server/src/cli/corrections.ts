// The corrections a command honours for one article: its ARTICLE.EXT.lens.json and the nearest
// .news-lens/names.json above it. A file that cannot be used is reported and the article falls back to
// machine output (nothing is written).
import { opendirSync } from 'node:fs';
import path from 'node:path';
import type { CorrectionsInput } from '../engine/corrections/types';
import { CORRECTIONS_SUFFIX, findNamesFile, formatStoreError, readCorrections, readNamesFile } from '../corrections/store';

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

/**
 * The corrections files in a folder (names only), listed once the command reads a second article from it:
 * asking the disk for each article's absent corrections file cost about 1.5% of a run over many small articles.
 * `null`: the folder could not be listed, so each article's file is looked up on its own.
 */
const correctionsByFolder = new Map<string, Set<string> | null | 'seen once'>();

/** Forget the names lists and folder listings so far (main() calls it: each command sees the files as they are when it starts). */
export function forgetNamesLists(): void {
  namesByFolder.clear();
  correctionsByFolder.clear();
}

/** False only when the folder's listing shows that the article has no corrections file. */
function mayHaveCorrections(articlePath: string): boolean {
  const folder = path.dirname(path.resolve(articlePath));
  let listed = correctionsByFolder.get(folder);
  if (listed === undefined) return (correctionsByFolder.set(folder, 'seen once'), true);
  if (listed === 'seen once') correctionsByFolder.set(folder, (listed = listCorrections(folder)));
  return listed === null || listed.has(path.basename(articlePath) + CORRECTIONS_SUFFIX);
}

/** Streams the folder (a folder of a million articles is never held as one array) and keeps the corrections files' names. */
function listCorrections(folder: string): Set<string> | null {
  const found = new Set<string>();
  try {
    const dir = opendirSync(folder, { bufferSize: 256 });
    try {
      for (let entry = dir.readSync(); entry; entry = dir.readSync()) if (entry.name.endsWith(CORRECTIONS_SUFFIX)) found.add(entry.name);
    } finally {
      dir.closeSync();
    }
  } catch {
    return null;
  }
  return found;
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
  const own = mayHaveCorrections(articlePath) ? await readCorrections(articlePath) : { file: null };
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
