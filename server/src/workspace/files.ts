// Which files are articles: include/exclude globs (picomatch), size and binary checks.
import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';
import type { Settings } from './settings';

export interface FileFilter {
  /** True when the path (absolute or relative to a workspace folder) is included and not excluded. */
  matches(relPath: string): boolean;
  /** True when a directory can be skipped entirely. */
  excludesDir(relDir: string): boolean;
}

export function fileFilter(settings: Pick<Settings, 'include' | 'exclude'>): FileFilter {
  const opts = { dot: true, nocase: process.platform === 'win32' };
  const inc = picomatch(settings.include.length ? settings.include : ['**/*'], opts);
  const exc = settings.exclude.length ? picomatch(settings.exclude, opts) : () => false;
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\/+/, '');
  return {
    matches: (p) => inc(norm(p)) && !exc(norm(p)),
    // "**/node_modules/**" matches "node_modules/x": test a child path of the directory.
    excludesDir: (d) => exc(norm(d) + '/') || exc(norm(d) + '/_'),
  };
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Why a text cannot be analysed, or null when it can. `kind` stays the same while the document is edited. */
export function unreadable(text: string, maxFileSize: number): { kind: 'too-large' | 'binary'; reason: string } | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxFileSize) {
    return { kind: 'too-large', reason: tooLargeReason(bytes, maxFileSize) };
  }
  if (looksBinary(text)) return { kind: 'binary', reason: 'it looks like a binary file, not text' };
  return null;
}

/** Why a text cannot be analysed (binary content, too large), or null when it can. */
export function unreadableReason(text: string, maxFileSize: number): string | null {
  return unreadable(text, maxFileSize)?.reason ?? null;
}

/** NUL characters or many U+FFFD replacement characters in the first 8,000 characters mean binary data. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8000);
  if (head.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) bad++;
  return head.length > 0 && bad / head.length > 0.05;
}

/** The notice for a file over `newsLens.maxFileSize` (decimal units, as the setting is written). */
export function tooLargeReason(bytes: number, maxFileSize: number): string {
  return `it is ${formatBytes(bytes)}, over the newsLens.maxFileSize limit of ${formatBytes(maxFileSize)}`;
}

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1000) return `${Math.round(n / 1000)} KB`;
  return `${n} bytes`;
}
