// The index's jobs for its pool threads (the work itself is runIndexJob in jobRunner.ts, which only the
// worker bundle imports): hash a workspace file, and when its content is not the one already indexed,
// analyse and summarise it. The detail goes back as a JSON string: the main thread appends it to the log as
// is and never parses it until a query needs it.
import { createHash } from 'node:crypto';
import type { EntityHead } from './summary';

export const IndexRole = 'news-lens-index';

export interface IndexJobRequest {
  uri: string;
  path: string;
  maxFileSize: number;
  /** The hash of the indexed content: when the file still has it, nothing is analysed. */
  knownHash?: string;
}

export type IndexJobResult =
  | { status: 'same'; hash: string }
  | { status: 'skipped'; hash: string; reason: string }
  | { status: 'ok'; hash: string; heads: EntityHead[]; detail: string };

export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('base64url');
}
