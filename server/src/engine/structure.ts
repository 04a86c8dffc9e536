// Splits an article into blocks (headline, captions, boilerplate, paragraphs...).
// FIRST CUT: one block per non-empty line; refined by the structure work.
import type { Article, Block } from './types';
import { parseBlocks } from './parse';
import type { BlockCache } from './types';

export function segment(text: string, format: 'text' | 'markdown'): Pick<Article, 'blocks' | 'meta'> {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    blocks.push({ start, end: start + body.length, kind: blocks.length === 0 ? 'headline' : 'paragraph' });
  }
  void format;
  return { blocks, meta: {} };
}

export function readArticle(text: string, format: 'text' | 'markdown', cache?: BlockCache): Article {
  const { blocks, meta } = segment(text, format);
  return { text, format, blocks, meta, sentences: parseBlocks(text, blocks, cache) };
}
