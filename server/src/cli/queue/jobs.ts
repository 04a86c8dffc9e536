// What a queue job carries and how its id is made: from the article's id, so the same article added twice
// is one job (BullMQ ignores an add whose job id exists).
import { createHash } from 'node:crypto';
import type { CorrectionsInput } from '../../engine/corrections/types';

export const JOB_NAME = 'annotate';
export const DEFAULT_QUEUE = 'news-lens';

export interface ArticleJobData {
  /** Records: the record's id; files: absent (the file path is the id). */
  id?: string | number;
  file: string;
  text: string;
  published: string | null;
  format?: 'text' | 'markdown';
  /** Files: the corrections beside the article when it was added. */
  corrections?: CorrectionsInput;
}

/** BullMQ job ids may not contain ':' or be integers; a hash of the article id has neither problem. */
export function jobId(data: Pick<ArticleJobData, 'id' | 'file'>): string {
  const key = data.id !== undefined ? `record\0${String(data.id)}` : `file\0${data.file}`;
  return 'a' + createHash('sha256').update(key).digest('hex').slice(0, 32);
}
