// Where the shared data lives. It is read in place, never copied into the repository.
// NEWS_LENS_SHARED overrides the shared folder (default: ../shared beside the repository);
// NEWS_LENS_EVAL overrides the evaluation folder (default: <shared>/eval).
import path from 'node:path';
import { existsSync } from 'node:fs';

export const repoRoot = path.resolve(__dirname, '..');

export function sharedDir(): string {
  return path.resolve(process.env.NEWS_LENS_SHARED ?? path.join(repoRoot, '..', 'shared'));
}

export function evalDir(): string {
  return path.resolve(process.env.NEWS_LENS_EVAL ?? path.join(sharedDir(), 'eval'));
}

export function articlesDir(): string {
  return path.join(sharedDir(), 'articles');
}

/** The shared articles with their gold files, or null (with the reason) when absent. */
export function sharedArticles(): { files: string[] } | { missing: string } {
  const dir = articlesDir();
  if (!existsSync(dir)) return { missing: `${dir} not found (set NEWS_LENS_SHARED)` };
  return {
    files: ['cnn-2013-09-11-kerry-lavrov', 'jpost-2013-09-12-syria-talks'].map((n) => path.join(dir, n)),
  };
}
